"""The Strategy tab's audiences: a list on the left, the selected one's fields and technographic profile beside."""

from __future__ import annotations

import copy

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from planner.strategy_edits import SetAudiences
from planner.ids import new_id
from planner.model import TECHNOGRAPHICS, Audience
from planner.rules import MAX_SHARE
from ui.strategy.list_editor import ListEditor, _label, _set_text


class AudiencesEditor(ListEditor):
    """Adds, removes and edits the plan's audiences, each change one SetAudiences."""

    def __init__(self, document, push):
        super().__init__(self.tr("Audiences"), document, push)
        self.audience_list = QListWidget()
        self.audience_list.setMaximumWidth(200)
        self.audience_list.currentRowChanged.connect(lambda _row: self._show_audience())
        self.add_audience_button = QPushButton(self.tr("Add"))
        self.add_audience_button.clicked.connect(self.add_audience)
        self.remove_audience_button = QPushButton(self.tr("Remove"))
        self.remove_audience_button.clicked.connect(self.remove_audience)
        self.audience_name_edit = QLineEdit()
        self.audience_name_edit.editingFinished.connect(
            lambda: self._commit_audience("name", self.audience_name_edit.text().strip()))
        self.audience_description_edit = QLineEdit()
        self.audience_description_edit.editingFinished.connect(
            lambda: self._commit_audience("description", self.audience_description_edit.text()))
        self.share_spins: dict[str, QSpinBox] = {}
        shares = QGridLayout()
        groups = {"creators": self.tr("Creators"), "conversationalists": self.tr("Conversationalists"),
                  "critics": self.tr("Critics"), "collectors": self.tr("Collectors"), "joiners": self.tr("Joiners"),
                  "spectators": self.tr("Spectators"), "inactives": self.tr("Inactives")}
        for n, group in enumerate(TECHNOGRAPHICS):
            name = groups.get(group, _label(group))
            spin = QSpinBox()
            spin.setRange(-1, MAX_SHARE)
            spin.setSuffix(QLocale().percent())  # "12%", as percent_text and the board pack write it
            spin.setSpecialValueText(self.tr("unknown"))
            spin.setKeyboardTracking(False)
            spin.setToolTip(self.tr("Share of {group} in this audience; step below 0 for unknown").format(
                group=name.lower()))
            spin.valueChanged.connect(lambda _v, group=group: self._commit_share(group))
            label = QLabel(name + ":")
            label.setBuddy(spin)
            shares.addWidget(label, n // 2, (n % 2) * 2)
            shares.addWidget(spin, n // 2, (n % 2) * 2 + 1)
            self.share_spins[group] = spin
        shares.setColumnStretch(1, 1)
        shares.setColumnStretch(3, 1)
        audience_form = QFormLayout()
        audience_form.addRow(self.tr("Na&me:"), self.audience_name_edit)
        audience_form.addRow(self.tr("Descri&ption:"), self.audience_description_edit)
        profile_box = QGroupBox(self.tr("Technographic profile"))
        profile_box.setFlat(True)
        profile_box.setLayout(shares)
        self.audience_editor = QWidget()
        audience_editor_layout = QVBoxLayout(self.audience_editor)
        audience_editor_layout.setContentsMargins(0, 0, 0, 0)
        audience_editor_layout.addLayout(audience_form)
        audience_editor_layout.addWidget(profile_box)
        audience_editor_layout.addStretch(1)
        audiences_layout = QHBoxLayout(self)
        audiences_layout.addLayout(self._list_column(self.audience_list, self.add_audience_button,
                                                     self.remove_audience_button))
        audiences_layout.addWidget(self.audience_editor, 1)

    # ------------------------------------------------------------ showing the document

    def refresh(self) -> None:
        """Show the plan's audiences, keeping the selected one, and its fields."""
        self._updating += 1
        try:
            self._fill_list(self.audience_list, [(a.id, a.name) for a in self.document.plan.audiences])
        finally:
            self._updating -= 1
        self._show_audience()

    def _audience(self) -> Audience | None:
        aid = self._current_id(self.audience_list)
        return next((a for a in self.document.plan.audiences if a.id == aid), None)

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

    # ------------------------------------------------------------ making edits

    def add_audience(self) -> None:
        plan = self.document.plan
        new = Audience(new_id("audience", {a.id for a in plan.audiences}), self.tr("New audience"))
        if self._push(SetAudiences((*plan.audiences, new))):
            self._select(self.audience_list, new.id)
            self.audience_name_edit.setFocus()
            self.audience_name_edit.selectAll()

    def remove_audience(self) -> None:
        audience = self._audience()
        if audience is not None:
            kept = tuple(a for a in self.document.plan.audiences if a is not audience)
            self._push(SetAudiences(kept))

    def _commit_audience(self, key: str, value) -> None:
        audience = self._audience()
        if self._updating or audience is None or getattr(audience, key) == value:
            return
        changed = copy.deepcopy(audience)
        setattr(changed, key, value)
        self._replace_audience(audience, changed)

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
        self._replace_audience(audience, changed)

    def _replace_audience(self, old: Audience, new: Audience) -> None:
        audiences = tuple(new if a is old else a for a in self.document.plan.audiences)
        self._push(SetAudiences(audiences))
