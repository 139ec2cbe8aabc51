"""A round's answer on the matrix: medians inside their whiskers, whiskers and votes inside the scale."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings, strategies as st

from planner.matrix_layout import matrix_point
from planner.model import RATINGS, Initiative, Participant, Plan, Round, Scale, Vote
from planner.round_geometry import (
    caption, dot_offsets, left_out, number, room_initiatives, room_picture, span, withheld_initiatives,
)
from tests.round_sample import revealed_round_plan

T0 = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
AXES = ("combined", "technical", "organisational")


@st.composite
def rounds(draw):
    """A plan of a few initiatives, partly rated, and a revealed round with votes on some criteria."""
    step = draw(st.sampled_from([0.5, 1.0, 0.25]))
    low = draw(st.integers(0, 2))
    scale = Scale(low, low + draw(st.integers(1, 9)), step)
    values = st.none() | st.integers(0, round((scale.max - scale.min) / step)).map(lambda n: scale.min + n * step)
    items = [Initiative(f"i{n}", f"Initiative {n}", benefit=draw(values), technical_effort=draw(values),
                        organisational_effort=draw(values)) for n in range(draw(st.integers(1, 4)))]
    weights = draw(st.tuples(st.floats(0.05, 1), st.floats(0.05, 1)))
    plan = Plan(scale=scale, initiatives=items)
    plan.effort_weights.technical, plan.effort_weights.organisational = weights
    criteria = [c for c in RATINGS if draw(st.booleans())] or ["benefit"]
    people = draw(st.integers(0, 6))
    round_ = Round("r1", "Kick-off", T0.date(), [i.id for i in items], criteria, state="revealed",
                   participants=[Participant(f"p{n}") for n in range(people)])
    for n in range(people):
        for item in items:
            for criterion in criteria:
                if draw(st.booleans()):
                    round_.votes.append(Vote(f"p{n}", item.id, criterion, draw(values), T0))
    plan.rounds.append(round_)
    return plan, round_


@settings(max_examples=150, deadline=None)
@given(rounds(), st.sampled_from(AXES))
def test_each_median_lies_inside_its_whiskers_and_the_whiskers_inside_the_scale(drawn, axis):
    """low ≤ q1 ≤ median ≤ q3 ≤ high on both axes, all on the scale."""
    plan, round_ = drawn
    tiny = 1e-9
    for point in room_picture(plan, round_, axis).points.values():
        for r in (point.effort, point.benefit):
            assert plan.scale.min - tiny <= r.low <= r.q1 + tiny
            assert r.q1 <= r.median + tiny and r.median <= r.q3 + tiny
            assert r.q3 <= r.high + tiny and r.high <= plan.scale.max + tiny


@settings(max_examples=150, deadline=None)
@given(rounds(), st.sampled_from(AXES))
def test_every_vote_dot_lies_within_the_extremes(drawn, axis):
    """A participant's point never falls outside the room's min–max on either axis."""
    plan, round_ = drawn
    tiny = 1e-9
    for point in room_picture(plan, round_, axis).points.values():
        for effort, benefit in point.votes:
            assert point.effort.low - tiny <= effort <= point.effort.high + tiny
            assert point.benefit.low - tiny <= benefit <= point.benefit.high + tiny


@settings(max_examples=150, deadline=None)
@given(rounds(), st.sampled_from(AXES))
def test_every_initiative_is_placed_or_listed_and_copies_sit_at_the_medians(drawn, axis):
    """Each initiative of the round is placed or listed (unplaced or unvoted), once; its copy's matrix point is the median."""
    plan, round_ = drawn
    picture = room_picture(plan, round_, axis)
    assert sorted([*picture.points, *picture.unplaced, *picture.unvoted]) == sorted(round_.initiatives)
    assert len({*picture.points, *picture.unplaced, *picture.unvoted}) == len(round_.initiatives)
    for copy in room_initiatives(plan, picture):
        effort, benefit = matrix_point(copy, plan, axis)
        median = picture.points[copy.id].median
        assert math.isclose(effort, median[0], abs_tol=1e-6) and benefit == median[1]


def test_an_unrated_criterion_takes_the_plans_own_rating():
    """A round rating only benefit puts each initiative at the plan's effort and the room's benefit."""
    plan = revealed_round_plan()
    round_ = plan.rounds[0]
    round_.criteria = ["benefit"]
    round_.votes = [v for v in round_.votes if v.criterion == "benefit"]
    picture = room_picture(plan, round_)
    for iid, point in picture.points.items():
        own_effort, _ = matrix_point(plan.initiative(iid), plan, "combined")
        assert point.effort.low == point.effort.high == own_effort
        assert point.benefit.low < point.benefit.high or len(set(point.votes)) == 1


def test_an_initiative_unrated_by_room_and_plan_is_listed_not_placed():
    """No effort from the room nor the plan: the initiative is listed as not placed."""
    plan = revealed_round_plan()
    round_ = plan.rounds[0]
    item = plan.initiative(round_.initiatives[0])
    item.technical_effort = None
    round_.votes = [v for v in round_.votes if not (v.initiative == item.id and v.criterion == "technical_effort")]
    picture = room_picture(plan, round_)
    assert item.id in picture.unplaced and item.id not in picture.points


def test_a_collecting_round_shows_no_values_and_a_revote_hides_only_the_reopened():
    """The wall never shows values still being collected."""
    plan = revealed_round_plan()
    round_ = plan.rounds[0]
    round_.state = "collecting"
    assert room_picture(plan, round_).points == {}
    assert "not revealed" in caption(round_, room_picture(plan, round_))
    round_.revote = round_.initiatives[:2]
    picture = room_picture(plan, round_)
    assert withheld_initiatives(round_) == round_.initiatives[:2]
    assert sorted(picture.points) == sorted(round_.initiatives[2:])
    assert "2 re-voting" in caption(round_, picture)


def test_the_caption_counts_the_people_who_voted():
    """"Round ‘Kick-off’: 12 people, revealed"."""
    plan = revealed_round_plan()
    assert caption(plan.rounds[0], room_picture(plan, plan.rounds[0])) == "Round ‘Kick-off’: 12 people, revealed"


@given(st.integers(1, 40), st.floats(1, 20))
def test_vote_dots_on_one_spot_keep_apart(count, spacing):
    """Dots of votes on the same spot never sit on one another: each pair is at least 0.9 spacing apart."""
    offsets = dot_offsets(count, spacing)
    assert offsets[0] == (0.0, 0.0)
    for i, a in enumerate(offsets):
        for b in offsets[i + 1:]:
            assert math.dist(a, b) >= 0.9 * spacing


def test_an_initiative_no_one_rated_is_left_out_and_said_so():
    """Without a number from the room an initiative is not drawn at the plan's rating; the key counts it."""
    plan = revealed_round_plan()
    round_ = plan.rounds[0]
    silent = round_.initiatives[0]
    round_.votes = [v for v in round_.votes if v.initiative != silent]
    picture = room_picture(plan, round_)
    assert silent not in picture.points and picture.unvoted == [silent]
    outside = len(plan.initiatives) - len(round_.initiatives)
    assert left_out(plan, round_, picture) == f"Not shown: 1 no one rated, {outside} not in the round"


def test_numbers_show_at_most_one_decimal_place():
    """The room's numbers read as the scale does: 1.62 as 1.6, 4 as 4."""
    assert number(1.625) == "1.6" and number(3.25) == "3.3" and number(4.0) == "4" and span(1, 1.62) == "1–1.6"
