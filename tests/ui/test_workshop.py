"""Workshop rounds in the window: starting, votes from the server thread, reveal, accept, blind entry, recovery."""

from __future__ import annotations

import datetime as dt
import os
import re
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from planner import recovery
from planner.formats import plan_file
from planner.edits import ChangeKind
from planner.model import Participant, Round, Vote
from ui.workshop.blind_entry import BlindEntryDialog, scale_values
from ui.workshop.join_card import QUIET_ZONE, qr_modules
from ui.workshop.start_dialog import StartRoundDialog

TOKEN = "t" * 22


class FakeServer:
    """Stands in for WorkshopServer: the same interface, no sockets."""

    made: list[FakeServer] = []

    def __init__(self, plan, round_id, host="0.0.0.0", port=0, on_votes=None, token=None, code=None):
        self.round_id, self.host, self.port, self.on_votes = round_id, host, port, on_votes
        # Each run makes its own unless given an earlier run's, as the real server does.
        self.token, self.code = token or (TOKEN if not FakeServer.made else f"{TOKEN}{len(FakeServer.made)}"), \
            code or f"{123456 + len(FakeServer.made)}"
        self.running, self.updates, self.retired = False, [], None
        FakeServer.made.append(self)

    def start(self):
        if self.port == 1:
            raise OSError("port 1 is already in use on this computer")
        self.running = True

    @property
    def address(self):
        return f"http://192.0.2.7:8765/j/{self.token}"

    @property
    def short_address(self):
        return "http://192.0.2.7:8765"

    @property
    def room_code(self):
        return self.code

    def update(self, round_):
        self.updates.append((round_.state, tuple(round_.revote)))

    def retire(self, round_, grace=None):
        self.update(round_)
        self.retired = round_.state

    def status(self):
        return {"participants": 0, "progress": {}}

    def stop(self):
        self.running = False


@pytest.fixture
def room(window):
    """The sample plan in a window whose workshop serves through FakeServer."""
    FakeServer.made = []
    window.workshop.server_factory = FakeServer
    return window


def start_through_dialog(window, monkeypatch, name="Kick-off", port=0, criteria=("benefit",)):
    def fill(dialog):
        dialog.name.setText(name)
        for key, box in dialog.criteria.items():
            box.setChecked(key in criteria)
        dialog.interface.setCurrentIndex(0)
        dialog.port.setValue(port)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(StartRoundDialog, "exec", fill)
    window.workshop.start_dialog()
    return window.document.plan.rounds[-1]


def send_from_server_thread(server, votes, participants=()):
    """Call on_votes on another thread, as the real server does."""
    thread = threading.Thread(target=server.on_votes, args=(server.round_id, tuple(votes), tuple(participants)))
    thread.start()
    thread.join()


def vote(participant, item, value, criterion="benefit"):
    return Vote(participant, item, criterion, value, dt.datetime.now(dt.timezone.utc))


def test_starting_a_round_through_the_dialog_serves_it_as_one_undo_step(room, monkeypatch):
    """The dialog's round is added in one undo step, served on the chosen interface, and shown in the panel."""
    round_ = start_through_dialog(room, monkeypatch)
    assert (round_.name, round_.criteria, round_.state) == ("Kick-off", ["benefit"], "collecting")
    assert len(round_.initiatives) == len(room.document.plan.initiatives)
    assert room.undo_stack.count() == 1 and room.undo_stack.text(0) == "Start round ‘Kick-off’"
    server = FakeServer.made[-1]
    assert server.running and server.round_id == round_.id
    panel = room.workshop.panel
    assert not room.workshop.dock.isHidden() and not panel.card.isHidden()
    assert panel.card.code.text() == "Room code 123 456" and panel.card.address.text() == "192.0.2.7:8765"
    assert panel.card.qr.modules and room.workshop.actions["reveal"].isEnabled()


def test_the_start_dialog_remembers_the_network_and_offers_the_selection(room, monkeypatch):
    """Interface, port and anonymity are remembered; a selection of several is the default scope."""
    room.table.select_ids(["webcare", "monitoring-tool"])
    start_through_dialog(room, monkeypatch, port=8123)
    dialog = StartRoundDialog(room.document.plan, [], room.table.selected_ids(), room,
                              interfaces=[("Wi-Fi", "10.0.0.2"), ("This computer only", "127.0.0.1")])
    assert dialog.port.value() == 8123 and dialog.name.text() == "Round 2"
    assert set(dialog.initiatives()) == {"webcare", "monitoring-tool"}
    dialog.name.setText(" ")
    assert not dialog.ok.isEnabled() and dialog.problem.text() == "Give the round a name."


def test_a_server_that_cannot_start_says_so_in_one_sentence_and_the_round_stays(room, monkeypatch):
    """A port in use is one clear sentence; the round exists for blind entry and sheets."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[1:3]))
    round_ = start_through_dialog(room, monkeypatch, port=1)
    assert room.document.plan.rounds == [round_] and room.workshop.server is None
    assert shown == [("The room cannot join from their phones", "Port 1 is already in use on this computer.")]
    assert "not on the network" in room.workshop.panel.state.text()
    assert room.workshop.actions["blind"].isEnabled()


def test_votes_from_the_server_thread_reach_plan_and_progress_but_not_the_undo_stack(room, monkeypatch, qtbot):
    """Votes arrive through the queued signal: the plan and the panel's progress change, undo does not."""
    round_ = start_through_dialog(room, monkeypatch)
    server = FakeServer.made[-1]
    send_from_server_thread(server, [vote("p1", "webcare", 4), vote("p1", "monitoring-tool", 2)],
                            [Participant("p1", "", "k1")])
    qtbot.waitUntil(lambda: len(round_.votes) == 2)
    send_from_server_thread(server, [vote("p2", "webcare", 5)], [Participant("p2", "", "k2")])
    qtbot.waitUntil(lambda: len(round_.votes) == 3)
    assert room.undo_stack.count() == 1 and room.isWindowModified()
    room.workshop.refresh()
    rows = {room.workshop.panel.table.topLevelItem(i).text(0): room.workshop.panel.table.topLevelItem(i).text(1)
            for i in range(room.workshop.panel.table.topLevelItemCount())}
    webcare = room.document.initiative("webcare").title
    assert rows[webcare] == "2 of 2" and room.workshop.panel.people.text() == "2 participants joined"
    assert all(re.fullmatch(r"\d+ of 2", text) for text in rows.values())  # counts, never values
    room.undo_stack.undo()  # taking back the round takes its votes with it, never a vote alone
    assert room.document.plan.rounds == [] and not server.running


def test_votes_pouring_in_are_taken_in_batches_and_a_refused_one_costs_no_other(room, monkeypatch, qtbot):
    """Many votes from the server thread reach the plan in few steps; a vote the plan refuses loses only itself."""
    round_ = start_through_dialog(room, monkeypatch)
    server = FakeServer.made[-1]
    applied = []
    room.document.subscribe(after=lambda change: applied.append(change.kind))
    ids = [item.id for item in room.document.plan.initiatives[:10]]

    def pour(calls):
        worker = threading.Thread(target=lambda: [server.on_votes(round_.id, *call) for call in calls])
        worker.start()
        worker.join()  # all queued before the window takes any: they come in as one batch

    pour([(tuple(vote(f"p{n}", item, 3) for item in ids), (Participant(f"p{n}"),)) for n in range(1, 21)])
    qtbot.waitUntil(lambda: len(round_.votes) == 200)
    assert applied == [ChangeKind.ROUNDS]
    refused = []
    monkeypatch.setattr(room, "show_refusal", refused.append)
    pour([((vote("p99", ids[0], 3),), ()),  # never joined: the plan refuses it
          ((vote("p1", ids[1], 5),), ())])
    qtbot.waitUntil(lambda: len(round_.votes) == 201)
    assert round_.votes[-1].value == 5 and {v.participant for v in round_.votes} == {f"p{n}" for n in range(1, 21)}
    assert len(refused) == 1 and "p99" in refused[0]


def test_reveal_stops_the_server_and_accepting_a_selection_is_one_undo_step(room, monkeypatch, qtbot):
    """Reveal stops serving; accepting the selected initiatives writes the medians, undone as one step."""
    round_ = start_through_dialog(room, monkeypatch)
    server = FakeServer.made[-1]
    send_from_server_thread(server, [vote("p1", "webcare", 4), vote("p2", "webcare", 5),
                                     vote("p1", "monitoring-tool", 1), vote("p2", "monitoring-tool", 2)],
                            [Participant("p1"), Participant("p2")])
    qtbot.waitUntil(lambda: len(round_.votes) == 4)
    before = {i: room.document.initiative(i).benefit for i in ("webcare", "monitoring-tool")}
    room.workshop.actions["reveal"].trigger()
    assert round_.state == "revealed" and server.retired == "revealed" and room.views.currentIndex() == 1
    assert room.workshop.join() is None and room.workshop.actions["accept_selected"].isEnabled()
    room.table.select_ids(["webcare", "monitoring-tool"])
    room.workshop.actions["accept_selected"].trigger()
    assert room.document.initiative("webcare").benefit == 4.5
    assert room.document.initiative("monitoring-tool").benefit == 1.5
    assert room.undo_stack.text(room.undo_stack.index() - 1) == "Accept the room's ratings for 2 initiatives"
    room.undo_stack.undo()
    assert {i: room.document.initiative(i).benefit for i in before} == before and not round_.accepted
    room.undo_stack.undo()  # the reveal: collecting again, so the room can join again
    assert round_.state == "collecting" and FakeServer.made[-1].running


def test_accepting_all_writes_every_median_in_one_undo_step(room, monkeypatch, qtbot):
    """Accept for all: every initiative the room rated takes its snapped median; one undo takes it all back."""
    round_ = start_through_dialog(room, monkeypatch)
    send_from_server_thread(FakeServer.made[-1], [vote("p1", "webcare", 2), vote("p1", "monitoring-tool", 5)],
                            [Participant("p1")])
    qtbot.waitUntil(lambda: len(round_.votes) == 2)
    room.workshop.actions["reveal"].trigger()
    steps = room.undo_stack.count()
    room.workshop.actions["accept_all"].trigger()
    assert [room.document.initiative(i).benefit for i in ("webcare", "monitoring-tool")] == [2, 5]
    assert room.undo_stack.count() == steps + 1 and len(round_.accepted) == 2
    room.undo_stack.undo()
    assert round_.accepted == []


def test_a_revote_of_the_selection_serves_the_round_again_on_the_same_port(room, monkeypatch):
    """Re-opening selected initiatives restarts the server for them, on the port, token and code it had."""
    round_ = start_through_dialog(room, monkeypatch)
    first = FakeServer.made[-1]
    room.workshop.reveal()
    room.table.select_ids(["webcare"])
    room.workshop.actions["revote"].trigger()
    assert (round_.state, round_.revote) == ("collecting", ["webcare"])
    again = FakeServer.made[-1]
    assert len(FakeServer.made) == 2 and again.running and again.port == 8765
    assert (again.token, again.code) == (first.token, first.code) == (TOKEN, "123456")  # phones keep their page
    room.workshop.actions["close"].trigger()
    assert round_.state == "closed" and again.retired == "closed" and room.workshop.join() is None


def test_the_server_stops_when_another_plan_opens_and_when_the_window_closes(room, monkeypatch):
    """Opening another plan stops serving the old one's round; so does closing the window."""
    start_through_dialog(room, monkeypatch)
    server = FakeServer.made[-1]
    room.undo_stack.setClean()
    room.files.new_plan()
    assert not server.running and room.workshop.current() is None
    room.open_sample()
    start_through_dialog(room, monkeypatch)
    room.close_without_asking(remember_layout=False)
    assert not FakeServer.made[-1].running


def test_blind_entry_takes_two_participants_without_showing_the_first_to_the_second(room, monkeypatch, qtbot):
    """Pass the laptop: each participant rates from the keyboard; the next starts blank."""
    plan = room.document.plan
    round_ = Round("offline", "Offline", dt.date.today(), [i.id for i in plan.initiatives[:4]],
                   ["benefit", "technical_effort"])
    assert room.workshop.start(round_, host="") is None and room.workshop.server is None  # no network
    round_ = plan.rounds[-1]
    dialog = BlindEntryDialog(room.workshop, round_.id, room)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentIndex() == 0 and dialog.who.text() == "Participant 1"
    qtbot.keyClick(dialog.begin_button, Qt.Key.Key_Space)
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClicks(dialog, "42")  # benefit 4, technical effort 2
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_D)  # don't know on the second initiative's benefit
    for _ in range(len(dialog.items) - 1):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0 and dialog.who.text() == "Participant 2"
    first, second = dialog.items[:2]
    assert {(v.initiative, v.criterion): v.value for v in round_.votes} == {
        (first, "benefit"): 4, (first, "technical_effort"): 2, (second, "benefit"): None}
    dialog.begin()
    assert all(row.value() is None for row in dialog.rows)  # nothing of the first participant shows
    dialog.rows[0].buttons[0].click()
    dialog.rows[1].step(1)  # from nothing: the middle of the scale
    dialog.done(QDialog.DialogCode.Accepted)  # closing mid-way keeps what was rated
    assert [p.id for p in round_.participants] == ["p1", "p2"] and len(round_.votes) == 5
    assert room.undo_stack.count() == 1  # votes are never undo steps


def test_named_blind_entry_asks_for_a_name_first(room, monkeypatch):
    """In a named round the next participant types a name before any initiative shows."""
    round_ = start_through_dialog(room, monkeypatch)
    round_.anonymous = False
    dialog = BlindEntryDialog(room.workshop, round_.id, room)
    dialog.begin()
    assert dialog.pages.currentIndex() == 0 and dialog.who_hint.text() == "Type your name first, then Enter."
    dialog.name.setText("Anna")
    dialog.begin()
    dialog.rows[0].choose(scale_values(room.document.plan.scale)[-1])
    dialog.next_participant()
    assert round_.participant_label(round_.votes[-1].participant) == "Anna"
    assert round_.votes[-1].participant == "p1001"  # past the numbers the running server gives phones
    dialog.close()


def test_a_crash_mid_round_leaves_a_recovery_copy_holding_every_vote(new_window, monkeypatch, qtbot, tmp_path):
    """Votes are written into the recovery copy as they arrive, and offered back after a crash."""
    first = new_window()
    first.open_sample()
    first.files.save_to(tmp_path / "p.bep")
    first.workshop.server_factory = FakeServer
    round_ = start_through_dialog(first, monkeypatch)
    first.undo_stack.setClean()  # saved after starting: only the votes are unsaved
    send_from_server_thread(FakeServer.made[-1], [vote("p1", "webcare", 2)], [Participant("p1")])
    qtbot.waitUntil(lambda: first.files.recovery_path is not None)
    send_from_server_thread(FakeServer.made[-1], [vote("p2", "webcare", 3)], [Participant("p2")])
    qtbot.waitUntil(lambda: len(plan_file.load(first.files.recovery_path).rounds[0].votes) == 2, timeout=3000)
    first.files.lock.release()
    monkeypatch.setattr(recovery, "process_is_running", lambda pid: pid != os.getpid())

    second = new_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    second.files.offer_recovery()
    restored = second.document.plan.rounds[0]
    assert restored.id == round_.id and [v.value for v in restored.votes] == [2, 3]


def test_the_presentation_shows_the_join_card_while_the_round_collects(room, monkeypatch):
    """The projected window carries the QR code, address and room code until the reveal."""
    room.resize(1024, 768)
    start_through_dialog(room, monkeypatch)
    room.present()
    wall = room.workshop.walls[-1]
    assert wall.card.isVisible() and wall.card.code.text() == "Room code 123 456"
    assert wall.card.geometry().right() <= room.presentation.width()
    assert wall.panel.geometry() == room.presentation.rect()  # the matrix hidden: the room rates blind
    room.workshop.reveal()
    assert not wall.card.isVisible() and not wall.panel.isVisible()
    room.presentation.close()


def test_the_qr_code_keeps_its_quiet_zone():
    """The code is drawn with four light modules on every side, as scanners need."""
    modules = qr_modules(f"http://192.0.2.7:8765/j/{TOKEN}")
    assert len(modules) == len(modules[0]) >= 21 + 2 * QUIET_ZONE
    edge = modules[:QUIET_ZONE] + modules[-QUIET_ZONE:] + [row[:QUIET_ZONE] + row[-QUIET_ZONE:] for row in modules]
    assert not any(any(row) for row in edge) and any(any(row) for row in modules)


def test_rating_sheets_go_out_per_participant_and_come_back_as_votes(room, monkeypatch, tmp_path):
    """A sheet per name is written; filled-in sheets come back as votes, a bad cell reported, no undo step."""
    import openpyxl
    from ui.workshop import sheets
    plan = room.document.plan
    assert room.workshop.start(Round("paper", "On paper", dt.date.today(), [i.id for i in plan.initiatives[:3]],
                                     ["benefit"], anonymous=False), host="") is None
    round_ = plan.rounds[-1]
    assert sheets.write_sheets(room.workshop, round_, ["Anna", "Ben"], tmp_path) == 2
    paths = [tmp_path / name for name in ("rating-sheet-01-Anna.xlsx", "rating-sheet-02-Ben.xlsx")]
    for path, cells in zip(paths, ({"D7": 4, "D8": 2}, {"D7": 5, "D8": "banana"})):
        book = openpyxl.load_workbook(path)
        for ref, value in cells.items():
            book.active[ref] = value
        book.save(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    taken, problems = sheets.read_sheets(room.workshop, round_, paths)
    assert taken == 2 and len(problems) == 1 and problems[0].startswith("rating-sheet-02-Ben.xlsx: ")
    assert shown == problems
    assert sorted((round_.participant_label(v.participant), v.value) for v in round_.votes) == [
        ("Anna", 2), ("Anna", 4), ("Ben", 5)]
    assert room.undo_stack.count() == 1
    again, problems = sheets.read_sheets(room.workshop, round_, paths[:1])  # the same sheet twice
    assert again == 0 and problems == ["rating-sheet-01-Anna.xlsx: this sheet's ratings were taken already"]
    assert len(round_.votes) == 3


def serve_through_dialog(window, monkeypatch, port=8123):
    from ui.workshop.serve_dialog import ServeDialog

    def fill(dialog):
        dialog.interface.setCurrentIndex(0)
        dialog.port.setValue(port)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ServeDialog, "exec", fill)
    window.workshop.actions["serve"].trigger()


def test_a_collecting_round_opened_from_a_file_can_be_served_to_phones_again(room, monkeypatch, tmp_path):
    """Opened from a file, the round is not served; Serve to phones puts it on the network, then is not offered."""
    round_ = start_through_dialog(room, monkeypatch)
    room.files.save_to(tmp_path / "p.bep")
    room.files.new_plan()
    assert room.files.open_path(tmp_path / "p.bep")
    workshop = room.workshop
    assert workshop.server is None and "not on the network" in workshop.panel.state.text()
    assert workshop.actions["serve"].isEnabled() and workshop.panel.buttons["serve"].isEnabled()
    serve_through_dialog(room, monkeypatch)
    server = FakeServer.made[-1]
    assert server.running and server.round_id == round_.id and server.port == 8123
    assert workshop.join() is not None and not workshop.panel.card.isHidden()
    assert "not on the network" not in workshop.panel.state.text()
    assert not workshop.actions["serve"].isEnabled()
    assert QSettings().value("workshop/port", type=int) == 8123
    workshop.reveal()
    assert not workshop.actions["serve"].isEnabled()  # a revealed round takes no ratings


def test_a_round_restored_from_the_recovery_copy_can_be_served_to_phones(new_window, monkeypatch, qtbot, tmp_path):
    """After a crash and the recovery copy taken back, the same action serves the round with its votes."""
    first = new_window()
    first.open_sample()
    first.files.save_to(tmp_path / "p.bep")
    first.workshop.server_factory = FakeServer
    round_ = start_through_dialog(first, monkeypatch)
    first.undo_stack.setClean()
    send_from_server_thread(FakeServer.made[-1], [vote("p1", "webcare", 2)], [Participant("p1")])
    qtbot.waitUntil(lambda: first.files.recovery_path is not None)
    first.files.lock.release()
    monkeypatch.setattr(recovery, "process_is_running", lambda pid: pid != os.getpid())

    second = new_window()
    second.workshop.server_factory = FakeServer
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    second.files.offer_recovery()
    assert second.workshop.server is None and second.workshop.actions["serve"].isEnabled()
    serve_through_dialog(second, monkeypatch, port=0)
    assert second.workshop.server is FakeServer.made[-1] and FakeServer.made[-1].round_id == round_.id
    assert [v.value for v in second.document.plan.rounds[0].votes] == [2]
