"""The bundled sample plan is realistic and valid."""

from __future__ import annotations

from planner.samples import sample_plan
from planner.scheduling import schedule
from planner.scoring import QUADRANTS, initiative_scores


def test_sample_plan_loads_and_schedules():
    """The sample validates, schedules, and is the size a real strategy has."""
    plan = sample_plan()
    s = schedule(plan)
    assert 18 <= len(plan.initiatives) <= 25 and len(plan.dependencies) >= 15
    assert s.critical_path()


def test_sample_plan_shows_every_decision_and_quadrant():
    """A newcomer sees each decision and each quadrant in the sample."""
    plan = sample_plan()
    assert {i.decision for i in plan.initiatives} == {"build", "join", "ignore", "undecided"}
    assert {initiative_scores(i, plan).quadrant for i in plan.initiatives} >= set(QUADRANTS)


def test_sample_plan_orders_baseline_before_campaign_and_policy_before_webcare():
    """The framework's dependencies are present: measure first, policy before webcare."""
    plan = sample_plan()
    s = schedule(plan)
    assert s.items["baseline"].earliest_finish < s.items["activation-campaign"].earliest_start
    assert s.items["policy"].earliest_finish < s.items["webcare"].earliest_start
