"""No text a person sees in the window is left out of the translation: a scan of ui/ and a look in Dutch."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

# ui/cli.py is the command line: it speaks through the core's catalog (planner.language._), which
# tests/core/test_untranslated_core.py checks.
NOT_YET_MARKED = {"cli.py"}

# Calls whose text arguments a person reads.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addMenu", "addAction", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "addItem", "addItems",
    "insertItem", "showMessage", "drawText", "setLabelText", "setCancelButtonText", "setSuffix",
    "setPrefix", "setSpecialValueText", "setEmptyLabel", "addRow", "setInformativeText",
    "setDetailedText", "addButton", "setNameFilters", "setNameFilter", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getText", "getItem",
    "question", "warning", "critical", "information", "about", "show_error", "show_refusal",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMenu", "QDockWidget", "QMessageBox", "QProgressDialog", "QCommandLinkButton",
}
TEXT_KEYWORDS = {"text", "toolTip", "statusTip", "placeholderText", "windowTitle", "labelText", "caption",
                 "prefix", "suffix", "specialValueText"}


COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")  # text="#1a1a1a" in a theme is a colour, not words
# Where these calls take item data as well as the text, the text's position (the data is no word).
TEXT_POSITION = {"addItem": lambda args: args[1:2] if len(args) == 3 else args[:1],
                 "insertItem": lambda args: args[1:2] if len(args) <= 3 else args[2:3]}


def _files() -> list[Path]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        parts = path.relative_to(UI).parts
        if parts[0] not in NOT_YET_MARKED:
            found.append(path)
    return found


def _is_text(node: ast.AST) -> bool:
    """A literal a person could read: a string with a letter in it, or an f-string."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value)) for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value) and not COLOUR.fullmatch(node.value)
    if isinstance(node, ast.BinOp):  # "a" + "b", "..." % x
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_is_text(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def unmarked(source: str) -> list[tuple[int, str]]:
    """(line, call) for each text literal handed straight to a text-setting Qt call."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        # Any widget made with a text keyword (QLineEdit(placeholderText=…)) counts too.
        arguments = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        if _name(node) in TEXT_CALLS:
            arguments += TEXT_POSITION.get(_name(node), list)(node.args) or (
                [] if _name(node) in TEXT_POSITION else node.args)
        found += [(node.lineno, _name(node)) for argument in arguments if _is_text(argument)]
    return found


def test_the_scan_finds_what_it_looks_for():
    """Literal and f-string texts are found; tr, translate and non-text arguments are not."""
    source = ('a.setText("Save")\nb.setToolTip(f"{n} items")\nQLabel("Hi", self)\nm.addAction(self.tr("Go"))\n'
              'c.setText(QCoreApplication.translate("X", "Go"))\nd.setText("")\ne.addItem("12:00".strip())\n'
              'QAction(text="Quit")\nf.setText("—")\nQLineEdit(placeholderText="Search")\n'
              'g.addItem(self.tr("Decision"), "decision")\nh.addItem("Lane", "lane")\nTheme(text="#1a1a1a")\n')
    assert unmarked(source) == [(1, "setText"), (2, "setToolTip"), (3, "QLabel"), (8, "QAction"), (10, "QLineEdit"),
                                (12, "addItem")]


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(UI)))
def test_every_text_in_the_file_is_marked_for_translation(path):
    """Texts handed to Qt are wrapped in tr/translate, so the Dutch catalog can hold them."""
    found = unmarked(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"ui/{path.relative_to(UI)}:{line}: {call}(…) gets an unmarked text"
                                for line, call in found)


# Words that read the same in Dutch, or Qt's own standard ones.
SAME_IN_DUTCH = {"KPI", "OK", "Details", "Roadmap", "Matrix", "Start", "Quick wins", "PDF", "PNG", "SVG",
                 "CSV", "Excel", "Workshop", "Status"}


def _not_yet_marked(window, action) -> bool:
    """An action of a part in NOT_YET_MARKED (the Workshop menu), skipped until that part is merged."""
    workshop = window.workshop
    return "workshop" in NOT_YET_MARKED and (
        action.parent() is workshop or action.menu() is workshop.menu or action is workshop.dock.toggleViewAction())


def _shown_texts(window) -> list[str]:
    texts = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() and not _not_yet_marked(window, a)]
    while menus:
        menu = menus.pop()
        texts.append(menu.title())
        for action in menu.actions():
            if _not_yet_marked(window, action):
                continue
            if action.menu():
                menus.append(action.menu())
            elif action.text():
                texts += [action.text(), action.statusTip()]
    texts += [window.views.tabText(i) for i in range(window.views.count())]
    model = window.table.model()
    texts += [model.headerData(c, window.table.horizontalHeader().orientation()) for c in range(model.columnCount())]
    texts += [dock.windowTitle() for dock in (window.details_dock, window.history_dock, window.health_dock)]
    return [t for t in texts if isinstance(t, str) and t.strip()]


def test_in_dutch_the_window_shows_no_english_source_text(window, qapp):
    """Menus, actions, tabs, table headers and dock titles all come from the Dutch catalog."""
    from PySide6.QtGui import QFontDatabase

    from ui import language
    from ui.relabel import switch
    english = set(_shown_texts(window))
    try:
        switch(window, "nl")
        still = sorted(t for t in set(_shown_texts(window)) & english if t.replace("&", "") not in
                       {s.replace("&", "") for s in SAME_IN_DUTCH} and not t.startswith("Ctrl"))
        assert not still, still
    finally:
        language.apply("en")
    assert QFontDatabase.families(), "no font: every text would be invisible"


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def test_in_dutch_no_two_entries_of_a_menu_share_an_alt_key(window):
    """Each Dutch menu's entries, and the menu bar's menus, have Alt keys of their own."""
    from ui.relabel import switch
    try:
        switch(window, "nl")
        clashes = []
        menus = [window.menuBar()]
        while menus:
            menu = menus.pop()
            entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            keys = [_mnemonic(a.text()) for a in entries]
            clashes += [a.text() for a, key in zip(entries, keys) if key and keys.count(key) > 1]
            menus += [a.menu() for a in entries if a.menu()]
        assert not clashes, clashes
    finally:
        switch(window, "en")
