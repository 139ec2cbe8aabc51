"""Plan settings: title, start, rating scale, effort weights, quadrant thresholds and names, lanes.

The dialog edits a draft in its own widgets; OK turns every difference from the plan into one
ChangeSettings edit, one undo step. When the core refuses it (a scale that leaves ratings
outside, a removed lane that still holds initiatives) the dialog says why and stays open with
everything the user entered.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from planner.edits import ChangeSettings, check_settings
from planner.errors import PlanError
from planner.ids import new_id
from planner.language import _
from planner.model import BIG_BET, DEFAULT_QUADRANT_NAMES, FILL_IN, MONEY_PIT, QUICK_WIN, Lane
from planner.rules import MAX_QUADRANT_NAME_LENGTH, MAX_SCALE_MAGNITUDE as MAX
from ui.messages import sentence
from ui.notation import DateBox, NumberBox, percent_text
from ui.undo_commands import push_edit

WARNING_STYLE = "color: #b3261e;"
LANE_ID = Qt.ItemDataRole.UserRole  # an existing lane's id; "" for a lane added here
# The name boxes sit as the quadrants do in the matrix: high benefit on top, low effort on the left.
_QUADRANT_GRID = ((QUICK_WIN, QT_TRANSLATE_NOOP("PlanSettingsDialog", "&Quick wins:"), 0, 0),
                  (BIG_BET, QT_TRANSLATE_NOOP("PlanSettingsDialog", "Bi&g bets:"), 0, 1),
                  (FILL_IN, QT_TRANSLATE_NOOP("PlanSettingsDialog", "&Fill-ins:"), 1, 0),
                  (MONEY_PIT, QT_TRANSLATE_NOOP("PlanSettingsDialog", "Mo&ney pits:"), 1, 1))


def _number(low: float, high: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = NumberBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    return spin


def _value(spin: QDoubleSpinBox, original: float | None) -> float:
    """The spin box's value, or ``original`` when the box shows it merely rounded."""
    if original is not None and round(original, spin.decimals()) == spin.value():
        return original
    return spin.value()


def _stored_name(quadrant: str, name: str) -> str:
    """``name`` as the plan keeps it: the default's own form when it is the default in the language shown."""
    default = DEFAULT_QUADRANT_NAMES[quadrant]
    return default if name == _(default) else name


def lane_id(name: str, taken: set[str]) -> str:
    """Return an unused id made from ``name``: ``"Plan to execution"`` → ``"plan-to-execution"``."""
    return new_id(name, taken, "lane")


class PlanSettingsDialog(QDialog):
    """Edits the plan-wide settings of ``document``; see ``run`` for the usual way to show it."""

    def __init__(self, document, parent=None, undo_stack=None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.changed = False  # True once OK has made a change
        self.setWindowTitle(self.tr("Plan settings"))
        self._build()
        self._load()

    @classmethod
    def run(cls, document, undo_stack, parent=None) -> bool:
        """Show the dialog; on OK make its changes as one undo step. Return True if anything changed."""
        dialog = cls(document, parent, undo_stack)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed
        finally:
            dialog.deleteLater()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.start_edit = DateBox()
        general = QFormLayout()
        general.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_edit)
        start_row.addStretch(1)
        general.addRow(self._label(self.tr("&Start:"), self.start_edit), start_row)

        # The rules' limits, so the dialog shows any plan that opens instead of clamping it.
        self.scale_min = _number(-MAX, MAX, 2, 1)
        self.scale_max = _number(-MAX, MAX, 2, 1)
        self.scale_step = _number(0.01, MAX, 2, 0.5)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_min, 1)
        scale_row.addWidget(QLabel(self.tr("to")))
        scale_row.addWidget(self.scale_max, 1)
        scale_row.addWidget(QLabel(self.tr("in steps of")))
        scale_row.addWidget(self.scale_step, 1)
        general.addRow(self._label(self.tr("Rating s&cale:"), self.scale_min), scale_row)

        self.technical_weight = _number(0, MAX, 2, 0.1)
        self.organisational_weight = _number(0, MAX, 2, 0.1)
        self.weights_label = QLabel()
        weights = QFormLayout()
        weights.addRow(self._label(self.tr("Tec&hnical:"), self.technical_weight), self.technical_weight)
        weights.addRow(self._label(self.tr("&Organisational:"), self.organisational_weight),
                       self.organisational_weight)
        weights.addRow(self.tr("Share:"), self.weights_label)
        weights_box = QGroupBox(self.tr("Effort weights"))
        weights_box.setLayout(weights)

        self.benefit_threshold = _number(-MAX, MAX, 2, 0.5)
        self.effort_threshold = _number(-MAX, MAX, 2, 0.5)
        self.benefit_middle = QCheckBox(self.tr("Middle of the scale"))
        self.effort_middle = QCheckBox(self.tr("Middle of the scale"))
        thresholds = QGridLayout()
        for row, (text, spin, check) in enumerate(((self.tr("&Benefit:"), self.benefit_threshold, self.benefit_middle),
                                                   (self.tr("&Effort:"), self.effort_threshold, self.effort_middle))):
            thresholds.addWidget(self._label(text, spin), row, 0)
            thresholds.addWidget(spin, row, 1)
            thresholds.addWidget(check, row, 2)
        thresholds.setColumnStretch(1, 1)
        thresholds_box = QGroupBox(self.tr("Quadrant thresholds"))
        thresholds_box.setToolTip(self.tr("A rating on the threshold counts as high"))
        thresholds_box.setLayout(thresholds)

        self.quadrant_edits: dict[str, QLineEdit] = {}
        names = QGridLayout()
        for quadrant, text, row, column in _QUADRANT_GRID:
            edit = QLineEdit()
            edit.setMaxLength(MAX_QUADRANT_NAME_LENGTH)
            edit.setPlaceholderText(_(DEFAULT_QUADRANT_NAMES[quadrant]))
            self.quadrant_edits[quadrant] = edit
            names.addWidget(self._label(self.tr(text), edit), row, 2 * column)
            names.addWidget(edit, row, 2 * column + 1)
        names.setColumnStretch(1, 1)
        names.setColumnStretch(3, 1)
        names_box = QGroupBox(self.tr("Quadrant names"))
        names_box.setToolTip(self.tr("What this plan calls each quadrant"))
        names_box.setLayout(names)

        self.lane_list = QListWidget()
        self.lane_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.lane_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_lane_button = QPushButton(self.tr("&Add"))
        self.rename_lane_button = QPushButton(self.tr("&Rename"))
        self.remove_lane_button = QPushButton(self.tr("Re&move"))
        self.lane_up_button = QPushButton(self.tr("Move &up"))
        self.lane_down_button = QPushButton(self.tr("Move &down"))
        buttons = QVBoxLayout()
        for button in (self.add_lane_button, self.rename_lane_button, self.remove_lane_button,
                       self.lane_up_button, self.lane_down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lanes_row = QHBoxLayout()
        lanes_row.addWidget(self.lane_list, 1)
        lanes_row.addLayout(buttons)
        lanes_box = QGroupBox(self.tr("&Lanes"))
        lanes_box.setLayout(lanes_row)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(WARNING_STYLE)
        self.message_label.hide()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(general)
        pair = QHBoxLayout()
        pair.addWidget(weights_box, 1)
        pair.addWidget(thresholds_box, 1)
        layout.addLayout(pair)
        layout.addWidget(names_box)
        layout.addWidget(lanes_box, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.button_box)

        for spin in (self.technical_weight, self.organisational_weight):
            spin.valueChanged.connect(self._show_shares)
        for spin in (self.scale_min, self.scale_max, self.scale_step):
            spin.valueChanged.connect(self._show_middles)
        for check in (self.benefit_middle, self.effort_middle):
            check.toggled.connect(self._show_middles)
        self.lane_list.currentRowChanged.connect(self._update_lane_buttons)
        self.add_lane_button.clicked.connect(self.add_lane)
        self.rename_lane_button.clicked.connect(lambda: self.lane_list.editItem(self.lane_list.currentItem()))
        self.remove_lane_button.clicked.connect(self.remove_lane)
        self.lane_up_button.clicked.connect(lambda: self.move_lane(-1))
        self.lane_down_button.clicked.connect(lambda: self.move_lane(1))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _load(self) -> None:
        plan = self.document.plan
        self.title_edit.setText(plan.title)
        self.start_edit.setDate(QDate(plan.start.year, plan.start.month, plan.start.day))
        self.scale_min.setValue(plan.scale.min)
        self.scale_max.setValue(plan.scale.max)
        self.scale_step.setValue(plan.scale.step)
        self.technical_weight.setValue(plan.effort_weights.technical)
        self.organisational_weight.setValue(plan.effort_weights.organisational)
        for spin, check, value in ((self.benefit_threshold, self.benefit_middle, plan.thresholds.benefit),
                                   (self.effort_threshold, self.effort_middle, plan.thresholds.effort)):
            spin.setValue(plan.scale.midpoint if value is None else value)
            check.setChecked(value is None)
        for quadrant, edit in self.quadrant_edits.items():
            edit.setText(plan.quadrant_name(quadrant))
        for lane in plan.lanes:
            self._add_lane_item(lane.name, lane.id)
        self.lane_list.setCurrentRow(0 if plan.lanes else -1)
        self._show_shares()
        self._show_middles()
        self._update_lane_buttons()

    # ------------------------------------------------------------ live feedback

    def _show_shares(self) -> None:
        technical, organisational = self.technical_weight.value(), self.organisational_weight.value()
        total = technical + organisational
        if total == 0:
            self.weights_label.setText(self.tr("set at least one above 0"))
            self.weights_label.setStyleSheet(WARNING_STYLE)
        else:
            self.weights_label.setText(f"{percent_text(technical / total)} / {percent_text(organisational / total)}")
            self.weights_label.setStyleSheet("")
        self.weights_label.setToolTip(self.tr("Technical / organisational share of the combined effort"))

    def _show_middles(self) -> None:
        middle = (self.scale_min.value() + self.scale_max.value()) / 2
        for spin, check in ((self.benefit_threshold, self.benefit_middle),
                            (self.effort_threshold, self.effort_middle)):
            spin.setSingleStep(self.scale_step.value())
            spin.setEnabled(not check.isChecked())
            if check.isChecked():
                spin.setValue(middle)

    # ------------------------------------------------------------ lanes

    def _add_lane_item(self, name: str, existing_id: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(LANE_ID, existing_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if existing_id:
            item.setToolTip(self.tr("id: {id}").format(id=existing_id))
        self.lane_list.addItem(item)
        return item

    def lane_names(self) -> list[str]:
        return [self.lane_list.item(i).text() for i in range(self.lane_list.count())]

    def add_lane(self, name: str = "") -> None:
        """Add a lane at the end and start editing its name."""
        item = self._add_lane_item(name or self.tr("New lane"), "")
        self.lane_list.setCurrentItem(item)
        if self.isVisible():
            self.lane_list.editItem(item)

    def rename_lane(self, row: int, name: str) -> None:
        self.lane_list.item(row).setText(name)

    def remove_lane(self) -> None:
        row = self.lane_list.currentRow()
        if row >= 0:
            self.lane_list.takeItem(row)
        self._update_lane_buttons()

    def move_lane(self, step: int) -> None:
        row = self.lane_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.lane_list.count():
            return
        item = self.lane_list.takeItem(row)
        self.lane_list.insertItem(target, item)
        self.lane_list.setCurrentRow(target)

    def _update_lane_buttons(self, *_) -> None:
        row, count = self.lane_list.currentRow(), self.lane_list.count()
        for button in (self.rename_lane_button, self.remove_lane_button):
            button.setEnabled(row >= 0)
        self.lane_up_button.setEnabled(row > 0)
        self.lane_down_button.setEnabled(0 <= row < count - 1)

    def _lanes(self) -> list[Lane]:
        old = {lane.id: lane for lane in self.document.plan.lanes}
        rows = [self.lane_list.item(i) for i in range(self.lane_list.count())]
        taken = set(old) | {item.data(LANE_ID) for item in rows} - {""}
        lanes = []
        for i, item in enumerate(rows):
            name = item.text().strip()
            if not name:
                raise PlanError(self.tr("lane {n} needs a name").format(n=i + 1))
            existing = item.data(LANE_ID)
            if not existing:  # new: an id from its name, never one the plan used before
                new_id = lane_id(name, taken)
                taken.add(new_id)
                lanes.append(Lane(new_id, name))
            elif name != old[existing].name:
                lanes.append(dataclasses.replace(old[existing], name=name))
            else:
                lanes.append(old[existing])
        return lanes

    # ------------------------------------------------------------ result

    def edit(self) -> ChangeSettings | None:
        """Return the edit that makes the plan's settings what the dialog shows, or None if they are.

        Raises PlanError for input no plan could take as entered (a lane without a name).
        """
        plan = self.document.plan
        values: dict = {}
        title = self.title_edit.text().strip()
        if title != plan.title:
            values["title"] = title
        start = self.start_edit.date().toPython()
        if start != plan.start:
            values["start"] = start
        scale = dataclasses.replace(plan.scale, min=_value(self.scale_min, plan.scale.min),
                                    max=_value(self.scale_max, plan.scale.max),
                                    step=_value(self.scale_step, plan.scale.step))
        if scale != plan.scale:
            values["scale"] = scale
        weights = dataclasses.replace(
            plan.effort_weights,
            technical=_value(self.technical_weight, plan.effort_weights.technical),
            organisational=_value(self.organisational_weight, plan.effort_weights.organisational))
        if weights != plan.effort_weights:
            values["effort_weights"] = weights
        old = plan.thresholds
        thresholds = dataclasses.replace(
            old,
            benefit=None if self.benefit_middle.isChecked() else _value(self.benefit_threshold, old.benefit),
            effort=None if self.effort_middle.isChecked() else _value(self.effort_threshold, old.effort))
        if thresholds != plan.thresholds:
            values["thresholds"] = thresholds
        # A name left as the default shown in this language is the default, stored in its one form,
        # so the plan shows it in whatever language it is read in next.
        names = {quadrant: _stored_name(quadrant, edit.text().strip())
                 for quadrant, edit in self.quadrant_edits.items()}
        if names != {quadrant: _stored_name(quadrant, plan.quadrant_name(quadrant)) for quadrant in names}:
            values["quadrant_names"] = names
        lanes = self._lanes()
        if lanes != plan.lanes:
            values["lanes"] = lanes
        return ChangeSettings(values) if values else None

    def message(self) -> str:
        """The refusal shown in the dialog, or "" when none is."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def accept(self) -> None:
        try:
            edit = self.edit()
            if edit is not None:
                if self.undo_stack is not None:
                    push_edit(self.undo_stack, self.document, edit)
                else:  # the caller applies it; only check that the core would take it
                    check_settings(self.document.plan, edit.values)
        except PlanError as e:
            self.message_label.setText(sentence(str(e)))
            self.message_label.show()
            return
        self.changed = edit is not None
        super().accept()
