"""User operations as core edits: each is one compound edit, named, whose inverse restores the plan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from planner.document import Document
from planner.errors import PlanError, ScheduleError
from planner.formats.plan_file import dumps
from planner.formats.plan_import import import_rows_into
from planner.operations import add_imported, duplicate, schedule_as_early_as_possible, unpin_all_starts
from planner.samples import sample_plan
from planner.scheduling import schedule
from tests.core.strategies import plans


def assert_round_trip(plan, edit):
    """Applying ``edit`` changes the plan; its inverse gives back the same bytes; redo the same again."""
    before = dumps(plan)
    inverse = edit.apply(plan)
    after = dumps(plan)
    assert after != before
    redo = inverse.apply(plan)
    assert dumps(plan) == before
    redo.apply(plan)
    assert dumps(plan) == after


def test_schedule_early_moves_every_free_start_to_its_earliest_date():
    """Each start that is not pinned takes the schedule's earliest date; pinned ones stay."""
    plan = sample_plan()
    pinned = {i.id: i.start for i in plan.initiatives if i.fixed_start}
    edit = schedule_as_early_as_possible(plan, schedule(plan))
    assert edit.describe(plan) == f"Schedule {len(edit.edits)} initiatives as early as possible"
    assert_round_trip(plan, edit)
    placed = schedule(plan).items
    assert all(i.start == placed[i.id].earliest_start for i in plan.initiatives
               if not i.fixed_start and i.id in placed)
    assert {i.id: i.start for i in plan.initiatives if i.fixed_start} == pinned
    assert schedule_as_early_as_possible(plan, schedule(plan)) is None  # nothing left to do


def test_unpin_all_releases_every_fixed_start_in_one_step():
    """Every pinned start is freed by one edit; with none pinned there is no edit."""
    plan = sample_plan()
    pinned = sum(i.fixed_start for i in plan.initiatives)
    edit = unpin_all_starts(plan)
    assert edit.describe(plan) == f"Unpin {pinned} start{'s' if pinned != 1 else ''}"
    assert_round_trip(plan, edit)
    assert not any(i.fixed_start for i in plan.initiatives)
    assert unpin_all_starts(plan) is None


def test_duplicate_copies_to_the_end_in_the_plan_s_order():
    """Copies go to the end in plan order, titled “(copy)”, with fresh ids and their own lists."""
    plan = sample_plan()
    first, third = plan.initiatives[0], plan.initiatives[2]
    ids = {i.id for i in plan.initiatives}
    edit = duplicate(plan, [third.id, first.id])
    assert edit.describe(plan) == "Duplicate 2 initiatives"
    assert_round_trip(plan, edit)
    copies = plan.initiatives[-2:]
    assert [c.title for c in copies] == [f"{first.title} (copy)", f"{third.title} (copy)"]
    assert copies[0].id.endswith("-copy") and {c.id for c in copies}.isdisjoint(ids)
    assert copies[0].benefit == first.benefit
    copies[0].objectives.append("x")
    assert "x" not in first.objectives
    assert duplicate(plan, [first.id]).describe(plan) == f"Duplicate ‘{first.title}’"
    assert duplicate(plan, []) is None


def test_duplicating_an_unknown_id_is_refused():
    """A stale id is a refusal in one sentence, not a KeyError."""
    with pytest.raises(PlanError, match='no initiative has the id "gone"'):
        duplicate(sample_plan(), ["gone"])


def test_add_imported_adds_lanes_items_and_dependencies_as_one_step(tmp_path):
    """An import's new lanes, rows and predecessors arrive in one edit named after the file."""
    path = tmp_path / "more.csv"
    path.write_text("title,lane,predecessors\nFirst,Brand new lane,\nSecond,,First\n", encoding="utf-8")
    plan = sample_plan()
    items, deps, report = import_rows_into(plan, path)
    edit = add_imported(plan, items, deps, report.new_lanes, path.name)
    assert edit.describe(plan) == "Import 2 initiatives from more.csv"
    assert_round_trip(plan, edit)
    assert [i.title for i in plan.initiatives[-2:]] == ["First", "Second"]
    assert plan.lanes[-1].name == "Brand new lane" and len(plan.dependencies) == len(sample_plan().dependencies) + 1
    assert add_imported(plan, [], [], [], "empty.csv") is None


@given(plans(max_initiatives=8, near_start=True), st.data())
@settings(max_examples=60, deadline=None)
def test_operations_on_any_plan_undo_to_the_same_bytes(plan, data):
    """On any valid plan each operation, applied through the document, is undone byte for byte."""
    doc = Document(plan)
    before = dumps(plan)
    try:
        early = schedule_as_early_as_possible(plan, schedule(plan))
    except ScheduleError:
        early = None
    ids = data.draw(st.lists(st.sampled_from([i.id for i in plan.initiatives]), unique=True)
                    if plan.initiatives else st.just([]))
    for edit in (early, unpin_all_starts(plan), duplicate(plan, ids)):
        if edit is not None:
            inverse = doc.apply(edit)
            doc.apply(inverse)
            assert dumps(doc.plan) == before
