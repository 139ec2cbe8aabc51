"""Scores of an initiative: combined effort, quadrant, priority and rank. Pure functions.

Unrated means ``None`` in and ``None`` out: an initiative missing a rating has no combined
effort, no quadrant and no priority, rather than a guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# The quadrant constants are defined in the model, since a plan names each quadrant and this
# module imports the model; they are re-exported here, where quadrants are computed.
from planner.model import BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN, EffortWeights, Initiative, Plan
from planner.model import QUADRANTS as QUADRANTS


def combined_effort(technical: float | None, organisational: float | None,
                    weights: EffortWeights) -> float | None:
    """Return the weighted mean of the two effort ratings, or None when either is unrated."""
    if technical is None or organisational is None:
        return None
    wt, wo = weights.technical, weights.organisational
    # Rounded so that, say, 0.2 × 1 + 0.8 × 3.5 lands on the threshold 3 instead of just past it.
    return round((wt * technical + wo * organisational) / (wt + wo), 9)


def quadrant(benefit: float | None, effort: float | None,
             benefit_threshold: float, effort_threshold: float) -> str | None:
    """Return the quadrant a (benefit, effort) point falls in, or None when unrated.

    A value on a threshold counts as high: benefit 3 on a 1–5 scale is high benefit, and
    effort 3 is high effort.
    """
    if benefit is None or effort is None:
        return None
    high_benefit = benefit >= benefit_threshold
    high_effort = effort >= effort_threshold
    if high_benefit:
        return BIG_BET if high_effort else QUICK_WIN
    return MONEY_PIT if high_effort else FILL_IN


def priority(benefit: float | None, effort: float | None, scale_min: float) -> float | None:
    """Return benefit per unit of effort, both counted from one below the scale's minimum.

    On a scale starting at 1 this is plainly benefit / effort; the shift keeps it defined and
    positive on scales that start at 0 or below.
    """
    if benefit is None or effort is None:
        return None
    base = scale_min - 1
    return (benefit - base) / (effort - base)


class Scores(NamedTuple):
    """What an initiative's ratings give under a plan's settings; None where it is not rated."""

    effort: float | None  # combined
    quadrant: str | None
    priority: float | None


def initiative_scores(item: Initiative, plan: Plan) -> Scores:
    """Return the combined effort, quadrant and priority of ``item`` under ``plan``'s settings."""
    effort = combined_effort(item.technical_effort, item.organisational_effort, plan.effort_weights)
    return Scores(effort,
                  quadrant(item.benefit, effort, plan.benefit_threshold, plan.effort_threshold),
                  priority(item.benefit, effort, plan.scale.min))


def ranks(priorities: Iterable[tuple[str, float | None]]) -> dict[str, int]:
    """Return rank by priority (1 = highest) for each rated id; equal priorities share a rank.

    Ties are ranked the way spreadsheet RANK does (1, 2, 2, 4), so an exported workbook agrees.
    """
    rated = sorted(((p, key) for key, p in priorities if p is not None), key=lambda pair: -pair[0])
    result: dict[str, int] = {}
    previous, previous_rank = None, 0
    for position, (p, key) in enumerate(rated, start=1):
        if p != previous:
            previous, previous_rank = p, position
        result[key] = previous_rank
    return result


def plan_ranks(plan: Plan) -> dict[str, int]:
    """Return the rank of every rated initiative in ``plan``."""
    return ranks((item.id, initiative_scores(item, plan).priority) for item in plan.initiatives)


def quick_wins_waiting_on_big_bets(plan: Plan, limit: int = 3) -> dict[str, list[str]]:
    """Return each quick win that depends, directly or through others, on a big bet.

    Such a quick win is not quick: it cannot start before the big bet is done. The value lists
    up to ``limit`` of those big bets, nearest first. Initiatives decided ignore are left out.
    """
    from planner.dependency_graph import topological_order

    quadrants = {item.id: initiative_scores(item, plan).quadrant
                 for item in plan.initiatives if item.decision != "ignore"}
    edges = [(d.from_, d.to) for d in plan.dependencies if d.from_ in quadrants and d.to in quadrants]
    predecessors: dict[str, list[str]] = {n: [] for n in quadrants}
    for a, b in edges:
        predecessors[b].append(a)
    waits_on: dict[str, tuple[str, ...]] = {}
    for n in topological_order(quadrants, edges):
        found: list[str] = []
        for p in predecessors[n]:
            for bet in ((p,) if quadrants[p] == BIG_BET else ()) + waits_on[p]:
                if bet not in found:
                    found.append(bet)
        waits_on[n] = tuple(found[:limit])
    return {n: list(bets) for n, bets in waits_on.items() if bets and quadrants[n] == QUICK_WIN}
