"""The roadmap: initiatives on a timeline in lanes, with dependencies, scheduled by the core.

The view paints only what is on screen, straight from the document and its cached schedule:
rows, bars and arrows are computed for the exposed rectangle on each paint, so a plan of
thousands scrolls and zooms at the speed of the few dozen rows in sight. Geometry (rows, time
periods, snapping, arrow routes, conflicts) comes from planner.roadmap_layout.

Dragging a bar pins its start there (as typing a start in the table does); dragging its right
edge changes the duration; dragging from the small handle past its end onto another bar makes a
dependency. Each drag is one undo step.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGraphicsScene, QGraphicsView, QHBoxLayout, QLabel, QMenu, QToolButton,
    QToolTip, QVBoxLayout, QWidget,
)

from planner.document import Document
from planner.edits import AddDependency, Change, RemoveDependency, SetFields
from planner.errors import PlanError
from planner.model import Dependency
from planner.palette import CONFLICT, CRITICAL, DECISION_COLOURS
from planner.roadmap_layout import (
    ZOOM_LEVELS, Row, TimeAxis, arrow_route, bar_span, dependency_conflicts, fit_zoom, header_rows,
    roadmap_rows, snap_date, snap_unit,
)
from ui.undo_commands import push_edit

ROW_H = 26
HEADER_H = 44          # two rows of period labels
LEFT_PAD_DAYS = 14     # room before the plan start
HANDLE = 9             # the link handle's size, just past a bar's end
EDGE = 6               # grab width of a bar's right edge
LOAD_H = 70            # the run-load strip along the bottom
COLOURS = {d: DECISION_COLOURS[d] for d in ("build", "join", "undecided")}  # ignored initiatives are left off
GRID = "#e2e2e2"
TEXT = "#1a1a1a"


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


class RoadmapView(QGraphicsView):
    """The timeline. Options: grouping, time unit (zoom), relative labels, critical path."""

    selection_changed = Signal(list)
    message = Signal(str)

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.document, self.undo_stack = document, undo_stack
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.grouping = "lane"
        self.collapsed: set[str] = set()
        self.relative_labels = False
        self.show_critical = False
        self.zoom = [unit for unit, _ in ZOOM_LEVELS].index("month")  # an index into ZOOM_LEVELS
        self.selected: list[str] = []
        self.rows: list[Row] = []
        self.parked = 0
        self._row_of: dict[str, int] = {}
        self._conflicts: dict[tuple[str, str], int] | None = None
        self._load: list[tuple[dt.date, float]] | None = None
        self.show_load = True
        self._rects: dict[str, QRectF | None] | None = None
        self._drag: dict | None = None
        self._drags = itertools.count(1)
        self.font_ = QFont()
        self.font_.setPixelSize(12)
        self.bold = QFont(self.font_)
        self.bold.setBold(True)
        self.metrics = QFontMetricsF(self.font_)
        document.subscribe(after=self._document_changed)
        self.relayout()

    # ------------------------------------------------------------ layout

    @property
    def unit(self) -> str:
        return ZOOM_LEVELS[self.zoom][0]

    @property
    def px_per_day(self) -> float:
        return ZOOM_LEVELS[self.zoom][1]

    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day the timeline shows: the plan start to the schedule's end."""
        plan, schedule = self.document.plan, self.document.schedule
        first = plan.start - dt.timedelta(days=LEFT_PAD_DAYS)
        last = plan.start + dt.timedelta(days=180)
        if schedule is not None and schedule.items:
            first = min(first, min(s.earliest_start for s in schedule.items.values()) - dt.timedelta(days=LEFT_PAD_DAYS))
            last = max(last, schedule.finish + dt.timedelta(days=60))
        return first, last

    def relayout(self) -> None:
        """Recompute rows and the timeline's extent, then repaint."""
        self.rows, self.parked = roadmap_rows(self.document.plan, self.grouping, frozenset(self.collapsed))
        self._row_of = {row.initiative_id: i for i, row in enumerate(self.rows) if row.initiative_id}
        # Dependencies by the rows they span, lowest first: a paint looks only at those that
        # can reach the rows in view.
        spans = []
        for dep in self.document.plan.dependencies:
            a, b = self._row_of.get(dep.from_), self._row_of.get(dep.to)
            if a is not None and b is not None:
                spans.append((min(a, b), max(a, b), dep))
        spans.sort(key=lambda span: span[0])
        self._spans, self._span_starts = spans, [span[0] for span in spans]
        self._conflicts = self._load = None
        self.refit()

    def refit(self) -> None:
        """Recompute the timeline's extent at the current zoom, keeping the rows; repaint."""
        self._rects = None
        self._first, self._last = self.span()
        self.axis = TimeAxis(self._first, self.px_per_day)
        width = self.axis.x(self._last + dt.timedelta(days=1))
        # Room below the last row, so the run-load strip never covers it.
        bottom = ROW_H + (LOAD_H if self.show_load and self.load() else 0)
        self.setSceneRect(0, 0, max(width, 10), HEADER_H + len(self.rows) * ROW_H + bottom)
        self.viewport().update()

    def set_zoom(self, index: int, anchor_x: float | None = None) -> None:
        """Zoom to ZOOM_LEVELS[index], keeping the day under ``anchor_x`` (viewport x) in place."""
        index = max(0, min(len(ZOOM_LEVELS) - 1, index))
        if index == self.zoom:
            return
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day = self.axis.day_at(self.mapToScene(int(anchor_x), 0).x())
        self.zoom = index
        self.refit()
        self.horizontalScrollBar().setValue(int(self.axis.x(day) - anchor_x))

    def set_unit(self, unit: str) -> None:
        for i, (u, _) in enumerate(ZOOM_LEVELS):
            if u == unit:
                self.set_zoom(i)
                return

    def fit(self) -> None:
        """Zoom so the whole schedule fits the width."""
        schedule = self.document.schedule
        if schedule is None or not schedule.items:
            return
        first = min(s.earliest_start for s in schedule.items.values())
        unit, px = fit_zoom(first, schedule.finish, max(200, self.viewport().width() - 40))
        self.set_zoom(next(i for i, level in enumerate(ZOOM_LEVELS) if level == (unit, px)))
        self.horizontalScrollBar().setValue(int(self.axis.x(first)) - 20)

    def set_option(self, name: str, value) -> None:
        setattr(self, name, value)
        self.relayout()

    def toggle_group(self, group: str) -> None:
        self.collapsed ^= {group}
        self.relayout()

    def _document_changed(self, change: Change) -> None:
        self._conflicts = self._rects = self._load = None
        if change.kind == "fields" and not ({"title", "decision", "lane", "owner"} & set(change.fields)):
            # Rows stay; dates may move. The timeline grows only if the schedule now runs past it.
            if change.moves_dates and self.span() != (self._first, self._last):
                self.refit()
            else:
                self.viewport().update()
            return
        self.relayout()

    # ------------------------------------------------------------ geometry of one initiative

    def row_top(self, index: int) -> float:
        return HEADER_H + index * ROW_H

    def bar_rect(self, iid: str) -> QRectF | None:
        """The bar's rectangle in scene coordinates; None when it is not on the timeline."""
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
        item = self.document.plan.initiatives[self.document.row_of(iid)]
        first, end = bar_span(entry, item.is_milestone)
        x0, x1 = self.axis.x(first), self.axis.x(end)
        top = self.row_top(row) + 5
        if first == end:  # a milestone: a diamond centred on its day
            half = (ROW_H - 10) / 2
            return QRectF(x0 - half, top, 2 * half, ROW_H - 10)
        return QRectF(x0, top, max(x1 - x0, 2), ROW_H - 10)

    def conflicts(self) -> dict[tuple[str, str], int]:
        if self._conflicts is None:
            schedule = self.document.schedule
            self._conflicts = dependency_conflicts(self.document.plan, schedule) if schedule else {}
        return self._conflicts

    # ------------------------------------------------------------ painting

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("#ffffff"))
        first_row = max(0, int((rect.top() - HEADER_H) // ROW_H))
        last_row = min(len(self.rows) - 1, int((rect.bottom() - HEADER_H) // ROW_H) + 1)
        # Period lines under everything.
        lower = header_rows(self.unit, self.axis.day_at(rect.left()), self.axis.day_at(rect.right()))[1]
        painter.setPen(QPen(QColor(GRID), 1))
        for period in lower:
            x = self.axis.x(period.start)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        plan, schedule = self.document.plan, self.document.schedule
        for i in range(first_row, last_row + 1):
            row, top = self.rows[i], self.row_top(i)
            if row.kind == "group":
                painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_H), QColor("#eef1f5"))
                continue
            if row.initiative_id in self.selected:
                painter.fillRect(QRectF(rect.left(), top, rect.width(), ROW_H), QColor("#fff4c2"))
        today = dt.date.today()
        if self._first <= today <= self._last:
            x = self.axis.x(today)
            painter.setPen(QPen(QColor("#e08a00"), 1.5, Qt.PenStyle.DashDotLine))  # today: amber, not a red
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        if schedule is None:
            return
        self._draw_arrows(painter, rect, first_row, last_row)
        for i in range(first_row, last_row + 1):
            row = self.rows[i]
            if row.kind == "item":
                self._draw_bar(painter, plan.initiatives[self.document.row_of(row.initiative_id)],
                               schedule.items.get(row.initiative_id))

    def _draw_bar(self, painter: QPainter, item, entry) -> None:
        rect = self.bar_rect(item.id)
        if rect is None:
            return
        colour = QColor(COLOURS.get(item.decision, "#777777"))
        critical = self.show_critical and entry.critical
        pen = QPen(QColor(CRITICAL) if critical else colour, 2.5 if critical else 1.2)
        if item.decision == "undecided":
            pen.setStyle(Qt.PenStyle.DashLine)  # tentative: an outline, not a solid bar
            brush = QBrush(QColor(colour.red(), colour.green(), colour.blue(), 40))
        elif item.decision == "join":
            brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)  # joining others: hatched
        else:
            brush = QBrush(colour)
        painter.setPen(pen)
        painter.setBrush(brush)
        if item.is_milestone:
            c = rect.center()
            h = rect.height() / 2
            painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - h), QPointF(c.x() + h, c.y()),
                                           QPointF(c.x(), c.y() + h), QPointF(c.x() - h, c.y())]))
        else:
            painter.drawRoundedRect(rect, 3, 3)
        if item.fixed_start:  # a pin: a small triangle at the start
            painter.setBrush(QBrush(QColor(TEXT)))
            painter.setPen(Qt.PenStyle.NoPen)
            x, y = rect.left(), rect.top() - 1
            painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + 6, y), QPointF(x, y + 6)]))
        text = item.title
        width = self.metrics.horizontalAdvance(text) + 8
        painter.setFont(self.font_)
        if not item.is_milestone and width <= rect.width() and item.decision == "build":
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        else:
            box = QRectF(rect.right() + HANDLE + 4, rect.top() - 3, width + 4, rect.height() + 6)
            # A backing in the row's colour, so arrows passing under the title do not strike it through.
            backing = QColor("#fff4c2" if item.id in self.selected else "#ffffff")
            backing.setAlpha(225)
            painter.fillRect(box.adjusted(-2, 3, -4, -3), backing)
            painter.setPen(QColor(TEXT))
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if item.id in self.selected:
            painter.setPen(QPen(QColor(TEXT), 1))
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawEllipse(self._handle_rect(rect))

    def _handle_rect(self, bar: QRectF) -> QRectF:
        return QRectF(bar.right() + 2, bar.center().y() - HANDLE / 2, HANDLE, HANDLE)

    def _routes(self, rect: QRectF, first_row: int, last_row: int):
        """Yield (dependency, points) of arrows that can cross ``rect``."""
        schedule = self.document.schedule
        for low, high, dep in self._spans[:bisect.bisect_right(self._span_starts, last_row)]:
            if high < first_row:
                continue
            ra, rb = self.bar_rect(dep.from_), self.bar_rect(dep.to)
            if ra is None or rb is None or dep.from_ not in schedule.items:
                continue
            points = arrow_route((ra.right(), ra.center().y()), (rb.left(), rb.center().y()), ROW_H)
            xs = [p[0] for p in points]
            if max(xs) < rect.left() or min(xs) > rect.right():
                continue
            yield dep, points

    def _draw_arrows(self, painter: QPainter, rect: QRectF, first_row: int, last_row: int) -> None:
        """All arrows in view as straight segments, one drawLines call per look.

        Separate lines stroke in linear time; one big path of thousands of arrows does not.
        """
        conflicts = self.conflicts()
        schedule = self.document.schedule.items
        looks = {"plain": (QColor("#6f6f6f"), 1.1), "critical": (QColor(CRITICAL), 2.0),
                 "conflict": (QColor(CONFLICT), 2.0)}
        segments: dict[str, list[QLineF]] = {look: [] for look in looks}
        for dep, points in self._routes(rect, first_row, last_row):
            if (dep.from_, dep.to) in conflicts:
                look = "conflict"
            elif self.show_critical and schedule[dep.from_].critical and schedule[dep.to].critical:
                look = "critical"
            else:
                look = "plain"
            out = segments[look]
            for (x0, y0), (x1, y1) in zip(points, points[1:]):
                out.append(QLineF(x0, y0, x1, y1))
            x, y = points[-1]
            out.append(QLineF(x - 6, y - 3.5, x, y))  # the head: two short strokes
            out.append(QLineF(x - 6, y + 3.5, x, y))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # straight lines: crisp and fast
        for look, (colour, width) in looks.items():
            if segments[look]:
                painter.setPen(QPen(colour, width, Qt.PenStyle.DashLine if look == "conflict" else Qt.PenStyle.SolidLine))
                painter.drawLines(segments[look])
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The time header and the lane names stay in view while the timeline scrolls."""
        view = self.mapToScene(self.viewport().rect()).boundingRect()
        self.draw_time_header(painter, view)
        self.draw_lane_names(painter, view)
        if self.show_load:
            self.draw_load(painter, view)
        self.draw_parked(painter, view)

    # The three parts of the foreground take the visible rectangle in scene coordinates, so an
    # export can draw them for any slice of the timeline with a translated painter.

    def draw_time_header(self, painter: QPainter, view_rect: QRectF) -> None:
        """Draw the two rows of period labels across the top of ``view_rect`` (scene coordinates)."""
        view = view_rect
        top, left = view.top(), view.left()
        painter.fillRect(QRectF(view.left(), top, view.width(), HEADER_H), QColor("#f6f6f6"))
        origin = self.document.plan.start if self.relative_labels else None
        # Periods only as far as the timeline reaches, not across the empty space beside it.
        right = min(view.right(), self.sceneRect().right())
        upper, lower = header_rows(self.unit, self.axis.day_at(view.left()), self.axis.day_at(max(right - 1, view.left())), origin)
        painter.setFont(self.font_)
        for periods, y, h, font in ((upper, top, HEADER_H / 2, self.bold), (lower, top + HEADER_H / 2, HEADER_H / 2, self.font_)):
            painter.setFont(font)
            for period in periods:
                x0, x1 = self.axis.x(period.start), self.axis.x(period.end)
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
                painter.drawLine(QPointF(x0, y), QPointF(x0, y + h))
                painter.setPen(QColor(TEXT))
                # A label stays at the left of the visible part of its period, and is left out
                # where it does not fit whole: a cut "Apr 202" reads as a different date.
                lx = max(x0, left) + 3
                room = min(x1, right) - lx - 1
                if QFontMetricsF(font).horizontalAdvance(period.label) <= room:
                    painter.drawText(QRectF(lx, y, room, h), Qt.AlignmentFlag.AlignVCenter, period.label)
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(view.left(), top + HEADER_H), QPointF(view.right(), top + HEADER_H))

    def draw_lane_names(self, painter: QPainter, view_rect: QRectF) -> None:
        """Draw each group's name at the left of ``view_rect``, on its row, below the header."""
        view = view_rect
        top, left = view.top(), view.left()
        first_row = max(0, int((view.top() - HEADER_H) // ROW_H))
        last_row = min(len(self.rows) - 1, int((view.bottom() - HEADER_H) // ROW_H) + 1)
        painter.setFont(self.bold)
        for i in range(first_row, last_row + 1):
            row = self.rows[i]
            y = self.row_top(i)
            if row.kind != "group" or y < top + HEADER_H - 1:
                continue
            marker = "▸" if row.collapsed else "▾"
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(left + 6, y, 600, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                             f"{marker} {row.label} ({row.count})")

    def parked_text(self) -> str | None:
        """The note on initiatives left off the timeline as decided ignore; None when there are none."""
        return f"{self.parked} parked (decided ignore), not on the timeline" if self.parked else None

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
            end = load[n + 1][0] if n + 1 < len(load) else _next_month(month)
            x0, x1 = self.axis.x(month), self.axis.x(end)
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
        label = "Run effort per month" + (f" (capacity {capacity:g}, dashed)" if capacity is not None else "")
        painter.drawText(QRectF(view.left() + 6, top + 2, 500, 16), Qt.AlignmentFlag.AlignVCenter, label)

    def draw_parked(self, painter: QPainter, view_rect: QRectF) -> None:
        """Draw the parked count in the bottom right corner of ``view_rect``."""
        text = self.parked_text()
        if text:
            view = view_rect
            if self.show_load and self.load():
                view = view.adjusted(0, 0, 0, -LOAD_H)  # above the run-load strip
            painter.setFont(self.font_)
            painter.setPen(QColor("#5c5c5c"))
            painter.drawText(QRectF(view.right() - 420, view.bottom() - 22, 410, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    # ------------------------------------------------------------ hit testing

    def hit(self, pos: QPointF) -> tuple[str, str] | None:
        """What is at scene ``pos``: ("group", key), ("handle"|"edge"|"bar", id) or None."""
        index = int((pos.y() - HEADER_H) // ROW_H)
        if pos.y() < HEADER_H or not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        if row.kind == "group":
            return "group", row.group
        rect = self.bar_rect(row.initiative_id)
        if rect is None:
            return None
        if row.initiative_id in self.selected and self._handle_rect(rect).adjusted(-3, -3, 3, 3).contains(pos):
            return "handle", row.initiative_id
        if rect.width() > 2 * EDGE and abs(pos.x() - rect.right()) <= EDGE and rect.top() <= pos.y() <= rect.bottom():
            return "edge", row.initiative_id
        if rect.adjusted(-2, -2, 2, 2).contains(pos):
            return "bar", row.initiative_id
        return None

    def dependency_at(self, pos: QPointF, tolerance: float = 4.0):
        """The dependency whose arrow passes within ``tolerance`` px of scene ``pos``, or None."""
        area = QRectF(pos.x() - ROW_H, pos.y() - ROW_H, 2 * ROW_H, 2 * ROW_H)
        first_row = max(0, int((area.top() - HEADER_H) // ROW_H))
        last_row = min(len(self.rows) - 1, int((area.bottom() - HEADER_H) // ROW_H))
        for dep, points in self._routes(area, first_row, last_row):
            for (x0, y0), (x1, y1) in zip(points, points[1:]):
                if min(x0, x1) - tolerance <= pos.x() <= max(x0, x1) + tolerance \
                        and min(y0, y1) - tolerance <= pos.y() <= max(y0, y1) + tolerance:
                    return dep
        return None

    # ------------------------------------------------------------ selection

    def select_ids(self, ids) -> None:
        ids = list(ids)
        if ids != self.selected:
            self.selected = ids
            self.viewport().update()

    def scroll_to(self, iid: str) -> None:
        rect = self.bar_rect(iid)
        if rect is not None:
            self.ensureVisible(rect, 60, 40)

    def _select(self, ids: list[str]) -> None:
        self.select_ids(ids)
        self.selection_changed.emit(list(ids))

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        pos = self.mapToScene(event.position().toPoint())
        hit = self.hit(pos)
        if hit is None:
            if self.selected:
                self._select([])
            return
        kind, key = hit
        if kind == "group":
            self.toggle_group(key)
            return
        if key not in self.selected or kind != "handle":
            self._select([key])
        item = self.document.plan.initiatives[self.document.row_of(key)]
        entry = self.document.schedule.items[key]
        self._drag = {"kind": kind, "id": key, "x": pos.x(), "start": entry.earliest_start,
                      "duration": item.duration_days, "merge": ("roadmap drag", next(self._drags)), "to": None}

    def mouseMoveEvent(self, event) -> None:
        pos = self.mapToScene(event.position().toPoint())
        drag = self._drag
        if drag is None:
            hit = self.hit(pos)
            shape = {"edge": Qt.CursorShape.SizeHorCursor, "bar": Qt.CursorShape.OpenHandCursor,
                     "handle": Qt.CursorShape.CrossCursor, "group": Qt.CursorShape.PointingHandCursor}
            self.viewport().setCursor(shape.get(hit[0], Qt.CursorShape.ArrowCursor) if hit else Qt.CursorShape.ArrowCursor)
            return
        days = round((pos.x() - drag["x"]) / self.px_per_day)
        item = self.document.plan.initiatives[self.document.row_of(drag["id"])]
        unit = snap_unit(self.px_per_day)
        if drag["kind"] == "bar":
            start = snap_date(drag["start"] + dt.timedelta(days=days), unit)
            if start != item.start or not item.fixed_start:
                self._push(SetFields(item.id, {"start": start, "fixed_start": True}),
                           f"Move ‘{item.title}’ on the roadmap", drag["merge"])
        elif drag["kind"] == "edge":
            end = snap_date(drag["start"] + dt.timedelta(days=drag["duration"] + days), unit)
            duration = max(0, (end - drag["start"]).days)
            if duration != item.duration_days:
                self._push(SetFields(item.id, {"duration_days": duration}),
                           f"Change the duration of ‘{item.title}’", drag["merge"])
        else:
            hit = self.hit(pos)
            drag["to"] = hit[1] if hit and hit[0] in ("bar", "edge") and hit[1] != drag["id"] else None
            drag["pos"] = pos
            self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return super().mouseReleaseEvent(event)
        if drag["kind"] == "handle":
            self.viewport().update()
            if drag["to"] is not None:
                titles = [self.document.plan.initiatives[self.document.row_of(i)].title for i in (drag["id"], drag["to"])]
                self._push(AddDependency(Dependency(drag["id"], drag["to"])),
                           f"Make ‘{titles[1]}’ wait for ‘{titles[0]}’")

    def _push(self, edit, text: str, merge=None) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit, text, merge)
        except PlanError as e:
            self.message.emit(str(e))
            return False
        return True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        drag = self._drag
        if drag and drag["kind"] == "handle" and drag.get("pos") is not None:
            start = self.bar_rect(drag["id"])
            if start is None:
                return
            painter = QPainter(self.viewport())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(TEXT), 1.5, Qt.PenStyle.DashLine))
            a = self.mapFromScene(QPointF(start.right(), start.center().y()))
            b = self.mapFromScene(drag["pos"])
            painter.drawLine(a, b)
            painter.end()

    # ------------------------------------------------------------ keys, wheel, menus, tips

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1 if event.angleDelta().y() > 0 else -1
            self.set_zoom(self.zoom + step, event.position().x())
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event) -> None:
        pos = self.mapToScene(event.pos())
        plan = self.document.plan
        hit = self.hit(pos)
        menu = QMenu(self)
        if hit and hit[0] in ("bar", "edge", "handle"):
            item = plan.initiatives[self.document.row_of(hit[1])]
            if item.fixed_start:
                menu.addAction(f"Unpin ‘{item.title}’: start as early as possible").triggered.connect(
                    lambda: self._push(SetFields(item.id, {"fixed_start": False}), f"Unpin ‘{item.title}’"))
        dep = self.dependency_at(pos)
        if dep is not None:
            a, b = (plan.initiatives[self.document.row_of(i)].title for i in (dep.from_, dep.to))
            menu.addAction(f"Remove dependency ‘{a}’ → ‘{b}’").triggered.connect(
                lambda: self.remove_dependency(dep))
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def remove_dependency(self, dep) -> bool:
        """Remove ``dep`` as one undo step named after the two initiatives."""
        plan = self.document.plan
        a, b = (plan.initiatives[self.document.row_of(i)].title for i in (dep.from_, dep.to))
        return self._push(RemoveDependency(dep.from_, dep.to), f"Remove dependency ‘{a}’ → ‘{b}’")

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(self.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPointF) -> str | None:
        plan, schedule = self.document.plan, self.document.schedule
        hit = self.hit(pos)
        if hit and hit[0] in ("bar", "edge", "handle"):
            item = plan.initiatives[self.document.row_of(hit[1])]
            entry = schedule.items[hit[1]]
            lines = [item.title, f"{entry.earliest_start} – {entry.earliest_finish} "
                                 f"({item.duration_days} day{'s' if item.duration_days != 1 else ''})",
                     f"Slack: {entry.slack_days} day{'s' if entry.slack_days != 1 else ''}"
                     + (" · on the critical path" if entry.critical else "")]
            if item.fixed_start:
                lines.append(f"Start pinned to {item.start}")
            return "\n".join(lines)
        dep = self.dependency_at(pos)
        if dep is not None:
            a, b = (plan.initiatives[self.document.row_of(i)].title for i in (dep.from_, dep.to))
            late = self.conflicts().get((dep.from_, dep.to))
            text = f"‘{b}’ waits for ‘{a}’" + (f", {dep.lag_days} days after" if dep.lag_days else "")
            if late:
                text += (f"\n‘{b}’ is pinned {late} day{'s' if late != 1 else ''} before ‘{a}’ allows; "
                         "the schedule starts it later")
            return text
        return None


class RoadmapPanel(QWidget):
    """The roadmap with its options above it."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.view = RoadmapView(document, undo_stack, self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Group by:"))
        self.grouping = QComboBox()
        for key, label in (("lane", "Lane"), ("decision", "Decision"), ("owner", "Owner"), ("objective", "Objective")):
            self.grouping.addItem(label, key)
        self.grouping.currentIndexChanged.connect(
            lambda: self.view.set_option("grouping", self.grouping.currentData()))
        bar.addWidget(self.grouping)
        bar.addSpacing(12)
        bar.addWidget(QLabel("Scale:"))
        self.scale = QComboBox()
        for unit, label in (("week", "Weeks"), ("month", "Months"), ("quarter", "Quarters"),
                            ("half", "Half-years"), ("year", "Years")):
            self.scale.addItem(label, unit)
        self.scale.setCurrentIndex(self.scale.findData(self.view.unit))
        self.scale.currentIndexChanged.connect(lambda: self.view.set_unit(self.scale.currentData()))
        bar.addWidget(self.scale)
        self.fit_button = QToolButton(text="Fit")
        self.fit_button.setToolTip("Zoom so the whole plan fits (Ctrl+wheel zooms)")
        self.fit_button.clicked.connect(self._fit)
        bar.addWidget(self.fit_button)
        bar.addSpacing(12)
        self.relative = QCheckBox("Relative periods")
        self.relative.setToolTip("Label periods Month 1, Q1 … from the plan start, as in a proposal")
        self.relative.toggled.connect(lambda on: self.view.set_option("relative_labels", on))
        self.critical = QCheckBox("Critical path")
        self.critical.toggled.connect(lambda on: self.view.set_option("show_critical", on))
        self.load = QCheckBox("Run load")
        self.load.setToolTip("Effort per month to keep launched initiatives running, against the capacity")
        self.load.setChecked(True)
        self.load.toggled.connect(lambda on: self.view.set_option("show_load", on))
        bar.addWidget(self.relative)
        bar.addWidget(self.critical)
        bar.addWidget(self.load)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _fit(self) -> None:
        self.view.fit()
        self.scale.blockSignals(True)
        self.scale.setCurrentIndex(self.scale.findData(self.view.unit))
        self.scale.blockSignals(False)
