"""What the matrix's markers are drawn over: the tinted quadrants, the axes and the legend."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from planner.matrix_layout import Box, Transform, name_box, tick_values
from planner.model import Plan
from planner.palette import NO_OBJECTIVE_COLOUR
from ui.matrix.layers import WARNING, Z_AXES, Z_LABEL, Z_MARKER, Z_QUADRANT, Z_TINT, add_text, font
from ui.matrix.markers import marker_brush, marker_pen, shape_path
from ui.matrix.theme import DECISION_LABEL, DECISION_STYLE, MatrixTheme, matrix_text, shown_number

WAITING_TEXT = QT_TRANSLATE_NOOP("Matrix", "Quick win waiting on a big bet")
LEGEND_LINES = 3  # enough for the waiting sign's words in the narrowest side, with the largest labels


def add_quadrants(scene: QGraphicsScene, theme: MatrixTheme, plan: Plan, areas: dict[str, Box],
                  above: bool = False) -> list[Box]:
    """Tint each quadrant's area and write its name in the outer corner; return the names' boxes.

    ``above`` puts the names over the markers on a backing of their tint: a round's answer may
    put a marker or its whiskers in a corner, and the room must still read which quadrant it is.
    """
    pad = theme.quadrant_px * 0.4
    names = []
    for quadrant, area in areas.items():
        tint = scene.addRect(QRectF(area.x, area.y, area.w, area.h), QPen(Qt.PenStyle.NoPen),
                             QBrush(QColor(theme.tints[quadrant])))
        tint.setZValue(Z_TINT)
        name = add_text(scene, theme, plan.quadrant_name(quadrant), theme.quadrant_px, QPointF(), bold=True,
                        colour=theme.quiet_text, z=Z_LABEL if above else Z_QUADRANT)
        bounds = name.boundingRect()
        if above:
            backing = QColor(theme.tints[quadrant])
            backing.setAlphaF(0.75)
            box = QGraphicsRectItem(bounds.adjusted(-pad * 0.5, 0, pad * 0.5, 0), name)
            box.setPen(QPen(Qt.PenStyle.NoPen))
            box.setBrush(backing)
            box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        box = name_box(quadrant, area, bounds.width(), bounds.height(), pad)
        name.setPos(box.x, box.y)
        names.append(box)
    return names


def add_axes(scene: QGraphicsScene, theme: MatrixTheme, plan: Plan, transform: Transform, plot: QRectF,
             title: str) -> None:
    """Add the grid, the tick labels, the dashed thresholds, the frame and the axis titles."""
    t, tr, p, scale = theme, transform, plot, plan.scale
    grid = QPen(QColor(t.grid), 1)
    axis = QPen(QColor(t.text), t.line_width)
    metrics = QFontMetricsF(font(t.tick_px))
    for v in tick_values(scale):
        x, _ = tr.to_screen(v, scale.min)
        _, y = tr.to_screen(scale.min, v)
        for line in (QLineF(x, p.top(), x, p.bottom()), QLineF(p.left(), y, p.right(), y)):
            scene.addLine(line, grid).setZValue(Z_AXES)
        text = shown_number(v)
        add_text(scene, t, text, t.tick_px,
                 QPointF(x - metrics.horizontalAdvance(text) / 2, p.bottom() + t.tick_px * 0.4))
        add_text(scene, t, text, t.tick_px, QPointF(p.left() - metrics.horizontalAdvance(text) - t.tick_px * 0.6,
                                                    y - metrics.height() / 2))
    bx, by = tr.to_screen(plan.effort_threshold, plan.benefit_threshold)
    threshold = QPen(QColor(t.text), t.line_width, Qt.PenStyle.DashLine)
    scene.addLine(QLineF(bx, p.top(), bx, p.bottom()), threshold).setZValue(Z_AXES)
    scene.addLine(QLineF(p.left(), by, p.right(), by), threshold).setZValue(Z_AXES)
    scene.addRect(p, axis).setZValue(Z_AXES)
    title += "  →"
    width = QFontMetricsF(font(t.tick_px, True)).horizontalAdvance(title)
    add_text(scene, t, title, t.tick_px, QPointF(p.center().x() - width / 2, p.bottom() + t.tick_px * 2.2), bold=True)
    benefit = add_text(scene, t, matrix_text(QT_TRANSLATE_NOOP("Matrix", "Benefit  →")), t.tick_px, QPointF(), bold=True)
    w = benefit.boundingRect().width()
    benefit.setRotation(-90)
    benefit.setPos(p.left() - t.tick_px * 4.6, p.center().y() + w / 2)


def add_legend(scene: QGraphicsScene, theme: MatrixTheme, area: QRectF, hide_ignored: bool,
               objectives: list[tuple[str, str]] | None, waiting: bool) -> float:
    """Add the legend at the top of ``area``; return where it ends.

    ``objectives`` are (name, colour) when markers are coloured by objective, else None;
    ``waiting`` adds the sign of a quick win waiting on a big bet.
    """
    t, r = theme, theme.marker_radius
    x, y = area.left(), area.top()
    add_text(scene, t, matrix_text(QT_TRANSLATE_NOOP("Matrix", "Decision")), t.label_px, QPointF(x, y), bold=True)
    y += t.label_px * 1.8
    shown = [(d, style) for d, style in DECISION_STYLE.items() if not (d == "ignore" and hide_ignored)]
    # Two to a row in a side widened for a long key, which then gets the rows saved.
    widest = max(QFontMetricsF(font(t.label_px)).horizontalAdvance(matrix_text(DECISION_LABEL[d])) for d, _ in shown)
    pair = area.width() >= 2 * (r * 3.2 + widest + t.label_px)
    for i, (decision, (colour, shape, filled)) in enumerate(shown):
        if objectives is not None:
            colour = t.text  # the shape still says the decision; the colour is the objective's
        left = x + (area.width() / 2 if pair and i % 2 else 0)
        marker = scene.addPath(shape_path(shape, r), marker_pen(t, colour), marker_brush(t, colour, filled))
        marker.setPos(left + r * 1.3, y + t.label_px * 0.65)
        marker.setZValue(Z_MARKER)
        add_text(scene, t, matrix_text(DECISION_LABEL[decision]), t.label_px, QPointF(left + r * 3.2, y))
        if not pair or i % 2 or i == len(shown) - 1:
            y += t.label_px * 1.6
    if objectives is not None:
        y += t.label_px * 0.6
        add_text(scene, t, matrix_text(QT_TRANSLATE_NOOP("Matrix", "Objective")), t.label_px, QPointF(x, y), bold=True)
        y += t.label_px * 1.8
        for name, colour in objectives + [(matrix_text(QT_TRANSLATE_NOOP("Matrix", "No objective")), NO_OBJECTIVE_COLOUR)]:
            swatch = scene.addRect(QRectF(0, 0, r * 1.8, r * 1.8), QPen(QColor(colour)), QBrush(QColor(colour)))
            swatch.setPos(x + r * 0.4, y + t.label_px * 0.65 - r * 0.9)
            text = add_text(scene, t, name, t.label_px * 0.9, QPointF(x + r * 3.2, y), width=area.width() - r * 3.2,
                            lines=LEGEND_LINES)
            y += max(t.label_px * 1.5, text.boundingRect().height() + t.label_px * 0.4)
    if waiting:
        size = r * 1.5
        sign = scene.addPolygon(QPolygonF([QPointF(0, size), QPointF(size / 2, 0), QPointF(size, size)]),
                                QPen(QColor(WARNING), 1), QBrush(QColor(WARNING)))
        sign.setPos(x + r * 1.3 - size / 2, y + t.label_px * 0.65 - size / 2)
        # The one sign nobody guesses: its meaning in full words, wrapped where the side is narrow.
        text = add_text(scene, t, matrix_text(WAITING_TEXT), t.label_px * 0.9, QPointF(x + r * 3.2, y),
                        width=area.width() - r * 3.2, lines=LEGEND_LINES)
        y += max(t.label_px * 1.6, text.boundingRect().height() + t.label_px * 0.4)
    return y + t.label_px
