"""The roadmap picture on paper: its pages planned for a page layout, and each page drawn.

RoadmapPicture (ui.roadmap.export) takes these methods; they use its timeline, rows, title
line, legend and its other parts. planner.roadmap_pages chooses the type scale and the pages;
this module measures the picture for it and draws what it chose.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen

from planner.errors import PictureError
from planner.roadmap_layout import header_rows
from planner.roadmap_pages import PT_PER_PX, PagePlan, plan_pages
from ui.roadmap.painter import HEADER_H, ROW_H, TEXT, roadmap_text

TITLE_H = 30             # the title line
GAP = 10                 # between the timeline and the legend
LEFT_COLUMN = 220        # the column naming the rows: on PDF pages, and pictures of a chosen range
MAX_LEFT_COLUMN = 300    # widened up to this for longer names (Dutch ones are), the timeline narrower
PAGE_MARGIN_PT = 28      # about 10 mm round a PDF page
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MAX_PAGES = 500
_GROUP_TITLES = {"lane": QT_TRANSLATE_NOOP("Roadmap", "Lane and initiative"), "decision": QT_TRANSLATE_NOOP("Roadmap", "Decision and initiative"),
                 "owner": QT_TRANSLATE_NOOP("Roadmap", "Owner and initiative"), "objective": QT_TRANSLATE_NOOP("Roadmap", "Objective and initiative")}
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NAME_INDENT = 16         # an initiative's name in the column, under its lane's


class PaperPages:
    """Pages of a RoadmapPicture: landscape A4 or Letter, as few as type of 8 to 9 pt allows."""

    # Each page opens with the plan's title, the span and "page n of N"; a document that heads
    # the pages itself (the board pack) turns it off and gets the height for rows.
    title_line = True

    def page_layout(self) -> QPageLayout:
        """Landscape A4 or Letter, as the picture's ``paper`` says, with margins of about 10 mm."""
        margin = PAGE_MARGIN_PT
        return QPageLayout(QPageSize(PAPERS[self.paper]), QPageLayout.Orientation.Landscape,
                           QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Point)

    def page_plan(self, layout: QPageLayout | None = None) -> PagePlan:
        """Return the type scale and the pages for ``layout`` (default page_layout()).

        As few pages as type of 8 to 9 pt allows, at the largest type that needs no more; with
        ``fit_width``, or when it fits anyway, the whole span is first spread over the page's width. Raises PictureError
        when there would be more than MAX_PAGES pages.
        """
        paint = (layout or self.page_layout()).paintRect(QPageLayout.Unit.Point)
        key = (round(paint.width(), 2), round(paint.height(), 2))
        if key not in self._plans:
            room = paint.width() / PT_PER_PX
            # A span that fits across the page anyway is spread over its width, not left narrow.
            if self.fit_width or self.names_width() + self.body_width + self.overhang <= room:
                self._fit_to(room, self.names_width())
            plan = self._plan_pages(paint.width(), paint.height())
            if not self.fit_width:
                plan = self._fill_pages(plan, paint.width(), paint.height())
            self._plans[key] = plan
            if len(plan.pages) > MAX_PAGES:
                raise PictureError(QCoreApplication.translate("Picture", "the roadmap would take {n} pages, more than {most}; choose a coarser "
                                                              "time scale or a shorter range").format(
                    n=len(plan.pages), most=MAX_PAGES))
        return self._plans[key]

    def _fill_pages(self, plan: PagePlan, width_pt: float, height_pt: float) -> PagePlan:
        """Stretch the time axis so the slices of ``plan`` fill their pages' width, if no page more is needed.

        Slices are cut where periods start, so they are filled to a little short of the page; a
        span a hair too long for its pages to cut at a period is squeezed a little instead.
        """
        count, px, body = len(plan.slices), self.timeline.px_per_day, self.body_width
        room = count * (plan.width - self.names_width()) - self._page_overhang()
        on_periods = self._on_periods(plan)
        if body >= 0.95 * room and on_periods:
            return plan
        for fill in (0.97, 0.94, 0.91, 0.88, 0.85, 0.82):
            stretch = fill * room / body
            # Narrower periods than the view's would crowd their labels: squeeze only a little,
            # and only to bring the seams onto periods.
            if stretch < (1.0 if on_periods else 0.9):
                break
            self._set_px(px * stretch)
            filled = self._plan_pages(width_pt, height_pt, plan.scale)
            if len(filled.slices) == count and len(filled.pages) <= len(plan.pages) and self._on_periods(filled):
                return filled
        self._set_px(px)
        return self._plan_pages(width_pt, height_pt, plan.scale)

    def _on_periods(self, plan: PagePlan) -> bool:
        """Whether every seam of ``plan`` falls where a period starts, so each page's header starts whole."""
        starts = self._period_starts()
        return all(any(abs(x - b) < 0.5 for b in starts) for x, _ in plan.slices[1:])

    def _period_starts(self) -> list[float]:
        timeline = self.timeline
        lower = header_rows(timeline.unit, self.first, self.last, timeline.origin)[1]
        return [timeline.axis.x(p.start) for p in lower[1:]]

    def _plan_pages(self, width_pt: float, height_pt: float, scale: float | None = None) -> PagePlan:
        timeline = self.timeline
        bars = []
        for row in self.rows:
            rect = timeline.bar_rect(row.initiative_id) if row.kind == "item" else None
            bars.append(None if rect is None else (rect.left(), rect.right()))
        axis = timeline.axis
        upper, lower = header_rows(timeline.unit, self.first, self.last, timeline.origin)

        def chrome(width: float) -> float:
            return self._title_h() + HEADER_H + GAP + self._legend_height(width)
        scales = {} if scale is None else {"max_scale": scale, "min_scale": scale}
        return plan_pages(width_pt, height_pt, self.body_width, self.rows, bars, list(self.title_anchors().values()),
                          [axis.x(p.start) for p in upper[1:]], [axis.x(p.start) for p in lower[1:]],
                          self.names_width(), ROW_H, chrome, tail=self._page_overhang(), **scales)

    def names_width(self) -> float:
        """The width of the column naming the rows: LEFT_COLUMN, or wider up to MAX_LEFT_COLUMN
        where a longer name would otherwise be cut ("Programma medewerkers als ambassad…")."""
        if getattr(self, "_names_width", None) is None:
            bold = QFontMetricsF(self.timeline.bold)
            widest = max((bold.horizontalAdvance(f"{row.label} ({row.count})") + 12 if row.kind == "group"
                          else self.metrics.horizontalAdvance(row.label) + NAME_INDENT + 6 for row in self.rows),
                         default=0.0)
            self._names_width = float(min(max(LEFT_COLUMN, math.ceil(widest) + 2), MAX_LEFT_COLUMN))
        return self._names_width

    def named_whole(self) -> frozenset[str]:
        """The initiatives whose title the pages' name column shows whole: their bars go untitled there."""
        if self._named is None:
            cell = self.names_width() - NAME_INDENT - 6
            self._named = frozenset(row.initiative_id for row in self.rows if row.kind == "item"
                                    and self.metrics.horizontalAdvance(row.label) <= cell)
        return self._named

    def _page_overhang(self) -> float:
        """How far past the timeline's end the titles drawn on pages reach."""
        timeline, named = self.timeline, self.named_whole()
        boxes = [timeline.title_box(row.initiative_id) for row in self.rows
                 if row.kind == "item" and row.initiative_id not in named]
        reach = max((box.right() + 8 for box in boxes if box is not None), default=0.0)
        return 0.0 if self.chosen_end else max(0.0, reach - self.body_width)

    def _title_h(self) -> float:
        return TITLE_H if self.title_line else 0.0

    def title_anchors(self) -> dict[str, tuple[float, float]]:
        """Each title's (anchor, right end) by initiative: a title is drawn whole on the page holding its anchor.

        Only titles the name column cuts short are drawn on the timeline; see paint_page.
        The anchor of a title inside its bar is where it starts, of one beside its bar the bar's
        end, so a title always goes with a piece of its bar.
        """
        timeline, spans, named = self.timeline, {}, self.named_whole()
        for row in self.rows:
            box = timeline.title_box(row.initiative_id) if row.kind == "item" and row.initiative_id not in named else None
            if box is not None:
                bar = timeline.bar_rect(row.initiative_id)
                anchor = box.left() if box.right() <= bar.right() else min(bar.right() - 0.5, box.left())
                spans[row.initiative_id] = (anchor, box.right())
        return spans

    def pages(self) -> list[tuple[tuple[float, float], tuple[int, int]]]:
        """Return the pages in reading order, each as ((x0, x1) of its slice, (first row, end row)).

        Slices run left to right, about equally wide, and break where a period of the upper
        header ends when one is near, else where a lower one does, where no title is cut if
        that can be; bands of rows run top to bottom, about equally high, and do not end on a
        group's header. A page without a bar is left out. See page_plan().
        """
        return self.page_plan().pages

    def paint_page(self, painter: QPainter, page: tuple[tuple[float, float], tuple[int, int]],
                   number: int, count: int, width: float, height: float) -> None:
        """Draw one page of ``width × height`` view pixels: title, header slice, row names, legend."""
        (x0, x1), (row0, row1) = page
        if self.title_line:
            self._title_line(painter, QRectF(0, 0, width, TITLE_H), f"page {number} of {count}")
        top = self._title_h()
        if self.empty:
            self.draw_empty(painter, QRectF(0, top, width, ROW_H * 2))
            return
        self._row_names(painter, QRectF(0, top, self.names_width(), HEADER_H + (row1 - row0) * ROW_H), row0, row1)
        last = x1 >= self.body_width
        room = width - self.names_width() - (x1 - x0)
        anchors = self.title_anchors()
        # The name column is the reader's anchor on every page; a bar repeats its title only
        # where the column cuts it short. A title crossing the seam on the left was drawn whole
        # on the page before; one crossing the seam on the right is drawn whole here, on a
        # backing over the page's remaining room, while its bar stops at the slice's edge.
        timeline = self.timeline
        whole = [] if last else [i for i, (a, r) in anchors.items() if x0 <= a < x1 < r]
        timeline.untitled = self.named_whole().union(whole, (i for i, (a, r) in anchors.items() if a < x0 < r))
        try:
            self._timeline(painter, QPointF(self.names_width(), top), x0, x1, row0, row1, lane_names=False,
                           overhang=min(self._page_overhang(), room) if last else 0.0)
        finally:
            timeline.untitled = frozenset()
        self._whole_titles(painter, QPointF(self.names_width(), top), x0, x1, row0, row1, whole)
        legend_h = self._legend_height(width)
        self._legend(painter, QRectF(0, height - legend_h, width, legend_h))

    def _whole_titles(self, painter: QPainter, at: QPointF, x0: float, x1: float, row0: int, row1: int,
                      titles: list[str]) -> None:
        """Draw the titles of ``titles`` (ids) whole across the seam at x1, each on a backing.

        A title that sits inside its bar is boxed, so it reads as a label and not as the bar
        running on past the slice's last day.
        """
        timeline = self.timeline
        rows = {row.initiative_id: i for i, row in enumerate(self.rows[row0:row1], row0) if row.initiative_id}
        painter.save()
        painter.translate(at.x() - x0, at.y() - row0 * ROW_H)
        painter.setFont(timeline.font_)
        for iid in titles:
            if iid not in rows:
                continue
            box = timeline.title_box(iid)
            text, inside = timeline.title_placed(iid)
            y = timeline.row_top(rows[iid])
            label = QRectF(box.left() - 2, y + 3, box.width() + 2, ROW_H - 6)
            painter.setPen(QPen(QColor("#9a9a9a"), 0.8) if inside else Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(label, 2, 2)
            painter.setPen(QColor(TEXT))
            painter.drawText(label.adjusted(4 if inside else 2, 0, 0, 0), _LEFT, text)
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
        painter.drawText(upper, _LEFT, roadmap_text(_GROUP_TITLES[self.grouping]))
        if row0 < row1 and self.rows[row0].kind == "item":  # the band starts inside a group
            group = next(r for r in reversed(self.rows[:row0]) if r.kind == "group")
            painter.setFont(timeline.font_)
            painter.setPen(QColor("#5c5c5c"))
            painter.drawText(upper.translated(0, HEADER_H / 2), _LEFT,
                             self.metrics.elidedText(QCoreApplication.translate("Roadmap", "{group} (continued)").format(
                                 group=group.label), _ELIDE, upper.width()))
        bold = QFontMetricsF(timeline.bold)
        for i in range(row0, row1):
            row, y = self.rows[i], rect.top() + HEADER_H + (i - row0) * ROW_H
            if row.kind == "group":
                painter.fillRect(QRectF(rect.left(), y, rect.width(), ROW_H), QColor("#eef1f5"))
                painter.setFont(timeline.bold)
                text, metrics, indent = f"{row.label} ({row.count})", bold, 6
            else:
                painter.setFont(timeline.font_)
                text, metrics, indent = row.label, self.metrics, NAME_INDENT
            painter.setPen(QColor(TEXT))
            cell = QRectF(rect.left() + indent, y, rect.width() - indent - 6, ROW_H)
            painter.drawText(cell, _LEFT, metrics.elidedText(text, _ELIDE, cell.width()))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(rect.left(), rect.top() + HEADER_H), QPointF(rect.right(), rect.top() + HEADER_H))
        painter.drawLine(QPointF(rect.right() - 0.5, rect.top()), QPointF(rect.right() - 0.5, rect.bottom()))
        painter.restore()
