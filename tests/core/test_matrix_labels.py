"""Label geometry: anchored labels, numbers for the rest, wrapping, and the free room they take."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from planner.label_room import ROW_DIAMETERS, LabelRoom, anchor_margin, distance_to_box, nearest_point
from planner.matrix_labels import (
    identify, line_obstacles, place_labels, reading_order, title_lines,
)
from planner.matrix_layout import Box, Transform, fan_out, matrix_point
from planner.samples import sample_plan


def _square(centre: tuple[float, float], r: float) -> Box:
    return Box(centre[0] - r, centre[1] - r, 2 * r, 2 * r)


def _shares_area(a: Box, b: Box) -> bool:
    # Written apart from Box.overlaps, so a bug there cannot hide one in place_labels.
    width = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    height = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    return width > 0 and height > 0


def _inside(inner: Box, outer: Box) -> bool:
    return (outer.x <= inner.x and inner.x + inner.w <= outer.x + outer.w
            and outer.y <= inner.y and inner.y + inner.h <= outer.y + outer.h)


def _gap(a: Box, b: Box) -> float:
    """Return the distance between two boxes that do not overlap, along the axis they are apart on."""
    return max(b.x - (a.x + a.w), a.x - (b.x + b.w), b.y - (a.y + a.h), a.y - (b.y + b.h))


def _check_layout(boxes, markers, r, sizes, bounds) -> None:
    assert set(boxes) <= set(sizes)
    placed = list(boxes.items())
    for i, (key, box) in enumerate(placed):
        assert (box.w, box.h) == sizes[key]
        assert _inside(box, bounds), (key, box)
        for other_key, other in placed[i + 1:]:
            assert not _shares_area(box, other), (key, other_key)
        for marker_key, centre in markers.items():
            assert not _shares_area(box, _square(centre, r)), (key, marker_key)


def test_a_lone_label_sits_just_right_of_its_marker():
    """With room everywhere, the label goes right of the marker, 3 px away and centred on it."""
    boxes = place_labels({"a": (100, 100)}, 5, {"a": (40, 16)}, Box(0, 0, 400, 300))
    assert boxes == {"a": Box(108, 92, 40, 16)}


def test_a_plot_squeezed_below_zero_width_places_no_labels():
    """A plot narrower than nothing (a tiny window or picture) gets no labels instead of an error."""
    assert place_labels({"a": (10, 10)}, 5, {"a": (40, 16)}, Box(0, 0, -30, 300)) == {}
    assert place_labels({"a": (10, 10)}, 5, {"a": (40, 16)}, Box(0, 0, 0, 300)) == {}


def test_a_label_fits_a_slot_just_big_enough():
    """Markers 1 px right of and 1 px below the nearest spot leave that spot free (anchoring aside)."""
    markers = {"a": (100, 100), "right": (154, 97), "below": (128, 114)}
    boxes = place_labels(markers, 5, {"a": (40, 16)}, Box(0, 0, 400, 300), near=0)
    assert boxes == {"a": Box(108, 92, 40, 16)}


def test_a_label_at_the_right_edge_goes_left():
    """When the right side is outside the bounds, the next choice is the left side."""
    boxes = place_labels({"a": (390, 100)}, 5, {"a": (40, 16)}, Box(0, 0, 400, 300))
    assert boxes == {"a": Box(342, 92, 40, 16)}


def test_the_order_of_sizes_decides_who_gets_a_contested_spot():
    """Two markers at one spot: the first label listed takes the right side, the other the left."""
    markers = {"a": (100, 100), "b": (100, 100)}
    first = place_labels(markers, 5, {"a": (40, 16), "b": (40, 16)}, Box(0, 0, 400, 300))
    second = place_labels(markers, 5, {"b": (40, 16), "a": (40, 16)}, Box(0, 0, 400, 300))
    assert first["a"].x == 108 and first["b"].x == 52
    assert second["b"].x == 108 and second["a"].x == 52


def test_labels_that_fit_nowhere_are_left_out():
    """A label wider than the bounds, or one without a marker, is simply not in the result."""
    boxes = place_labels({"a": (100, 100), "b": (50, 50)}, 5,
                         {"a": (500, 16), "b": (30, 16), "ghost": (30, 16)}, Box(0, 0, 400, 300))
    assert set(boxes) == {"b"}


def test_a_label_boxed_in_by_markers_is_left_out():
    """A marker ringed by others that cover every spot up to the farthest ring has no label."""
    ring = {f"m{i}_{j}": (100 + 9 * i, 100 + 9 * j) for i in range(-12, 13) for j in range(-12, 13)}
    boxes = place_labels(ring, 4, {"m0_0": (30, 12)}, Box(0, 0, 400, 400))
    assert boxes == {}


@pytest.mark.parametrize("axis, at_least", [("combined", 20), ("technical", 18), ("organisational", 20)])
def test_sample_plan_labels_do_not_collide(axis, at_least):
    """On the sample plan in a 1200 × 800 plot, labels avoid each other and the markers, and nearly all fit."""
    # One fewer (on the technical axis) since a label may no longer sit nearer to another marker,
    # and fewer in the first ring since it must be a marker's width nearer its own.
    plan = sample_plan()
    tr = Transform(plan.scale, 0, 0, 1200, 800)
    points = {item.id: tr.to_screen(*p) for item in plan.initiatives
              if (p := matrix_point(item, plan, axis)) is not None}
    assert len(points) == 20
    markers = fan_out(points, 10)
    sizes = {item.id: (7 * len(item.title), 16) for item in plan.initiatives if item.id in markers}
    bounds = Box(0, 0, 1200, 800)
    boxes = place_labels(markers, 6, sizes, bounds)
    _check_layout(boxes, markers, 6, sizes, bounds)
    assert len(boxes) >= at_least
    # Most sit in the first ring, 3 px from their marker, needing no leader line.
    assert sum(_gap(box, _square(markers[key], 6)) == pytest.approx(3) for key, box in boxes.items()) >= 14


centres = st.tuples(st.floats(-50, 350), st.floats(-50, 250))


@settings(max_examples=300)
@given(st.lists(centres, max_size=40), st.floats(0, 12),
       st.lists(st.tuples(st.floats(1, 160), st.floats(1, 40)), max_size=40),
       st.tuples(st.floats(-20, 20), st.floats(-20, 20), st.floats(1, 300), st.floats(1, 200)))
def test_random_labels_never_overlap_or_leave_the_bounds(points, r, label_sizes, bounds):
    """Whatever the markers and sizes, no label overlaps another or a marker, and all stay inside."""
    markers = {f"m{i}": p for i, p in enumerate(points)}
    sizes = {f"m{i}": size for i, size in enumerate(label_sizes[:len(points)])}
    bounds = Box(*bounds)
    boxes = place_labels(markers, r, sizes, bounds)
    _check_layout(boxes, markers, r, sizes, bounds)


def test_five_thousand_markers_complete():
    """A plan of 5,000 rated initiatives gets its labels placed (timing lives in benchmarks/)."""
    # On a large plot: at 1200 × 800 no spot is a marker's width clear of the others, so none is labelled.
    rng = random.Random(7)
    markers = {f"i{k}": (rng.uniform(0, 3600), rng.uniform(0, 2400)) for k in range(5000)}
    sizes = {key: (7 * rng.randint(4, 30), 16) for key in markers}
    bounds = Box(0, 0, 3600, 2400)
    boxes = place_labels(markers, 5, sizes, bounds)
    assert 0 < len(boxes) < 5000
    assert all(_inside(box, bounds) for box in boxes.values())
    ordered = sorted(boxes.values(), key=lambda b: b.x)
    for i, box in enumerate(ordered):  # a sweep along x instead of all pairs
        for other in ordered[i + 1:]:
            if other.x >= box.x + box.w:
                break
            assert not _shares_area(box, other)


def test_labels_keep_clear_of_obstacles():
    """A label never lands on an obstacle such as a quadrant's name, even beside its marker."""
    bounds = Box(0, 0, 400, 300)
    right_of_marker = Box(105, 90, 80, 20)  # where the first choice, right of the marker, would go
    placed = place_labels({"a": (100, 100)}, 5, {"a": (60, 16)}, bounds, obstacles=[right_of_marker])
    assert "a" in placed and not placed["a"].overlaps(right_of_marker)
    assert place_labels({"a": (100, 100)}, 5, {"a": (60, 16)}, bounds)["a"].overlaps(right_of_marker)


def test_a_label_beside_its_marker_gets_no_leader_line():
    """A label right beside its marker needs no leader (far ones do: see the corridor test below)."""
    alone = identify({"a": (100, 100)}, 5, {"a": [(40, 16)]}, lambda text: (12, 12), Box(0, 0, 400, 300))
    assert not alone.leaders and nearest_point((100, 100), alone.labels["a"]) == (109.25, 100)


# ---------------------------------------------------------------- anchoring, quadrants, leaders

def test_a_label_nearer_to_another_marker_moves_to_the_other_side():
    """Right of ``a`` the label would be nearer to ``b`` just below it, so it goes left of ``a``."""
    markers = {"a": (100, 100), "b": (130, 118)}
    boxes = place_labels(markers, 6.25, {"a": (60, 16)}, Box(0, 0, 400, 300), near=11)
    assert boxes["a"].x + boxes["a"].w < 100
    assert place_labels({"a": (100, 100)}, 6.25, {"a": (60, 16)}, Box(0, 0, 400, 300))["a"].x > 100


def test_a_label_stays_in_its_marker_s_quadrant():
    """A marker just left of the effort threshold gets its label on its left, not across the line."""
    markers = {"a": (190, 100)}
    shapes = {"a": [(60, 16)]}
    found = identify(markers, 5, shapes, lambda text: (12, 12), Box(0, 0, 400, 300), cuts=(200, 150))
    box = found.labels["a"]
    assert box.x + box.w <= 200 and box.y + box.h <= 150


def test_a_label_keeps_off_a_threshold_line_given_as_an_obstacle():
    """A line obstacle through the right-hand spot sends the label elsewhere, clear of the line."""
    line = line_obstacles([130], [], Box(0, 0, 400, 300), 4)
    assert line == [Box(128, 0, 4, 300)]
    box = place_labels({"a": (100, 100)}, 5, {"a": (60, 16)}, Box(0, 0, 400, 300), obstacles=line)["a"]
    assert not box.overlaps(line[0])


def test_markers_without_room_are_numbered_in_reading_order_and_all_named():
    """Labels too wide to fit leave numbers 1, 2, 3 … top to bottom, left to right, one per marker."""
    markers = {"low": (50, 200), "top-right": (300, 40), "top-left": (60, 45)}
    shapes = {key: [(900, 16)] for key in markers}  # wider than the plot
    found = identify(markers, 5, shapes, lambda text: (10 * len(text) + 6, 14), Box(0, 0, 400, 300))
    assert found.labels == {} and not found.unnamed
    assert {key: n for key, (n, _) in found.numbers.items()} == {"top-left": 1, "top-right": 2, "low": 3}


def test_numbers_beyond_what_the_key_holds_are_left_unnamed():
    """With room in the key for two, the third marker is counted as unnamed instead of numbered."""
    markers = {f"m{k}": (50 + 60 * k, 100) for k in range(3)}
    found = identify(markers, 5, {k: [(900, 16)] for k in markers}, lambda text: (14, 14), Box(0, 0, 400, 300),
                     max_numbers=2)
    assert len(found.numbers) == 2 and found.unnamed == ["m2"]
    assert sorted(n for n, _ in found.numbers.values()) == [1, 2]


def test_a_chosen_marker_always_gets_its_title_even_over_others():
    """A chosen marker boxed in by others still gets its label: out past them, on no marker, with a leader line."""
    ring = {f"m{i}_{j}": (100 + 9 * i, 100 + 9 * j) for i in range(-12, 13) for j in range(-12, 13)}
    found = identify(ring, 4, {"m0_0": [(30, 12)]}, lambda text: (12, 12), Box(0, 0, 400, 400), chosen=["m0_0"])
    assert "m0_0" in found.labels and "m0_0" in found.forced and "m0_0" in found.leaders
    assert not any(found.labels["m0_0"].overlaps(_square(p, 5)) for p in ring.values())


def test_far_spots_with_a_leader_line_title_a_marker_boxed_in_nearby():
    """A marker whose near spots are all taken gets a far label with a leader when far spots are allowed."""
    markers = {"a": (200, 150)}
    # Everything near the marker is taken but a corridor 2 px high, room for a leader line only.
    obstacles = [Box(140, 90, 122, 59), Box(140, 151, 122, 59)]
    calm = identify(markers, 5, {"a": [(40, 12)]}, lambda text: (12, 12), Box(0, 0, 400, 300), obstacles)
    far = identify(markers, 5, {"a": [(40, 12)]}, lambda text: (12, 12), Box(0, 0, 400, 300), obstacles, far=True)
    assert "a" not in calm.labels and "a" in far.labels and "a" in far.leaders


def _segment_crosses_box(a, b, box: Box) -> bool:
    """Whether the segment a–b enters the inside of ``box``, sampled finely (apart from the code under test)."""
    steps = 400
    return any(box.x < a[0] + (b[0] - a[0]) * t / steps < box.x + box.w
               and box.y < a[1] + (b[1] - a[1]) * t / steps < box.y + box.h for t in range(1, steps))


points = st.tuples(st.integers(0, 40).map(lambda v: 10.0 * v), st.integers(0, 30).map(lambda v: 10.0 * v))


@settings(max_examples=150, deadline=None)
@given(st.lists(points, min_size=1, max_size=25), st.floats(3, 9), st.booleans(),
       st.lists(st.tuples(st.floats(20, 160), st.sampled_from([14.0, 29.0])), min_size=25, max_size=25),
       st.sets(st.integers(0, 24), max_size=2), st.tuples(st.floats(60, 340), st.floats(60, 240)))
# Five markers on one spot and one beside it in the plot's corner, one of them chosen: numbers kept
# from the layout without a choice, whose leaders had to cross others there, still count as crowded.
@example(spots=[(0.0, 0.0)] * 5 + [(10.0, 0.0)], radius=3.0, far=False, sizes=[(20.0, 14.0)] * 25,
         chosen_at={0}, cuts=(60.0, 60.0))
def test_every_marker_is_named_and_nothing_is_misread(spots, radius, far, sizes, chosen_at, cuts):
    """Whatever the markers (some at one spot), every one is labelled or numbered, and no name reads as another's."""
    markers = {f"m{i}": p for i, p in enumerate(spots)}
    shapes = {f"m{i}": [sizes[i]] for i in range(len(spots))}
    chosen = [f"m{i}" for i in chosen_at if i < len(spots)]
    bounds = Box(0, 0, 400, 300)
    found = identify(markers, radius, shapes, lambda text: (8 * len(text) + 8, 14), bounds,
                     chosen=chosen, far=far, cuts=cuts)
    assert set(found.labels) | set(found.numbers) == set(markers) and not found.unnamed
    assert not set(found.labels) & set(found.numbers)
    assert set(chosen) <= set(found.labels) | set(found.numbers)  # numbered only where no spot is free of markers
    for key in found.forced:  # put over other labels, but never on a marker
        assert bounds.contains(found.labels[key])
        assert not any(found.labels[key].overlaps(_square(p, radius * 1.25)) for p in markers.values())
    numbers = sorted(n for n, _ in found.numbers.values())
    assert len(set(numbers)) == len(numbers) and (chosen or numbers == list(range(1, len(numbers) + 1)))
    named = [(key, box) for key, box in found.labels.items() if key not in found.forced]
    named += [(key, box) for key, (_, box) in found.numbers.items() if key not in found.crowded]
    square = radius * 1.25
    for i, (key, box) in enumerate(named):
        centre = markers[key]
        assert bounds.contains(box)
        for other_key, other in named[i + 1:]:
            assert not box.overlaps(other), (key, other_key)
        for other_key, point in markers.items():
            if other_key != key or key in found.labels:
                assert not box.overlaps(_square(point, square)) or point == centre, (key, other_key)
        own = distance_to_box(centre, box)
        if key not in found.leaders:  # a marker's diameter nearer its own; twice that for one on its line
            for p in markers.values():
                on_line = box.y - square < p[1] < box.y + box.h + square
                margin = anchor_margin(square) * (ROW_DIAMETERS if on_line else 1)
                assert distance_to_box(p, box) >= own + margin - 1e-6 or p == centre, key
        else:
            end = nearest_point(centre, box)
            # Markers on one spot share the leaders' starting point (the app fans them out first).
            assert all(not _segment_crosses_box(centre, end, other) for other_key, other in named
                       if other_key != key and markers[other_key] != centre)
        if key not in found.crowded and key not in found.forced and not any(
                abs(c - m) <= square for c, m in zip(cuts, centre)):
            sides = (box.x >= cuts[0]) if centre[0] > cuts[0] else (box.x + box.w <= cuts[0])
            assert sides, key  # numbers too keep to their marker's quadrant


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(2, 38), st.integers(2, 28)), min_size=1, max_size=8, unique=True))
def test_a_few_markers_on_a_roomy_plot_are_never_crowded(spots):
    """With room to spare, no number is ever put on its marker over others (markers apart, as fanned out)."""
    markers = {f"m{i}": (10.0 * x, 10.0 * y) for i, (x, y) in enumerate(spots)}
    found = identify(markers, 5, {key: [(500, 16)] for key in markers}, lambda text: (14, 14), Box(0, 0, 400, 300))
    assert not found.crowded and set(found.numbers) == set(markers)


# ---------------------------------------------------------------- titles and order

def _width(text: str) -> float:
    return 7.0 * len(text)


def test_a_short_title_is_set_on_one_line_first_then_on_two():
    """A title that fits one line offers that first, and a two-line setting balanced between the lines."""
    ways = title_lines("Persona research", _width, 220, 140)
    assert ways == [["Persona research"], ["Persona", "research"]]


def test_a_long_title_wraps_to_two_lines_and_is_cut_only_at_the_end():
    """A 120-character title fills line one and ends line two with an ellipsis, both within the width."""
    title = ("Campaign dashboard webcare social research newsletter content dashboard content video community "
             "video partner pla")[:120]
    (first, second), = title_lines(title, _width, 220, 140)
    assert _width(first) <= 140 and _width(second) <= 140 and second.endswith("…")
    assert title.startswith(first + " ") and first.split()[0] == "Campaign"
    assert len(first) > 14  # filled, not a single short word


def test_a_single_word_too_long_for_a_line_is_elided():
    """One word wider than a line is cut with an ellipsis on one line."""
    assert title_lines("x" * 60, _width, 140, 100) == [["x" * 19 + "…"]]


def test_reading_order_goes_by_rows_then_left_to_right():
    """Markers in one row band read left to right; a lower band comes after."""
    centres = {"a": (300, 12), "b": (20, 18), "c": (10, 60), "d": (200, 0)}
    assert reading_order(centres, centres, 20) == ["b", "d", "a", "c"]


def test_a_room_takes_each_spot_once():
    """Two labels for one marker cannot take the same spot: the second goes elsewhere."""
    room = LabelRoom({"a": (100, 100)}, 5, Box(0, 0, 400, 300), [], 11, [16], 2)
    first = room.place("a", [(40, 16)], (3.0,))
    second = room.place("a", [(40, 16)], (3.0,))
    assert first and second and not first.overlaps(second)
