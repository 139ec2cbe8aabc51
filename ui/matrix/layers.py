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
             colour=None, z=Z_AXES, width: float | None = None, lines: int = 1) -> QGraphicsSimpleTextItem:
    """Add a text; with ``width``, wrap it into at most ``lines`` lines of that many pixels, elided at the end."""
    text_font = font(px, bold)
    if width is not None:
        text = fitted(text, text_font, width, lines)
    item = scene.addSimpleText(text, text_font)
    item.setBrush(QColor(colour or theme.text))
    item.setPos(at)
    item.setZValue(z)
    return item


def fitted(text: str, font: QFont, width: float, lines: int) -> str:
    """Return ``text`` wrapped at words into at most ``lines`` lines of ``width`` pixels, elided at the end."""
    metrics = QFontMetricsF(font)
    words, result, start = text.split(), [], 0
    while start < len(words) and len(result) < lines - 1:
        end = start + 1
        while end < len(words) and metrics.horizontalAdvance(" ".join(words[start:end + 1])) <= width:
            end += 1
        result.append(" ".join(words[start:end]))
        start = end
    if start < len(words):
        result.append(" ".join(words[start:]))  # the last line takes the rest, elided below
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in result)
