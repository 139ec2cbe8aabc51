"""How a roadmap picture meets paper and slides: the type scale, the pages, the rows that fit. No Qt.

A picture is laid out in the view's pixels, where type is 12 px; on paper a pixel is 0.75 pt
times a scale, so scale 1 prints that type at 9 pt and MIN_SCALE at 8 pt, the smallest a board
member reads without squinting. These functions choose the scale and cut the picture into
pages, or fit it to one slide; the export draws what they return.
"""

from __future__ import annotations

import bisect
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
                lower_breaks: list[float], titles: list[tuple[float, float]] = (),
                tail: float = 0.0) -> list[tuple[float, float]]:
    """Return (x0, x1) of each page's slice of a timeline ``width`` wide, left to right.

    As few slices as fit, at least ``across``, none wider than ``slice_width`` and about equally
    wide, so the last is no sliver: a seam goes where a period of the upper header starts (an x
    in ``upper_breaks``) when one is near the even share, else where a lower one does nearest
    it. ``titles`` are (anchor, right end) of the titles: a title is drawn whole on the page
    holding its anchor, so a seam goes only where every title it cuts still ends within
    ``slice_width`` of its slice's start. The last slice leaves ``tail`` for titles past the end.
    """
    titles = sorted(titles)
    upper, lower = sorted(upper_breaks), sorted(lower_breaks)
    tail = min(tail, slice_width / 2)
    count = least = max(1, across, math.ceil((width + tail) / slice_width - 1e-9))
    while True:
        # Titles too long for any seam (wider than a page) are given up on rather than page for ever.
        slices = _even_slices(width, slice_width, count, upper, lower, titles if count < 2 * least + 4 else [], tail)
        if slices is not None:
            return slices
        count += 1


def _even_slices(width: float, slice_width: float, count: int, upper: list[float], lower: list[float],
                 titles: list[tuple[float, float]], tail: float) -> list[tuple[float, float]] | None:
    """``count`` slices as page_slices describes them, or None when they cannot hold the width."""
    slices, x0 = [], 0.0
    for left in range(count, 0, -1):
        if width + tail - x0 <= slice_width + 0.5:
            slices.append((x0, width))
            return slices
        if left == 1:
            return None
        top = min(x0 + slice_width, width)
        goal = x0 + (width + tail - x0) / left
        # A seam must leave no more than the other pages can hold, and cut no title it cannot keep whole.
        lowest = width + tail - (left - 1) * slice_width
        near = titles[bisect.bisect_left(titles, (x0, -math.inf)):bisect.bisect_left(titles, (top, -math.inf))]

        def fits(b: float, clean: bool = False) -> bool:
            cut = [r for a, r in near if a < b < r]
            return lowest <= b <= top and x0 + 1 < b < width and all(r <= top for r in cut) and not (clean and cut)

        def around(breaks: list[float], share: float) -> list[float]:
            return breaks[bisect.bisect_left(breaks, goal - share * slice_width):
                          bisect.bisect_right(breaks, goal + share * slice_width)]
        # Near the even share: a year (or the like) that cuts no title, a month that cuts none,
        # then either cutting titles their pages keep whole, then any month, then anywhere.
        tiers = ([b for b in around(upper, 0.08) if fits(b, True)],
                 [b for b in around(lower, 0.12) if fits(b, True)],
                 [b for b in around(upper, 0.08) if fits(b)],
                 [b for b in lower[bisect.bisect_left(lower, x0):bisect.bisect_right(lower, top)] if fits(b)],
                 [b for b in (min(goal, top), *(a for a, _ in near)) if fits(b)])
        candidates = next((tier for tier in tiers if tier), None)
        if candidates is None:
            return None
        x1 = min(candidates, key=lambda b: abs(b - goal))
        slices.append((x0, x1))
        x0 = x1
    return None


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
    slices: tuple[tuple[float, float], ...] = ()  # every slice of the timeline, with bars or not


def _has_bar(bars: Sequence[tuple[float, float] | None], x0: float, x1: float, row0: int, row1: int) -> bool:
    for bar in bars[row0:row1]:
        if bar is not None and bar[0] < x1 and bar[1] > x0:
            return True
    return False


def plan_pages(page_w_pt: float, page_h_pt: float, body_width: float, rows: list[Row],
               bars: Sequence[tuple[float, float] | None], titles: list[tuple[float, float]],
               upper_breaks: list[float], lower_breaks: list[float], column: float, row_h: float,
               chrome: Callable[[float], float], max_scale: float = 1.0, min_scale: float = MIN_SCALE,
               tail: float = 0.0) -> PagePlan:
    """Return the plan that prints the picture on the fewest pages, at the largest scale that does.

    ``bars`` gives each row's (left, right) x or None, ``titles`` each title's (anchor, right
    end) as page_slices takes them, ``column`` the width of the row names on every page and
    ``chrome(width)`` the height of a page's title line, header and legend at that width, ``tail``
    the room titles take past the timeline's end. The scale runs from ``max_scale`` down to
    ``min_scale`` (8 pt type); pages without a bar are left out.
    """
    best = None
    for step in range(_STEPS + 1):
        scale = max_scale - (max_scale - min_scale) * step / _STEPS
        width, height = page_w_pt / (PT_PER_PX * scale), page_h_pt / (PT_PER_PX * scale)
        slice_w = max(width - column, 1.0)
        per_page = max(1, int((height - chrome(width)) // row_h))
        across = max(1, math.ceil(body_width / slice_w - 1e-9))
        down = max(1, math.ceil(len(rows) / per_page))
        slices = page_slices(body_width, slice_w, across, upper_breaks, lower_breaks, titles, tail)
        bands = row_bands(rows, down)
        pages = [(s, b) for b in bands for s in slices if _has_bar(bars, *s, *b)] or [(slices[0], bands[0])]
        if best is None or len(pages) < len(best.pages):
            best = PagePlan(scale, pages, width, height, tuple(slices))
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
