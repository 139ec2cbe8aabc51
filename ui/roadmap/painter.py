"""The roadmap's one painter: a plan's timeline drawn onto any QPainter.

The window's view, the picture and PDF export and printing all draw with it; only the device
differs. It keeps the layout for one set of options (rows, time axis, bar rectangles) in
timeline coordinates, the timeline's first day at x 0 and the header's top at y 0, the rows
below it, as in the view's scene. Each part draws only what lies in the rectangle it is given,
so a plan of thousands paints at the speed of the few dozen rows in sight. Geometry (rows,
span, periods, arrow routes, conflicts) comes from planner.roadmap_layout.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from planner.arrow_routing import bar_box
from planner.document import Document
from planner.palette import CONFLICT, CRITICAL, DECISION_COLOURS
from planner.roadmap_layout import (
    ZOOM_LEVELS, Row, TimeAxis, bar_xs, dependency_conflicts, header_rows, roadmap_rows, timeline_span,
)
from ui.matrix.theme import shown_number
from ui.roadmap.arrows import ARROW, Arrows, draw_dot, draw_head, heading_text

ROW_H = 26
HEADER_H = 44          # two rows of period labels
HANDLE = 9             # the link handle's size, just past a bar's end
LOAD_H = 70            # the run-load strip along the bottom
COLOURS = {d: DECISION_COLOURS[d] for d in ("build", "join", "undecided")}  # ignored initiatives are left off
TODAY = "#e08a00"      # amber, not a red: it is no warning
GRID = "#e2e2e2"
TEXT = "#1a1a1a"


def roadmap_text(text: str) -> str:
    """Return ``text``, marked QT_TRANSLATE_NOOP("Roadmap", …), in the language in use."""
    return QCoreApplication.translate("Roadmap", text)


_ELIDE_INSIDE = 120    # a bar at least this wide holds its title, elided, in a picture


def _month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month (December 9999 has no month after it to count back from)."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def handle_rect(bar: QRectF) -> QRectF:
    """The link handle of a selected bar: a small circle just past its end."""
    return QRectF(bar.right() + 2, bar.center().y() - HANDLE / 2, HANDLE, HANDLE)


def bar_look(decision: str, critical: bool) -> tuple[QPen, QBrush]:
    """The pen and brush of a bar: solid for build, hatched for join, a pale dashed outline for undecided."""
    colour = QColor(COLOURS.get(decision, "#777777"))
    pen = QPen(QColor(CRITICAL) if critical else colour, 2.5 if critical else 1.2)
    if decision == "undecided":
        pen.setStyle(Qt.PenStyle.DashLine)  # tentative: an outline, not a solid bar
        brush = QBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
    elif decision == "join":
        brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)  # joining others: hatched
    else:
        brush = QBrush(colour)
    return pen, brush


def _diamond(rect: QRectF) -> QPolygonF:
    c, h = rect.center(), rect.height() / 2
    return QPolygonF([QPointF(c.x(), c.y() - h), QPointF(c.x() + h, c.y()),
                      QPointF(c.x(), c.y() + h), QPointF(c.x() - h, c.y())])


def _draw_pin(painter: QPainter, bar: QRectF) -> None:
    """A pinned start: a small triangle at the bar's start."""
    painter.setBrush(QBrush(QColor(TEXT)))
    painter.setPen(Qt.PenStyle.NoPen)
    x, y = bar.left(), bar.top() - 1
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + 6, y), QPointF(x, y + 6)]))


def draw_sample(painter: QPainter, kind: str, r: QRectF) -> None:
    """Draw a legend sample of ``kind`` in ``r``, as the timeline draws that mark.

    Kinds: a decision, "critical", "pinned", "milestone", "arrow", "conflict", "stub" and "today".
    """
    painter.save()
    if kind in COLOURS or kind in ("critical", "pinned"):
        pen, brush = bar_look(kind if kind in COLOURS else "build", kind == "critical")
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRoundedRect(r, 3, 3)
        if kind == "pinned":
            _draw_pin(painter, r)
    elif kind == "milestone":
        pen, brush = bar_look("build", False)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPolygon(_diamond(r))
    elif kind in ("arrow", "conflict"):
        colour = QColor(CONFLICT if kind == "conflict" else ARROW)
        painter.setPen(QPen(colour, 2 if kind == "conflict" else 1.1,
                            Qt.PenStyle.DashLine if kind == "conflict" else Qt.PenStyle.SolidLine))
        y, x = r.center().y(), r.right()
        lines = [QLineF(r.left(), y, x, y)]
        draw_head(lines, x, y)
        painter.drawLines(lines)
    elif kind == "stub":  # a loose end out of one bar, an arrow with a loose end into another
        colour = QColor(ARROW)
        painter.setPen(QPen(colour, 1.1))
        y, x = r.center().y(), r.right()
        lines = [QLineF(r.left(), y, r.left() + 6, y), QLineF(x - 12, y, x, y)]
        draw_head(lines, x, y)
        painter.drawLines(lines)
        draw_dot(painter, colour, r.left() + 6, y)
        draw_dot(painter, colour, x - 12, y)
    elif kind == "today":
        painter.setPen(QPen(QColor(TODAY), 1.5, Qt.PenStyle.DashDotLine))
        x = r.center().x()
        painter.drawLine(QPointF(x, r.top() - 3), QPointF(x, r.bottom() + 3))
    painter.restore()


class RoadmapPainter:
    """Lays out and draws the roadmap of ``document``'s plan and schedule for one set of options.

    The options are attributes: ``grouping``, ``collapsed`` groups, ``zoom`` (an index into
    ZOOM_LEVELS), ``relative_labels``, ``show_critical``, ``show_load`` (the run-load strip),
    ``selected`` initiatives, and ``range``, the days shown when they are not the plan's
    timeline_span. Pictures may also set ``day_px`` (pixels a day, instead of the zoom level's),
    ``title_limit`` (the widest a title is drawn, elided past it), ``title_room`` (how far
    past the timeline's end titles run anyway, so a title may go beside its bar there) and ``untitled`` (ids whose
    title is drawn elsewhere, as on the page before a seam). Call relayout() before drawing and after changing an option other than the
    selection; refit() when only the dates can have moved; forget() after any change to the plan.
    The painter reads the document and never subscribes to it.
    """

    row_h = ROW_H

    def __init__(self, document: Document):
        self.document = document
        self.arrows = Arrows(self)
        self.grouping = "lane"
        self.collapsed: set[str] = set()
        self.relative_labels = False
        self.show_critical = False
        self.show_load = True
        self.zoom = [unit for unit, _ in ZOOM_LEVELS].index("month")
        self.selected: list[str] = []
        self.range: tuple[dt.date, dt.date] | None = None
        self.day_px: float | None = None
        self.title_limit: float | None = None
        self.title_room = 0.0
        self.untitled: frozenset[str] = frozenset()
        self.rows: list[Row] = []
        self.parked = 0
        self._row_of: dict[str, int] = {}
        self._conflicts: dict[tuple[str, str], int] | None = None
        self._load: list[tuple[dt.date, float]] | None = None
        self._rects: dict[str, QRectF | None] | None = None
        self.font_ = QFont()
        self.font_.setPixelSize(12)
        self.bold = QFont(self.font_)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font_)

    # ------------------------------------------------------------ layout

    @property
    def unit(self) -> str:
        return ZOOM_LEVELS[self.zoom][0]

    @property
    def px_per_day(self) -> float:
        return self.day_px or ZOOM_LEVELS[self.zoom][1]

    @property
    def origin(self) -> dt.date | None:
        """The day relative periods count from, the plan's start; None for calendar periods."""
        return self.document.plan.start if self.relative_labels else None

    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day the timeline shows: ``range``, or the plan's timeline_span."""
        return self.range or timeline_span(self.document.plan, self.document.schedule)

    def relayout(self) -> None:
        """Recompute the rows, then the timeline's extent."""
        self.rows, self.parked = roadmap_rows(self.document.plan, self.grouping, frozenset(self.collapsed))
        self._row_of = {row.initiative_id: i for i, row in enumerate(self.rows) if row.initiative_id}
        self._conflicts = self._load = None
        self.arrows.forget(rows=True)
        self.refit()

    def refit(self) -> None:
        """Recompute the timeline's extent at the current zoom, keeping the rows."""
        self._rects = None
        self.first, self.last = self.span()
        self.axis = TimeAxis(self.first, self.px_per_day)
        self.width = max(self.axis.x_after(self.last), 10)

    def forget(self) -> None:
        """Drop what was computed from the plan's dates and fields, after the plan changed."""
        self._conflicts = self._rects = self._load = None
        self.arrows.forget()

    @property
    def row_of(self) -> dict[str, int]:
        """Each initiative's row."""
        return self._row_of

    def rows_between(self, top: float, bottom: float) -> tuple[int, int]:
        """The first and last row (inclusive) that can show between y ``top`` and ``bottom``."""
        return (max(0, int((top - HEADER_H) // ROW_H)),
                min(len(self.rows) - 1, int((bottom - HEADER_H) // ROW_H) + 1))

    # ------------------------------------------------------------ geometry of one initiative

    def row_top(self, index: int) -> float:
        return HEADER_H + index * ROW_H

    def bar_rect(self, iid: str) -> QRectF | None:
        """The bar's rectangle; None when it is not on the timeline."""
        if self._rects is None:
            self._rects = {}  # until the layout, the zoom or the plan changes
        if iid not in self._rects:
            self._rects[iid] = self._bar_rect(iid)
        return self._rects[iid]

    def _bar_rect(self, iid: str) -> QRectF | None:
        schedule = self.document.schedule
        row = self._row_of.get(iid)
        entry = schedule.items.get(iid) if schedule is not None else None
        if row is None or entry is None:
            return None
        x0, x1 = bar_xs(self.axis, entry, self.document.initiative(iid).is_milestone)
        box = bar_box(x0, x1, self.row_top(row), ROW_H)  # a milestone's diamond
        return QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0)

    def conflicts(self) -> dict[tuple[str, str], int]:
        if self._conflicts is None:
            schedule = self.document.schedule
            self._conflicts = dependency_conflicts(self.document.plan, schedule) if schedule else {}
        return self._conflicts

    def routes(self, rect: QRectF, first_row: int, last_row: int):
        """Yield (dependency, route) of the arrows that can cross ``rect``; a route's ``lines`` are polylines."""
        return self.arrows.in_view(rect, first_row, last_row)

    def title_text(self, title: str) -> str:
        """The title as drawn: elided to ``title_limit`` when one is set."""
        if self.title_limit is None:
            return title
        return self.metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.title_limit)

    def title_placed(self, iid: str) -> tuple[str, bool] | None:
        """The title as drawn and whether it is inside its bar; None without a bar. The arrows route round it."""
        placed = self._title(iid)
        if placed is None:
            return None
        return placed[1], placed[0].right() <= self.bar_rect(iid).right()

    def title_box(self, iid: str) -> QRectF | None:
        """Where the initiative's title is drawn: inside its bar or just past it; None without a bar."""
        placed = self._title(iid)
        return placed[0] if placed else None

    def _title(self, iid: str) -> tuple[QRectF, str] | None:
        rect = self.bar_rect(iid)
        if rect is None:
            return None
        item = self.document.initiative(iid)
        text = self.title_text(item.title)
        width = self.metrics.horizontalAdvance(text) + 8
        solid = not item.is_milestone and item.decision == "build"  # white type reads only on a solid bar
        beside_end = rect.right() + HANDLE + 8 + width
        if (solid and width > rect.width() and self.title_limit is not None and rect.width() >= _ELIDE_INSIDE
                and beside_end > self.width + self.title_room):
            # In a picture a long bar keeps its title inside, elided, rather than run past the timeline.
            text = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 8)
            width = self.metrics.horizontalAdvance(text) + 8
        if solid and width <= rect.width():
            return QRectF(rect.left() + 4, rect.top(), width - 6, rect.height()), text
        return QRectF(rect.right() + HANDLE + 4, rect.top() - 3, width + 4, rect.height() + 6), text

    # ------------------------------------------------------------ the timeline

    def draw_background(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the period lines, row bands, today, arrows and bars that lie in ``rect``."""
        painter.fillRect(rect, QColor("#ffffff"))
        first_row, last_row = self.rows_between(rect.top(), rect.bottom())
        # Period lines under everything.
        lower = header_rows(self.unit, self.axis.day_at(rect.left()), self.axis.day_at(rect.right()), self.origin)[1]
        painter.setPen(QPen(QColor(GRID), 1))
        for period in lower:
            x = self.axis.x(period.start)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        schedule = self.document.schedule
        for i in range(first_row, last_row + 1):
            row, top = self.rows[i], self.row_top(i)
            if row.kind == "group":
                painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_H), QColor("#eef1f5"))
                continue
            if row.initiative_id in self.selected:
                painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_H), QColor("#fff4c2"))
        today = dt.date.today()
        if self.first <= today <= self.last:
            x = self.axis.x(today)
            painter.setPen(QPen(QColor(TODAY), 1.5, Qt.PenStyle.DashDotLine))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        if schedule is None:
            return
        self.arrows.draw(painter, rect, first_row, last_row)
        for i in range(first_row, last_row + 1):
            row = self.rows[i]
            if row.kind == "item":
                self._draw_bar(painter, self.document.initiative(row.initiative_id),
                               schedule.items.get(row.initiative_id))

    def draw_item(self, painter: QPainter, iid: str) -> None:
        """Draw one initiative's bar and title, as draw_background does."""
        self._draw_bar(painter, self.document.initiative(iid), self.document.schedule.items.get(iid))

    def _draw_bar(self, painter: QPainter, item, entry) -> None:
        rect = self.bar_rect(item.id)
        if rect is None:
            return
        pen, brush = bar_look(item.decision, self.show_critical and entry.critical)
        painter.setPen(pen)
        painter.setBrush(brush)
        if item.is_milestone:
            painter.drawPolygon(_diamond(rect))
        else:
            painter.drawRoundedRect(rect, 3, 3)
        if item.fixed_start:
            _draw_pin(painter, rect)
        if item.id not in self.untitled:
            self._draw_title(painter, item, rect)
        if item.id in self.selected:
            painter.setPen(QPen(QColor(TEXT), 1))
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(handle_rect(rect))

    def _draw_title(self, painter: QPainter, item, rect: QRectF) -> None:
        box, text = self._title(item.id)
        painter.setFont(self.font_)
        if box.right() <= rect.right():  # inside its bar
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        else:
            # Arrows are routed round this box (planner.arrow_routing); its backing is for the
            # drag's dashed line and the today line, which cross it.
            backing = QColor("#fff4c2" if item.id in self.selected else "#ffffff")
            if self.title_limit is None:  # a picture has no drag line to show through; today stays under
                backing.setAlpha(225)
            painter.fillRect(box.adjusted(-2, 3, -4, -3), backing)
            painter.setPen(QColor(TEXT))
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    # ------------------------------------------------------------ what stays in view
    # These take the visible rectangle, so the view keeps them in sight while the timeline
    # scrolls, and an export draws them for any slice of the timeline.

    def draw_time_header(self, painter: QPainter, view_rect: QRectF) -> None:
        """Draw the two rows of period labels across the top of ``view_rect``."""
        view = view_rect
        top, left = view.top(), view.left()
        painter.fillRect(QRectF(view.left(), top, view.width(), HEADER_H), QColor("#f6f6f6"))
        origin = self.origin
        # Periods only as far as the timeline reaches, not across the empty space beside it.
        right = min(view.right(), self.width)
        upper, lower = header_rows(self.unit, self.axis.day_at(view.left()), self.axis.day_at(max(right - 1, view.left())), origin)
        painter.setFont(self.font_)
        for periods, y, h, font in ((upper, top, HEADER_H / 2, self.bold), (lower, top + HEADER_H / 2, HEADER_H / 2, self.font_)):
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            # A label stays at the left of the visible part of its period, and is left out
            # where it does not fit whole: a cut "Apr 202" reads as a different date.
            cells = [(p, max(self.axis.x(p.start), left) + 3) for p in periods]
            cells = [(p, lx, min(self.axis.x_after(p.last), right) - lx - 1) for p, lx in cells]
            # One cell too narrow for "Month 11" turns the whole row to "M1, M2 …", so none goes missing.
            short = any(p.short and metrics.horizontalAdvance(p.label) > room for p, _, room in cells
                        if left <= self.axis.x(p.start) and self.axis.x_after(p.last) <= right + 0.5)
            for period, lx, room in cells:
                x0 = self.axis.x(period.start)
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
                painter.drawLine(QPointF(x0, y), QPointF(x0, y + h))
                painter.setPen(QColor(TEXT))
                label = period.short if short and period.short else period.label
                if metrics.horizontalAdvance(label) <= room:
                    painter.drawText(QRectF(lx, y, room, h), Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(view.left(), top + HEADER_H), QPointF(view.right(), top + HEADER_H))

    def draw_lane_names(self, painter: QPainter, view_rect: QRectF) -> None:
        """Draw each group's name at the left of ``view_rect``, on its row, below the header."""
        view = view_rect
        top, left = view.top(), view.left()
        first_row, last_row = self.rows_between(view.top(), view.bottom())
        painter.setFont(self.bold)
        bold = QFontMetricsF(self.bold)
        for i in range(first_row, last_row + 1):
            row = self.rows[i]
            y = self.row_top(i)
            if row.kind != "group" or y < top + HEADER_H - 1:
                continue
            text = heading_text(row)
            # Arrows keep clear of a heading where the timeline starts; scrolled, it rides over them.
            painter.fillRect(QRectF(left + 2, y + 4, bold.horizontalAdvance(text) + 8, ROW_H - 8), QColor("#eef1f5"))
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(left + 6, y, 600, ROW_H), Qt.AlignmentFlag.AlignVCenter, text)

    def parked_text(self) -> str | None:
        """The note on initiatives left off the timeline as decided ignore; None when there are none."""
        return roadmap_text(QT_TRANSLATE_NOOP("Roadmap", "{n} parked (decided ignore), not on the timeline")).format(
            n=self.parked) if self.parked else None

    def load(self) -> list[tuple[dt.date, float]]:
        """Run effort per month (planner.health.monthly_run_load); empty when no initiative has any."""
        if self._load is None:
            schedule = self.document.schedule
            plan = self.document.plan
            if schedule is None or not any(item.run_effort for item in plan.initiatives):
                self._load = []
            else:
                from planner.health import monthly_run_load
                self._load = monthly_run_load(plan, schedule)
        return self._load

    def draw_load(self, painter: QPainter, view_rect: QRectF) -> None:
        """A strip along the bottom: the effort of keeping launched initiatives running, per month,
        against the monthly capacity (the plan health's run-effort check, drawn)."""
        load = self.load()
        if not load:
            return
        capacity = self.document.plan.strategy.monthly_capacity
        view = view_rect
        top = view.bottom() - LOAD_H
        painter.fillRect(QRectF(view.left(), top, view.width(), LOAD_H), QColor("#f6f6f6"))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(view.left(), top), QPointF(view.right(), top))
        highest = max([value for _, value in load] + [capacity or 0]) or 1
        chart_top, chart_h = top + 18, LOAD_H - 22
        for n, (month, value) in enumerate(load):
            if not value:
                continue
            x0 = self.axis.x(month)
            x1 = self.axis.x(load[n + 1][0]) if n + 1 < len(load) else self.axis.x_after(_month_end(month))
            if x1 < view.left() or x0 > view.right():
                continue
            h = chart_h * value / highest
            over = capacity is not None and value > capacity
            painter.fillRect(QRectF(x0 + 1, chart_top + chart_h - h, max(x1 - x0 - 2, 1), h),
                             QColor(CONFLICT if over else "#7a8ca3"))
        if capacity is not None:
            y = chart_top + chart_h - chart_h * capacity / highest
            painter.setPen(QPen(QColor(TEXT), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(view.left(), y), QPointF(view.right(), y))
        painter.setFont(self.font_)
        painter.setPen(QColor(TEXT))
        label = (roadmap_text(QT_TRANSLATE_NOOP("Roadmap", "Run effort per month (capacity {capacity}, dashed)")).format(
            capacity=shown_number(capacity)) if capacity is not None
                 else roadmap_text(QT_TRANSLATE_NOOP("Roadmap", "Run effort per month")))
        painter.drawText(QRectF(view.left() + 6, top + 2, 500, 16), Qt.AlignmentFlag.AlignVCenter, label)

    def parked_rect(self, view_rect: QRectF) -> QRectF:
        """Where the parked count goes: the spare row below the last, in view, where it covers no title."""
        return QRectF(view_rect.left() + 8, self.row_top(len(self.rows)), max(view_rect.width() - 16, 0), ROW_H)

    def draw_parked(self, painter: QPainter, view_rect: QRectF) -> None:
        """Draw the parked count in the row below the last (the scene keeps that row free)."""
        text = self.parked_text()
        if text:
            painter.setFont(self.font_)
            painter.setPen(QColor("#5c5c5c"))
            painter.drawText(self.parked_rect(view_rect), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
