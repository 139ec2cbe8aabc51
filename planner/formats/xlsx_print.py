"""How the workbook's sheets print: A4 pages, text at 8 pt or more, rows tall enough for their text.

LibreOffice and Excel fit a sheet to the pages across it is given by scaling it down; the widths
here keep that scale at 8 pt or more, and the row heights written keep wrapped text from printing
over the next row (neither program grows a row written with a height of its own).
"""

from __future__ import annotations

import re

from planner.language import _

# Control characters other than tab, newline and return cannot be stored in a cell.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# Column widths (in digits of Arial 10) one A4 page prints at 8 pt or larger, fitted to its width
# between half-inch margins, as LibreOffice prints them: about 5.6 pt a unit at full size.
PRINT_WIDTH = {"landscape": 165, "portrait": 112}

# Arial's advance widths (Liberation Sans has the same) in digits, for the characters not one digit wide.
_WIDTHS = {**dict.fromkeys("ijl'|", 0.4), **dict.fromkeys("ftrI .,;:!()[]/-", 0.55),
           **dict.fromkeys("ckszvxyJ\"", 0.9), **dict.fromkeys("mM", 1.5), "w": 1.3, "W": 1.7,
           **dict.fromkeys("ABCDEFGHKLNOPQRSTUVXYZ&", 1.25)}
_WIDEST = max(_WIDTHS.values())


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """The lines ``text`` takes wrapped at word breaks in a column ``width`` digits wide (Arial 10).

    Widths are Arial's, a little rounded up, and a little room is left free: the estimate
    gives a line too many rather than one too few, which would print over the next row.
    """
    room = max(width - 0.3, 1) / (1.08 if bold else 1.02)
    if len(text) * _WIDEST <= room and "\n" not in text:
        return 1  # most cells, told without measuring

    def wide(word: str) -> float:
        return sum(_WIDTHS.get(ch, 1.0) for ch in word)

    lines = 0
    for paragraph in text.split("\n"):
        used = None  # width taken on the current line; None before its first word
        for word in paragraph.split():
            size = wide(word)
            if used is not None and used + 0.55 + size <= room:
                used += 0.55 + size
                continue
            lines += max(-(-size // room), 1)  # a word wider than the line breaks within itself
            used = size % room or room
        lines += used is None  # an empty paragraph is still a line
    return int(max(lines, 1))


def pages_wide(widths, repeated: float = 0, orientation: str = "landscape") -> int:
    """The pages across that print columns of ``widths`` at 8 pt or more, ``repeated`` on each."""
    total, page = sum(widths), PRINT_WIDTH[orientation]
    return 1 if total <= page else 1 + -(-(total - page) // (page - repeated))


def print_setup(ws, title: str, rows: str | None = None, columns: str | None = None, area: str | None = None,
                 orientation: str = "landscape", wide: int = 1) -> None:
    """A4, ``wide`` pages wide, the plan title above and page numbers below; before any row.

    ``rows`` and ``columns`` repeat on every page; ``area`` is what prints (default: every cell).
    """
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = wide, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # written with the sheet's first row
    ws.page_margins.left = ws.page_margins.right = 0.5
    if rows:
        ws.print_title_rows = rows
    if columns:
        ws.print_title_cols = columns
    if area:
        ws.print_area = area
    ws.oddHeader.center.text = _ILLEGAL.sub("", title).replace("&", "&&")[:200]
    # &P and &N are the spreadsheet's codes for this page's number and the count of pages.
    ws.oddFooter.center.text = _("Page &P of &N")
