"""Routes of the roadmap's finish-to-start arrows that never cross a title, a heading or a bar. No Qt.

The roadmap has one initiative per row. Between two rows runs a channel, the strip between
their bars, where nothing is written: arrows run along channels, and cross a row only in a
column that row leaves free. Each arrow leaves its predecessor's right end for a short tail,
runs along channels and down (or up) free columns, the cheapest way counting each turn, and
enters its successor from just left of its start. Parallel lines keep apart: each run along a
channel takes a lane of its own (``SPACING`` apart), each vertical a column (``COLUMN_GAP``
apart). Arrows out of one bar, or into one, may share lines, as a tree. An arrow over more
than MAX_SPAN rows, or finding no way even on a second, wider try, is drawn as a *stub*: a
short tail out of the predecessor and a short arrow into the successor, named elsewhere.

Coordinates are the roadmap's: x grows to the right, y downwards, row ``r`` from
``top + r * row_h`` to one row height further.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from planner.arrow_boxes import Box, Point, RowGeometry, bar_box, crossings, heading_box, row_geometry, title_box

__all__ = ["ArrowRoutes", "Box", "LinkIndex", "Route", "RowGeometry", "bar_box", "crossings", "heading_box",
           "route_arrows", "row_geometry", "title_box"]

SPACING = 3.0          # between parallel runs in a channel: three fit between two rows' bars
COLUMN_GAP = 4.0       # between parallel verticals, which have room: far enough apart to follow
# Offsets from a row boundary. Bars and titles keep 5 px from it; a run further off goes past
# them into a row, so it takes those lanes only where that row holds nothing beside it.
LANES = (0.0, -SPACING, SPACING, -2 * SPACING, 2 * SPACING, -3 * SPACING, 3 * SPACING)
MARGIN = 4.0           # clearance round a box that a vertical run keeps
TAIL = 6.0             # a tail's column, past the predecessor's end: clear of the title beyond it
ENTRY = 8.0            # the last column, before the successor's start: room for the arrowhead
STUB_TAIL, STUB_HEAD = 6.0, 12.0
MAX_SPAN = 40          # rows: a longer arrow is no longer followed by eye, and routing it costs
BLOCK = MAX_SPAN       # rows routed together; a line reaches at most into the next block
MAX_COLUMNS = 5        # vertical runs: more turns than this read as a maze
PENALTY = 3.0          # rows: what a turn costs against a longer run
SHARE = 6.0            # px: what a row run along a line of the same tree saves
CROWD, CROWD_GAP = 8.0, 3 * COLUMN_GAP  # px: what a row run this near another tree's line costs
RETRIES = 4            # ways tried round channels whose lanes are all taken
REACH = 240.0          # px: how far past its ends a line may go round what is in the way
DETOUR, DETOUR_SLACK = 3.0, 10  # a line longer than this times the way there, plus rows, is lost by eye
# A link with no tidy way is tried once more with these: a long way round reads better than a stub.
FAR_REACH, FAR_COLUMNS, FAR_DETOUR, FAR_SLACK, FAR_RETRIES = 600.0, 9, 12.0, 40, 4
FAR_BUDGET = 12        # wider tries in one block of rows
HEADING_PAD = 18.0     # px beside a heading's text that no line runs along: lines would frame it


@dataclass(frozen=True, slots=True)
class Route:
    """The lines of one arrow from predecessor ``key[0]`` to successor ``key[1]``.

    One polyline from the predecessor's end to the successor's start, or for a stub two
    short ones: a tail out of the predecessor and the arrow into the successor. ``low`` and
    ``high`` are the first and last row the lines touch.
    """

    key: tuple[Hashable, Hashable]
    low: int
    high: int
    lines: tuple[tuple[Point, ...], ...]
    stub: bool = False


# ---------------------------------------------------------------- free columns

def _subtract(free: list[tuple[float, float]], cuts: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Return the parts of the sorted intervals ``free`` outside every interval in ``cuts``."""
    result = free
    for c0, c1 in cuts:
        next_free = []
        for a, b in result:
            if c1 <= a or c0 >= b:
                next_free.append((a, b))
                continue
            if c0 > a:
                next_free.append((a, c0))
            if c1 < b:
                next_free.append((c1, b))
        result = next_free
        if not result:
            break
    return result


class _Router:
    def __init__(self, row: Callable[[int], RowGeometry], row_count: int, top: float, row_h: float, width: float):
        self.row, self.row_count, self.top, self.row_h = row, row_count, top, row_h
        self.width = (1.0, max(width - 1.0, 1.0))
        self.edge = False     # whether a run may go along a heading band's edge
        self.refused = False  # whether one was refused that
        self.budget = FAR_BUDGET
        self.columns: dict[int, list[tuple[float, frozenset]]] = {}  # row -> verticals crossing it, by tree
        self.lanes: dict[tuple[int, float], list[tuple[float, float, frozenset]]] = {}  # (channel, offset) -> runs
        # Past the lanes by the boundary, a run may go along a row's middle where the row leaves it free.
        middle = row_h / 2
        self.offsets = LANES + ((middle,) if middle >= LANES[-1] + SPACING else ())

    @staticmethod
    def _blocked(row: RowGeometry) -> list[tuple[float, float]]:
        pad = HEADING_PAD if row.heading else MARGIN
        cuts = [(box.x0 - pad, box.x1 + pad) for box in row.boxes]
        if row.bar is not None:  # a bar's own tail and entry columns are kept for its arrows
            cuts.append((row.bar.x0 - ENTRY - MARGIN, row.bar.x1 + TAIL + MARGIN))
        return cuts

    def channel_y(self, channel: int) -> float:
        return self.top + channel * self.row_h

    def free(self, row: int, tree: frozenset, within: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """The part of ``within`` where a vertical of ``tree`` may cross ``row``."""
        cuts = self._blocked(self.row(row))
        cuts.extend((x - COLUMN_GAP, x + COLUMN_GAP) for x, o in self.columns.get(row, ()) if not o & tree)
        return _subtract(within, cuts)

    def route(self, key, p: int, s: int, bar_p: Box, bar_s: Box) -> Route:
        low, high = min(p, s), max(p, s)
        sx, ex = bar_p.x1, bar_s.x0
        lo, hi = self.width
        if p == s or high - low > MAX_SPAN or sx + TAIL > hi or ex - ENTRY < lo:
            return self.stub(key, p, s, bar_p, bar_s)
        found = self._route(key, p, s, bar_p, bar_s, REACH, MAX_COLUMNS, DETOUR, DETOUR_SLACK, RETRIES)
        # Wider tries cost the more the denser the plan, where they seldom succeed: a budget a block.
        # The last may run along a heading band's edge, if that was what stood in the way.
        for self.edge in (False, True):
            if found is not None or self.budget <= 0 or self.edge and not self.refused:
                break
            self.budget -= 1
            self.refused = False
            found = self._route(key, p, s, bar_p, bar_s, FAR_REACH, FAR_COLUMNS, FAR_DETOUR, FAR_SLACK, FAR_RETRIES)
        self.edge = False
        return found or self.stub(key, p, s, bar_p, bar_s)

    def _route(self, key, p: int, s: int, bar_p: Box, bar_s: Box, reach: float, most: int, detour: float,
               slack: float, retries: int) -> Route | None:
        """The route of ``key`` going at most ``reach`` past its ends, ``most`` columns; None if there is none."""
        low, high = min(p, s), max(p, s)
        sx, sy, ex, ey = bar_p.x1, bar_p.middle, bar_s.x0, bar_s.middle
        lo, hi = self.width
        tail = (sx + TAIL, sx + TAIL)
        entry = (ex - ENTRY, ex - ENTRY)
        d = 1 if p > s else -1  # from the successor towards the predecessor
        # Positions from the successor's row to the predecessor's, each allowing some columns.
        # Lines out of one bar, or into one, may share their runs: they read as one tree.
        tree = frozenset(((0, key[0]), (1, key[1])))
        window = [(max(lo, min(sx, ex) - reach), min(hi, max(sx, ex) + reach))]
        # The two bars' rows are crossed too, past their titles, by a line that leaves the tail or
        # comes to the entry round the far side of its row (over the top when it goes down): for
        # when the gap beside a bar holds no lane.
        crossed = [s] + list(range(s + d, p, d)) + [p]
        free = [self.free(r, tree, window) for r in crossed]
        free[0] = sorted(free[0] + [entry])
        free[-1] = sorted(free[-1] + [tail])
        allowed = [[entry]] + free + [[tail]]
        if not all(allowed):
            return None
        shared = [()] + [[x for x, o in self.columns.get(r, ()) if o & tree] for r in crossed] + [()]
        crowd = [()] + [[x for x, o in self.columns.get(r, ()) if not o & tree] for r in crossed] + [()]
        xs = sorted({x for spans in allowed for span in spans for x in span} | {x for xx in shared for x in xx}
                    | {x + g for xx in crowd for x in xx for g in (-CROWD_GAP, CROWD_GAP)}
                    | {ex - ENTRY, sx + TAIL})
        shared = list(zip(shared, crowd))
        rows = [s] + crossed + [p]
        found = self._columns(xs, allowed, shared, rows, ex, sx, tree, most, retries)
        if found is None:
            return None
        columns, ys = found
        points = [(ex, ey)]
        y = ey
        for (x, _, _), (channel, lane, _, _) in zip(columns, ys):
            turn = self.channel_y(channel) + lane
            points += [(x, y), (x, turn)]
            y = turn
        points += [(columns[-1][0], y), (columns[-1][0], sy), (sx, sy)]
        length = sum(abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(points, points[1:]))
        if length > detour * (abs(ex - sx) + abs(ey - sy)) + slack * self.row_h:
            return None
        for channel, lane, run, sharing in ys:
            self.lanes.setdefault((channel, lane), []).append((run[0], run[1], sharing))
        for x, _, rows in columns:
            for row in rows:
                self.columns.setdefault(row, []).append((x, tree))
        return Route(key, low, high, (_orthogonal(points[::-1]),))

    def _columns(self, xs, allowed, shared, rows: list[int], ex: float, sx: float, tree: frozenset, most: int,
                 retries: int):
        """Return the columns of the cheapest way and a lane for each turn between them; None if there is none.

        Columns run from the successor back to the predecessor, each (x, the position of the
        turn after it, its rows); turns are (channel, lane, run, sharing). A way whose turn
        finds every lane of its channel taken is tried again without turning there.
        """
        full: set[int] = set()
        sharing = tree
        for _ in range(retries):
            path = _cheapest(xs, allowed, shared, ex, sx, PENALTY * self.row_h, full)
            if path is None:
                return None
            columns: list[tuple[float, int | None, list[int]]] = []
            for k, x in enumerate(path):
                if columns and columns[-1][0] == x:
                    columns[-1][2].append(rows[k])
                    continue
                if columns:
                    columns[-1] = (columns[-1][0], k, columns[-1][2])
                columns.append((x, None, [rows[k]]))
            if len(columns) > most:
                return None
            turns = []
            for n, (x, k, _) in enumerate(columns[:-1]):
                channel = max(rows[k], rows[k - 1])
                if rows[k] == rows[k - 1]:  # round the far side of a bar's row, away from the other bar
                    channel += (rows[0] if k > 1 else rows[-1]) < rows[k]
                run = (min(x, columns[n + 1][0]), max(x, columns[n + 1][0]))
                lane = self.lane(channel, run, sharing)
                if lane is None:
                    full.add(k)
                    break
                turns.append((channel, lane, run, sharing))
            else:
                return columns, turns
        return None

    def lane(self, channel: int, run: tuple[float, float], sharing: frozenset) -> float | None:
        """The offset of the first lane of ``channel`` where ``run`` meets no other arrow's run; None if none.

        Beside a heading's text a run keeps to the lanes on the far side of the channel (on a second
        try, the band's edge too): inside the band it would underline or frame the text.
        """
        away = 0  # which side lanes must lie on: +1 below the channel, -1 above, 0 either
        for beside, side in ((channel - 1, 1), (channel, -1)):
            if 0 <= beside < self.row_count and self.row(beside).heading \
                    and _subtract([run], self._blocked(self.row(beside))) != [run]:
                away = side if away in (0, side) else None
        if away is None:  # a heading on both sides
            return None
        for offset in self.offsets:
            if channel == 0 and offset < 0:  # above the first row lies the time header
                continue
            if away and (offset * away < 0 or offset == 0 and not self.edge):
                self.refused |= offset == 0
                continue
            if abs(offset) > SPACING:
                into = channel - 1 if offset < 0 else channel
                if not 0 <= into < self.row_count or _subtract([run], self._blocked(self.row(into))) != [run]:
                    continue
            taken = self.lanes.get((channel, offset), ())
            if all(b + SPACING < run[0] or a - SPACING > run[1] or owners & sharing for a, b, owners in taken):
                return offset
        return None

    @staticmethod
    def stub(key, p: int, s: int, bar_p: Box, bar_s: Box) -> Route:
        sx, sy, ex, ey = bar_p.x1, bar_p.middle, bar_s.x0, bar_s.middle
        return Route(key, min(p, s), max(p, s),
                     (((sx, sy), (sx + STUB_TAIL, sy)), ((ex - STUB_HEAD, ey), (ex, ey))), stub=True)


def _cheapest(xs: list[float], allowed: list[list[tuple[float, float]]],
              shared: list[tuple[Sequence[float], Sequence[float]]],
              ex: float, sx: float, turn_cost: float, full: set[int]) -> list[float] | None:
    """Return the column at each position of the cheapest way from the successor to the predecessor.

    Position k may use the columns ``xs`` that lie in ``allowed[k]``; moving from one column
    to another between positions runs along a channel, costing its length and ``turn_cost``.
    ``shared[k]`` holds the lines already there: of the same tree, where a column costs SHARE
    less, and of other trees, near which a column costs CROWD more. No turn
    is made just before a position in ``full``. Positions 1 and -2 are the bars' own rows: a
    column there other than the entry's or the tail's goes round the row's far side, a turn more.
    The entry at the successor (``ex``) and the tail at the predecessor (``sx``) cost their
    lengths too. None when no column is allowed somewhere.
    """
    inf = float("inf")
    m = len(xs)

    def inside(spans):  # one sweep: both are sorted
        ok, k, n = [False] * m, 0, len(spans)
        for i, x in enumerate(xs):
            while k < n and spans[k][1] < x:
                k += 1
            if k == n:
                break
            ok[i] = spans[k][0] <= x
        return ok

    ok = inside(allowed[0])
    cost = [ex - x if ok[i] else inf for i, x in enumerate(xs)]
    moves = []
    for k, (spans, trunk) in enumerate(zip(allowed[1:], shared[1:]), 1):
        ok = inside(spans)
        turn = inf if k in full else turn_cost
        # The cheapest column to come from for each column: one sweep from each side.
        left, left_arg, best, arg, prev = [inf] * m, [-1] * m, inf, -1, xs[0]
        for i, x in enumerate(xs):
            best += x - prev
            prev = x
            if cost[i] < best:
                best, arg = cost[i], i
            left[i], left_arg[i] = best, arg
        best, arg, prev = inf, -1, xs[-1]
        new, came = [inf] * m, [-1] * m
        for i in range(m - 1, -1, -1):
            here = cost[i]
            best += prev - xs[i]
            prev = xs[i]
            if here < best:
                best, arg = here, i
            if not ok[i]:
                continue
            via, via_arg = left[i], left_arg[i]
            if best < via or best == via and arg < via_arg:
                via, via_arg = best, arg
            if here <= via + turn:
                new[i], came[i] = here, i
            elif via_arg >= 0:
                new[i], came[i] = via + turn, via_arg
        for x in trunk[0]:
            i = bisect.bisect_left(xs, x)
            if new[i] < inf:
                new[i] -= SHARE
        for x in trunk[1]:  # beside another tree's line: a bundle of lines is hard to follow
            for i in range(bisect.bisect_right(xs, x - CROWD_GAP), bisect.bisect_left(xs, x + CROWD_GAP)):
                new[i] += CROWD
        if k in (1, len(allowed) - 2):  # round the far side of a bar's row: only when the near side is full
            end = ex - ENTRY if k == 1 else sx + TAIL
            new = [c if x == end else c + turn_cost for c, x in zip(new, xs)]
        cost = new
        moves.append(came)
    end = min(range(m), key=lambda i: cost[i] + xs[i] - sx)
    if cost[end] == inf:
        return None
    path = [end]
    for came in reversed(moves):
        path.append(came[path[-1]])
    return [xs[i] for i in reversed(path)]


def _orthogonal(points: list[Point]) -> tuple[Point, ...]:
    # Drops repeated points and the middles of straight runs; the first and last always stay.
    route = [points[0]]
    for p in points[1:]:
        if p == route[-1]:
            continue
        if len(route) >= 2 and (route[-2][0] == route[-1][0] == p[0] or route[-2][1] == route[-1][1] == p[1]):
            route[-1] = p
        else:
            route.append(p)
    return tuple(route) if len(route) > 1 else (points[0], points[-1])


class LinkIndex:
    """The links (predecessor, successor) with both ends on a row, by the rows and blocks they reach.

    It depends only on the rows, not on dates or zoom, so a layout keeps it while bars move.
    """

    def __init__(self, links: Iterable[tuple[Hashable, Hashable]], row_of: Mapping[Hashable, int],
                 first: Iterable[tuple[Hashable, Hashable]] = ()):
        """``first`` are links routed before the others of their block: a critical path must not break."""
        self.long: dict[int, list[tuple[Hashable, Hashable, int, int]]] = {}
        self.blocks: dict[int, list[tuple[int, int, int, int, Hashable, Hashable]]] = {}
        first = set(first)
        for a, b in links:
            p, s = row_of.get(a), row_of.get(b)
            if p is None or s is None:
                continue
            if p == s or abs(p - s) > MAX_SPAN:
                self.long.setdefault(p, []).append((a, b, p, s))
                self.long.setdefault(s, []).append((a, b, p, s))
            else:
                self.blocks.setdefault(min(p, s) // BLOCK, []).append(((a, b) not in first, abs(p - s), p, s, a, b))
        for block in self.blocks.values():
            block.sort(key=lambda w: w[:4] + (str(w[4]), str(w[5])))


class ArrowRoutes:
    """The routes of one roadmap layout, worked out a block of rows at a time as they are asked for.

    ``row(r)`` says what row ``r`` holds and ``links`` which links there are (a LinkIndex);
    ``width`` is the timeline's, which no vertical leaves. A link spanning more than
    MAX_SPAN rows is a stub at once. The others are routed in blocks of
    BLOCK rows, by their first row, short ones first as they have the fewest ways to go; a
    block is routed after the block above it, whose lines reach into it, so that the lines of
    both keep apart. A block's routes depend only on the rows the two blocks reach, never on
    which rows were asked for first, so a plan of thousands routes only the rows in view.
    """

    def __init__(self, row: Callable[[int], RowGeometry], row_count: int, links: LinkIndex,
                 top: float, row_h: float, width: float):
        self._row, self._rows = row, {}
        self.row_count, self.top, self.row_h, self.width = row_count, top, row_h, width
        self._long, self._blocks = links.long, links.blocks
        self._routed: dict[int, list[Route]] = {}

    def row(self, r: int) -> RowGeometry:
        """What row ``r`` holds, asked of ``row`` once."""
        if r not in self._rows:
            self._rows[r] = self._row(r)
        return self._rows[r]

    def _block(self, k: int) -> list[Route]:
        if k not in self._routed:
            router = _Router(self.row, self.row_count, self.top, self.row_h, self.width)
            for block in (k - 1, k):
                routes = []
                for _, _, p, s, a, b in self._blocks.get(block, ()):
                    bar_p, bar_s = self.row(p).bar, self.row(s).bar
                    if bar_p is not None and bar_s is not None:
                        routes.append(router.route((a, b), p, s, bar_p, bar_s))
            self._routed[k] = routes
        return self._routed[k]

    def between(self, first_row: int, last_row: int) -> list[Route]:
        """Return the routes with a line in rows ``first_row`` to ``last_row``, by their first row."""
        found: dict[tuple, Route] = {}
        for r in range(max(first_row, 0), min(last_row, self.row_count - 1) + 1):
            for a, b, p, s in self._long.get(r, ()):
                bar_p, bar_s = self.row(p).bar, self.row(s).bar
                if bar_p is not None and bar_s is not None:
                    found[(a, b)] = _Router.stub((a, b), p, s, bar_p, bar_s)
        for k in range(max(0, (first_row - MAX_SPAN) // BLOCK), last_row // BLOCK + 1):
            for route in self._block(k):
                if route.low <= last_row and route.high >= first_row:
                    found[route.key] = route
        return sorted(found.values(), key=lambda route: (route.low, route.high, str(route.key)))

    def all(self) -> list[Route]:
        """Every route, by its first row."""
        return self.between(0, self.row_count - 1)


def route_arrows(rows: Sequence[RowGeometry], links: Iterable[tuple[Hashable, Hashable]],
                 row_of: Mapping[Hashable, int], top: float, row_h: float, width: float,
                 first: Iterable[tuple[Hashable, Hashable]] = ()) -> list[Route]:
    """Return a Route for each link (predecessor, successor) with both bars on a row, by first row.

    ``rows[r]`` says what row ``r`` holds, ``first`` the links routed first (LinkIndex); the rest
    is as for ArrowRoutes.
    """
    return ArrowRoutes(rows.__getitem__, len(rows), LinkIndex(links, row_of, first), top, row_h, width).all()
