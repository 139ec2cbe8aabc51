"""The workshop in Dutch: the start dialog, the round panel and the wall speak Dutch, English is unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QDialogButtonBox

from planner.document import Document
from planner.model import Round
from planner.samples import SAMPLES, sample_plan
from tests import round_sample
from tests.ui.test_wall import wall_on
from tests.ui.test_workshop import FakeServer
from ui.workshop.blind_entry import CriterionRow
from ui.workshop.room_progress import summary
from ui.workshop.start_dialog import StartRoundDialog

INTERFACES = [("Wi-Fi", "10.0.0.2")]


@pytest.fixture
def dutch_round(dutch, monkeypatch):
    """The Dutch sample with the test round of 12 people on its first 10 initiatives, collecting."""
    monkeypatch.setattr(round_sample, "sample_plan", lambda: sample_plan(SAMPLES["nl"]))
    plan = round_sample.revealed_round_plan()
    plan.rounds[0].state = "collecting"
    return Document(plan)


def _dialog_texts(dialog: StartRoundDialog) -> tuple:
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    return (dialog.windowTitle(), dialog.name.text(), dialog.ok.text(), cancel.text(), dialog.anonymous.text(),
            [box.text() for box in dialog.criteria.values()], dialog.interface.itemText(1))


def test_the_start_dialog_speaks_dutch(dutch, window):
    """Title, fields, criteria, the network choice and both buttons are Dutch."""
    dialog = StartRoundDialog(window.document.plan, [], [], window, interfaces=INTERFACES)
    title, name, ok, cancel, anonymous, _criteria, no_network = _dialog_texts(dialog)
    assert (title, name, ok, cancel) == ("Een workshopronde starten", "Ronde 1", "Ronde &starten", "Annuleren")
    assert anonymous.startswith("Anoniem") and no_network.startswith("Geen netwerk")
    dialog.name.setText("")
    assert dialog.problem.text() == "Geef de ronde een naam."


def test_the_start_dialog_is_unchanged_in_english(window):
    """Without a language applied the dialog reads as it always did."""
    dialog = StartRoundDialog(window.document.plan, [], [], window, interfaces=INTERFACES)
    title, name, ok, cancel, anonymous, criteria, no_network = _dialog_texts(dialog)
    assert (title, name, ok, cancel) == ("Start a workshop round", "Round 1", "&Start round", "Cancel")
    assert anonymous == "Anonymous: participants are numbered, names are not asked"
    assert criteria[0] == "Benefit" and no_network == "No network: blind entry and rating sheets only"


def _collecting_round(window, host: str) -> Round:
    FakeServer.made = []
    window.workshop.server_factory = FakeServer
    plan = window.document.plan
    round_ = Round("r1", "Aftrap", plan.start, [item.id for item in plan.initiatives], ["benefit"])
    window.workshop.start(round_, host)
    return round_


def test_the_round_dock_speaks_dutch_while_collecting(dutch, new_window):
    """The dock's title, state, count, table headings, buttons and join card are Dutch."""
    window = new_window()
    window.open_sample()
    assert window.document.plan.title == "Socialemediastrategie 2027"  # the sample follows the language
    _collecting_round(window, "192.0.2.7")
    panel, workshop = window.workshop.panel, window.workshop
    assert workshop.dock.windowTitle() == "Workshopronde" and workshop.menu.title() == "&Workshop"
    assert panel.state.text() == "Beoordelingen verzamelen" and panel.people.text() == "0 deelnemers doen mee"
    header = panel.table.headerItem()
    assert (header.text(0), header.text(1)) == ("Initiatief", "Beoordeeld door")
    assert panel.table.topLevelItem(0).text(1) == "0 van 0"
    assert panel.buttons["reveal"].text() == "Uitkomst tonen" and workshop.actions["reveal"].text() == "&Uitkomst tonen"
    assert panel.card.code.text() == "Sessiecode 123 456"


def test_the_round_dock_is_unchanged_in_english(window):
    """In English the dock reads as before."""
    _collecting_round(window, "192.0.2.7")
    panel = window.workshop.panel
    assert panel.state.text() == "Collecting ratings" and panel.people.text() == "0 participants joined"
    assert panel.buttons["reveal"].text() == "Reveal" and panel.card.code.text() == "Room code 123 456"
    assert panel.table.topLevelItem(0).text(1) == "0 of 0"


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_wall_speaks_dutch_and_its_long_words_fit(dutch_round, qtbot, size):
    """The join card and the room's progress are Dutch, in back-row type, and no title or line is cut."""
    window, wall = wall_on(dutch_round, qtbot, size)
    card = wall.card
    assert card.heading.text() == "Beoordeel met je telefoon" and card.code.text() == "Sessiecode 145 947"
    assert card.hint.text().startswith("Scan de code")
    state = wall.board.state
    assert summary(state) == f"{state.finished} van 12 hebben alle 10 beoordeeld"
    assert wall.board.px >= size[1] / 40 and wall.board.shown_rows == 10
    assert "Rollen & verantwoordelijkheden" in [title for title, _done in state.rows]
    assert wall.board.overflow() <= 0
    for label in (card.heading, card.address, card.code):
        assert QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= label.width()


def test_blind_entry_shows_dutch_numbers(dutch, qapp):
    """A half step reads 1,5 and don't know is Dutch."""
    row = CriterionRow("benefit", [1.0, 1.5, 2.0])
    assert [button.text() for button in row.buttons] == ["1", "1,5", "2", "Weet ik niet"]
