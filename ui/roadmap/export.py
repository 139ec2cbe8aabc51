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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPagedPaintDevice, QPainter, QPdfWriter

from planner.document import Document
from planner.errors import PictureError, PlanError
from planner.roadmap_layout import GROUPINGS, UNITS, ZOOM_LEVELS, header_rows, month_abbreviations, picture_span
from planner.roadmap_pages import PagePlan, slide_fit
from planner.formats.plan_file import write_atomically
from ui.matrix.export import CREATOR, MAX_PIXELS_SIDE, SCREEN_DPI, check_format, ensure_app, png_bytes, svg_bytes
from ui.roadmap.painter import HEADER_H, ROW_H, TEXT, RoadmapPainter, draw_sample, roadmap_text
from ui.roadmap.paper import GAP, MAX_PAGES, PAPERS, TITLE_H, PaperPages

__all__ = ["MAX_PAGES", "PAPERS", "RoadmapPicture", "export_roadmap", "roadmap_picture"]

MARGIN = 16              # around a PNG or SVG picture, in the view's pixels
LEGEND_LINE_H = 20
EMPTY_H = 40             # the line an empty roadmap shows instead of its grid
EMPTY_TEXT = QT_TRANSLATE_NOOP("Roadmap", "No initiatives on the timeline yet")
MIN_BODY = 560           # a timeline narrower than this is stretched, not padded with empty periods
WAITS_NAMED = 6          # stubs without room for their note named in the legend: a dense plan has hundreds
TITLE_LIMIT = 320        # the widest a title beside its bar is drawn: a long one is elided, not widening the picture
SLIDE = (1920, 1080)
PDF_DPI = SCREEN_DPI     # device units = view pixels: Qt sizes pattern brushes (hatched join bars) in them
MAX_SIDE = 400_000       # a picture wider or higher than this is a mistake (a century by the week)
_SWATCH = 28
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def export_roadmap(document: Document, path: str | os.PathLike, unit: str = "month",
                   first: dt.date | None = None, last: dt.date | None = None, grouping: str = "lane",
                   relative: bool = False, critical: bool = False, scale: float = 1.0,
                   size: tuple[int, int] | None = None, fit_width: bool = False, paper: str = "a4") -> None:
    """Write the roadmap of ``document`` to ``path`` as PNG, SVG or PDF, chosen by the suffix.

    ``unit`` is the time scale (the lower header row: week … year), ``first`` and ``last`` the
    days shown, inclusive. By default they are the plan's work from its start to its finish in
    whole periods (picture_span), and titles beside the last bars run on into a margin; a chosen
    range cuts bars at its ends, so the picture then gets a column naming every row.
    ``grouping``, ``relative`` and ``critical`` are the roadmap's options of those names. A PNG
    is the picture at ``scale`` times its size in the view's pixels, or exactly ``size`` (a
    slide: the time axis fitted to the width, the rows to the height); an SVG is one vector
    drawing; a PDF is vector on landscape ``paper`` pages ("a4" or "letter") with type of 8 to
    9 pt, as few pages as that allows, tiled left to right and top to bottom, each with the
    title, its slice of the header and a column naming its rows. ``fit_width`` fits the whole
    span to the page's width, and pages run only downwards.

    Raises PlanError for an unknown suffix or a plan that cannot be scheduled, PictureError for
    a range, size or scale that cannot be drawn, and OSError when the file cannot be written.
    """
    check_format(path, "roadmap")  # before any work, so a wrong name fails fast
    _check_scale(scale)
    picture = roadmap_picture(document, unit, first, last, grouping, relative, critical, size, fit_width, paper)
    picture.write(path, scale)


def roadmap_picture(document: Document, unit: str = "month", first: dt.date | None = None,
                    last: dt.date | None = None, grouping: str = "lane", relative: bool = False,
                    critical: bool = False, size: tuple[int, int] | None = None, fit_width: bool = False,
                    paper: str = "a4") -> RoadmapPicture:
    """Return the roadmap laid out for one export; the arguments are export_roadmap's."""
    if unit not in UNITS:
        raise ValueError(f"unknown time unit {unit!r}; use one of {', '.join(UNITS)}")
    if grouping not in GROUPINGS:
        raise ValueError(f"unknown grouping {grouping!r}; use one of {', '.join(GROUPINGS)}")
    for name, day in (("first", first), ("last", last)):
        if day is not None and (not isinstance(day, dt.date) or isinstance(day, dt.datetime)):
            raise ValueError(f"{name} must be a date, not {day!r}")
    if first is not None and last is not None and last < first:
        raise PictureError(QCoreApplication.translate("Picture", "the range ends ({last}) before it starts ({first})").format(last=last, first=first))
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}")
    ensure_app()
    return RoadmapPicture(document, unit, first, last, grouping, relative, critical, size, fit_width, paper)


class RoadmapPicture(PaperPages):
    """The roadmap of one plan, at one scale, over one range: its size, its pages, and how to draw them.

    Coordinates are the view's pixels: the timeline's own start at x 0 and its header at y 0,
    as in the view's scene. The picture reads ``document`` as it is now and never subscribes to it.
    """

    def __init__(self, document: Document, unit: str, first: dt.date | None, last: dt.date | None,
                 grouping: str, relative: bool, critical: bool, size: tuple[int, int] | None = None,
                 fit_width: bool = False, paper: str = "a4"):
        if document.schedule is None:
            raise PlanError(document.schedule_problem or QCoreApplication.translate("Picture", "the plan cannot be scheduled"))
        self.title = document.plan.title
        self.grouping, self.critical, self.relative = grouping, critical, relative
        self.slide, self.fit_width, self.paper = size, fit_width, paper
        self.timeline = timeline = RoadmapPainter(document)
        timeline.grouping, timeline.relative_labels, timeline.show_critical = grouping, relative, critical
        timeline.zoom = [u for u, _ in ZOOM_LEVELS].index(unit)
        timeline.title_limit = TITLE_LIMIT
        timeline.arrows.notes = True  # paper has no tooltip
        px = timeline.px_per_day
        span_first, span_last = picture_span(unit, document.plan, document.schedule, relative)
        # A chosen range can cut a bar and its title off: then a column names every row.
        self.names_column = first is not None or last is not None
        self.chosen_end = last is not None
        self.first = first = span_first if first is None else first
        self.last = last = span_last if last is None else last
        if last < first:  # one end chosen, on the far side of the plan's other end
            raise PictureError(QCoreApplication.translate("Picture", "the range {first} to {last} ends before it starts").format(first=first, last=last))
        self.days = days = last.toordinal() - first.toordinal() + 1
        if days * px > MAX_SIDE:
            raise PictureError(QCoreApplication.translate("Picture", "{first} to {last} by the {unit} would be {width} pixels wide; choose a "
                                                          "coarser time scale or a shorter range").format(
                first=self.first, last=last, unit=unit, width=f"{days * px:,.0f}"))
        timeline.range = (self.first, last)
        timeline.relayout()
        self.rows = timeline.rows
        self.metrics = QFontMetricsF(timeline.font_)
        self.title_font = QFont(timeline.bold)
        self.title_font.setPixelSize(16)
        self.zoom, self.shown = 1.0, len(self.rows)  # a slide's type scale and the rows it holds
        self._plans: dict[tuple[float, float], PagePlan] = {}
        self._named: frozenset[str] | None = None
        if size is not None:
            self._fit_slide(*size)
        else:  # a span of a year or two by the half-year would be a sliver: stretch it instead
            self._set_px(max(px, MIN_BODY / days))

    def _set_px(self, px: float) -> None:
        """Lay the timeline out at ``px`` pixels a day."""
        timeline = self.timeline
        timeline.day_px = px if px != ZOOM_LEVELS[timeline.zoom][1] else None
        timeline.refit()
        self.body_width = self.days * timeline.px_per_day
        # Past the plan's own span nothing but titles can reach, so they may run on into a
        # margin; past a chosen end a bar can too, and is cut there.
        # Lane names sit at the timeline's left, well within MIN_BODY, so only titles count.
        timeline.title_room = 0.0
        for _ in range(2):  # a long bar's title goes beside it, not elided inside, where others run on anyway
            boxes = [timeline.title_box(row.initiative_id) for row in self.rows if row.kind == "item"]
            reach = max((box.right() + 8 for box in boxes if box is not None), default=0.0)
            self.overhang = 0.0 if self.chosen_end else max(0.0, reach - self.body_width)
            timeline.title_room = self.overhang

    def _fit_to(self, width: float, column: float) -> None:
        """Stretch or squeeze the time axis so a ``column``, the timeline and its overhang fill ``width``."""
        self._set_px(max(width - column, 40) / self.days)
        for _ in range(2):  # titles past the end take room from the axis, which moves them
            self._set_px(max(width - column - self.overhang, 40) / self.days)

    def _fit_slide(self, width: int, height: int) -> None:
        """Choose the type scale and the rows a width × height slide holds, then fit the time axis to it."""
        def chrome(w: float) -> float:
            return 2 * MARGIN + TITLE_H + HEADER_H + GAP + self._legend_height(w - 2 * MARGIN)
        self.zoom, self.shown = slide_fit(width, height, chrome, ROW_H, len(self.rows))
        self._fit_to(width / self.zoom - 2 * MARGIN, self.names_width() if self.names_column else 0)

    @property
    def empty(self) -> bool:
        """Whether no initiative has a bar: the picture then says so instead of drawing a bare grid."""
        timeline = self.timeline
        return not any(timeline.bar_rect(row.initiative_id) for row in self.rows if row.kind == "item")

    def draw_empty(self, painter: QPainter, rect: QRectF) -> None:
        """The one line an empty roadmap shows, with the parked count when initiatives are parked."""
        parked = self.timeline.parked_text()
        painter.setFont(self.timeline.font_)
        painter.setPen(QColor(TEXT))
        painter.drawText(rect, _LEFT, roadmap_text(EMPTY_TEXT) + (f" ({parked})" if parked else ""))

    @property
    def left_out(self) -> int:
        """How many rows a slide had no room for."""
        return len(self.rows) - self.shown

    # ------------------------------------------------------------ one drawing (PNG, SVG)

    def size(self) -> tuple[int, int]:
        """The single picture's width and height in pixels: a slide's, or the view's pixels it takes."""
        if self.slide is not None:
            return self.slide
        width = self._content_width()
        if self.empty:
            return math.ceil(width + 2 * MARGIN), math.ceil(TITLE_H + EMPTY_H + 2 * MARGIN)
        height = TITLE_H + HEADER_H + self.shown * ROW_H + GAP + self._legend_height(width)
        return math.ceil(width + 2 * MARGIN), math.ceil(height + 2 * MARGIN)

    def _content_width(self) -> float:
        if self.slide is not None:
            return self.slide[0] / self.zoom - 2 * MARGIN
        title = QFontMetricsF(self.title_font).horizontalAdvance(self.title)
        subtitle = self.metrics.horizontalAdvance(self.range_text()) + 24
        column = self.names_width() if self.names_column else 0
        return max(column + self.body_width + self.overhang, title + subtitle, 480.0)

    def paint(self, painter: QPainter) -> None:
        """Draw the whole picture with its top left corner at the painter's origin."""
        width, height = self.size()
        painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
        painter.save()
        painter.scale(self.zoom, self.zoom)
        content = self._content_width()
        self._title_line(painter, QRectF(MARGIN, MARGIN, content, TITLE_H), None)
        if self.empty:
            self.draw_empty(painter, QRectF(MARGIN, MARGIN + TITLE_H, content, EMPTY_H))
            painter.restore()
            return
        top, left, rows = MARGIN + TITLE_H, MARGIN, self.shown
        if self.names_column:
            self._row_names(painter, QRectF(left, top, self.names_width(), HEADER_H + rows * ROW_H), 0, rows)
            left += self.names_width()
        self._timeline(painter, QPointF(left, top), 0, self.body_width, 0, rows,
                       lane_names=not self.names_column, overhang=self.overhang)
        self._legend(painter, QRectF(MARGIN, top + HEADER_H + rows * ROW_H + GAP, content, 0))
        painter.restore()

    # ------------------------------------------------------------ pages (PDF)

    # page_layout, page_plan, pages and paint_page come from PaperPages.

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
            raise PictureError(QCoreApplication.translate("Picture", "a {size} PNG would be more than {most} pixels wide or high; choose a "
                                                          "coarser time scale, a shorter range, a smaller scale, or SVG "
                                                          "or PDF").format(size=f"{w}x{h}", most=MAX_PIXELS_SIDE))
        if min(w, h) < 1:
            raise PictureError(QCoreApplication.translate("Picture", "scale {scale}: the picture would be smaller than one pixel").format(
                scale=f"{scale:g}"))
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise MemoryError(QCoreApplication.translate("Picture", "not enough memory for a {size} picture").format(size=f"{w}x{h}"))
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
                         roadmap_text(QT_TRANSLATE_NOOP("Roadmap", "Roadmap of “{title}”, {span}; made with {creator}.")).format(
                             title=self.title, span=self.range_text(), creator=CREATOR), paint)

    def _pdf(self) -> bytes:
        self.page_plan()  # too many pages fail before a writer is made
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title)
        writer.setCreator(CREATOR)
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(self.page_layout())
        self.paint_pages(writer)
        return bytes(buffer.data())

    def paint_pages(self, device: QPagedPaintDevice, pages=None, painter: QPainter | None = None,
                    numbering: tuple[int, int] | None = None, layout: QPageLayout | None = None) -> None:
        """Draw every page on ``device``, a PDF writer or a printer, paged for ``layout`` (default: the device's).

        ``pages`` defaults to the pages page_plan() gives for that layout; each after the first
        starts a new sheet. A document of more than the roadmap (the board pack) passes its own
        ``painter``, open on ``device`` and left open, and ``numbering``: the first page's number
        and the total.
        """
        plan = self.page_plan(layout or device.pageLayout())
        pages = plan.pages if pages is None else pages
        first, count = numbering or (1, len(pages))
        own = painter is None
        painter = QPainter(device) if own else painter
        try:
            _hints(painter)
            # Device units per view pixel: at scale 1 one pixel prints at 0.75 pt, 12 px type at 9 pt.
            zoom = device.logicalDpiX() / SCREEN_DPI * plan.scale
            width, height = device.width() / zoom, device.height() / zoom
            for number, page in enumerate(pages, 1):
                if number > 1:
                    device.newPage()
                painter.save()
                painter.scale(zoom, zoom)
                self.paint_page(painter, page, first + number - 1, count, width, height)
                painter.restore()
        finally:
            if own:
                painter.end()

    # ------------------------------------------------------------ parts

    def range_text(self) -> str:
        """The span shown, as the title line gives it: "1 Jan 2027 – 31 Dec 2027", or "Month 1 – Month 12".

        Relative periods leave the dates out, as a proposal does not yet know when it starts.
        """
        if self.relative:
            lower = header_rows(self.timeline.unit, self.first, self.last, self.timeline.origin)[1]
            return lower[0].label if len(lower) == 1 else f"{lower[0].label} – {lower[-1].label}"
        return f"{_day(self.first)} – {_day(self.last)}"

    def _title_line(self, painter: QPainter, rect: QRectF, page: str | None) -> None:
        painter.setPen(QColor(TEXT))
        painter.setFont(self.title_font)
        painter.drawText(rect, _LEFT, self.title)
        title_w = QFontMetricsF(self.title_font).horizontalAdvance(self.title)
        painter.setFont(self.timeline.font_)
        painter.setPen(QColor("#5c5c5c"))
        if not self.empty:  # the span of no work is a month chosen for nothing
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
        # The rows' own clip: arrows from rows above a page's band must not creep into its header.
        painter.setClipRect(visible.adjusted(0, HEADER_H, overhang, 0))
        for i in range(row0, row1):  # a lane's band goes on under its name
            if overhang > 0 and self.rows[i].kind == "group":
                painter.fillRect(QRectF(x1, timeline.row_top(i), overhang, ROW_H), QColor("#eef1f5"))
        if row1 > row0:
            timeline.draw_background(painter, QRectF(x0, timeline.row_top(row0), x1 - x0, (row1 - row0) * ROW_H))
        # The header labels the periods from the day at its left edge to the day at its right;
        # a hair short of x1 that is the last day shown, not the first one after it.
        inside = visible.adjusted(0, 0, -0.01, 0)
        painter.setClipRect(visible.adjusted(0, 0, overhang, 0))
        timeline.draw_time_header(painter, inside)
        if lane_names:
            timeline.draw_lane_names(painter, inside)
        painter.restore()

    # ------------------------------------------------------------ legend

    def _legend_entries(self) -> list[tuple[str, str]]:
        t = roadmap_text
        entries = [("build", t(QT_TRANSLATE_NOOP("Roadmap", "Build"))), ("join", t(QT_TRANSLATE_NOOP("Roadmap", "Join"))),
                   ("undecided", t(QT_TRANSLATE_NOOP("Roadmap", "Undecided"))),
                   ("milestone", t(QT_TRANSLATE_NOOP("Roadmap", "Milestone"))),
                   ("pinned", t(QT_TRANSLATE_NOOP("Roadmap", "Pinned start"))),
                   ("arrow", t(QT_TRANSLATE_NOOP("Roadmap", "Waits for (finish to start)"))),
                   ("conflict", t(QT_TRANSLATE_NOOP("Roadmap", "Pinned earlier than its predecessor allows")))]
        notes = self.timeline.arrows.stub_notes()
        if notes:
            entries.append(("stub", t(QT_TRANSLATE_NOOP("Roadmap", "Waits for one too far off to draw the line: "
                                                                   "“after …” names it"))))
            unnamed = [route.key for route, _note, box in notes if box is None]  # no room beside the arrow
            waits = t(QT_TRANSLATE_NOOP("Roadmap", "{later} waits for {earlier}"))
            entries += [("parked", waits.format(later=self._title(b), earlier=self._title(a)))
                        for a, b in unnamed[:WAITS_NAMED]]
            if len(unnamed) > WAITS_NAMED:
                entries.append(("parked", t(QT_TRANSLATE_NOOP("Roadmap", "and {n} more waits too dense to name here")).format(
                    n=len(unnamed) - WAITS_NAMED)))
        if self.critical:
            entries.append(("critical", t(QT_TRANSLATE_NOOP("Roadmap", "Critical path"))))
        if self.first <= dt.date.today() <= self.last:
            entries.append(("today", t(QT_TRANSLATE_NOOP("Roadmap", "Today"))))
        parked = self.timeline.parked_text()
        if parked:
            entries.append(("parked", parked))
        return entries

    def _title(self, iid: str) -> str:
        return self.metrics.elidedText(self.timeline.document.initiative(iid).title, Qt.TextElideMode.ElideRight, 200)

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
        raise PictureError(QCoreApplication.translate("Picture", "scale {scale}: must be more than 0").format(scale=scale))


def _hints(painter: QPainter) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)


def _day(day: dt.date) -> str:
    return f"{day.day} {month_abbreviations()[day.month - 1]} {day.year}"
