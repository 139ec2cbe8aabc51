"""The matrix scene's layers, back to front, and the text items all of them write with."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from ui.matrix.theme import MatrixTheme

Z_TINT, Z_QUADRANT, Z_AXES, Z_ARROW, Z_HALO, Z_MARKER, Z_LABEL, Z_TRAY = range(8)
WARNING = "#b3261e"


def font(px: float, bold: bool = False) -> QFont:
    """A font of ``px`` pixels, so type keeps its size on any screen and in any picture."""
    result = QFont()
    result.setPixelSize(max(1, round(px)))
    result.setBold(bold)
    return result


def add_text(scene: QGraphicsScene, theme: MatrixTheme, text: str, px: float, at: QPointF, bold=False,
             colour=None, z=Z_AXES, width: float | None = None) -> QGraphicsSimpleTextItem:
    """Add a text; with ``width``, cut it short with an ellipsis to fit that many pixels."""
    text_font = font(px, bold)
    if width is not None:
        text = QFontMetricsF(text_font).elidedText(text, Qt.TextElideMode.ElideRight, width)
    item = scene.addSimpleText(text, text_font)
    item.setBrush(QColor(colour or theme.text))
    item.setPos(at)
    item.setZValue(z)
    return item
