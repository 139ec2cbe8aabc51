"""What the roadmap's arrows keep clear of: the boxes of bars, titles and headings, row by row. No Qt.

Coordinates are the roadmap's: x grows to the right, y downwards. planner.arrow_routing routes
the arrows round these boxes; ``crossings`` checks that it did.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.arrow_routing import Route

Point = tuple[float, float]

TITLE_GAP = 13.0       # from a bar's end to its title beside it: the link handle sits there
TITLE_PAD = 8.0        # room round a title's text in its box


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle from (x0, y0) to (x1, y1)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2

    def crossed_by(self, a: Point, b: Point) -> bool:
        """Whether the horizontal or vertical segment a–b passes through the box's inside.

        Touching an edge does not count: an arrow starts on its predecessor's edge.
        """
        return (min(a[0], b[0]) < self.x1 and max(a[0], b[0]) > self.x0
                and min(a[1], b[1]) < self.y1 and max(a[1], b[1]) > self.y0)


@dataclass(frozen=True, slots=True)
class RowGeometry:
    """What arrows must keep clear of in one row: its bar, its title or its heading."""

    boxes: tuple[Box, ...]
    bar: Box | None = None  # an initiative's row: its bar (a milestone's: the diamond's square)
    heading: bool = False   # a group's heading: lines keep further off, so as not to frame it


def bar_box(x0: float, x1: float, row_top: float, row_h: float) -> Box:
    """Return a bar's box from x0 to x1 in the row at ``row_top``; x0 == x1 is a milestone's diamond."""
    top, height = row_top + 5, row_h - 10
    if x0 == x1:
        return Box(x0 - height / 2, top, x0 + height / 2, top + height)
    return Box(x0, top, x0 + max(x1 - x0, 2), top + height)


def title_box(bar: Box, text_width: float, may_go_inside: bool) -> Box | None:
    """Return the box of a bar's title beside the bar; None when it goes inside.

    A title goes inside when ``may_go_inside`` (a build bar, which is dark) and it fits.
    """
    width = text_width + TITLE_PAD
    if may_go_inside and width <= bar.x1 - bar.x0:
        return None
    return Box(bar.x1 + TITLE_GAP - 2, bar.y0, bar.x1 + TITLE_GAP + width, bar.y1)


def heading_box(row_top: float, row_h: float, text_width: float, indent: float = 6.0) -> Box:
    """Return the box of a group's heading at the left of its row."""
    return Box(0.0, row_top + 5, indent + text_width + 12, row_top + row_h - 5)


def row_geometry(kind: str, text_width: float, bar: Box | None, title_inside: bool, row_top: float,
                 row_h: float) -> RowGeometry:
    """Return what a row holds: a group's heading ``text_width`` wide, or an item's bar and title.

    An item's ``bar`` is None when it is off the timeline; ``title_inside`` says whether its
    title may go inside the bar (title_box).
    """
    if kind == "group":
        return RowGeometry((heading_box(row_top, row_h, text_width),), heading=True)
    if bar is None:
        return RowGeometry(())
    title = title_box(bar, text_width, title_inside)
    return RowGeometry((bar,) if title is None else (bar, title), bar)


def crossings(routes: Iterable[Route], rows: Sequence[RowGeometry]) -> list[tuple[Route, Box]]:
    """Return every (route, box) where a segment of the route passes through a box of any row."""
    boxes = sorted(((box.y0, box.y1, box) for row in rows for box in row.boxes), key=lambda b: b[0])
    starts = [b[0] for b in boxes]
    found = []
    for route in routes:
        for line in route.lines:
            for a, b in zip(line, line[1:]):
                y_lo, y_hi = min(a[1], b[1]), max(a[1], b[1])
                for y0, y1, box in boxes[:bisect.bisect_left(starts, y_hi)]:
                    if y1 > y_lo and box.crossed_by(a, b):
                        found.append((route, box))
    return found
