"""The free room on the matrix's plot, which labels and numbers take one by one. No Qt.

A spot is free when it overlaps no marker, label, leader line or obstacle, lies in its
marker's quadrant and reads as that marker's alone (see LabelRoom._anchored). Checking spots
is most of the work with thousands of markers, so taken room is filed in a raster and a grid.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from planner.matrix_layout import Box

# Distances (px) between a marker's square and its label, nearest first. A label far enough
# off gets a thin leader line (see LabelRoom), so a near spot always wins over a far one.
LABEL_GAPS = (3.0, 14.0, 28.0)

# Pixels of safety between a label and a marker's square, far below anything visible.
_SQUARE_MARGIN = 1e-6

# A label without a leader line must be nearer to its own marker than to any other by this many
# marker diameters: clearly its own at a glance, not by a measuring rule. A marker on the label's
# line of text, just before or after it, reads as the text's own: it must be twice as far off.
ANCHOR_DIAMETERS, ROW_DIAMETERS = 1.0, 2.0


def anchor_margin(square: float) -> float:
    """Return the anchoring margin (px) for markers covering a square of ``square`` each side of their centre."""
    return ANCHOR_DIAMETERS * 2 * square / 1.25

Size = tuple[float, float]


def distance_to_box(point: tuple[float, float], box: Box) -> float:
    """Return the distance from ``point`` to the nearest point of ``box`` (0 inside it)."""
    px, py = point
    dx = max(box.x - px, 0.0, px - box.x - box.w)
    dy = max(box.y - py, 0.0, py - box.y - box.h)
    return math.hypot(dx, dy)


def nearest_point(point: tuple[float, float], box: Box) -> tuple[float, float]:
    """Return the point of ``box`` nearest ``point``: where a leader line from it meets the box."""
    return min(max(point[0], box.x), box.x + box.w), min(max(point[1], box.y), box.y + box.h)


def _ring(w: float, h: float, r: float, gap: float) -> list[tuple[float, float]]:
    """Return the spots for a w × h label on one ring round a marker, best first, as offsets of its corner.

    Near rings have eight spots: beside, above, below and at the corners (and a wide label
    four more, above and below off centre); far rings (beyond LABEL_GAPS) eight more between
    those, as there is more room round a wider ring.
    """
    right, left = r + gap, -r - gap - w
    above, below = -r - gap - h, r + gap
    spots = [(right, -h / 2), (left, -h / 2), (-w / 2, above), (-w / 2, below),
             (right, above), (right, below), (left, above), (left, below)]
    if w > 4 * r:  # a wide label also above or below with the marker a quarter in, when centred runs out
        spots += [(-w / 4, above), (-w * 3 / 4, above), (-w / 4, below), (-w * 3 / 4, below)]
    if gap > LABEL_GAPS[-1]:
        d = r + gap
        for angle in (22.5, 67.5, 112.5, 157.5, 202.5, 247.5, 292.5, 337.5):
            dx, dy = d * math.cos(math.radians(angle)), d * math.sin(math.radians(angle))
            spots.append((dx if dx > 0 else dx - w, dy if dy > 0 else dy - h))
    return spots


class LabelRoom:
    """The free room on the plot: labels are placed into it one by one, each taking its spot.

    A label beyond its ``near`` distance gets a leader line (its key is then in ``led``); a
    leader crosses no other leader, label or marker, and no later label crosses it.
    """

    def __init__(self, markers: dict[str, tuple[float, float]], square: float, bounds: Box,
                 obstacles: Iterable[Box], near: float, heights: Sequence[float], expected: int,
                 cuts: tuple[float, float] | None = None, margin: float | None = None):
        self.markers, self.r, self.bounds, self.near, self.cuts = markers, max(0.0, square), bounds, near, cuts
        self.margin = anchor_margin(self.r) if margin is None else margin
        self.led: set[str] = set()
        self.checks = 0  # spots looked at closely so far
        fitting = sorted(h for h in heights if 0 < h <= bounds.h)  # NaN fails too
        self.usable = bool(fitting) and bounds.w > 0  # a plot squeezed to nothing has no room for labels
        if not self.usable:
            return
        self.taken = Obstacles(bounds, self.r, fitting[len(fitting) // 2], expected)
        for mx, my in markers.values():
            self.taken.add_marker(mx, my)
        for b in obstacles:  # text and lines already on the plot, such as the quadrants' names
            self.add(b)

    def add(self, box: Box) -> None:
        """Take ``box``'s room, as a label put there regardless."""
        if self.usable:
            self.taken.add_label((box.x, box.y, box.x + box.w, box.y + box.h))

    def place(self, key: str, sizes: Sequence[Size], gaps: Sequence[float], near: float | None = None,
              sides: int | None = None, clearance: float | None = None) -> Box | None:
        """Return and take the first free spot for ``key``'s label, ring by ring, each size in turn; None if none.

        ``near``, when given, stands for the room's own: how far off a label may lie without a leader line.
        ``sides`` 4 tries only the spots straight beside, above and below the marker. A spot
        with a leader line keeps ``clearance`` (by default the room's ``near`` and half its margin)
        off other markers.
        """
        centre = self.markers.get(key)
        if centre is None or not self.usable:
            return None
        b, taken = self.bounds, self.taken
        left, top, right, bottom = b.x, b.y, b.x + b.w, b.y + b.h
        rows, inv = taken.rows, taken.inverse
        mx, my = centre
        fx, fy = (mx - left) * inv, (my - top) * inv
        sizes = [(w, h) for w, h in sizes if 0 < w <= b.w and 0 < h <= b.h]  # NaN fails too
        for gap in gaps:
            for w, h in sizes:
                # The label wholly holds this many raster cells right of the one its left edge falls
                # in, in its first and last whole rows; none when it is too small to hold a whole cell.
                mask = (1 << max(int(w * inv) - 1, 0)) - 1 if h * inv >= 2 else 0
                for dx, dy in _ring(w, h, self.r, gap)[:sides]:
                    x0, y0 = mx + dx, my + dy
                    if not (left <= x0 <= right - w and top <= y0 <= bottom - h):
                        continue  # outside (NaN lands here too)
                    row = rows[int(fy + dy * inv + 1)] | rows[int(fy + (dy + h) * inv - 1)] if mask else 0
                    if row >> int(fx + dx * inv + 1) & mask:
                        continue  # the raster says surely taken
                    box = Box(x0, y0, w, h)
                    if self._fits(centre, box, near, clearance):
                        return self._take(key, centre, box, near)
        return None

    def place_on_edge(self, key: str, size: Size, radius: float, near: float) -> Box | None:
        """Return and take a spot for a badge over the rim of ``key``'s marker (of ``radius``), or None.

        The badge covers a little of its own marker, which ties it to that one, and nothing else.
        """
        centre = self.markers.get(key)
        if centre is None or not self.usable:
            return None
        (w, h), (mx, my) = size, centre
        for angle in (0, -45, 45, 180, -135, 135, -90, 90):
            # Over the rim, its near edge 0.4 ``radius`` past the centre: a badge larger than the
            # marker would otherwise hide it.
            cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            box = Box(mx + cos * (radius * 0.4 + w / 2) - w / 2, my + sin * (radius * 0.4 + h / 2) - h / 2, w, h)
            # Kept a little off other names, so that a number beside one is not read as its own.
            if self._fits(centre, box, near, None, own_marker=True, pad=h * 0.8):
                return self._take(key, centre, box, near)
        return None

    def place_nearest_free(self, key: str, size: Size, reach: float, near: float, any_side: bool = False,
                           crossing: bool = False, clearance: float = 0.0) -> Box | None:
        """Return and take the free spot nearest ``key``'s marker within ``reach`` on a fine grid, for a leader line.

        Other markers may be close to it; ``any_side`` lets it be in another quadrant than the
        marker, and ``crossing`` its leader line cross what it must.
        """
        centre = self.markers.get(key)
        w, h = size
        if centre is None or not self.usable or not (0 < w <= self.bounds.w and 0 < h <= self.bounds.h):
            return None
        step = max(h * 0.5, 2.0)
        (mx, my), (x0, y0, x1, y1) = centre, self.region(centre, any_side)
        # Rings beyond the region's far corner hold no spot inside it.
        n = min(int(reach // step) + 1, int(max(mx - x0, x1 - mx, my - y0, y1 - my) // step) + 2)
        for k in range(n + 1):  # square rings outward; nearest first within each
            ring = ([(i, j) for i in range(-k, k + 1) for j in (-k, k)]
                    + [(i, j) for i in (-k, k) for j in range(1 - k, k)])
            corners = {(mx + i * step - w / 2, my + j * step - h / 2) for i, j in ring}
            spots = sorted((Box(x, y, w, h) for x, y in corners if x0 <= x and x + w <= x1 and y0 <= y and y + h <= y1),
                           key=lambda box: distance_to_box(centre, box))
            for box in spots:
                if self._fits(centre, box, near, clearance, any_side=any_side, path=not crossing):
                    return self._take(key, centre, box, near)
        return None

    def region(self, centre: tuple[float, float], any_side: bool = False) -> tuple[float, float, float, float]:
        """Return the part of the bounds (x0, y0, x1, y1) a label of the marker at ``centre`` may lie in: its quadrant."""
        b = self.bounds
        x0, y0, x1, y1 = b.x, b.y, b.x + b.w, b.y + b.h
        if self.cuts is None or any_side:
            return x0, y0, x1, y1
        (mx, my), (cx, cy) = centre, self.cuts
        if abs(mx - cx) > self.r:  # a marker on a threshold may go either side
            x0, x1 = (max(x0, cx), x1) if mx > cx else (x0, min(x1, cx))
        if abs(my - cy) > self.r:
            y0, y1 = (max(y0, cy), y1) if my > cy else (y0, min(y1, cy))
        return x0, y0, x1, y1

    def _fits(self, centre: tuple[float, float], box: Box, near: float | None, clearance: float | None,
              own_marker: bool = False, any_side: bool = False, path: bool = True, pad: float = 0.0) -> bool:
        """Whether ``box`` is free, inside, in the marker's quadrant and reads as that marker's alone.

        ``own_marker`` lets it cover its own marker; ``pad`` keeps it that far off everything else.
        """
        self.checks += 1
        b, edges = self.bounds, (box.x, box.y, box.x + box.w, box.y + box.h)
        if not (b.x <= box.x <= b.x + b.w - box.w and b.y <= box.y <= b.y + b.h - box.h):
            return False
        if not own_marker and self.taken.surely_taken(box):
            return False
        padded = (edges[0] - pad, edges[1] - pad, edges[2] + pad, edges[3] + pad)
        # A spot whose leader must cross others may lie over them too: on a crowded plot, that or none.
        if self.taken.hits(padded, skip=centre if own_marker else None) or (path and self.taken.crossed(edges)):
            return False
        if not (any_side or self._same_side(centre, edges)) or not self._anchored(centre, box, near, clearance):
            return False
        if not path or distance_to_box(centre, box) <= (self.near if near is None else near):
            return True
        return self.taken.clear_path(centre, nearest_point(centre, box))

    def _take(self, key: str, centre: tuple[float, float], box: Box, near: float | None) -> Box:
        self.taken.add_label((box.x, box.y, box.x + box.w, box.y + box.h))
        if distance_to_box(centre, box) > (self.near if near is None else near):
            self.led.add(key)
            self.taken.add_segment(centre, nearest_point(centre, box))
        return box

    def _same_side(self, centre: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
        """Whether ``box`` lies in the quadrant of the marker at ``centre`` (either, for a marker on a threshold)."""
        if self.cuts is None:
            return True
        (mx, my), (cx, cy), r = centre, self.cuts, self.r
        x0, y0, x1, y1 = box
        return ((abs(mx - cx) <= r or (x0 >= cx if mx > cx else x1 <= cx))
                and (abs(my - cy) <= r or (y0 >= cy if my > cy else y1 <= cy)))

    def _anchored(self, centre: tuple[float, float], box: Box, near: float | None, clearance: float | None) -> bool:
        """Whether ``box`` reads as its marker's and no other's.

        Within ``near`` of its marker every other marker must be farther off it by the room's
        margin, and one on its lines of text (beside its ends) by twice that; beyond, a leader
        line joins it to its own, and no other marker may be within ``clearance`` of it.
        """
        own = distance_to_box(centre, box)
        if own > (self.near if near is None else near):
            limit = row_limit = self.near + self.margin / 2 if clearance is None else clearance
        else:
            limit, row_limit = own + self.margin, own + self.margin * ROW_DIAMETERS / ANCHOR_DIAMETERS
        # Squared distances to the box, with a cheap test first: this runs for every spot tried.
        far = max(limit, row_limit)
        x0, y0 = box.x - far, box.y - far
        x1, y1 = box.x + box.w + far, box.y + box.h + far
        top, bottom = box.y - self.r, box.y + box.h + self.r
        for px, py in self.taken.points_near(box, far):
            if x0 < px < x1 and y0 < py < y1 and (px, py) != centre:
                dx = box.x - px if px < box.x else (px - box.x - box.w if px > box.x + box.w else 0.0)
                dy = box.y - py if py < box.y else (py - box.y - box.h if py > box.y + box.h else 0.0)
                reach = row_limit if top < py < bottom else limit
                if dx * dx + dy * dy < reach * reach:
                    return False
        return True


def segment_meets_box(a: tuple[float, float], b: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether the segment a–b passes through the inside of ``box`` (x0, y0, x1, y1); touching does not count."""
    (ax, ay), (bx, by) = a, b
    lo, hi = 0.0, 1.0
    for p, q in ((ax - bx, ax - box[0]), (bx - ax, box[2] - ax), (ay - by, ay - box[1]), (by - ay, box[3] - ay)):
        if p == 0:
            if q <= 0:
                return False
        else:
            t = q / p
            if p < 0:
                lo = max(lo, t)
            else:
                hi = min(hi, t)
    return hi - lo > 1e-9


def _segments_cross(a, b, c, d) -> bool:
    """Whether segments a–b and c–d cross at a point inside both."""
    def side(p, q, r):
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0


class Obstacles:
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
        self.segments: list[list[tuple]] = [[] for _ in range(self.cols * self.grid_rows)]
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
        i0, i1 = max(math.ceil((x0 - self.left) * inv), 0), min(math.floor((x1 - self.left) * inv), self.raster_cols)
        j0, j1 = max(math.ceil((y0 - self.top) * inv), 0), min(math.floor((y1 - self.top) * inv), self.raster_height)
        if i1 > i0:
            bits = ((1 << (i1 - i0)) - 1) << i0
            for row in range(j0, j1):
                self.rows[row] |= bits

    def surely_taken(self, box: Box) -> bool:
        """Whether the raster says ``box``, which lies inside the bounds, shares area with something taken."""
        inv = self.inverse
        if box.h * inv < 2:
            return False
        mask = (1 << max(int(box.w * inv) - 1, 0)) - 1
        fy = (box.y - self.top) * inv
        row = self.rows[int(fy + 1)] | self.rows[int(fy + box.h * inv - 1)]
        return bool(row >> int((box.x - self.left) * inv + 1) & mask)

    def add_segment(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        """File a leader line from ``a`` to ``b``."""
        for n in self._cells(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])):
            self.segments[n].append((a, b))

    def crossed(self, box: tuple[float, float, float, float]) -> bool:
        """Whether a leader line already filed runs through ``box``."""
        return any(segment_meets_box(a, b, box) for n in self._cells(*box) for a, b in self.segments[n])

    def clear_path(self, a: tuple[float, float], b: tuple[float, float]) -> bool:
        """Whether a leader from the marker at ``a`` to ``b`` misses every label, leader and other marker."""
        cells = self._cells(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
        r = self.r
        return not (any(segment_meets_box(a, b, box) for n in cells for box in self.boxes[n])
                    or any(_segments_cross(a, b, c, d) for n in cells for c, d in self.segments[n])
                    # Markers over its own (closer than a square's side) it cannot help starting in.
                    or any(segment_meets_box(a, b, (px - r, py - r, px + r, py + r))
                           for n in cells for px, py in self.points[n]
                           if abs(px - a[0]) >= 2 * r or abs(py - a[1]) >= 2 * r))

    def points_near(self, box: Box, reach: float) -> list[tuple[float, float]]:
        """Return the marker centres filed in the cells within ``reach`` of ``box``."""
        cells = self._cells(box.x - reach, box.y - reach, box.x + box.w + reach, box.y + box.h + reach)
        return [p for n in cells for p in self.points[n]]

    def hits(self, box: tuple[float, float, float, float], skip: tuple[float, float] | None = None) -> bool:
        """Return whether ``box`` shares area with a marker's square (but the one at ``skip``) or a placed label."""
        x0, y0, x1, y1 = box
        if any(a < x1 and x0 < c and b < y1 and y0 < d for n in self._cells(*box) for a, b, c, d in self.boxes[n]):
            return True
        # Widened by a hair, so that however a caller rounds centre ± radius, the square stays clear.
        reach = self.r + _SQUARE_MARGIN
        ex0, ey0, ex1, ey1 = x0 - reach, y0 - reach, x1 + reach, y1 + reach
        return any(ex0 < px < ex1 and ey0 < py < ey1 and (px, py) != skip
                   for n in self._cells(ex0, ey0, ex1, ey1) for px, py in self.points[n])
