"""The matrix's markers and what is drawn on them: dependency arrows, warning signs, halos.

Markers are plain path items, so Qt paints them without calling into Python. Where they go
comes from planner.matrix_layout; these functions only draw.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene

from planner.matrix_layout import Box, arrow
from ui.matrix.layers import WARNING, Z_ARROW, Z_HALO, Z_LABEL, Z_MARKER, Z_TRAY
from ui.matrix.theme import DECISION_STYLE, MatrixTheme


def shape_path(shape: str, r: float) -> QPainterPath:
    """A marker outline of radius ``r`` centred on (0, 0)."""
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), r, r)
    elif shape == "square":
        s = r * 0.9
        path.addRect(-s, -s, 2 * s, 2 * s)
    elif shape == "diamond":
        path.addPolygon(QPolygonF([QPointF(0, -r * 1.2), QPointF(r * 1.2, 0), QPointF(0, r * 1.2),
                                   QPointF(-r * 1.2, 0), QPointF(0, -r * 1.2)]))
    else:  # a cross: two bars, drawn filled so its outline stays crisp at any width
        w = r * 0.32
        for angle in (45, -45):
            bar = QPainterPath()
            bar.addRect(-r * 1.1, -w, r * 2.2, 2 * w)
            path.addPath(_rotated(bar, angle))
        path = path.simplified()
    return path


def _rotated(path: QPainterPath, degrees: float) -> QPainterPath:
    return QTransform().rotate(degrees).map(path)


def marker_pen(theme: MatrixTheme, colour: str) -> QPen:
    return QPen(QColor(colour), max(1.5, theme.line_width))


def marker_brush(theme: MatrixTheme, colour: str, filled: bool) -> QBrush:
    return QBrush(QColor(colour)) if filled else QBrush(QColor(theme.background))


def add_markers(scene: QGraphicsScene, theme: MatrixTheme, marks: dict[str, tuple[float, float, str, str]]
                ) -> tuple[QGraphicsRectItem, dict[str, QGraphicsPathItem]]:
    """Add a marker per (x, y, decision, colour) in ``marks``; return their layer and the markers by id."""
    r = theme.marker_radius
    paths = {shape: shape_path(shape, r) for _, shape, _ in DECISION_STYLE.values()}
    looks = {}  # (decision, colour) -> (path, pen, brush), made once each
    # Markers are children of one layer item, which gives them their z-order: thousands of
    # markers are made with as few calls each as possible.
    layer = QGraphicsRectItem()
    layer.setPen(QPen(Qt.PenStyle.NoPen))
    layer.setZValue(Z_MARKER)
    scene.addItem(layer)
    markers = {}
    for iid, (x, y, decision, colour) in marks.items():
        key = (decision, colour)
        if key not in looks:
            _, shape, filled = DECISION_STYLE[decision]
            looks[key] = (paths[shape], marker_pen(theme, colour), marker_brush(theme, colour, filled))
        path, pen, brush = looks[key]
        marker = QGraphicsPathItem(path)
        marker.setPen(pen)  # styled before joining the scene: each change there costs more
        marker.setBrush(brush)
        marker.setPos(x, y)
        marker.setParentItem(layer)
        markers[iid] = marker
    return layer, markers


def add_arrows(scene: QGraphicsScene, theme: MatrixTheme, ends: list[tuple[QPointF, QPointF]]) -> list[QGraphicsItem]:
    """Add an arrow from the first marker centre to the second of each pair in ``ends``."""
    pen = QPen(QColor(theme.quiet_text), max(1.0, theme.line_width * 0.8))
    arrows = []
    for a, b in ends:
        shape = arrow((a.x(), a.y()), (b.x(), b.y()), theme.marker_radius * 1.5, theme.marker_radius)
        if shape is None:
            continue
        (sx, sy), (ex, ey), barbs = shape
        path = QPainterPath(QPointF(sx, sy))
        path.lineTo(ex, ey)
        for hx, hy in barbs:
            path.moveTo(ex, ey)
            path.lineTo(hx, hy)
        item = scene.addPath(path, pen)
        item.setZValue(Z_ARROW)
        arrows.append(item)
    return arrows


def add_warning_signs(scene: QGraphicsScene, boxes: list[Box]) -> QGraphicsItem | None:
    """Add a red "!" sign in each box, all one item; None when there are none."""
    path = QPainterPath()
    for b in boxes:
        x, y, size = b.x, b.y, b.w
        path.addPolygon(QPolygonF([QPointF(x, y + size), QPointF(x + size / 2, y), QPointF(x + size, y + size),
                                   QPointF(x, y + size)]))
    if path.isEmpty():
        return None
    signs = scene.addPath(path, QPen(QColor(WARNING), 1), QBrush(QColor(WARNING)))
    signs.setZValue(Z_LABEL)
    return signs


def add_halo(scene: QGraphicsScene, theme: MatrixTheme, item: QGraphicsItem, on_tray: bool) -> QGraphicsItem:
    """Add the highlight behind a selected marker, or the frame round a selected tray chip."""
    if on_tray:
        halo = scene.addRect(item.sceneBoundingRect().adjusted(-3, -3, 3, 3), QPen(QColor(theme.text), 3))
    else:
        r = theme.marker_radius * 1.9
        halo = scene.addEllipse(QRectF(-r, -r, 2 * r, 2 * r), QPen(QColor(theme.text), 2), QBrush(QColor("#ffd54f")))
        halo.setPos(item.pos())
    halo.setZValue(Z_TRAY + 1 if on_tray else Z_HALO)
    return halo
