"""The Strategy tab: value discipline, ambition, capacity, readiness, objectives with KPIs, audiences.

A view of the document like the details panel: it holds no copy of the plan, turns each
committed widget change into one undoable edit (ChangeStrategy, SetObjectives, SetAudiences)
and follows the document's "strategy" and "reset" changes. A refresh sets a widget only when
its value differs from the document's, so a field being typed in is left alone. Objectives and
audiences have editors of their own (objectives_editor, audiences_editor).
"""

from __future__ import annotations

import dataclasses

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from planner.edits import ChangeKind
from planner.errors import PlanError
from planner.language import _ as core_text
from planner.model import DISCIPLINE_NAMES, READINESS_ITEMS, READINESS_STATUSES, VALUE_DISCIPLINES
from planner.rules import MAX_SCALE_MAGNITUDE
from planner.strategy_edits import ChangeStrategy
from ui.messages import sentence
from ui.notation import NumberBox
from ui.strategy.audiences_editor import AudiencesEditor
from ui.strategy.list_editor import _set_text
from ui.strategy.objectives_editor import ObjectivesEditor
from ui.undo_commands import push_edit

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
        # The core's names, as the workbook and the board pack show them: one Dutch for each.
        self.discipline_combo.addItems([core_text(DISCIPLINE_NAMES[d]) for d in VALUE_DISCIPLINES])
        self.discipline_combo.setToolTip(self.tr("Treacy & Wiersema: what the organisation chooses to excel at"))
        self.discipline_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._change_strategy({"value_discipline": VALUE_DISCIPLINES[i]}))
        self.ambition_edit = QLineEdit(
            placeholderText=self.tr("One sentence on what the organisation wants to become"))
        self.ambition_edit.editingFinished.connect(
            lambda: self._change_strategy({"ambition": self.ambition_edit.text().strip()}))
        self.capacity_spin = NumberBox()
        self.capacity_spin.setRange(-0.5, MAX_SCALE_MAGNITUDE)
        self.capacity_spin.setSingleStep(0.5)
        self.capacity_spin.setDecimals(1)
        self.capacity_spin.setSpecialValueText(self.tr("none"))
        self.capacity_spin.setKeyboardTracking(False)
        self.capacity_spin.setToolTip(self.tr("Organisational effort a month the organisation can sustain, "
                                              "on the rating scale; step below 0 for none"))
        self.capacity_spin.valueChanged.connect(self._commit_capacity)
        strategy_form = QFormLayout()
        strategy_form.addRow(self.tr("&Value discipline:"), self.discipline_combo)
        strategy_form.addRow(self.tr("&Ambition:"), self.ambition_edit)
        strategy_form.addRow(self.tr("Monthly &capacity:"), self.capacity_spin)
        strategy_box = QGroupBox(self.tr("Strategy"))
        strategy_box.setLayout(strategy_form)

        self.status_combos: dict[str, QComboBox] = {}
        self.note_edits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        questions = {"enthusiasts": self.tr("At least two enthusiasts who pull it"),
                     "experiment_budget": self.tr("Budget for experiments"),
                     "long_breath": self.tr("A long breath: the first year is an investment"),
                     "flexibility": self.tr("Flexibility to react within hours"),
                     "knowledge_sharing": self.tr("Willingness to share knowledge")}
        statuses = {"yes": self.tr("Yes"), "partly": self.tr("Partly"), "no": self.tr("No"),
                    "unknown": self.tr("Unknown")}
        for row, (item, question) in enumerate(READINESS_ITEMS.items()):
            label = QLabel(questions.get(item, question))
            label.setWordWrap(True)
            combo = QComboBox()
            combo.addItems([statuses[s] for s in READINESS_STATUSES])
            combo.currentIndexChanged.connect(lambda i, item=item: i >= 0 and self._commit_readiness(item))
            label.setBuddy(combo)
            note = QLineEdit(placeholderText=self.tr("Note"))
            note.editingFinished.connect(lambda item=item: self._commit_readiness(item))
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            self.status_combos[item], self.note_edits[item] = combo, note
        grid.setColumnMinimumWidth(0, 220)
        readiness_box = QGroupBox(self.tr("Readiness"))
        readiness_box.setLayout(grid)

        self.objectives = ObjectivesEditor(self.document, self._push)
        self.objectives.message.connect(self.message)
        self.audiences = AudiencesEditor(self.document, self._push)

        left = QVBoxLayout()
        left.addWidget(strategy_box)
        left.addWidget(readiness_box)
        left.addWidget(self.audiences, 1)
        right = QVBoxLayout()
        right.addWidget(self.objectives, 1)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(8, 8, 8, 8)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)  # the KPI table needs the width
        self._columns = columns
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Side by side where both columns fit, one above the other on a small screen, so the
        # objectives are never cut off at the right.
        columns = self._columns
        margins = columns.contentsMargins().left() + columns.contentsMargins().right() + columns.spacing()
        needed = columns.itemAt(0).minimumSize().width() + columns.itemAt(1).minimumSize().width() + margins
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        wide = needed + scroll_bar <= self.width()
        columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    # ------------------------------------------------------------ showing the document

    def refresh(self, fields=None) -> None:
        """Show the document's strategy frame; only ``fields`` (strategy field names) when given."""
        strategy = self.document.plan.strategy
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
        finally:
            self._updating -= 1
        if "objectives" in show:
            self.objectives.refresh()
        if "audiences" in show:
            self.audiences.refresh()

    def _document_changed(self, change) -> None:
        if not shiboken6.isValid(self):
            return  # the view is gone; the document outlives it
        if change.kind in (ChangeKind.FIELDS, ChangeKind.STRUCTURE, ChangeKind.DEPENDENCIES, ChangeKind.ROUNDS):
            return  # initiatives only: nothing this tab shows
        self.refresh(change.fields if change.kind is ChangeKind.STRATEGY else None)

    # ------------------------------------------------------------ selecting

    def show_item(self, item: str) -> None:
        """Bring the part of the tab that a health finding's ``item`` names into view."""
        kind, _, key = item.partition(":")
        if kind in ("objective", "kpi"):
            self.objectives.show_item(kind, key)
        elif kind == "readiness" and key in self.status_combos:
            self.scroll_area.ensureWidgetVisible(self.status_combos[key])
            self.status_combos[key].setFocus()

    # ------------------------------------------------------------ making edits

    def _push(self, edit) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit)
        except PlanError as e:
            self.message.emit(sentence(str(e)))
            self.refresh()  # put back what the widgets showed before the refused change
            return False
        return True

    def _change_strategy(self, values: dict) -> None:
        strategy = self.document.plan.strategy
        if self._updating or all(getattr(strategy, k) == v for k, v in values.items()):
            return
        self._push(ChangeStrategy(values))

    def _commit_capacity(self, value: float) -> None:
        capacity = None if value == self.capacity_spin.minimum() else value
        current = self.document.plan.strategy.monthly_capacity
        if current is not None and capacity is not None and round(current, 1) == capacity:
            return  # the spin box only rounded what the document holds
        self._change_strategy({"monthly_capacity": capacity})

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
                answer = dataclasses.replace(answer, status=status, note=note, extra=dict(answer.extra))
            answers.append(answer)
        self._change_strategy({"readiness": answers})
