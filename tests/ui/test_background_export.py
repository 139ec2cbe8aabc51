"""Excel export from the window: off the GUI thread, cancellable, leaving no half files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.formats import plan_file


def files(folder) -> list[str]:
    """The names of the files in ``folder``, temporary ones included (the settings are a folder)."""
    return sorted(p.name for p in folder.iterdir() if p.is_file())


def finish(qtbot, task) -> None:
    assert task.wait()
    qtbot.wait(100)  # the queued result reaches the GUI thread


def test_export_writes_the_workbook_and_leaves_no_temporary_file(window, qtbot, tmp_path):
    """The workbook appears under its name with the plan's initiatives, and nothing else is left."""
    from openpyxl import load_workbook
    out = tmp_path / "plan.xlsx"
    finish(qtbot, window.exchange.export_excel(out))
    qtbot.waitUntil(out.exists, timeout=5000)
    titles = [row[0].value for row in load_workbook(out)["Initiatives"].iter_rows(min_row=2)]  # title first
    assert "Webcare team" in titles
    assert files(tmp_path) == ["plan.xlsx"]


def test_a_cancelled_export_leaves_no_file(window, qtbot, tmp_path):
    """Cancel while writing: neither the workbook nor a temporary file remains."""
    out = tmp_path / "plan.xlsx"
    task = window.exchange.export_excel(out)
    task.cancel()
    finish(qtbot, task)
    qtbot.wait(100)
    assert files(tmp_path) == []


def test_edits_while_exporting_do_not_reach_the_file(window, qtbot, tmp_path):
    """The worker writes the plan as it was when Export was chosen."""
    from openpyxl import load_workbook

    from planner.edits import SetFields
    from ui.undo_commands import push_edit
    out = tmp_path / "plan.xlsx"
    task = window.exchange.export_excel(out)
    push_edit(window.undo_stack, window.document, SetFields("webcare", {"title": "Renamed meanwhile"}))
    finish(qtbot, task)
    qtbot.waitUntil(out.exists, timeout=5000)
    titles = [row[0].value for row in load_workbook(out)["Initiatives"].iter_rows(min_row=2)]  # title first
    assert "Webcare team" in titles and "Renamed meanwhile" not in titles


def test_a_picture_export_runs_in_the_background(window, qtbot, tmp_path):
    """The matrix PNG is encoded and written by a task: the window returns at once, the file follows."""
    from ui.background import BackgroundTask
    out = tmp_path / "matrix.png"
    task = window.exchange.export_matrix(out)
    assert isinstance(task, BackgroundTask) and not out.exists()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes().startswith(b"\x89PNG")


def test_a_pdf_export_runs_in_the_background(window, qtbot, tmp_path):
    """The roadmap PDF is written by a task: the window returns at once, the file follows."""
    from ui.background import BackgroundTask
    out = tmp_path / "roadmap.pdf"
    task = window.exchange.export_roadmap(out)
    assert isinstance(task, BackgroundTask) and not out.exists()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("name", ["matrix.png", "roadmap.pdf"])
def test_a_cancelled_picture_export_leaves_no_file(window, qtbot, tmp_path, name):
    """Cancel a picture or PDF export: neither the file nor a temporary one remains."""
    out = tmp_path / name
    export = window.exchange.export_matrix if name.startswith("matrix") else window.exchange.export_roadmap
    task = export(out)
    task.cancel()
    finish(qtbot, task)
    assert files(tmp_path) == []


def write_csv(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_import_adds_rows_lanes_and_dependencies_as_one_undo_step(window, qtbot, tmp_path):
    """A Dutch CSV adds its initiatives, a new lane and a dependency; one undo removes them all."""
    csv = tmp_path / "lijst.csv"
    write_csv(csv, "Initiatief;Baat;Technische inspanning;Organisatorische inspanning;Spoor;Afhankelijk van\n"
                   "Podcast;4;2;3;Nieuw spoor;\n"
                   "Podcast seizoen 2;3,5;1;2;Nieuw spoor;Podcast\n")
    before = plan_file.dumps(window.document.plan)
    finish(qtbot, window.exchange.import_file(csv))
    plan = window.document.plan
    titles = {item.title: item for item in plan.initiatives}
    assert titles["Podcast seizoen 2"].benefit == 3.5
    assert any(lane.name == "Nieuw spoor" for lane in plan.lanes)
    assert any(d.to == titles["Podcast seizoen 2"].id for d in plan.dependencies)
    assert window.undo_stack.count() == 1 and "Import 2 initiatives" in window.undo_stack.undoText()
    window.undo_stack.undo()
    assert plan_file.dumps(window.document.plan) == before


def test_bad_rows_are_all_shown_and_the_good_ones_imported_on_request(window, qtbot, tmp_path, monkeypatch):
    """Two bad rows are listed together; choosing to go on imports the one good row."""
    csv = tmp_path / "list.csv"
    write_csv(csv, "title,benefit\nGood,4\nBad one,hoog\nBad two,9\n")
    asked = []
    monkeypatch.setattr(window.exchange, "ask_about_bad_rows", lambda path, problems: asked.append(problems) or True)
    finish(qtbot, window.exchange.import_file(csv))  # the second read, of the good rows, follows by itself
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=5000)
    assert asked == [['row 3, benefit: "hoog" is not a number in 1–5', 'row 4, benefit: 9 is outside the scale 1–5']]
    titles = [item.title for item in window.document.plan.initiatives]
    assert "Good" in titles and "Bad one" not in titles


def test_file_import_of_an_exported_workbook_brings_its_strategy_as_one_undo_step(new_window, qtbot, tmp_path, monkeypatch):
    """File ▸ Import of a workbook into a new plan adds objectives, audiences and links; one undo empties it."""
    from PySide6.QtWidgets import QFileDialog

    from planner.formats.xlsx_export import write_xlsx
    from planner.samples import sample_plan

    sample = sample_plan()
    out = tmp_path / "board.xlsx"
    write_xlsx(sample, out)
    window = new_window()
    window.files.new_plan()
    before = plan_file.dumps(window.document.plan)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(out), ""))
    window.actions_by_name["import"].trigger()
    finish(qtbot, window.exchange.import_task)
    plan = window.document.plan
    assert [o.name for o in plan.objectives] == [o.name for o in sample.objectives]
    assert [a.name for a in plan.audiences] == [a.name for a in sample.audiences]
    assert plan.strategy.ambition == sample.strategy.ambition
    linked = {item.title: (item.objectives, item.audiences, item.run_effort) for item in plan.initiatives}
    assert linked == {item.title: (item.objectives, item.audiences, item.run_effort) for item in sample.initiatives}
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Import 22 initiatives from board.xlsx"
    assert window.exchange.conflicts_box is None
    window.undo_stack.undo()
    assert plan_file.dumps(window.document.plan) == before


def test_where_the_workbooks_strategy_differs_the_plans_is_kept_and_listed(window, qtbot, tmp_path):
    """Importing a workbook with another value discipline keeps the plan's and lists it, without blocking."""
    from planner.formats.xlsx_export import write_xlsx
    from planner.samples import sample_plan

    other = sample_plan()
    other.strategy.value_discipline = "product_leadership"
    out = tmp_path / "other.xlsx"
    write_xlsx(other, out)
    finish(qtbot, window.exchange.import_file(out))
    assert window.document.plan.strategy.value_discipline == "customer_intimacy"
    box = window.exchange.conflicts_box
    assert box is not None and box.isVisible()
    assert box.detailedText().splitlines() == [
        "Strategy sheet, row 3, value discipline: the plan's “Customer intimacy” is kept, not “Product leadership”"]
    assert "the plan's strategy kept in 1 place" in window.statusBar().currentMessage()
    box.close()


def boxes_shown(monkeypatch) -> list[tuple[str, str]]:
    """Answer every message box with Cancel, where it has one, and record its title and texts."""
    shown = []

    def answer(box):
        shown.append((box.windowTitle(), box.text() + "\n" + box.informativeText()))
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: answer(QMessageBox(
        QMessageBox.Icon.Warning, title, text, parent=parent)))
    return shown


def test_cancelling_the_bad_rows_question_shows_nothing_more(window, qtbot, tmp_path, monkeypatch):
    """Cancel on "Some rows cannot be imported" imports nothing and opens no second box with the same list."""
    csv = tmp_path / "list.csv"
    write_csv(csv, "title,benefit\nGood,4\nBad one,hoog\n")
    shown = boxes_shown(monkeypatch)
    finish(qtbot, window.exchange.import_file(csv))
    assert [title for title, _text in shown] == ["Some rows cannot be imported"]
    assert 'Row 3, benefit: "hoog" is not a number in 1–5.' in shown[0][1]
    assert window.undo_stack.count() == 0


def test_a_file_no_row_of_which_can_be_imported_is_refused_without_offering_good_rows(window, qtbot, tmp_path,
                                                                                        monkeypatch):
    """Text named .xlsx, or a sheet of only bad rows, is refused in one box with no "Import the good rows"."""
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    write_csv(bad, "title,benefit\nBad one,hoog\n")
    shown = boxes_shown(monkeypatch)
    for path in (fake, bad):
        finish(qtbot, window.exchange.import_file(path))
    assert [title for title, _text in shown] == ["Cannot import", "Cannot import"]
    assert shown[0][1].startswith("fake.xlsx: ") and shown[1][1].rstrip().endswith("1–5.")
    assert window.undo_stack.count() == 0
