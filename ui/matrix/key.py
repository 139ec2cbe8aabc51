"""The numbered key beside the matrix: the title of every marker that shows a number instead of a label.

It sits in the sidebar under the legend and the tray, which widens for it (see key_width).
Entries wrap to two lines; when they do not fit, they go into more columns and then smaller
type, never below MIN_KEY_PX, and what even that cannot hold is counted in a last line.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from planner.matrix_labels import title_lines
from ui.matrix.layers import Z_LABEL, add_text, font
from ui.matrix.theme import MatrixTheme, matrix_text

MIN_KEY_PX = 12.0
HEADING = QT_TRANSLATE_NOOP("Matrix", "Key")  # short: the sidebar of a 1024-wide slide holds no more in wall-sized type
MAX_COLUMNS = 4
# A column's text at least this many ems wide, so titles cut at the end of their second line
# still differ; narrower only as the last resort, on one line.
COLUMN_EMS, LAST_RESORT_EMS = 10, 6
WIDTHS_EMS = (10, 12, 14, 17, 20, 24)  # column widths a key asking for room tries, narrowest first


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
    """Type sizes to try, largest first: from the theme's key size down to MIN_KEY_PX."""
    sizes, px = [], max(theme.key_px, MIN_KEY_PX)
    while px > MIN_KEY_PX:
        sizes.append(px)
        px *= 0.9
    return sizes + [MIN_KEY_PX]


def _heading_height(px: float) -> float:
    return px * 1.9


def key_capacity(theme: MatrixTheme, area: QRectF, wanted: int) -> int:
    """Return how many of ``wanted`` entries the key can list in ``area``, one line each in two columns at least.

    When not all fit, one line is kept for saying how many are left out.
    """
    line = math.ceil(QFontMetricsF(font(MIN_KEY_PX)).height()) + 1
    rows = int((area.height() - _heading_height(MIN_KEY_PX)) // line)
    if rows <= 0 or wanted <= 0:
        return 0
    room = 2 * rows
    return wanted if wanted <= room else room - 1


def _arrange(titles: list[str], px: float, columns: int, text_w: float, height: float, two_lines: bool,
             more: bool, widest: str, whole: bool = False):
    """Return (px, columns, number width, line height, each entry's lines) if they fit ``height``, else None;
    with ``whole``, None too when a title would be cut."""
    metrics = QFontMetricsF(font(px))
    line = math.ceil(metrics.height()) + 1
    number_w = QFontMetricsF(font(px, True)).horizontalAdvance(widest) + px * 0.6
    texts = [title_lines(title, metrics.horizontalAdvance, text_w, text_w)[0] for title in titles]
    if not two_lines:  # one line each, but two for those that cut to one line would read alike
        cut = [metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_w) for title in titles]
        same = Counter(zip(cut, titles))
        alike = Counter(text for text, _ in same)
        texts = [[one] if alike[one] == 1 else two for one, two in zip(cut, texts)]
    if whole and any(" ".join(lines) != " ".join(title.split()) for lines, title in zip(texts, titles)):
        return None
    if _columns_needed(texts, line, height - _heading_height(px), more) > columns:
        return None
    if len({" ".join(lines) for lines in texts}) < len(set(titles)):
        return None  # two entries cut to read alike
    return px, columns, number_w, line, texts


def _number_w(px: float, widest: str) -> float:
    return QFontMetricsF(font(px, True)).horizontalAdvance(widest) + px * 0.6


def key_width(theme: MatrixTheme, entries: list[tuple[int, str]], height: float, at_most: float) -> float:
    """Return the narrowest width, up to ``at_most``, in which the key lists ``entries`` in its largest type.

    Type as large as the theme's key size where that fits, else smaller down to MIN_KEY_PX;
    titles on two lines, then in the least type on one line where that tells them apart.
    ``at_most`` when nothing narrower holds them.
    """
    titles, widest = [title for _, title in entries], str(max((n for n, _ in entries), default=0))
    for px, two_lines in [(px, True) for px in _sizes(theme)] + [(MIN_KEY_PX, False)]:
        number_w, fits = _number_w(px, widest), []
        for columns in range(1, MAX_COLUMNS + 1):
            for ems in WIDTHS_EMS:
                width = columns * (number_w + ems * px) + (columns - 1) * px
                if width <= at_most and _arrange(titles, px, columns, ems * px, height, two_lines, False, widest,
                                                 whole=two_lines):
                    fits.append(width)
                    break
        if fits:
            return min(fits)
    return at_most


def _layout(theme: MatrixTheme, entries: list[tuple[int, str]], area: QRectF, more: bool):
    """Return (type size, columns, number width, line height, each entry's lines) that fit ``area``."""
    titles, widest = [title for _, title in entries], str(max((n for n, _ in entries), default=0))
    # Legible titles first: the largest type, whole on two lines, in as few columns as hold them;
    # then, as the last resort, more and narrower columns of one line each in the least type.
    # Titles whole wherever some size and number of columns hold them; cut only in the last resort.
    tries = [(px, c, COLUMN_EMS, True, True) for px in _sizes(theme) for c in range(1, MAX_COLUMNS + 1)]
    tries += [(px, c, COLUMN_EMS, True, False) for px in _sizes(theme) for c in range(1, MAX_COLUMNS + 1)]
    tries += [(MIN_KEY_PX, c, LAST_RESORT_EMS, two, False) for two in (True, False)
              for c in range(1, 2 * MAX_COLUMNS + 1)]
    arrangement = None
    for px, columns, ems, two_lines, whole in tries:
        number_w = _number_w(px, widest)
        text_w = (area.width() - px * (columns - 1)) / columns - number_w
        if text_w < ems * px:
            continue
        arrangement = _arrange(titles, px, columns, text_w, area.height(), two_lines, more, widest, whole)
        if arrangement is not None:
            return arrangement
    return _arrange(titles, MIN_KEY_PX, 1, area.width() - _number_w(MIN_KEY_PX, widest), 10**9, False, more, widest)


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
    x, y = area.left(), area.top() + t.key_px * 0.6
    body = QRectF(x, y, area.width(), area.bottom() - y)
    px, columns, number_w, line, texts = _layout(t, entries, body, bool(unnamed))
    rows = int((body.height() - _heading_height(px)) // line)
    if rows <= 0:
        return [], []  # no room for even one line: markers show their titles on hover
    heading = add_text(scene, t, matrix_text(HEADING), px * 1.2, QPointF(x, y), bold=True, width=area.width())
    column_w = (area.width() - px * (columns - 1)) / columns
    top = y + _heading_height(px)
    column, used, drawn, items = 0, 0, [], [heading]
    for (n, _), lines in zip(entries, texts):
        if used + len(lines) > rows:
            column, used = column + 1, 0
        if column >= columns:
            break  # no room left in the sidebar: the caller numbers fewer markers
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
        hint = (matrix_text(QT_TRANSLATE_NOOP("Matrix", "+{n} more: hover them or see the table")) if scene.interactive
                else matrix_text(QT_TRANSLATE_NOOP("Matrix", "+{n} more: no room for names")))
        items.append(add_text(scene, t, hint.format(n=unnamed), px,
                 QPointF(x + column * (column_w + px), top + used * line), colour=t.quiet_text, z=Z_LABEL,
                 width=column_w))
    return drawn, items

