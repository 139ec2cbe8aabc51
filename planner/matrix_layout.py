"""Geometry of the benefit–effort matrix: where its plot, quadrants and markers go. No Qt.

Data coordinates are (effort, benefit) on the plan's rating scale; screen coordinates are
pixels with y growing downward. The view only draws what these functions return; where the
labels go is planner.matrix_labels.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from planner.model import Initiative, Plan, Scale
from planner.scoring import BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN, combined_effort

EFFORT_AXES = ("combined", "technical", "organisational")
_AXIS_FIELD = {"technical": "technical_effort", "organisational": "organisational_effort"}

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


SIDE_AT_MOST = 0.5  # of the scene's width: the plot keeps the other half at least


def plot_and_tray(width: float, height: float, tick_px: float, label_px: float,
                  title_px: float | None, side: float | None = None) -> tuple[Box, Box]:
    """Return the plot and, right of it, the tray of unrated initiatives, in a scene of that size.

    The margins hold the tick labels and axis titles, and the title when ``title_px`` (its type
    size) is given; the tray takes about a fifth of the width, at least 200 px, or ``side`` px
    (as a numbered key may need) if that is wider, up to half the width.
    """
    side = max(200.0, min(width * 0.22, 22 * label_px), min(side or 0.0, width * SIDE_AT_MOST))
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
    # A group at the plot's edge moves in as a whole before it fans out: clamped one by one, its
    # members would pile up on the edge again.
    inset = radius * 2.8
    grouped = {key: _clamped(points[key], transform, inset) for key in points if spread[key] != points[key]}
    if any(grouped[key] != points[key] for key in grouped):
        spread = fan_out({**points, **grouped}, radius * 1.8)
    return {key: _clamped(point, transform, radius) for key, point in spread.items()}


def _clamped(point: tuple[float, float], transform: Transform, margin: float) -> tuple[float, float]:
    """Return ``point`` moved inside the plot, at least ``margin`` from its edges where the plot is wide enough."""
    (x, y), t = point, transform
    left, right = t.left + margin, t.left + t.width - margin
    top, bottom = t.top + margin, t.top + t.height - margin
    return (min(max(x, left), right) if left <= right else t.left + t.width / 2,
            min(max(y, top), bottom) if top <= bottom else t.top + t.height / 2)


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
