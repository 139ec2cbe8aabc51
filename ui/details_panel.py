"""The details panel: every field of one initiative, its computed facts and its dependencies.

A view of the document like any other: it holds no copy of the plan, reads the initiative each
time it shows it, and turns each committed widget change into one undoable edit. It follows the
document through the same notifications an undo or another view causes, refreshing only the
fields a change names, so it never overwrites a field someone is typing in unless that field
itself changed.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpinBox, QStackedWidget, QStyledItemDelegate, QToolButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from planner.edits import (
    AddDependency, Change, RemoveDependency, SetDependencyLag, SetFields, describe_fields,
)
from planner.errors import PlanError
from planner.model import DECISIONS, RATINGS, Dependency, Initiative
from planner.rules import MAX_DURATION_DAYS, MAX_LAG_DAYS
from planner.scoring import initiative_scores
from ui.messages import sentence
from ui.undo_commands import push_edit

HINT = "Select one initiative in the table to see and edit its details here."
WARNING_STYLE = "color: #b3261e;"  # a red that stays readable on light and dark greys


def _days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def _decimals(step: float) -> int:
    text = f"{step:g}"
    return min(len(text.split(".")[1]), 4) if "." in text else 0


class _LagDelegate(QStyledItemDelegate):
    """Edits a lag cell with a day spin box bounded the way the core bounds lags."""

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        editor.setSuffix(" d")
        return editor


class DependencyEditor(QGroupBox):
    """One side of an initiative's dependencies: a list with lags, remove, and an add row.

    Knows nothing of the document; the panel fills it and turns its requests into edits.
    """

    add_requested = Signal(str, int)      # other initiative's id, lag in days
    remove_requested = Signal(str)        # other initiative's id
    lag_edited = Signal(str, int)         # other initiative's id, new lag

    def __init__(self, title: str, noun: str, parent=None):
        super().__init__(title, parent)
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Initiative", "Lag (days)"])
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
        self.tree.setToolTip(f"Double-click a lag to change it; press Delete to remove the {noun}.")
        self.tree.installEventFilter(self)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.remove_button = QToolButton()
        self.remove_button.setText("Remove")
        self.remove_button.setToolTip(f"Remove the selected {noun}")
        self.remove_button.clicked.connect(self._remove)

        self._candidate_ids: list[str] = []
        self._candidates = QStringListModel(self)
        self.add_combo = QComboBox()
        self.add_combo.setEditable(True)
        self.add_combo.setModel(self._candidates)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(6)
        self.add_combo.lineEdit().setPlaceholderText(f"Add a {noun} by name…")
        self.add_combo.lineEdit().returnPressed.connect(self._add)
        completer = self.add_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_lag = QSpinBox()
        self.add_lag.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        self.add_lag.setSuffix(" d")
        self.add_lag.setToolTip("Lag in calendar days after the first one finishes; negative overlaps")
        self.add_button = QToolButton()
        self.add_button.setText("Add")
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


class _RatingEditor(QWidget):
    """A rating spin box whose lowest value reads “unrated”, with a button to clear it."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.spin = QDoubleSpinBox()
        self.spin.setSpecialValueText("unrated")
        self.spin.setKeyboardTracking(False)  # commit on Enter, focus out or a step, not per key
        self.spin.setAccelerated(True)
        self.spin.setToolTip(f"{name}; step below the scale's minimum to leave it unrated")
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear")
        self.clear_button.setToolTip(f"Make {name.lower()} unrated")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.spin)

    def value(self) -> float | None:
        v = self.spin.value()
        return None if v == self.spin.minimum() else v

    def set_value(self, value: float | None) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else value)

    def set_scale(self, low: float, high: float, step: float) -> None:
        current = self.value()
        self.spin.setDecimals(max(_decimals(step), _decimals(low)))
        self.spin.setRange(low - step, high)
        self.spin.setSingleStep(step)
        self.set_value(current if current is None or low <= current <= high else None)


class DetailsPanel(QWidget):
    """Shows and edits one initiative of ``document``; every change is one step on ``undo_stack``."""

    edit_refused = Signal(str)  # the sentence shown when the core refuses an edit

    def __init__(self, document, undo_stack, parent=None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self._id: str | None = None
        self._updating = 0  # > 0 while widgets are set from the document, so no edit is made
        self._build()
        document.subscribe(after=self._document_changed)
        self.set_initiative(None)

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.hint_label = QLabel(HINT)
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        palette = self.hint_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.hint_label.setPalette(palette)
        self.hint_label.setMargin(16)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(WARNING_STYLE)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setContentsMargins(6, 6, 6, 0)
        self.message_label.hide()

        self.title_edit = QLineEdit()
        self.title_edit.editingFinished.connect(lambda: self._commit_text("title", self.title_edit.text()))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.description_edit.installEventFilter(self)
        self.owner_edit = QLineEdit()
        self.owner_completer = QCompleter([], self.owner_edit)
        self.owner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_edit.setCompleter(self.owner_completer)
        self.owner_edit.editingFinished.connect(lambda: self._commit_text("owner", self.owner_edit.text()))
        # Combo rows map to ids through Python lists: no None goes through a QVariant.
        self._lane_ids: list[str | None] = [None]
        self.lane_combo = QComboBox()
        self.lane_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._commit_fields({"lane": self._lane_ids[i]}))
        self.decision_combo = QComboBox()
        self.decision_combo.addItems([decision.capitalize() for decision in DECISIONS])
        self.decision_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._commit_fields({"decision": DECISIONS[i]}))
        self.rating_editors: dict[str, _RatingEditor] = {}
        for key, name in zip(RATINGS, ("Benefit", "Technical effort", "Organisational effort")):
            editor = _RatingEditor(name)
            editor.spin.valueChanged.connect(lambda _v, key=key: self._commit_rating(key))
            editor.clear_button.clicked.connect(lambda _c=False, key=key: self._commit_fields({key: None}))
            self.rating_editors[key] = editor
        self.start_edit = QDateEdit()
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setKeyboardTracking(False)
        self.start_edit.dateChanged.connect(self._commit_start)
        self.fixed_check = QCheckBox("&Fixed start")
        self.fixed_check.setToolTip("Fix the start on this date; unchecked, the start follows the schedule")
        self.fixed_check.toggled.connect(self._commit_fixed)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, MAX_DURATION_DAYS)
        self.duration_spin.setSuffix(" days")
        self.duration_spin.setSpecialValueText("milestone")
        self.duration_spin.setKeyboardTracking(False)
        self.duration_spin.valueChanged.connect(
            lambda v: self._commit_fields({"duration_days": v}))

        # The strategy links: the plan's objectives and audiences as checkable lists.
        self.link_lists: dict[str, QListWidget] = {}
        for key in ("objectives", "audiences"):
            listing = QListWidget()
            listing.setToolTip(f"Check the {key} this initiative serves")
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.itemChanged.connect(lambda _item, key=key: self._commit_links(key))
            self.link_lists[key] = listing
        self.run_effort_editor = _RatingEditor("Running effort")
        self.run_effort_editor.spin.setSpecialValueText("none")
        self.run_effort_editor.spin.setToolTip("Organisational effort a month to keep it running after launch; "
                                               "step below the scale's minimum for none")
        self.run_effort_editor.clear_button.setToolTip("No running effort")
        self.run_effort_editor.spin.valueChanged.connect(lambda _v: self._commit_rating("run_effort"))
        self.run_effort_editor.clear_button.clicked.connect(lambda: self._commit_fields({"run_effort": None}))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [("&Title", self.title_edit), ("&Description", self.description_edit),
                ("&Owner", self.owner_edit), ("&Lane", self.lane_combo),
                ("De&cision", self.decision_combo),
                ("&Benefit", self.rating_editors["benefit"]),
                ("Tec&hnical effort", self.rating_editors["technical_effort"]),
                ("Or&ganisational effort", self.rating_editors["organisational_effort"]),
                ("&Start", self.start_edit), ("", self.fixed_check), ("D&uration", self.duration_spin),
                ("Ob&jectives", self.link_lists["objectives"]), ("Audie&nces", self.link_lists["audiences"]),
                ("Runn&ing effort", self.run_effort_editor)]
        for text, field in rows:
            if not text:
                form.addRow("", field)
                continue
            label = QLabel(text + ":")
            label.setBuddy(field)
            form.addRow(label, field)

        self.fact_labels: dict[str, QLabel] = {}
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, text in (("effort", "Combined effort"), ("quadrant", "Quadrant"),
                          ("scheduled", "Scheduled"), ("slack", "Slack"), ("critical", "Critical")):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            facts.addRow(text + ":", value)
        facts_box = QGroupBox("Computed")
        facts_box.setLayout(facts)

        self.predecessors = DependencyEditor("&Predecessors (finish first)", "predecessor")
        self.successors = DependencyEditor("Successo&rs (start after)", "successor")
        for side, editor in (("predecessor", self.predecessors), ("successor", self.successors)):
            editor.add_requested.connect(lambda other, lag, side=side: self._add_dependency(side, other, lag))
            editor.remove_requested.connect(lambda other, side=side: self._remove_dependency(side, other))
            editor.lag_edited.connect(lambda other, lag, side=side: self._set_lag(side, other, lag))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(facts_box)
        layout.addWidget(self.predecessors)
        layout.addWidget(self.successors)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # The refusal sits above the scrolling form, so it is seen wherever the form is scrolled.
        form_page = QWidget()
        page_layout = QVBoxLayout(form_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.message_label)
        page_layout.addWidget(self.scroll_area, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint_label)
        self.stack.addWidget(form_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(260)

        order = [self.title_edit, self.description_edit, self.owner_edit, self.lane_combo,
                 self.decision_combo, *(e.spin for e in self.rating_editors.values()),
                 self.start_edit, self.fixed_check, self.duration_spin, *self.link_lists.values(),
                 self.run_effort_editor.spin]
        for editor in (self.predecessors, self.successors):
            order += [editor.tree, editor.remove_button, editor.add_combo, editor.add_lag, editor.add_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ public

    @property
    def initiative_id(self) -> str | None:
        return self._id

    def set_initiative(self, initiative_id: str | None) -> None:
        """Show the initiative ``initiative_id``, or the hint when None (nothing or several selected)."""
        if initiative_id is not None and initiative_id == self._id and self.stack.currentIndex() == 1:
            return  # the same one again: keep what is being typed
        if self._item() is not None:
            self.commit_pending()
        self._id = initiative_id if initiative_id is not None and self._exists(initiative_id) else None
        self._clear_message()
        self.predecessors.clear_add_row()
        self.successors.clear_add_row()
        if self._id is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._show_choices()
        self._show_fields(("title", "description", "owner", "lane", "decision", *RATINGS,
                           "start", "fixed_start", "duration_days", "objectives", "audiences", "run_effort"))
        self._show_facts()
        self._show_dependencies()
        self.scroll_area.verticalScrollBar().setValue(0)

    def commit_pending(self) -> None:
        """Make the edit for text typed but not yet committed (the description, say)."""
        self._commit_text("title", self.title_edit.text())
        self._commit_text("owner", self.owner_edit.text())
        self._commit_text("description", self.description_edit.toPlainText(), strip=False)

    def message(self) -> str:
        """The refusal shown inline, or "" when none is."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    # ------------------------------------------------------------ reading the document

    def _exists(self, initiative_id: str) -> bool:
        try:
            self.document.row_of(initiative_id)
        except KeyError:
            return False
        return True

    def _item(self) -> Initiative | None:
        if self._id is None or not self._exists(self._id):
            return None
        return self.document.plan.initiatives[self.document.row_of(self._id)]

    def _title(self, initiative_id: str) -> str:
        return self.document.plan.initiatives[self.document.row_of(initiative_id)].title

    def _document_changed(self, change: Change) -> None:
        if not shiboken6.isValid(self):
            return  # the panel is gone; the document outlives it
        if change.kind == "reset":
            self._id = None  # nothing of the old plan to commit
            self.set_initiative(None)
            return
        if self._id is None:
            return
        item = self._item()
        if item is None:  # removed, e.g. deleted in the table
            self.set_initiative(None)
            return
        if change.kind == "fields":
            if self._id in change.ids:
                self._show_fields(change.fields)
            if "title" in change.fields:
                self._show_dependencies()
            if "owner" in change.fields:
                self._show_choices()
        elif change.kind in ("settings", "strategy"):
            self._show_choices()
            self._show_fields(("lane", *RATINGS, "objectives", "audiences", "run_effort"))
        else:  # structure, dependencies: the lists and everything the schedule decides
            self._show_dependencies()
        if change.moves_dates and not item.fixed_start:
            self._show_fields(("start",))
        self._show_facts()

    def _show_choices(self) -> None:
        """Fill the lane choices, the owner completions and the rating ranges from the plan."""
        plan = self.document.plan
        with _Updating(self):
            row = self.lane_combo.currentIndex()
            lane = self._lane_ids[row] if row > 0 else None
            self._lane_ids = [None, *(item.id for item in plan.lanes)]
            self.lane_combo.clear()
            self.lane_combo.addItems(["No lane", *(item.name for item in plan.lanes)])
            self.lane_combo.setCurrentIndex(self._lane_index(lane))
            for editor in (*self.rating_editors.values(), self.run_effort_editor):
                editor.set_scale(plan.scale.min, plan.scale.max, plan.scale.step)
        owners = sorted({i.owner for i in plan.initiatives if i.owner}, key=str.casefold)
        self.owner_completer.model().setStringList(owners)

    def _lane_index(self, lane: str | None) -> int:
        return self._lane_ids.index(lane) if lane in self._lane_ids else 0

    def _show_fields(self, fields) -> None:
        item = self._item()
        if item is None:
            return
        with _Updating(self):
            for key in fields:
                if key == "title" and self.title_edit.text() != item.title:
                    self.title_edit.setText(item.title)
                    self.title_edit.setCursorPosition(0)
                elif key == "description" and self.description_edit.toPlainText() != item.description:
                    self.description_edit.setPlainText(item.description)
                elif key == "owner" and self.owner_edit.text() != item.owner:
                    self.owner_edit.setText(item.owner)
                    self.owner_edit.setCursorPosition(0)
                elif key == "lane":
                    self.lane_combo.setCurrentIndex(self._lane_index(item.lane))
                elif key == "decision":
                    self.decision_combo.setCurrentIndex(DECISIONS.index(item.decision))
                elif key in RATINGS:
                    self.rating_editors[key].set_value(getattr(item, key))
                elif key in ("start", "fixed_start"):
                    self._show_start(item)
                elif key == "duration_days":
                    self.duration_spin.setValue(item.duration_days)
                elif key in ("objectives", "audiences"):
                    self._show_links(key, item)
                elif key == "run_effort":
                    self.run_effort_editor.set_value(item.run_effort)

    def _show_links(self, key: str, item: Initiative) -> None:
        """List the plan's objectives (or audiences), checking those ``item`` links to."""
        listing = self.link_lists[key]
        choices = getattr(self.document.plan, key)
        listing.clear()
        for choice in choices:
            row = QListWidgetItem(choice.name)
            row.setToolTip(choice.name)
            row.setData(Qt.ItemDataRole.UserRole, choice.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if choice.id in getattr(item, key) else Qt.CheckState.Unchecked)
            listing.addItem(row)
        row_height = max(listing.sizeHintForRow(0), self.fontMetrics().height() + 4)
        listing.setFixedHeight(min(max(len(choices), 1), 5) * row_height + 2 * listing.frameWidth() + 2)

    def _show_start(self, item: Initiative) -> None:
        """A fixed start shows its own date; a free one shows where the schedule puts it."""
        self.fixed_check.setChecked(item.fixed_start)
        self.start_edit.setEnabled(item.fixed_start)  # a free start is the schedule's to set
        if item.fixed_start:
            date = item.start
            self.start_edit.setToolTip("The fixed start; uncheck Fixed to let the schedule place it")
        else:
            schedule = self.document.schedule
            placed = schedule.items.get(item.id) if schedule is not None else None
            date = placed.earliest_start if placed is not None else (item.start or self.document.plan.start)
            self.start_edit.setToolTip("The earliest start the schedule gives; check Fixed to pin it here")
        self.start_edit.setDate(QDate(date.year, date.month, date.day))

    def _show_facts(self) -> None:
        item = self._item()
        if item is None:
            return
        plan = self.document.plan
        effort, quadrant, _ = initiative_scores(item, plan)
        facts = {"effort": "unrated" if effort is None else f"{effort:g}",
                 "quadrant": "unrated" if quadrant is None else plan.quadrant_name(quadrant)}
        schedule = self.document.schedule
        placed = schedule.items.get(item.id) if schedule is not None else None
        if placed is not None:
            span = (f"{placed.earliest_start} (milestone)" if item.is_milestone
                    else f"{placed.earliest_start} – {placed.earliest_finish}")
            facts.update(scheduled=span, slack=_days(placed.slack_days),
                         critical="Yes, on the critical path" if placed.critical else "No")
        else:
            why = ("Not scheduled: decided ignore" if item.decision == "ignore"
                   else sentence(self.document.schedule_problem or "not scheduled"))
            facts.update(scheduled=why, slack="–", critical="–")
        for key, text in facts.items():
            self.fact_labels[key].setText(text)

    def _show_dependencies(self) -> None:
        item = self._item()
        if item is None:
            return
        plan = self.document.plan
        titles = {i.id: i.title for i in plan.initiatives}
        me = item.title
        before = [(d.from_, titles[d.from_], d.lag_days,
                   f"‘{me}’ may start {_days(d.lag_days)} after ‘{titles[d.from_]}’ finishes")
                  for d in plan.dependencies if d.to == item.id]
        after = [(d.to, titles[d.to], d.lag_days,
                  f"‘{titles[d.to]}’ may start {_days(d.lag_days)} after ‘{me}’ finishes")
                 for d in plan.dependencies if d.from_ == item.id]
        others = sorted(((i.id, i.title) for i in plan.initiatives if i.id != item.id),
                        key=lambda pair: pair[1].casefold())
        for editor, rows in ((self.predecessors, before), (self.successors, after)):
            linked = {row[0] for row in rows}
            editor.show_rows(rows, [pair for pair in others if pair[0] not in linked])

    # ------------------------------------------------------------ making edits

    def _push(self, edit, text: str, revert=()) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit, text)
        except PlanError as e:
            self._refuse(str(e), revert)
            return False
        self._clear_message()
        return True

    def _refuse(self, message: str, revert=()) -> None:
        text = sentence(message)
        self.message_label.setText(text)
        self.message_label.show()
        self._show_fields(revert)
        self._show_dependencies()
        self.edit_refused.emit(text)

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    def _commit_fields(self, values: dict, text: str | None = None) -> bool:
        item = self._item()
        if self._updating or item is None:
            return False
        values = {k: v for k, v in values.items() if getattr(item, k) != v}
        if not values:
            return False
        return self._push(SetFields(item.id, values), text or describe_fields(item.title, values, self.document.plan),
                          revert=tuple(values))

    def _commit_links(self, key: str) -> None:
        listing = self.link_lists[key]
        checked = {listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
                   if listing.item(i).checkState() == Qt.CheckState.Checked}
        item = self._item()
        if self._updating or item is None:
            return
        # Links kept stay in their order, new ones follow in the plan's: a click changes one id.
        kept = [x for x in getattr(item, key) if x in checked]
        ids = kept + [c.id for c in getattr(self.document.plan, key) if c.id in checked and c.id not in kept]
        self._commit_fields({key: ids})

    def _commit_text(self, key: str, text: str, strip: bool = True) -> None:
        self._commit_fields({key: text.strip() if strip else text})

    def _commit_rating(self, key: str) -> None:
        item = self._item()
        if self._updating or item is None:
            return
        editor = self.run_effort_editor if key == "run_effort" else self.rating_editors[key]
        value, old = editor.value(), getattr(item, key)
        if old is not None and value is not None and round(old, editor.spin.decimals()) == value:
            return  # the spin box only rounded what the document holds
        self._commit_fields({key: value})

    def _commit_start(self) -> None:
        item = self._item()
        if self._updating or item is None or not item.fixed_start:
            return
        self._commit_fields({"start": self.start_edit.date().toPython()})

    def _commit_fixed(self, checked: bool) -> None:
        item = self._item()
        if self._updating or item is None or checked == item.fixed_start:
            return
        if checked:
            shown: dt.date = self.start_edit.date().toPython()
            self._commit_fields({"fixed_start": True, "start": shown},
                                f"Fix the start of ‘{item.title}’ on {shown}")
        else:
            self._commit_fields({"fixed_start": False})

    def _add_dependency(self, side: str, other: str, lag: int) -> None:
        item = self._item()
        if item is None:
            return
        editor = self.predecessors if side == "predecessor" else self.successors
        if not other:
            typed = editor.add_combo.currentText().strip()
            self._refuse(f"no other initiative is called “{typed}”")
            return
        dep = Dependency(other, item.id, lag) if side == "predecessor" else Dependency(item.id, other, lag)
        text = f"Make ‘{self._title(dep.to)}’ depend on ‘{self._title(dep.from_)}’"
        if lag:
            text += f" with a lag of {_days(lag)}"
        if self._push(AddDependency(dep), text):
            editor.clear_add_row()
            editor.select(other)

    def _remove_dependency(self, side: str, other: str) -> None:
        item = self._item()
        if item is None:
            return
        from_, to = (other, item.id) if side == "predecessor" else (item.id, other)
        self._push(RemoveDependency(from_, to),
                   f"Remove dependency of ‘{self._title(to)}’ on ‘{self._title(from_)}’")

    def _set_lag(self, side: str, other: str, lag: int) -> None:
        item = self._item()
        if item is None:
            return
        from_, to = (other, item.id) if side == "predecessor" else (item.id, other)
        current = next((d.lag_days for d in self.document.plan.dependencies
                        if d.from_ == from_ and d.to == to), None)
        if current == lag:
            return
        self._push(SetDependencyLag(from_, to, lag),
                   f"Set lag of ‘{self._title(to)}’ after ‘{self._title(from_)}’ to {_days(lag)}")

    # ------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description_edit and event.type() == QEvent.Type.FocusOut:
            self._commit_text("description", self.description_edit.toPlainText(), strip=False)
        return super().eventFilter(watched, event)


class _Updating:
    """Marks the panel as showing document values, so its change signals make no edits."""

    def __init__(self, panel: DetailsPanel):
        self.panel = panel

    def __enter__(self):
        self.panel._updating += 1

    def __exit__(self, *exc):
        self.panel._updating -= 1
