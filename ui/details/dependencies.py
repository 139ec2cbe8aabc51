"""An initiative's dependencies in the details panel: predecessors and successors with their lags."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QCompleter, QGroupBox, QHBoxLayout, QHeaderView, QSpinBox,
    QStyledItemDelegate, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from planner.document import Document
from planner.edits import AddDependency, Edit, RemoveDependency, SetDependencyLag
from planner.model import Dependency, Initiative
from planner.rules import MAX_LAG_DAYS
from planner.undo_texts import days


class _LagDelegate(QStyledItemDelegate):
    """Edits a lag cell with a day spin box bounded the way the core bounds lags."""

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        editor.setSuffix(QCoreApplication.translate("DependencyEditor", " d"))
        return editor


class DependencyEditor(QGroupBox):
    """One side of an initiative's dependencies: a list with lags, remove, and an add row.

    Knows nothing of the document; the panel fills it and turns its requests into edits.
    """

    add_requested = Signal(str, int)      # other initiative's id, lag in days
    remove_requested = Signal(str)        # other initiative's id
    lag_edited = Signal(str, int)         # other initiative's id, new lag

    def __init__(self, title: str, texts: dict[str, str], parent=None):
        super().__init__(title, parent)
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Initiative"), self.tr("Lag (days)")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setItemDelegateForColumn(1, _LagDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setToolTip(texts["tree"])
        self.tree.installEventFilter(self)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(texts["remove"])
        self.remove_button.clicked.connect(self._remove)

        self._candidate_ids: list[str] = []
        self._candidates = QStringListModel(self)
        self.add_combo = QComboBox()
        self.add_combo.setEditable(True)
        self.add_combo.setModel(self._candidates)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(6)
        self.add_combo.lineEdit().setPlaceholderText(texts["add"])
        self.add_combo.lineEdit().returnPressed.connect(self._add)
        completer = self.add_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_lag = QSpinBox()
        self.add_lag.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        self.add_lag.setSuffix(self.tr(" d"))
        self.add_lag.setToolTip(self.tr("Lag in calendar days after the first one finishes; negative overlaps"))
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.clicked.connect(self._add)

        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_combo, 1)
        add_row.addWidget(self.add_lag)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(remove_row)
        layout.addLayout(add_row)
        self._update_buttons()

    def show_rows(self, rows: list[tuple[str, str, int, str]], candidates: list[tuple[str, str]]) -> None:
        """Show ``rows`` (id, title, lag, tooltip) and offer ``candidates`` (id, title) to add."""
        selected = self.selected_id()
        self._filling = True
        try:
            if self.row_ids() == [row[0] for row in rows]:
                # Update in place: a lag edit arrives here from inside the item's own setData.
                for i, (_, title, lag, tip) in enumerate(rows):
                    self._fill_item(self.tree.topLevelItem(i), title, lag, tip)
            else:
                self.tree.clear()
                for other_id, title, lag, tip in rows:
                    item = QTreeWidgetItem()
                    item.setData(0, Qt.ItemDataRole.UserRole, other_id)
                    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self._fill_item(item, title, lag, tip)
                    self.tree.addTopLevelItem(item)
                    if other_id == selected:
                        self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        rows_shown = min(max(len(rows), 2), 6)
        row_height = self.tree.sizeHintForRow(0) if rows else self.fontMetrics().height() + 6
        self.tree.setFixedHeight(self.tree.header().sizeHint().height() + rows_shown * row_height
                                 + 2 * self.tree.frameWidth() + 2)
        # One model call rather than an addItem per initiative: plans may hold thousands.
        typed = self.add_combo.currentText()
        self.add_combo.blockSignals(True)
        self._candidate_ids = [other_id for other_id, _ in candidates]
        self._candidates.setStringList([title for _, title in candidates])
        self.add_combo.setCurrentIndex(-1)
        self.add_combo.setEditText(typed)
        self.add_combo.blockSignals(False)
        self._update_buttons()

    @staticmethod
    def _fill_item(item: QTreeWidgetItem, title: str, lag: int, tip: str) -> None:
        if item.text(0) != title:
            item.setText(0, title)
        if item.data(1, Qt.ItemDataRole.EditRole) != lag:
            item.setData(1, Qt.ItemDataRole.EditRole, lag)
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def select(self, other_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == other_id:
                self.tree.setCurrentItem(item)

    def row_ids(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    def chosen_id(self) -> tuple[str | None, str]:
        """Return the id of the initiative named in the add box (or None) and the text typed."""
        text = self.add_combo.currentText().strip()
        index = self.add_combo.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        return (self._candidate_ids[index] if index >= 0 else None), text

    def candidate_ids(self) -> list[str]:
        """The ids of the initiatives the add box offers, in the order it lists them."""
        return list(self._candidate_ids)

    def clear_add_row(self) -> None:
        self.add_combo.setCurrentIndex(-1)
        self.add_combo.setEditText("")
        self.add_lag.setValue(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.tree.state() != QAbstractItemView.State.EditingState):
            self._remove()
            return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_id() is not None)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._filling and column == 1:
            self.lag_edited.emit(item.data(0, Qt.ItemDataRole.UserRole),
                                 int(item.data(1, Qt.ItemDataRole.EditRole)))

    def _remove(self) -> None:
        other = self.selected_id()
        if other is not None:
            self.remove_requested.emit(other)

    def _add(self) -> None:
        other, text = self.chosen_id()
        if other is not None or text:
            self.add_requested.emit(other or "", self.add_lag.value())


class DependencyLists(QWidget):
    """Both sides of the shown initiative's dependencies; each request of the editors becomes one edit.

    ``current()`` returns the initiative shown (None when there is none), ``push(edit)`` makes an
    edit and returns whether the core took it, ``refuse(message)`` shows why a request cannot be made.
    """

    def __init__(self, document: Document, current: Callable[[], Initiative | None],
                 push: Callable[[Edit], bool], refuse: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.document = document
        self._current, self._push, self._refuse = current, push, refuse
        self.predecessors = DependencyEditor(self.tr("&Predecessors (finish first)"), {
            "tree": self.tr("Double-click a lag to change it; press Delete to remove the predecessor."),
            "remove": self.tr("Remove the selected predecessor"), "add": self.tr("Add a predecessor by name…")})
        self.successors = DependencyEditor(self.tr("Successo&rs (start after)"), {
            "tree": self.tr("Double-click a lag to change it; press Delete to remove the successor."),
            "remove": self.tr("Remove the selected successor"), "add": self.tr("Add a successor by name…")})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for side, editor in (("predecessor", self.predecessors), ("successor", self.successors)):
            editor.add_requested.connect(lambda other, lag, side=side: self._add(side, other, lag))
            editor.remove_requested.connect(lambda other, side=side: self._remove(side, other))
            editor.lag_edited.connect(lambda other, lag, side=side: self._set_lag(side, other, lag))
            layout.addWidget(editor)

    def show_links(self) -> None:
        """List what the initiative waits for and what waits for it; offer every other one to add."""
        item = self._current()
        if item is None:
            return
        plan = self.document.plan
        titles = {i.id: i.title for i in plan.initiatives}
        me = item.title
        tip = self.tr("‘{later}’ may start {lag} after ‘{first}’ finishes")
        before = [(d.from_, titles[d.from_], d.lag_days,
                   tip.format(later=me, lag=days(d.lag_days), first=titles[d.from_]))
                  for d in plan.dependencies if d.to == item.id]
        after = [(d.to, titles[d.to], d.lag_days, tip.format(later=titles[d.to], lag=days(d.lag_days), first=me))
                 for d in plan.dependencies if d.from_ == item.id]
        others = sorted(((i.id, i.title) for i in plan.initiatives if i.id != item.id),
                        key=lambda pair: pair[1].casefold())
        for editor, rows in ((self.predecessors, before), (self.successors, after)):
            linked = {row[0] for row in rows}
            editor.show_rows(rows, [pair for pair in others if pair[0] not in linked])

    def clear_add_rows(self) -> None:
        self.predecessors.clear_add_row()
        self.successors.clear_add_row()

    def _ends(self, side: str, other: str) -> tuple[str, str] | None:
        """(from, to) of the dependency between the shown initiative and ``other``; None if none is shown."""
        item = self._current()
        if item is None:
            return None
        return (other, item.id) if side == "predecessor" else (item.id, other)

    def _add(self, side: str, other: str, lag: int) -> None:
        ends = self._ends(side, other)
        if ends is None:
            return
        editor = self.predecessors if side == "predecessor" else self.successors
        if not other:
            typed = editor.add_combo.currentText().strip()
            self._refuse(self.tr("no other initiative is called “{name}”").format(name=typed))
            return
        if self._push(AddDependency(Dependency(*ends, lag))):
            editor.clear_add_row()
            editor.select(other)

    def _remove(self, side: str, other: str) -> None:
        ends = self._ends(side, other)
        if ends is not None:
            self._push(RemoveDependency(*ends))

    def _set_lag(self, side: str, other: str, lag: int) -> None:
        ends = self._ends(side, other)
        current = next((d.lag_days for d in self.document.plan.dependencies
                        if (d.from_, d.to) == ends), None)
        if ends is not None and current != lag:
            self._push(SetDependencyLag(*ends, lag))
