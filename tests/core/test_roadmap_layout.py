"""Roadmap geometry: rows and groups, periods and headers, zoom, snapping, bars, arrows, conflicts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.model import Dependency, Initiative, Lane, Plan
from planner.roadmap_layout import (
    GROUPINGS, UNITS, ZOOM_LEVELS, Period, Row, TimeAxis, bar_span, bar_xs, dependency_conflicts,
    fit_zoom, header_rows, periods, roadmap_rows, snap_date, snap_unit,
    timeline_span,
)
from planner.samples import sample_plan
from planner.scheduling import ScheduledInitiative, schedule
from tests.core.strategies import plans

D = dt.date
ONE_DAY = dt.timedelta(days=1)
# Dates whose periods all end before 9999-12-31, the last date Python holds.
ordinary_dates = st.dates(D(1, 1, 1), D(9998, 12, 31))


def _plan(*items, lanes=(), deps=(), start=D(2027, 1, 4)) -> Plan:
    return Plan(start=start, lanes=[Lane(i, n) for i, n in lanes], initiatives=list(items),
                dependencies=[Dependency(a, b, lag) for a, b, lag in deps])


def _headers(rows: list[Row]) -> list[tuple[str, str, int]]:
    return [(r.group, r.label, r.count) for r in rows if r.kind == "group"]


def _items(rows: list[Row]) -> list[str]:
    return [r.initiative_id for r in rows if r.kind == "item"]


# ---------------------------------------------------------------- rows

def test_the_sample_by_lane_shows_its_lanes_in_plan_order_without_the_parked():
    """By lane: the sample's five lanes in order, items in plan order, the two ignored ones parked."""
    plan = sample_plan()
    rows, parked = roadmap_rows(plan)
    assert parked == 2
    assert [(g, label) for g, label, _ in _headers(rows)] == [(lane.id, lane.name) for lane in plan.lanes]
    shown = [i.id for i in plan.initiatives if i.decision != "ignore"]
    assert _items(rows) == shown
    assert "own-app" not in _items(rows) and "tiktok-channel" not in _items(rows)
    for row in rows:
        if row.kind == "item":
            assert row.label == plan.initiative(row.initiative_id).title
            assert row.group == plan.initiative(row.initiative_id).lane
    assert dict((g, n) for g, _, n in _headers(rows))["plan"] == 4  # policy, tone, roles, calendar


def test_an_empty_lane_still_gets_a_header_and_no_lane_comes_last_only_when_needed():
    """An empty lane shows a header counting 0; "No lane" appears, last, only when something has no lane."""
    lanes = [("a", "Listening"), ("b", "Build")]
    rows, _ = roadmap_rows(_plan(Initiative("x", "X", lane="b"), lanes=lanes))
    assert _headers(rows) == [("a", "Listening", 0), ("b", "Build", 1)]
    rows, _ = roadmap_rows(_plan(Initiative("x", "X"), Initiative("y", "Y", lane="a"), lanes=lanes))
    assert _headers(rows) == [("a", "Listening", 1), ("b", "Build", 0), ("", "No lane", 1)]
    assert rows[-2:] == [Row("group", "", "No lane", None, 1), Row("item", "", "X", "x")]


def test_an_initiative_in_a_lane_that_does_not_exist_counts_as_no_lane():
    """A lane id naming no lane (possible mid-edit) puts the initiative under "No lane" instead of failing."""
    rows, _ = roadmap_rows(_plan(Initiative("x", "X", lane="gone"), lanes=[("a", "A")]))
    assert _headers(rows) == [("a", "A", 0), ("", "No lane", 1)]


def test_a_lane_without_a_name_is_shown_by_its_id():
    """A lane whose name is empty is labelled with its id, never with an empty header."""
    rows, _ = roadmap_rows(_plan(lanes=[("listen", "")]))
    assert rows == [Row("group", "listen", "listen", None, 0)]


def test_a_collapsed_group_shows_its_header_and_count_only():
    """A collapsed group keeps its header, marked collapsed and still counting, but drops its items."""
    plan = _plan(Initiative("x", "X", lane="a"), Initiative("y", "Y", lane="a"), Initiative("z", "Z", lane="b"),
                 lanes=[("a", "A"), ("b", "B")])
    rows, _ = roadmap_rows(plan, collapsed=frozenset({"a"}))
    assert rows == [Row("group", "a", "A", None, 2, True),
                    Row("group", "b", "B", None, 1, False), Row("item", "b", "Z", "z")]


def test_by_decision_there_are_build_join_and_undecided_but_no_ignore():
    """By decision: Build, Join, Undecided in that order, always all three, and ignored ones only counted."""
    plan = sample_plan()
    rows, parked = roadmap_rows(plan, "decision")
    assert parked == 2
    assert _headers(rows) == [("build", "Build", 17), ("join", "Join", 2), ("undecided", "Undecided", 1)]
    assert _items(rows)[-1] == "livestream"
    rows, parked = roadmap_rows(_plan(Initiative("x", "X", decision="ignore")), "decision")
    assert parked == 1
    assert rows == [Row("group", "build", "Build", None), Row("group", "join", "Join", None),
                    Row("group", "undecided", "Undecided", None)]


def test_by_owner_owners_sort_ignoring_case_and_no_owner_comes_last():
    """By owner: "alice" before "Bob" before "carol", blank owners under "No owner" at the end."""
    plan = _plan(Initiative("1", "One", owner="carol"), Initiative("2", "Two"), Initiative("3", "Three", owner="Bob"),
                 Initiative("4", "Four", owner="alice"), Initiative("5", "Five", owner="  "),
                 Initiative("6", "Six", owner="Bob "))
    rows, _ = roadmap_rows(plan, "owner")
    assert _headers(rows) == [("alice", "alice", 1), ("Bob", "Bob", 2), ("carol", "carol", 1), ("", "No owner", 2)]
    assert _items(rows) == ["4", "3", "6", "1", "2", "5"]


def test_by_owner_there_is_no_no_owner_group_when_everyone_has_one():
    """"No owner" is left out when every shown initiative has an owner (parked ones do not count)."""
    rows, parked = roadmap_rows(_plan(Initiative("1", "One", owner="IT"), Initiative("2", "Two", decision="ignore")),
                                "owner")
    assert (_headers(rows), parked) == ([("IT", "IT", 1)], 1)


def test_an_unknown_grouping_is_refused():
    """A grouping not in GROUPINGS raises ValueError naming the ones there are."""
    with pytest.raises(ValueError, match="lane, decision, owner"):
        roadmap_rows(_plan(), "quadrant")


@settings(max_examples=150, deadline=None)
@given(plans(), st.sampled_from(GROUPINGS), st.data())
def test_every_shown_initiative_appears_once_under_a_header_that_counts_it(plan, grouping, data):
    """For any plan and grouping each non-ignored initiative is one item row, counted by its header."""
    rows, parked = roadmap_rows(plan, grouping)
    shown = [i.id for i in plan.initiatives if i.decision != "ignore"]
    assert parked == len(plan.initiatives) - len(shown)
    assert sorted(_items(rows)) == sorted(shown)
    assert rows == [] or rows[0].kind == "group"
    for k, row in enumerate(rows):
        if row.kind == "group":
            below = [r for r in rows[k + 1:k + 1 + row.count]]
            assert all(r.kind == "item" and r.group == row.group for r in below)
    groups = frozenset(r.group for r in rows if r.kind == "group")
    folded = frozenset(data.draw(st.sets(st.sampled_from(sorted(groups)))) if groups else ())
    rows_folded, _ = roadmap_rows(plan, grouping, folded)
    assert _headers(rows_folded) == _headers(rows)
    assert all(r.group not in folded for r in rows_folded if r.kind == "item")
    assert all(r.collapsed == (r.group in folded) for r in rows_folded if r.kind == "group")


# ---------------------------------------------------------------- periods

def _spans(result: list[Period]) -> list[tuple[dt.date, dt.date, str]]:
    return [(p.start, p.end, p.label) for p in result]


def test_weeks_across_new_year_use_iso_numbers_including_week_53():
    """2026 has an ISO week 53; weeks start on Monday and 2027's first is W1 from 4 January."""
    assert _spans(periods("week", D(2026, 12, 20), D(2027, 1, 10))) == [
        (D(2026, 12, 14), D(2026, 12, 21), "W51"), (D(2026, 12, 21), D(2026, 12, 28), "W52"),
        (D(2026, 12, 28), D(2027, 1, 4), "W53"), (D(2027, 1, 4), D(2027, 1, 11), "W1")]
    # 2027 has 52 weeks, and 2028's W1 starts in 2027.
    assert [p.label for p in periods("week", D(2027, 12, 26), D(2028, 1, 3))] == ["W51", "W52", "W1"]


def test_months_quarters_halves_and_years_across_new_year():
    """Calendar periods roll over the year boundary with the right starts, ends and labels."""
    assert _spans(periods("month", D(2026, 12, 15), D(2027, 1, 2))) == [
        (D(2026, 12, 1), D(2027, 1, 1), "Dec"), (D(2027, 1, 1), D(2027, 2, 1), "Jan")]
    assert _spans(periods("quarter", D(2026, 11, 1), D(2027, 2, 1))) == [
        (D(2026, 10, 1), D(2027, 1, 1), "Q4"), (D(2027, 1, 1), D(2027, 4, 1), "Q1")]
    assert _spans(periods("half", D(2026, 5, 1), D(2027, 8, 1))) == [
        (D(2026, 1, 1), D(2026, 7, 1), "H1"), (D(2026, 7, 1), D(2027, 1, 1), "H2"),
        (D(2027, 1, 1), D(2027, 7, 1), "H1"), (D(2027, 7, 1), D(2028, 1, 1), "H2")]
    assert _spans(periods("year", D(2026, 12, 31), D(2027, 1, 1))) == [
        (D(2026, 1, 1), D(2027, 1, 1), "2026"), (D(2027, 1, 1), D(2028, 1, 1), "2027")]


def test_relative_labels_count_from_the_period_holding_the_origin():
    """With an origin the period holding it is 1, earlier ones -1, -2, …, never 0, for every unit."""
    origin = D(2027, 1, 6)  # a Wednesday
    assert [p.label for p in periods("week", D(2026, 12, 20), D(2027, 1, 17), origin)] == [
        "Week -3", "Week -2", "Week -1", "Week 1", "Week 2"]
    assert [p.label for p in periods("month", D(2026, 11, 15), D(2027, 3, 1), origin)] == [
        "Month -2", "Month -1", "Month 1", "Month 2", "Month 3"]
    assert [p.label for p in periods("quarter", D(2026, 11, 1), D(2027, 5, 1), origin)] == ["Q-1", "Q1", "Q2"]
    assert [p.label for p in periods("year", D(2026, 1, 1), D(2028, 1, 1), origin)] == ["Year -1", "Year 1", "Year 2"]


@pytest.mark.parametrize("unit, labels", [
    ("week", [f"Week {n}" for n in range(1, 53)]),
    ("month", [f"Month {n}" for n in range(1, 13)]),
    ("quarter", ["Q1", "Q2", "Q3", "Q4"]),
    ("half", ["H1", "H2"]),
    ("year", ["Year 1"]),
])
def test_a_year_from_a_mid_year_start_counts_every_unit_from_1_with_none_missing(unit, labels):
    """A plan starting 15 July 2027: its first year is Month 1 … 12, Q1 … Q4, H1, H2 and Year 1, in order."""
    origin = D(2027, 7, 15)
    result = periods(unit, origin, D(2028, 7, 9) if unit == "week" else D(2028, 6, 30), origin)
    assert [p.label for p in result] == labels
    assert result[0].start <= origin < result[0].end
    upper, lower = header_rows(unit, origin, D(2028, 6, 30), origin)
    if unit in ("month", "quarter", "half"):
        assert [(p.start, p.label) for p in upper] == [(D(2027, 7, 1), "Year 1")]  # Year 1 is the first twelve months
    assert all(p.short == "" or p.short[0] == p.label[0] for p in lower)


def test_relative_halves_start_in_the_origin_s_month():
    """From an August origin, H1 is August to January and the half before it H-1."""
    result = periods("half", D(2027, 1, 1), D(2028, 1, 1), D(2027, 8, 1))
    assert [p.label for p in result] == ["H-2", "H-1", "H1"]
    assert result[2].start == D(2027, 8, 1) and result[2].end == D(2028, 2, 1)


def test_relative_periods_are_still_calendar_periods():
    """An origin in mid-month changes the labels only: Month 1 still starts on the 1st."""
    absolute = periods("month", D(2027, 1, 1), D(2027, 6, 30))
    relative = periods("month", D(2027, 1, 1), D(2027, 6, 30), origin=D(2027, 2, 17))
    assert [(p.start, p.end) for p in relative] == [(p.start, p.end) for p in absolute]
    assert relative[1] == Period(D(2027, 2, 1), D(2027, 3, 1), "Month 1")


def test_one_day_gives_one_period_and_a_reversed_range_none():
    """A single day lies in exactly one period; last before first has no periods."""
    for unit in UNITS:
        (only,) = periods(unit, D(2027, 5, 19), D(2027, 5, 19))
        assert only.start <= D(2027, 5, 19) < only.end
        assert periods(unit, D(2027, 5, 19), D(2027, 5, 18)) == []


def test_periods_reach_the_last_day_python_can_hold_without_failing():
    """Near 9999-12-31 the last period ends at date.max instead of overflowing."""
    for unit in UNITS:
        result = periods(unit, D(9999, 12, 1), dt.date.max)
        assert result[-1].end == dt.date.max and result[0].start <= D(9999, 12, 1)
        upper, lower = header_rows(unit, D(9999, 12, 1), dt.date.max)
        assert lower == result and (upper == [] or upper[-1].end == dt.date.max)
    assert periods("week", dt.date.min, dt.date.min)[0].start == dt.date.min  # 0001-01-01 was a Monday


def test_an_unknown_unit_is_refused():
    """A unit not in UNITS raises ValueError naming the ones there are."""
    with pytest.raises(ValueError, match="week, month, quarter, half, year"):
        periods("day", D(2027, 1, 1), D(2027, 1, 2))


def _aligned(unit: str, start: dt.date, end: dt.date, origin: dt.date | None = None) -> bool:
    """Return whether start..end is exactly one period of ``unit`` (checked apart from the module).

    Calendar periods, except that relative quarters, halves and years start in the origin's month.
    """
    if unit == "week":
        return start.isoweekday() == 1 and (end - start).days == 7
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[unit]
    after = start.year * 12 + start.month - 1 + months
    first_month = (origin.month - 1) % months if origin else 0
    return (start.day == 1 and (start.month - 1) % months == first_month
            and (end.year, end.month, end.day) == (after // 12, after % 12 + 1, 1))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(UNITS), ordinary_dates, st.integers(0, 3000), st.none() | ordinary_dates)
def test_periods_are_contiguous_aligned_and_cover_the_range(unit, first, length, origin):
    """Periods follow on without gaps, each is one whole calendar unit, and together they cover first..last."""
    last = D.fromordinal(min(first.toordinal() + length, D(9998, 12, 31).toordinal()))
    result = periods(unit, first, last, origin)
    assert result[0].start <= first and last < result[-1].end
    assert first < result[0].end and result[-1].start <= last  # nothing beyond the periods holding the ends
    for a, b in zip(result, result[1:]):
        assert a.end == b.start
    # A relative period reaching back before year 1 is cut to start on its first day, 1 January 1.
    assert all(_aligned(unit, p.start, p.end, origin) or (i == 0 and p.start == D.min and origin is not None)
               for i, p in enumerate(result))


# ---------------------------------------------------------------- header rows

def test_weeks_sit_under_the_month_of_their_thursday():
    """The week from Monday 29 March 2027 (Thursday 1 April) is under April; month cells run Monday to Monday."""
    upper, lower = header_rows("week", D(2027, 3, 20), D(2027, 4, 5))
    assert _spans(upper) == [(D(2027, 3, 1), D(2027, 3, 29), "Mar 2027"), (D(2027, 3, 29), D(2027, 5, 3), "Apr 2027")]
    assert [p.label for p in lower] == ["W11", "W12", "W13", "W14"]
    upper, _ = header_rows("week", D(2026, 12, 20), D(2027, 1, 10), origin=D(2027, 1, 4))
    assert [p.label for p in upper] == ["Month -1", "Month 1"]
    assert upper[1].start == D(2027, 1, 4)


def test_months_quarters_and_halves_sit_under_years_and_years_have_no_upper_row():
    """Upper rows: "2026", "2027" (or "Year -1", "Year 1") over months, quarters and halves; none over years."""
    for unit in ("month", "quarter", "half"):
        upper, lower = header_rows(unit, D(2026, 11, 20), D(2027, 2, 1))
        assert lower == periods(unit, D(2026, 11, 20), D(2027, 2, 1))
        assert _spans(upper) == [(D(2026, 1, 1), D(2027, 1, 1), "2026"), (D(2027, 1, 1), D(2028, 1, 1), "2027")]
        upper, _ = header_rows(unit, D(2026, 11, 20), D(2027, 2, 1), origin=D(2027, 1, 4))
        assert [p.label for p in upper] == ["Year -1", "Year 1"]
    assert header_rows("year", D(2026, 1, 1), D(2030, 1, 1)) == ([], periods("year", D(2026, 1, 1), D(2030, 1, 1)))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(UNITS[:-1]), ordinary_dates, st.integers(0, 1500), st.none() | ordinary_dates)
def test_every_lower_period_lies_inside_exactly_one_upper_period(unit, first, length, origin):
    """Header cells nest: each lower cell lies wholly within one upper cell, and the upper row is contiguous."""
    last = first + dt.timedelta(days=min(length, (D(9998, 12, 31) - first).days))  # no date past 9999
    upper, lower = header_rows(unit, first, last, origin)
    assert lower == periods(unit, first, last, origin)
    for a, b in zip(upper, upper[1:]):
        assert a.end == b.start
    for p in lower:
        holders = [u for u in upper if u.start <= p.start and p.end <= u.end]
        assert len(holders) == 1, p


# ---------------------------------------------------------------- zoom and snapping

_SHORTEST_LONGEST = {"week": (7, 7), "month": (28, 31), "quarter": (90, 92), "half": (181, 184), "year": (365, 366)}


def test_zoom_levels_run_from_widest_to_closest_with_cells_wide_enough_for_a_label():
    """Each level's lower-header cells are 50–65 px (room for "Month 12"), and levels grow closer."""
    assert [unit for unit, _ in ZOOM_LEVELS] == list(reversed(UNITS))
    assert [px for _, px in ZOOM_LEVELS] == sorted(px for _, px in ZOOM_LEVELS)
    for unit, px in ZOOM_LEVELS:
        shortest, longest = _SHORTEST_LONGEST[unit]
        assert 50 <= shortest * px and longest * px <= 65, unit


@pytest.mark.parametrize("px, expected", [
    (40, "day"), (8, "day"), (7.99, "week"), (8 / 7, "week"), (1.14, "month"), (0.16, "month"),
])
def test_snap_unit_picks_the_finest_unit_at_least_8_px_wide(px, expected):
    """Drags snap to days when a day is >= 8 px, to weeks when a week is, otherwise to months."""
    assert snap_unit(px) == expected


@pytest.mark.parametrize("day, unit, expected", [
    (D(2027, 3, 17), "day", D(2027, 3, 17)),
    (D(2027, 3, 15), "week", D(2027, 3, 15)),   # a Monday stays
    (D(2027, 3, 18), "week", D(2027, 3, 15)),   # Thursday: 3 days back, 4 on
    (D(2027, 3, 19), "week", D(2027, 3, 22)),   # Friday: 4 back, 3 on
    (D(2026, 12, 31), "week", D(2026, 12, 28)),
    (D(2027, 1, 16), "month", D(2027, 1, 1)),   # 15 back, 16 on
    (D(2027, 1, 17), "month", D(2027, 2, 1)),   # 16 back, 15 on
    (D(2027, 4, 16), "month", D(2027, 5, 1)),   # a tie in a 30-day month goes later
    (D(2027, 2, 15), "month", D(2027, 3, 1)),   # a tie in February goes later
    (D(2028, 2, 15), "month", D(2028, 2, 1)),   # a leap February has no tie there
    (D(2027, 12, 20), "month", D(2028, 1, 1)),
])
def test_snap_date_goes_to_the_nearest_start_and_ties_go_later(day, unit, expected):
    """A day snaps to the nearest day/Monday/1st of a month; halfway goes to the later one."""
    assert snap_date(day, unit) == expected


def test_snap_date_at_the_end_of_time_keeps_the_earlier_start():
    """Past the last Monday or month start of 9999 there is no later start to go to, so it stays earlier."""
    assert snap_date(dt.date.max, "week") == D(9999, 12, 27)
    assert snap_date(dt.date.max, "month") == D(9999, 12, 1)
    with pytest.raises(ValueError):
        snap_date(D(2027, 1, 1), "quarter")


@given(ordinary_dates, st.sampled_from(["week", "month"]))
def test_snap_date_returns_a_start_and_none_is_nearer(day, unit):
    """The result starts a week or month, and no start within 40 days of the day is nearer."""
    def is_start(d):
        return d.isoweekday() == 1 if unit == "week" else d.day == 1
    result = snap_date(day, unit)
    assert is_start(result)
    gap = abs((result - day).days)
    for k in range(-40, 41):
        if not 1 <= day.toordinal() + k <= dt.date.max.toordinal():
            continue  # before 0001-01-01 or after 9999-12-31 there is no date to compare with
        other = day + dt.timedelta(days=k)
        if is_start(other):
            assert abs(k) > gap or (abs(k) == gap and other <= result)


@pytest.mark.parametrize("days, width, expected", [
    (7, 1000, ("week", 8.0)),      # a week fits at the closest level
    (365, 1000, ("month", 2.0)),   # 730 px; weeks would need 2920
    (365, 700, ("quarter", 0.66)),
    (2500, 1000, ("half", 0.33)),  # 825 px; quarters would need 1650
    (3650, 1000, ("year", 0.16)),  # 1204.5 px at halves is too wide
    (100_000, 1000, ("year", 0.16)),  # nothing fits: the widest
])
def test_fit_zoom_picks_the_closest_level_that_fits(days, width, expected):
    """fit_zoom returns the closest level whose span fits the width, the widest when none does."""
    first = D(2027, 1, 4)
    assert fit_zoom(first, first + dt.timedelta(days=days - 1), width) == expected


@given(st.integers(1, 20_000), st.floats(50, 5000))
def test_fit_zoom_fits_and_the_next_closer_level_would_not(days, width):
    """The chosen level fits (unless none does) and any closer level would overflow the width."""
    first = D(2027, 1, 4)
    unit, px = fit_zoom(first, first + dt.timedelta(days=days - 1), width)
    k = ZOOM_LEVELS.index((unit, px))
    assert days * px <= width or k == 0
    assert all(days * closer > width for _, closer in ZOOM_LEVELS[k + 1:])


# ---------------------------------------------------------------- time axis

def test_time_axis_puts_days_side_by_side_and_floors_positions():
    """The origin starts at left, each day px_per_day further; a position belongs to the day on its left."""
    axis = TimeAxis(D(2027, 1, 4), 10.0, left=100.0)
    assert axis.x(D(2027, 1, 4)) == 100.0
    assert axis.x(D(2027, 1, 6)) == 120.0 and axis.x(D(2027, 1, 3)) == 90.0
    assert axis.day_at(100.0) == D(2027, 1, 4) and axis.day_at(109.99) == D(2027, 1, 4)
    assert axis.day_at(110.0) == D(2027, 1, 5) and axis.day_at(99.99) == D(2027, 1, 3)
    assert axis.day_at(-1e12) == dt.date.min and axis.day_at(1e12) == dt.date.max
    with pytest.raises(ValueError):
        TimeAxis(D(2027, 1, 4), 0)


@given(st.dates(), st.dates(), st.sampled_from([px for _, px in ZOOM_LEVELS]) | st.floats(0.01, 100),
       st.floats(-1e4, 1e4))
def test_time_axis_round_trips_a_day_through_its_column(origin, day, px, left):
    """day_at(x(day)) is the day, and so is any position inside its column short of the next one."""
    axis = TimeAxis(origin, px, left)
    x = axis.x(day)
    assert axis.day_at(x) == day
    assert axis.day_at(x + px * 0.5) == day
    if day < dt.date.max:
        assert axis.day_at(axis.x(day + ONE_DAY)) == day + ONE_DAY


# ---------------------------------------------------------------- bars

def _scheduled(start: dt.date, finish: dt.date) -> ScheduledInitiative:
    return ScheduledInitiative("a", start, finish, start, finish, 0)


def test_bar_span_runs_to_the_last_day_and_a_milestone_is_one_point():
    """A 10-day task's bar covers its ten days, 9999-12-31's included; a milestone's has no width."""
    assert bar_span(_scheduled(D(2027, 1, 4), D(2027, 1, 13)), milestone=False) == (D(2027, 1, 4), D(2027, 1, 13))
    assert bar_span(_scheduled(D(2027, 3, 1), D(2027, 3, 1)), milestone=True) == (D(2027, 3, 1), None)
    assert bar_span(_scheduled(D(2027, 3, 1), D(2027, 3, 1)), milestone=False) == (D(2027, 3, 1), D(2027, 3, 1))
    axis = TimeAxis(D(9999, 12, 1), 10.0)
    assert bar_xs(axis, _scheduled(dt.date.max, dt.date.max), milestone=False) == (300.0, 310.0)
    assert bar_xs(axis, _scheduled(dt.date.max, dt.date.max), milestone=True) == (300.0, 300.0)


@settings(max_examples=100, deadline=None)
@given(plans(near_start=True))
def test_every_scheduled_bar_is_as_long_as_its_duration(plan):
    """For any scheduled plan each bar spans exactly the initiative's duration in days from its start."""
    result = schedule(plan)
    for item in plan.initiatives:
        if item.id in result.items:
            first, last = bar_span(result.items[item.id], item.is_milestone)
            assert first == result.items[item.id].earliest_start
            assert (0 if last is None else (last - first).days + 1) == item.duration_days


# ---------------------------------------------------------------- dependency conflicts

def test_a_start_pinned_before_its_predecessor_finishes_is_a_conflict_of_exact_days():
    """A pinned 10 January after a task ending 13 January is 4 days early; a 3-day lag makes it 7."""
    a = Initiative("a", "A", duration_days=10)  # 4th to 13th January
    b = Initiative("b", "B", duration_days=5, start=D(2027, 1, 10), fixed_start=True)
    plan = _plan(a, b, deps=[("a", "b", 0)])
    assert dependency_conflicts(plan, schedule(plan)) == {("a", "b"): 4}
    plan = _plan(a, b, deps=[("a", "b", 3)])
    assert dependency_conflicts(plan, schedule(plan)) == {("a", "b"): 7}
    plan = _plan(a, b, deps=[("a", "b", -5)])  # may start on the 9th: the pin is fine
    assert dependency_conflicts(plan, schedule(plan)) == {}


def test_a_milestone_predecessor_allows_its_own_day():
    """After a milestone on 1 February a pin on 30 January is 2 days early, a pin on 1 February none."""
    m = Initiative("m", "M", start=D(2027, 2, 1), fixed_start=True)
    early = Initiative("b", "B", duration_days=3, start=D(2027, 1, 30), fixed_start=True)
    plan = _plan(m, early, deps=[("m", "b", 0)])
    assert dependency_conflicts(plan, schedule(plan)) == {("m", "b"): 2}
    on_time = dataclasses.replace(early, start=D(2027, 2, 1))
    plan = _plan(m, on_time, deps=[("m", "b", 0)])
    assert dependency_conflicts(plan, schedule(plan)) == {}


def test_no_conflict_for_a_later_pin_a_free_start_or_a_parked_end():
    """Pins on or after the allowed day, unpinned starts and dependencies on ignored initiatives are fine."""
    a = Initiative("a", "A", duration_days=10)
    later = Initiative("b", "B", duration_days=5, start=D(2027, 1, 14), fixed_start=True)
    free = Initiative("c", "C", duration_days=5, start=D(2027, 1, 5))
    parked = Initiative("d", "D", duration_days=5, start=D(2027, 1, 5), fixed_start=True, decision="ignore")
    plan = _plan(a, later, free, parked, deps=[("a", "b", 0), ("a", "c", 0), ("a", "d", 0)])
    assert dependency_conflicts(plan, schedule(plan)) == {}
    assert dependency_conflicts(sample_plan(), schedule(sample_plan())) == {}


def test_pinning_a_sample_initiative_too_early_reports_each_late_predecessor():
    """The sample's activation campaign pinned at the plan start conflicts with each predecessor by its own days."""
    plan = sample_plan()
    plan.initiative("activation-campaign").start = plan.start
    result = schedule(plan)
    conflicts = dependency_conflicts(plan, result)
    preds = [d for d in plan.dependencies if d.to == "activation-campaign"]
    assert set(conflicts) == {(d.from_, d.to) for d in preds}
    for d in preds:
        finish = result.items[d.from_].earliest_finish
        assert conflicts[(d.from_, d.to)] == (finish - plan.start).days + 1 + d.lag_days


@settings(max_examples=150, deadline=None)
@given(plans(near_start=True))
def test_conflicts_are_exactly_the_pins_the_scheduler_had_to_push(plan):
    """A conflict of N days means the scheduler started the pinned initiative at least N days late."""
    result = schedule(plan)
    conflicts = dependency_conflicts(plan, result)
    for (a, b), days in conflicts.items():
        pinned = plan.initiative(b)
        assert days > 0 and pinned.fixed_start
        assert result.items[b].earliest_start >= pinned.start + dt.timedelta(days=days)
    for item in plan.initiatives:
        if item.id in result.items and item.fixed_start and result.items[item.id].earliest_start == item.start:
            assert not any(b == item.id for _, b in conflicts)


def test_grouping_by_objective_puts_each_initiative_under_its_first_objective():
    """Objectives in plan order, an initiative under the first it serves, the rest under No objective."""
    from planner.model import Objective
    plan = Plan(objectives=[Objective("listen", "Listen"), Objective("talk", "Talk")],
                initiatives=[Initiative("a", "A", objectives=["talk", "listen"]), Initiative("b", "B", objectives=["talk"]),
                             Initiative("c", "C"), Initiative("d", "D", decision="ignore", objectives=["listen"])])
    rows, parked = roadmap_rows(plan, "objective")
    assert [(r.kind, r.label, r.count) if r.kind == "group" else (r.kind, r.initiative_id) for r in rows] == [
        ("group", "Listen", 1), ("item", "a"), ("group", "Talk", 1), ("item", "b"),
        ("group", "No objective", 1), ("item", "c")]
    assert parked == 1


# ---------------------------------------------------------------- span, arrows by row, pages

def test_the_span_runs_from_before_the_start_to_two_months_after_the_finish():
    """Two weeks before the plan start (no bar starts earlier), 60 days after the schedule's finish."""
    plan = _plan(Initiative("a", "A", start=D(2027, 3, 1), fixed_start=True, duration_days=400))
    result = schedule(plan)
    assert timeline_span(plan, result) == (D(2026, 12, 21), result.finish + dt.timedelta(days=60))


def test_a_plan_without_a_schedule_spans_half_a_year_from_its_start():
    """No schedule, or an empty one: from two weeks before the start to 180 days after it."""
    plan = _plan()
    expected = (D(2026, 12, 21), D(2027, 7, 3))
    assert timeline_span(plan, None) == expected == timeline_span(plan, schedule(plan))


def test_the_span_stays_within_the_calendar():
    """Near year 1 and 9999 the span stops at the calendar's first and last day, never overflowing."""
    late = _plan(Initiative("a", "A", duration_days=10), start=D(9999, 12, 1))
    early = _plan(start=D(1, 1, 3))
    assert timeline_span(late, schedule(late))[1] == dt.date.max
    assert timeline_span(early, None)[0] == D(1, 1, 1)


