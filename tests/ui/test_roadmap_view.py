"""The roadmap view: bars from the core's schedule, dragging, dependencies, lanes and zoom."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest

from planner.formats import plan_file
from planner.edits import SetFields
from planner.roadmap_layout import ZOOM_LEVELS, snap_date, snap_unit
from ui.roadmap.painter import LOAD_H, ROW_H
from ui.roadmap.view import RoadmapView
from ui.undo_commands import push_edit


@pytest.fixture
def view(qtbot, document, undo_stack):
    v = RoadmapView(document, undo_stack)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def window(window):
    """The sample's main window, shown with the roadmap in front."""
    window.resize(1600, 1000)
    window.show()
    window.show_view("roadmap")
    return window


def point(view, scene_x: float, scene_y: float) -> QPoint:
    return view.mapFromScene(QPointF(scene_x, scene_y))


def drag(view, start: QPoint, end: QPoint, steps: int = 4) -> None:
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, steps + 1):
        QTest.mouseMove(port, start + (end - start) * k / steps)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_bars_sit_on_the_core_schedule(view, document):
    """Each active initiative's bar starts at its earliest start and ends after its last day."""
    schedule = document.schedule
    for iid in ("webcare", "policy"):
        entry, rect = schedule.items[iid], view.bar_rect(iid)
        assert view.axis.day_at(rect.left() + 0.5) == entry.earliest_start
        assert view.axis.day_at(rect.right() - 0.5) == entry.earliest_finish


def test_ignored_initiatives_are_parked_not_drawn(view, document):
    """Initiatives decided ignore have no row; the count says how many are parked."""
    ignored = [i.id for i in document.plan.initiatives if i.decision == "ignore"]
    assert ignored and view.parked == len(ignored)
    assert all(view.bar_rect(i) is None for i in ignored)


@pytest.mark.parametrize("size", [(1024, 500), (1400, 900)])
def test_the_parked_count_sits_below_the_last_row_clear_of_every_bar(view, size):
    """The parked count has the spare row under the last one: it covers no bar nor the title beside it."""
    view.resize(*size)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    spot = view.timeline.parked_rect(shown)
    last = view.row_top(len(view.rows) - 1) + ROW_H
    assert spot.top() >= last and spot.bottom() <= view.sceneRect().bottom()
    # Scrolled to the end the count is in view, above the run-load strip.
    assert shown.contains(spot.topLeft()) and spot.bottom() <= shown.bottom() - LOAD_H


def test_dragging_a_bar_pins_its_start_in_one_undo_step(view, document, undo_stack):
    """A bar dragged two weeks later starts there, pinned; one undo puts the plan back."""
    view.set_unit("week")
    view.scroll_to("webcare")
    before = plan_file.dumps(document.plan)
    rect = view.bar_rect("webcare")
    start = point(view, rect.center().x(), rect.center().y())
    end = point(view, rect.center().x() + 14 * view.px_per_day, rect.center().y())
    drag(view, start, end)
    item = document.plan.initiative("webcare")
    expected = snap_date(document.schedule.items["policy"].earliest_finish + dt.timedelta(days=1 + 14),
                         snap_unit(view.px_per_day))
    assert item.fixed_start and item.start == expected
    assert document.schedule.items["webcare"].earliest_start == expected
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert plan_file.dumps(document.plan) == before


def test_a_bar_on_9999_12_31_dragged_later_stays_on_the_calendar(qtbot, undo_stack):
    """Dragged past the last day there is, a bar and its edge stop there instead of overflowing."""
    import json
    from planner.document import Document
    from tests.core.test_hostile_plans import edge_plan
    document = Document(plan_file.loads(json.dumps(edge_plan("9999-12-31")).encode()))
    view = RoadmapView(document, undo_stack)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.set_unit("week")
    view.scroll_to("webcare")
    rect = view.bar_rect("webcare")
    assert view.axis.day_at(rect.right() - 0.5) == dt.date.max  # the whole last day, inside the timeline
    for x in (rect.center().x(), rect.right() - 2):  # the bar, then its right edge
        drag(view, point(view, x, rect.center().y()), point(view, x + 30 * view.px_per_day, rect.center().y()))
    item = document.plan.initiative("webcare")
    assert item.start == dt.date.max and item.duration_days == 1 and document.schedule is not None


def test_dragging_the_right_edge_changes_the_duration(view, document, undo_stack):
    """The right edge, dragged 10 days at day snapping, lengthens the initiative by 10 days."""
    view.set_unit("week")
    assert snap_unit(view.px_per_day) == "day"
    view.scroll_to("webcare")
    item = document.plan.initiative("webcare")
    duration = item.duration_days
    rect = view.bar_rect("webcare")
    start = point(view, rect.right() - 2, rect.center().y())
    drag(view, start, start + QPoint(round(10 * view.px_per_day), 0))
    assert item.duration_days == duration + 10
    undo_stack.undo()
    assert item.duration_days == duration


def test_dragging_from_the_handle_onto_another_bar_makes_a_dependency(view, document, undo_stack):
    """From the selected bar's end handle to another bar: the second now waits for the first."""
    source, target = "baseline", "livestream"
    assert not any(d.from_ == source and d.to == target for d in document.plan.dependencies)
    view.select_ids([source])
    handle = view._handle_rect(view.bar_rect(source)).center()
    goal = view.bar_rect(target).center()
    drag(view, point(view, handle.x(), handle.y()), point(view, goal.x(), goal.y()))
    assert any(d.from_ == source and d.to == target for d in document.plan.dependencies)
    assert undo_stack.count() == 1


def test_a_dependency_that_would_close_a_cycle_is_refused_naming_it(view, document, undo_stack):
    """Linking a successor back to its predecessor is refused with a message; nothing changes."""
    messages = []
    view.message.connect(messages.append)
    view.select_ids(["webcare"])
    handle = view._handle_rect(view.bar_rect("webcare")).center()
    goal = view.bar_rect("policy").center()
    drag(view, point(view, handle.x(), handle.y()), point(view, goal.x(), goal.y()))
    assert undo_stack.count() == 0
    assert messages and "Webcare team" in messages[0] and "Social media policy" in messages[0]


def test_removing_a_dependency_from_its_arrow(view, document, undo_stack):
    """The arrow under the pointer is found, and removing it is one undoable step."""
    rect = view.bar_rect("policy")
    found = view.dependency_at(QPointF(rect.right() + 4, rect.center().y()))
    assert found is not None and found.from_ == "policy"
    count = len(document.plan.dependencies)
    view.remove_dependency(found)
    assert len(document.plan.dependencies) == count - 1
    assert undo_stack.undoText() == "Remove dependency of ‘Webcare team’ on ‘Social media policy’"
    undo_stack.undo()
    assert len(document.plan.dependencies) == count


def test_a_pin_before_the_predecessor_allows_is_a_conflict_with_its_days(view, document, undo_stack):
    """Pinning webcare 10 days before policy ends marks that arrow as a conflict of those days."""
    allowed = document.schedule.items["policy"].earliest_finish + dt.timedelta(days=1)
    push_edit(undo_stack, document, SetFields("webcare", {"start": allowed - dt.timedelta(days=10),
                                                          "fixed_start": True}))
    assert view.conflicts()[("policy", "webcare")] == 10
    rect = view.bar_rect("policy")
    tip = view.tooltip_at(QPointF(rect.right() + 7, rect.center().y()))  # on the arrow, past the bar's edge
    assert "10 days before" in tip


def test_lanes_regroup_and_collapse(view, document):
    """Grouping by decision makes decision headers; a collapsed lane hides its rows but keeps its count."""
    view.set_option("grouping", "decision")
    headers = [r.label for r in view.rows if r.kind == "group"]
    assert headers == ["Build", "Join", "Undecided"]
    view.set_option("grouping", "lane")
    lane = document.plan.lanes[0]
    rows_before = len(view.rows)
    header_y = view.row_top(next(i for i, r in enumerate(view.rows) if r.group == lane.id)) + 5
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, 40, header_y))
    collapsed = next(r for r in view.rows if r.group == lane.id)
    assert collapsed.collapsed and collapsed.count > 0
    assert len(view.rows) == rows_before - collapsed.count


def test_ctrl_wheel_zooms_and_keeps_the_day_under_the_pointer(view):
    """Ctrl+wheel moves one zoom level; the day under the pointer stays where it was."""
    level = view.zoom
    x = 500
    day = view.axis.day_at(view.mapToScene(x, 0).x())
    event = QWheelEvent(QPointF(x, 300), QPointF(view.mapToGlobal(QPoint(x, 300))), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(event)
    assert view.zoom == min(level + 1, len(ZOOM_LEVELS) - 1)
    assert abs((view.axis.day_at(view.mapToScene(x, 0).x()) - day).days) <= 1


def test_schedule_as_early_as_possible_is_one_step_matching_the_core(window):
    """Every unpinned initiative gets the core's earliest start as its start, in one undo step."""
    plan = window.document.plan
    window.actions_by_name["schedule_early"].trigger()
    schedule = window.document.schedule
    for item in plan.initiatives:
        if item.id in schedule.items and not item.fixed_start:
            assert item.start == schedule.items[item.id].earliest_start
    assert window.undo_stack.count() == 1
    window.actions_by_name["schedule_early"].trigger()  # nothing left to do: no empty step
    assert window.undo_stack.count() == 1


def test_unpin_all_lets_pinned_initiatives_start_early(window):
    """Unpinning releases every fixed start in one step."""
    pinned = [i.id for i in window.document.plan.initiatives if i.fixed_start]
    assert pinned
    window.actions_by_name["unpin_all"].trigger()
    assert not any(i.fixed_start for i in window.document.plan.initiatives)
    window.undo_stack.undo()
    assert [i.id for i in window.document.plan.initiatives if i.fixed_start] == pinned


def test_selection_is_shared_with_the_table(window):
    """A bar clicked on the roadmap selects its table row, and the table's selection shows here."""
    view = window.roadmap
    rect = view.bar_rect("policy")
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point(view, rect.center().x(), rect.center().y()))
    assert window.table.selected_ids() == ["policy"]
    window.table.select_ids(["webcare"])
    assert view.selected == ["webcare"]


def test_a_drag_on_the_roadmap_updates_the_table(window):
    """Moving a bar changes the table's start cell for that initiative."""
    from ui.notation import date_text
    from ui.table.model import column_of
    view = window.roadmap
    view.set_unit("week")
    view.scroll_to("webcare")
    before = window.document.schedule.items["webcare"].earliest_start
    rect = view.bar_rect("webcare")
    start = point(view, rect.center().x(), rect.center().y())
    drag(view, start, start + QPoint(round(21 * view.px_per_day), 0))
    moved = window.document.schedule.items["webcare"].earliest_start
    assert (moved - before).days == 21
    row = window.model.row_of_id("webcare")
    assert window.model.index(row, column_of("start")).data() == date_text(moved)


def test_file_export_writes_the_roadmap_as_the_tab_shows_it(window, qtbot, tmp_path):
    """File ▸ Export writes the roadmap at the tab's scale; a PDF starts as one."""
    window.roadmap_panel.scale.setCurrentIndex(window.roadmap_panel.scale.findData("quarter"))
    out = tmp_path / "r.pdf"
    assert window.exchange.export_roadmap(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes().startswith(b"%PDF")
    svg = tmp_path / "r.svg"
    assert window.exchange.export_roadmap(svg)
    qtbot.waitUntil(svg.exists, timeout=5000)
    assert "Q2" in svg.read_text(encoding="utf-8") and "W12" not in svg.read_text(encoding="utf-8")


def test_the_run_load_strip_shows_the_core_figures_and_follows_edits(view, document, undo_stack):
    """The strip's months are planner.health's; raising a run effort raises them; it can be hidden."""
    from planner.health import monthly_run_load
    assert view.load() == monthly_run_load(document.plan, document.schedule) and view.load()
    before = dict(view.load())
    item = next(i for i in document.plan.initiatives if i.run_effort)
    push_edit(undo_stack, document, SetFields(item.id, {"run_effort": item.run_effort + 1}))
    after = dict(view.load())
    assert max(after.values()) == max(before.values()) + 1
    height = view.sceneRect().height()
    view.set_option("show_load", False)
    assert view.sceneRect().height() < height


def test_grouped_by_objective_a_new_objective_link_moves_the_row(view, document, undo_stack):
    """Linking an initiative to another objective regroups the roadmap when it is grouped by objective."""
    view.set_option("grouping", "objective")
    all_ids = {o.id for o in document.plan.objectives}
    item = next(i for i in document.plan.initiatives
                if i.objectives and set(i.objectives) != all_ids and i.decision != "ignore")
    other = next(o.id for o in document.plan.objectives if o.id not in item.objectives)

    def group_of(initiative_id):
        return next(r.group for r in view.rows if r.kind == "item" and r.initiative_id == initiative_id)

    before = group_of(item.id)
    assert before in item.objectives
    push_edit(undo_stack, document, SetFields(item.id, {"objectives": [other]}))
    assert group_of(item.id) == other
    undo_stack.undo()
    assert group_of(item.id) == before
