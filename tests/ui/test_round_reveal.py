"""A revealed round on the matrix: markers at the room's medians, whiskers, votes, and the plan back again."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPathItem, QWidget

from planner.document import Document
from planner.matrix_layout import matrix_point
from planner.model import QUADRANTS, Vote
from planner.round_edits import AddVotes, SetRoundState
from planner.round_geometry import room_picture
from planner.round_results import discuss_first
from tests.round_sample import revealed_round_plan
from ui.matrix.presentation import PresentationWindow
from ui.matrix.round_layer import VOTES_SETTING, dot_radius, whisker_widths
from ui.matrix.scene import MatrixScene
from ui.matrix.theme import DECISION_STYLE, contrast_ratio, projection_theme, screen_theme
from ui.matrix.view import MatrixPanel, MatrixView
from ui.workshop.discussion import DiscussionList

LATER = dt.datetime(2027, 3, 1, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def revealed(qapp):
    """The sample plan with the revealed round ‘Kick-off’ of 12 people on 10 initiatives, opened."""
    return Document(revealed_round_plan())


@pytest.fixture
def scene(revealed):
    scene = MatrixScene(revealed)
    scene.set_size(1366, 768)
    return scene


def lines_of(scene: MatrixScene, iid: str) -> list[QGraphicsLineItem]:
    return [part for part in scene.reveal.drawn[iid] if isinstance(part, QGraphicsLineItem)]


def test_show_round_puts_one_marker_at_each_median_with_whiskers(scene, revealed):
    """One marker per placed initiative at the room's median; bold IQR and thin min–max whiskers reach the data."""
    scene.show_round("r1")
    picture = room_picture(revealed.plan, revealed.plan.rounds[0])
    assert set(scene.markers) == set(picture.points) and len(picture.points) == 10
    t, r = scene.transform, scene.theme.marker_radius
    bold, thin = whisker_widths(scene.theme)
    for iid, point in picture.points.items():
        marker = scene.markers[iid].pos()
        assert math.dist((marker.x(), marker.y()), t.to_screen(*point.median)) <= 2 * r  # fanned out at most
        lines = lines_of(scene, iid)
        widths = {round(line.pen().widthF(), 2) for line in lines}
        assert round(bold, 2) in widths and round(thin, 2) in widths
        across = max((line.line() for line in lines if line.pen().widthF() == thin and line.line().dy() == 0),
                     key=lambda line: line.length())
        assert sorted((across.x1(), across.x2())) == pytest.approx(
            [t.to_screen(point.effort.low, 0)[0], t.to_screen(point.effort.high, 0)[0]])
    assert scene.title_item.text() == "Round ‘Kick-off’: 12 people, revealed"
    assert set(scene.labels) | set(scene.numbers) == set(picture.points)  # every marker named


def test_a_vote_in_the_shown_round_never_rebuilds_the_scene(scene, revealed, monkeypatch):
    """A vote arriving in a re-vote leaves the wall as it is: no rebuild, no redraw (its values are hidden)."""
    scene.show_round("r1")
    first = revealed.plan.rounds[0].initiatives[0]
    revealed.apply(SetRoundState("r1", "collecting", (first,), now=LATER))
    assert first not in scene.markers  # its values are hidden again while the room re-votes
    markers = dict(scene.markers)
    rebuilds = []
    monkeypatch.setattr(scene, "rebuild", lambda *a, **k: rebuilds.append(a))
    before = scene.reveal.redraws
    revealed.apply(AddVotes("r1", (Vote("p1", first, "benefit", 2, LATER + dt.timedelta(minutes=1)),)))
    assert rebuilds == [] and scene.reveal.redraws == before
    assert scene.markers == markers and all(m.scene() is scene for m in markers.values())
    assert "1 re-voting" in scene.title_item.text()


def test_closing_the_shown_round_redraws_only_its_layer(scene, revealed, monkeypatch):
    """A change to the shown round that leaves the medians where they are redraws the layer alone."""
    scene.show_round("r1")
    markers = dict(scene.markers)
    rebuilds = []
    monkeypatch.setattr(scene, "rebuild", lambda *a, **k: rebuilds.append(a))
    revealed.apply(SetRoundState("r1", "closed"))
    assert rebuilds == [] and scene.reveal.redraws == 1 and scene.markers == markers
    assert scene.title_item.text() == "Round ‘Kick-off’: 12 people, closed"
    assert all(scene.reveal.drawn[iid] for iid in markers)


def test_revealing_a_revote_places_the_initiative_again(scene, revealed):
    """Revealed again, the re-voted initiative has its marker back."""
    scene.show_round("r1")
    first = revealed.plan.rounds[0].initiatives[0]
    revealed.apply(SetRoundState("r1", "collecting", (first,), now=LATER))
    revealed.apply(AddVotes("r1", (Vote("p1", first, "benefit", 2, LATER + dt.timedelta(minutes=1)),)))
    revealed.apply(SetRoundState("r1", "revealed"))
    assert first in scene.markers and scene.reveal.drawn[first]


def test_show_round_none_restores_the_plans_matrix(scene, revealed):
    """Hiding the round puts every marker back at the plan's own rating, without whiskers or caption."""
    plain = {iid: (m.pos().x(), m.pos().y()) for iid, m in scene.markers.items()}
    scene.show_round("r1", votes=True)
    scene.show_round(None)
    assert {iid: (m.pos().x(), m.pos().y()) for iid, m in scene.markers.items()} == plain
    assert scene.reveal.group is None and scene.reveal.drawn == {}
    assert scene.title_item.text() == revealed.plan.title


def test_votes_show_as_dots_only_on_demand(scene, revealed):
    """Without votes no dots; with them one dot per participant who gave a number."""
    scene.show_round("r1")
    dots = [p for parts in scene.reveal.drawn.values() for p in parts if isinstance(p, QGraphicsPathItem)
            and p.brush().color().alphaF() < 1]
    assert dots == []
    scene.show_round("r1", votes=True)
    picture = room_picture(revealed.plan, revealed.plan.rounds[0])
    for iid, point in picture.points.items():
        dots = [p for p in scene.reveal.drawn[iid] if isinstance(p, QGraphicsPathItem) and p.brush().color().alphaF() < 1]
        assert len(dots) == 1 and len(dots[0].path().toSubpathPolygons()) == len(point.votes) == 12


def test_v_toggles_the_vote_dots_and_is_remembered(qtbot, revealed, undo_stack):
    """V in the matrix shows the dots and remembers it; the next round shown on screen has them too."""
    view = MatrixView(revealed, undo_stack)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.matrix.show_round("r1")
    assert not view.matrix.reveal.votes
    QTest.keyClick(view, Qt.Key.Key_V)
    assert view.matrix.reveal.votes and QSettings().value(VOTES_SETTING, type=bool)
    view.matrix.show_round(None)
    view.matrix.show_round("r1")
    assert view.matrix.reveal.votes


def test_the_rooms_markers_are_not_dragged_or_nudged_into_the_plan(qtbot, revealed, undo_stack):
    """Arrow keys on a shown round change no rating: the markers are the room's."""
    view = MatrixView(revealed, undo_stack)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.matrix.show_round("r1")
    view.select_ids([revealed.plan.rounds[0].initiatives[0]])
    with qtbot.waitSignal(view.message):
        QTest.keyClick(view, Qt.Key.Key_Up)
    assert undo_stack.count() == 0


@pytest.mark.parametrize("height", [768, 1080])
def test_whiskers_and_dots_are_seen_on_a_projector(height):
    """On the wall: bold bars at least 2.5× the thin lines, thin lines 2 px, dots 4 px, all 3:1 on every tint."""
    theme = projection_theme(height)
    bold, thin = whisker_widths(theme)
    assert thin >= 2 and bold >= 2.5 * thin and dot_radius(theme) >= 4
    for colour, _, _ in DECISION_STYLE.values():
        for tint in [*theme.tints.values(), theme.background]:
            assert contrast_ratio(colour, tint) >= 3, (colour, tint)
    assert whisker_widths(screen_theme(600))[0] >= 4


def test_presentation_shows_the_round_and_the_spotlit_spread(qtbot, revealed, undo_stack):
    """The wall follows the window's round; the spotlit initiative's caption gives median and spread."""
    host = QWidget()
    qtbot.addWidget(host)
    host.matrix_panel = MatrixPanel(revealed, undo_stack, host)
    host.matrix_panel.view.matrix.show_round("r1")
    window = PresentationWindow(revealed, undo_stack, host)  # closed with its host
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.scene.reveal.round_id == "r1" and set(window.scene.markers) == set(revealed.plan.rounds[0].initiatives)
    iid = window.order()[0]
    window.spotlight(iid)
    assert window.description.text().startswith("Benefit median")
    assert "Combined effort median" in window.description.text()
    assert window.details.text().startswith(("12 rated", "11 rated, 1 don't know"))
    host.matrix_panel.view.matrix.show_round(None)
    assert window.scene.reveal.round_id is None and window.scene.reveal.drawn == {}
    window.close()


def test_discuss_first_lists_the_most_disputed_first_and_spotlights_the_clicked(qtbot, scene, revealed):
    """The list follows discuss_first; a click spotlights on the matrix; a re-vote hides its numbers."""
    scene.show_round("r1")
    panel = DiscussionList(revealed, scene)
    qtbot.addWidget(panel)
    panel.set_round("r1")
    round_ = revealed.plan.rounds[0]
    assert panel.initiatives() == [iid for iid, _ in discuss_first(round_, revealed.plan.scale)]
    top = panel.tree.topLevelItem(0)
    assert top.childCount() == 3 and top.child(0).text(4) in ("12 rated", "11 rated, 1 don't know")
    assert panel.agreements()[0] == "split" and top.text(0).startswith("Split: ")
    panel.tree.itemClicked.emit(top, 0)
    assert scene.spotlight == panel.initiatives()[0]
    revealed.apply(SetRoundState("r1", "collecting", (panel.initiatives()[0],), now=LATER))
    def hidden():
        rows = [panel.tree.topLevelItem(n) for n in range(panel.tree.topLevelItemCount())]
        return [row for row in rows if row.data(1, Qt.ItemDataRole.UserRole) == "re-voting"]
    qtbot.waitUntil(lambda: len(hidden()) == 1)
    assert hidden()[0].childCount() == 0 and panel.tree.topLevelItemCount() == 10


def test_the_matrix_panel_shows_the_list_beside_a_shown_round(qtbot, revealed, undo_stack):
    """The discussion list appears beside the matrix with a round and goes with it."""
    panel = MatrixPanel(revealed, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.discussion.isVisible() and not panel.discussion_button.isVisible()
    panel.view.matrix.show_round("r1")
    assert panel.discussion.isVisible() and len(panel.discussion.initiatives()) == 10
    panel.discussion_button.click()  # hidden, and remembered
    assert not panel.discussion.isVisible()
    panel.view.matrix.show_round(None)
    assert not panel.discussion_button.isVisible()
    panel.view.matrix.show_round("r1")
    assert not panel.discussion.isVisible() and panel.discussion_button.isVisible()


def test_a_narrow_matrix_keeps_the_list_for_a_click(qtbot, revealed, undo_stack):
    """Where the list would leave the matrix too narrow to read, it opens only when asked."""
    panel = MatrixPanel(revealed, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(800, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.matrix.show_round("r1")
    assert not panel.discussion.isVisible()
    panel.discussion_button.click()
    assert panel.discussion.isVisible()


def test_a_removed_round_leaves_the_plans_matrix(scene, revealed):
    """Undoing a round away (here: the plan replaced) shows the plan's own ratings again."""
    scene.show_round("r1")
    plan = revealed_round_plan()
    plan.rounds = []
    revealed.replace(plan, None)
    item = plan.initiatives[0]
    assert scene.reveal.drawn == {} and matrix_point(item, plan, "combined") is not None
    assert scene.title_item.text() == plan.title


def test_discuss_first_shows_what_accept_writes_and_wraps_long_titles(qtbot, revealed):
    """A median between steps shows the snapped value Accept writes; numbers have one decimal; titles wrap, not cut."""
    round_ = revealed.plan.rounds[0]
    first = round_.initiatives[0]
    # Four people: benefit 3, 3, 3.5, 3.5 has the median 3.25, which Accept writes as 3.5 (step 0.5).
    round_.votes = [v for v in round_.votes if v.initiative != first or (v.criterion == "benefit" and
                                                                     v.participant in ("p1", "p2", "p3", "p4"))]
    for n, vote in enumerate(v for v in round_.votes if v.initiative == first):
        round_.votes[round_.votes.index(vote)] = replace(vote, value=3.0 if n < 2 else 3.5)
    revealed.plan.initiative(first).title = "Strategy approved by the board after the second reading in March"
    panel = DiscussionList(revealed)
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    panel.show()
    panel.set_round("r1")
    row = next(panel.tree.topLevelItem(n) for n in range(panel.tree.topLevelItemCount())
               if panel.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == first)
    benefit = row.child(0)
    assert benefit.text(1) == "3.3 → 3.5" and benefit.text(4) == "4 rated"
    assert "…" not in row.text(0) and "\n" in row.text(0) and row.text(0).replace("\n", " ").endswith("March")
    for n in range(panel.tree.topLevelItemCount()):
        for k in range(panel.tree.topLevelItem(n).childCount()):
            for column in (1, 2, 3):
                decimals = re.findall(r"\.(\d+)", panel.tree.topLevelItem(n).child(k).text(column))
                assert all(len(d) == 1 for d in decimals)


def test_vote_dots_stay_inside_the_plot_and_quadrant_names_over_the_markers(scene, revealed):
    """Votes at the scale's ends turn round a spot inside the frame; the quadrants' names stay readable."""
    round_ = revealed.plan.rounds[0]
    # Everyone rates the first initiative at the top left corner: the sunflower must move in, whole.
    first = round_.initiatives[0]
    round_.votes = [replace(v, value=revealed.plan.scale.max if v.criterion == "benefit" else revealed.plan.scale.min)
                    if v.initiative == first and v.value is not None else v for v in round_.votes]
    scene.show_round("r1", votes=True)
    for parts in scene.reveal.drawn.values():
        for part in parts:
            if isinstance(part, QGraphicsPathItem) and part.zValue() == 0.1:  # the dots
                assert scene.plot.contains(part.sceneBoundingRect())
    names = {revealed.plan.quadrant_name(q) for q in QUADRANTS}
    texts = [item for item in scene.items() if hasattr(item, "text") and item.text() in names]
    marker_z = max(marker.zValue() for marker in scene.markers.values())
    assert len(texts) == 4 and all(text.zValue() > marker_z for text in texts)


def test_the_key_lists_whole_titles_on_a_small_wall(qtbot, undo_stack):
    """At 1024×768 in presentation mode the key cuts no title of a round of every rated initiative, long titles too."""
    plan = revealed_round_plan(people=12, initiatives=20)
    for item in plan.initiatives:
        item.title += " programme"
    document = Document(plan)
    window = PresentationWindow(document, undo_stack)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_round("r1", True)
    qtbot.wait(20)  # laid out at the window's size
    assert window.scene.key and not any("…" in entry.text for entry in window.scene.key)
