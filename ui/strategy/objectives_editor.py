"""The Strategy tab's objectives: a list on the left, the selected one's fields and KPIs on the right."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from planner.strategy_edits import SetObjectives
from planner.ids import new_id
from planner.model import OBJECTIVE_KINDS, Kpi, Objective
from ui.messages import sentence
from ui.notation import date_text, number_text, read_date, read_number
from ui.strategy.list_editor import ListEditor, _label, _set_text

KPI_COLUMNS = ("name", "unit", "baseline", "baseline_date", "target", "target_date", "current",
               "business_result")
NUMBER_COLUMNS = ("baseline", "target", "current")
DATE_COLUMNS = ("baseline_date", "target_date")


class ObjectivesEditor(ListEditor):
    """Adds, removes and edits the plan's objectives and their KPIs, each change one SetObjectives."""

    message = Signal(str)  # a KPI cell that cannot be read, as one sentence

    def __init__(self, document, push):
        super().__init__(self.tr("Objectives"), document, push)
        self.objective_list = QListWidget()
        self.objective_list.setMaximumWidth(200)
        self.objective_list.currentRowChanged.connect(lambda _row: self._show_objective())
        self.add_objective_button = QPushButton(self.tr("Add"))
        self.add_objective_button.clicked.connect(self.add_objective)
        self.remove_objective_button = QPushButton(self.tr("Remove"))
        self.remove_objective_button.clicked.connect(self.remove_objective)
        self.objective_name_edit = QLineEdit()
        self.objective_name_edit.editingFinished.connect(
            lambda: self._commit_objective("name", self.objective_name_edit.text().strip()))
        self.kind_combo = QComboBox()
        kinds = {"listening": self.tr("Listening"), "talking": self.tr("Talking"), "energizing": self.tr("Energizing"),
                 "supporting": self.tr("Supporting"), "embracing": self.tr("Embracing"), "other": self.tr("Other")}
        self.kind_combo.addItems([kinds.get(k, _label(k)) for k in OBJECTIVE_KINDS])
        self.kind_combo.setToolTip(self.tr("The Groundswell objective it pursues"))
        self.kind_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._commit_objective("kind", OBJECTIVE_KINDS[i]))
        self.objective_description_edit = QLineEdit()
        self.objective_description_edit.editingFinished.connect(
            lambda: self._commit_objective("description", self.objective_description_edit.text()))
        self.kpi_table = QTableWidget(0, len(KPI_COLUMNS))
        self.kpi_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Unit"), self.tr("Baseline"), self.tr("Baseline date"), self.tr("Target"),
            self.tr("Target date"), self.tr("Current"), self.tr("Business result")])
        self.kpi_table.verticalHeader().hide()
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kpi_table.setToolTip(self.tr("Double-click a cell to edit; numbers as {number}, dates as {date}, "
                                          "empty for none").format(number=number_text(1234.5),
                                                                   date=date_text(dt.date(2027, 1, 4))))
        self.kpi_table.setMinimumHeight(150)
        self.kpi_table.itemChanged.connect(self._kpi_item_changed)
        self.add_kpi_button = QPushButton(self.tr("Add KPI"))
        self.add_kpi_button.clicked.connect(self.add_kpi)
        self.remove_kpi_button = QPushButton(self.tr("Remove KPI"))
        self.remove_kpi_button.clicked.connect(self.remove_kpi)

        objective_form = QFormLayout()
        objective_form.addRow(self.tr("&Name:"), self.objective_name_edit)
        objective_form.addRow(self.tr("&Kind:"), self.kind_combo)
        objective_form.addRow(self.tr("&Description:"), self.objective_description_edit)
        kpi_buttons = QHBoxLayout()
        kpi_buttons.addWidget(QLabel(self.tr("KPIs")))
        kpi_buttons.addStretch(1)
        kpi_buttons.addWidget(self.add_kpi_button)
        kpi_buttons.addWidget(self.remove_kpi_button)
        self.objective_editor = QWidget()
        editor_layout = QVBoxLayout(self.objective_editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(objective_form)
        editor_layout.addLayout(kpi_buttons)
        editor_layout.addWidget(self.kpi_table, 1)
        objectives_layout = QHBoxLayout(self)
        objectives_layout.addLayout(self._list_column(self.objective_list, self.add_objective_button,
                                                      self.remove_objective_button))
        objectives_layout.addWidget(self.objective_editor, 1)

    # ------------------------------------------------------------ showing the document

    def refresh(self) -> None:
        """Show the plan's objectives, keeping the selected one, and its fields and KPIs."""
        self._updating += 1
        try:
            self._fill_list(self.objective_list, [(o.id, o.name) for o in self.document.plan.objectives])
        finally:
            self._updating -= 1
        self._show_objective()

    def _objective(self) -> Objective | None:
        oid = self._current_id(self.objective_list)
        return next((o for o in self.document.plan.objectives if o.id == oid), None)

    def _show_objective(self) -> None:
        objective = self._objective()
        self.objective_editor.setEnabled(objective is not None)
        self.remove_objective_button.setEnabled(objective is not None)
        self._updating += 1
        try:
            if objective is None:
                for edit in (self.objective_name_edit, self.objective_description_edit):
                    edit.clear()
                self.kpi_table.setRowCount(0)
                return
            _set_text(self.objective_name_edit, objective.name)
            self.kind_combo.setCurrentIndex(OBJECTIVE_KINDS.index(objective.kind))
            _set_text(self.objective_description_edit, objective.description)
            selected = self.kpi_table.currentRow()
            self.kpi_table.setRowCount(len(objective.kpis))
            for row, kpi in enumerate(objective.kpis):
                for column, key in enumerate(KPI_COLUMNS):
                    self._fill_kpi_cell(row, column, kpi, key)
            if 0 <= selected < len(objective.kpis):
                self.kpi_table.selectRow(selected)
        finally:
            self._updating -= 1
        self.remove_kpi_button.setEnabled(bool(objective.kpis))

    def _fill_kpi_cell(self, row: int, column: int, kpi: Kpi, key: str) -> None:
        item = self.kpi_table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.kpi_table.setItem(row, column, item)
        value = getattr(kpi, key)
        if key == "business_result":
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
            return
        text = (number_text(value) if key in NUMBER_COLUMNS
                else date_text(value) if key in DATE_COLUMNS else value)
        if item.text() != text:
            item.setText(text)
        if key in NUMBER_COLUMNS:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def show_item(self, kind: str, key: str) -> None:
        """Select the objective (``kind`` "objective") or the KPI ("kpi") with id ``key``."""
        if kind == "objective":
            self._select(self.objective_list, key)
            self.objective_list.setFocus()
        elif kind == "kpi":
            for objective in self.document.plan.objectives:
                rows = [k.id for k in objective.kpis]
                if key in rows:
                    self._select(self.objective_list, objective.id)
                    self.kpi_table.selectRow(rows.index(key))
                    self.kpi_table.setFocus()

    # ------------------------------------------------------------ making edits

    def _objectives_with(self, index: int, objective: Objective | None) -> tuple[Objective, ...]:
        """The plan's objectives with the one at ``index`` replaced (None removes it)."""
        objectives = list(self.document.plan.objectives)
        if objective is None:
            del objectives[index]
        else:
            objectives[index] = objective
        return tuple(objectives)

    def _copy_objective(self) -> tuple[int, Objective] | tuple[None, None]:
        objective = self._objective()
        if objective is None:
            return None, None
        return self.document.plan.objectives.index(objective), copy.deepcopy(objective)

    def add_objective(self) -> None:
        plan = self.document.plan
        new = Objective(new_id("objective", {o.id for o in plan.objectives}), self.tr("New objective"))
        if self._push(SetObjectives((*plan.objectives, new))):
            self._select(self.objective_list, new.id)
            self.objective_name_edit.setFocus()
            self.objective_name_edit.selectAll()

    def remove_objective(self) -> None:
        index, objective = self._copy_objective()
        if objective is not None:
            self._push(SetObjectives(self._objectives_with(index, None)))

    def _commit_objective(self, key: str, value) -> None:
        if self._updating:
            return
        index, objective = self._copy_objective()
        if objective is None or getattr(objective, key) == value:
            return
        setattr(objective, key, value)
        self._push(SetObjectives(self._objectives_with(index, objective)))

    def add_kpi(self) -> None:
        index, objective = self._copy_objective()
        if objective is None:
            return
        taken = {k.id for o in self.document.plan.objectives for k in o.kpis}
        objective.kpis.append(Kpi(new_id("kpi", taken), self.tr("New KPI")))
        if self._push(SetObjectives(self._objectives_with(index, objective))):
            self.kpi_table.selectRow(len(objective.kpis) - 1)

    def remove_kpi(self) -> None:
        index, objective = self._copy_objective()
        row = self.kpi_table.currentRow()
        if objective is None or not 0 <= row < len(objective.kpis):
            return
        objective.kpis.pop(row)
        self._push(SetObjectives(self._objectives_with(index, objective)))

    def _kpi_item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        index, objective = self._copy_objective()
        row, key = item.row(), KPI_COLUMNS[item.column()]
        if objective is None or not 0 <= row < len(objective.kpis):
            return
        kpi = objective.kpis[row]
        text = item.text().strip()
        if key == "business_result":
            value = item.checkState() == Qt.CheckState.Checked
        elif key in NUMBER_COLUMNS:
            value = read_number(text) if text else None
        elif key in DATE_COLUMNS:
            value = read_date(text) if text else None
        else:
            value = text
        if value is None and text and key in (*NUMBER_COLUMNS, *DATE_COLUMNS):
            refusal = (self.tr("“{text}” is not a date") if key in DATE_COLUMNS
                       else self.tr("“{text}” is not a number"))
            self.message.emit(sentence(refusal.format(text=text)))
            self._show_objective()
            return
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if getattr(kpi, key) == value:
            return
        setattr(kpi, key, value)
        self._push(SetObjectives(self._objectives_with(index, objective)))
