"""How a roadmap picture meets paper and slides: the type scale, the pages, the rows that fit. No Qt.

A picture is laid out in the view's pixels, where type is 12 px; on paper a pixel is 0.75 pt
times a scale, so scale 1 prints that type at 9 pt and MIN_SCALE at 8 pt, the smallest a board
member reads without squinting. These functions choose the scale and cut the picture into
pages, or fit it to one slide; the export draws what they return.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from planner.roadmap_layout import Row

PT_PER_PX = 0.75              # a view pixel at 96 dpi is 0.75 pt
TYPE_PX = 12                  # the roadmap's type in view pixels
MIN_TYPE_PT = 8.0
MIN_SCALE = MIN_TYPE_PT / (TYPE_PX * PT_PER_PX)  # 8 pt
_STEPS = 12                   # scales tried between 1 and MIN_SCALE
# On a slide a picture 1280 px wide is drawn at scale 1; wider slides get larger type, up to this.
SLIDE_BASE_WIDTH, MAX_SLIDE_SCALE = 1280, 1.6
MIN_SLIDE_SCALE = 0.8         # 9.6 px type: the floor below which rows are left out instead


def page_slices(width: float, slice_width: float, across: int, upper_breaks: list[float],
                lower_breaks: list[float], titles: list[tuple[float, float]] = ()) -> list[tuple[float, float]]:
    """Return (x0, x1) of each page's slice of a timeline ``width`` wide, left to right.

    Slices are at most ``slice_width`` wide and about ``width / across`` each. A slice ends where
    a period of the upper header starts (an x in ``upper_breaks``) when one is near that goal,
    else where a lower one does, else at its full width. ``titles`` are (anchor, right end) of
    the titles: a title is drawn whole on the page holding its anchor, so a slice ends only
    where every title it cuts still ends within ``slice_width`` of its start, and, other things
    equal, where it cuts none.
    """
    goal = width / across
    slices, x0 = [], 0.0
    upper_breaks, lower_breaks = sorted(upper_breaks), sorted(lower_breaks)
    titles = sorted(titles)
    furthest = list(itertools.accumulate((right for _, right in reversed(titles)), max, initial=width))[::-1]
    while x0 < width - 0.5:
        top = x0 + slice_width
        # Only what lies within one slice's reach matters; the rest waits for later slices.
        near_titles = titles[bisect.bisect_left(titles, (x0, -math.inf)):bisect.bisect_left(titles, (top, -math.inf))]
        # (seam, how far right the page ending there must draw) for each seam that fits the page.
        seams = {kind: _seams(breaks, near_titles, x0, top, width)
                 for kind, breaks in (("upper", upper_breaks), ("lower", lower_breaks))}
        tiers = (
            [b for b, reach in seams["upper"] if x0 + 0.6 * goal <= b and reach == b],
            [b for b, reach in seams["lower"] if x0 + 0.5 * goal <= b and reach == b],
            [b for b, _ in seams["upper"] + seams["lower"]],
            [b for b, _ in _seams(sorted([top, *(a for a, _ in near_titles)]), near_titles, x0, top, width)],
        )
        end = furthest[bisect.bisect_left(titles, (x0, -math.inf))]  # the right end of the last slice's titles
        if end - x0 <= slice_width or width - x0 <= slice_width and not any(tiers):
            x1 = width
        else:
            near = next((tier for tier in tiers if tier), [min(top, width)])
            x1 = min(near, key=lambda b: abs(b - (x0 + goal)))
        slices.append((x0, x1))
        x0 = x1
    return slices


def _seams(breaks: list[float], titles: list[tuple[float, float]], x0: float, top: float,
           width: float) -> list[tuple[float, float]]:
    """Return (b, reach) for each of the sorted ``breaks`` past x0 where a page ending at b reaches no further than top."""
    result = []
    for b in breaks[bisect.bisect_left(breaks, x0 + 1):bisect.bisect_right(breaks, top)]:
        reach = max([b] + [right for anchor, right in titles if anchor < b < right])
        if b < width and reach <= top:
            result.append((b, reach))
    return result


def row_bands(rows: list[Row], down: int) -> list[tuple[int, int]]:
    """Return (first row, end row) of ``down`` bands of about equal height, top to bottom.

    A band does not end on a group's header: a lane's name belongs with its first initiative.
    One band, empty, when there are no rows.
    """
    count = len(rows)
    size = max(1, math.ceil(count / down))
    bands, row = [], 0
    while row < count or not bands:
        end = min(row + size, count)
        if end < count and end - row > 1 and rows[end - 1].kind == "group":
            end -= 1
        bands.append((row, end))
        row = end
    return bands


@dataclass(frozen=True, slots=True)
class PagePlan:
    scale: float  # view pixels to points is PT_PER_PX * scale
    pages: list[tuple[tuple[float, float], tuple[int, int]]]  # ((x0, x1) of the slice, (first row, end row))
    width: float  # a page's printable width in view pixels at this scale
    height: float


def _has_bar(bars: Sequence[tuple[float, float] | None], x0: float, x1: float, row0: int, row1: int) -> bool:
    for bar in bars[row0:row1]:
        if bar is not None and bar[0] < x1 and bar[1] > x0:
            return True
    return False


def plan_pages(page_w_pt: float, page_h_pt: float, body_width: float, rows: list[Row],
               bars: Sequence[tuple[float, float] | None], titles: list[tuple[float, float]],
               upper_breaks: list[float], lower_breaks: list[float], column: float, row_h: float,
               chrome: Callable[[float], float], max_scale: float = 1.0) -> PagePlan:
    """Return the plan that prints the picture on the fewest pages, at the largest scale that does.

    ``bars`` gives each row's (left, right) x or None, ``titles`` each title's (anchor, right
    end) as page_slices takes them, ``column`` the width of the row names on every page and
    ``chrome(width)`` the height of a page's title line, header and legend at that width. The
    scale runs from ``max_scale`` down to MIN_SCALE (8 pt type); pages without a bar are left out.
    """
    best = None
    for step in range(_STEPS + 1):
        scale = max_scale - (max_scale - MIN_SCALE) * step / _STEPS
        width, height = page_w_pt / (PT_PER_PX * scale), page_h_pt / (PT_PER_PX * scale)
        slice_w = max(width - column, 1.0)
        per_page = max(1, int((height - chrome(width)) // row_h))
        across = max(1, math.ceil(body_width / slice_w - 1e-9))
        down = max(1, math.ceil(len(rows) / per_page))
        slices = page_slices(body_width, slice_w, across, upper_breaks, lower_breaks, titles)
        bands = row_bands(rows, down)
        pages = [(s, b) for b in bands for s in slices if _has_bar(bars, *s, *b)] or [(slices[0], bands[0])]
        if best is None or len(pages) < len(best.pages):
            best = PagePlan(scale, pages, width, height)
    return best


def slide_fit(width: float, height: float, chrome: Callable[[float], float], row_h: float,
              count: int) -> tuple[float, int]:
    """Return (scale, rows shown) to fit ``count`` rows and the ``chrome`` round them into width × height px.

    The scale is 1 (the view's type), or more on a wide slide, up to MAX_SLIDE_SCALE, and shrinks for many rows
    down to MIN_SLIDE_SCALE; rows that still do not fit are left out from the bottom.
    """
    top = min(MAX_SLIDE_SCALE, max(1.0, width / SLIDE_BASE_WIDTH))
    scale = top
    for _ in range(4):  # the chrome's legend wraps differently at each scale; this settles in a step or two
        scale = min(top, height / (chrome(width / scale) + count * row_h))
    if scale >= MIN_SLIDE_SCALE:
        return scale, count
    room = height / MIN_SLIDE_SCALE - chrome(width / MIN_SLIDE_SCALE)
    return MIN_SLIDE_SCALE, max(0, min(count, int(room // row_h)))
