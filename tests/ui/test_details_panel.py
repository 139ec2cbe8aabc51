"""The details panel: each field both ways, undo and redo, dependencies, refusals shown inline."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QSpinBox

from planner.formats import plan_file
from planner.edits import AddDependency, ChangeSettings, RemoveInitiatives, SetFields
from planner.model import Dependency, Lane, Scale
from planner.samples import sample_plan
from ui.details.panel import DetailsPanel
from ui.notation import date_text
from ui.undo_commands import push_edit


@pytest.fixture
def panel(qtbot, document, undo_stack):
    p = DetailsPanel(document, undo_stack)
    qtbot.addWidget(p)
    p.resize(320, 900)
    p.show()
    p.set_initiative("webcare")
    return p


def item(document, iid="webcare"):
    return document.plan.initiative(iid)


def type_into(qtbot, line_edit, text):
    """Replace a line edit's text by typing, then press Enter, as a person would."""
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def type_number(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def leave(widget):
    """Take focus away from ``widget`` the way clicking elsewhere does."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason))


def last_text(stack):
    return stack.command(stack.count() - 1).text()


def assert_undo_redo_round_trip(document, stack, before: str):
    """Undo gives back ``before`` byte for byte; redo gives back what the edit made."""
    after = plan_file.dumps(document.plan)
    assert after != before
    stack.undo()
    assert plan_file.dumps(document.plan) == before
    stack.redo()
    assert plan_file.dumps(document.plan) == after


# ------------------------------------------------------------ showing

def test_no_initiative_shows_the_hint(panel):
    """With nothing (or several) selected the panel shows a hint instead of the form."""
    panel.set_initiative(None)
    assert panel.stack.currentIndex() == 0
    assert panel.hint_label.isVisible()
    assert "Select one initiative" in panel.hint_label.text()


def test_shows_every_field_of_the_initiative(panel):
    """Each editor shows the initiative's stored value."""
    assert panel.title_edit.text() == "Webcare team"
    assert panel.owner_edit.text() == item(panel.document).owner
    assert panel.lane_combo.currentText() == "Execution"
    assert panel.decision_combo.currentText() == "Build"
    assert panel.rating_editors["benefit"].value() == 4.5
    assert panel.duration_spin.value() == 60
    assert not panel.fixed_check.isChecked()


def test_computed_facts_come_from_the_core(panel, document):
    """Combined effort, quadrant, schedule, slack and critical are the core's figures."""
    placed = document.schedule.items["webcare"]
    assert panel.fact_labels["effort"].text() == "3.6"
    assert panel.fact_labels["quadrant"].text() == "Big bets"
    assert panel.fact_labels["scheduled"].text() == f"{date_text(placed.earliest_start)} – {date_text(placed.earliest_finish)}"
    assert panel.fact_labels["slack"].text() == f"{placed.slack_days} days"
    assert panel.fact_labels["critical"].text() == ("Yes, on the critical path" if placed.critical else "No")


def test_quadrant_shows_the_plan_s_name_for_it(panel, document, undo_stack):
    """A renamed quadrant shows under its new name, and undo brings the old one back."""
    names = {**document.plan.quadrant_names, "big bet": "Moonshots"}
    push_edit(undo_stack, document, ChangeSettings({"quadrant_names": names}))
    assert panel.fact_labels["quadrant"].text() == "Moonshots"
    undo_stack.undo()
    assert panel.fact_labels["quadrant"].text() == "Big bets"


def test_ignored_initiative_says_it_is_not_scheduled(panel):
    """An initiative decided ignore has no dates, and the panel says why."""
    panel.set_initiative("own-app")
    assert panel.fact_labels["scheduled"].text() == "Not scheduled: decided ignore"


# ------------------------------------------------------------ view → model

def test_typing_a_title_renames(qtbot, panel, document, undo_stack):
    """A title typed and entered renames the initiative in one undo step."""
    type_into(qtbot, panel.title_edit, "Webcare desk")
    assert item(document).title == "Webcare desk"
    assert undo_stack.count() == 1
    assert last_text(undo_stack) == "Rename ‘Webcare team’ to ‘Webcare desk’"


def test_description_commits_when_focus_leaves(qtbot, panel, document, undo_stack):
    """The description is saved when the editor loses focus, not per keystroke."""
    panel.description_edit.setPlainText("Answer within the hour.")
    assert undo_stack.count() == 0
    leave(panel.description_edit)
    assert item(document).description == "Answer within the hour."
    assert last_text(undo_stack) == "Set description of ‘Webcare team’ to Answer within the hour."


def test_owner_is_typed(qtbot, panel, document, undo_stack):
    """Typing an owner and pressing Enter sets it."""
    type_into(qtbot, panel.owner_edit, "Service desk")
    assert item(document).owner == "Service desk"


def test_lane_combo_moves_and_clears_the_lane(panel, document, undo_stack):
    """Choosing a lane moves the initiative there; "No lane" clears it."""
    panel.lane_combo.setCurrentIndex(panel.lane_combo.findText("Management & growth"))
    assert item(document).lane == "growth"
    panel.lane_combo.setCurrentIndex(panel.lane_combo.findText("No lane"))
    assert item(document).lane is None
    assert last_text(undo_stack) == "Clear lane of ‘Webcare team’"


def test_decision_combo_decides(panel, document, undo_stack):
    """Choosing a decision records it with an undo text naming it."""
    panel.decision_combo.setCurrentIndex(panel.decision_combo.findText("Join"))
    assert item(document).decision == "join"
    assert last_text(undo_stack) == "Decide join for ‘Webcare team’"


def test_typing_a_rating_rates(qtbot, panel, document, undo_stack):
    """A rating typed and entered is stored, once."""
    type_number(qtbot, panel.rating_editors["technical_effort"].spin, "3.5")
    assert item(document).technical_effort == 3.5
    assert undo_stack.count() == 1
    assert last_text(undo_stack) == "Rate ‘Webcare team’ technical effort 3.5"


def test_clear_button_leaves_a_rating_unrated(qtbot, panel, document, undo_stack):
    """The Clear button makes a rating unrated; the spin box then reads “unrated”."""
    qtbot.mouseClick(panel.rating_editors["benefit"].clear_button, Qt.MouseButton.LeftButton)
    assert item(document).benefit is None
    assert panel.rating_editors["benefit"].spin.text() == "unrated"
    assert last_text(undo_stack) == "Rate ‘Webcare team’ benefit unrated"
    assert panel.fact_labels["quadrant"].text() == "unrated"


def test_stepping_up_from_unrated_rates_the_scale_minimum(qtbot, panel, document):
    """An unrated rating stepped up once becomes the lowest rating on the scale."""
    panel.set_initiative("strategy-approved")
    spin = panel.rating_editors["benefit"].spin
    assert spin.text() == "unrated"
    spin.stepUp()
    assert item(document, "strategy-approved").benefit == 1


def test_duration_zero_is_a_milestone(qtbot, panel, document, undo_stack):
    """Duration 0 shows as “milestone” and is stored as 0 days."""
    type_number(qtbot, panel.duration_spin, "0")
    assert item(document).duration_days == 0
    assert panel.duration_spin.text() == "milestone"
    assert last_text(undo_stack) == "Set duration of ‘Webcare team’ to 0 days"


def test_free_start_shows_the_scheduled_date_disabled(panel, document):
    """Without a fixed start the date editor shows the schedule's earliest start and cannot be edited."""
    earliest = document.schedule.items["webcare"].earliest_start
    assert panel.start_edit.date().toPython() == earliest
    assert not panel.start_edit.isEnabled()


def test_checking_fixed_start_fixes_the_shown_date_in_one_step(qtbot, panel, document, undo_stack):
    """Checking “Fixed start” fixes the start at the date shown, as one undo step."""
    before = plan_file.dumps(document.plan)
    shown = panel.start_edit.date().toPython()
    qtbot.mouseClick(panel.fixed_check, Qt.MouseButton.LeftButton)
    assert item(document).fixed_start and item(document).start == shown
    assert undo_stack.count() == 1
    assert last_text(undo_stack) == f"Fix the start of ‘Webcare team’ on {shown}"
    assert panel.start_edit.isEnabled()
    assert_undo_redo_round_trip(document, undo_stack, before)


def test_fixed_start_date_can_be_moved(qtbot, panel, document, undo_stack):
    """With a fixed start, a date entered in the editor becomes the start."""
    panel.set_initiative("activation-campaign")
    panel.start_edit.setDate(QDate(2027, 6, 7))
    panel.start_edit.editingFinished.emit()
    assert item(document, "activation-campaign").start == dt.date(2027, 6, 7)
    assert last_text(undo_stack) == "Set start of ‘Activation campaign’ to 2027-06-07"


def test_unchecking_fixed_start_frees_it(qtbot, panel, document, undo_stack):
    """Unchecking “Fixed start” lets the schedule place the initiative again."""
    panel.set_initiative("activation-campaign")
    qtbot.mouseClick(panel.fixed_check, Qt.MouseButton.LeftButton)
    assert not item(document, "activation-campaign").fixed_start
    assert last_text(undo_stack) == "Free the start of ‘Activation campaign’"


# ------------------------------------------------------------ refusals

def test_blank_title_is_refused_inline_and_reverted(qtbot, panel, document, undo_stack):
    """A blank title is refused with a message in the panel; the field shows the old title again."""
    before = plan_file.dumps(document.plan)
    with qtbot.waitSignal(panel.edit_refused) as refused:
        type_into(qtbot, panel.title_edit, "   ")
    assert refused.args == ["An initiative needs a title."]
    assert panel.message() == "An initiative needs a title."
    assert panel.message_label.isVisible()
    assert panel.title_edit.text() == "Webcare team"
    assert plan_file.dumps(document.plan) == before
    assert undo_stack.count() == 0


def test_message_goes_away_after_a_successful_edit(qtbot, panel):
    """Once an edit succeeds the old refusal is no longer shown."""
    type_into(qtbot, panel.title_edit, "")
    assert panel.message()
    type_into(qtbot, panel.title_edit, "Webcare desk")
    assert panel.message() == ""


# ------------------------------------------------------------ model → view

def test_fields_follow_the_document(panel, document, undo_stack):
    """An edit made elsewhere shows in every editor it touches."""
    push_edit(undo_stack, document, SetFields("webcare", {
        "title": "Social care", "owner": "Support", "lane": "growth", "decision": "ignore",
        "benefit": 2.5, "duration_days": 0, "description": "New text"}))
    assert panel.title_edit.text() == "Social care"
    assert panel.owner_edit.text() == "Support"
    assert panel.lane_combo.currentText() == "Management & growth"
    assert panel.decision_combo.currentText() == "Ignore"
    assert panel.rating_editors["benefit"].value() == 2.5
    assert panel.duration_spin.text() == "milestone"
    assert panel.description_edit.toPlainText() == "New text"
    assert panel.fact_labels["scheduled"].text() == "Not scheduled: decided ignore"


def test_following_the_document_makes_no_edits(panel, document, undo_stack):
    """Refreshing the editors from the document never pushes an edit back."""
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": 1, "lane": None}))
    undo_stack.undo()
    undo_stack.redo()
    assert undo_stack.count() == 1


def test_typed_title_then_undo_shows_the_old_title(qtbot, panel, undo_stack):
    """Undoing a typed title puts the old title back in the field, and redo the new one."""
    type_into(qtbot, panel.title_edit, "Webcare desk")
    undo_stack.undo()
    assert panel.title_edit.text() == "Webcare team"
    undo_stack.redo()
    assert panel.title_edit.text() == "Webcare desk"


def test_text_being_typed_survives_other_changes(qtbot, panel, document, undo_stack):
    """A change to another field leaves uncommitted typing alone; a change to that field replaces it."""
    panel.owner_edit.setText("Half typed")
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": 2}))
    assert panel.owner_edit.text() == "Half typed"
    push_edit(undo_stack, document, SetFields("webcare", {"owner": "Support"}))
    assert panel.owner_edit.text() == "Support"


def test_scale_and_lane_settings_reach_the_editors(panel, document, undo_stack):
    """A new scale bounds the rating boxes and a renamed lane shows its new name."""
    lanes = [Lane(lane.id, "Doing" if lane.id == "execution" else lane.name) for lane in document.plan.lanes]
    push_edit(undo_stack, document, ChangeSettings({"scale": Scale(0, 10, 1), "lanes": lanes}))
    spin = panel.rating_editors["benefit"].spin
    assert (spin.maximum(), spin.singleStep()) == (10, 1)
    assert panel.lane_combo.currentText() == "Doing"
    assert undo_stack.count() == 1


def test_removed_initiative_empties_the_panel(panel, document, undo_stack):
    """When the shown initiative is deleted the panel goes back to its hint."""
    push_edit(undo_stack, document, RemoveInitiatives(("webcare",)))
    assert panel.stack.currentIndex() == 0
    assert panel.initiative_id is None


def test_other_plan_empties_the_panel(panel, document):
    """Opening another plan leaves nothing of the old one in the panel."""
    document.replace(sample_plan(), None)
    assert panel.stack.currentIndex() == 0


# ------------------------------------------------------------ undo round trips

@pytest.mark.parametrize("make_edit", [
    lambda qtbot, p: type_into(qtbot, p.title_edit, "Webcare desk"),
    lambda qtbot, p: type_into(qtbot, p.owner_edit, "Service desk"),
    lambda qtbot, p: p.lane_combo.setCurrentIndex(0),
    lambda qtbot, p: p.decision_combo.setCurrentIndex(p.decision_combo.findText("Undecided")),
    lambda qtbot, p: type_number(qtbot, p.rating_editors["organisational_effort"].spin, "2"),
    lambda qtbot, p: p.rating_editors["technical_effort"].clear_button.click(),
    lambda qtbot, p: type_number(qtbot, p.duration_spin, "30"),
    lambda qtbot, p: p.fixed_check.click(),
], ids=["title", "owner", "lane", "decision", "rating", "unrated", "duration", "fixed-start"])
def test_edit_undo_redo_restores_identical_files(qtbot, panel, document, undo_stack, make_edit):
    """Each field edit is one undo step; undo and redo restore the exact file text."""
    before = plan_file.dumps(document.plan)
    make_edit(qtbot, panel)
    assert undo_stack.count() == 1
    assert_undo_redo_round_trip(document, undo_stack, before)


# ------------------------------------------------------------ dependencies

def test_lists_predecessors_and_successors_with_lags(panel):
    """Both lists name the other initiative and show the lag in days."""
    panel.set_initiative("employee-advocacy")
    tree = panel.predecessors.tree
    assert tree.topLevelItem(0).text(0) == "Social media policy"
    assert tree.topLevelItem(0).text(1) == "14"
    panel.set_initiative("webcare")
    assert panel.successors.row_ids() == ["community-mgmt", "activation-campaign"]


def test_add_predecessor_by_name_with_a_lag(qtbot, panel, document, undo_stack):
    """A predecessor chosen by title with a lag is added as one undo step."""
    before = plan_file.dumps(document.plan)
    panel.predecessors.add_combo.setEditText("baseline measurement")  # case does not matter
    panel.predecessors.add_lag.setValue(7)
    qtbot.mouseClick(panel.predecessors.add_button, Qt.MouseButton.LeftButton)
    assert Dependency("baseline", "webcare", 7) in document.plan.dependencies
    assert last_text(undo_stack) == ("Make ‘Webcare team’ depend on ‘Baseline measurement’"
                                     " with a lag of 7 days")
    assert "baseline" in panel.predecessors.row_ids()
    assert panel.predecessors.add_combo.currentText() == ""
    assert_undo_redo_round_trip(document, undo_stack, before)


def test_add_successor_with_enter(qtbot, panel, document, undo_stack):
    """Typing a title in the successor box and pressing Enter adds the dependency."""
    line = panel.successors.add_combo.lineEdit()
    qtbot.keyClicks(line, "KPI dashboard & monthly reporting")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert Dependency("webcare", "kpi-dashboard", 0) in document.plan.dependencies
    expected = "Make ‘KPI dashboard & monthly reporting’ depend on ‘Webcare team’"
    assert last_text(undo_stack) == expected


def test_cycle_is_refused_inline(qtbot, panel, document, undo_stack):
    """A dependency closing a cycle is refused: the message shows in the panel and nothing changes."""
    before = plan_file.dumps(document.plan)
    panel.successors.add_combo.setEditText("Social media policy")
    with qtbot.waitSignal(panel.edit_refused):
        panel.successors.add_button.click()
    assert panel.message().startswith("This dependency would close a cycle:")
    assert plan_file.dumps(document.plan) == before
    assert undo_stack.count() == 0
    assert panel.successors.add_combo.currentText() == "Social media policy"  # the input stays


def test_unknown_title_is_refused_inline(panel, document, undo_stack):
    """A name no other initiative has is refused with a message."""
    panel.predecessors.add_combo.setEditText("No such thing")
    panel.predecessors.add_button.click()
    assert panel.message() == "No other initiative is called “No such thing”."
    assert undo_stack.count() == 0


def test_remove_selected_dependency(qtbot, panel, document, undo_stack):
    """Remove takes the selected dependency away in one undo step."""
    before = plan_file.dumps(document.plan)
    panel.predecessors.select("policy")
    qtbot.mouseClick(panel.predecessors.remove_button, Qt.MouseButton.LeftButton)
    assert not any(d.from_ == "policy" and d.to == "webcare" for d in document.plan.dependencies)
    assert last_text(undo_stack) == "Remove dependency of ‘Webcare team’ on ‘Social media policy’"
    assert panel.predecessors.row_ids() == ["strategy-approved"]
    assert_undo_redo_round_trip(document, undo_stack, before)
    assert panel.predecessors.row_ids() == ["strategy-approved"]


def test_delete_key_removes_the_selected_successor(qtbot, panel, document):
    """Pressing Delete in a list removes the selected dependency."""
    panel.successors.select("community-mgmt")
    qtbot.keyClick(panel.successors.tree, Qt.Key.Key_Delete)
    assert panel.successors.row_ids() == ["activation-campaign"]


def test_edit_a_lag_in_the_list(qtbot, panel, document, undo_stack):
    """A lag changed in the list is stored, with an undo text naming both ends."""
    before = plan_file.dumps(document.plan)
    row = panel.successors.tree.topLevelItem(1)  # activation campaign
    row.setData(1, Qt.ItemDataRole.EditRole, -5)
    assert Dependency("webcare", "activation-campaign", -5) in document.plan.dependencies
    assert last_text(undo_stack) == "Set lag of ‘Activation campaign’ after ‘Webcare team’ to -5 days"
    assert_undo_redo_round_trip(document, undo_stack, before)
    assert panel.successors.tree.topLevelItem(1).text(1) == "-5"


def test_edit_a_lag_with_the_cell_editor(qtbot, panel, document, undo_stack):
    """Typing a lag in the list's cell editor and pressing Enter stores it."""
    tree = panel.successors.tree
    tree.editItem(tree.topLevelItem(0), 1)  # community management
    editor = tree.findChild(QSpinBox)
    editor.setValue(10)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: undo_stack.count() == 1)  # the delegate commits in a queued call
    assert Dependency("webcare", "community-mgmt", 10) in document.plan.dependencies
    assert undo_stack.count() == 1
    assert tree.topLevelItem(0).text(1) == "10"


def test_dependency_lists_follow_the_document(panel, document, undo_stack):
    """A dependency added elsewhere appears in the list, and goes on undo."""
    push_edit(undo_stack, document, AddDependency(Dependency("cross-links", "webcare", 3)))
    assert "cross-links" in panel.predecessors.row_ids()
    undo_stack.undo()
    assert "cross-links" not in panel.predecessors.row_ids()


def test_add_box_offers_only_unlinked_other_initiatives(panel):
    """The add box lists other initiatives that are not already on that side."""
    offered = panel.predecessors.candidate_ids()
    assert "webcare" not in offered and "policy" not in offered
    assert "baseline" in offered


def test_form_fits_a_narrow_dock(panel):
    """At 320 pixels wide the form needs no horizontal scrolling."""
    assert panel.scroll_area.widget().minimumSizeHint().width() <= panel.scroll_area.viewport().width()
