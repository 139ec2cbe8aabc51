"""The roadmap's arrows as drawn: the router's routes and nothing else, found by the pointer, stubs explained."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.arrow_routing import MAX_SPAN, crossings
from planner.document import Document
from planner.model import Dependency, Initiative, Lane, Plan
from ui.roadmap.arrows import ARROW
from ui.roadmap.export import roadmap_picture
from ui.roadmap.painter import HEADER_H, ROW_H, RoadmapPainter
from ui.roadmap.view import RoadmapView


@pytest.fixture
def view(qtbot, document, undo_stack):
    v = RoadmapView(document, undo_stack)
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    qtbot.waitExposed(v)
    return v


def far_apart() -> Document:
    """A plan whose one dependency spans more rows than an arrow is drawn over: a stub."""
    items = [Initiative(f"i{k:02d}", f"Step {k}", lane="l", duration_days=5) for k in range(MAX_SPAN + 5)]
    plan = Plan(title="Far apart", start=dt.date(2027, 1, 4), lanes=[Lane("l", "Lane")], initiatives=items,
                dependencies=[Dependency("i00", items[-1].id)])
    return Document(plan)


def segments(route):
    return [(a, b) for line in route.lines for a, b in zip(line, line[1:])]


def near(point: QPointF, segment, tolerance: float = 2.0) -> bool:
    """Whether ``point`` lies within ``tolerance`` of the horizontal or vertical ``segment``."""
    (ax, ay), (bx, by) = segment
    return (min(ax, bx) - tolerance <= point.x() <= max(ax, bx) + tolerance
            and min(ay, by) - tolerance <= point.y() <= max(ay, by) + tolerance)


def test_the_painter_draws_the_routes_the_router_returned_and_nothing_else(qapp, document):
    """Every segment of every route is stroked in the arrow grey; no arrow pixel lies off the routes."""
    timeline = RoadmapPainter(document)
    timeline.relayout()
    routes = timeline.arrows.all()
    geometry = [timeline.arrows.row_geometry(r) for r in range(len(timeline.rows))]
    assert routes and crossings(routes, geometry) == []  # with the real font's widths
    height = int(HEADER_H + len(timeline.rows) * ROW_H)
    image = QImage(int(timeline.width), height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    timeline.arrows.draw(painter, QRectF(0, 0, timeline.width, height), 0, len(timeline.rows) - 1)
    painter.end()
    grey = QColor(ARROW).rgb()
    for (ax, ay), (bx, by) in (s for route in routes for s in segments(route)):
        if abs(ax - bx) + abs(ay - by) >= 2:
            assert image.pixel(int((ax + bx) / 2), int((ay + by) / 2)) == grey
    near = set()
    for (ax, ay), (bx, by) in (s for route in routes for s in segments(route)):
        for x in range(int(min(ax, bx)) - 7, int(max(ax, bx)) + 8):
            for y in range(int(min(ay, by)) - 5, int(max(ay, by)) + 6):
                near.add((x, y))
    stray = [(x, y) for x in range(image.width()) for y in range(0, height, 2)
             if image.pixel(x, y) != 0xFFFFFFFF and (x, y) not in near]
    assert stray == []


def test_right_clicking_finds_an_arrow_anywhere_along_its_route(view, document):
    """The hit test follows the routed lines: the middle of a route's inner segment finds its arrow."""
    routed = [r for r in view.timeline.arrows.all() if not r.stub and len(r.lines[0]) >= 4]
    assert routed
    every = [(r.key, s) for r in view.timeline.arrows.all() for s in segments(r)]
    for route in routed:
        (ax, ay), (bx, by) = route.lines[0][2], route.lines[0][3]

        def tree(key, mine=route.key):  # arrows out of one bar, or into one, share their lines
            return key[0] == mine[0] or key[1] == mine[1]
        # A point of the segment that no other tree's line crosses: lines of different arrows may cross.
        point = next(p for p in (QPointF(ax + (bx - ax) * f, ay + (by - ay) * f) for f in (0.5, 0.3, 0.7, 0.2, 0.8))
                     if all(tree(key) for key, s in every if near(p, s)))
        found = view.dependency_at(point, tolerance=1.0)
        assert found is not None and tree((found.from_, found.to))
    assert view.dependency_at(QPointF(2, HEADER_H + 0.5 * ROW_H)) is None  # beside a lane's heading


def test_a_stub_names_both_ends_in_the_bars_tooltips(qtbot, undo_stack):
    """Too far apart to draw, the successor's tooltip names what it waits for, the predecessor's what waits."""
    document = far_apart()
    view = RoadmapView(document, undo_stack)
    qtbot.addWidget(view)
    (route,) = view.timeline.arrows.all()
    assert route.stub
    last = document.plan.initiatives[-1]
    tip = view.tooltip_at(view.bar_rect(last.id).center())
    assert "Waits for ‘Step 0’" in tip
    assert f"‘{last.title}’ waits for it" in view.tooltip_at(view.bar_rect("i00").center())
    head = route.lines[-1]
    assert view.dependency_at(QPointF(head[0][0] + 3, head[0][1])) == document.plan.dependencies[0]


def test_the_legend_says_what_a_stub_means_only_when_one_is_drawn(qapp, document):
    """A picture with a stub explains it in the legend; one whose arrows are all drawn whole does not."""
    kinds = [kind for kind, _ in roadmap_picture(far_apart())._legend_entries()]
    assert "stub" in kinds
    sample = roadmap_picture(document, grouping="decision")
    assert not any(r.stub for r in sample.timeline.arrows.all())
    assert "stub" not in [kind for kind, _ in sample._legend_entries()]


@pytest.mark.parametrize("unit", ["week", "month"])
def test_on_paper_a_stub_names_its_predecessor_beside_its_arrow_or_in_the_legend(qapp, unit):
    """No tooltip on paper: "after Step 0" at the stub's head where there is room, else a legend line."""
    picture = roadmap_picture(far_apart(), unit)
    (note,) = picture.timeline.arrows.stub_notes()
    route, text, box = note
    assert text == "after Step 0"
    entries = [text for _, text in picture._legend_entries()]
    assert not any("tooltip" in e for e in entries)
    if box is None:
        assert f"{far_apart().plan.initiatives[-1].title} waits for Step 0" in entries
    else:
        head = route.lines[-1][0]
        assert box.right() < head[0] and box.top() < head[1] < box.bottom()
        image = QImage(int(picture.timeline.width), int(box.bottom()) + 40, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        picture.timeline.arrows.draw(painter, QRectF(image.rect()), 0, len(picture.rows) - 1)
        painter.end()
        inked = [x for x in range(int(box.left()), int(box.right())) for y in range(int(box.top()), int(box.bottom()))
                 if image.pixel(x, y) != 0xFFFFFFFF]
        assert inked  # the note is written there


@pytest.mark.parametrize("size", [None, (1366, 768), (1024, 768)], ids=["picture", "slide-1366", "slide-1024"])
def test_no_arrow_crosses_a_title_as_the_painter_draws_it(qapp, document, size):
    """Titles elided for a slide or kept inside a long bar: the router avoids the title the painter draws."""
    picture = roadmap_picture(document, size=size)
    timeline = picture.timeline
    titles = [timeline.title_box(row.initiative_id) for row in timeline.rows if row.kind == "item"]
    texts = [box.adjusted(0, 4, -4, -4) for box in titles if box is not None]  # the backing as filled
    routes = timeline.arrows.all()
    assert routes and texts
    for (ax, ay), (bx, by) in (s for route in routes for s in segments(route)):
        line = QRectF(QPointF(min(ax, bx), min(ay, by)), QPointF(max(ax, bx), max(ay, by))).adjusted(-0.01, -0.01,
                                                                                                      0.01, 0.01)
        assert not any(line.intersects(text) for text in texts), ((ax, ay), (bx, by))
