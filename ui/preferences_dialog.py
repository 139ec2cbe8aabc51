"""Preferences: how the app behaves for this person, on this computer (not part of any plan)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from planner import language as core_language
from ui import language


class PreferencesDialog(QDialog):
    """The language setting: the system's, or English or Dutch whatever the system speaks."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        system = core_language.NAMES[language.system_language()]
        self.language.addItem(self.tr("System ({language})").format(language=system), "")
        for code in core_language.LANGUAGES:
            self.language.addItem(core_language.NAMES[code], code)  # each named in itself
        chosen = settings.value(language.SETTING, "", str)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        self.note = QLabel(self.tr("Menus, views, messages, pictures and workbooks follow it; plans "
                                   "keep their own texts."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def remember(self) -> str:
        """Store the choice; return the language to show now."""
        self.settings.setValue(language.SETTING, self.language.currentData())
        return language.preferred(self.settings)

    @classmethod
    def run(cls, window) -> None:
        """Ask; on OK remember the choice and show the window in it, at once when it can be."""
        from ui.relabel import switch
        dialog = cls(window.settings, window)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            code = dialog.remember()
        finally:
            dialog.deleteLater()
        when = switch(window, code)
        if when:
            window.statusBar().showMessage(when, 10000)
