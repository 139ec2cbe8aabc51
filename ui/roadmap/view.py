"""The roadmap: initiatives on a timeline in lanes, with dependencies, scheduled by the core.

The view paints only what is on screen, straight from the document and its cached schedule,
with the roadmap's one painter (ui.roadmap.painter), which the picture export uses too: rows,
bars and arrows are drawn for the exposed rectangle on each paint, so a plan of thousands
scrolls and zooms at the speed of the few dozen rows in sight.

Dragging a bar pins its start there (as typing a start in the table does); dragging its right
edge changes the duration; dragging from the small handle past its end onto another bar makes a
dependency. Each drag is one undo step.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGraphicsScene, QGraphicsView, QLabel, QMenu, QToolButton,
    QToolTip, QVBoxLayout, QWidget,
)

from planner.document import Document
from planner.edits import AddDependency, Change, ChangeKind, RemoveDependency, SetFields
from planner.errors import PlanError
from planner.model import Dependency
from planner.roadmap_layout import ROW_FIELDS, ZOOM_LEVELS, fit_zoom, snap_date, snap_unit
from planner.undo_texts import days
from ui.flow import FlowLayout, add_group
from ui.roadmap.painter import HEADER_H, LOAD_H, ROW_H, TEXT, RoadmapPainter, handle_rect
from ui.undo_commands import push_edit

EDGE = 6               # grab width of a bar's right edge


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
        self.timeline = RoadmapPainter(document)  # the layout and its options
        self._drag: dict | None = None
        self._drags = itertools.count(1)
        document.subscribe(after=self._document_changed)
        self.relayout()

    # ------------------------------------------------------------ layout

    # What the painter lays out, read through the view by the window and the tests.
    unit = property(lambda self: self.timeline.unit)
    px_per_day = property(lambda self: self.timeline.px_per_day)
    axis = property(lambda self: self.timeline.axis)
    rows = property(lambda self: self.timeline.rows)
    parked = property(lambda self: self.timeline.parked)
    zoom = property(lambda self: self.timeline.zoom)
    selected = property(lambda self: self.timeline.selected)
    grouping = property(lambda self: self.timeline.grouping)
    relative_labels = property(lambda self: self.timeline.relative_labels)
    show_critical = property(lambda self: self.timeline.show_critical)
    show_load = property(lambda self: self.timeline.show_load)

    def relayout(self) -> None:
        """Recompute rows and the timeline's extent, then repaint."""
        self.timeline.relayout()
        self._fit_scene()

    def refit(self) -> None:
        """Recompute the timeline's extent at the current zoom, keeping the rows; repaint."""
        self.timeline.refit()
        self._fit_scene()

    def _fit_scene(self) -> None:
        timeline = self.timeline
        # Room below the last row, so the run-load strip never covers it.
        bottom = ROW_H + (LOAD_H if timeline.show_load and timeline.load() else 0)
        self.setSceneRect(0, 0, timeline.width, HEADER_H + len(timeline.rows) * ROW_H + bottom)
        self.viewport().update()

    def set_zoom(self, index: int, anchor_x: float | None = None) -> None:
        """Zoom to ZOOM_LEVELS[index], keeping the day under ``anchor_x`` (viewport x) in place."""
        index = max(0, min(len(ZOOM_LEVELS) - 1, index))
        if index == self.zoom:
            return
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day = self.axis.day_at(self.mapToScene(int(anchor_x), 0).x())
        self.timeline.zoom = index
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
        setattr(self.timeline, name, value)
        self.relayout()

    def toggle_group(self, group: str) -> None:
        self.timeline.collapsed ^= {group}
        self.relayout()

    def _document_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.ROUNDS:
            return  # votes and rounds show no date
        timeline = self.timeline
        timeline.forget()
        if change.kind is ChangeKind.FIELDS and not change.touches(*ROW_FIELDS):
            # Rows stay; dates may move. The timeline grows only if the schedule now runs past it.
            if change.moves_dates and timeline.span() != (timeline.first, timeline.last):
                self.refit()
            else:
                self.viewport().update()
            return
        self.relayout()

    # ------------------------------------------------------------ geometry and painting

    def row_top(self, index: int) -> float:
        return self.timeline.row_top(index)

    def bar_rect(self, iid: str) -> QRectF | None:
        """The bar's rectangle in scene coordinates; None when it is not on the timeline."""
        return self.timeline.bar_rect(iid)

    _handle_rect = staticmethod(handle_rect)

    def conflicts(self) -> dict[tuple[str, str], int]:
        return self.timeline.conflicts()

    def load(self) -> list[tuple[dt.date, float]]:
        """Run effort per month (planner.health.monthly_run_load); empty when no initiative has any."""
        return self.timeline.load()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        self.timeline.draw_background(painter, rect)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The time header and the lane names stay in view while the timeline scrolls."""
        view, timeline = self.mapToScene(self.viewport().rect()).boundingRect(), self.timeline
        timeline.draw_time_header(painter, view)
        timeline.draw_lane_names(painter, view)
        if timeline.show_load:
            timeline.draw_load(painter, view)
        timeline.draw_parked(painter, view)

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
        for dep, route in self.timeline.routes(area, first_row, last_row):
            for line in route.lines:
                for (x0, y0), (x1, y1) in zip(line, line[1:]):
                    if min(x0, x1) - tolerance <= pos.x() <= max(x0, x1) + tolerance \
                            and min(y0, y1) - tolerance <= pos.y() <= max(y0, y1) + tolerance:
                        return dep
        return None

    # ------------------------------------------------------------ selection

    def select_ids(self, ids) -> None:
        ids = list(ids)
        if ids != self.selected:
            self.timeline.selected = ids
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
        item = self.document.initiative(key)
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
        item = self.document.initiative(drag["id"])
        unit = snap_unit(self.px_per_day)
        if drag["kind"] == "bar":
            start = snap_date(_moved(drag["start"], days), unit)
            if start != item.start or not item.fixed_start:
                self._push(SetFields(item.id, {"start": start, "fixed_start": True}), drag["merge"])
        elif drag["kind"] == "edge":
            end = snap_date(_moved(drag["start"], drag["duration"] + days), unit)
            duration = max(0, (end - drag["start"]).days)
            if duration != item.duration_days:
                self._push(SetFields(item.id, {"duration_days": duration}), drag["merge"])
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
                self._push(AddDependency(Dependency(drag["id"], drag["to"])))

    def _push(self, edit, merge=None) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit, merge_key=merge)
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
        hit = self.hit(pos)
        menu = QMenu(self)
        if hit and hit[0] in ("bar", "edge", "handle"):
            item = self.document.initiative(hit[1])
            if item.fixed_start:
                menu.addAction(self.tr("Unpin ‘{title}’: start as early as possible").format(title=item.title)).triggered.connect(
                    lambda: self._push(SetFields(item.id, {"fixed_start": False})))
        dep = self.dependency_at(pos)
        if dep is not None:
            a, b = (self.document.initiative(i).title for i in (dep.from_, dep.to))
            menu.addAction(self.tr("Remove dependency ‘{earlier}’ → ‘{later}’").format(earlier=a, later=b)).triggered.connect(
                lambda: self.remove_dependency(dep))
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def remove_dependency(self, dep) -> bool:
        """Remove ``dep`` as one undo step."""
        return self._push(RemoveDependency(dep.from_, dep.to))

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
        schedule = self.document.schedule
        hit = self.hit(pos)
        if hit and hit[0] in ("bar", "edge", "handle"):
            item = self.document.initiative(hit[1])
            entry = schedule.items[hit[1]]
            slack = (self.tr("Slack: {days} · on the critical path") if entry.critical
                     else self.tr("Slack: {days}")).format(days=days(entry.slack_days))
            lines = [item.title, f"{entry.earliest_start} – {entry.earliest_finish} "
                                 f"({days(item.duration_days)})", slack]
            if item.fixed_start:
                lines.append(self.tr("Start pinned to {day}").format(day=item.start))
            before, after = self.timeline.arrows.stubbed(item.id)
            title = lambda iid: f"‘{self.document.initiative(iid).title}’"
            if before:
                lines.append(self.tr("Waits for {titles} (too far to draw the whole arrow)").format(
                    titles=", ".join(map(title, before))))
            if after:
                lines.append(self.tr("{titles} waits for it (too far to draw the whole arrow)").format(
                    titles=", ".join(map(title, after))))
            return "\n".join(lines)
        dep = self.dependency_at(pos)
        if dep is not None:
            a, b = (self.document.initiative(i).title for i in (dep.from_, dep.to))
            late = self.conflicts().get((dep.from_, dep.to))
            text = (self.tr("‘{later}’ waits for ‘{earlier}’, {n} days after").format(later=b, earlier=a, n=dep.lag_days)
                    if dep.lag_days else self.tr("‘{later}’ waits for ‘{earlier}’").format(later=b, earlier=a))
            if late:
                text += "\n" + self.tr("‘{later}’ is pinned {days} before ‘{earlier}’ allows; the schedule starts it "
                                       "later").format(later=b, days=days(late), earlier=a)
            return text
        return None


class RoadmapPanel(QWidget):
    """The roadmap with its options above it."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.view = RoadmapView(document, undo_stack, self)
        # The options wrap in groups onto a second row rather than widen the window past a small
        # screen: Dutch labels are longer.
        bar = FlowLayout(spacing=16)
        self.grouping = QComboBox()
        for key, label in (("lane", self.tr("Lane")), ("decision", self.tr("Decision")), ("owner", self.tr("Owner")),
                           ("objective", self.tr("Objective"))):
            self.grouping.addItem(label, key)
        self.grouping.currentIndexChanged.connect(
            lambda: self.view.set_option("grouping", self.grouping.currentData()))
        add_group(bar, QLabel(self.tr("Group by:")), self.grouping)
        self.scale = QComboBox()
        for unit, label in (("week", self.tr("Weeks")), ("month", self.tr("Months")), ("quarter", self.tr("Quarters")),
                            ("half", self.tr("Half-years")), ("year", self.tr("Years"))):
            self.scale.addItem(label, unit)
        self.scale.setCurrentIndex(self.scale.findData(self.view.unit))
        self.scale.currentIndexChanged.connect(lambda: self.view.set_unit(self.scale.currentData()))
        self.fit_button = QToolButton(text=self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Zoom so the whole plan fits (Ctrl+wheel zooms)"))
        self.fit_button.clicked.connect(self._fit)
        add_group(bar, QLabel(self.tr("Scale:")), self.scale, self.fit_button)
        self.relative = QCheckBox(self.tr("Relative periods"))
        self.relative.setToolTip(self.tr("Label periods Month 1, Q1 … from the plan start, as in a proposal"))
        self.relative.toggled.connect(lambda on: self.view.set_option("relative_labels", on))
        self.critical = QCheckBox(self.tr("Critical path"))
        self.critical.toggled.connect(lambda on: self.view.set_option("show_critical", on))
        self.load = QCheckBox(self.tr("Run load"))
        self.load.setToolTip(self.tr("Effort per month to keep launched initiatives running, against the capacity"))
        self.load.setChecked(True)
        self.load.toggled.connect(lambda on: self.view.set_option("show_load", on))
        add_group(bar, self.relative, self.critical, self.load)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _fit(self) -> None:
        self.view.fit()
        self.scale.blockSignals(True)
        self.scale.setCurrentIndex(self.scale.findData(self.view.unit))
        self.scale.blockSignals(False)



def _moved(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held within the calendar: a drag past 9999-12-31 stops there."""
    return dt.date.fromordinal(min(max(day.toordinal() + days, 1), dt.date.max.toordinal()))
