"""Scoring: combined effort, quadrants, priority and rank."""

from __future__ import annotations

import pytest

from planner.model import EffortWeights, Initiative, Plan, Scale, Thresholds
from planner.scoring import (
    BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN, combined_effort, initiative_scores, plan_ranks,
    priority, quadrant, ranks,
)


def test_combined_effort_weighs_organisation_four_times_technology_by_default():
    """Default weights 0.2 / 0.8 follow '80% people and organisation, 20% technology'."""
    assert combined_effort(5, 1, EffortWeights()) == pytest.approx(1.8)
    assert combined_effort(1, 5, EffortWeights()) == pytest.approx(4.2)


def test_combined_effort_is_a_weighted_mean_for_any_weights():
    """Weights need not sum to 1: they are normalised."""
    assert combined_effort(2, 4, EffortWeights(1, 3)) == pytest.approx(3.5)
    assert combined_effort(2, 4, EffortWeights(0, 7)) == 4


def test_combined_effort_lands_exactly_on_a_threshold():
    """0.2 × 1 + 0.8 × 3.5 is 3, not a hair off it, so the quadrant is stable."""
    assert combined_effort(1, 3.5, EffortWeights()) == 3


def test_unrated_has_no_scores():
    """A missing rating gives no combined effort, quadrant or priority."""
    assert combined_effort(None, 3, EffortWeights()) is None
    assert quadrant(None, 2, 3, 3) is None and quadrant(4, None, 3, 3) is None
    assert priority(None, 2, 1) is None


@pytest.mark.parametrize("benefit, effort, expected", [
    (5, 1, QUICK_WIN), (5, 5, BIG_BET), (1, 1, FILL_IN), (1, 5, MONEY_PIT),
    (3, 2.5, QUICK_WIN), (3, 3, BIG_BET), (2.5, 3, MONEY_PIT), (2.5, 2.5, FILL_IN),
])
def test_quadrants_with_values_on_a_threshold_counting_as_high(benefit, effort, expected):
    """Quadrant by thresholds; a value on the threshold counts as high."""
    assert quadrant(benefit, effort, 3, 3) == expected


def test_thresholds_default_to_the_scale_midpoint():
    """Without thresholds in the plan, the middle of the scale splits the matrix."""
    plan = Plan(scale=Scale(0, 10))
    assert plan.benefit_threshold == 5 and plan.effort_threshold == 5
    plan.thresholds = Thresholds(benefit=7)
    assert plan.benefit_threshold == 7 and plan.effort_threshold == 5


def test_priority_is_benefit_per_unit_of_effort():
    """On a 1–5 scale the priority is benefit divided by effort."""
    assert priority(4, 2, 1) == 2
    assert priority(1, 5, 1) == pytest.approx(0.2)


def test_priority_stays_defined_on_a_scale_starting_at_zero():
    """Zero effort on a 0–10 scale does not divide by zero."""
    assert priority(10, 0, 0) == 11
    assert priority(0, 10, 0) == pytest.approx(1 / 11)


def test_ranks_share_places_on_ties_like_a_spreadsheet():
    """Equal priorities share a rank and the next rank is skipped (1, 2, 2, 4)."""
    assert ranks([("a", 3.0), ("b", 2.0), ("c", 2.0), ("d", 1.0), ("e", None)]) == \
        {"a": 1, "b": 2, "c": 2, "d": 4}


def test_plan_scores_use_the_plans_settings():
    """A plan's weights and thresholds drive each initiative's scores and rank."""
    plan = Plan(effort_weights=EffortWeights(1, 1), initiatives=[
        Initiative("a", "A", benefit=4, technical_effort=1, organisational_effort=3),
        Initiative("b", "B", benefit=5, technical_effort=1, organisational_effort=1),
        Initiative("c", "C", benefit=5),
    ])
    assert initiative_scores(plan.initiatives[0], plan) == (2, QUICK_WIN, 2)
    assert initiative_scores(plan.initiatives[2], plan) == (None, None, None)
    assert plan_ranks(plan) == {"b": 1, "a": 2}


def test_quick_win_waiting_on_a_big_bet_is_found_through_other_initiatives():
    """A quick win two steps after a big bet is reported with that big bet; others are not."""
    from planner.model import Dependency, Initiative, Plan
    from planner.scoring import quick_wins_waiting_on_big_bets

    def item(iid, benefit, effort, decision="build"):
        return Initiative(iid, iid.title(), benefit=benefit, technical_effort=effort,
                          organisational_effort=effort, decision=decision)
    plan = Plan(initiatives=[item("bet", 5, 5), item("filler", 2, 2), item("quick", 5, 1),
                             item("free", 5, 1), item("parked", 5, 5, "ignore"), item("later", 5, 1)],
                dependencies=[Dependency("bet", "filler"), Dependency("filler", "quick"),
                              Dependency("parked", "later")])
    assert quick_wins_waiting_on_big_bets(plan) == {"quick": ["bet"]}
