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
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpinBox, QStackedWidget, QVBoxLayout, QWidget,
)

from planner.edits import Change, ChangeKind, SetFields
from planner.errors import PlanError
from planner.model import DECISIONS, RATINGS, Initiative
from planner.rules import MAX_DURATION_DAYS
from ui.details.dependencies import DependencyLists
from ui.details.widgets import FactsBox, LinkList, RatingEditor
from ui.messages import sentence
from ui.notation import DateBox
from ui.undo_commands import push_edit

WARNING_STYLE = "color: #b3261e;"  # a red that stays readable on light and dark greys


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
        self.hint_label = QLabel(self.tr("Select one initiative in the table to see and edit its details here."))
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
        names = {"build": self.tr("Build"), "join": self.tr("Join"), "ignore": self.tr("Ignore"),
                 "undecided": self.tr("Undecided")}
        self.decision_combo.addItems([names.get(decision, decision.capitalize()) for decision in DECISIONS])
        self.decision_combo.currentIndexChanged.connect(
            lambda i: i >= 0 and self._commit_fields({"decision": DECISIONS[i]}))
        self.rating_editors: dict[str, RatingEditor] = {}
        for key, name in zip(RATINGS, (self.tr("Benefit"), self.tr("Technical effort"),
                                       self.tr("Organisational effort"))):
            editor = RatingEditor(name)
            editor.spin.valueChanged.connect(lambda _v, key=key: self._commit_rating(key))
            editor.clear_button.clicked.connect(lambda _c=False, key=key: self._commit_fields({key: None}))
            self.rating_editors[key] = editor
        self.start_edit = DateBox()
        self.start_edit.setKeyboardTracking(False)
        self.start_edit.dateChanged.connect(self._commit_start)
        self.fixed_check = QCheckBox(self.tr("&Fixed start"))
        self.fixed_check.setToolTip(self.tr("Fix the start on this date; unchecked, the start follows the schedule"))
        self.fixed_check.toggled.connect(self._commit_fixed)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(0, MAX_DURATION_DAYS)
        self.duration_spin.setSuffix(self.tr(" days"))
        self.duration_spin.setSpecialValueText(self.tr("milestone"))
        self.duration_spin.setKeyboardTracking(False)
        self.duration_spin.valueChanged.connect(
            lambda v: self._commit_fields({"duration_days": v}))

        # The strategy links: the plan's objectives and audiences as checkable lists.
        self.link_lists: dict[str, LinkList] = {}
        for key in ("objectives", "audiences"):
            listing = LinkList(self.tr("Check the objectives this initiative serves") if key == "objectives"
                               else self.tr("Check the audiences this initiative serves"))
            listing.itemChanged.connect(lambda _item, key=key: self._commit_links(key))
            self.link_lists[key] = listing
        self.run_effort_editor = RatingEditor(self.tr("Running effort"))
        self.run_effort_editor.spin.setSpecialValueText(self.tr("none"))
        self.run_effort_editor.spin.setToolTip(self.tr("Organisational effort a month to keep it running after launch; "
                                                       "step below the scale's minimum for none"))
        self.run_effort_editor.clear_button.setToolTip(self.tr("No running effort"))
        self.run_effort_editor.spin.valueChanged.connect(lambda _v: self._commit_rating("run_effort"))
        self.run_effort_editor.clear_button.clicked.connect(lambda: self._commit_fields({"run_effort": None}))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = [(self.tr("&Title:"), self.title_edit), (self.tr("&Description:"), self.description_edit),
                (self.tr("&Owner:"), self.owner_edit), (self.tr("&Lane:"), self.lane_combo),
                (self.tr("De&cision:"), self.decision_combo),
                (self.tr("&Benefit:"), self.rating_editors["benefit"]),
                (self.tr("Tec&hnical effort:"), self.rating_editors["technical_effort"]),
                (self.tr("Or&ganisational effort:"), self.rating_editors["organisational_effort"]),
                (self.tr("&Start:"), self.start_edit), ("", self.fixed_check),
                (self.tr("D&uration:"), self.duration_spin),
                (self.tr("Ob&jectives:"), self.link_lists["objectives"]),
                (self.tr("Audie&nces:"), self.link_lists["audiences"]),
                (self.tr("Runn&ing effort:"), self.run_effort_editor)]
        for text, field in rows:
            if not text:
                form.addRow("", field)
                continue
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.facts = FactsBox()
        self.fact_labels = self.facts.labels
        self.dependencies = DependencyLists(self.document, self._item, self._push, self._refuse)
        self.predecessors, self.successors = self.dependencies.predecessors, self.dependencies.successors

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.facts)
        layout.addWidget(self.dependencies)
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
        self.dependencies.clear_add_rows()
        if self._id is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._show_choices()
        self._show_fields(("title", "description", "owner", "lane", "decision", *RATINGS,
                           "start", "fixed_start", "duration_days", "objectives", "audiences", "run_effort"))
        self._show_facts()
        self.dependencies.show_links()
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
        return self.document.initiative(self._id)

    def _document_changed(self, change: Change) -> None:
        if not shiboken6.isValid(self):
            return  # the panel is gone; the document outlives it
        if change.kind is ChangeKind.RESET:
            self._id = None  # nothing of the old plan to commit
            self.set_initiative(None)
            return
        if self._id is None or change.kind is ChangeKind.ROUNDS:
            return
        item = self._item()
        if item is None:  # removed, e.g. deleted in the table
            self.set_initiative(None)
            return
        if change.kind is ChangeKind.FIELDS:
            if self._id in change.ids:
                self._show_fields(change.fields)
            if "title" in change.fields:
                self.dependencies.show_links()
            if "owner" in change.fields:
                self._show_choices()
        elif change.kind in (ChangeKind.SETTINGS, ChangeKind.STRATEGY):
            self._show_choices()
            self._show_fields(("lane", *RATINGS, "objectives", "audiences", "run_effort"))
        else:  # structure, dependencies: the lists and everything the schedule decides
            self.dependencies.show_links()
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
            self.lane_combo.addItems([self.tr("No lane"), *(item.name for item in plan.lanes)])
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
                    self.link_lists[key].show_choices(getattr(self.document.plan, key), getattr(item, key))
                elif key == "run_effort":
                    self.run_effort_editor.set_value(item.run_effort)

    def _show_start(self, item: Initiative) -> None:
        """A fixed start shows its own date; a free one shows where the schedule puts it."""
        self.fixed_check.setChecked(item.fixed_start)
        self.start_edit.setEnabled(item.fixed_start)  # a free start is the schedule's to set
        if item.fixed_start:
            date = item.start
            self.start_edit.setToolTip(self.tr("The fixed start; uncheck Fixed to let the schedule place it"))
        else:
            schedule = self.document.schedule
            placed = schedule.items.get(item.id) if schedule is not None else None
            date = placed.earliest_start if placed is not None else (item.start or self.document.plan.start)
            self.start_edit.setToolTip(self.tr("The earliest start the schedule gives; check Fixed to pin it here"))
        self.start_edit.setDate(QDate(date.year, date.month, date.day))

    def _show_facts(self) -> None:
        item = self._item()
        if item is not None:
            self.facts.show_facts(self.document, item)

    # ------------------------------------------------------------ making edits

    def _push(self, edit, revert=()) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit)
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
        self.dependencies.show_links()
        self.edit_refused.emit(text)

    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    def _commit_fields(self, values: dict) -> bool:
        item = self._item()
        if self._updating or item is None:
            return False
        values = {k: v for k, v in values.items() if getattr(item, k) != v}
        if not values:
            return False
        return self._push(SetFields(item.id, values), revert=tuple(values))

    def _commit_links(self, key: str) -> None:
        checked = self.link_lists[key].checked_ids()
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
            self._commit_fields({"fixed_start": True, "start": shown})
        else:
            self._commit_fields({"fixed_start": False})

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
