"""The projected window while a round collects: the join card and the room's progress, no rating shown."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from planner.document import Document
from planner.round_edits import AddVotes
from tests.round_sample import revealed_round_plan
from ui.matrix.presentation import PresentationWindow
from ui.workshop.join_card import WallCard
from ui.workshop.room_progress import collecting_round, room_progress, summary


@pytest.fixture
def collecting(qapp):
    """The sample round, collecting again, with the last initiative rated by only 5 of 12."""
    plan = revealed_round_plan()
    round_ = plan.rounds[0]
    round_.state = "collecting"
    last, first = round_.initiatives[-1], round_.votes[0]
    round_.votes = [v for v in round_.votes if v.initiative != last]
    round_.votes += [replace(first, participant=f"p{n}", initiative=last, criterion=c)
                     for n in range(1, 6) for c in round_.criteria]
    return Document(plan)


def wall_on(document, qtbot, size=(1024, 768)):
    window = PresentationWindow(document, QUndoStack())
    qtbot.addWidget(window)
    window.resize(*size)
    wall = WallCard(window)
    window.show()
    wall.show_join("http://192.0.2.7:8765/j/" + "t" * 22, "http://192.0.2.7:8765", "145947")
    window.grab()  # painted: the board knows how many lines it had room for
    return window, wall


def test_progress_counts_who_rated_each_initiative_and_never_a_value(collecting):
    """Per initiative how many rated it; the summary counts those who rated all."""
    plan = collecting.plan
    state = room_progress(plan, collecting_round(plan))
    assert state.joined == 12 and state.rows[-1][1] == 5 and state.finished <= 5
    assert summary(state) == f"{state.finished} of 12 have rated all 10"
    assert all(isinstance(done, int) for _, done in state.rows)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_the_wall_hides_the_matrix_and_shows_progress_in_back_row_type(collecting, qtbot, size):
    """The card and progress cover the window; every text is at least 1/40 of the screen's height."""
    window, wall = wall_on(collecting, qtbot, size)
    assert wall.panel.isVisible() and wall.panel.geometry() == window.rect()
    least = size[1] / 40
    assert wall.board.px >= least and wall.board.shown_rows == 10
    for label in (wall.card.hint, wall.card.address, wall.card.code):
        assert label.font().pixelSize() >= least
    assert wall.card.geometry().right() < wall.board.geometry().left()


def test_the_wall_counts_again_as_votes_arrive(collecting, qtbot):
    """A vote arriving moves the count on the wall, within a moment."""
    window, wall = wall_on(collecting, qtbot)
    round_ = collecting.plan.rounds[0]
    last = round_.initiatives[-1]
    vote = next(v for v in round_.votes if v.initiative == last)
    extra = [replace(vote, participant="p9", criterion=c) for c in round_.criteria]
    collecting.apply(AddVotes(round_.id, tuple(extra)))
    qtbot.waitUntil(lambda: wall.board.state.rows[-1][1] == 6, timeout=2000)
    wall.hide()
    assert not wall.panel.isVisible()
