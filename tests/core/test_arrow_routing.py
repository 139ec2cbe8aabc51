"""Arrow routes on the laid-out roadmap: never through a title, a heading or a bar; apart; stubs when dense."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.arrow_routing import (
    BLOCK, COLUMN_GAP, HEADING_PAD, MAX_SPAN, ArrowRoutes, Box, LinkIndex, RowGeometry, bar_box, crossings, route_arrows,
    row_geometry,
)
from planner.errors import PlanError
from planner.roadmap_layout import ZOOM_LEVELS, TimeAxis, bar_xs, roadmap_rows, timeline_span
from planner.samples import sample_plan
from planner.scheduling import schedule
from tests.core.strategies import plans

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate_plan import synthetic_plan  # noqa: E402

TOP, ROW_H = 44.0, 26.0


def width_of(text: str) -> float:
    """About the advance of 12 px type: a little wide, so the boxes are, if anything, too big."""
    return 7.5 * len(text)


def laid_out(plan, grouping: str = "lane", unit: str = "month", at_least: float = 0.0):
    """Return (rows, row_of, routes) of ``plan`` as the roadmap lays it out, measured without Qt.

    A timeline narrower than ``at_least`` px is stretched to it, as a picture's is; critical links go first.
    """
    result = schedule(plan)
    rows, _ = roadmap_rows(plan, grouping)
    first, last = timeline_span(plan, result)
    days = last.toordinal() - first.toordinal() + 1
    axis = TimeAxis(first, max(dict(ZOOM_LEVELS)[unit], at_least / days))
    width = axis.x(last) + axis.px_per_day
    items = {item.id: item for item in plan.initiatives}
    geometry, row_of = [], {}
    for r, row in enumerate(rows):
        top = TOP + r * ROW_H
        if row.kind == "group":
            geometry.append(row_geometry("group", 8.5 * len(f"▾ {row.label} ({row.count})"), None, False, top, ROW_H))
            continue
        row_of[row.initiative_id] = r
        item, entry = items[row.initiative_id], result.items.get(row.initiative_id)
        bar = None
        if entry is not None:
            bar = bar_box(*bar_xs(axis, entry, item.is_milestone), top, ROW_H)
        inside = not item.is_milestone and item.decision == "build"
        geometry.append(row_geometry("item", width_of(row.label), bar, inside, top, ROW_H))
    links = [(d.from_, d.to) for d in plan.dependencies]
    return geometry, row_of, route_arrows(geometry, links, row_of, TOP, ROW_H, width, critical(plan))


def critical(plan) -> list[tuple[str, str]]:
    """The links with both ends on the critical path."""
    items = schedule(plan).items
    return [(d.from_, d.to) for d in plan.dependencies
            if d.from_ in items and d.to in items and items[d.from_].critical and items[d.to].critical]


def check(geometry, row_of, routes) -> int:
    """Assert the routes cross nothing and join their bars; return how many are stubs."""
    assert crossings(routes, geometry) == []
    for route in routes:
        bar_p, bar_s = geometry[row_of[route.key[0]]].bar, geometry[row_of[route.key[1]]].bar
        first, last = route.lines[0], route.lines[-1]
        assert first[0] == (bar_p.x1, bar_p.middle)
        assert last[-1] == (bar_s.x0, bar_s.middle)
        assert last[-2][1] == bar_s.middle and last[-2][0] < bar_s.x0  # it enters from the left
        for line in route.lines:
            for (ax, ay), (bx, by) in zip(line, line[1:]):
                assert (ax == bx) != (ay == by)  # horizontal or vertical, never a point
        assert len(route.lines) == (2 if route.stub else 1)
        for line in route.lines:  # no run along a heading's band beside its text: it would frame it
            for (ax, ay), (bx, by) in zip(line, line[1:]):
                for row in geometry:
                    box = row.boxes[0] if row.heading else None
                    if ay == by and box and box.y0 - 5 < ay < box.y1 + 5 and min(ax, bx) < box.x1 + HEADING_PAD:
                        raise AssertionError(f"{route.key} runs along a heading at y {ay}")
    return sum(route.stub for route in routes)


@pytest.mark.parametrize("unit", ["week", "month", "quarter"])
@pytest.mark.parametrize("grouping", ["lane", "decision", "owner", "objective"])
def test_the_sample_arrows_cross_no_title_heading_or_bar_and_none_is_a_stub(grouping, unit):
    """On the sample, as a picture lays it out, every arrow is drawn whole, clear of text and bars."""
    plan = sample_plan()
    geometry, row_of, routes = laid_out(plan, grouping, unit, at_least=560)
    assert len(routes) == len(plan.dependencies) - 1  # one joins an initiative decided ignore
    assert check(geometry, row_of, routes) == 0


@pytest.mark.parametrize("unit", ["week", "month"])
@pytest.mark.parametrize("grouping", ["lane", "decision", "owner", "objective"])
def test_the_sample_in_the_window_has_no_stub_and_its_critical_path_is_whole(grouping, unit):
    """Unstretched, as the window lays it out, the sample has no stub either: the critical path never breaks."""
    plan = sample_plan()
    geometry, row_of, routes = laid_out(plan, grouping, unit)
    assert check(geometry, row_of, routes) == 0
    assert set(critical(plan)) <= {route.key for route in routes if not route.stub}


def test_critical_links_are_routed_first_in_their_block():
    """A link named first is routed before shorter ones, so a crowded gap never breaks the critical path."""
    row_of = {"a": 0, "b": 1, "c": 9, "d": 2}
    links = [("a", "b"), ("a", "c"), ("b", "d")]
    assert [w[-2:] for w in LinkIndex(links, row_of).blocks[0]] == [("a", "b"), ("b", "d"), ("a", "c")]
    assert [w[-2:] for w in LinkIndex(links, row_of, [("a", "c")]).blocks[0]] == [("a", "c"), ("a", "b"), ("b", "d")]


@pytest.mark.parametrize("n", [50, 300])
@pytest.mark.parametrize("unit", ["week", "month"])
@pytest.mark.parametrize("grouping", ["lane", "decision"])
def test_generated_plans_arrows_cross_no_title_heading_or_bar(n, grouping, unit):
    """Generated plans of 50 and 300 initiatives: no crossing; arrows spanning few rows are mostly drawn."""
    geometry, row_of, routes = laid_out(synthetic_plan(n, seed=7), grouping, unit)
    stubs = check(geometry, row_of, routes)
    near = [r for r in routes if r.high - r.low <= 10]
    assert len(near) >= 5 and sum(not r.stub for r in near) >= len(near) // 2
    assert stubs >= sum(r.high - r.low > MAX_SPAN for r in routes)


@settings(max_examples=40, deadline=None)
@given(plans(max_initiatives=10), st.sampled_from(["lane", "decision", "owner"]), st.sampled_from(["week", "month"]))
def test_any_plan_arrows_cross_nothing(plan, grouping, unit):
    """For any valid plan, every route keeps clear of text and bars and joins its two bars."""
    try:
        schedule(plan)
    except PlanError:  # a cycle, or past the calendar's end: no roadmap to draw
        return
    check(*laid_out(plan, grouping, unit))


def _rows(*bars: tuple[float, float] | None) -> list[RowGeometry]:
    """Item rows with bars from x0 to x1, each titled by a 40 px title beside it."""
    return [row_geometry("item", 40, None if b is None else bar_box(b[0], b[1], TOP + r * ROW_H, ROW_H), False,
                         TOP + r * ROW_H, ROW_H) for r, b in enumerate(bars)]


def test_an_arrow_to_the_next_row_turns_in_the_gap_between_them():
    """Down past the bar's end, along the gap under its row, down beside the successor: clear of its title."""
    rows = _rows((100, 200), (300, 400))
    (route,) = route_arrows(rows, [("a", "b")], {"a": 0, "b": 1}, TOP, ROW_H, 1000)
    gap = TOP + ROW_H
    assert route.lines == (((200, 57), (206, 57), (206, gap), (292, gap), (292, 83), (300, 83)),)


def test_an_arrow_goes_round_a_title_in_its_way():
    """The column before the successor is under a title two rows up, so the line runs beside that title."""
    rows = _rows((100, 200), (240, 600), (300, 400))
    (route,) = route_arrows(rows, [("a", "c")], {"a": 0, "c": 2}, TOP, ROW_H, 1000)
    assert not route.stub and crossings([route], rows) == []
    middle = TOP + 1.5 * ROW_H
    line = route.lines[0]
    across = [ax for (ax, ay), (bx, by) in zip(line, line[1:]) if ax == bx and min(ay, by) < middle < max(ay, by)]
    assert across and all(x < 240 or x > 600 + 13 + 48 for x in across)  # beside row 1's bar and title


def test_parallel_runs_in_one_gap_take_their_own_lanes_and_columns_keep_apart():
    """Two arrows from different bars along the same gap run at different heights; their verticals keep apart."""
    rows = _rows((100, 120), (102, 122), None, None, (400, 500), (400, 500))
    routes = route_arrows(rows, [("a", "e"), ("b", "f")], {"a": 0, "b": 1, "e": 4, "f": 5}, TOP, ROW_H, 1000)
    assert not any(r.stub for r in routes)
    horizontal = {}
    vertical = []
    for route in routes:
        line = route.lines[0]
        for (ax, ay), (bx, by) in zip(line, line[1:]):
            if ay == by and ay not in (line[0][1], line[-1][1]):
                horizontal.setdefault(route.key, []).append((ay, min(ax, bx), max(ax, bx)))
            elif ax == bx:
                vertical.append((route.key, ax, min(ay, by), max(ay, by)))
    for (k1, x1, a1, b1) in vertical:
        for (k2, x2, a2, b2) in vertical:
            if k1 != k2 and a1 < b2 and a2 < b1:  # side by side
                assert abs(x1 - x2) >= COLUMN_GAP
    runs = [run for runs in horizontal.values() for run in runs]
    for y1, l1, r1 in runs:
        for y2, l2, r2 in runs:
            if (y1, l1, r1) != (y2, l2, r2) and l1 < r2 and l2 < r1 and abs(y1 - y2) < ROW_H / 2:
                assert y1 != y2


def test_an_arrow_over_more_rows_than_the_limit_is_a_stub_into_its_successor():
    """Past MAX_SPAN rows the arrow is a short tail and a short arrow in, each on its own bar."""
    rows = _rows(*([(100, 200)] + [None] * (MAX_SPAN + 1) + [(300, 400)]))
    (route,) = route_arrows(rows, [("a", "z")], {"a": 0, "z": MAX_SPAN + 2}, TOP, ROW_H, 1000)
    assert route.stub
    tail, head = route.lines
    assert tail[0] == (200, TOP + ROW_H / 2) and tail[-1][0] > 200
    assert head[-1] == (300, TOP + (MAX_SPAN + 2.5) * ROW_H) and head[0][0] < 300


def test_routes_do_not_depend_on_the_order_of_the_links_or_on_the_rows_asked_for_first():
    """Reversed links give the same routes; rows asked for block by block give what asking for all gives."""
    plan = synthetic_plan(300, seed=3)
    geometry, row_of, routes = laid_out(plan)
    links = [(d.from_, d.to) for d in plan.dependencies]
    assert route_arrows(geometry, links[::-1], row_of, TOP, ROW_H, 5000) == \
        route_arrows(geometry, links, row_of, TOP, ROW_H, 5000)
    lazy = ArrowRoutes(geometry.__getitem__, len(geometry), LinkIndex(links, row_of), TOP, ROW_H, 5000)
    middle = lazy.between(2 * BLOCK + 5, 2 * BLOCK + 30)
    whole = ArrowRoutes(geometry.__getitem__, len(geometry), LinkIndex(links, row_of), TOP, ROW_H, 5000).all()
    first, last = 2 * BLOCK + 5, 2 * BLOCK + 30

    def shows(route):  # an arrow over more than MAX_SPAN rows is a stub, found by its two ends
        if route.high - route.low > MAX_SPAN:
            return first <= route.low <= last or first <= route.high <= last
        return route.low <= last and route.high >= first
    assert middle == [r for r in whole if shows(r)]


def test_a_box_is_crossed_only_through_its_inside():
    """A segment along an edge or ending on it does not cross; one through the inside does."""
    box = Box(10, 10, 20, 20)
    assert box.crossed_by((0, 15), (12, 15)) and box.crossed_by((15, 0), (15, 30))
    assert not box.crossed_by((0, 15), (10, 15)) and not box.crossed_by((0, 10), (30, 10))
