"""Excel export from the window: off the GUI thread, cancellable, leaving no half files."""

from __future__ import annotations

import pytest

from ui.main_window import MainWindow


@pytest.fixture
def window(qapp, tmp_path):
    w = MainWindow(data_dir=tmp_path / "data", autosave=False)
    w.open_sample()
    yield w
    w.close_without_asking(remember_layout=False)
    w.deleteLater()


def finish(qtbot, task) -> None:
    assert task.wait()
    qtbot.wait(100)  # the queued result reaches the GUI thread


def test_export_writes_the_workbook_and_leaves_no_temporary_file(window, qtbot, tmp_path):
    """The workbook appears under its name with the plan's initiatives, and nothing else is left."""
    from openpyxl import load_workbook
    out = tmp_path / "plan.xlsx"
    finish(qtbot, window.export_excel(out))
    qtbot.waitUntil(out.exists, timeout=5000)
    titles = [row[1].value for row in load_workbook(out)["Initiatives"].iter_rows(min_row=2)]
    assert "Webcare team" in titles
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["plan.xlsx"]


def test_a_cancelled_export_leaves_no_file(window, qtbot, tmp_path):
    """Cancel while writing: neither the workbook nor a temporary file remains."""
    out = tmp_path / "plan.xlsx"
    task = window.export_excel(out)
    task.cancel()
    finish(qtbot, task)
    qtbot.wait(100)
    assert not any(p.suffix == ".xlsx" for p in tmp_path.iterdir())


def test_edits_while_exporting_do_not_reach_the_file(window, qtbot, tmp_path):
    """The worker writes the plan as it was when Export was chosen."""
    from openpyxl import load_workbook

    from planner.edits import SetFields
    from ui.undo_commands import push_edit
    out = tmp_path / "plan.xlsx"
    task = window.export_excel(out)
    push_edit(window.undo_stack, window.document, SetFields("webcare", {"title": "Renamed meanwhile"}), "x")
    finish(qtbot, task)
    qtbot.waitUntil(out.exists, timeout=5000)
    titles = [row[1].value for row in load_workbook(out)["Initiatives"].iter_rows(min_row=2)]
    assert "Webcare team" in titles and "Renamed meanwhile" not in titles
