"""The plan model: the names a plan gives its quadrants."""

from __future__ import annotations

from planner import scoring
from planner.model import DEFAULT_QUADRANT_NAMES, Plan


def test_quadrants_have_plural_default_names():
    """A new plan calls the quadrants by the usual names, plural as the matrix's areas."""
    plan = Plan()
    assert [plan.quadrant_name(q) for q in scoring.QUADRANTS] == ["Quick wins", "Big bets", "Fill-ins",
                                                                  "Money pits"]
    assert plan.quadrant_names == DEFAULT_QUADRANT_NAMES
    assert plan.quadrant_names is not DEFAULT_QUADRANT_NAMES  # each plan has its own


def test_quadrant_name_uses_the_plan_s_own_name():
    """A renamed quadrant is named so; no quadrant (unrated) has the empty name."""
    plan = Plan(quadrant_names={scoring.BIG_BET: "Moonshots"})
    assert plan.quadrant_name(scoring.BIG_BET) == "Moonshots"
    assert plan.quadrant_name(scoring.QUICK_WIN) == "Quick wins"  # left out: the default
    assert plan.quadrant_name(None) == ""
