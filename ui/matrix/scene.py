"""The benefit–effort matrix as a graphics scene: built from the document, redrawn as it changes.

The scene draws; the geometry (axis transform, snapping, fanning out coincident markers, label
placement) comes from planner.matrix_layout. Markers are plain path items, so Qt paints them
without calling into Python. The same scene serves the window, presentation mode and export.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from planner.document import Document
from planner.edits import Change
from planner.matrix_layout import Box, Transform, fan_out, matrix_point, place_labels
from planner.model import RATINGS
from planner.palette import NO_OBJECTIVE_COLOUR, objective_colours
from planner.scoring import BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN, quick_wins_waiting_on_big_bets
from ui.matrix.theme import (
    DECISION_LABEL, DECISION_STYLE, MatrixTheme, screen_theme,
)

AXIS_TITLES = {"combined": "Combined effort", "technical": "Technical effort",
               "organisational": "Organisational effort"}
MAX_LABEL_CHARS = 32
MAX_TRAY = 14
MAX_LABELS = 500  # more than fit on any screen; the rest show their title on hover
WARNING = "#b3261e"

LIVE_OVERLAY_LIMIT = 400  # more dependencies than this: arrows follow a drag once it ends
# z-order, back to front
Z_TINT, Z_QUADRANT, Z_AXES, Z_ARROW, Z_HALO, Z_MARKER, Z_LABEL, Z_TRAY = range(8)


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


def elided(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS - 1].rstrip() + "…"


class MatrixScene(QGraphicsScene):
    """Quadrants, axes, legend, the unrated tray and one marker per rated initiative."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.axis = "combined"
        self.show_dependencies = False
        self.hide_ignored = False
        self.colour_by = "decision"  # or "objective"
        self.objective_filter: str | None = None  # show only the initiatives serving it
        self.show_title = True
        self.theme: MatrixTheme = screen_theme(600)
        self.theme_for = screen_theme  # height -> theme; presentation mode swaps it
        self.selected: list[str] = []
        self.spotlight: str | None = None
        self.markers: dict[str, QGraphicsPathItem] = {}
        self.labels: dict[str, tuple[QGraphicsSimpleTextItem, QGraphicsLineItem | None]] = {}
        self.tray: dict[str, QGraphicsPathItem] = {}
        self._halos: list[QGraphicsItem] = []
        self._overlay: list[QGraphicsItem] = []
        self._marker_layer: QGraphicsRectItem | None = None
        self._name_boxes: list[Box] = []  # the quadrants' names: labels keep off them
        self._owner: dict[QGraphicsItem, tuple[str, str]] = {}  # marker or tray chip -> (id, kind)
        self.transform: Transform | None = None
        self.plot = QRectF()
        self.tray_rect = QRectF()
        self.dragging = False
        self.active = True   # False while no one looks: changes then only mark the scene stale
        self.stale = False
        self._waiting: dict[str, list[str]] | None = None  # quick wins waiting on big bets, cached
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self.refresh_after_moves)
        self.attach()

    def attach(self) -> None:
        """Follow the document's changes (done on creation)."""
        self.document.subscribe(after=self._document_changed)

    def detach(self) -> None:
        """Stop following the document, as a scene whose window closes must."""
        self.document.unsubscribe(after=self._document_changed)

    # ------------------------------------------------------------ building

    def set_size(self, width: float, height: float) -> None:
        self.setSceneRect(0, 0, width, height)
        if self.stale or not self.markers or self.theme_for(height) != self.theme:
            self.rebuild()
        else:
            self.rebuild(keep_markers=True)

    def rebuild(self, keep_markers: bool = False) -> None:
        """Draw everything again for the current size, plan and options.

        ``keep_markers`` moves the existing markers instead of making them again: after a
        resize, where only positions change, that is most of the work saved.
        """
        self.stale = False
        self._relabel.stop()
        if keep_markers:
            for item in self.items():
                if item.parentItem() is None and item is not self._marker_layer:
                    self.removeItem(item)
        else:
            self.clear()
            self.markers, self._marker_layer = {}, None
        self.labels, self.tray, self._halos, self._overlay = {}, {}, [], []
        rect = self.sceneRect()
        if rect.width() < 50 or rect.height() < 50:
            self.clear()
            self.markers, self._marker_layer, self._owner = {}, None, {}
            return
        self.theme = t = self.theme_for(rect.height())
        self.setBackgroundBrush(QColor(t.background))
        side = max(200.0, min(rect.width() * 0.22, 22 * t.label_px))
        top = t.title_px * 2.4 if self.show_title else t.tick_px * 1.5
        left, bottom = t.tick_px * 5.5, t.tick_px * 4.2
        self.plot = QRectF(left, top, rect.width() - left - side - t.tick_px * 1.5, rect.height() - top - bottom)
        self.tray_rect = QRectF(self.plot.right() + t.tick_px * 1.5, top, side - t.tick_px * 0.5, self.plot.height())
        plan = self.document.plan
        self.transform = Transform(plan.scale, self.plot.left(), self.plot.top(), self.plot.width(), self.plot.height())
        self._draw_quadrants()
        self._draw_axes()
        if self.show_title:
            self._text(plan.title, t.title_px, QPointF(self.plot.left(), t.title_px * 0.5), bold=True)
        legend_bottom = self._draw_legend()
        positions = self._positions() if keep_markers else None
        if positions is not None and positions.keys() == self.markers.keys():
            for iid, (x, y) in positions.items():
                self.markers[iid].setPos(x, y)
            self._owner = {marker: (iid, "marker") for iid, marker in self.markers.items()}
        else:
            if self._marker_layer is not None and self._marker_layer.scene() is self:
                self.removeItem(self._marker_layer)
            self.markers = {}
            self._draw_markers()
        self._draw_tray(legend_bottom)
        self._overlay = []
        self._draw_overlays()
        self._draw_halos()
        self.place_labels()

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        return font

    def _text(self, text: str, px: float, at: QPointF, bold=False, colour=None, z=Z_AXES,
              width: float | None = None) -> QGraphicsSimpleTextItem:
        """Add a text; with ``width``, cut it short with an ellipsis to fit that many pixels."""
        font = self._font(px, bold)
        if width is not None:
            text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        item = self.addSimpleText(text, font)
        item.setBrush(QColor(colour or self.theme.text))
        item.setPos(at)
        item.setZValue(z)
        return item

    def _draw_quadrants(self) -> None:
        plan, t, tr = self.document.plan, self.theme, self.transform
        bx, by = tr.to_screen(plan.effort_threshold, plan.benefit_threshold)
        p = self.plot
        areas = {QUICK_WIN: QRectF(p.left(), p.top(), bx - p.left(), by - p.top()),
                 BIG_BET: QRectF(bx, p.top(), p.right() - bx, by - p.top()),
                 FILL_IN: QRectF(p.left(), by, bx - p.left(), p.bottom() - by),
                 MONEY_PIT: QRectF(bx, by, p.right() - bx, p.bottom() - by)}
        pad = t.quadrant_px * 0.4
        self._name_boxes = []
        for quadrant, area in areas.items():
            tint = self.addRect(area, QPen(Qt.PenStyle.NoPen), QBrush(QColor(t.tints[quadrant])))
            tint.setZValue(Z_TINT)
            name = self._text(plan.quadrant_name(quadrant), t.quadrant_px, QPointF(), bold=True,
                              colour=t.quiet_text, z=Z_QUADRANT)
            box = name.boundingRect()
            # Names sit in the outer corners, away from the centre where markers crowd.
            x = area.left() + pad if quadrant in (QUICK_WIN, FILL_IN) else area.right() - box.width() - pad
            y = area.top() + pad if quadrant in (QUICK_WIN, BIG_BET) else area.bottom() - box.height() - pad
            name.setPos(x, y)
            self._name_boxes.append(Box(x, y, box.width(), box.height()))

    def _draw_axes(self) -> None:
        plan, t, tr, p = self.document.plan, self.theme, self.transform, self.plot
        scale = plan.scale
        grid = QPen(QColor(t.grid), 1)
        axis = QPen(QColor(t.text), t.line_width)
        metrics = QFontMetricsF(self._font(t.tick_px))
        value, whole = scale.min, []
        while value <= scale.max + 1e-9:
            whole.append(value)
            value += 1 if scale.max - scale.min <= 20 else (scale.max - scale.min) / 10
        for v in whole:
            x, _ = tr.to_screen(v, scale.min)
            _, y = tr.to_screen(scale.min, v)
            for line in (QLineF(x, p.top(), x, p.bottom()), QLineF(p.left(), y, p.right(), y)):
                self.addLine(line, grid).setZValue(Z_AXES)
            text = f"{v:g}"
            self._text(text, t.tick_px, QPointF(x - metrics.horizontalAdvance(text) / 2, p.bottom() + t.tick_px * 0.4))
            self._text(text, t.tick_px, QPointF(p.left() - metrics.horizontalAdvance(text) - t.tick_px * 0.6,
                                                y - metrics.height() / 2))
        bx, by = tr.to_screen(plan.effort_threshold, plan.benefit_threshold)
        threshold = QPen(QColor(t.text), t.line_width, Qt.PenStyle.DashLine)
        self.addLine(QLineF(bx, p.top(), bx, p.bottom()), threshold).setZValue(Z_AXES)
        self.addLine(QLineF(p.left(), by, p.right(), by), threshold).setZValue(Z_AXES)
        self.addRect(p, axis).setZValue(Z_AXES)
        title = AXIS_TITLES[self.axis] + "  →"
        width = QFontMetricsF(self._font(t.tick_px, True)).horizontalAdvance(title)
        self._text(title, t.tick_px, QPointF(p.center().x() - width / 2, p.bottom() + t.tick_px * 2.2), bold=True)
        benefit = self._text("Benefit  →", t.tick_px, QPointF(), bold=True)
        w = benefit.boundingRect().width()
        benefit.setRotation(-90)
        benefit.setPos(p.left() - t.tick_px * 4.6, p.center().y() + w / 2)

    def _draw_legend(self) -> float:
        t, r = self.theme, self.theme.marker_radius
        x, y = self.tray_rect.left(), self.tray_rect.top()
        self._text("Decision", t.label_px, QPointF(x, y), bold=True)
        y += t.label_px * 1.8
        by_objective = self.colour_by == "objective"
        for decision, (colour, shape, filled) in DECISION_STYLE.items():
            if decision == "ignore" and self.hide_ignored:
                continue
            if by_objective:
                colour = t.text  # the shape still says the decision; the colour is the objective's
            marker = self.addPath(shape_path(shape, r), self._marker_pen(colour), self._marker_brush(colour, filled))
            marker.setPos(x + r * 1.3, y + t.label_px * 0.65)
            marker.setZValue(Z_MARKER)
            self._text(DECISION_LABEL[decision], t.label_px, QPointF(x + r * 3.2, y))
            y += t.label_px * 1.6
        if by_objective:
            y += t.label_px * 0.6
            self._text("Objective", t.label_px, QPointF(x, y), bold=True)
            y += t.label_px * 1.8
            names = [(o.name, colour) for o, colour in zip(self.document.plan.objectives, self.objective_colours().values())]
            for name, colour in names + [("No objective", NO_OBJECTIVE_COLOUR)]:
                swatch = self.addRect(QRectF(0, 0, r * 1.8, r * 1.8), QPen(QColor(colour)), QBrush(QColor(colour)))
                swatch.setPos(x + r * 0.4, y + t.label_px * 0.65 - r * 0.9)
                self._text(name, t.label_px * 0.9, QPointF(x + r * 3.2, y), width=self.tray_rect.width() - r * 3.2)
                y += t.label_px * 1.5
        if self.waiting():
            size = r * 1.5
            sign = self.addPolygon(QPolygonF([QPointF(0, size), QPointF(size / 2, 0), QPointF(size, size)]),
                                   QPen(QColor(WARNING), 1), QBrush(QColor(WARNING)))
            sign.setPos(x + r * 1.3 - size / 2, y + t.label_px * 0.65 - size / 2)
            self._text("Quick win waiting on a big bet", t.label_px * 0.85, QPointF(x + r * 3.2, y + t.label_px * 0.08),
                       width=self.tray_rect.width() - r * 3.2)
            y += t.label_px * 1.6
        return y + t.label_px

    def _marker_pen(self, colour: str) -> QPen:
        return QPen(QColor(colour), max(1.5, self.theme.line_width))

    def _marker_brush(self, colour: str, filled: bool) -> QBrush:
        return QBrush(QColor(colour)) if filled else QBrush(QColor(self.theme.background))

    # ------------------------------------------------------------ markers

    def visible_items(self):
        wanted = self.objective_filter
        return [item for item in self.document.plan.initiatives
                if not (self.hide_ignored and item.decision == "ignore")
                and (wanted is None or wanted in item.objectives)]

    def objective_colours(self) -> dict[str, str]:
        """A colour per objective, in plan order, for colouring markers by objective."""
        return objective_colours(self.document.plan)

    def colour_of(self, item) -> str:
        """The marker colour: the decision's, or the first objective's (grey for none)."""
        if self.colour_by == "objective":
            colours = self.objective_colours()
            return next((colours[o] for o in item.objectives if o in colours), NO_OBJECTIVE_COLOUR)
        return DECISION_STYLE[item.decision][0]

    def _positions(self) -> dict[str, tuple[float, float]]:
        plan, tr = self.document.plan, self.transform
        points = {}
        for item in self.visible_items():
            point = matrix_point(item, plan, self.axis)
            if point is not None:
                points[item.id] = tr.to_screen(*point)
        spread = fan_out(points, self.theme.marker_radius * 1.8)
        # Fanned-out markers at the ends of the scale stay inside the plot, off the tick labels.
        p, r = self.plot, self.theme.marker_radius
        left, right, top, bottom = p.left() + r, p.right() - r, p.top() + r, p.bottom() - r
        return {iid: (min(max(x, left), right), min(max(y, top), bottom)) for iid, (x, y) in spread.items()}

    def _draw_markers(self) -> None:
        r = self.theme.marker_radius
        paths = {shape: shape_path(shape, r) for _, shape, _ in DECISION_STYLE.values()}
        looks = {}  # (decision, colour) -> (path, pen, brush), made once each
        plan = self.document.plan
        # Markers are children of one layer item, which gives them their z-order: thousands of
        # markers are made with as few calls each as possible.
        self._marker_layer = layer = QGraphicsRectItem()
        layer.setPen(QPen(Qt.PenStyle.NoPen))
        layer.setZValue(Z_MARKER)
        self.addItem(layer)
        for iid, (x, y) in self._positions().items():
            item = plan.initiatives[self.document.row_of(iid)]
            key = (item.decision, self.colour_of(item))
            if key not in looks:
                _, shape, filled = DECISION_STYLE[item.decision]
                looks[key] = (paths[shape], self._marker_pen(key[1]), self._marker_brush(key[1], filled))
            path, pen, brush = looks[key]
            marker = QGraphicsPathItem(path)
            marker.setPen(pen)  # styled before joining the scene: each change there costs more
            marker.setBrush(brush)
            marker.setPos(x, y)
            marker.setParentItem(layer)
            self.markers[iid] = marker
        self._owner = {marker: (iid, "marker") for iid, marker in self.markers.items()}
        self._apply_spotlight()

    def _draw_tray(self, top: float) -> None:
        t = self.theme
        unrated = [item for item in self.visible_items() if matrix_point(item, self.document.plan, self.axis) is None]
        x, width = self.tray_rect.left(), self.tray_rect.width()
        self._text(f"Not yet rated ({len(unrated)})", t.label_px, QPointF(x, top), bold=True, width=width)
        y = top + t.label_px * 1.7
        if unrated:
            self._text("Drag one onto the matrix to rate it", t.label_px * 0.8, QPointF(x, y), colour=t.quiet_text,
                       width=width)
            y += t.label_px * 1.5
        metrics = QFontMetricsF(self._font(t.label_px))
        chip_h = t.label_px * 1.8
        for item in unrated[:MAX_TRAY]:
            if y + chip_h > self.tray_rect.bottom():
                break
            path = QPainterPath()
            path.addRoundedRect(QRectF(0, 0, width, chip_h), chip_h / 3, chip_h / 3)
            colour, _, _ = DECISION_STYLE[item.decision]
            chip = self.addPath(path, QPen(QColor(colour), t.line_width), QBrush(QColor(t.background)))
            chip.setPos(x, y)
            chip.setZValue(Z_TRAY)
            self._owner[chip] = (item.id, "tray")
            label = QGraphicsSimpleTextItem(metrics.elidedText(item.title, Qt.TextElideMode.ElideRight,
                                                                width - t.label_px), chip)
            label.setFont(self._font(t.label_px))
            label.setBrush(QColor(t.text))
            label.setPos(t.label_px * 0.5, (chip_h - metrics.height()) / 2)
            self.tray[item.id] = chip
            y += chip_h + t.label_px * 0.4
        shown = len(self.tray)
        if shown < len(unrated):
            self._text(f"and {len(unrated) - shown} more (see the table)", t.label_px * 0.8, QPointF(x, y),
                       colour=t.quiet_text, width=width)

    def _draw_overlays(self) -> None:
        """Dependency arrows (when shown) and warning badges, drawn again from scratch."""
        for item in self._overlay:
            self.removeItem(item)
        self._overlay = []
        if self.show_dependencies:
            self._draw_arrows()
        self._draw_warnings()
        self._apply_spotlight()

    def _draw_arrows(self) -> None:
        pen = QPen(QColor(self.theme.quiet_text), max(1.0, self.theme.line_width * 0.8))
        r = self.theme.marker_radius * 1.5
        head = self.theme.marker_radius
        for dep in self.document.plan.dependencies:
            a, b = self.markers.get(dep.from_), self.markers.get(dep.to)
            if a is None or b is None:
                continue
            (x1, y1), (x2, y2) = (a.pos().x(), a.pos().y()), (b.pos().x(), b.pos().y())
            length = math.hypot(x2 - x1, y2 - y1)
            if length <= 2 * r:
                continue
            ux, uy = (x2 - x1) / length, (y2 - y1) / length
            sx, sy, ex, ey = x1 + ux * r, y1 + uy * r, x2 - ux * r, y2 - uy * r
            path = QPainterPath(QPointF(sx, sy))
            path.lineTo(ex, ey)
            back = math.atan2(-uy, -ux)
            for turn in (0.45, -0.45):  # the two strokes of the arrowhead, about 25° off the line
                path.moveTo(ex, ey)
                path.lineTo(ex + head * math.cos(back + turn), ey + head * math.sin(back + turn))
            arrow = self.addPath(path, pen)
            arrow.setZValue(Z_ARROW)
            self._overlay.append(arrow)

    def waiting(self) -> dict[str, list[str]]:
        """Quick wins that wait on a big bet, and those big bets; cached until the plan changes."""
        if self._waiting is None:
            self._waiting = quick_wins_waiting_on_big_bets(self.document.plan)
        return self._waiting

    def _warning_spots(self) -> list[tuple[float, float, float]]:
        """(left, top, size) of each warning sign: up and to the right of its marker."""
        r = self.theme.marker_radius
        size = r * 1.5
        return [(m.pos().x() + r * 0.8, m.pos().y() - r * 0.8 - size, size)
                for m in (self.markers.get(iid) for iid in self.waiting()) if m is not None]

    def _draw_warnings(self) -> None:
        """A red "!" sign beside each quick win that waits on a big bet: it is not quick after all."""
        path = QPainterPath()
        for x, y, size in self._warning_spots():
            path.addPolygon(QPolygonF([QPointF(x, y + size), QPointF(x + size / 2, y), QPointF(x + size, y + size),
                                       QPointF(x, y + size)]))
        if path.isEmpty():
            return
        signs = self.addPath(path, QPen(QColor(WARNING), 1), QBrush(QColor(WARNING)))
        signs.setZValue(Z_LABEL)
        self._overlay.append(signs)

    # ------------------------------------------------------------ labels, selection, spotlight

    def place_labels(self) -> None:
        """Place the titles so that none overlaps a marker or another title."""
        for text, leader in self.labels.values():
            self.removeItem(text)
            if leader is not None:
                self.removeItem(leader)
        self.labels = {}
        if not self.markers:
            return
        t = self.theme
        font = self._font(t.label_px)
        metrics = QFontMetricsF(font)
        plan = self.document.plan
        centres = {iid: (m.pos().x(), m.pos().y()) for iid, m in self.markers.items()}
        # Selected and spotlit first, then by benefit: the labels that matter most get the room.
        first = [i for i in ([self.spotlight] if self.spotlight else []) + self.selected if i in centres]
        rest = sorted((i for i in centres if i not in first),
                      key=lambda i: -(plan.initiatives[self.document.row_of(i)].benefit or 0))
        texts, sizes = {}, {}
        for iid in (first + rest)[:MAX_LABELS]:
            texts[iid] = elided(plan.initiatives[self.document.row_of(iid)].title)
            # Whole pixels and a little more: text items round their bounds up.
            sizes[iid] = (math.ceil(metrics.horizontalAdvance(texts[iid])) + 3, math.ceil(metrics.height()) + 1)
        p = self.plot
        boxes = place_labels(centres, t.marker_radius * 1.25, sizes, Box(p.left(), p.top(), p.width(), p.height()),
                             obstacles=self._name_boxes + [Box(x, y, size, size) for x, y, size in self._warning_spots()])
        pen = QPen(QColor(t.quiet_text), 1)
        for iid, box in boxes.items():
            text = QGraphicsSimpleTextItem(texts[iid])
            text.setFont(font)
            text.setBrush(QColor(t.text))
            text.setPos(box.x + 1, box.y)
            text.setZValue(Z_LABEL)
            self.addItem(text)
            leader = None
            cx, cy = centres[iid]
            nx, ny = min(max(cx, box.x), box.x + box.w), min(max(cy, box.y), box.y + box.h)
            # A label not right beside its marker gets a leader line, so no one reads it as a
            # neighbour's.
            if (nx - cx) ** 2 + (ny - cy) ** 2 > (t.marker_radius * 2.2) ** 2:
                leader = self.addLine(QLineF(cx, cy, nx, ny), pen)
                leader.setZValue(Z_ARROW)
            if self.spotlight and iid != self.spotlight:
                text.setOpacity(0.3)
            self.labels[iid] = (text, leader)
        for iid in first:
            if iid not in boxes:
                self._force_label(iid, texts[iid], sizes[iid], font)

    def _force_label(self, iid: str, text: str, size: tuple[float, float], font: QFont) -> None:
        """Label a selected or spotlit marker that found no free room: on a backing, over the rest."""
        t, marker = self.theme, self.markers[iid]
        w, h = size
        x = marker.pos().x() + t.marker_radius * 1.6
        if x + w > self.plot.right():
            x = marker.pos().x() - t.marker_radius * 1.6 - w
        y = marker.pos().y() - h / 2
        backing = self.addRect(QRectF(x - 2, y - 1, w + 4, h + 2), QPen(QColor(t.text), 1), QBrush(QColor(t.background)))
        backing.setZValue(Z_LABEL + 0.5)
        item = QGraphicsSimpleTextItem(text, backing)
        item.setFont(font)
        item.setBrush(QColor(t.text))
        item.setPos(x + 1, y)
        area = backing.sceneBoundingRect()
        for other, (label, leader) in self.labels.items():
            if label.sceneBoundingRect().intersects(area):
                label.setVisible(False)  # the room must read the chosen one's name, not a neighbour's
                if leader is not None:
                    leader.setVisible(False)
        self.labels[iid] = (backing, None)

    def set_selected(self, ids: list[str]) -> None:
        if ids == self.selected:
            return
        self.selected = list(ids)
        self._draw_halos()
        if not self.dragging:
            self._relabel.start()  # the selected get their labels first

    def _draw_halos(self) -> None:
        for halo in self._halos:
            self.removeItem(halo)
        self._halos = []
        r = self.theme.marker_radius * 1.9
        for iid in self.selected + ([self.spotlight] if self.spotlight else []):
            marker = self.markers.get(iid) or self.tray.get(iid)
            if marker is None:
                continue
            kind = self._owner.get(marker, ("", "marker"))[1]
            if kind == "tray":
                halo = self.addRect(marker.sceneBoundingRect().adjusted(-3, -3, 3, 3),
                                    QPen(QColor(self.theme.text), 3))
            else:
                halo = self.addEllipse(QRectF(-r, -r, 2 * r, 2 * r), QPen(QColor(self.theme.text), 2),
                                       QBrush(QColor("#ffd54f")))
                halo.setPos(marker.pos())
            halo.setZValue(Z_HALO if kind == "marker" else Z_TRAY + 1)
            self._halos.append(halo)

    def set_spotlight(self, iid: str | None) -> None:
        """Highlight one marker and dim the rest; None, or an id without a marker, ends it."""
        self.spotlight = iid if iid in self.markers else None
        self._apply_spotlight()
        self._draw_halos()
        self.place_labels()

    def _apply_spotlight(self) -> None:
        for iid, marker in self.markers.items():
            marker.setOpacity(1.0 if self.spotlight in (None, iid) else 0.3)
        for item in self._overlay:
            item.setOpacity(1.0 if self.spotlight is None else 0.3)

    # ------------------------------------------------------------ lookups

    def id_at(self, pos: QPointF) -> tuple[str, str] | None:
        """Return (id, "marker" or "tray") of what is under ``pos``, with a little slack."""
        for item in self.items(pos):
            owner = self._owner.get(item) or self._owner.get(item.parentItem())
            if owner is not None:
                return owner
        r = self.theme.marker_radius * 1.6  # so that a small marker is easy to grab
        for item in self.items(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r)):
            owner = self._owner.get(item)
            if owner is not None and owner[1] == "marker":
                return owner
        return None

    def to_data(self, pos: QPointF) -> tuple[float, float]:
        return self.transform.to_data(pos.x(), pos.y())

    # ------------------------------------------------------------ following the document

    def _document_changed(self, change: Change) -> None:
        if change.kind != "fields" or set(change.fields) & {*RATINGS, "decision"}:
            self._waiting = None
        if not self.active:
            self.stale = True  # not on screen: build once it is shown
            return
        if self.transform is None:
            return
        if change.kind == "fields" and not self._needs_rebuild(change):
            if set(change.fields) & set(RATINGS):
                self._move_markers(change.ids)
            return
        if change.kind == "dependencies":
            self._draw_overlays()
            return
        self.rebuild()

    def _needs_rebuild(self, change: Change) -> bool:
        """A new title, decision or a change between rated and unrated redraws everything."""
        fields = set(change.fields)
        if fields & {"decision", "title", "objectives"}:
            return True
        if fields & set(RATINGS):
            plan = self.document.plan
            for iid in change.ids:
                try:
                    item = plan.initiatives[self.document.row_of(iid)]
                except KeyError:
                    continue
                if (iid in self.markers) != (matrix_point(item, plan, self.axis) is not None):
                    return True
        return False

    def _move_markers(self, ids) -> None:
        plan = self.document.plan
        for iid in ids:
            marker = self.markers.get(iid)
            if marker is None:
                continue
            item = plan.initiatives[self.document.row_of(iid)]
            point = matrix_point(item, plan, self.axis)
            if point is None:
                continue
            x, y = self.transform.to_screen(*point)
            delta = QPointF(x, y) - marker.pos()
            marker.setPos(x, y)
            label = self.labels.get(iid)
            if label is not None:
                label[0].moveBy(delta.x(), delta.y())
                if label[1] is not None:
                    label[1].setVisible(False)
        self._draw_halos()
        if len(self.document.plan.dependencies) <= LIVE_OVERLAY_LIMIT:
            self._draw_overlays()
        if not self.dragging:
            self._relabel.start()

    def refresh_after_moves(self) -> None:
        """Once markers have stopped moving: fan out again, place labels, redraw overlays."""
        self._relabel.stop()
        if self.transform is None or self.stale or self.dragging:
            return  # never built, to be built afresh when next shown, or the drag's end will
        for iid, (x, y) in self._positions().items():
            marker = self.markers.get(iid)
            if marker is not None:
                marker.setPos(x, y)
        self._draw_overlays()
        self._draw_halos()
        self.place_labels()
