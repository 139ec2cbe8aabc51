"""The plan settings dialog: one undo step for all changes, refusals kept in the open dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from planner.formats import plan_file
from planner.edits import ChangeSettings
from planner.model import Lane
from ui import language
from ui.settings_dialog import PlanSettingsDialog, lane_id


@pytest.fixture
def dialog(qtbot, document, undo_stack):
    d = PlanSettingsDialog(document, undo_stack=undo_stack)
    qtbot.addWidget(d)
    d.show()
    return d


def press_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_shows_the_plan_settings(dialog, document):
    """The dialog opens with the plan's own title, start, scale, weights, thresholds and lanes."""
    plan = document.plan
    assert dialog.title_edit.text() == plan.title
    assert dialog.start_edit.date().toPython() == plan.start
    assert (dialog.scale_min.value(), dialog.scale_max.value(), dialog.scale_step.value()) == (1, 5, 0.5)
    assert dialog.weights_label.text() == "20% / 80%"
    assert dialog.lane_names() == [lane.name for lane in plan.lanes]


def test_weights_show_their_shares(dialog):
    """Changing a weight updates the technical / organisational percentages."""
    dialog.technical_weight.setValue(1)
    dialog.organisational_weight.setValue(3)
    assert dialog.weights_label.text() == "25% / 75%"


def test_weights_and_lane_rename_are_one_undo_step(qtbot, dialog, document, undo_stack):
    """New weights and a renamed lane are made together as one step that undo reverses exactly."""
    before = plan_file.dumps(document.plan)
    dialog.technical_weight.setValue(0.5)
    dialog.organisational_weight.setValue(0.5)
    dialog.rename_lane(3, "Doing")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert undo_stack.count() == 1
    assert undo_stack.command(0).text() == "Change plan settings"
    assert document.plan.effort_weights.technical == 0.5
    assert document.plan.lanes[3] == Lane("execution", "Doing")
    after = plan_file.dumps(document.plan)
    undo_stack.undo()
    assert plan_file.dumps(document.plan) == before
    undo_stack.redo()
    assert plan_file.dumps(document.plan) == after


def test_refused_scale_keeps_the_dialog_open(qtbot, dialog, document, undo_stack):
    """A scale that leaves ratings outside is refused in the dialog, which keeps the input."""
    before = plan_file.dumps(document.plan)
    dialog.scale_max.setValue(3)
    dialog.title_edit.setText("Renamed plan")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "would have ratings outside the scale 1–3" in dialog.message()
    assert dialog.message_label.isVisible()
    assert dialog.scale_max.value() == 3 and dialog.title_edit.text() == "Renamed plan"
    assert plan_file.dumps(document.plan) == before
    assert undo_stack.count() == 0


def test_nothing_changed_makes_no_undo_step(qtbot, dialog, undo_stack):
    """OK without changes closes the dialog and records nothing."""
    assert dialog.edit() is None
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert undo_stack.count() == 0
    assert not dialog.changed


def test_edit_holds_only_what_changed(dialog):
    """The edit names just the settings that differ from the plan."""
    dialog.title_edit.setText("Social media 2028")
    dialog.start_edit.setDate(QDate(2028, 1, 3))
    edit = dialog.edit()
    assert isinstance(edit, ChangeSettings)
    assert edit.values == {"title": "Social media 2028", "start": dt.date(2028, 1, 3)}


def test_shows_the_quadrant_names(qtbot, document, undo_stack):
    """Each quadrant's box holds the plan's name for it, labelled by the usual name."""
    document.plan.quadrant_names["fill-in"] = "Nice to have"
    d = PlanSettingsDialog(document, undo_stack=undo_stack)
    qtbot.addWidget(d)
    texts = {q: edit.text() for q, edit in d.quadrant_edits.items()}
    assert texts == {"quick win": "Quick wins", "big bet": "Big bets", "fill-in": "Nice to have",
                     "money pit": "Money pits"}
    assert d.quadrant_edits["big bet"].placeholderText() == "Big bets"
    label = next(w for w in d.findChildren(QLabel) if w.buddy() is d.quadrant_edits["money pit"])
    assert label.text().replace("&", "") == "Money pits:"


def test_quadrant_names_and_title_are_one_undo_step(qtbot, dialog, document, undo_stack):
    """New quadrant names are made with the other settings as one step that undo reverses exactly."""
    before = plan_file.dumps(document.plan)
    dialog.quadrant_edits["quick win"].setText("  Low-hanging fruit ")
    dialog.quadrant_edits["money pit"].setText("Sinkholes")
    dialog.title_edit.setText("Workshop plan")
    assert dialog.edit().values["quadrant_names"] == {
        "quick win": "Low-hanging fruit", "big bet": "Big bets", "fill-in": "Fill-ins", "money pit": "Sinkholes"}
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert undo_stack.count() == 1
    assert document.plan.quadrant_name("quick win") == "Low-hanging fruit"
    assert document.plan.title == "Workshop plan"
    after = plan_file.dumps(document.plan)
    undo_stack.undo()
    assert plan_file.dumps(document.plan) == before
    assert document.plan.quadrant_name("money pit") == "Money pits"
    undo_stack.redo()
    assert plan_file.dumps(document.plan) == after


def test_a_dutch_rename_keeps_the_other_defaults_in_every_language(qtbot, dutch, document, undo_stack):
    """Renaming one quadrant in Dutch stores the others as defaults, so English shows them in English."""
    dialog = PlanSettingsDialog(document, undo_stack=undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.quadrant_edits["big bet"].text() == "Grote projecten"
    assert dialog.quadrant_edits["big bet"].placeholderText() == "Grote projecten"
    dialog.quadrant_edits["fill-in"].setText("Leuk om te hebben")
    press_ok(qtbot, dialog)
    assert document.plan.renamed_quadrants() == {"fill-in": "Leuk om te hebben"}
    language.apply("en")
    assert document.plan.quadrant_name("big bet") == "Big bets"
    assert document.plan.quadrant_name("fill-in") == "Leuk om te hebben"


def test_empty_quadrant_name_is_refused(qtbot, dialog, document, undo_stack):
    """A quadrant name cleared to nothing is refused in the dialog, which keeps the input."""
    dialog.quadrant_edits["big bet"].setText("   ")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message() == "The big bet quadrant needs a name."
    assert document.plan.quadrant_name("big bet") == "Big bets"
    assert undo_stack.count() == 0


def test_quadrant_names_are_at_most_40_characters(dialog):
    """The boxes take no more than a name can hold."""
    dialog.quadrant_edits["fill-in"].setText("x" * 50)
    assert dialog.quadrant_edits["fill-in"].text() == "x" * 40


def test_middle_of_the_scale_clears_thresholds(dialog, document):
    """“Middle of the scale” stores no threshold, and the box shows the dialog's own midpoint."""
    dialog.scale_max.setValue(9)
    dialog.benefit_middle.setChecked(True)
    assert dialog.benefit_threshold.value() == 5
    assert not dialog.benefit_threshold.isEnabled()
    thresholds = dialog.edit().values["thresholds"]
    assert thresholds.benefit is None and thresholds.effort == 3


def test_new_lane_gets_an_unused_id_from_its_name(qtbot, dialog, document, undo_stack):
    """A lane added with an existing lane's name gets an id of its own, made from the name."""
    dialog.add_lane("Execution")
    dialog.lane_list.setCurrentRow(dialog.lane_list.count() - 1)
    dialog.move_lane(-1)
    press_ok(qtbot, dialog)
    ids = [lane.id for lane in document.plan.lanes]
    assert ids == ["goals", "audience", "plan", "execution", "execution-2", "growth"]


def test_removing_a_lane_in_use_is_refused(qtbot, dialog, document, undo_stack):
    """Removing a lane that still holds initiatives is refused with the core's reason."""
    dialog.lane_list.setCurrentRow(0)
    dialog.remove_lane()
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message() == "The lane “goals” still holds initiatives; move them first."
    assert len(document.plan.lanes) == 5


def test_lane_without_a_name_is_refused(qtbot, dialog, undo_stack):
    """A lane renamed to nothing is refused before anything is changed."""
    dialog.rename_lane(1, "  ")
    press_ok(qtbot, dialog)
    assert dialog.message() == "Lane 2 needs a name."
    assert undo_stack.count() == 0


def test_move_buttons_follow_the_selection(dialog):
    """Move up is off for the first lane and Move down for the last."""
    dialog.lane_list.setCurrentRow(0)
    assert not dialog.lane_up_button.isEnabled() and dialog.lane_down_button.isEnabled()
    dialog.lane_list.setCurrentRow(dialog.lane_list.count() - 1)
    assert dialog.lane_up_button.isEnabled() and not dialog.lane_down_button.isEnabled()


def test_run_pushes_the_change_on_ok(qtbot, document, undo_stack):
    """run() shows the dialog and, on OK, makes its changes as one undo step."""
    def answer():
        d = QApplication.activeModalWidget()
        d.title_edit.setText("Plan B")
        d.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert PlanSettingsDialog.run(document, undo_stack, None) is True
    assert document.plan.title == "Plan B"
    assert undo_stack.count() == 1


def test_run_cancelled_changes_nothing(qtbot, document, undo_stack):
    """Cancel leaves the plan and the undo history as they were."""
    before = plan_file.dumps(document.plan)

    def answer():
        d = QApplication.activeModalWidget()
        d.title_edit.setText("Plan B")
        d.reject()

    QTimer.singleShot(0, answer)
    assert PlanSettingsDialog.run(document, undo_stack, None) is False
    assert plan_file.dumps(document.plan) == before
    assert undo_stack.count() == 0


def test_lane_id_is_made_from_the_name():
    """Lane ids are lower-case words joined by hyphens, numbered when taken."""
    assert lane_id("Plan to execution", set()) == "plan-to-execution"
    assert lane_id("Execution", {"execution"}) == "execution-2"
    assert lane_id("!!!", set()) == "lane"
