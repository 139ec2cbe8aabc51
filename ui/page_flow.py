"""Text and tables flowed down the pages of a PDF writer or a printer, with a footer on each page.

The printed table and the board pack both use it. Sizes are in points, converted with the
device's resolution, so a 1200 dpi printer and a PDF come out alike. Text wraps at word
boundaries, or anywhere in a word too long for its line; a table row that does not fit moves to
the next page under a repeated header, and a row taller than a whole page is split between
lines, so nothing is ever cut.

A document is laid out twice: once without a painter, which only counts the pages (so each
footer can say "page 3 of 9" and a table of contents can give page numbers), then to draw.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen, QTextLayout, QTextLine, QTextOption

TEXT = "#1e1e1e"
MUTED = "#5c5c5c"
RULE = "#c8c8c8"
HEADER_FILL = "#e8ecf2"
STRIPE_FILL = "#f6f7f9"
FOOTER_GAP_PT = 14  # from the bottom of the printable area to the footer's baseline, in the margin
CELL_PAD_PT = (4, 3)  # across, down
TIGHT_PAD_PT = 1.5  # down, in a table that would otherwise leave a row or two alone on its last page
WIDOW_ROWS = 3  # fewer rows than this alone on a table's last page look like a mistake
STYLES = {  # name -> (point size, bold, colour, space after in points)
    "title": (30, True, TEXT, 10),
    "heading": (18, True, TEXT, 8),
    "subheading": (11.5, True, TEXT, 4),
    "lead": (13, False, TEXT, 8),
    "body": (10.5, False, TEXT, 6),
    "note": (9, False, MUTED, 6),
    "cell": (9, False, TEXT, 0),
    "footer": (8, False, MUTED, 0),
}


@dataclass(frozen=True, slots=True)
class Grid:
    """What a table shows: a header, rows of text cells, and which columns align right (numbers)."""

    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    right: frozenset[int] = frozenset()


class PageFlow:
    """A cursor down the pages of ``device``; draws only when it has a ``painter``.

    ``footer(number, count)`` gives the left and right text under each page; ``count`` is the
    total of an earlier counting pass, or None during it. Coordinates are device units, with
    (0, 0) at the top left of the printable area.
    """

    def __init__(self, device: QPagedPaintDevice, painter: QPainter | None,
                 footer: Callable[[int, int | None], tuple[str, str]] | None = None, count: int | None = None):
        self.device, self.painter, self.footer, self.count = device, painter, footer, count
        self.pt = device.logicalDpiY() / 72  # device units per point
        self.number = 1
        self.y = 0.0
        self._footed = 0  # the last page whose footer is drawn
        self.fonts = {name: self._font(size, bold) for name, (size, bold, _, _) in STYLES.items()}

    # ------------------------------------------------------------ pages

    @property
    def width(self) -> float:
        return float(self.device.width())

    @property
    def bottom(self) -> float:
        return float(self.device.height())

    @property
    def room(self) -> float:
        """Height left on this page."""
        return self.bottom - self.y

    def new_page(self) -> None:
        """End this page (its footer) and start the next one at its top."""
        self.end_page()
        if self.painter is not None:
            self.device.newPage()
        self.number += 1
        self.y = 0.0

    def end_page(self) -> None:
        """Draw this page's footer, once; call after the last page too, or before changing the page's layout."""
        if self.painter is None or self.footer is None or self._footed == self.number:
            return
        self._footed = self.number
        left, right = self.footer(self.number, self.count)
        painter = self.painter
        painter.save()
        painter.setFont(self.fonts["footer"])
        painter.setPen(QColor(MUTED))
        line = QRectF(0, self.bottom + FOOTER_GAP_PT * self.pt - 12 * self.pt, self.width, 12 * self.pt)
        right_w = painter.fontMetrics().horizontalAdvance(right) + 12 * self.pt
        painter.drawText(line.adjusted(0, 0, -right_w, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         painter.fontMetrics().elidedText(left, Qt.TextElideMode.ElideRight,
                                                          int(max(0.0, line.width() - right_w))))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, right)
        painter.restore()

    def space(self, points: float) -> None:
        """Leave ``points`` of room, unless at the top of a page."""
        if self.y > 0:
            self.y = min(self.bottom, self.y + points * self.pt)

    def keep(self, points: float) -> None:
        """Start a new page unless ``points`` of room are left: keeps a heading with what follows it."""
        if self.y > 0 and self.room < points * self.pt:
            self.new_page()

    # ------------------------------------------------------------ text

    def text(self, text: str, style: str = "body", left: float = 0.0, width: float | None = None) -> None:
        """Write a paragraph in ``style`` (a key of STYLES) from ``left`` device units, wrapping and paging."""
        size, _, colour, after = STYLES[style]
        width = (self.width - left) if width is None else width
        layout, lines = self.lines(text, self.fonts[style], width)
        for line in lines:
            if line.height() > self.room and self.y > 0:
                self.new_page()
            self._draw_line(line, QPointF(left, self.y - line.y()), colour)
            self.y += line.height()
        self.space(after)
        del layout  # the lines belong to it; it must outlive their drawing

    def lines(self, text: str, font: QFont, width: float) -> tuple[QTextLayout, list[QTextLine]]:
        """Return ``text`` laid out in lines of at most ``width`` device units, and the lines."""
        layout = QTextLayout(text.replace("\n", "\u2028"), font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines, y = [], 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines.append(line)
        layout.endLayout()
        return layout, lines

    def line_height(self, font: QFont) -> float:
        """The height of one line of ``font`` on this device."""
        layout, lines = self.lines("Ag", font, 100 * self.pt)
        height = lines[0].height()
        del layout  # only now: a line must not outlive its layout
        return height

    def _draw_line(self, line: QTextLine, at: QPointF, colour: str, right: float | None = None) -> None:
        """Draw ``line`` offset by ``at``; flush right against ``right`` when given."""
        if self.painter is None:
            return
        if right is not None:
            at = QPointF(right - line.naturalTextWidth() - line.x(), at.y())
        self.painter.setPen(QColor(colour))
        line.draw(self.painter, at)

    # ------------------------------------------------------------ tables

    def table(self, grid: Grid) -> None:
        """Draw ``grid`` across the page's width; its header repeats on every page it runs onto."""
        pad_x, pad_y = (p * self.pt for p in CELL_PAD_PT)
        bold = QFont(self.fonts["cell"])
        bold.setBold(True)
        xs = [0.0]
        for w in self._column_widths(grid, bold, 2 * pad_x):
            xs.append(xs[-1] + w)
        header = [self.lines(text, bold, xs[i + 1] - xs[i] - 2 * pad_x) for i, text in enumerate(grid.columns)]
        header_h = max((sum(line.height() for line in lines) for _, lines in header), default=0.0) + 2 * pad_y
        # A header alone at a page's foot is no use: keep it with at least its first row's line.
        line_h = self.line_height(self.fonts["cell"])
        if self.room < header_h + line_h + 2 * pad_y and self.y > 0:
            self.new_page()
        rows = [[self.lines(str(text), self.fonts["cell"], xs[i + 1] - xs[i] - 2 * pad_x) for i, text in enumerate(row)]
                for row in grid.rows]
        texts = [max((sum(line.height() for line in lines) for _, lines in cells), default=0) for cells in rows]
        row_pad, break_at = self._no_widow(texts, pad_y, self.room - header_h, self.bottom - header_h)
        self._cells(header, xs, self.y, header_h, pad_x, pad_y, HEADER_FILL, grid.right)
        self.y += header_h
        for n, cells in enumerate(rows):
            if n == break_at and n > 0:
                self._next_table_page(header, xs, header_h, pad_x, pad_y, grid.right)
            fill = STRIPE_FILL if n % 2 else None
            while cells:
                height = max((sum(line.height() for line in lines) for _, lines in cells), default=0) + 2 * row_pad
                if height <= self.room:
                    self._cells(cells, xs, self.y, height, pad_x, row_pad, fill, grid.right)
                    self.y += height
                    break
                if height <= self.bottom - header_h or self.room < line_h + 2 * row_pad:
                    # It fits on a fresh page, or not even a line fits here: carry on over the page.
                    self._next_table_page(header, xs, header_h, pad_x, pad_y, grid.right)
                    if height <= self.room:
                        continue
                # Taller than a page: as many lines as fit here, the rest on the next page.
                room = self.room - 2 * row_pad
                here, rest = [], []
                for layout, lines in cells:
                    used, k = 0.0, 0
                    while k < len(lines) and used + lines[k].height() <= room:
                        used += lines[k].height()
                        k += 1
                    here.append((layout, lines[:k]))
                    rest.append((layout, lines[k:]))
                self._cells(here, xs, self.y, self.room, pad_x, row_pad, fill, grid.right)
                self.y = self.bottom
                self._next_table_page(header, xs, header_h, pad_x, pad_y, grid.right)
                cells = rest
        self._rule(self.y)
        self.space(10)

    def _no_widow(self, texts: list[float], pad_y: float, first: float, page: float) -> tuple[float, int | None]:
        """Return the rows' padding and the row to start a page at, so a table's last page holds no lone rows.

        ``texts`` are the rows' text heights, ``first`` the room for rows on this page and
        ``page`` on each page after. When a row or two would spill onto a page of their own, the
        rows are set a little tighter if that keeps them on the pages before; otherwise the
        last two pages share their rows evenly.
        """
        def counts(pad: float) -> list[int] | None:
            pages, room = [0], first
            for text in texts:
                height = text + 2 * pad
                if height > page:
                    return None  # a row split over pages: no reflowing that
                if height > room and (pages[-1] or room < page):
                    pages.append(0)
                    room = page
                pages[-1] += 1
                room -= height
            return pages
        pages = counts(pad_y)
        if pages is None or len(pages) < 2 or pages[-1] >= WIDOW_ROWS or pages[-2] == 0:
            return pad_y, None
        tight = counts(TIGHT_PAD_PT * self.pt)
        if tight is not None and len(tight) < len(pages):
            return TIGHT_PAD_PT * self.pt, None
        return pad_y, len(texts) - (pages[-2] + pages[-1] + 1) // 2

    def _column_widths(self, grid: Grid, bold: QFont, pad: float) -> list[float]:
        """Widths filling the page: each column gets its longest word, the rest goes where text wraps.

        When every cell fits on one line, the columns share out the spare width in proportion.
        Otherwise each gets at least its longest word (so no word breaks that need not); then the
        columns that lack least are widened to their longest text while that takes no more than
        an equal share of what is left (so "Quick wins" does not wrap to save a few points), and
        the others share the rest in proportion to how much they lack.
        """
        cell, head = QFontMetricsF(self.fonts["cell"], self.device), QFontMetricsF(bold, self.device)
        width, count = self.width, len(grid.columns)
        cap = width * 0.45  # one long text must not starve the other columns
        least, want = [pad] * count, [pad] * count
        for texts, metrics in (([grid.columns], head), (grid.rows, cell)):
            for row in texts:
                for i, text in enumerate(row[:count]):
                    text = str(text)
                    # A point to spare: the layout's own measure may round a hair wider.
                    # No-break spaces (inside a date) join words: the layout never breaks there either.
                    words = max((metrics.horizontalAdvance(w) for w in re.split(r"[^\S\xa0]+", text)),
                                default=0.0) + self.pt
                    least[i] = max(least[i], min(words + pad, cap))
                    want[i] = max(want[i], min(metrics.horizontalAdvance(text) + pad + self.pt, cap))
        want = [max(w, m) for w, m in zip(want, least)]
        if sum(want) <= width:
            return [w * width / sum(want) for w in want]
        if sum(least) >= width:
            return [m * width / sum(least) for m in least]
        widths, spare = list(least), width - sum(least)
        waiting = sorted(range(count), key=lambda i: want[i] - least[i])
        while waiting and want[waiting[0]] - least[waiting[0]] <= spare / len(waiting):
            i = waiting.pop(0)
            widths[i], spare = want[i], spare - (want[i] - least[i])
        lack = sum(want[i] - least[i] for i in waiting)
        for i in waiting:
            widths[i] += spare * (want[i] - least[i]) / lack
        return widths

    def _next_table_page(self, header, xs, header_h, pad_x, pad_y, right) -> None:
        self.new_page()
        self._cells(header, xs, self.y, header_h, pad_x, pad_y, HEADER_FILL, right)
        self.y += header_h

    def _cells(self, cells, xs, top: float, height: float, pad_x: float, pad_y: float, fill: str | None,
               right: frozenset[int]) -> None:
        """Draw one row (or the part of one on this page): its fill, rule and each cell's lines."""
        if self.painter is None:
            return
        if fill:
            self.painter.fillRect(QRectF(0, top, self.width, height), QColor(fill))
        for i, (_, lines) in enumerate(cells):
            y = top + pad_y
            for line in lines:
                at = QPointF(xs[i] + pad_x, y - line.y())
                self._draw_line(line, at, TEXT, right=xs[i + 1] - pad_x if i in right else None)
                y += line.height()
        self._rule(top)

    def _rule(self, y: float) -> None:
        if self.painter is not None:
            self.painter.setPen(QPen(QColor(RULE), 0.5 * self.pt))
            self.painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    # ------------------------------------------------------------ helpers

    def _font(self, points: float, bold: bool) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font
