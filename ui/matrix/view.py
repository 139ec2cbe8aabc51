"""The benefit–effort matrix on screen: drag to rate, keys to nudge, selection shared with the table.

A drag pushes an edit each time the snapped value changes, so the table and the details panel
follow live; the edits carry one merge key per drag, so the whole drag is one undo step.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFrame, QGraphicsView, QHBoxLayout, QLabel, QRubberBand, QToolButton,
    QToolTip, QVBoxLayout, QWidget,
)

from planner.document import Document
from planner.edits import Compound, SetFields
from planner.errors import PlanError
from planner.matrix_layout import EFFORT_AXES, effort_value, effort_drag, matrix_point, snap
from planner.round_geometry import range_text, votes_text
from planner.scoring import initiative_scores
from ui.matrix.round_layer import remember_votes
from ui.matrix.scene import AXIS_TITLES, MatrixScene
from ui.flow import FlowLayout, add_group
from ui.matrix.theme import DECISION_LABEL, matrix_text, shown_number
from ui.undo_commands import push_edit
from ui.workshop.discussion import DiscussionList

DISCUSSION_SETTING = "matrix/discussion"  # the "discuss first" list beside a shown round, remembered
MATRIX_AT_LEAST = 640  # the matrix's width below which the list waits for a click rather than open itself
ROUND_HINT = QT_TRANSLATE_NOOP("Matrix", "The matrix shows a round: its markers are the room's answer. Hide the round to rate here.")
COMBINED_HINT = QT_TRANSLATE_NOOP("Matrix", "Dragging sideways on combined effort moves technical and organisational effort "
                                            "by the same amount.")


class MatrixView(QGraphicsView):
    """The matrix scene, sized to the window, with mouse and keyboard editing."""

    selection_changed = Signal(list)  # ids, after the user selected on the matrix
    message = Signal(str)             # a hint or a refusal, one sentence, for the status bar

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.document, self.undo_stack = document, undo_stack
        self.matrix = MatrixScene(document, self)
        self.setScene(self.matrix)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(420, 320))
        self._drags = itertools.count(1)
        self._drag: dict | None = None
        self._band: QRubberBand | None = None
        self._band_origin = None

    # ------------------------------------------------------------ options and selection

    def set_effort_axis(self, axis: str) -> None:
        if axis not in EFFORT_AXES:
            raise ValueError(axis)
        self.matrix.axis = axis
        self.matrix.rebuild()

    def set_option(self, name: str, value: bool) -> None:
        setattr(self.matrix, name, value)
        self.matrix.rebuild()

    def selected_ids(self) -> list[str]:
        return list(self.matrix.selected)

    def select_ids(self, ids) -> None:
        """Show ``ids`` as selected, without announcing it (the caller knows)."""
        self.matrix.set_selected(list(ids))

    def _select(self, ids: list[str]) -> None:
        self.matrix.set_selected(ids)
        self.selection_changed.emit(list(ids))

    # The scene is built only while the view is on screen: a plan opened while another tab is
    # showing, or a window laid out before it is shown, costs nothing until the matrix is seen.
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._fit_scene()
        else:
            self.matrix.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.matrix.active = True
        size = self.viewport().size()
        rect = self.matrix.sceneRect()
        if self.matrix.stale or (rect.width(), rect.height()) != (size.width(), size.height()):
            self._fit_scene()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.matrix.active = False

    def _fit_scene(self) -> None:
        size = self.viewport().size()
        self.matrix.set_size(size.width(), size.height())
        self.setSceneRect(self.matrix.sceneRect())

    # ------------------------------------------------------------ mouse

    def _scene_pos(self, event) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        pos = self._scene_pos(event)
        hit = self.matrix.id_at(pos)
        toggle = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if hit is None:
            if not toggle and self.matrix.selected:
                self._select([])
            self._band_origin = event.position().toPoint()
            self._band = self._band or QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
            self._band.setGeometry(QRect(self._band_origin, QSize()))
            self._band.show()
            return
        iid, kind = hit
        selected = list(self.matrix.selected)
        if toggle:
            self._select([i for i in selected if i != iid] if iid in selected else selected + [iid])
            return
        if self.matrix.reveal.shown:  # the room's medians are not the plan's to drag
            self._select([iid])
            return
        if iid not in selected:
            self._select([iid])
        self._drag = {"id": iid, "kind": kind, "key": ("matrix drag", next(self._drags)), "hinted": False}
        self.matrix.dragging = True
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event) -> None:
        pos = self._scene_pos(event)
        if self._drag is not None:
            if self._drag["kind"] == "marker":
                self._drag_marker(pos)
            return
        if self._band is not None and self._band.isVisible():
            self._band.setGeometry(QRect(self._band_origin, event.position().toPoint()).normalized())
            return
        over = self.matrix.id_at(pos) is not None
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is not None:
            drag, self._drag = self._drag, None
            self.matrix.dragging = False
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            if drag["kind"] == "tray":
                self._drop_from_tray(drag["id"], self._scene_pos(event))
            self.matrix.refresh_after_moves()
            return
        if self._band is not None and self._band.isVisible():
            self._band.hide()
            rect = self.mapToScene(self._band.geometry()).boundingRect()
            inside = [iid for iid, m in self.matrix.markers.items() if rect.contains(m.pos())]
            if inside:
                toggle = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
                base = list(self.matrix.selected) if toggle else []
                self._select(base + [i for i in inside if i not in base])
            return
        super().mouseReleaseEvent(event)

    def _drag_marker(self, pos: QPointF) -> None:
        drag = self._drag
        plan = self.document.plan
        try:
            item = self.document.initiative(drag["id"])
        except KeyError:
            return
        effort, benefit = self.matrix.to_data(pos)
        values = {}
        new_benefit = snap(benefit, plan.scale)
        if new_benefit != item.benefit:
            values["benefit"] = new_benefit
        if snap(effort, plan.scale) != snap(effort_value(item, plan, self.matrix.axis), plan.scale):
            values.update(effort_drag(item, plan, self.matrix.axis, effort))
            if self.matrix.axis == "combined" and not drag["hinted"]:
                drag["hinted"] = True
                self.message.emit(matrix_text(COMBINED_HINT))
        if values:
            self._push(SetFields(item.id, values), drag["key"])

    def _drop_from_tray(self, iid: str, pos: QPointF) -> None:
        if not self.matrix.plot.contains(pos):
            return
        plan = self.document.plan
        item = self.document.initiative(iid)
        effort, benefit = self.matrix.to_data(pos)
        effort = snap(effort, plan.scale)
        values = {"benefit": snap(benefit, plan.scale)}
        fields = {"combined": ("technical_effort", "organisational_effort"),
                  "technical": ("technical_effort",), "organisational": ("organisational_effort",)}
        for field in fields[self.matrix.axis]:
            values[field] = effort
        if self.matrix.axis != "combined":  # the other effort keeps its rating, or takes this one
            other = "organisational_effort" if self.matrix.axis == "technical" else "technical_effort"
            if getattr(item, other) is None:
                values[other] = effort
        self._push(SetFields(iid, values))

    def _push(self, edit, merge_key=None) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit, merge_key=merge_key)
        except PlanError as e:
            self.message.emit(str(e))
            return False
        return True

    # ------------------------------------------------------------ keyboard

    def focusNextPrevChild(self, forward: bool) -> bool:
        return False  # Tab walks through the initiatives instead

    def keyPressEvent(self, event) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Left: (-1, 0)}
        if key in steps:
            self.nudge(*steps[key])
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.walk(-1 if key == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif key == Qt.Key.Key_Escape and self.matrix.selected:
            self._select([])
        elif key == Qt.Key.Key_V and self.matrix.reveal.shown:
            self.show_votes(not self.matrix.reveal.votes)
        else:
            super().keyPressEvent(event)

    def show_votes(self, on: bool) -> None:
        """Show or hide a dot per vote on the shown round, and remember it."""
        remember_votes(on)
        self.matrix.reveal.set_votes(on)
        self.message.emit(self.tr("Each vote shown as a dot · V hides them") if on else self.tr("Votes hidden · V shows them"))

    def nudge(self, effort_steps: int, benefit_steps: int) -> None:
        """Move the selected markers by whole steps of the scale: one undo step per key press."""
        if self.matrix.reveal.shown:
            self.message.emit(matrix_text(ROUND_HINT))
            return
        plan = self.document.plan
        step = plan.scale.step
        edits = []
        for iid in self.matrix.selected:
            if iid not in self.matrix.markers:
                continue
            item = self.document.initiative(iid)
            values = {}
            if benefit_steps:
                benefit = snap(item.benefit + benefit_steps * step, plan.scale)
                if benefit != item.benefit:
                    values["benefit"] = benefit
            if effort_steps:
                current = effort_value(item, plan, self.matrix.axis)
                values.update(effort_drag(item, plan, self.matrix.axis, current + effort_steps * step))
            if values:
                edits.append(SetFields(iid, values))
        if not edits:
            return
        self._push(edits[0] if len(edits) == 1 else Compound(tuple(edits)))

    def walk(self, direction: int) -> None:
        """Select the next (or previous) rated initiative in the plan's order."""
        order = [item.id for item in self.document.plan.initiatives if item.id in self.matrix.markers]
        if not order:
            return
        current = self.matrix.selected[-1] if self.matrix.selected else None
        index = order.index(current) + direction if current in order else (0 if direction > 0 else -1)
        self._select([order[index % len(order)]])

    # ------------------------------------------------------------ tooltips

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            hit = self.matrix.id_at(self.mapToScene(event.pos()))
            if hit is None:
                QToolTip.hideText()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip(hit[0]), self)
            return True
        return super().viewportEvent(event)

    def tooltip(self, iid: str) -> str:
        plan = self.document.plan
        item = self.document.initiative(iid)
        effort, quadrant, _rank = initiative_scores(item, plan)

        def v(x):
            return self.tr("unrated") if x is None else shown_number(x)
        lines = [item.title, self.tr("Benefit {benefit} · technical effort {technical} · organisational effort "
                                     "{organisational}").format(benefit=v(item.benefit), technical=v(item.technical_effort),
                                                                organisational=v(item.organisational_effort))]
        if effort is not None:
            lines.append(self.tr("Combined effort {effort} · {quadrant}").format(
                effort=shown_number(effort, ".2g"), quadrant=plan.quadrant_name(quadrant)))
        lines.append(self.tr("Decision: {decision}").format(decision=matrix_text(DECISION_LABEL[item.decision])))
        point = self.matrix.reveal.picture and self.matrix.reveal.picture.points.get(iid)
        if point is not None:
            lines += [self.tr("The room: {benefit}").format(benefit=range_text(self.tr("benefit"), point.benefit)),
                      range_text(matrix_text(AXIS_TITLES[self.matrix.axis]).lower(), point.effort), votes_text(point)]
        bets = self.matrix.waiting().get(iid)
        if bets:
            titles = ", ".join(self.document.initiative(b).title for b in bets)
            lines.append(self.tr("Not quick after all: it waits on the big bet {titles}").format(titles=titles))
        if matrix_point(item, plan, self.matrix.axis) is None:
            lines.append(self.tr("Drag it onto the matrix to rate it"))
        return "\n".join(lines)


class MatrixPanel(QWidget):
    """The matrix with its options above it: effort axis, dependency arrows, ignored shown or not."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.view = MatrixView(document, undo_stack, self)
        # The options wrap in groups onto a second row rather than widen the window past a
        # small screen.
        bar = FlowLayout(spacing=16)
        axis_group = add_group(bar, QLabel(self.tr("Effort axis:")))
        self.axis_buttons = QButtonGroup(self)
        for axis in EFFORT_AXES:
            short = {"combined": self.tr("Combined"), "technical": self.tr("Technical"),
                     "organisational": self.tr("Organisational")}
            button = QToolButton(text=short[axis], checkable=True, autoRaise=False)
            button.setToolTip(self.tr("Show {axis} across").format(axis=matrix_text(AXIS_TITLES[axis]).lower()))
            button.setChecked(axis == self.view.matrix.axis)
            button.clicked.connect(lambda checked=False, a=axis: self.view.set_effort_axis(a))
            self.axis_buttons.addButton(button)
            axis_group.addWidget(button)
        self.arrows = QCheckBox(self.tr("Dependencies"))
        self.arrows.setToolTip(self.tr("Draw an arrow from each initiative to the ones that wait on it"))
        self.arrows.toggled.connect(lambda on: self.view.set_option("show_dependencies", on))
        self.hide_ignored = QCheckBox(self.tr("Hide ignored"))
        self.hide_ignored.toggled.connect(lambda on: self.view.set_option("hide_ignored", on))
        add_group(bar, self.arrows, self.hide_ignored)
        self.colour_by = QComboBox()
        self.colour_by.addItem(self.tr("Decision"), "decision")
        self.colour_by.addItem(self.tr("Objective"), "objective")
        self.colour_by.currentIndexChanged.connect(
            lambda: self.view.set_option("colour_by", self.colour_by.currentData()))
        self.objective = QComboBox()
        self.objective.setToolTip(self.tr("Show only the initiatives serving one objective"))
        # Sized for a short name, not the longest objective; the list opens wide enough.
        self.objective.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objective.setMinimumContentsLength(16)
        self.objective.currentIndexChanged.connect(
            lambda: self.view.set_option("objective_filter", self.objective.currentData()))
        add_group(bar, QLabel(self.tr("Colour by:")), self.colour_by, self.objective)
        self.fill_objectives()
        document.subscribe(after=lambda change: change.touches_strategy and self.fill_objectives())
        self.present_button = QToolButton(text=self.tr("Present"))
        bar.addWidget(self.present_button)
        # Beside the matrix while a round is shown: its initiatives, the most disputed first.
        self.discussion = DiscussionList(document, self.view.matrix)
        self.discussion.hide()
        self.discussion_button = QToolButton(text=self.tr("Discuss first"), checkable=True, visible=False)
        self.discussion_button.setToolTip(self.tr("List the round's initiatives beside the matrix, the most disputed first"))
        self.discussion_button.toggled.connect(self._toggle_discussion)
        bar.addWidget(self.discussion_button)
        self.view.matrix.round_shown.connect(self._round_shown)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addWidget(self.discussion)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addLayout(row, 1)

    def _round_shown(self, round_id: str | None, _votes: bool) -> None:
        if round_id == self.discussion.round_id and self.discussion_button.isVisible() == (round_id is not None):
            return  # only the votes' dots changed
        self.discussion.set_round(round_id)
        self.discussion_button.setVisible(round_id is not None)
        # Shown as last left, unless the matrix would be left too narrow to read.
        wanted = QSettings().value(DISCUSSION_SETTING, True, type=bool)
        room = self.width() - self.discussion.width_wanted() >= MATRIX_AT_LEAST
        self.discussion_button.blockSignals(True)
        self.discussion_button.setChecked(round_id is not None and wanted and room)
        self.discussion_button.blockSignals(False)
        self._show_discussion(self.discussion_button.isChecked())

    def _toggle_discussion(self, on: bool) -> None:
        QSettings().setValue(DISCUSSION_SETTING, on)
        self._show_discussion(on)

    def _show_discussion(self, on: bool) -> None:
        if on:
            self.discussion.setFixedWidth(min(self.discussion.width_wanted(), self.width() // 2))
        self.discussion.setVisible(on)

    def fill_objectives(self) -> None:
        """List the plan's objectives, keeping the one chosen while it exists."""
        current = self.objective.currentData()
        self.objective.blockSignals(True)
        self.objective.clear()
        self.objective.addItem(self.tr("All objectives"), None)
        for objective in self.view.document.plan.objectives:
            self.objective.addItem(objective.name, objective.id)
        index = self.objective.findData(current)
        self.objective.setCurrentIndex(max(index, 0))
        self.objective.blockSignals(False)
        if index < 0 and current is not None:
            self.view.set_option("objective_filter", None)


    def axis_button(self, axis: str) -> QToolButton:
        return self.axis_buttons.buttons()[EFFORT_AXES.index(axis)]

