"""The roadmap as a picture file: one PNG or SVG drawing, or a PDF tiled over landscape pages.

Nothing here draws a bar, an arrow or a header cell of its own: the roadmap's one painter
(ui.roadmap.painter), the window's too, draws the timeline of the caller's document through a
translated QPainter. This module only places it and adds what paper needs around it: a title
line, a legend and, on paged devices (a PDF, a printer), pages that each repeat the title, the
time header of their slice and a column naming their rows.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPagedPaintDevice, QPageSize, QPainter, QPdfWriter, QPen,
)

from planner.document import Document
from planner.errors import PictureError, PlanError
from planner.roadmap_layout import GROUPINGS, UNITS, ZOOM_LEVELS, header_rows, page_slices, row_bands
from planner.formats.plan_file import write_atomically
from ui.matrix.export import CREATOR, MAX_PIXELS_SIDE, SCREEN_DPI, check_format, ensure_app, png_bytes, svg_bytes
from ui.roadmap.painter import HEADER_H, ROW_H, TEXT, RoadmapPainter, draw_sample

MARGIN = 16              # around a PNG or SVG picture, in the view's pixels
TITLE_H = 30             # the title line
LEGEND_LINE_H = 20
GAP = 10                 # between the timeline and the legend
LEFT_COLUMN = 220        # the column naming the rows: on PDF pages, and pictures of a chosen range
PAGE_MARGIN_PT = 28      # about 10 mm round a PDF page
PT_PER_PX = 72 / SCREEN_DPI  # 0.75: the view's 12 px type prints at 9 pt
PDF_DPI = SCREEN_DPI     # device units = view pixels: Qt sizes pattern brushes (hatched join bars) in them
MAX_SIDE = 400_000       # a picture wider or higher than this is a mistake (a century by the week)
MAX_PAGES = 500
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_GROUP_TITLES = {"lane": "Lane", "decision": "Decision", "owner": "Owner"}
_SWATCH = 28
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def export_roadmap(document: Document, path: str | os.PathLike, unit: str = "month",
                   first: dt.date | None = None, last: dt.date | None = None, grouping: str = "lane",
                   relative: bool = False, critical: bool = False, scale: float = 1.0) -> None:
    """Write the roadmap of ``document`` to ``path`` as PNG, SVG or PDF, chosen by the suffix.

    ``unit`` is the time scale (the lower header row: week … year), ``first`` and ``last`` the
    days shown, inclusive. By default they are the plan's span as the window shows it, widened
    to whole periods, and titles beside the last bars run on into a margin; a chosen range cuts
    bars at its ends, so the picture then gets a column naming every row. ``grouping``,
    ``relative`` and ``critical`` are the roadmap's options of those names. A PNG is the
    picture at ``scale`` times its size in the view's pixels; an SVG is one vector drawing; a
    PDF is vector on A4 landscape pages at 9 pt type, tiled left to right and top to bottom
    when the roadmap is larger than one, each page with the title, its slice of the header and
    a column naming its rows.

    Raises PlanError for an unknown suffix or a plan that cannot be scheduled, PictureError for
    a range, size or scale that cannot be drawn, and OSError when the file cannot be written.
    """
    check_format(path, "roadmap")  # before any work, so a wrong name fails fast
    _check_scale(scale)
    picture = roadmap_picture(document, unit, first, last, grouping, relative, critical)
    picture.write(path, scale)


def roadmap_picture(document: Document, unit: str = "month", first: dt.date | None = None,
                    last: dt.date | None = None, grouping: str = "lane", relative: bool = False,
                    critical: bool = False) -> RoadmapPicture:
    """Return the roadmap laid out for one export; the arguments are export_roadmap's."""
    if unit not in UNITS:
        raise ValueError(f"unknown time unit {unit!r}; use one of {', '.join(UNITS)}")
    if grouping not in GROUPINGS:
        raise ValueError(f"unknown grouping {grouping!r}; use one of {', '.join(GROUPINGS)}")
    for name, day in (("first", first), ("last", last)):
        if day is not None and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
            raise ValueError(f"{name} must be a date, not {day!r}")
    if last is not None and last >= dt.date.max:
        raise PictureError(f"the range must end before {dt.date.max}")
    if first is not None and last is not None and last < first:
        raise PictureError(f"the range ends ({last}) before it starts ({first})")
    ensure_app()
    return RoadmapPicture(document, unit, first, last, grouping, relative, critical)


class RoadmapPicture:
    """The roadmap of one plan, at one scale, over one range: its size, its pages, and how to draw them.

    Coordinates are the view's pixels: the timeline's own start at x 0 and its header at y 0,
    as in the view's scene. The picture reads ``document`` as it is now and never subscribes to it.
    """

    def __init__(self, document: Document, unit: str, first: dt.date | None, last: dt.date | None,
                 grouping: str, relative: bool, critical: bool):
        if document.schedule is None:
            raise PlanError(document.schedule_problem or "the plan cannot be scheduled")
        self.title = document.plan.title
        self.grouping, self.critical = grouping, critical
        self.timeline = timeline = RoadmapPainter(document)
        timeline.grouping, timeline.relative_labels, timeline.show_critical = grouping, relative, critical
        timeline.zoom = [u for u, _ in ZOOM_LEVELS].index(unit)
        px = timeline.px_per_day
        span_first, span_last = timeline.span()
        whole = header_rows(unit, span_first, span_last)[1]  # the span widened to whole periods
        # A chosen range can cut a bar and its title off: then a column names every row.
        self.names_column = first is not None or last is not None
        chosen = last is not None
        if first is None:
            first = whole[0].start if whole else span_first
        self.first = first
        if last is None:
            last = whole[-1].end - dt.timedelta(days=1) if whole else span_last
        self.last = last
        if last < first:  # one end chosen, on the far side of the plan's other end
            raise PictureError(f"the range {first} to {last} ends before it starts")
        days = last.toordinal() - first.toordinal() + 1
        if days * px > MAX_SIDE:
            raise PictureError(f"{self.first} to {last} by the {unit} would be {days * px:,.0f} pixels wide; "
                             "choose a coarser time scale or a shorter range")
        timeline.range = (self.first, last)
        timeline.relayout()
        self.rows = timeline.rows
        self.body_width = days * px
        # Past the plan's own span nothing but titles can reach, so they may run on into a
        # margin; past a chosen end a bar can too, and is cut there.
        self.overhang = 0.0 if chosen else max(0.0, timeline.label_reach() - self.body_width)
        self.metrics = QFontMetricsF(timeline.font_)
        self.title_font = QFont(timeline.bold)
        self.title_font.setPixelSize(16)

    # ------------------------------------------------------------ one drawing (PNG, SVG)

    def size(self) -> tuple[int, int]:
        """The single picture's width and height in the view's pixels."""
        width = self._content_width()
        height = TITLE_H + HEADER_H + len(self.rows) * ROW_H + GAP + self._legend_height(width)
        return math.ceil(width + 2 * MARGIN), math.ceil(height + 2 * MARGIN)

    def _content_width(self) -> float:
        title = QFontMetricsF(self.title_font).horizontalAdvance(self.title)
        subtitle = self.metrics.horizontalAdvance(self.range_text()) + 24
        column = LEFT_COLUMN if self.names_column else 0
        return max(column + self.body_width + self.overhang, title + subtitle, 480.0)

    def paint(self, painter: QPainter) -> None:
        """Draw the whole picture with its top left corner at the painter's origin."""
        width, height = self.size()
        painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
        content = self._content_width()
        self._title_line(painter, QRectF(MARGIN, MARGIN, content, TITLE_H), None)
        top, left, rows = MARGIN + TITLE_H, MARGIN, len(self.rows)
        if self.names_column:
            self._row_names(painter, QRectF(left, top, LEFT_COLUMN, HEADER_H + rows * ROW_H), 0, rows)
            left += LEFT_COLUMN
        self._timeline(painter, QPointF(left, top), 0, self.body_width, 0, rows,
                       lane_names=not self.names_column, overhang=self.overhang)
        self._legend(painter, QRectF(MARGIN, top + HEADER_H + rows * ROW_H + GAP, content, 0))

    # ------------------------------------------------------------ pages (PDF)

    def page_layout(self) -> QPageLayout:
        """A4 landscape with margins of about 10 mm."""
        margin = PAGE_MARGIN_PT
        return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                           QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Point)

    def pages(self) -> list[tuple[tuple[float, float], tuple[int, int]]]:
        """Return the pages in reading order, each as ((x0, x1) of its slice, (first row, end row)).

        Slices run left to right, about equally wide, and break where a period of the upper
        header ends when one is near, else where a lower one does; bands of rows run top to
        bottom, about equally high, and do not end on a group's header. Raises PictureError when
        there would be more than MAX_PAGES pages.
        """
        paint = self.page_layout().paintRect(QPageLayout.Unit.Point)
        page_w, page_h = paint.width() / PT_PER_PX, paint.height() / PT_PER_PX
        slice_w = page_w - LEFT_COLUMN
        per_page = max(1, int((page_h - TITLE_H - HEADER_H - GAP - self._legend_height(page_w)) // ROW_H))
        across = max(1, math.ceil(self.body_width / slice_w - 1e-9))
        down = max(1, math.ceil(len(self.rows) / per_page))
        if across * down > MAX_PAGES:
            raise PictureError(f"the roadmap would take {across * down} pages, more than {MAX_PAGES}; "
                             "choose a coarser time scale or a shorter range")
        axis = self.timeline.axis
        upper, lower = header_rows(self.timeline.unit, self.first, self.last)
        slices = page_slices(self.body_width, slice_w, across, [axis.x(p.start) for p in upper[1:]],
                             [axis.x(p.start) for p in lower[1:]])
        return [(s, b) for b in row_bands(self.rows, down) for s in slices]

    def paint_page(self, painter: QPainter, page: tuple[tuple[float, float], tuple[int, int]],
                   number: int, count: int, width: float, height: float) -> None:
        """Draw one page of ``width × height`` view pixels: title, header slice, row names, legend."""
        (x0, x1), (row0, row1) = page
        self._title_line(painter, QRectF(0, 0, width, TITLE_H), f"page {number} of {count}")
        top = TITLE_H
        self._row_names(painter, QRectF(0, top, LEFT_COLUMN, HEADER_H + (row1 - row0) * ROW_H), row0, row1)
        room = width - LEFT_COLUMN - (x1 - x0) if x1 >= self.body_width else 0.0
        self._timeline(painter, QPointF(LEFT_COLUMN, top), x0, x1, row0, row1, lane_names=False,
                       overhang=min(self.overhang, room))
        legend_h = self._legend_height(width)
        self._legend(painter, QRectF(0, height - legend_h, width, legend_h))

    # ------------------------------------------------------------ files

    def write(self, path: str | os.PathLike, scale: float = 1.0) -> None:
        """Write the picture to ``path`` in the format its suffix names, in one step."""
        write_atomically(Path(path), self.drawing(path, scale)())

    def drawing(self, path: str | os.PathLike, scale: float = 1.0) -> Callable[[], bytes]:
        """Draw the picture for ``path``'s format now; return a function that gives the file's bytes.

        Drawing asks the view, which belongs to the GUI thread; the returned function touches
        only the drawing (a QImage, or SVG or PDF bytes) and may run on any thread, so the
        window encodes a PNG, the slow part, off the GUI thread.
        """
        kind = check_format(path, "roadmap")
        _check_scale(scale)
        if kind == ".png":
            image = self._image(scale)
            return lambda: png_bytes(image)
        data = self._svg() if kind == ".svg" else self._pdf()
        return lambda: data

    def _image(self, scale: float) -> QImage:
        width, height = self.size()
        w, h = round(width * scale), round(height * scale)
        if max(w, h) > MAX_PIXELS_SIDE:
            raise PictureError(f"a {w}x{h} PNG would be more than {MAX_PIXELS_SIDE} pixels wide or high; "
                             "choose a coarser time scale, a shorter range, a smaller scale, or SVG or PDF")
        if min(w, h) < 1:
            raise PictureError(f"scale {scale:g}: the picture would be smaller than one pixel")
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise MemoryError(f"not enough memory for a {w}x{h} picture")
        image.fill(QColor("#ffffff"))
        dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        try:
            _hints(painter)
            painter.scale(w / width, h / height)
            self.paint(painter)
        finally:
            painter.end()
        return image

    def _svg(self) -> bytes:
        width, height = self.size()

        def paint(painter: QPainter) -> None:
            _hints(painter)
            self.paint(painter)
        return svg_bytes(width, height, self.title,
                         f"Roadmap of “{self.title}”, {self.range_text()}; made with {CREATOR}.", paint)

    def _pdf(self) -> bytes:
        pages = self.pages()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title)
        writer.setCreator(CREATOR)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(self.page_layout())
        self.paint_pages(writer, pages)
        return bytes(buffer.data())

    def paint_pages(self, device: QPagedPaintDevice, pages=None) -> None:
        """Draw every page on ``device``, a PDF writer or a printer set to page_layout().

        ``pages`` defaults to pages(); each after the first starts a new sheet.
        """
        pages = self.pages() if pages is None else pages
        painter = QPainter(device)
        try:
            _hints(painter)
            zoom = device.logicalDpiX() / SCREEN_DPI  # device units per view pixel: one pixel prints at 0.75 pt
            width, height = device.width() / zoom, device.height() / zoom
            for number, page in enumerate(pages, 1):
                if number > 1:
                    device.newPage()
                painter.save()
                painter.scale(zoom, zoom)
                self.paint_page(painter, page, number, len(pages), width, height)
                painter.restore()
        finally:
            painter.end()

    # ------------------------------------------------------------ parts

    def range_text(self) -> str:
        """The days shown, as the title line gives them: "1 Dec 2026 – 31 Dec 2027"."""
        return f"{_day(self.first)} – {_day(self.last)}"

    def _title_line(self, painter: QPainter, rect: QRectF, page: str | None) -> None:
        painter.setPen(QColor(TEXT))
        painter.setFont(self.title_font)
        painter.drawText(rect, _LEFT, self.title)
        title_w = QFontMetricsF(self.title_font).horizontalAdvance(self.title)
        painter.setFont(self.timeline.font_)
        painter.setPen(QColor("#5c5c5c"))
        painter.drawText(rect.adjusted(title_w + 16, 0, 0, 0), _LEFT, self.range_text())
        if page:
            painter.drawText(rect, _RIGHT, page)

    def _timeline(self, painter: QPainter, at: QPointF, x0: float, x1: float, row0: int, row1: int,
                  lane_names: bool, overhang: float = 0.0) -> None:
        """Draw the header over x0..x1 and rows row0..row1-1 with the header's top left at ``at``.

        The painter draws as the view does scrolled there: the header at the top of the visible
        rectangle, which starts one header above row ``row0``. Titles beside bars may run
        ``overhang`` past x1.
        """
        timeline = self.timeline
        visible = QRectF(x0, row0 * ROW_H, x1 - x0, HEADER_H + (row1 - row0) * ROW_H)
        painter.save()
        painter.translate(at.x() - x0, at.y() - visible.top())
        painter.setClipRect(visible.adjusted(0, 0, overhang, 0))
        for i in range(row0, row1):  # a lane's band goes on under its name
            if overhang > 0 and self.rows[i].kind == "group":
                painter.fillRect(QRectF(x1, timeline.row_top(i), overhang, ROW_H), QColor("#eef1f5"))
        if row1 > row0:
            timeline.draw_background(painter, QRectF(x0, timeline.row_top(row0), x1 - x0, (row1 - row0) * ROW_H))
        # The header labels the periods from the day at its left edge to the day at its right;
        # a hair short of x1 that is the last day shown, not the first one after it.
        inside = visible.adjusted(0, 0, -0.01, 0)
        timeline.draw_time_header(painter, inside)
        if lane_names:
            timeline.draw_lane_names(painter, inside)
        painter.restore()

    def _row_names(self, painter: QPainter, rect: QRectF, row0: int, row1: int) -> None:
        """The column on a page's left: what grouping, then each row's lane or initiative name."""
        timeline = self.timeline
        painter.save()
        painter.setClipRect(rect)
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), HEADER_H), QColor("#f6f6f6"))
        painter.setPen(QColor(TEXT))
        painter.setFont(timeline.bold)
        upper = QRectF(rect.left() + 6, rect.top(), rect.width() - 12, HEADER_H / 2)
        painter.drawText(upper, _LEFT, f"{_GROUP_TITLES[self.grouping]} and initiative")
        if row0 < row1 and self.rows[row0].kind == "item":  # the band starts inside a group
            group = next(r for r in reversed(self.rows[:row0]) if r.kind == "group")
            painter.setFont(timeline.font_)
            painter.setPen(QColor("#5c5c5c"))
            painter.drawText(upper.translated(0, HEADER_H / 2), _LEFT,
                             self.metrics.elidedText(f"{group.label} (continued)", _ELIDE, upper.width()))
        bold = QFontMetricsF(timeline.bold)
        for i in range(row0, row1):
            row, y = self.rows[i], rect.top() + HEADER_H + (i - row0) * ROW_H
            if row.kind == "group":
                painter.fillRect(QRectF(rect.left(), y, rect.width(), ROW_H), QColor("#eef1f5"))
                painter.setFont(timeline.bold)
                text, metrics, indent = f"{row.label} ({row.count})", bold, 6
            else:
                painter.setFont(timeline.font_)
                text, metrics, indent = row.label, self.metrics, 16
            painter.setPen(QColor(TEXT))
            cell = QRectF(rect.left() + indent, y, rect.width() - indent - 6, ROW_H)
            painter.drawText(cell, _LEFT, metrics.elidedText(text, _ELIDE, cell.width()))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(rect.left(), rect.top() + HEADER_H), QPointF(rect.right(), rect.top() + HEADER_H))
        painter.drawLine(QPointF(rect.right() - 0.5, rect.top()), QPointF(rect.right() - 0.5, rect.bottom()))
        painter.restore()

    # ------------------------------------------------------------ legend

    def _legend_entries(self) -> list[tuple[str, str]]:
        entries = [("build", "Build"), ("join", "Join"), ("undecided", "Undecided"), ("milestone", "Milestone"),
                   ("pinned", "Pinned start"), ("arrow", "Waits for (finish to start)"),
                   ("conflict", "Pinned earlier than its predecessor allows")]
        if any(route.stub for route in self.timeline.arrows.all()):
            entries.append(("stub", "Waits for one too far off to draw the line; the window’s tooltip names it"))
        if self.critical:
            entries.append(("critical", "Critical path"))
        if self.first <= dt.date.today() <= self.last:
            entries.append(("today", "Today"))
        parked = self.timeline.parked_text()
        if parked:
            entries.append(("parked", parked))
        return entries

    def _legend_lines(self, width: float) -> list[list[tuple[str, str, float]]]:
        """The legend's entries flowed into lines no wider than ``width``, each with its width."""
        lines: list[list[tuple[str, str, float]]] = [[]]
        x = 0.0
        for kind, text in self._legend_entries():
            w = (0 if kind == "parked" else _SWATCH + 6) + self.metrics.horizontalAdvance(text) + 18
            if lines[-1] and x + w > width:
                lines.append([])
                x = 0.0
            lines[-1].append((kind, text, w))
            x += w
        return lines

    def _legend_height(self, width: float) -> float:
        return len(self._legend_lines(width)) * LEGEND_LINE_H

    def _legend(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setFont(self.timeline.font_)
        for n, line in enumerate(self._legend_lines(rect.width())):
            x, y = rect.left(), rect.top() + n * LEGEND_LINE_H
            for kind, text, w in line:
                if kind == "parked":
                    painter.setPen(QColor("#5c5c5c"))
                    painter.drawText(QRectF(x, y, w, LEGEND_LINE_H), _LEFT, text)
                else:
                    draw_sample(painter, kind, QRectF(x, y + (LEGEND_LINE_H - 12) / 2, _SWATCH, 12))
                    painter.setPen(QColor(TEXT))
                    painter.drawText(QRectF(x + _SWATCH + 6, y, w, LEGEND_LINE_H), _LEFT, text)
                x += w
        painter.restore()



def _check_scale(scale: float) -> None:
    if not scale > 0:  # also refuses nan
        raise PictureError(f"scale {scale}: must be more than 0")


def _hints(painter: QPainter) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)


def _day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
