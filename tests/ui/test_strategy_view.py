"""The Strategy tab and the strategy links in the details panel: each edit one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.formats import plan_file
from ui.details.panel import DetailsPanel
from ui.strategy.view import StrategyView


@pytest.fixture
def view(qtbot, document, undo_stack):
    v = StrategyView(document, undo_stack)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


def assert_one_undoable_step(document, stack, before: bytes):
    """One step was recorded; undo gives back ``before`` byte for byte, redo the edit again."""
    after = plan_file.dumps(document.plan)
    assert after != before
    assert stack.count() == 1
    stack.undo()
    assert plan_file.dumps(document.plan) == before
    stack.redo()
    assert plan_file.dumps(document.plan) == after


def test_value_discipline_is_one_undo_step(view, document, undo_stack):
    """Choosing a value discipline changes the strategy; undo restores the file."""
    before = plan_file.dumps(document.plan)
    view.discipline_combo.setCurrentIndex(0)
    assert document.plan.strategy.value_discipline == "operational_excellence"
    assert_one_undoable_step(document, undo_stack, before)
    undo_stack.undo()
    assert view.discipline_combo.currentText() == "Customer intimacy"


def test_readiness_status_is_one_undo_step(view, document, undo_stack):
    """Answering a readiness question yes changes only that answer, in one step."""
    before = plan_file.dumps(document.plan)
    view.status_combos["flexibility"].setCurrentIndex(0)
    answers = {a.item: a.status for a in document.plan.strategy.readiness}
    assert answers["flexibility"] == "yes" and answers["experiment_budget"] == "partly"
    assert "Flexibility" in undo_stack.command(0).text()
    assert_one_undoable_step(document, undo_stack, before)


def test_adding_an_objective_with_a_kpi(view, document, undo_stack):
    """Add objective and add KPI each make one step; undoing both restores the file."""
    before = plan_file.dumps(document.plan)
    view.objectives.add_objective_button.click()
    assert document.plan.objectives[-1].name == "New objective"
    assert view.objectives.objective_list.currentItem().text() == "New objective"
    view.objectives.objective_name_edit.setText("Grow leads")
    view.objectives.objective_name_edit.editingFinished.emit()
    view.objectives.add_kpi_button.click()
    view.objectives.kpi_table.item(0, 2).setText("12")
    objective = document.plan.objectives[-1]
    assert objective.name == "Grow leads"
    assert [(k.name, k.baseline) for k in objective.kpis] == [("New KPI", 12)]
    assert undo_stack.count() == 4
    while undo_stack.canUndo():
        undo_stack.undo()
    assert plan_file.dumps(document.plan) == before
    assert view.objectives.objective_list.count() == 4


def test_bad_kpi_number_is_refused_with_a_message(view, document, undo_stack, qtbot):
    """Text that is no number in a KPI cell makes no edit and says why."""
    with qtbot.waitSignal(view.message) as signal:
        view.objectives.kpi_table.item(0, 2).setText("lots")
    assert "not a number" in signal.args[0]
    assert undo_stack.count() == 0
    assert view.objectives.kpi_table.item(0, 2).text() == "420"


def test_audience_share_is_one_undo_step(view, document, undo_stack):
    """Setting a technographic share changes that audience's profile in one step."""
    before = plan_file.dumps(document.plan)
    view.audiences.share_spins["creators"].setValue(20)
    assert document.plan.audiences[0].profile["creators"] == 20
    assert_one_undoable_step(document, undo_stack, before)
    undo_stack.undo()
    assert view.audiences.share_spins["creators"].value() == 12


def test_removing_a_linked_objective_is_refused_with_a_message(view, document, undo_stack, qtbot):
    """The core refuses to drop an objective initiatives serve; the view says so and keeps it."""
    with qtbot.waitSignal(view.message) as signal:
        view.objectives.remove_objective_button.click()
    assert "unlink it first" in signal.args[0]
    assert len(document.plan.objectives) == 4 and undo_stack.count() == 0
    assert view.objectives.objective_list.count() == 4


def test_follows_undo_without_clobbering_typing(view, document, undo_stack):
    """An undo elsewhere refreshes the tab but leaves text typed in the ambition alone."""
    view.capacity_spin.setValue(12)
    view.ambition_edit.setText("Typing…")
    undo_stack.undo()
    assert view.capacity_spin.value() == 8
    assert view.ambition_edit.text() == "Typing…"


def test_details_panel_links_an_objective_and_undo_unlinks(qtbot, document, undo_stack):
    """Checking an objective in the details panel links it; undo unlinks it."""
    panel = DetailsPanel(document, undo_stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_initiative("experiment-budget")
    before = plan_file.dumps(document.plan)
    listing = panel.link_lists["objectives"]
    assert listing.count() == 4
    listing.item(0).setCheckState(Qt.CheckState.Checked)
    assert document.plan.initiative("experiment-budget").objectives == ["listen"]
    assert_one_undoable_step(document, undo_stack, before)
    undo_stack.undo()
    assert document.plan.initiative("experiment-budget").objectives == []
    assert panel.link_lists["objectives"].item(0).checkState() == Qt.CheckState.Unchecked


def test_details_panel_sets_running_effort(qtbot, document, undo_stack):
    """The running effort spin box sets run_effort; its lowest value means none."""
    panel = DetailsPanel(document, undo_stack)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_initiative("webcare")
    assert panel.run_effort_editor.value() == 3.5
    panel.run_effort_editor.clear_button.click()
    assert document.plan.initiative("webcare").run_effort is None
    undo_stack.undo()
    assert panel.run_effort_editor.value() == 3.5
