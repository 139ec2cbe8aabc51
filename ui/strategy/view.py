"""The Strategy tab: value discipline, ambition, capacity, readiness, objectives with KPIs, audiences.

A view of the document like the details panel: it holds no copy of the plan, turns each
committed widget change into one undoable edit (ChangeStrategy, SetObjectives, SetAudiences)
and follows the document's "strategy" and "reset" changes. A refresh sets a widget only when
its value differs from the document's, so a field being typed in is left alone.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from planner.edits import ChangeStrategy, SetAudiences, SetObjectives
from planner.errors import PlanError
from planner.ids import new_id
from planner.model import (
    OBJECTIVE_KINDS, READINESS_ITEMS, READINESS_STATUSES, TECHNOGRAPHICS, VALUE_DISCIPLINES, Audience,
    Kpi, Objective,
)
from planner.rules import MAX_SCALE_MAGNITUDE, MAX_SHARE
from ui.messages import sentence
from ui.undo_commands import push_edit

DISCIPLINE_NAMES = {"operational_excellence": "Operational excellence",
                    "product_leadership": "Product leadership",
                    "customer_intimacy": "Customer intimacy", "none": "None chosen"}
STATUS_NAMES = {"yes": "Yes", "partly": "Partly", "no": "No", "unknown": "Unknown"}
KPI_COLUMNS = ("name", "unit", "baseline", "baseline_date", "target", "target_date", "current",
               "business_result")
KPI_HEADERS = ("Name", "Unit", "Baseline", "Baseline date", "Target", "Target date", "Current",
               "Business result")
NUMBER_COLUMNS = ("baseline", "target", "current")
DATE_COLUMNS = ("baseline_date", "target_date")


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _set_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` unless the edit already does: a field being typed keeps its cursor."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


class StrategyView(QWidget):
    """Shows and edits the plan's strategy frame; every change is one step on ``undo_stack``."""

    message = Signal(str)  # a refusal, as one sentence, for the status bar

    def __init__(self, document, undo_stack, parent=None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self._updating = 0
        self._build()
        document.subscribe(after=self._document_changed)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.discipline_combo = QComboBox()
        self.discipline_combo.addItems([DISCIPLINE_NAMES[d] for d in VALUE_DISCIPLINES])
        self.discipline_combo.setToolTip("Treacy & Wiersema: what the organisation chooses to excel at")
        self.discipline_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._change_strategy({"value_discipline": VALUE_DISCIPLINES[i]},
                                                       f"Set value discipline to {DISCIPLINE_NAMES[VALUE_DISCIPLINES[i]].lower()}"))
        self.ambition_edit = QLineEdit(placeholderText="One sentence on what the organisation wants to become")
        self.ambition_edit.editingFinished.connect(
            lambda: self._change_strategy({"ambition": self.ambition_edit.text().strip()}, "Change the ambition"))
        self.capacity_spin = QDoubleSpinBox()
        self.capacity_spin.setRange(-0.5, MAX_SCALE_MAGNITUDE)
        self.capacity_spin.setSingleStep(0.5)
        self.capacity_spin.setDecimals(1)
        self.capacity_spin.setSpecialValueText("none")
        self.capacity_spin.setKeyboardTracking(False)
        self.capacity_spin.setToolTip("Organisational effort a month the organisation can sustain, "
                                      "on the rating scale; step below 0 for none")
        self.capacity_spin.valueChanged.connect(self._commit_capacity)
        strategy_form = QFormLayout()
        strategy_form.addRow("&Value discipline:", self.discipline_combo)
        strategy_form.addRow("&Ambition:", self.ambition_edit)
        strategy_form.addRow("Monthly &capacity:", self.capacity_spin)
        strategy_box = QGroupBox("Strategy")
        strategy_box.setLayout(strategy_form)

        self.status_combos: dict[str, QComboBox] = {}
        self.note_edits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for row, (item, question) in enumerate(READINESS_ITEMS.items()):
            label = QLabel(question)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItems([STATUS_NAMES[s] for s in READINESS_STATUSES])
            combo.currentIndexChanged.connect(lambda i, item=item: i >= 0 and self._commit_readiness(item))
            label.setBuddy(combo)
            note = QLineEdit(placeholderText="Note")
            note.editingFinished.connect(lambda item=item: self._commit_readiness(item))
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            self.status_combos[item], self.note_edits[item] = combo, note
        grid.setColumnMinimumWidth(0, 220)
        readiness_box = QGroupBox("Readiness")
        readiness_box.setLayout(grid)

        # Objectives: a list on the left, the selected one's fields and KPIs on the right.
        self.objective_list = QListWidget()
        self.objective_list.setMaximumWidth(200)
        self.objective_list.currentRowChanged.connect(lambda _row: self._show_objective())
        self.add_objective_button = QPushButton("Add")
        self.add_objective_button.clicked.connect(self.add_objective)
        self.remove_objective_button = QPushButton("Remove")
        self.remove_objective_button.clicked.connect(self.remove_objective)
        self.objective_name_edit = QLineEdit()
        self.objective_name_edit.editingFinished.connect(
            lambda: self._commit_objective("name", self.objective_name_edit.text().strip()))
        self.kind_combo = QComboBox()
        self.kind_combo.addItems([_label(k) for k in OBJECTIVE_KINDS])
        self.kind_combo.setToolTip("The Groundswell objective it pursues")
        self.kind_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._commit_objective("kind", OBJECTIVE_KINDS[i]))
        self.objective_description_edit = QLineEdit()
        self.objective_description_edit.editingFinished.connect(
            lambda: self._commit_objective("description", self.objective_description_edit.text()))
        self.kpi_table = QTableWidget(0, len(KPI_COLUMNS))
        self.kpi_table.setHorizontalHeaderLabels(KPI_HEADERS)
        self.kpi_table.verticalHeader().hide()
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpi_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kpi_table.setToolTip("Double-click a cell to edit; dates as YYYY-MM-DD, empty for none")
        self.kpi_table.setMinimumHeight(150)
        self.kpi_table.itemChanged.connect(self._kpi_item_changed)
        self.add_kpi_button = QPushButton("Add KPI")
        self.add_kpi_button.clicked.connect(self.add_kpi)
        self.remove_kpi_button = QPushButton("Remove KPI")
        self.remove_kpi_button.clicked.connect(self.remove_kpi)

        objective_form = QFormLayout()
        objective_form.addRow("&Name:", self.objective_name_edit)
        objective_form.addRow("&Kind:", self.kind_combo)
        objective_form.addRow("&Description:", self.objective_description_edit)
        kpi_buttons = QHBoxLayout()
        kpi_buttons.addWidget(QLabel("KPIs"))
        kpi_buttons.addStretch(1)
        kpi_buttons.addWidget(self.add_kpi_button)
        kpi_buttons.addWidget(self.remove_kpi_button)
        self.objective_editor = QWidget()
        editor_layout = QVBoxLayout(self.objective_editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(objective_form)
        editor_layout.addLayout(kpi_buttons)
        editor_layout.addWidget(self.kpi_table, 1)
        objectives_box = QGroupBox("Objectives")
        objectives_layout = QHBoxLayout(objectives_box)
        objectives_layout.addLayout(self._list_column(self.objective_list, self.add_objective_button,
                                                      self.remove_objective_button))
        objectives_layout.addWidget(self.objective_editor, 1)

        # Audiences: the same shape, with the technographic profile.
        self.audience_list = QListWidget()
        self.audience_list.setMaximumWidth(200)
        self.audience_list.currentRowChanged.connect(lambda _row: self._show_audience())
        self.add_audience_button = QPushButton("Add")
        self.add_audience_button.clicked.connect(self.add_audience)
        self.remove_audience_button = QPushButton("Remove")
        self.remove_audience_button.clicked.connect(self.remove_audience)
        self.audience_name_edit = QLineEdit()
        self.audience_name_edit.editingFinished.connect(
            lambda: self._commit_audience("name", self.audience_name_edit.text().strip()))
        self.audience_description_edit = QLineEdit()
        self.audience_description_edit.editingFinished.connect(
            lambda: self._commit_audience("description", self.audience_description_edit.text()))
        self.share_spins: dict[str, QSpinBox] = {}
        shares = QGridLayout()
        for n, group in enumerate(TECHNOGRAPHICS):
            spin = QSpinBox()
            spin.setRange(-1, MAX_SHARE)
            spin.setSuffix(" %")
            spin.setSpecialValueText("unknown")
            spin.setKeyboardTracking(False)
            spin.setToolTip(f"Share of {group} in this audience; step below 0 for unknown")
            spin.valueChanged.connect(lambda _v, group=group: self._commit_share(group))
            label = QLabel(_label(group) + ":")
            label.setBuddy(spin)
            shares.addWidget(label, n // 2, (n % 2) * 2)
            shares.addWidget(spin, n // 2, (n % 2) * 2 + 1)
            self.share_spins[group] = spin
        shares.setColumnStretch(1, 1)
        shares.setColumnStretch(3, 1)
        audience_form = QFormLayout()
        audience_form.addRow("Na&me:", self.audience_name_edit)
        audience_form.addRow("Descri&ption:", self.audience_description_edit)
        profile_box = QGroupBox("Technographic profile")
        profile_box.setFlat(True)
        profile_box.setLayout(shares)
        self.audience_editor = QWidget()
        audience_editor_layout = QVBoxLayout(self.audience_editor)
        audience_editor_layout.setContentsMargins(0, 0, 0, 0)
        audience_editor_layout.addLayout(audience_form)
        audience_editor_layout.addWidget(profile_box)
        audience_editor_layout.addStretch(1)
        audiences_box = QGroupBox("Audiences")
        audiences_layout = QHBoxLayout(audiences_box)
        audiences_layout.addLayout(self._list_column(self.audience_list, self.add_audience_button,
                                                     self.remove_audience_button))
        audiences_layout.addWidget(self.audience_editor, 1)

        left = QVBoxLayout()
        left.addWidget(strategy_box)
        left.addWidget(readiness_box)
        left.addWidget(audiences_box, 1)
        right = QVBoxLayout()
        right.addWidget(objectives_box, 1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(8, 8, 8, 8)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)  # the KPI table needs the width
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    @staticmethod
    def _list_column(listing: QListWidget, add: QPushButton, remove: QPushButton) -> QVBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        column = QVBoxLayout()
        column.addWidget(listing, 1)
        column.addLayout(buttons)
        return column

    # ------------------------------------------------------------ showing the document

    def refresh(self, fields=None) -> None:
        """Show the document's strategy frame; only ``fields`` (strategy field names) when given."""
        plan = self.document.plan
        strategy = plan.strategy
        show = set(fields) if fields else {"value_discipline", "ambition", "monthly_capacity", "readiness",
                                            "objectives", "audiences"}
        self._updating += 1
        try:
            if "value_discipline" in show:
                self.discipline_combo.setCurrentIndex(VALUE_DISCIPLINES.index(strategy.value_discipline))
            if "ambition" in show:
                _set_text(self.ambition_edit, strategy.ambition)
            if "monthly_capacity" in show:
                capacity = strategy.monthly_capacity
                self.capacity_spin.setValue(self.capacity_spin.minimum() if capacity is None else capacity)
            if "readiness" in show:
                for answer in strategy.readiness:
                    if answer.item in self.status_combos:
                        self.status_combos[answer.item].setCurrentIndex(READINESS_STATUSES.index(answer.status))
                        _set_text(self.note_edits[answer.item], answer.note)
            if "objectives" in show:
                self._fill_list(self.objective_list, [(o.id, o.name) for o in plan.objectives])
            if "audiences" in show:
                self._fill_list(self.audience_list, [(a.id, a.name) for a in plan.audiences])
        finally:
            self._updating -= 1
        if "objectives" in show:
            self._show_objective()
        if "audiences" in show:
            self._show_audience()

    def _fill_list(self, listing: QListWidget, rows: list[tuple[str, str]]) -> None:
        """Show ``rows`` (id, name) in ``listing``, keeping the current id selected (or the first)."""
        current = listing.currentItem().data(Qt.ItemDataRole.UserRole) if listing.currentItem() else None
        ids = [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())]
        if ids == [r[0] for r in rows]:
            for i, (_, name) in enumerate(rows):
                if listing.item(i).text() != name:
                    listing.item(i).setText(name)
            return
        listing.clear()
        for row_id, name in rows:
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            listing.addItem(item)
        wanted = [r[0] for r in rows].index(current) if current in [r[0] for r in rows] else 0
        listing.setCurrentRow(wanted if rows else -1)

    def _current_id(self, listing: QListWidget) -> str | None:
        item = listing.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _objective(self) -> Objective | None:
        oid = self._current_id(self.objective_list)
        return next((o for o in self.document.plan.objectives if o.id == oid), None)

    def _audience(self) -> Audience | None:
        aid = self._current_id(self.audience_list)
        return next((a for a in self.document.plan.audiences if a.id == aid), None)

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
        text = (_number_text(value) if key in NUMBER_COLUMNS
                else (value.isoformat() if value else "") if key in DATE_COLUMNS else value)
        if item.text() != text:
            item.setText(text)
        if key in NUMBER_COLUMNS:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _show_audience(self) -> None:
        audience = self._audience()
        self.audience_editor.setEnabled(audience is not None)
        self.remove_audience_button.setEnabled(audience is not None)
        self._updating += 1
        try:
            if audience is None:
                for edit in (self.audience_name_edit, self.audience_description_edit):
                    edit.clear()
                for spin in self.share_spins.values():
                    spin.setValue(spin.minimum())
                return
            _set_text(self.audience_name_edit, audience.name)
            _set_text(self.audience_description_edit, audience.description)
            for group, spin in self.share_spins.items():
                share = audience.profile.get(group)
                spin.setValue(spin.minimum() if share is None else round(share))
        finally:
            self._updating -= 1

    def _document_changed(self, change) -> None:
        if not shiboken6.isValid(self):
            return  # the view is gone; the document outlives it
        if change.kind in ("fields", "structure", "dependencies"):
            return  # initiatives only: nothing this tab shows
        self.refresh(change.fields if change.kind == "strategy" else None)

    # ------------------------------------------------------------ selecting

    def show_item(self, item: str) -> None:
        """Bring the part of the tab that a health finding's ``item`` names into view."""
        kind, _, key = item.partition(":")
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
        elif kind == "readiness" and key in self.status_combos:
            self.scroll_area.ensureWidgetVisible(self.status_combos[key])
            self.status_combos[key].setFocus()

    @staticmethod
    def _select(listing: QListWidget, row_id: str) -> None:
        for i in range(listing.count()):
            if listing.item(i).data(Qt.ItemDataRole.UserRole) == row_id:
                listing.setCurrentRow(i)

    # ------------------------------------------------------------ making edits

    def _push(self, edit, text: str) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit, text)
        except PlanError as e:
            self.message.emit(sentence(str(e)))
            self.refresh()  # put back what the widgets showed before the refused change
            return False
        return True

    def _change_strategy(self, values: dict, text: str) -> None:
        strategy = self.document.plan.strategy
        if self._updating or all(getattr(strategy, k) == v for k, v in values.items()):
            return
        self._push(ChangeStrategy(values), text)

    def _commit_capacity(self, value: float) -> None:
        capacity = None if value == self.capacity_spin.minimum() else value
        current = self.document.plan.strategy.monthly_capacity
        if current is not None and capacity is not None and round(current, 1) == capacity:
            return  # the spin box only rounded what the document holds
        text = "Clear the monthly capacity" if capacity is None else f"Set monthly capacity to {capacity:g}"
        self._change_strategy({"monthly_capacity": capacity}, text)

    def _commit_readiness(self, item: str) -> None:
        if self._updating:
            return
        status = READINESS_STATUSES[self.status_combos[item].currentIndex()]
        note = self.note_edits[item].text().strip()
        answers = []
        for answer in self.document.plan.strategy.readiness:
            if answer.item == item:
                if (answer.status, answer.note) == (status, note):
                    return
                changed_status = answer.status != status
                answer = dataclasses.replace(answer, status=status, note=note, extra=dict(answer.extra))
            answers.append(answer)
        question = READINESS_ITEMS[item]
        text = (f"Answer ‘{question}’ {STATUS_NAMES[status].lower()}" if changed_status
                else f"Note on ‘{question}’")
        self._change_strategy({"readiness": answers}, text)

    # objectives

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
        new = Objective(new_id("objective", {o.id for o in plan.objectives}), "New objective")
        if self._push(SetObjectives((*plan.objectives, new)), "Add objective ‘New objective’"):
            self._select(self.objective_list, new.id)
            self.objective_name_edit.setFocus()
            self.objective_name_edit.selectAll()

    def remove_objective(self) -> None:
        index, objective = self._copy_objective()
        if objective is not None:
            self._push(SetObjectives(self._objectives_with(index, None)), f"Remove objective ‘{objective.name}’")

    def _commit_objective(self, key: str, value) -> None:
        if self._updating:
            return
        index, objective = self._copy_objective()
        if objective is None or getattr(objective, key) == value:
            return
        old_name = objective.name
        setattr(objective, key, value)
        text = {"name": f"Rename objective ‘{old_name}’ to ‘{value}’",
                "kind": f"Make ‘{old_name}’ a {value} objective",
                "description": f"Describe objective ‘{old_name}’"}[key]
        self._push(SetObjectives(self._objectives_with(index, objective)), text)

    def add_kpi(self) -> None:
        index, objective = self._copy_objective()
        if objective is None:
            return
        taken = {k.id for o in self.document.plan.objectives for k in o.kpis}
        objective.kpis.append(Kpi(new_id("kpi", taken), "New KPI"))
        if self._push(SetObjectives(self._objectives_with(index, objective)), f"Add a KPI to ‘{objective.name}’"):
            self.kpi_table.selectRow(len(objective.kpis) - 1)

    def remove_kpi(self) -> None:
        index, objective = self._copy_objective()
        row = self.kpi_table.currentRow()
        if objective is None or not 0 <= row < len(objective.kpis):
            return
        kpi = objective.kpis.pop(row)
        self._push(SetObjectives(self._objectives_with(index, objective)), f"Remove KPI ‘{kpi.name}’")

    def _kpi_item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        index, objective = self._copy_objective()
        row, key = item.row(), KPI_COLUMNS[item.column()]
        if objective is None or not 0 <= row < len(objective.kpis):
            return
        kpi = objective.kpis[row]
        text = item.text().strip()
        try:
            if key == "business_result":
                value = item.checkState() == Qt.CheckState.Checked
            elif key in NUMBER_COLUMNS:
                value = float(text) if text else None
            elif key in DATE_COLUMNS:
                value = dt.date.fromisoformat(text) if text else None
            else:
                value = text
        except ValueError:
            what = "a date (YYYY-MM-DD)" if key in DATE_COLUMNS else "a number"
            self.message.emit(sentence(f"“{text}” is not {what}"))
            self._show_objective()
            return
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if getattr(kpi, key) == value:
            return
        setattr(kpi, key, value)
        self._push(SetObjectives(self._objectives_with(index, objective)),
                   f"Set {KPI_HEADERS[item.column()].lower()} of KPI ‘{kpi.name}’")

    # audiences

    def add_audience(self) -> None:
        plan = self.document.plan
        new = Audience(new_id("audience", {a.id for a in plan.audiences}), "New audience")
        if self._push(SetAudiences((*plan.audiences, new)), "Add audience ‘New audience’"):
            self._select(self.audience_list, new.id)
            self.audience_name_edit.setFocus()
            self.audience_name_edit.selectAll()

    def remove_audience(self) -> None:
        audience = self._audience()
        if audience is not None:
            kept = tuple(a for a in self.document.plan.audiences if a is not audience)
            self._push(SetAudiences(kept), f"Remove audience ‘{audience.name}’")

    def _commit_audience(self, key: str, value) -> None:
        audience = self._audience()
        if self._updating or audience is None or getattr(audience, key) == value:
            return
        changed = copy.deepcopy(audience)
        setattr(changed, key, value)
        text = (f"Rename audience ‘{audience.name}’ to ‘{value}’" if key == "name"
                else f"Describe audience ‘{audience.name}’")
        self._replace_audience(audience, changed, text)

    def _commit_share(self, group: str) -> None:
        audience = self._audience()
        if self._updating or audience is None:
            return
        spin = self.share_spins[group]
        share = None if spin.value() == spin.minimum() else spin.value()
        old = audience.profile.get(group)
        if old == share or (old is not None and share is not None and round(old) == share):
            return
        changed = copy.deepcopy(audience)
        if share is None:
            changed.profile.pop(group, None)
        else:
            changed.profile[group] = share
        what = "unknown" if share is None else f"{share}%"
        self._replace_audience(audience, changed, f"Set {group} of ‘{audience.name}’ to {what}")

    def _replace_audience(self, old: Audience, new: Audience, text: str) -> None:
        audiences = tuple(new if a is old else a for a in self.document.plan.audiences)
        self._push(SetAudiences(audiences), text)
