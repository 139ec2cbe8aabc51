"""File ▸ New from template…: the dialog and the untitled plan it opens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from ui import template_dialog
from ui.template_dialog import LANGUAGE_KEY, TemplateDialog


def _menu_action(window):
    files = window.menuBar().actions()[0].menu()
    return next(a for a in files.actions() if a.text() == "New from &template…")


def test_dialog_lists_templates_for_the_language_and_remembers_it(new_window, qtbot):
    """Switching to Dutch lists the Dutch titles; the next dialog opens in Dutch."""
    window = new_window()
    dialog = TemplateDialog(window, window.settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Socialemediastrategie: vijf fasen" in titles and titles[-1] == "Leeg plan"
    assert "vijf fasen" in dialog.description.text()
    assert window.settings.value(LANGUAGE_KEY) == "nl"
    again = TemplateDialog(window, window.settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "nl"


def test_menu_opens_the_chosen_template_as_an_untitled_plan(new_window, monkeypatch):
    """Choosing OASIS in Dutch shows its lanes in a plan with no file, starting today, nothing to undo."""
    window = new_window()
    window.open_sample()

    def choose(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        row = next(i for i in range(dialog.list.count()) if "OASIS" in dialog.list.item(i).text())
        dialog.list.setCurrentRow(row)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(TemplateDialog, "exec", choose)
    _menu_action(window).trigger()
    plan = window.document.plan
    assert window.document.path is None
    assert [lane.name for lane in plan.lanes][:2] == ["Doelen", "Doelgroep"]
    assert plan.start == dt.date.today() and plan.initiative("baseline").title == "Nulmeting"
    assert window.undo_stack.count() == 0


def test_cancel_keeps_the_open_plan(new_window, monkeypatch):
    """Cancelling the dialog leaves the plan that was open."""
    window = new_window()
    window.open_sample()
    title = window.document.plan.title
    monkeypatch.setattr(TemplateDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    template_dialog.new_from_template(window)
    assert window.document.plan.title == title
