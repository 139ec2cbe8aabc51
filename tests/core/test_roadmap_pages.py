"""The roadmap's default span, and how it meets paper and slides: scale, pages and rows that fit."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.model import Initiative, Plan
from planner.roadmap_layout import UNITS, Row, content_span, periods, picture_span
from planner.roadmap_pages import (
    MIN_SCALE, MIN_SLIDE_SCALE, MIN_TYPE_PT, PT_PER_PX, TYPE_PX, page_slices, plan_pages, row_bands, slide_fit,
)
from planner.samples import sample_plan
from planner.scheduling import schedule

D = dt.date


# ---------------------------------------------------------------- the default span

@pytest.mark.parametrize("unit", UNITS)
def test_the_picture_span_is_the_work_in_whole_periods_and_not_one_more(unit):
    """The sample (4 January to October 2027) in whole periods: the first holds the start, the last the finish."""
    plan = sample_plan()
    result = schedule(plan)
    first, last = content_span(plan, result)
    span = picture_span(unit, plan, result)
    shown = periods(unit, *span)
    assert shown[0].start <= first < shown[0].end and shown[-1].start <= last < shown[-1].end
    assert (shown[0].start, shown[-1].end - dt.timedelta(days=1)) == span


def test_a_2027_plan_shows_only_2027_by_the_year_and_the_half_year():
    """No empty 2026 by the year, no H2 2026 by the half-year: the issue's two examples."""
    plan = sample_plan()
    result = schedule(plan)
    assert picture_span("year", plan, result) == (D(2027, 1, 1), D(2027, 12, 31))
    assert picture_span("half", plan, result) == (D(2027, 1, 1), D(2027, 12, 31))
    assert picture_span("week", plan, result)[0] == D(2027, 1, 4)  # the Monday of the start, no week before


def test_a_relative_span_starts_with_period_1_in_the_plan_s_start_month():
    """Relative quarters start in the start month, so the span does too: 15 May 2027 gives 1 May."""
    plan = Plan(title="p", start=D(2027, 5, 15), initiatives=[Initiative("a", "A", duration_days=100)])
    first, last = picture_span("quarter", plan, schedule(plan), relative=True)
    assert first == D(2027, 5, 1) and last == D(2027, 10, 31)
    assert picture_span("quarter", plan, schedule(plan)) == (D(2027, 4, 1), D(2027, 9, 30))


def test_a_plan_without_work_spans_the_period_of_its_start():
    """Nothing scheduled: the one period holding the start."""
    plan = Plan(title="p", start=D(2027, 3, 10))
    assert picture_span("month", plan, None) == (D(2027, 3, 1), D(2027, 3, 31))


# ---------------------------------------------------------------- seams and titles

def test_page_slices_cover_the_width_and_break_at_a_year_when_one_is_near():
    """Slices tile the whole width, none wider than a page, the break on an upper period's start."""
    slices = page_slices(1000, 600, 2, upper_breaks=[480], lower_breaks=[100, 200, 300, 400, 480, 560])
    assert slices == [(0.0, 480), (480, 1000)]
    assert page_slices(300, 600, 1, [], []) == [(0.0, 300)]


def test_page_slices_fall_back_to_a_lower_period_then_an_even_share():
    """Without an upper break near the goal a lower one is taken; without either the slices share the width evenly."""
    assert page_slices(1000, 600, 2, [50], [300, 520])[0] == (0.0, 520)
    seams = [x for _, x in page_slices(1000, 400, 3, [], [])]
    assert seams == pytest.approx([1000 / 3, 2000 / 3, 1000])


def test_row_bands_never_end_on_a_group_header():
    """A band that would end on a lane's header leaves it to the next band, with its initiatives."""
    group, item = Row("group", "g", "G", None), Row("item", "g", "I", "i")
    assert row_bands([item, group, item, item], 2) == [(0, 1), (1, 3), (3, 4)]
    assert row_bands([item, item, group, item], 2) == [(0, 2), (2, 4)]
    assert row_bands([], 3) == [(0, 0)]



def test_a_seam_avoids_a_title_when_a_period_break_allows():
    """Of two month breaks near the goal, the one that cuts no title is taken."""
    slices = page_slices(1000, 600, 2, [], [480, 540], titles=[(450, 520)])
    assert slices[0] == (0.0, 540)


def test_the_last_slice_is_no_sliver_and_no_two_slices_would_share_a_page():
    """2.1 pages of time by the month: three slices of about 0.7 pages, never two full ones and a sliver."""
    months = list(range(100, 2100, 100))
    slices = page_slices(2100, 1000, 1, [1200], months)
    assert len(slices) == 3 and slices[0][0] == 0 and slices[-1][1] == 2100
    widths = [x1 - x0 for x0, x1 in slices]
    assert min(widths) >= 600 and max(widths) <= 1000
    assert all(a + b > 1000 for a, b in zip(widths, widths[1:]))


def test_the_last_slice_keeps_room_for_titles_past_the_end():
    """A tail of titles past the timeline's end counts against the last page's width."""
    slices = page_slices(1900, 1000, 1, [], list(range(100, 1900, 100)), tail=200)
    assert len(slices) == 3 and slices[-1][1] - slices[-1][0] + 200 <= 1000


def test_a_title_crossing_a_seam_ends_within_its_page():
    """A cut title is drawn whole on its anchor's page, so that page reaches its end within the page width."""
    titles = [(x, x + 200) for x in range(0, 3000, 97)]  # a title cut at every possible seam
    slices = page_slices(3000, 700, 5, [], list(range(60, 3000, 60)), titles)
    assert slices[0][0] == 0 and slices[-1][1] == 3000
    for x0, x1 in slices:
        reach = max([x1] + [r for a, r in titles if x0 <= a < x1 < r])
        assert reach - x0 <= 700


# ---------------------------------------------------------------- pages

def _rows(groups: int, items: int) -> list[Row]:
    rows = []
    for g in range(groups):
        rows.append(Row("group", str(g), f"Lane {g}", None, items))
        rows += [Row("item", str(g), f"Item {g}.{i}", f"{g}.{i}") for i in range(items)]
    return rows


def _chrome(width: float) -> float:
    return 100.0


def test_pages_use_the_smallest_readable_type_that_saves_a_page():
    """25 rows that need 8.4 pt type to fit one A4 page get one page, at no less than 8 pt."""
    rows = _rows(5, 4)
    bars = [None if r.kind == "group" else (10.0, 60.0) for r in rows]
    plan = plan_pages(786, 539, 700, rows, bars, [], [], [], 220, 26, _chrome)
    assert len(plan.pages) == 1 and plan.pages[0] == ((0.0, 700), (0, 25))
    assert TYPE_PX * PT_PER_PX * plan.scale >= MIN_TYPE_PT
    assert plan.scale < 1  # 9 pt would need two pages
    few = plan_pages(786, 539, 700, rows[:10], bars[:10], [], [], [], 220, 26, _chrome)
    assert few.scale == 1 and len(few.pages) == 1  # what fits at 9 pt stays at 9 pt


def test_a_page_without_a_bar_is_left_out():
    """Bars only at both ends of a long timeline: the empty middle pages are not printed."""
    rows = _rows(1, 2)
    bars = [None, (0.0, 50.0), (4950.0, 5000.0)]
    plan = plan_pages(786, 539, 5000, rows, bars, [], [], [], 220, 26, _chrome)
    assert [s for s, _ in plan.pages] == [plan.pages[0][0], plan.pages[-1][0]]
    assert plan.pages[0][0][0] == 0 and plan.pages[-1][0][1] == 5000
    assert plan.scale >= MIN_SCALE


# ---------------------------------------------------------------- slides

def test_a_slide_holds_few_rows_in_larger_type_and_many_down_to_a_floor():
    """1920 px wide: a few rows at 1.5 times; 300 rows shrink to the floor and the rest are left out."""
    assert slide_fit(1920, 1080, _chrome, 26, 10) == (1.5, 10)
    scale, shown = slide_fit(1920, 1080, _chrome, 26, 30)
    assert MIN_SLIDE_SCALE < scale < 1.5 and shown == 30
    assert 100 + 30 * 26 == pytest.approx(1080 / scale)  # the rows fill the height exactly
    scale, shown = slide_fit(1366, 768, _chrome, 26, 300)
    assert scale == MIN_SLIDE_SCALE and shown == int((768 / MIN_SLIDE_SCALE - 100) // 26)
