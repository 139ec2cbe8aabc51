"""Scheduling rules: earliest starts, latest dates, slack and the critical path."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings

from planner.errors import DependencyCycleError, ScheduleError
from planner.model import Dependency, Initiative, Plan
from planner.scheduling import schedule
from tests.core.strategies import plans

D = dt.date


def plan_of(*items, deps=(), start=D(2027, 1, 4)) -> Plan:
    return Plan(start=start, initiatives=list(items),
                dependencies=[Dependency(a, b, lag) for a, b, lag in deps])


def test_an_initiative_without_predecessors_starts_with_the_plan():
    """The plan's start is the earliest any initiative can begin."""
    s = schedule(plan_of(Initiative("a", "A", duration_days=10, start=D(2026, 1, 1))))
    assert s.items["a"].earliest_start == D(2027, 1, 4)
    assert s.items["a"].earliest_finish == D(2027, 1, 13)  # ten days: the 4th to the 13th


def test_a_fixed_start_holds_back_an_initiative():
    """With fixed_start the initiative's own start applies; without it, it is ignored."""
    fixed = Initiative("a", "A", duration_days=5, start=D(2027, 3, 1), fixed_start=True)
    free = Initiative("b", "B", duration_days=5, start=D(2027, 3, 1))
    s = schedule(plan_of(fixed, free))
    assert s.items["a"].earliest_start == D(2027, 3, 1)
    assert s.items["b"].earliest_start == D(2027, 1, 4)


def test_finish_to_start_with_positive_and_negative_lag():
    """A successor starts at its predecessor's end plus the lag, which may overlap."""
    s = schedule(plan_of(Initiative("a", "A", duration_days=10), Initiative("b", "B", duration_days=3),
                         Initiative("c", "C", duration_days=3),
                         deps=[("a", "b", 7), ("a", "c", -4)]))
    assert s.items["b"].earliest_start == D(2027, 1, 14) + dt.timedelta(days=7)
    assert s.items["c"].earliest_start == D(2027, 1, 10)


def test_a_milestone_finishes_on_its_start_and_takes_no_time():
    """Duration 0 is a milestone: finish equals start and successors may start that day."""
    s = schedule(plan_of(Initiative("m", "M", duration_days=0), Initiative("b", "B", duration_days=2),
                         deps=[("m", "b", 0)]))
    assert s.items["m"].earliest_finish == s.items["m"].earliest_start == D(2027, 1, 4)
    assert s.items["b"].earliest_start == D(2027, 1, 4)


def test_backward_pass_gives_latest_dates_slack_and_critical_path():
    """Against the plan's end, the short branch has slack and the long branch is critical."""
    s = schedule(plan_of(Initiative("a", "A", duration_days=5), Initiative("long", "Long", duration_days=20),
                         Initiative("short", "Short", duration_days=5), Initiative("z", "Z", duration_days=1),
                         deps=[("a", "long", 0), ("a", "short", 0), ("long", "z", 0), ("short", "z", 0)]))
    assert s.items["short"].slack_days == 15
    assert s.items["short"].latest_start == D(2027, 1, 24)
    assert s.items["short"].latest_finish == D(2027, 1, 28)
    assert [s.items[k].slack_days for k in ("a", "long", "z")] == [0, 0, 0]
    assert s.critical_path() == ["a", "long", "z"]
    assert s.finish == D(2027, 1, 29)  # a: 4–8, long: 9–28, z: 29


def test_ignored_initiatives_are_left_out_and_their_dependencies_dropped_with_a_warning():
    """A dependency through an ignored initiative no longer holds anything back."""
    s = schedule(plan_of(Initiative("x", "X", duration_days=50, decision="ignore"),
                         Initiative("b", "B", duration_days=2), deps=[("x", "b", 0)]))
    assert "x" not in s.items
    assert s.items["b"].earliest_start == D(2027, 1, 4)
    assert s.warnings == ["the dependency ‘X’ → ‘B’ is left out: ‘X’ is decided ignore"]


def test_a_cycle_is_refused_and_named():
    """Scheduling a plan with a cycle raises an error listing the cycle."""
    with pytest.raises(DependencyCycleError) as caught:
        schedule(plan_of(Initiative("a", "A"), Initiative("b", "B"), deps=[("a", "b", 0), ("b", "a", 0)]))
    assert caught.value.cycle == ["a", "b", "a"]


def test_dates_up_to_the_year_9999_schedule_and_beyond_is_refused():
    """The last day a plan can hold is 9999-12-31; work past it is a clear error."""
    last = Initiative("a", "A", duration_days=1, start=D(9999, 12, 31), fixed_start=True)
    assert schedule(plan_of(last)).items["a"].earliest_finish == D(9999, 12, 31)
    too_long = Initiative("a", "Too long", duration_days=2, start=D(9999, 12, 31), fixed_start=True)
    with pytest.raises(ScheduleError, match="Too long would run past 9999-12-31"):
        schedule(plan_of(too_long))


def test_file_order_does_not_matter():
    """Shuffling initiatives and dependencies gives the same schedule."""
    items = [Initiative(f"i{k}", f"I{k}", duration_days=k % 7) for k in range(30)]
    deps = [(f"i{a}", f"i{b}", (a * b) % 5 - 2) for a in range(30) for b in range(a + 1, 30) if (a + b) % 4 == 0]
    first = schedule(plan_of(*items, deps=deps))
    rng = random.Random(4)
    rng.shuffle(items)
    rng.shuffle(deps)
    assert schedule(plan_of(*items, deps=deps)).items == first.items


@given(plans(near_start=True))
@settings(max_examples=200, deadline=None)
def test_every_dependency_holds_and_every_start_is_earliest(plan):
    """Every kept dependency is met, critical means slack 0, and no start could be earlier."""
    s = schedule(plan)
    active = {i.id: i for i in plan.initiatives if i.decision != "ignore"}
    assert set(s.items) == set(active)
    end = {k: v.earliest_start + dt.timedelta(days=active[k].duration_days) for k, v in s.items.items()}
    bounds = {k: [plan.start] + ([i.start] if i.fixed_start else []) for k, i in active.items()}
    for d in plan.dependencies:
        if d.from_ in active and d.to in active:
            bound = end[d.from_] + dt.timedelta(days=d.lag_days)
            assert s.items[d.to].earliest_start >= bound
            assert s.items[d.from_].latest_start + dt.timedelta(days=active[d.from_].duration_days + d.lag_days) \
                <= s.items[d.to].latest_start
            bounds[d.to].append(bound)
    for k, item in s.items.items():
        assert item.earliest_start == max(bounds[k])  # tight: held back by something real
        assert item.slack_days >= 0
        assert item.critical == (item.slack_days == 0)
        assert item.latest_start - item.earliest_start == dt.timedelta(days=item.slack_days)
    if s.items:
        assert any(item.critical for item in s.items.values())


def test_schedule_results_are_plain_values():
    """Scheduled items compare by value, so views can diff two schedules."""
    s = schedule(plan_of(Initiative("a", "A", duration_days=3)))
    assert s.items["a"]._replace() == s.items["a"]
    assert s.items["a"] != s.items["a"]._replace(slack_days=1)


def test_a_milestone_beside_work_ending_on_the_last_date_keeps_that_date():
    """With work ending 9999-12-31 a free milestone's latest date is that day, not the year 10000."""
    work = Initiative("a", "A", duration_days=1, start=D(9999, 12, 31), fixed_start=True)
    milestone = Initiative("m", "M", duration_days=0, start=D(9999, 12, 31), fixed_start=True)
    result = schedule(plan_of(work, milestone))
    assert result.items["m"].latest_start == result.items["m"].latest_finish == D(9999, 12, 31)
    assert result.items["m"].slack_days == 0 and result.finish == D(9999, 12, 31)
