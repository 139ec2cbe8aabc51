"""The roadmap picture on paper: its pages planned for a page layout, and each page drawn.

RoadmapPicture (ui.roadmap.export) takes these methods; they use its timeline, rows, title
line, legend and its other parts. planner.roadmap_pages chooses the type scale and the pages;
this module measures the picture for it and draws what it chose.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen

from planner.errors import PictureError
from planner.roadmap_layout import header_rows
from planner.roadmap_pages import PT_PER_PX, PagePlan, plan_pages
from ui.roadmap.painter import HEADER_H, ROW_H, TEXT

TITLE_H = 30             # the title line
GAP = 10                 # between the timeline and the legend
LEFT_COLUMN = 220        # the column naming the rows: on PDF pages, and pictures of a chosen range
PAGE_MARGIN_PT = 28      # about 10 mm round a PDF page
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MAX_PAGES = 500
_GROUP_TITLES = {"lane": "Lane", "decision": "Decision", "owner": "Owner", "objective": "Objective"}
_ELIDE = Qt.TextElideMode.ElideRight
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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
            if self.fit_width or LEFT_COLUMN + self.body_width + self.overhang <= room:
                self._fit_to(room, LEFT_COLUMN)
            self._plans[key] = plan = self._plan_pages(paint.width(), paint.height())
            if len(plan.pages) > MAX_PAGES:
                raise PictureError(f"the roadmap would take {len(plan.pages)} pages, more than {MAX_PAGES}; "
                                   "choose a coarser time scale or a shorter range")
        return self._plans[key]

    def _plan_pages(self, width_pt: float, height_pt: float) -> PagePlan:
        timeline = self.timeline
        bars = []
        for row in self.rows:
            rect = timeline.bar_rect(row.initiative_id) if row.kind == "item" else None
            bars.append(None if rect is None else (rect.left(), rect.right()))
        axis = timeline.axis
        upper, lower = header_rows(timeline.unit, self.first, self.last, timeline.origin)

        def chrome(width: float) -> float:
            return self._title_h() + HEADER_H + GAP + self._legend_height(width)
        return plan_pages(width_pt, height_pt, self.body_width, self.rows, bars, list(self.title_anchors().values()),
                          [axis.x(p.start) for p in upper[1:]], [axis.x(p.start) for p in lower[1:]],
                          LEFT_COLUMN, ROW_H, chrome)

    def _title_h(self) -> float:
        return TITLE_H if self.title_line else 0.0

    def title_anchors(self) -> dict[str, tuple[float, float]]:
        """Each title's (anchor, right end) by initiative: a title is drawn whole on the page holding its anchor.

        The anchor of a title inside its bar is where it starts, of one beside its bar the bar's
        end, so a title always goes with a piece of its bar.
        """
        timeline, spans = self.timeline, {}
        for row in self.rows:
            box = timeline.title_box(row.initiative_id) if row.kind == "item" else None
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
        self._row_names(painter, QRectF(0, top, LEFT_COLUMN, HEADER_H + (row1 - row0) * ROW_H), row0, row1)
        last = x1 >= self.body_width
        room = width - LEFT_COLUMN - (x1 - x0) if last else 0.0
        anchors = self.title_anchors()
        # A title crossing the seam on the left was drawn whole on the page before; one crossing
        # the seam on the right is drawn whole here, past the slice, where the page keeps room.
        timeline = self.timeline
        whole = [] if last else [i for i, (a, r) in anchors.items() if x0 <= a < x1 < r]
        timeline.untitled = frozenset(whole).union(i for i, (a, r) in anchors.items() if a < x0 < r)
        try:
            self._timeline(painter, QPointF(LEFT_COLUMN, top), x0, x1, row0, row1, lane_names=False,
                           overhang=min(self.overhang, room))
            timeline.untitled = frozenset()
            self._whole_titles(painter, QPointF(LEFT_COLUMN, top), x0, row0, row1, whole)
        finally:
            timeline.untitled = frozenset()
        legend_h = self._legend_height(width)
        self._legend(painter, QRectF(0, height - legend_h, width, legend_h))

    def _whole_titles(self, painter: QPainter, at: QPointF, x0: float, row0: int, row1: int,
                      titles: list[str]) -> None:
        """Draw the titles of ``titles`` (ids) whole, with the piece of bar under a title inside its bar.

        Only a solid (build) bar holds its title, so drawing that piece twice changes nothing.
        """
        timeline = self.timeline
        rows = {row.initiative_id: i for i, row in enumerate(self.rows[row0:row1], row0) if row.initiative_id}
        for iid in titles:
            if iid not in rows:
                continue
            box = timeline.title_box(iid)
            left = max(x0, box.left() - 2)
            painter.save()
            painter.translate(at.x() - x0, at.y() - row0 * ROW_H)
            painter.setClipRect(QRectF(left, timeline.row_top(rows[iid]), box.right() + 2 - left, ROW_H))
            timeline.draw_item(painter, iid)
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
