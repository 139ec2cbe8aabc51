"""File ▸ New from template…: pick a framework's template plan, in English or Dutch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from planner import language as core_language, templates

LANGUAGE_KEY = "templates/language"


def new_from_template(window) -> None:
    dialog = TemplateDialog(window, window.settings)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        open_template(window, *dialog.choice())


def open_template(window, key: str, language: str) -> None:
    """Open template ``key`` as an untitled plan starting today, as File ▸ New opens an empty one."""
    if window.files.maybe_save():
        window.set_plan(templates.template_plan(key, language), None)


def default_language(settings) -> str:
    remembered = settings.value(LANGUAGE_KEY)
    if remembered in core_language.NAMES:
        return remembered
    return core_language.current()  # the window's language: the system's unless Preferences say otherwise


class TemplateDialog(QDialog):
    """The templates in one language, each with what it gives; the language is remembered."""

    def __init__(self, parent, settings):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("New from template"))
        self.language = QComboBox()
        for code, name in core_language.NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(default_language(settings)))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.description = QLabel(wordWrap=True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(self.accept)
        self.language.currentIndexChanged.connect(self._fill)
        self._fill()
        self.resize(520, 360)

    def _fill(self) -> None:
        language = self.language.currentData()
        self.settings.setValue(LANGUAGE_KEY, language)
        self.list.clear()
        for t in templates.templates(language):
            item = QListWidgetItem(t.title)
            item.setData(Qt.ItemDataRole.UserRole, t.key)
            item.setData(Qt.ItemDataRole.ToolTipRole, t.description)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _describe(self, item) -> None:
        self.description.setText(item.toolTip() if item is not None else "")

    def choice(self) -> tuple[str, str]:
        """Return the chosen template's key and language."""
        return self.list.currentItem().data(Qt.ItemDataRole.UserRole), self.language.currentData()
