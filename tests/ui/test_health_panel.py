"""The Plan health dock: lists the core's findings, follows edits, and leads to what they concern."""

from __future__ import annotations

import dataclasses


from planner.strategy_edits import SetObjectives
from planner.health import plan_health
from ui.strategy.health_panel import HealthPanel
from ui.undo_commands import push_edit


def set_baseline(document, stack, kpi_id, value):
    objectives = []
    for o in document.plan.objectives:
        kpis = [dataclasses.replace(k, baseline=value) if k.id == kpi_id else k for k in o.kpis]
        objectives.append(dataclasses.replace(o, kpis=kpis))
    push_edit(stack, document, SetObjectives(tuple(objectives)))


def test_lists_the_samples_findings(qtbot, document):
    """Every finding of the core is listed, in its order, with its message."""
    panel = HealthPanel(document)
    qtbot.addWidget(panel)
    expected = plan_health(document.plan)
    assert panel.rules() == [f.rule for f in expected]
    assert panel.list.count() == len(expected)
    assert panel.list.item(0).text() == expected[0].message


def test_updates_after_an_edit_that_fixes_a_finding(qtbot, document, undo_stack):
    """Setting the missing baseline drops no-baseline after the pause; undo brings it back."""
    panel = HealthPanel(document)
    qtbot.addWidget(panel)
    assert "no-baseline" in panel.rules()
    set_baseline(document, undo_stack, "sentiment", 55)
    qtbot.waitUntil(lambda: "no-baseline" not in panel.rules(), timeout=2000)
    undo_stack.undo()
    qtbot.waitUntil(lambda: "no-baseline" in panel.rules(), timeout=2000)


def test_dock_title_counts_findings(qtbot, window):
    """The dock's title says how many findings there are, and follows edits."""
    count = len(plan_health(window.document.plan))
    assert window.health_dock.windowTitle() == f"Plan health ({count})"
    set_baseline(window.document, window.undo_stack, "sentiment", 55)
    qtbot.waitUntil(lambda: window.health_dock.windowTitle() == f"Plan health ({count - 1})", timeout=2000)


def test_choosing_an_initiative_finding_selects_it_in_the_table(window):
    """Selecting the no-objective finding selects that initiative in the table."""
    row = window.health.rules().index("no-objective")
    window.health.list.setCurrentRow(row)
    assert window.table.selected_ids() == ["experiment-budget"]
    assert window.details.initiative_id == "experiment-budget"


def test_choosing_a_kpi_finding_shows_the_strategy_tab(window):
    """Selecting the no-baseline finding opens the Strategy tab at that KPI's objective."""
    row = window.health.rules().index("no-baseline")
    window.health.list.setCurrentRow(row)
    assert window.views.currentIndex() == window.VIEWS.index("strategy")
    assert window.strategy.objectives.objective_list.currentItem().text() == "Know what customers say about us"
    assert window.strategy.objectives.kpi_table.currentRow() == 1


def test_strategy_tab_and_objective_filter_in_the_window(qtbot, window):
    """Ctrl+4 shows the Strategy tab; its refusals reach the status bar; the filter lists objectives."""
    window.actions_by_name["show_strategy"].trigger()
    assert window.views.currentIndex() == 3
    window.strategy.objectives.remove_objective_button.click()
    assert "unlink it first" in window.statusBar().currentMessage()
    names = [window.filters.objective_filter.itemText(i) for i in range(window.filters.objective_filter.count())]
    assert names[0] == "All objectives" and len(names) == 5
    window.strategy.objectives.add_objective_button.click()
    assert window.filters.objective_filter.count() == 6
