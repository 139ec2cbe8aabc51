"""Where the matrix's titles and numbers go: beside their own marker, off the lines and names. No Qt.

Every marker is identified: by its title where one fits, else by a number beside it that a
key lists. A label never lies nearer to another marker than to its own unless a leader line
joins it to its own, so no one reads it as a neighbour's.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from planner.label_room import (
    LABEL_GAPS, LabelRoom, Size, distance_to_box, nearest_point, segment_meets_box,
)
from planner.matrix_layout import Box

# A number's badge touches its marker where it can, and moves off only as far as it must.
NUMBER_GAPS = (0.0, 2.0)
# With every label asked for, far spots reach out to this share of the plot's smaller side.
FAR_REACH = 0.25
# Spots tried (all labels and numbers together) after which a number that finds no spot beside
# its marker is left to hover instead of searched for far off: SEARCH_WORK / markers, at least
# SEARCH_LIMIT. A crowded plan of 50 searches 60,000 spots; one of 5,000, where each costs more
# and a key of hundreds helps no one, only 1,500.
SEARCH_WORK, SEARCH_LIMIT = 3_000_000, 1_500
# Labels (or numbers) that found no spot one after another, after which the plot counts as full.
GIVE_UP_AFTER = 30
# Titles in a row that find no spot anywhere in a quadrant, after which it counts as full.
FULL_AFTER = 4
# Up to this many markers, every one is named and no search gives up early; beyond, the search
# budgets above hold, as a key of hundreds helps no one.
NAME_ALL_UP_TO = 300


def far_gaps(bounds: Box, step: float) -> tuple[float, ...]:
    """Return the rings beyond LABEL_GAPS, ``step`` apart, out to FAR_REACH of the plot's smaller side."""
    reach, step = min(bounds.w, bounds.h) * FAR_REACH, max(step, 4.0)
    gaps, gap = [], LABEL_GAPS[-1] + step
    while gap <= reach:
        gaps.append(gap)
        gap += step
    return tuple(gaps)


def line_obstacles(xs: Iterable[float], ys: Iterable[float], bounds: Box, width: float) -> list[Box]:
    """Return thin boxes over vertical lines at ``xs`` and horizontal ones at ``ys`` across ``bounds``."""
    half = width / 2
    return ([Box(x - half, bounds.y, width, bounds.h) for x in xs]
            + [Box(bounds.x, y - half, bounds.w, width) for y in ys])


def title_lines(title: str, measure: Callable[[str], float], one_line: float, two_lines: float) -> list[list[str]]:
    """Return ways to set ``title``, best first: one line up to ``one_line`` px, then two lines of ``two_lines``.

    The two lines break at the space that keeps the longer line shortest; a title too long
    for two lines fills the first and is cut with an ellipsis at the end of the second.
    """
    title = " ".join(title.split())
    ways = [[title]] if measure(title) <= one_line else []
    words = title.split(" ")
    if len(words) > 1:
        splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
        fitting = [s for s in splits if measure(s[0]) <= two_lines] or splits[:1]
        # Balanced lines when the title fits on two; else as much as fits on the first.
        first, second = min(fitting, key=lambda s: (measure(s[1]) > two_lines, -measure(s[0]))
                            if measure(s[1]) > two_lines else (False, max(measure(s[0]), measure(s[1]))))
        ways.append([_elide(first, measure, two_lines), _elide(second, measure, two_lines)])
    if not ways:
        ways.append([_elide(title, measure, one_line)])
    return ways


def _elide(text: str, measure: Callable[[str], float], width: float) -> str:
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def reading_order(centres: dict[str, tuple[float, float]], keys: Iterable[str], row: float) -> list[str]:
    """Return ``keys`` in reading order of their markers: rows ``row`` px high top to bottom, left to right."""
    row = max(row, 1.0)
    return sorted(keys, key=lambda k: (math.floor(centres[k][1] / row), centres[k][0], k))


@dataclass
class Identification:
    """How each marker is named: a label box, or a number and its badge; and which of them need a leader."""

    labels: dict[str, Box] = field(default_factory=dict)
    forced: set[str] = field(default_factory=set)        # chosen labels put over whatever was there
    numbers: dict[str, tuple[int, Box]] = field(default_factory=dict)
    leaders: set[str] = field(default_factory=set)       # labels and numbers joined to their marker by a line
    unnamed: list[str] = field(default_factory=list)     # no room even in the key: shown on hover
    crowded: set[str] = field(default_factory=set)       # numbers whose leader crosses others, or on their marker
    stacked: set[str] = field(default_factory=set)       # numbers on their marker over whatever is there


def identify(markers: dict[str, tuple[float, float]], radius: float,
             shapes: dict[str, Sequence[Size]], badge: Callable[[str], Size], bounds: Box,
             obstacles: Iterable[Box] = (), chosen: Sequence[str] = (), far: bool = False,
             max_numbers: int = 10**9, cuts: tuple[float, float] | None = None,
             lines: Iterable[Box] = (), small: dict[str, Sequence[Size]] | None = None) -> Identification:
    """Name every marker: a label where one fits near it, else a number; the chosen always get their label.

    ``shapes`` are each label's sizes, best first (one line, two lines), in the order labels get
    the room; ``radius`` the markers' (a marker covers a square of 1.25 ``radius`` each side of
    its centre, and a label more than 2.2 ``radius`` off it gets a leader line, in ``leaders``);
    ``badge(text)`` a number's size. ``far`` also tries spots out to FAR_REACH of the plot, with
    leader lines, and then each label's ``small`` sizes (in smaller type). At most
    ``max_numbers`` markers are numbered (those first in ``shapes``' order, then the rest); the
    others are ``unnamed``. ``cuts`` (x, y) are the thresholds: a label stays in its marker's
    quadrant. ``lines`` (the thresholds drawn) no label ever crosses. A chosen label may take a
    spot the others' numbers had (they move), but covers no marker, line or obstacle either.
    Numbers go in reading order (see reading_order) and do not change when a marker is chosen.
    """
    result = Identification()
    square, near = radius * 1.25, radius * 2.2
    lines, small = list(lines), small or {}
    obstacles = list(obstacles) + lines
    heights = [h for sizes in shapes.values() for _, h in sizes[:1]]
    step = sorted(heights)[len(heights) // 2] if heights else 12.0
    wide = LABEL_GAPS + far_gaps(bounds, step)
    reach = min(bounds.w, bounds.h) * FAR_REACH
    huge = len(markers) > NAME_ALL_UP_TO  # only then may the search give up on some markers
    kept: dict[str, tuple[int, Box]] = {}
    calm = Identification()
    if chosen:
        # Choosing a marker must not renumber or move the others' numbers under the room's eyes:
        # they keep those of the layout without a choice, which the chosen labels keep clear of.
        calm = identify(markers, radius, shapes, badge, bounds, obstacles, (), far, max_numbers, cuts, (), small)
        kept = {key: named for key, named in calm.numbers.items() if key not in chosen and key not in calm.stacked}

    def fresh_room() -> LabelRoom:
        """The room with the kept numbers and the chosen labels placed so far taken."""
        fresh = LabelRoom(markers, square, bounds, obstacles, near, heights, len(markers) + len(shapes), cuts)
        for key, (_, box) in kept.items():
            _reserve(fresh, markers[key], box, key if key in calm.leaders else None)
        for key, box in result.labels.items():
            _reserve(fresh, markers[key], box, key if distance_to_box(markers[key], box) > near else None)
        return fresh

    room = fresh_room()
    for key in chosen:
        if key not in markers or key not in shapes or key in result.labels:
            continue
        sizes = list(shapes[key]) + list(small.get(key, ()))
        box = room.place(key, sizes, wide) or _nearest(room, key, sizes, reach, near)
        if box is None:  # farther, with a leader across others; then over numbers, which move: in its quadrant
            box = _chosen_spot(markers, key, sizes, square, bounds, obstacles + [b for _, b in kept.values()], cuts,
                               near, wide)
            if box is None and (box := _chosen_spot(markers, key, sizes, square, bounds, obstacles, cuts, near, wide)):
                kept = {k: named for k, named in kept.items()
                        if not _in_the_way(markers[k], named[1], k in calm.leaders, box)}
                room = fresh_room()
            if box is None:  # no room for it at all: its number stays, and the caption names it
                if key in calm.numbers and key not in calm.stacked:
                    kept[key] = calm.numbers[key]
                    _reserve(room, markers[key], kept[key][1], key if key in calm.leaders else None)
                continue
            result.forced.add(key)
            _reserve(room, markers[key], box, key if distance_to_box(markers[key], box) > near else None)
        result.labels[key] = box
    # Near spots for all first, so a far label never takes the spot beside a later marker.
    for gaps in (LABEL_GAPS, far_gaps(bounds, step)) if far else (LABEL_GAPS,):
        misses = 0
        for key, sizes in shapes.items():
            if huge and misses > GIVE_UP_AFTER:
                break  # the plot is full: the rest would only cost time
            if key in markers and key not in result.labels and key not in kept:
                box = room.place(key, sizes, gaps)
                if box is not None:
                    result.labels[key] = box
                misses = 0 if box is not None else misses + 1
    if far and not huge:  # every title that can show at all: any free spot in reach, then smaller type
        misses: dict[tuple[bool, bool], int] = {}  # by quadrant: one that keeps failing is full
        for key, sizes in shapes.items():
            if key in markers and key not in result.labels and key not in kept:
                quadrant = (markers[key][0] > cuts[0], markers[key][1] > cuts[1]) if cuts else (True, True)
                if misses.get(quadrant, 0) >= FULL_AFTER:
                    continue
                smaller = list(small.get(key, ()))
                box = (_nearest(room, key, sizes, reach, near) or room.place(key, smaller, wide)
                       or _nearest(room, key, smaller, reach, near))
                if box is not None:
                    result.labels[key] = box
                misses[quadrant] = 0 if box is not None else misses.get(quadrant, 0) + 1
    waiting = [k for k in shapes if k in markers and k not in result.labels]
    waiting += [k for k in markers if k not in shapes and k not in result.labels]
    numbered, result.unnamed = waiting[:max_numbers], waiting[max_numbers:]
    number = {key: n for n, key in enumerate(reading_order(markers, numbered, 2 * square), 1)}
    if chosen:  # a marker the calm layout labelled gets a number after those it gave
        number = {key: n for key, (n, _) in calm.numbers.items() if key in number}
        extra = reading_order(markers, [key for key in numbered if key not in number], 2 * square)
        number.update((key, n) for n, key in enumerate(extra, len(calm.numbers) + 1))
    size = badge(str(max(number.values(), default=0)))  # every badge as wide as the widest number
    # A number touches its marker, or a leader line joins them: a number floating near a marker
    # is read as that marker's.
    touching = square + NUMBER_GAPS[-1] + 0.01
    misses, farther = 0, []
    for key in numbered:  # on or beside the marker for all first; the important ones choose first
        if key in kept:  # as the layout without a choice placed it, crowded there too if it was
            result.numbers[key] = (number[key], kept[key][1])
            if key in calm.crowded:
                result.crowded.add(key)
            continue
        box = None if huge and misses > GIVE_UP_AFTER else (
            room.place_on_edge(key, size, radius, touching) or room.place(key, [size], NUMBER_GAPS, touching, sides=4))
        misses = 0 if box is not None else misses + 1
        if box is not None:
            result.numbers[key] = (number[key], box)
        else:
            farther.append(key)
    gaps, full = LABEL_GAPS + far_gaps(bounds, step), set()
    for key in farther:  # then off the marker, joined to it by a leader line, in its own quadrant
        if huge and room.checks > max(SEARCH_LIMIT, SEARCH_WORK / len(markers)):
            result.unnamed.append(key)  # a plot this crowded is read by hovering, not by a key
            continue
        region = room.region(markers[key])
        # The room only fills up: where one number found no spot at all, no later one will.
        box = None if region in full else (
            room.place(key, [size], gaps, touching)
            # Crowded: a leader line alone says whose it is, even beside another marker.
            or room.place(key, [size], gaps, touching, clearance=0.0)
            or room.place_nearest_free(key, size, reach, touching))
        if box is None:  # a leader line across others, or else on the marker itself: never unnamed
            box = None if region in full else room.place_nearest_free(key, size, max(bounds.w, bounds.h), touching,
                                                                     crossing=True)
            if box is None:
                full.add(region)
                x, y = markers[key]
                box = Box(x - size[0] / 2, y - size[1] / 2, *size)
                room.add(box)
                result.stacked.add(key)
            result.crowded.add(key)
        result.numbers[key] = (number[key], box)
    if result.unnamed and not chosen:  # numbers stay 1, 2, 3 … without gaps
        kept = reading_order(markers, result.numbers, 2 * square)
        result.numbers = {key: (n, result.numbers[key][1]) for n, key in enumerate(kept, 1)}
    result.leaders = room.led
    return result


def _reserve(room: LabelRoom, centre: tuple[float, float], box: Box, led: str | None) -> None:
    """Take ``box``'s room for a number already placed, with the leader line of ``led`` if given."""
    room.add(box)
    if led is not None:
        room.led.add(led)
        room.taken.add_segment(centre, nearest_point(centre, box))


def _nearest(room: LabelRoom, key: str, sizes: Sequence[Size], reach: float, near: float) -> Box | None:
    """Return and take the free spot nearest ``key``'s marker for any of ``sizes``, kept off other markers."""
    for size in sizes:
        box = room.place_nearest_free(key, size, reach, near, clearance=near)
        if box is not None:
            return box
    return None


def _chosen_spot(markers: dict[str, tuple[float, float]], key: str, sizes: Sequence[Size], square: float,
                 bounds: Box, taken: list[Box], cuts: tuple[float, float] | None, near: float,
                 gaps: Sequence[float]) -> Box | None:
    """Return a spot in its quadrant for a chosen label, its leader crossing what it must, on no marker nor ``taken``."""
    bare = LabelRoom(markers, square, bounds, taken, near, [h for _, h in sizes], len(markers), cuts)
    return (bare.place(key, sizes, gaps)
            or next((box for size in sizes
                     if (box := bare.place_nearest_free(key, size, max(bounds.w, bounds.h), near, crossing=True))),
                    None))


def _in_the_way(centre: tuple[float, float], box: Box, led: bool, label: Box) -> bool:
    """Whether a number's ``box`` (with its leader line from ``centre`` if ``led``) meets ``label``."""
    edges = (label.x, label.y, label.x + label.w, label.y + label.h)
    return box.overlaps(label) or (led and segment_meets_box(centre, nearest_point(centre, box), edges))


def place_labels(markers: dict[str, tuple[float, float]], marker_radius: float,
                 sizes: dict[str, Size | Sequence[Size]], bounds: Box,
                 obstacles: Iterable[Box] = (), gaps: Sequence[float] = LABEL_GAPS,
                 near: float | None = None) -> dict[str, Box]:
    """Return label boxes that overlap no other label, no marker and no obstacle, inside ``bounds``.

    Labels are placed greedily in the order of ``sizes`` (the caller puts the important ones
    first), each at the first free spot around its marker, ring by ring out through ``gaps``;
    a size may be a list of sizes to try, best first, in each ring. A spot within ``near``
    (default 1.76 ``marker_radius``) of the marker's centre, which gets no leader line, must
    not be nearer to another marker. Labels with no free spot, no marker or no size are left out.
    """
    shapes = {key: ([size] if isinstance(size[0], (int, float)) else list(size)) for key, size in sizes.items()}
    heights = [h for options in shapes.values() for _, h in options[:1]]
    r = max(0.0, marker_radius)
    room = LabelRoom(markers, r, bounds, obstacles, 1.76 * r if near is None else near, heights,
                     len(markers) + len(shapes))
    placed = {}
    for key, options in shapes.items():
        if key in markers:
            box = room.place(key, options, gaps)
            if box is not None:
                placed[key] = box
    return placed
