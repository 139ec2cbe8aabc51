"""The main window: files, unsaved-changes prompts, undo, recovery, locks and screenshots."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFontDatabase, QImage
from PySide6.QtWidgets import QMessageBox

from planner import lock_file, recovery
from planner.formats import plan_file
from planner.edits import SetFields
from ui.table.model import ID_ROLE
from ui.undo_commands import push_edit

Button = QMessageBox.StandardButton


def answer(monkeypatch, button):
    """Make the unsaved-changes question answer ``button`` and record that it was asked."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or button)
    return asked


def rate(window, iid="webcare", value=1.5):
    push_edit(window.undo_stack, window.document, SetFields(iid, {"benefit": value}))


def test_starts_with_the_sample_as_an_untitled_copy(window):
    """With no file the sample plan is open, unnamed and unmodified."""
    assert window.document.path is None
    assert len(window.document.plan.initiatives) >= 18
    assert window.windowTitle().startswith("Social media strategy 2027 (untitled)[*]")
    assert not window.isWindowModified()


def test_undo_right_after_opening_does_nothing(window, tmp_path):
    """Opening a plan leaves no undo step that could empty it."""
    path = tmp_path / "p.bep"
    plan_file.save(window.document.plan, path)
    assert window.files.open_path(path)
    assert not window.undo_stack.canUndo()
    window.actions_by_name["undo"].trigger()
    assert plan_file.dumps(window.document.plan) == path.read_text(encoding="utf-8")


def test_title_shows_the_file_and_the_unsaved_marker(window, tmp_path):
    """Saving names the window after the file; an edit marks it modified; undo clears the mark."""
    path = tmp_path / "strategy.bep"
    assert window.files.save_to(path)
    assert window.windowTitle().startswith("strategy.bep[*]") and not window.isWindowModified()
    rate(window)
    assert window.isWindowModified() and window.state_label.text() == "Unsaved changes"
    window.undo_stack.undo()
    assert not window.isWindowModified() and window.state_label.text() == "Saved"


def test_edit_undo_redo_then_save_restores_the_same_bytes(window, tmp_path):
    """After edit → undo → redo the saved file equals one saved straight after the edit."""
    rate(window)
    window.files.save_to(tmp_path / "a.bep")
    window.undo_stack.undo()
    window.undo_stack.redo()
    window.files.save_to(tmp_path / "b.bep")
    assert (tmp_path / "a.bep").read_bytes() == (tmp_path / "b.bep").read_bytes()


def test_deleting_several_initiatives_is_one_undo_step(window):
    """A multi-row delete goes in one step, dependencies included, and one undo restores it."""
    before = plan_file.dumps(window.document.plan)
    window.table.select_ids(["policy", "webcare", "baseline"])
    window.actions_by_name["delete"].trigger()
    assert len(window.document.plan.initiatives) == 19
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Delete 3 initiatives"
    window.undo_stack.undo()
    assert plan_file.dumps(window.document.plan) == before


def test_add_duplicate_and_move(window):
    """Add, duplicate and move each make one undoable step on the plan."""
    n = len(window.document.plan.initiatives)
    window.table.select_ids(["webcare"])
    window.actions_by_name["duplicate"].trigger()
    copy = window.document.plan.initiatives[-1]
    assert copy.title == "Webcare team (copy)" and copy.id != "webcare" and copy.benefit == 4.5
    window.actions_by_name["add"].trigger()
    assert len(window.document.plan.initiatives) == n + 2
    window.table.select_ids(["webcare"])
    row = window.document.row_of("webcare")
    window.actions_by_name["move_up"].trigger()
    assert window.document.row_of("webcare") == row - 1
    assert window.undo_stack.count() == 3


@pytest.mark.parametrize("button, closes, saved", [
    (Button.Cancel, False, False), (Button.Discard, True, False), (Button.Save, True, True)])
def test_closing_with_unsaved_changes_asks(window, tmp_path, monkeypatch, button, closes, saved):
    """Close asks Save / Discard / Cancel, and does what the answer says."""
    path = tmp_path / "p.bep"
    window.files.save_to(path)
    rate(window)
    asked = answer(monkeypatch, button)
    window.show()
    assert window.close() is closes
    assert asked == ["Save the changes to “p.bep” first?"]
    assert (plan_file.load(path).initiative("webcare").benefit == 1.5) is saved


def test_opening_another_file_with_unsaved_changes_can_be_cancelled(window, tmp_path, monkeypatch):
    """Cancel keeps the current plan and its changes open."""
    other = tmp_path / "other.bep"
    plan_file.save(plan_file.loads(b'{"format": "benefit-effort-plan", "version": 1}'), other)
    rate(window)
    answer(monkeypatch, Button.Cancel)
    assert not window.files.open_path(other)
    assert window.document.plan.initiative("webcare").benefit == 1.5


def test_a_bad_file_shows_one_clear_error_and_keeps_the_open_plan(window, tmp_path, monkeypatch):
    """Errors from the core reach the user as a dialog with the core's sentence."""
    bad = tmp_path / "bad.bep"
    bad.write_text('{"format": "benefit-effort-plan", "version": 9}')
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    assert not window.files.open_path(bad)
    assert shown == [("Cannot open the plan", "bad.bep: version: this plan is version 9, but this app "
                      "reads up to version 3; open it with a newer Benefit–Effort Planner")]
    assert window.document.path is None and len(window.document.plan.initiatives) >= 18


def test_a_bad_value_names_the_initiative_not_the_json_path(window, tmp_path, monkeypatch):
    """A rating out of scale in a file is told by the initiative's number and title, not initiatives[1].benefit."""
    bad = tmp_path / "bad.bep"
    bad.write_text('{"format": "benefit-effort-plan", "version": 2, "initiatives": ['
                   '{"id": "a", "title": "A"}, {"id": "b", "title": "Webcare team", "benefit": 9}]}')
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    assert not window.files.open_path(bad)
    assert shown == [("Cannot open the plan", "bad.bep: Initiative 2 (‘Webcare team’), benefit: 9 is outside the scale 1–5")]


def test_dropping_a_plan_file_opens_it(window, tmp_path):
    """A .bep dropped on the window opens."""
    path = tmp_path / "dropped.bep"
    plan_file.save(plan_file.loads(b'{"format": "benefit-effort-plan", "version": 1, "title": "Dropped"}'), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.files.eventFilter(window, event)  # as Qt passes it to the window during a drag
    assert window.document.plan.title == "Dropped"


def test_recent_files_remember_opened_plans(window, tmp_path):
    """Opened and saved plans are listed most recent first."""
    a, b = tmp_path / "a.bep", tmp_path / "b.bep"
    window.files.save_to(a)
    window.files.save_to(b)
    window.files.open_path(a)
    assert window.files.recent_files()[:2] == [str(a.resolve()), str(b.resolve())]


def test_autosave_writes_a_recovery_copy_only_with_unsaved_changes(window, tmp_path, qtbot):
    """The recovery copy appears in the data folder while changes are unsaved and goes on save."""
    path = tmp_path / "p.bep"
    window.files.save_to(path)
    window.files.write_recovery_copy()
    assert window.files.recovery_path is None
    rate(window)
    window.files.write_recovery_copy()
    qtbot.waitUntil(lambda: window.files.recovery_path is not None)
    copy = window.files.recovery_path
    assert copy is not None and copy.exists() and copy.parent == window.files.recovery_dir
    assert plan_file.load(path).initiative("webcare").benefit == 4.5  # the user's file is untouched
    window.files.save()
    assert not copy.exists()


def test_autosave_that_cannot_encode_the_plan_says_so_in_the_status_bar(window, tmp_path, qtbot):
    """A plan the writer cannot encode (a lone surrogate) costs a status message, not the app."""
    window.files.save_to(tmp_path / "p.bep")
    rate(window)
    window.document.plan.extra["note"] = "\ud800"  # no edit makes this; a plugin or a bug could
    window.files.write_recovery_copy()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Could not write a recovery copy: "))
    assert window.files.recovery_path is None


def test_recovery_after_a_crash_restores_unsaved_work(new_window, tmp_path, monkeypatch, qtbot):
    """A copy left by a process that died is offered at start and restored as unsaved changes."""
    path = tmp_path / "p.bep"
    first = new_window()
    first.open_sample()
    first.files.save_to(path)
    rate(first, value=2.5)
    first.files.write_recovery_copy()
    qtbot.waitUntil(lambda: first.files.recovery_path is not None)
    copy = first.files.recovery_path
    first.files.lock.release()
    first.files.autosave_timer.stop()
    # Simulate the crash: the process that wrote the copy now counts as ended.
    monkeypatch.setattr(recovery, "process_is_running", lambda pid: pid != os.getpid())

    second = new_window()
    asked = answer(monkeypatch, Button.Yes)
    second.files.offer_recovery()
    assert len(asked) == 1 and "unsaved changes" in asked[0]
    assert second.document.plan.initiative("webcare").benefit == 2.5
    assert second.document.path == path.resolve() and second.isWindowModified()
    second.files.save()
    assert plan_file.load(path).initiative("webcare").benefit == 2.5 and not copy.exists()


def test_a_plan_open_elsewhere_offers_read_only(window, tmp_path, monkeypatch):
    """When another running instance holds the lock, the user is asked and can open read-only."""
    path = tmp_path / "shared.bep"
    plan_file.save(window.document.plan, path)
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys; from pathlib import Path; from planner import lock_file;"
                               "lock = lock_file.acquire(Path(sys.argv[1])); print('held', flush=True);"
                               "sys.stdin.readline(); lock.release()", str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        asked = []
        monkeypatch.setattr(window.files, "ask_about_lock", lambda message: asked.append(message) or "read-only")
        assert window.files.open_path(path)
        assert "shared.bep" in asked[0] and window.files.read_only
        assert "(read-only)" in window.windowTitle()
        assert not window.actions_by_name["save"].isEnabled()
    finally:
        holder.communicate("\n")
    assert lock_file.read_holder(path) is None  # the other instance released its lock


def test_opening_a_plan_locks_it_and_closing_releases(window, tmp_path):
    """A lock file sits beside an open plan and goes away with it."""
    path = tmp_path / "p.bep"
    plan_file.save(window.document.plan, path)
    window.files.open_path(path)
    assert lock_file.read_holder(path) is not None
    window.files.new_plan()
    assert lock_file.read_holder(path) is None


def test_qt_has_real_fonts():
    """Without any font Qt draws boxes and screenshots still 'pass': make sure fonts exist."""
    assert QFontDatabase.families(), "Qt found no fonts; install fonts-dejavu"


def test_screenshot_renders_the_window_with_readable_text(tmp_path):
    """`benefit-planner --screenshot` exits 0 and writes a non-blank image with text in it."""
    out = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "ui", "--screenshot", str(out), "--size", "1200x800"],
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    # Text draws many dark pixels on a light background; a blank or boxes-only window does not.
    dark = sum(1 for x in range(0, 1200, 3) for y in range(0, 800, 3) if image.pixelColor(x, y).lightness() < 100)
    assert dark > 500


def test_screenshot_of_a_bad_plan_fails_with_one_line(tmp_path):
    """A plan that cannot load makes --screenshot exit 1 with the core's sentence."""
    bad = tmp_path / "bad.bep"
    bad.write_text("{")
    done = subprocess.run([sys.executable, "-m", "ui", "--screenshot", str(tmp_path / "x.png"), str(bad)],
                          capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1
    assert done.stderr.strip().endswith("the file ends too early; it may be truncated")


def test_moving_in_a_sorted_table_returns_to_the_plan_order(window):
    """A move is only visible in plan order, so moving while sorted shows that order again."""
    window.table.sortByColumn(window.model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
    window.table.select_ids(["webcare"])
    row = window.document.row_of("webcare")
    window.actions_by_name["move_down"].trigger()
    assert window.model.sort_column() == -1
    assert window.document.row_of("webcare") == row + 1
    assert window.table.selected_ids() == ["webcare"]
    assert window.model.id_at(row + 1) == "webcare"


def test_the_objective_filter_hides_initiatives_serving_other_objectives(window):
    """Choosing an objective in the filter bar leaves only the rows serving it."""
    objective = window.document.plan.objectives[0]
    window.filters.objective_filter.setCurrentIndex(window.filters.objective_filter.findData(objective.id))
    shown = {window.proxy.index(r, 0).data(ID_ROLE) for r in range(window.proxy.rowCount())}
    assert shown == {i.id for i in window.document.plan.initiatives if objective.id in i.objectives}
