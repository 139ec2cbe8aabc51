"""The numbered key beside the matrix: the title of every marker that shows a number instead of a label.

It sits in the sidebar under the legend and the tray. Entries wrap to two lines where they
can; when they do not fit, they go into two columns and then smaller type, never below
MIN_KEY_PX, and what even that cannot hold is counted in a last line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from planner.matrix_labels import title_lines
from ui.matrix.layers import Z_LABEL, add_text, font
from ui.matrix.theme import MatrixTheme

MIN_KEY_PX = 10.0
HEADING = "Key"  # short: the sidebar of a 1024-wide slide holds no more in wall-sized type


@dataclass
class KeyEntry:
    """One line of the key as drawn: the number, its text and the box both take."""

    number: int
    text: str
    box: QRectF
    items: list[QGraphicsItem]


def key_area(scene: QGraphicsScene, sidebar: QRectF, top: float) -> QRectF:
    """Return the part of ``sidebar`` below ``top`` and below everything already drawn there."""
    below = QRectF(sidebar.left(), top, sidebar.width(), max(sidebar.bottom() - top, 0))
    # (Asking items for their parents here makes PySide crash at exit; bounds alone suffice.)
    bottom = max((item.sceneBoundingRect().bottom() for item in scene.items(below)), default=top)
    return QRectF(sidebar.left(), bottom, sidebar.width(), max(sidebar.bottom() - bottom, 0))


def _sizes(theme: MatrixTheme) -> list[float]:
    """Type sizes to try, largest first: from 0.9 of the labels' down to MIN_KEY_PX."""
    sizes, px = [], max(theme.label_px * 0.9, MIN_KEY_PX)
    while px > MIN_KEY_PX:
        sizes.append(px)
        px *= 0.85
    return sizes + [MIN_KEY_PX]


def _heading_height(theme: MatrixTheme) -> float:
    return max(theme.label_px, MIN_KEY_PX) * 1.7


def key_capacity(theme: MatrixTheme, area: QRectF, wanted: int) -> int:
    """Return how many of ``wanted`` entries the key can list in ``area``, one line each in two columns at least.

    When not all fit, one line is kept for saying how many are left out.
    """
    line = math.ceil(QFontMetricsF(font(MIN_KEY_PX)).height()) + 1
    rows = int((area.height() - _heading_height(theme)) // line)
    if rows <= 0 or wanted <= 0:
        return 0
    room = 2 * rows
    return wanted if wanted <= room else room - 1


def _layout(theme: MatrixTheme, entries: list[tuple[int, str]], area: QRectF, more: bool):
    """Return (type size, columns, each entry's lines) for the first arrangement that fits ``area``."""
    height = area.height() - _heading_height(theme)
    widest = str(max((n for n, _ in entries), default=0))
    arrangement = None
    # Legible titles first: whole on two lines in one column, in any size down to the least,
    # then cut to one line, then two columns in the least size, which cuts the titles least.
    tries = [(c, m, px) for c, m in ((1, 2), (1, 1)) for px in _sizes(theme)] + [(2, 1, MIN_KEY_PX)]
    for columns, most_lines, px in tries:
        metrics = QFontMetricsF(font(px))
        line = math.ceil(metrics.height()) + 1
        number_w = QFontMetricsF(font(px, True)).horizontalAdvance(widest) + px * 0.6
        width = (area.width() - px * (columns - 1)) / columns - number_w
        if most_lines == 2:
            texts = [title_lines(title, metrics.horizontalAdvance, width, width)[0] for _, title in entries]
        else:
            texts = [[metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)] for _, title in entries]
        arrangement = (px, columns, number_w, line, texts)
        if _columns_needed(texts, line, height, more) <= columns:
            return arrangement
    return arrangement


def _columns_needed(texts: list[list[str]], line: float, height: float, more: bool) -> int:
    """Return how many columns of ``height`` the entries fill, in order, each whole in one column."""
    rows = int(height // line)
    if rows <= 0:
        return 10**9
    columns, used = 1, 0
    for lines in texts + ([["more"]] if more else []):
        if used + len(lines) > rows:
            columns, used = columns + 1, 0
        used += len(lines)
    return columns


def add_key(scene: QGraphicsScene, theme: MatrixTheme, entries: list[tuple[int, str]], area: QRectF,
            unnamed: int) -> tuple[list[KeyEntry], list[QGraphicsItem]]:
    """List each (number, title) of ``entries`` in ``area``; a last line counts the ``unnamed`` markers.

    Return the entries as drawn and every item the key added.
    """
    if not entries and not unnamed:
        return [], []
    t = theme
    x, y = area.left(), area.top() + t.label_px * 0.6
    body = QRectF(x, y, area.width(), area.bottom() - y)
    px, columns, number_w, line, texts = _layout(t, entries, body, bool(unnamed))
    rows = int((body.height() - _heading_height(t)) // line)
    if rows <= 0:
        return [], []  # no room for even one line: markers show their titles on hover
    heading = add_text(scene, t, HEADING, min(t.label_px, px * 1.2), QPointF(x, y), bold=True, width=area.width())
    column_w = (area.width() - px * (columns - 1)) / columns
    top = y + _heading_height(t)
    column, used, drawn, items = 0, 0, [], [heading]
    for (n, _), lines in zip(entries, texts):
        if used + len(lines) > rows:
            column, used = column + 1, 0
        left, at = x + column * (column_w + px), top + used * line
        number = add_text(scene, t, str(n), px, QPointF(0, at), bold=True, z=Z_LABEL)
        number.setX(left + number_w - px * 0.6 - number.boundingRect().width())  # numbers right-aligned
        text = add_text(scene, t, "\n".join(lines), px, QPointF(left + number_w, at), z=Z_LABEL)
        box = number.sceneBoundingRect().united(text.sceneBoundingRect())
        drawn.append(KeyEntry(n, " ".join(lines), box, [number, text]))
        items += [number, text]
        used += len(lines)
    if unnamed:
        if used + 1 > rows:
            column, used = column + 1, 0
        items.append(add_text(scene, t, f"+{unnamed} more: hover them or see the table", px,
                 QPointF(x + column * (column_w + px), top + used * line), colour=t.quiet_text, z=Z_LABEL,
                 width=column_w))
    return drawn, items

