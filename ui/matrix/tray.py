"""The tray beside the matrix: the initiatives not yet rated, as chips to drag onto the plot."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem

from planner.model import Initiative
from ui.matrix.layers import Z_TRAY, add_text, font
from ui.matrix.theme import DECISION_STYLE, MatrixTheme, matrix_text

MAX_TRAY = 14


def add_tray(scene: QGraphicsScene, theme: MatrixTheme, unrated: list[Initiative], area: QRectF,
             top: float) -> dict[str, QGraphicsPathItem]:
    """Add the tray's heading from ``top`` down and a chip per unrated item that fits; return the chips by id."""
    if not unrated:
        return {}  # nothing to drag in: no heading counting zero
    t = theme
    x, width = area.left(), area.width()
    add_text(scene, t, matrix_text(QT_TRANSLATE_NOOP("Matrix", "Not yet rated ({n})")).format(n=len(unrated)), t.label_px, QPointF(x, top), bold=True, width=width)
    y = top + t.label_px * 1.7
    # Two lines where one is too narrow ("Sleep er een op de matrix om het te beoordelen").
    hint = add_text(scene, t, matrix_text(QT_TRANSLATE_NOOP("Matrix", "Drag one onto the matrix to rate it")),
                    t.label_px * 0.8, QPointF(x, y), colour=t.quiet_text, width=width, lines=2)
    y += hint.boundingRect().height() + t.label_px * 0.5
    metrics = QFontMetricsF(font(t.label_px))
    chip_h = t.label_px * 1.8
    chips = {}
    for item in unrated[:MAX_TRAY]:
        if y + chip_h > area.bottom():
            break
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, width, chip_h), chip_h / 3, chip_h / 3)
        colour, _, _ = DECISION_STYLE[item.decision]
        chip = scene.addPath(path, QPen(QColor(colour), t.line_width), QBrush(QColor(t.background)))
        chip.setPos(x, y)
        chip.setZValue(Z_TRAY)
        label = QGraphicsSimpleTextItem(metrics.elidedText(item.title, Qt.TextElideMode.ElideRight,
                                                            width - t.label_px), chip)
        label.setFont(font(t.label_px))
        label.setBrush(QColor(t.text))
        label.setPos(t.label_px * 0.5, (chip_h - metrics.height()) / 2)
        chips[item.id] = chip
        y += chip_h + t.label_px * 0.4
    if len(chips) < len(unrated):
        add_text(scene, t, matrix_text(QT_TRANSLATE_NOOP("Matrix", "and {n} more (see the table)")).format(n=len(unrated) - len(chips)), t.label_px * 0.8, QPointF(x, y),
                 colour=t.quiet_text, width=width, lines=2)
    return chips
