"""The roadmap's dependency arrows: routed round titles and bars by the core, drawn in three looks.

planner.arrow_routing works out the arrows of a layout as lines that keep clear of text and
of each other, a block of rows at a time as they come into view; this draws the ones in view.
The routes are kept per zoom level until the rows or the plan change, so zooming back and
forth and scrolling over rows seen before route nothing anew.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from planner.arrow_routing import (
    ArrowRoutes,
    Box,
    LinkIndex,
    Route,
    RowGeometry,
    row_geometry,
)
from planner.model import Dependency
from planner.palette import CONFLICT, CRITICAL

ARROW = "#6f6f6f"
LOOKS = {"plain": (ARROW, 1.1), "critical": (CRITICAL, 2.0), "conflict": (CONFLICT, 2.0)}
DOT = 2.2              # the radius of a stub's loose end
NOTE_PX, NOTE_WIDTH = 10, 150  # a stub's note on paper: small type, a title elided to this width
NOTE = "#5c5c5c"


def heading_text(row) -> str:
    """A group's heading as the roadmap writes it."""
    return f"{'▸' if row.collapsed else '▾'} {row.label} ({row.count})"


def draw_head(out: list[QLineF], x: float, y: float) -> None:
    """An arrowhead pointing right at (x, y): two short strokes."""
    out.append(QLineF(x - 6, y - 3.5, x, y))
    out.append(QLineF(x - 6, y + 3.5, x, y))


def draw_dot(painter: QPainter, colour: QColor, x: float, y: float) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(QPointF(x, y), DOT, DOT)


class Arrows:
    """The arrows of one RoadmapPainter's layout; ``timeline`` is that painter."""

    def __init__(self, timeline):
        self.timeline = timeline
        # On paper, where there is no tooltip, a stub's head is named "after <its predecessor>".
        self.notes = False
        self.note_font = QFont()
        self.note_font.setPixelSize(NOTE_PX)
        self._notes: dict[tuple, list[tuple[Route, str, QRectF | None]]] = {}
        self._routes: dict[tuple, ArrowRoutes] = {}
        self._deps: dict[tuple[str, str], Dependency] = {}
        self._widths: dict[tuple[str, str], float] = {}
        self._links: LinkIndex | None = None

    def forget(self, rows: bool = False) -> None:
        """Drop every route: the dates changed, or with ``rows`` the rows or the dependencies."""
        self._routes.clear()
        self._notes.clear()
        if rows:
            self._links = None

    def routes(self) -> ArrowRoutes:
        """The routes of the current layout (planner.arrow_routing.ArrowRoutes), worked out as asked for."""
        t = self.timeline
        key = self._key()
        if key not in self._routes:
            if len(self._widths) > 4 * len(t.rows) + 1000:  # titles edited many times over
                self._widths.clear()
            if self._links is None:
                self._deps = {(d.from_, d.to): d for d in t.document.plan.dependencies}
                items = t.document.schedule.items if t.document.schedule is not None else {}
                critical = [(a, b) for a, b in self._deps
                            if a in items and b in items and items[a].critical and items[b].critical]
                self._links = LinkIndex(self._deps, t.row_of, critical)
            self._routes[key] = ArrowRoutes(self.row_geometry, len(t.rows), self._links, t.row_top(0), t.row_h,
                                            t.width)
        return self._routes[key]

    def _key(self) -> tuple:
        t = self.timeline
        return t.zoom, t.px_per_day, t.title_limit, t.first, t.last  # pictures stretch days and elide titles

    def stub_notes(self) -> list[tuple[Route, str, QRectF | None]]:
        """Each stub of the layout, the note naming its predecessor, and where it goes: None without room.

        The note sits left of the stub's head, in its successor's row, where it crosses no title,
        bar, heading, line or other note and stays on the timeline.
        """
        key = self._key()
        if key not in self._notes:
            t = self.timeline
            metrics = QFontMetricsF(self.note_font)
            notes, placed = [], []
            for route in self.all():
                if not route.stub:
                    continue
                title = t.document.initiative(route.key[0]).title
                text = QCoreApplication.translate("Roadmap", "after {title}").format(
                    title=metrics.elidedText(title, Qt.TextElideMode.ElideRight, NOTE_WIDTH))
                (hx, hy), width = route.lines[-1][0], metrics.horizontalAdvance(text) + 4
                box = Box(hx - 3 - width, hy - 7, hx - 3, hy + 7)
                row = t.row_of[route.key[1]]
                near = self.routes().between(row - 1, row + 1)
                clear = box.x0 >= 1 and not any(box.x0 < b.x1 and b.x0 < box.x1 and box.y0 < b.y1 and b.y0 < box.y1
                                                for b in list(self.row_geometry(row).boxes) + placed) \
                    and not any(box.crossed_by(a, b) for other in near for line in other.lines
                                for a, b in zip(line, line[1:]))
                if clear:
                    placed.append(box)
                notes.append((route, text, QRectF(box.x0, box.y0, width, box.y1 - box.y0) if clear else None))
            self._notes[key] = notes
        return self._notes[key]

    def all(self) -> list[Route]:
        """Every route of the current layout, by first row."""
        return self.routes().all()

    def row_geometry(self, r: int) -> RowGeometry:
        """What row ``r`` holds, as planner.arrow_routing reads it: a bar, its title beside it, a heading."""
        t = self.timeline
        row = t.rows[r]
        if row.kind == "group":
            text, font, bar, inside = heading_text(row), t.bold, None, False
        else:
            font, rect = t.font_, t.bar_rect(row.initiative_id)
            bar = None if rect is None else Box(rect.left(), rect.top(), rect.right(), rect.bottom())
            # The title as the painter draws it: elided in a slide, or kept inside a long bar.
            text, inside = t.title_placed(row.initiative_id) or (row.label, False)
        width = self._widths.get((row.kind, text))
        if width is None:
            width = self._widths[(row.kind, text)] = QFontMetricsF(font).horizontalAdvance(text)
        return row_geometry(row.kind, width, bar, inside, t.row_top(r), t.row_h)

    def in_view(self, rect: QRectF, first_row: int, last_row: int) -> Iterator[tuple[Dependency, Route]]:
        """Yield (dependency, route) of the arrows that can show in ``rect``, rows first_row..last_row."""
        for route in self.routes().between(first_row, last_row):
            xs = [x for line in route.lines for x, _ in line]
            if max(xs) < rect.left() or min(xs) > rect.right():
                continue
            yield self._deps[route.key], route

    def stubbed(self, iid: str) -> tuple[list[str], list[str]]:
        """Return the ids ``iid`` waits for and the ids waiting for it whose arrows are stubs."""
        row = self.timeline.row_of.get(iid)
        routes = [] if row is None else [r for r in self.routes().between(row, row) if r.stub]
        return [r.key[0] for r in routes if r.key[1] == iid], [r.key[1] for r in routes if r.key[0] == iid]

    def draw(self, painter: QPainter, rect: QRectF, first_row: int, last_row: int) -> None:
        """All arrows in view as straight segments, one drawLines call per look.

        Separate lines stroke in linear time; one big path of thousands of arrows does not.
        """
        t = self.timeline
        conflicts = t.conflicts()
        schedule = t.document.schedule.items
        segments: dict[str, list[QLineF]] = {look: [] for look in LOOKS}
        dots: dict[str, list[tuple[float, float]]] = {look: [] for look in LOOKS}
        for dep, route in self.in_view(rect, first_row, last_row):
            if (dep.from_, dep.to) in conflicts:
                look = "conflict"
            elif t.show_critical and schedule[dep.from_].critical and schedule[dep.to].critical:
                look = "critical"
            else:
                look = "plain"
            out = segments[look]
            for line in route.lines:
                for (x0, y0), (x1, y1) in zip(line, line[1:]):
                    out.append(QLineF(x0, y0, x1, y1))
            draw_head(out, *route.lines[-1][-1])
            if route.stub:
                dots[look] += [route.lines[0][-1], route.lines[-1][0]]
        painter.save()
        # A page's rows: a line on to rows above them would show as a tick at the header's edge.
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # straight lines: crisp and fast
        for look, (colour, width) in LOOKS.items():
            if segments[look]:
                painter.setPen(QPen(QColor(colour), width,
                                    Qt.PenStyle.DashLine if look == "conflict" else Qt.PenStyle.SolidLine))
                painter.drawLines(segments[look])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for look, points in dots.items():
            for x, y in points:
                draw_dot(painter, QColor(LOOKS[look][0]), x, y)
        if self.notes:
            painter.setFont(self.note_font)
            painter.setPen(QColor(NOTE))
            for route, text, box in self.stub_notes():
                if box is not None and first_row <= t.row_of[route.key[1]] <= last_row:
                    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
