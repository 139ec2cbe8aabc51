"""The Table tab: the initiatives under a search field and filters by decision, quadrant, lane and objective."""

from __future__ import annotations

import math

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from planner.document import Document
from planner.edits import ChangeKind
from planner.model import DECISIONS
from planner.scoring import QUADRANTS
from ui.table.filter import UNRATED, InitiativeFilterProxy
from ui.table.model import InitiativeTableModel, decision_text
from ui.table.view import InitiativeTableView


class TablePage(QWidget):
    """The table of the plan's initiatives, filtered by the bar above it."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.model = InitiativeTableModel(document, undo_stack, self)
        self.proxy = InitiativeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = InitiativeTableView(self)
        self.table.setModel(self.proxy)
        self.table.install(document)
        self.filters = FilterBar(document, self.proxy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()


SEARCH_CHARACTERS = 16  # the search field never gets narrower: its placeholder starts readable


class FilterBar(QWidget):
    """Sets what the proxy shows; lists the plan's own quadrant names, lanes and objectives."""

    def __init__(self, document: Document, proxy: InitiativeFilterProxy, parent=None):
        super().__init__(parent)
        self.document, self.proxy = document, proxy
        self.search = QLineEdit(placeholderText=self.tr("Search titles, descriptions and owners"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(proxy.set_search)
        self.decision_filter = QComboBox()
        self.decision_filter.addItem(self.tr("All decisions"), None)
        for decision in DECISIONS:
            self.decision_filter.addItem(decision_text(decision), {decision})
        self.decision_filter.currentIndexChanged.connect(
            lambda: proxy.set_decisions(self.decision_filter.currentData()))
        self.quadrant_filter = QComboBox()
        self.quadrant_filter.currentIndexChanged.connect(
            lambda: proxy.set_quadrants(self.quadrant_filter.currentData()))
        self.lane_filter = QComboBox()
        self.lane_filter.currentIndexChanged.connect(lambda: proxy.set_lane(self.lane_filter.currentData()))
        self.objective_filter = QComboBox()
        self.objective_filter.currentIndexChanged.connect(self._objective_filter_changed)
        self._fill_filters()

        # Lanes and objectives are long names: each filter is as wide as its "All …" and lists the
        # names whole when opened, so that the search field keeps room for what a person types.
        for combo in (self.decision_filter, self.quadrant_filter, self.lane_filter, self.objective_filter):
            metrics = combo.fontMetrics()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(math.ceil(metrics.horizontalAdvance(combo.itemText(0))
                                                     / metrics.horizontalAdvance("X")))  # Qt counts in X
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * SEARCH_CHARACTERS)

        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 3)
        for combo in (self.decision_filter, self.quadrant_filter, self.lane_filter, self.objective_filter):
            bar.addWidget(combo, 1)
        document.subscribe(after=self._document_changed)

    def _document_changed(self, change) -> None:
        if change.touches_settings:
            self._fill_filters()
        elif change.kind is ChangeKind.STRATEGY:
            self._fill_objective_filter()

    def _fill_filters(self) -> None:
        """List the plan's quadrant names and lanes in the filters, keeping what was chosen."""
        current = self.quadrant_filter.currentIndex()
        self.quadrant_filter.blockSignals(True)
        self.quadrant_filter.clear()
        self.quadrant_filter.addItem(self.tr("All quadrants"), None)
        for quadrant in QUADRANTS:
            self.quadrant_filter.addItem(self.document.plan.quadrant_name(quadrant), {quadrant})
        self.quadrant_filter.addItem(self.tr("Unrated"), {UNRATED})
        self.quadrant_filter.setCurrentIndex(max(current, 0))
        self.quadrant_filter.blockSignals(False)
        current = self.lane_filter.currentData()
        self.lane_filter.blockSignals(True)
        self.lane_filter.clear()
        self.lane_filter.addItem(self.tr("All lanes"), None)
        for lane in self.document.plan.lanes:
            self.lane_filter.addItem(lane.name, lane.id)
        index = self.lane_filter.findData(current)
        self.lane_filter.setCurrentIndex(max(index, 0))
        self.lane_filter.blockSignals(False)
        self.proxy.set_lane(self.lane_filter.currentData())
        self._fill_objective_filter()

    def _fill_objective_filter(self) -> None:
        """List the plan's objectives in the objective filter, keeping the one chosen while it exists."""
        current = self.objective_filter.currentData()
        self.objective_filter.blockSignals(True)
        self.objective_filter.clear()
        self.objective_filter.addItem(self.tr("All objectives"), None)
        for objective in self.document.plan.objectives:
            self.objective_filter.addItem(objective.name, objective.id)
        index = self.objective_filter.findData(current) if current is not None else 0
        self.objective_filter.setCurrentIndex(max(index, 0))
        self.objective_filter.blockSignals(False)
        self.objective_filter.setVisible(self.objective_filter.count() > 1)
        if self.objective_filter.currentData() != current:
            self._objective_filter_changed()

    def _objective_filter_changed(self, *_) -> None:
        self.proxy.set_objective(self.objective_filter.currentData())
