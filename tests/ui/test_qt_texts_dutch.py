"""Qt's own texts in the Dutch window: the file dialog's labels and the undo menu's wording."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from planner.edits import SetFields
from ui.undo_commands import push_edit

ASK = QMessageBox.question  # the real question, before the suite's guard against unanswered dialogs


def test_the_dutch_file_dialog_labels_every_field_in_dutch(dutch, qtbot):
    """Qt 6's "&Look in:" and "Files of &type:", missing from Qt's Dutch catalog, read Dutch too."""
    dialog = QFileDialog(None, "Exporteren")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert sorted(label.text() for label in dialog.findChildren(QLabel)) == \
        ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]


def test_the_dutch_undo_menu_names_the_edit_after_a_colon(dutch, window):
    """Edit ▸ Undo reads "Ongedaan maken: …" with the edit's name, and plain "Ongedaan maken" with none."""
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert (undo.text(), redo.text()) == ("&Ongedaan maken", "Opn&ieuw")
    first = window.document.plan.initiatives[0]
    push_edit(window.undo_stack, window.document, SetFields(first.id, {"title": "Anders"}))
    assert undo.text() == f"&Ongedaan maken: {window.undo_stack.undoText()}"
    window.undo_stack.undo()
    assert redo.text() == f"Opn&ieuw: {window.undo_stack.redoText()}" and undo.text() == "&Ongedaan maken"


def test_the_english_undo_menu_names_the_edit(window):
    """In English Edit ▸ Undo reads "Undo …" with the edit's name, as Qt's own action did."""
    first = window.document.plan.initiatives[0]
    push_edit(window.undo_stack, window.document, SetFields(first.id, {"title": "Other"}))
    assert window.actions_by_name["undo"].text() == f"&Undo {window.undo_stack.undoText()}"


def save_question_buttons(window, monkeypatch, qtbot) -> list[str]:
    """Close the window with unsaved changes and return the save question's button texts; answer Cancel."""
    monkeypatch.setattr(QMessageBox, "question", ASK)
    push_edit(window.undo_stack, window.document, SetFields(window.document.plan.initiatives[0].id, {"title": "X"}))
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.extend(sorted(button.text() for button in box.findChildren(QPushButton)))
        box.reject()
    QTimer.singleShot(0, answer)
    assert window.files.maybe_save() is False
    return seen


def test_the_dutch_save_question_offers_niet_opslaan(dutch, window, monkeypatch, qtbot):
    """Unsaved changes: "Opslaan", "&Niet opslaan" and "Annuleren", not Qt's "Verwerpen"."""
    assert save_question_buttons(window, monkeypatch, qtbot) == ["&Niet opslaan", "Annuleren", "Opslaan"]
    assert QMessageBox().addButton(QMessageBox.StandardButton.Discard).text() == "Verwerpen"  # elsewhere Qt's


def test_the_english_save_question_offers_dont_save(window, monkeypatch, qtbot):
    """In English the save question's third button reads "Don't Save"."""
    assert "Do&n't Save" in save_question_buttons(window, monkeypatch, qtbot)
