"""Excel export from the window: off the GUI thread, cancellable, leaving no half files."""

from __future__ import annotations

import pytest

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
