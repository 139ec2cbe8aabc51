"""Geometry of the benefit–effort matrix: where its plot, quadrants, markers and labels go. No Qt.

Data coordinates are (effort, benefit) on the plan's rating scale; screen coordinates are
pixels with y growing downward. The view only draws what these functions return.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from planner.model import Initiative, Plan, Scale
from planner.scoring import BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN, combined_effort

EFFORT_AXES = ("combined", "technical", "organisational")
_AXIS_FIELD = {"technical": "technical_effort", "organisational": "organisational_effort"}

# Distances (px) between a marker's square and its label, nearest first. Beyond the first
# ring the view draws a thin leader line, so a near spot always wins over a far one.
LABEL_GAPS = (3.0, 14.0, 28.0)
# Pixels of safety between a label and a marker's square, far below anything visible.
_SQUARE_MARGIN = 1e-6
# Float arithmetic on steps like 0.1 leaves noise in the 15th digit; ratings never need 9.
_DIGITS = 9


def effort_value(item: Initiative, plan: Plan, axis: str) -> float | None:
    """Return the item's effort on ``axis`` (one of EFFORT_AXES), or None when unrated."""
    if axis == "combined":
        return combined_effort(item.technical_effort, item.organisational_effort, plan.effort_weights)
    if axis not in _AXIS_FIELD:
        raise ValueError(f"unknown effort axis {axis!r}; use one of {', '.join(EFFORT_AXES)}")
    return getattr(item, _AXIS_FIELD[axis])


def matrix_point(item: Initiative, plan: Plan, axis: str) -> tuple[float, float] | None:
    """Return (effort, benefit) of the item in data coordinates, or None when it cannot be placed."""
    effort = effort_value(item, plan, axis)
    if effort is None or item.benefit is None:
        return None
    return effort, item.benefit


def _tidy(value: float) -> float:
    # Files and undo texts then say 4, not 4.0 or 4.000000000001.
    value = round(value, _DIGITS) + 0.0  # + 0.0 turns -0.0 into 0.0
    return int(value) if value.is_integer() else value


def snap(value: float, scale: Scale) -> float:
    """Return the scale value nearest ``value``: a multiple of the step counted from the minimum.

    Ties go up (away from the minimum). The result is clamped to the scale; when the maximum
    is not itself a step from the minimum it still counts as a value one can snap to, so the
    end of the scale stays reachable.
    """
    lo, hi, step = scale.min, scale.max, scale.step
    top = math.floor(round((hi - lo) / step, _DIGITS))
    steps = math.floor(round((value - lo) / step, _DIGITS) + 0.5)
    grid = lo + min(max(steps, 0), top) * step
    if value > grid and round(hi - value, _DIGITS) <= round(value - grid, _DIGITS):
        grid = hi
    return _tidy(min(max(grid, lo), hi))


def effort_drag(item: Initiative, plan: Plan, axis: str, new_effort: float) -> dict[str, float]:
    """Return the rating fields to set when the item's marker is dragged to ``new_effort``.

    On the combined axis both effort ratings move by the same amount, the distance dragged in
    whole steps. Only fields that change are returned; an empty dict means nothing to do,
    including when the ratings the axis needs are missing (there is no marker to drag).
    """
    scale = plan.scale
    target = snap(new_effort, scale)
    if axis != "combined":
        current = effort_value(item, plan, axis)
        return {} if current is None or current == target else {_AXIS_FIELD[axis]: target}

    t, o = item.technical_effort, item.organisational_effort
    weights = plan.effort_weights
    current = combined_effort(t, o, weights)
    if current is None or current == target:
        return {}
    # A weighted mean shifted by d moves by exactly d, so shifting both ratings by d moves the
    # combined effort with the pointer and keeps the balance between the two. Ratings on the
    # scale's steps snap alike, so both move by the same whole number of steps.
    d = target - current
    new_t, new_o = t + d, o + d
    # A rating that runs off the scale stops at its end, and the other makes up the rest as far
    # as the scale allows, so the combined effort still gets as near the target as it can.
    wt, wo = weights.technical, weights.organisational
    t_off, o_off = not scale.min <= new_t <= scale.max, not scale.min <= new_o <= scale.max
    if t_off and not o_off and wo > 0:
        new_t = min(max(new_t, scale.min), scale.max)
        new_o = ((wt + wo) * target - wt * new_t) / wo
    elif o_off and not t_off and wt > 0:
        new_o = min(max(new_o, scale.min), scale.max)
        new_t = ((wt + wo) * target - wo * new_o) / wt
    changes = {"technical_effort": snap(new_t, scale), "organisational_effort": snap(new_o, scale)}
    return {name: value for name, value in changes.items() if value != getattr(item, name)}


class Transform:
    """Maps data coordinates to a plot rectangle on screen and back."""

    def __init__(self, scale: Scale, left: float, top: float, width: float, height: float):
        self.scale, self.left, self.top, self.width, self.height = scale, left, top, width, height
        span = scale.max - scale.min
        self._sx, self._sy = width / span, height / span

    def to_screen(self, effort: float, benefit: float) -> tuple[float, float]:
        """Return the pixel position of a data point: low effort left, high benefit at the top."""
        return (self.left + (effort - self.scale.min) * self._sx,
                self.top + (self.scale.max - benefit) * self._sy)

    def to_data(self, x: float, y: float) -> tuple[float, float]:
        """Return the (effort, benefit) at a pixel position, unclamped (a drag may overshoot)."""
        effort = self.scale.min + (x - self.left) / self._sx if self._sx else self.scale.min
        benefit = self.scale.max - (y - self.top) / self._sy if self._sy else self.scale.max
        return effort, benefit


def fan_out(points: dict[str, tuple[float, float]], radius: float) -> dict[str, tuple[float, float]]:
    """Return screen positions where markers sharing a spot are spread on a circle around it.

    A marker within 0.5 px of the first marker of a group joins that group. Members sit evenly
    on a circle of ``radius``, in input order, the first at the top and the rest clockwise.
    """
    cells: dict[tuple[int, int], list[list[str]]] = {}
    groups: list[list[str]] = []
    for key, (x, y) in points.items():
        cx, cy = math.floor(x), math.floor(y)
        group = next((g for i in (-1, 0, 1) for j in (-1, 0, 1) for g in cells.get((cx + i, cy + j), ())
                      if math.dist(points[g[0]], (x, y)) <= 0.5), None)
        if group is not None:
            group.append(key)
        else:
            groups.append([key])
            cells.setdefault((cx, cy), []).append(groups[-1])
    result = dict(points)
    for group in groups:
        if len(group) > 1:
            x, y = points[group[0]]
            for i, key in enumerate(group):
                # Screen y grows downward, so angles growing from -90° go clockwise from the top.
                angle = -math.pi / 2 + 2 * math.pi * i / len(group)
                result[key] = (x + radius * math.cos(angle), y + radius * math.sin(angle))
    return result


@dataclass(frozen=True, slots=True)
class Box:
    """A screen rectangle: top-left corner and size."""

    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box) -> bool:
        """Return whether the two boxes share area; boxes that only touch do not overlap."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)

    def contains(self, other: Box) -> bool:
        """Return whether ``other`` lies inside this box (edges may touch)."""
        return (self.x <= other.x and other.x + other.w <= self.x + self.w
                and self.y <= other.y and other.y + other.h <= self.y + self.h)


def plot_and_tray(width: float, height: float, tick_px: float, label_px: float,
                  title_px: float | None) -> tuple[Box, Box]:
    """Return the plot and, right of it, the tray of unrated initiatives, in a scene of that size.

    The margins hold the tick labels and axis titles, and the title when ``title_px`` (its type
    size) is given; the tray takes about a fifth of the width, at least 200 px.
    """
    side = max(200.0, min(width * 0.22, 22 * label_px))
    top = title_px * 2.4 if title_px is not None else tick_px * 1.5
    left, bottom = tick_px * 5.5, tick_px * 4.2
    plot = Box(left, top, width - left - side - tick_px * 1.5, height - top - bottom)
    return plot, Box(plot.x + plot.w + tick_px * 1.5, top, side - tick_px * 0.5, plot.h)


def tick_values(scale: Scale) -> list[float]:
    """Return the values that get a grid line: from the minimum, every 1, or every tenth of a range over 20."""
    value, ticks = scale.min, []
    while value <= scale.max + 1e-9:
        ticks.append(value)
        value += 1 if scale.max - scale.min <= 20 else (scale.max - scale.min) / 10
    return ticks


def quadrant_boxes(plan: Plan, transform: Transform) -> dict[str, Box]:
    """Return each quadrant's part of the plot, which the plan's thresholds cut in four."""
    bx, by = transform.to_screen(plan.effort_threshold, plan.benefit_threshold)
    left, top = transform.left, transform.top
    right, bottom = left + transform.width, top + transform.height
    return {QUICK_WIN: Box(left, top, bx - left, by - top), BIG_BET: Box(bx, top, right - bx, by - top),
            FILL_IN: Box(left, by, bx - left, bottom - by), MONEY_PIT: Box(bx, by, right - bx, bottom - by)}


def name_box(quadrant: str, area: Box, w: float, h: float, pad: float) -> Box:
    """Return where the w × h name of ``quadrant`` goes in its ``area``: the outer corner, ``pad`` in."""
    # The outer corners are away from the centre, where markers crowd.
    x = area.x + pad if quadrant in (QUICK_WIN, FILL_IN) else area.x + area.w - w - pad
    y = area.y + pad if quadrant in (QUICK_WIN, BIG_BET) else area.y + area.h - h - pad
    return Box(x, y, w, h)


def marker_positions(items: Iterable[Initiative], plan: Plan, axis: str, transform: Transform,
                     radius: float) -> dict[str, tuple[float, float]]:
    """Return the screen centre of each placeable item's marker, by id.

    Markers sharing a spot fan out on a circle of 1.8 ``radius`` (see fan_out); those that
    would then cross the plot's edge stay inside it, off the tick labels.
    """
    points = {}
    for item in items:
        point = matrix_point(item, plan, axis)
        if point is not None:
            points[item.id] = transform.to_screen(*point)
    spread = fan_out(points, radius * 1.8)
    left, right = transform.left + radius, transform.left + transform.width - radius
    top, bottom = transform.top + radius, transform.top + transform.height - radius
    return {key: (min(max(x, left), right), min(max(y, top), bottom)) for key, (x, y) in spread.items()}


def arrow(start: tuple[float, float], end: tuple[float, float], clearance: float,
          head: float) -> tuple[tuple[float, float], tuple[float, float], tuple] | None:
    """Return (tail, tip, the two barbs' ends) of an arrow between two markers, or None.

    The arrow keeps ``clearance`` off both centres, so None when they are closer than twice
    that; its barbs are ``head`` long.
    """
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1)
    if length <= 2 * clearance:
        return None
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    ex, ey = x2 - ux * clearance, y2 - uy * clearance
    back = math.atan2(-uy, -ux)
    # About 25° off the line each side.
    barbs = tuple((ex + head * math.cos(back + turn), ey + head * math.sin(back + turn)) for turn in (0.45, -0.45))
    return (x1 + ux * clearance, y1 + uy * clearance), (ex, ey), barbs


def warning_box(centre: tuple[float, float], radius: float) -> Box:
    """Return the square of the warning sign beside a marker: up and to the right of it."""
    x, y = centre
    size = radius * 1.5
    return Box(x + radius * 0.8, y - radius * 0.8 - size, size, size)


def leader_end(centre: tuple[float, float], label: Box, radius: float) -> tuple[float, float] | None:
    """Return the label's point nearest its marker when the label is far enough off to need a leader line.

    A label not right beside its marker gets one, so no one reads it as a neighbour's; None
    for a label close enough.
    """
    cx, cy = centre
    nx, ny = min(max(cx, label.x), label.x + label.w), min(max(cy, label.y), label.y + label.h)
    return (nx, ny) if (nx - cx) ** 2 + (ny - cy) ** 2 > (radius * 2.2) ** 2 else None


def label_beside(centre: tuple[float, float], size: tuple[float, float], radius: float, right: float) -> Box:
    """Return a box for a label that must show even over others: right of its marker, left if past ``right``."""
    (mx, my), (w, h) = centre, size
    x = mx + radius * 1.6
    if x + w > right:
        x = mx - radius * 1.6 - w
    return Box(x, my - h / 2, w, h)


def _label_template(w: float, h: float, r: float, inv: float) -> tuple[list, list]:
    """Return the spots for a w × h label around a marker, best first, and their bands.

    A spot is (dx, dy, first whole raster column, band), offsets from the marker's centre; a
    band is (dy, first whole raster row, last whole raster row) shared by spots at one height.
    """
    spots, bands = [], {}
    for gap in LABEL_GAPS:
        right, left = r + gap, -r - gap - w
        above, below = -r - gap - h, r + gap
        for dx, dy in [(right, -h / 2), (left, -h / 2), (-w / 2, above), (-w / 2, below),
                       (right, above), (right, below), (left, above), (left, below)]:
            band = bands.setdefault(dy, len(bands))
            spots.append((dx, dy, dx * inv + 1, band))
    return spots, [(dy, dy * inv + 1, (dy + h) * inv - 1) for dy in bands]


def place_labels(markers: dict[str, tuple[float, float]], marker_radius: float,
                 sizes: dict[str, tuple[float, float]], bounds: Box,
                 obstacles: Iterable[Box] = ()) -> dict[str, Box]:
    """Return label boxes that overlap no other label, no marker and no obstacle, inside ``bounds``.

    Labels are placed greedily in the order of ``sizes`` (the caller puts the important ones
    first), each at the first free spot of a fixed list around its marker. Labels with no free
    spot, no marker or no size are left out; the view shows those on hover.
    """
    left, top, r = bounds.x, bounds.y, max(0.0, marker_radius)
    right, bottom = left + bounds.w, top + bounds.h
    heights = sorted(h for _, h in sizes.values() if 0 < h <= bounds.h)  # NaN fails too
    if not heights or not bounds.w > 0:  # a plot squeezed to nothing (or less) has no room for labels
        return {}
    taken = _Obstacles(bounds, r, heights[len(heights) // 2], len(markers) + len(sizes))
    for mx, my in markers.values():
        taken.add_marker(mx, my)
    for b in obstacles:  # text already on the plot, such as the quadrants' names
        taken.add_label((b.x, b.y, b.x + b.w, b.y + b.h))

    placed: dict[str, Box] = {}
    templates: dict[tuple[float, float], tuple[list, list]] = {}
    rows, inv = taken.rows, taken.inverse
    for key, (w, h) in sizes.items():
        centre = markers.get(key)
        if centre is None or not (0 < w <= bounds.w and 0 < h <= bounds.h):  # NaN fails too
            continue
        if (w, h) not in templates:
            templates[(w, h)] = _label_template(w, h, r, inv)
        spots, bands = templates[(w, h)]
        # The label wholly holds this many raster cells right of the one its left edge falls
        # in, in its first and last whole rows; none when it is too small to hold a whole cell.
        mask = (1 << max(int(w * inv) - 1, 0)) - 1 if h * inv >= 2 else 0
        mx, my = centre
        fx, fy = (mx - left) * inv, (my - top) * inv
        x_max, y_max = right - w, bottom - h
        # Spots at the same height share their rows of the raster: fetch those once per label.
        # None marks a band outside the bounds (NaN lands there too).
        covered = [rows[int(fy + first)] | rows[int(fy + last)] if top <= my + dy <= y_max else None
                   for dy, first, last in bands]
        for dx, dy, cx, band in spots:
            row = covered[band]
            x0 = mx + dx
            if row is None or not left <= x0 <= x_max or row >> int(fx + cx) & mask:
                continue  # outside, or the raster says surely taken
            box = (x0, my + dy, x0 + w, my + dy + h)
            if box[2] <= right and box[3] <= bottom and not taken.hits(box):
                taken.add_label(box)
                placed[key] = Box(x0, my + dy, w, h)
                break
    return placed


class _Obstacles:
    """Marker squares and placed labels, filed for quick look-up.

    With thousands of markers nearly every spot is taken, and most of the time goes into
    rejecting spots. A raster of the cells wholly covered by something (one int of bits per row)
    rejects most of them with an AND. The spots it lets through get the exact check, against
    the few markers and labels filed in the cells of a uniform grid that they touch.
    """

    def __init__(self, bounds: Box, r: float, label_height: float, expected: int):
        self.r, self.left, self.top = r, bounds.x, bounds.y
        self.right, self.bottom = bounds.x + bounds.w, bounds.y + bounds.h
        # Large bounds get coarser cells, so there are never many more cells than boxes.
        self.cell = max(2 * label_height, 2 * r, 1.0, math.sqrt(bounds.w * bounds.h / (4 * expected + 1024)))
        self.cols, self.grid_rows = int(bounds.w // self.cell) + 1, int(bounds.h // self.cell) + 1
        self.points: list[list[tuple[float, float]]] = [[] for _ in range(self.cols * self.grid_rows)]
        self.boxes: list[list[tuple[float, ...]]] = [[] for _ in range(self.cols * self.grid_rows)]
        # Raster cells small enough that a marker's square wholly covers a few; at most 4096
        # rows of 4096 bits however large the bounds.
        self.inverse = 1 / max(min(r / 2, label_height / 4), bounds.w / 4096, bounds.h / 4096, 1e-9)
        self.raster_cols, self.raster_height = int(bounds.w * self.inverse) + 1, int(bounds.h * self.inverse) + 1
        self.rows = [0] * (self.raster_height + 2)
        whole = min(max(int(2 * r * self.inverse) - 1, 0), self.raster_cols)  # a square surely covers
        self._square_bits, self._square_span = (1 << whole) - 1, whole

    def _cells(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        c, cols = self.cell, self.cols
        i0, i1 = max(int((x0 - self.left) // c), 0), min(int((x1 - self.left) // c), cols - 1)
        j0, j1 = max(int((y0 - self.top) // c), 0), min(int((y1 - self.top) // c), self.grid_rows - 1)
        return [j * cols + i for j in range(j0, j1 + 1) for i in range(i0, i1 + 1)]

    def add_marker(self, mx: float, my: float) -> None:
        r, left, top = self.r, self.left, self.top
        # A square wholly outside the bounds cannot touch a label inside them; NaN fails too.
        reach = r + _SQUARE_MARGIN
        if not (mx - reach < self.right and left < mx + reach and my - reach < self.bottom and top < my + reach):
            return
        c = self.cell  # clamped into the grid: a centre just outside may still reach inside
        i = min(max(int((mx - left) // c), 0), self.cols - 1)
        j = min(max(int((my - top) // c), 0), self.grid_rows - 1)
        self.points[j * self.cols + i].append((mx, my))
        i0 = math.floor((mx - r - left) * self.inverse) + 1
        j0 = math.floor((my - r - top) * self.inverse) + 1
        bits = self._square_bits << i0 if i0 >= 0 else self._square_bits >> -i0
        for row in range(max(j0, 0), min(j0 + self._square_span, self.raster_height)):
            self.rows[row] |= bits

    def add_label(self, box: tuple[float, float, float, float]) -> None:
        for n in self._cells(*box):
            self.boxes[n].append(box)
        inv, (x0, y0, x1, y1) = self.inverse, box
        i0, i1 = math.ceil((x0 - self.left) * inv), min(math.floor((x1 - self.left) * inv), self.raster_cols)
        j0, j1 = math.ceil((y0 - self.top) * inv), min(math.floor((y1 - self.top) * inv), self.raster_height)
        if i1 > i0:
            bits = ((1 << (i1 - i0)) - 1) << i0
            for row in range(j0, j1):
                self.rows[row] |= bits

    def hits(self, box: tuple[float, float, float, float]) -> bool:
        """Return whether ``box`` shares area with a marker's square or a placed label."""
        x0, y0, x1, y1 = box
        if any(a < x1 and x0 < c and b < y1 and y0 < d for n in self._cells(*box) for a, b, c, d in self.boxes[n]):
            return True
        # Widened by a hair, so that however a caller rounds centre ± radius, the square stays clear.
        reach = self.r + _SQUARE_MARGIN
        ex0, ey0, ex1, ey1 = x0 - reach, y0 - reach, x1 + reach, y1 + reach
        return any(ex0 < px < ex1 and ey0 < py < ey1
                   for n in self._cells(ex0, ey0, ex1, ey1) for px, py in self.points[n])
