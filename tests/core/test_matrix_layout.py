"""Matrix geometry: snapping, drags, data ↔ screen, fanning out and label placement."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.matrix_layout import (
    EFFORT_AXES, Box, Transform, arrow, effort_drag, effort_value, fan_out, marker_positions, matrix_point,
    name_box, plot_and_tray, quadrant_boxes, snap, tick_values, warning_box,
)
from planner.model import EffortWeights, Initiative, Plan, Scale
from planner.samples import sample_plan
from planner.scoring import BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN, combined_effort

DEFAULT = Scale()


def _item(benefit=3, technical=2, organisational=3) -> Initiative:
    return Initiative("a", "A", benefit=benefit, technical_effort=technical,
                      organisational_effort=organisational)


def _square(centre: tuple[float, float], r: float) -> Box:
    return Box(centre[0] - r, centre[1] - r, 2 * r, 2 * r)


# ---------------------------------------------------------------- snap

@pytest.mark.parametrize("value, expected", [
    (3.2, 3), (3.3, 3.5), (3.74, 3.5), (4.9, 5), (1.1, 1), (0, 1), (-7, 1), (5, 5), (9, 5),
])
def test_snap_on_the_default_scale_goes_to_the_nearest_half_within_1_to_5(value, expected):
    """On 1–5 step 0.5 a value goes to the nearest half, and off-scale values to the nearest end."""
    assert snap(value, DEFAULT) == expected


@pytest.mark.parametrize("value, expected", [(1.25, 1.5), (3.25, 3.5), (4.75, 5)])
def test_snap_rounds_a_tie_up(value, expected):
    """A value halfway between two steps goes to the higher one, not to the even one."""
    assert snap(value, DEFAULT) == expected


def test_snap_returns_whole_numbers_as_int():
    """Whole results are ints (files then say 4, not 4.0); halves stay floats."""
    assert type(snap(4.0, DEFAULT)) is int and snap(4.0, DEFAULT) == 4
    assert type(snap(3.9, DEFAULT)) is int
    assert type(snap(3.4, DEFAULT)) is float and snap(3.4, DEFAULT) == 3.5


def test_snap_ignores_float_noise():
    """2.9999999 is 3, and 3 × 0.1 is 0.3 rather than 0.30000000000000004."""
    assert snap(2.9999999, DEFAULT) == 3 and type(snap(2.9999999, DEFAULT)) is int
    tenths = Scale(0, 1, 0.1)
    assert snap(0.31, tenths) == 0.3 and repr(snap(0.31, tenths)) == "0.3"
    # 0.15 / 0.1 is 1.4999999999999998 in floats; it is still a tie, and ties go up.
    assert snap(0.15, tenths) == 0.2


@pytest.mark.parametrize("value, expected", [
    (1.1, 1), (1.13, 1.25), (1.125, 1.25), (0.1, 0), (-3, 0), (9.99, 10), (12, 10),
])
def test_snap_on_quarter_steps_from_zero(value, expected):
    """On 0–10 step 0.25 values go to the nearest quarter; ties go up."""
    assert snap(value, Scale(0, 10, 0.25)) == expected


@pytest.mark.parametrize("value, expected", [
    (-1.3, -1.5), (-1.25, -1), (-1.75, -1.5), (-0.1, 0), (0.2, 0), (-5, -2), (3, 2),
])
def test_snap_on_a_scale_with_a_negative_minimum(value, expected):
    """On −2…2 step 0.5 ties go up (towards the maximum) and zero is never −0."""
    result = snap(value, Scale(-2, 2, 0.5))
    assert result == expected
    assert math.copysign(1, result) == math.copysign(1, expected)


def test_snap_counts_steps_from_the_minimum_not_from_zero():
    """On 1–5 step 0.3 the steps are 1, 1.3, 1.6, …, so 1.2 goes to 1.3, not to 1.2."""
    odd = Scale(1, 5, 0.3)
    assert snap(1.2, odd) == 1.3
    assert snap(2.0, odd) == 1.9


def test_snap_keeps_an_off_step_maximum_reachable():
    """When the maximum is no whole number of steps from the minimum, it still is a snap value."""
    odd = Scale(1, 5, 0.3)  # steps end at 4.9
    assert snap(4.94, odd) == 4.9
    assert snap(4.95, odd) == 5  # the tie goes up
    assert snap(5, odd) == 5 and snap(6, odd) == 5


@given(st.integers(-10, 10), st.sampled_from([0.1, 0.25, 0.3, 0.5, 1, 2]), st.integers(1, 40),
       st.floats(-30, 50, allow_nan=False))
def test_snap_returns_the_nearest_scale_value(lo, step, steps, value):
    """The result is a scale value (a step from the minimum, or the maximum) and none is nearer."""
    scale = Scale(lo, lo + steps * step * 1.05, step)  # maximum mostly off the steps
    allowed = sorted({round(lo + k * step, 9) for k in range(steps + 2) if lo + k * step <= scale.max}
                     | {scale.max})
    result = snap(value, scale)
    assert any(math.isclose(result, a, abs_tol=1e-9) for a in allowed)
    assert abs(result - value) <= min(abs(a - value) for a in allowed) + 1e-9


# ---------------------------------------------------------------- effort values and points

def test_effort_value_per_axis():
    """Combined uses the plan's weights; technical and organisational are the ratings themselves."""
    plan, item = Plan(), _item(technical=1, organisational=3.5)
    assert effort_value(item, plan, "combined") == 3  # 0.2 × 1 + 0.8 × 3.5
    assert effort_value(item, plan, "technical") == 1
    assert effort_value(item, plan, "organisational") == 3.5
    plan.effort_weights = EffortWeights(1, 1)
    assert effort_value(item, plan, "combined") == 2.25


def test_matrix_point_needs_benefit_and_the_axis_effort():
    """An item is placed only when it has a benefit and what its axis needs."""
    plan = Plan()
    assert matrix_point(_item(4, 2, 3), plan, "organisational") == (3, 4)
    assert matrix_point(_item(None, 2, 3), plan, "technical") is None
    no_technical = _item(4, None, 3)
    assert matrix_point(no_technical, plan, "technical") is None
    assert matrix_point(no_technical, plan, "combined") is None
    assert matrix_point(no_technical, plan, "organisational") == (3, 4)


def test_an_unknown_axis_is_refused():
    """A misspelt axis raises rather than quietly placing nothing."""
    with pytest.raises(ValueError, match="effort axis"):
        matrix_point(_item(), Plan(), "people")
    with pytest.raises(ValueError):
        effort_drag(_item(), Plan(), "people", 3)
    assert EFFORT_AXES == ("combined", "technical", "organisational")


# ---------------------------------------------------------------- effort drag

def test_dragging_on_the_technical_axis_sets_the_snapped_technical_rating():
    """A horizontal drag on the technical axis sets only technical effort, snapped."""
    assert effort_drag(_item(technical=2), Plan(), "technical", 3.3) == {"technical_effort": 3.5}
    assert effort_drag(_item(technical=2), Plan(), "technical", 4.1) == {"technical_effort": 4}


def test_dragging_on_the_organisational_axis_sets_the_organisational_rating():
    """A drag on the organisational axis sets organisational effort, clamped to the scale."""
    assert effort_drag(_item(organisational=3), Plan(), "organisational", 4.74) == {"organisational_effort": 4.5}
    assert effort_drag(_item(organisational=3), Plan(), "organisational", 9) == {"organisational_effort": 5}


def test_a_drag_that_lands_where_it_started_changes_nothing():
    """Dropping on the same step returns no fields, so no empty undo step is made."""
    assert effort_drag(_item(technical=2), Plan(), "technical", 2.2) == {}
    assert effort_drag(_item(technical=1, organisational=3.5), Plan(), "combined", 3.1) == {}


def test_a_combined_drag_moves_both_ratings_by_the_same_delta():
    """With weights 0.2 / 0.8, combined 3 dragged to 4 moves both ratings up by 1."""
    plan, item = Plan(), _item(technical=1, organisational=3.5)
    changes = effort_drag(item, plan, "combined", 4)
    assert changes == {"technical_effort": 2, "organisational_effort": 4.5}
    assert combined_effort(2, 4.5, plan.effort_weights) == 4


def test_a_combined_drag_down_moves_both_ratings_down():
    """Combined 3 (technical 3, organisational 3) dragged to 2 lowers both by 1."""
    assert effort_drag(_item(technical=3, organisational=3), Plan(), "combined", 2) == {
        "technical_effort": 2, "organisational_effort": 2}


def test_a_combined_drag_gives_the_remainder_to_the_other_rating_at_the_top():
    """Organisational effort stops at 5, so technical effort moves further and combined still lands."""
    plan, item = Plan(), _item(technical=1.5, organisational=4.5)  # combined 3.9
    changes = effort_drag(item, plan, "combined", 4.5)
    assert changes == {"technical_effort": 2.5, "organisational_effort": 5}
    assert combined_effort(2.5, 5, plan.effort_weights) == 4.5


def test_a_combined_drag_gives_the_remainder_to_organisational_effort_too():
    """With equal weights, technical effort stops at 5 and organisational effort makes up the rest."""
    plan = Plan(effort_weights=EffortWeights(1, 1))
    changes = effort_drag(_item(technical=4, organisational=2), plan, "combined", 4.5)  # from 3
    assert changes == {"technical_effort": 5, "organisational_effort": 4}


def test_a_combined_drag_gives_the_remainder_to_the_other_rating_at_the_bottom():
    """Organisational effort stops at 1, so technical effort drops further to reach combined 1."""
    changes = effort_drag(_item(technical=3, organisational=1.5), Plan(), "combined", 1)  # from 1.8
    assert changes == {"technical_effort": 1, "organisational_effort": 1}


def test_a_combined_drag_past_what_the_weights_allow_stops_at_the_end():
    """With both ratings at the end of the scale, combined cannot go further, and no field changes."""
    plan = Plan()
    item = _item(technical=1, organisational=5)  # combined 4.2
    assert effort_drag(item, plan, "combined", 5) == {"technical_effort": 5}
    assert effort_drag(_item(technical=5, organisational=5), plan, "combined", 7) == {}


def test_a_combined_drag_from_between_steps_moves_both_ratings_by_whole_steps():
    """From combined 3.6 (2, 4) a drag to 4.6 moves both ratings one step: 3 and 5, combined 4.6."""
    plan = Plan()
    item = _item(technical=2, organisational=4)
    assert effort_drag(item, plan, "combined", 4.6) == {"technical_effort": 3, "organisational_effort": 5}
    # One step left of 3.6 is 3.1: both ratings lose one step.
    assert effort_drag(item, plan, "combined", 3.1) == {"technical_effort": 1.5, "organisational_effort": 3.5}


def test_a_combined_drag_back_onto_the_marker_leaves_off_step_ratings_alone():
    """Ratings 2.2 and 3.2 (combined 3) are not rounded to steps by a drag that ends at 3."""
    assert effort_drag(_item(technical=2.2, organisational=3.2), Plan(), "combined", 3.1) == {}


def test_a_combined_drag_of_less_than_half_a_step_changes_nothing():
    """From combined 3.6 a drag to 3.5 is too short to move the ratings a step."""
    assert effort_drag(_item(technical=2, organisational=4), Plan(), "combined", 3.5) == {}


@pytest.mark.parametrize("axis", EFFORT_AXES)
def test_a_drag_on_unrated_efforts_returns_nothing(axis):
    """Without the ratings the axis needs there is nothing to move, and the caller refuses."""
    item = _item(technical=None, organisational=None)
    assert effort_drag(item, Plan(), axis, 3) == {}


rated = st.sampled_from([1 + 0.5 * k for k in range(9)])


@given(rated, rated, st.floats(0, 6), st.sampled_from([(0.2, 0.8), (0.5, 0.5), (1, 0), (0, 3), (2, 1)]))
def test_a_combined_drag_moves_both_ratings_alike_and_never_away_from_the_target(t, o, new, weights):
    """Ratings stay on the steps, move by the same amount unless one stops at an end, and end no farther off."""
    plan = Plan(effort_weights=EffortWeights(*weights))
    changes = effort_drag(_item(technical=t, organisational=o), plan, "combined", new)
    assert set(changes) <= {"technical_effort", "organisational_effort"}
    new_t, new_o = changes.get("technical_effort", t), changes.get("organisational_effort", o)
    for value in (new_t, new_o):
        assert 1 <= value <= 5 and float(value * 2).is_integer()
    if all(1 < value < 5 for value in (new_t, new_o)):
        assert new_t - t == new_o - o
    before = combined_effort(t, o, plan.effort_weights)
    after = combined_effort(new_t, new_o, plan.effort_weights)
    target = snap(new, plan.scale)
    assert abs(after - target) <= abs(before - target) + 1e-9


# ---------------------------------------------------------------- transform

def test_transform_puts_low_effort_left_and_high_benefit_at_the_top():
    """The scale's corners map to the plot rectangle's corners, y growing downward."""
    tr = Transform(DEFAULT, 40, 20, 800, 400)
    assert tr.to_screen(1, 5) == (40, 20)
    assert tr.to_screen(5, 1) == (840, 420)
    assert tr.to_screen(3, 3) == (440, 220)
    assert tr.to_data(840, 420) == (5, 1)


def test_transform_to_data_is_unclamped():
    """A drag past the plot's edge reads past the scale; snapping clamps later."""
    tr = Transform(DEFAULT, 0, 0, 400, 400)
    assert tr.to_data(500, -100) == (6, 6)


@given(st.floats(-10, 10), st.floats(0.5, 20), st.floats(-500, 500), st.floats(-500, 500),
       st.floats(10, 4000), st.floats(10, 4000), st.floats(0, 1), st.floats(0, 1))
def test_transform_round_trips(lo, span, left, top, width, height, fx, fy):
    """to_data undoes to_screen, and to_screen undoes to_data."""
    tr = Transform(Scale(lo, lo + span, 0.5), left, top, width, height)
    effort, benefit = lo + fx * span, lo + fy * span
    back = tr.to_data(*tr.to_screen(effort, benefit))
    assert back == pytest.approx((effort, benefit), abs=1e-9 * (1 + abs(lo) + span))
    x, y = left + fx * width, top + fy * height
    pixels = 1 + abs(left) + abs(top) + width + height
    assert tr.to_screen(*tr.to_data(x, y)) == pytest.approx((x, y), abs=1e-9 * pixels)


# ---------------------------------------------------------------- fan out

def test_fan_out_spreads_coincident_markers_on_a_circle_and_keeps_single_ones():
    """Three markers at one spot go to three distinct points at the radius; a lone one stays put."""
    points = {"a": (100, 100), "b": (100.3, 99.8), "c": (100, 100), "d": (200, 50)}
    spread = fan_out(points, 8)
    assert spread["d"] == (200, 50)
    placed = [spread[k] for k in "abc"]
    assert len({(round(x, 6), round(y, 6)) for x, y in placed}) == 3
    for x, y in placed:
        assert math.dist((x, y), (100, 100)) == pytest.approx(8)
    # Evenly spread: every pair is one side of an equilateral triangle apart.
    assert math.dist(placed[0], placed[1]) == pytest.approx(8 * math.sqrt(3))
    assert math.dist(placed[1], placed[2]) == pytest.approx(8 * math.sqrt(3))


def test_fan_out_starts_at_the_top_and_goes_clockwise():
    """The first marker of a group goes above the spot, the second to its right (y grows down)."""
    spread = fan_out({"a": (50, 50), "b": (50, 50), "c": (50, 50), "d": (50, 50)}, 10)
    assert spread["a"] == pytest.approx((50, 40))
    assert spread["b"] == pytest.approx((60, 50))
    assert spread["c"] == pytest.approx((50, 60))
    assert spread["d"] == pytest.approx((40, 50))


def test_fan_out_leaves_markers_a_pixel_apart_alone():
    """Markers more than half a pixel apart are different spots and do not move."""
    points = {"a": (10, 10), "b": (11, 10), "c": (10, 10.6)}
    assert fan_out(points, 5) == points


def test_fan_out_is_deterministic_and_keeps_the_input_order():
    """The same input gives the same output, keyed in the same order."""
    rng = random.Random(3)
    points = {f"k{i}": (rng.choice([10, 20, 30]), rng.choice([10, 20])) for i in range(60)}
    first = fan_out(points, 6)
    assert first == fan_out(dict(points), 6)
    assert list(first) == list(points)


# ---------------------------------------------------------------- boxes

def test_box_overlap_needs_shared_area():
    """Boxes that only touch do not overlap; boxes that share area do."""
    a = Box(0, 0, 10, 10)
    assert not a.overlaps(Box(10, 0, 5, 5)) and not a.overlaps(Box(0, 10, 5, 5))
    assert not a.overlaps(Box(-5, 0, 5, 5)) and not a.overlaps(Box(0, -5, 5, 5))
    assert a.overlaps(Box(9.5, 9.5, 5, 5)) and Box(9.5, 9.5, 5, 5).overlaps(a)
    assert a.overlaps(Box(2, 2, 1, 1))
    assert a.contains(Box(0, 0, 10, 10)) and a.contains(Box(2, 2, 1, 1))
    assert not a.contains(Box(5, 5, 6, 1))




# ---------------------------------------------------------------- frame, quadrants, arrows, signs

def test_the_tray_stands_right_of_the_plot_and_a_title_pushes_the_plot_down():
    """The plot and the tray share the scene's width, side by side; without a title the plot starts higher."""
    plot, tray = plot_and_tray(1600, 1000, 13, 13, 19.5)
    assert plot.x > 0 and plot.x + plot.w < tray.x and tray.x + tray.w < 1600
    assert (tray.y, tray.h) == (plot.y, plot.h) and plot.y + plot.h < 1000
    assert tray.w > 200 - 13
    assert plot_and_tray(1600, 1000, 13, 13, None)[0].y < plot.y


def test_ticks_are_whole_numbers_on_small_scales_and_tenths_of_wide_ones():
    """A 1–5 scale gets a grid line at every whole number; a 0–100 one at every tenth."""
    assert tick_values(DEFAULT) == [1, 2, 3, 4, 5]
    assert tick_values(Scale(0, 100, 1)) == pytest.approx([10 * k for k in range(11)])


def test_quadrants_tile_the_plot_with_quick_wins_top_left():
    """The four quadrants meet at the thresholds and together cover the plot exactly."""
    plan = sample_plan()
    tr = Transform(plan.scale, 50, 20, 400, 300)
    boxes = quadrant_boxes(plan, tr)
    bx, by = tr.to_screen(plan.effort_threshold, plan.benefit_threshold)
    assert (boxes[QUICK_WIN].x, boxes[QUICK_WIN].y) == (50, 20)
    assert (boxes[BIG_BET].x, boxes[FILL_IN].y, boxes[MONEY_PIT].x, boxes[MONEY_PIT].y) == (bx, by, bx, by)
    assert sum(b.w * b.h for b in boxes.values()) == pytest.approx(400 * 300)
    assert not any(a.overlaps(b) for a in boxes.values() for b in boxes.values() if a is not b)


def test_quadrant_names_sit_in_the_outer_corners():
    """A quadrant's name goes ``pad`` in from the corner away from the plot's centre."""
    area = Box(0, 0, 100, 80)
    assert name_box(QUICK_WIN, area, 30, 10, 4) == Box(4, 4, 30, 10)
    assert name_box(MONEY_PIT, area, 30, 10, 4) == Box(66, 66, 30, 10)


def test_markers_leave_out_the_unrated_fan_out_and_stay_inside_the_plot():
    """Unrated items get no marker; two at the top corner fan out and stay a radius inside the plot."""
    corner = {"benefit": 5, "technical_effort": 1, "organisational_effort": 1}
    plan = Plan(initiatives=[Initiative("a", "A", **corner), Initiative("b", "B", **corner), Initiative("c", "C")])
    tr = Transform(plan.scale, 0, 0, 400, 400)
    spots = marker_positions(plan.initiatives, plan, "combined", tr, 5)
    assert set(spots) == {"a", "b"} and spots["a"] != spots["b"]
    assert all(5 <= x <= 395 and 5 <= y <= 395 for x, y in spots.values())


def test_markers_sharing_a_corner_fan_out_whole_instead_of_piling_up_on_the_edge():
    """Four markers at the plot's corner spread on a full circle moved inside: no two end up on one spot."""
    corner = {"benefit": 5, "technical_effort": 1, "organisational_effort": 1}
    plan = Plan(initiatives=[Initiative(f"c{k}", "C", **corner) for k in range(4)])
    spots = list(marker_positions(plan.initiatives, plan, "combined", Transform(plan.scale, 0, 0, 400, 400), 5).values())
    assert all(math.dist(a, b) > 5 for i, a in enumerate(spots) for b in spots[i + 1:])
    assert all(5 <= x <= 395 and 5 <= y <= 395 for x, y in spots)


def test_an_arrow_keeps_clear_of_both_markers_and_is_left_out_between_close_ones():
    """The arrow stops ``clearance`` short of each centre, its barbs ``head`` long; none when too close."""
    (tail, tip, barbs) = arrow((0, 0), (100, 0), 10, 6)
    assert tail == (10, 0) and tip == (90, 0)
    assert all(math.dist(tip, end) == pytest.approx(6) and end[0] < 90 for end in barbs)
    assert barbs[0][1] == pytest.approx(-barbs[1][1])
    assert arrow((0, 0), (20, 0), 10, 6) is None


def test_a_warning_sign_sits_up_and_to_the_right_of_its_marker():
    """The sign's square lies right of the marker's centre and above it, off the marker's square."""
    sign = warning_box((100, 100), 10)
    assert sign.x > 100 and sign.y + sign.h < 100
    assert not sign.overlaps(_square((100, 100), 7))
