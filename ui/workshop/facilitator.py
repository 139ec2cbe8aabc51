"""The Workshop menu and what it runs: rounds started, served to the room's phones, revealed, accepted.

The participant server (planner.workshop.server) runs on its own thread and never touches the
plan: each vote it accepts comes back here through a queued signal and is applied on the GUI
thread with ``AddVotes``, off the undo stack (undoing the facilitator's last step must never take
back a participant's vote), and written into the recovery copy at once, at most once a second,
so a crash mid-round loses none. The server runs only while the shown round collects.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu

from planner.edits import ChangeKind
from planner.errors import PlanError
from ui.messages import sentence
from ui.undo_commands import push_edit
from ui.workshop.round_panel import RoundPanel
from ui.workshop.vote_intake import VoteIntake

REFRESH_MS = 200    # the panel redraws at most five times a second however fast votes come
POLL_MS = 1000      # how often the panel asks the server how many phones have joined


def server_class():
    """The participant server, imported when a round is first served (aiohttp is not light)."""
    from planner.workshop.server import WorkshopServer
    return WorkshopServer


class Facilitator(QObject):
    """Owns the Workshop menu, the round panel, the participant server and the wall's join cards."""

    def __init__(self, window, view_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.document, self.undo_stack = window.document, window.undo_stack
        self.round_id: str | None = None
        self.server = None
        self._retiring = None  # a revealed round's server, still telling the phones (server.GRACE)
        self.server_factory = None  # None: the real WorkshopServer; tests give a stand-in
        self.host, self.port = "", 0
        self._addresses: dict[str, tuple[str, str]] = {}  # round id -> the token and room code it was served with
        self.wants_network = False
        self._synced = None
        self.walls = []
        self.intake = VoteIntake(self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._joined = 0
        self._poll = QTimer(self, interval=POLL_MS)  # a phone that joins without rating yet is counted too
        self._poll.timeout.connect(self._joined_changed)
        self._build_actions()
        self._build_menu(view_menu)
        self.document.subscribe(after=self._document_changed)
        QCoreApplication.instance().aboutToQuit.connect(self.shutdown)
        self.refresh()

    # ------------------------------------------------------------ building

    def _action(self, name: str, text: str, slot, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shortcut})")
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        from ui.workshop import serve_dialog, sheets
        self.actions = a = {
            "start": self._action("start", self.tr("&Start round…"), self.start_dialog, "Ctrl+Shift+R",
                                  self.tr("Let the room rate, blind, from their phones or on this laptop")),
            "serve": self._action("serve", self.tr("Serve to &phones…"), lambda: serve_dialog.serve(self),
                                  "Ctrl+Alt+P", self.tr("Let the room rate this collecting round from their phones again")),
            "reveal": self._action("reveal", self.tr("Re&veal"), self.reveal, "F6",
                                   self.tr("Stop collecting and show where the room agrees")),
            "revote": self._action("revote", self.tr("Re-&open selected for a re-vote"), self.revote_selected,
                                   "Shift+F6", self.tr("Collect the selected initiatives' ratings again")),
            "close": self._action("close", self.tr("&Close round"), self.close_round, "Ctrl+Shift+F6",
                                  self.tr("End the round; it stays in the plan as its history")),
            "accept_selected": self._action("accept_selected", self.tr("&Accept the room's ratings for the selected"),
                                            lambda: self.accept_room(selected=True), "Ctrl+Shift+A",
                                            self.tr("Write the room's medians into the selected initiatives' ratings")),
            "accept_all": self._action("accept_all", self.tr("Accept the room's ratings for a&ll"),
                                       lambda: self.accept_room(selected=False), "Ctrl+Alt+A",
                                       self.tr("Write the room's medians into every rated initiative")),
            "blind": self._action("blind", self.tr("&Blind entry (pass the laptop)…"), self.blind_entry,
                                  "Ctrl+Shift+B", self.tr("One participant after another rates on this laptop, "
                                                          "the others' ratings hidden")),
            "export_sheets": self._action("export_sheets", self.tr("Rating s&heets…"), lambda: sheets.export(self),
                                          "Ctrl+Alt+E", self.tr("A workbook per participant, with drop-downs")),
            "import_sheets": self._action("import_sheets", self.tr("&Import rating sheets…"),
                                          lambda: sheets.import_(self), "Ctrl+Alt+I",
                                          self.tr("Take the votes in filled-in rating sheets")),
        }
        self.accept_menu = QMenu()
        self.accept_menu.addActions([a["accept_selected"], a["accept_all"]])
        self.accept_button = QAction(self.tr("&Accept…"), self)
        self.accept_button.setObjectName("accept")
        self.accept_button.setMenu(self.accept_menu)
        self.accept_button.setToolTip(self.tr("Write the room's medians into the plan's ratings: one undo step"))

    def _build_menu(self, view_menu: QMenu) -> None:
        a = self.actions
        menu = self.menu = self.window.menuBar().addMenu(self.tr("&Workshop"))
        menu.addActions([a["start"], a["serve"]])
        menu.addSeparator()
        menu.addActions([a["reveal"], a["revote"], a["close"]])
        menu.addSeparator()
        menu.addActions([a["accept_selected"], a["accept_all"]])
        menu.addSeparator()
        menu.addActions([a["blind"], a["export_sheets"], a["import_sheets"]])
        self.panel = RoundPanel([(a["reveal"], self.tr("Reveal")), (a["revote"], self.tr("Re-vote selected")),
                                 (a["close"], self.tr("Close round")), (self.accept_button, self.tr("Accept")),
                                 (a["blind"], self.tr("Blind entry…")), (a["serve"], self.tr("Serve to phones…")),
                                 (a["start"], self.tr("New round…")),
                                 (a["export_sheets"], self.tr("Rating sheets…")),
                                 (a["import_sheets"], self.tr("Import sheets…"))])
        self.panel.round_chosen.connect(self.choose)
        self.dock = QDockWidget(self.tr("Workshop round"), self.window)
        self.dock.setObjectName("workshop")
        self.dock.setWidget(self.panel)
        self.dock.toggleViewAction().setText(self.tr("&Workshop round"))
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.window.tabifyDockWidget(self.window.details_dock, self.dock)
        self.window.details_dock.raise_()
        self.dock.hide()
        view_menu.addAction(self.dock.toggleViewAction())
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())

    # ------------------------------------------------------------ the round shown

    def current(self):
        """The round the panel shows: the one chosen, else the plan's latest; None without rounds."""
        rounds = self.document.plan.rounds
        for round_ in rounds:
            if round_.id == self.round_id:
                return round_
        return rounds[-1] if rounds else None

    def choose(self, round_id: str) -> None:
        self.round_id = round_id
        self._sync()
        self.refresh()

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def join(self) -> tuple[str, str, str] | None:
        """(address, short address, room code) while the room can join; else None."""
        if self.server is None:
            return None
        return self.server.address, self.server.short_address, self.server.room_code

    def refresh(self) -> None:
        """Show the current round in the panel and the actions it allows."""
        self._refresh_timer.stop()
        round_ = self.current()
        state = round_.state if round_ is not None else None
        self._joined = self._phones()
        self.panel.show_round(self.document.plan, round_, self.join(), self._joined)
        a = self.actions
        a["reveal"].setEnabled(state == "collecting")
        a["serve"].setEnabled(state == "collecting" and self.server is None)
        a["revote"].setEnabled(state == "revealed")
        a["close"].setEnabled(state in ("collecting", "revealed"))
        for name in ("accept_selected", "accept_all"):
            a[name].setEnabled(state in ("revealed", "closed"))
        self.accept_button.setEnabled(state in ("revealed", "closed"))
        for name in ("blind", "export_sheets", "import_sheets"):
            a[name].setEnabled(state == "collecting")

    def _document_changed(self, change) -> None:
        if change.kind is ChangeKind.RESET:
            self._stop_server()
            self.round_id, self.wants_network, self._synced = None, False, None
        if change.touches_rounds:
            self._sync()
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _sync(self) -> None:
        """Serve the current round while it collects; show it on the matrix while revealed."""
        round_ = self.current()
        key = None if round_ is None else (round_.id, round_.state, tuple(round_.revote))
        if key == self._synced:
            return
        self._synced = key
        if round_ is not None and round_.state != "collecting" and self.server is not None \
                and self.server_round == round_.id:
            self._retire_server(round_)
        elif round_ is None or round_.state != "collecting":
            self._stop_server()
        elif self.server is not None and self.server_round == round_.id:
            self.server.update(round_)
        elif self.wants_network:
            self._stop_server()
            problem = self._serve(round_)
            if problem:
                self.window.show_refusal(problem)
        self._show_on_matrix()
        self._show_on_walls()
        self.refresh()  # the steps a state allows change at once; progress may wait for the timer

    # ------------------------------------------------------------ the server

    def _serve(self, round_) -> str | None:
        """Start serving ``round_``; return the one-sentence reason when it cannot be."""
        factory = self.server_factory or server_class()
        token, code = self._addresses.get(round_.id, (None, None))
        server = factory(self.document.plan, round_.id, host=self.host, port=self.port,
                         on_votes=self.intake.from_server, token=token, code=code)
        try:
            server.start()
        except OSError as e:  # its sentence is the strerror; str() would lead with "[Errno 98]"
            return sentence(e.strerror or str(e) or "the workshop server could not start")
        self.server, self.server_round = server, round_.id
        # A re-vote keeps the address, the token and the room code: phones already there stay there.
        self.port = urlsplit(server.short_address).port or self.port
        self._addresses[round_.id] = (urlsplit(server.address).path.rsplit("/", 1)[-1], server.room_code)
        self._poll.start()
        return None

    def _phones(self) -> int:
        """How many have joined from their phones, votes or not (the plan hears of them with a first vote)."""
        return self.server.status()["participants"] if self.server is not None else 0

    def _joined_changed(self) -> None:
        if self._phones() != self._joined:
            self.refresh()

    def _stop_server(self) -> None:
        self._poll.stop()
        server, self.server = self.server, None
        retiring, self._retiring = self._retiring, None
        for gone in (server, retiring):
            if gone is not None:
                gone.stop()
        if server is not None:
            self._show_on_walls()

    def _retire_server(self, round_) -> None:
        """Tell the phones of the reveal or close and stop serving once they had time to see it;
        the join card goes at once. A re-vote or quit meanwhile stops it sooner (the same port)."""
        self._poll.stop()
        server, self.server = self.server, None
        if self._retiring is not None:
            self._retiring.stop()
        self._retiring = server
        server.retire(round_)
        self._show_on_walls()

    def take_votes(self, edit, from_phones: bool = False, quiet: bool = False) -> bool:
        """Apply votes (never an undo step); see VoteIntake.take."""
        return self.intake.take(edit, from_phones, quiet)

    def shutdown(self) -> None:
        """Stop serving: the window closes or the app quits."""
        self._stop_server()
        self.intake.flush()

    # ------------------------------------------------------------ the facilitator's steps

    def _push(self, edit) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit)
        except PlanError as e:
            self.window.show_refusal(str(e))
            return False
        return True

    def start_dialog(self) -> None:
        from ui.workshop.start_dialog import StartRoundDialog
        window = self.window
        shown = [window.model.id_at(window.proxy.mapToSource(window.proxy.index(row, 0)).row())
                 for row in range(window.proxy.rowCount())]
        dialog = StartRoundDialog(self.document.plan, shown, window.table.selected_ids(), window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.remember()
        problem = self.start(dialog.round(), dialog.host(), dialog.port.value())
        if problem:  # the panel says the round goes on by blind entry and rating sheets
            window.show_error(self.tr("The room cannot join from their phones"), problem)

    def start(self, round_, host: str, port: int = 0) -> str | None:
        """Add ``round_`` (one undo step) and serve it on ``host`` unless empty; the reason it is not served, if any."""
        self._stop_server()
        self.host, self.port, self.wants_network = host, port, False
        from planner.round_edits import AddRound
        if not self._push(AddRound(round_)):
            return None
        self.round_id = round_.id
        problem = self._serve(round_) if host else None
        self.wants_network = bool(host) and problem is None
        self._synced = None
        self._sync()
        self.refresh()
        self.show_panel()
        return problem

    def serve(self, host: str, port: int) -> str | None:
        """Serve the shown collecting round on ``host``:``port`` (a plan opened from a file, or restored,
        is not served until asked); the reason it is not served, if any."""
        round_ = self.current()
        if round_ is None or round_.state != "collecting":
            return None
        self._stop_server()
        self.host, self.port = host, port
        problem = self._serve(round_)
        self.wants_network = problem is None
        self._synced = None
        self._sync()
        return problem

    def reveal(self) -> None:
        round_ = self.current()
        if round_ is not None and round_.state == "collecting":
            self.window.show_view("matrix")  # the matrix is made now, so it hears of the reveal
            self._set_state(round_.id, "revealed")

    def close_round(self) -> None:
        round_ = self.current()
        if round_ is not None and round_.state != "closed":
            self._set_state(round_.id, "closed")

    def _set_state(self, round_id: str, state: str, revote: tuple[str, ...] = ()) -> None:
        # The rounds' edits are imported when a facilitator first takes a step, not at start-up.
        from planner.round_edits import SetRoundState
        self._push(SetRoundState(round_id, state, revote))

    def _selected_in(self, round_) -> list[str]:
        chosen = set(self.window.table.selected_ids())
        return [item for item in round_.initiatives if item in chosen]

    def revote_selected(self) -> None:
        round_ = self.current()
        if round_ is None:
            return
        ids = self._selected_in(round_)
        if not ids:
            self.window.show_refusal(self.tr("Select the initiatives to rate again, in the table or on the matrix."))
            return
        self._set_state(round_.id, "collecting", tuple(ids))

    def accept_room(self, selected: bool) -> None:
        """Write the room's medians into the ratings of the selected initiatives (or all): one undo step."""
        from planner.round_edits import accept
        from planner.round_results import consensus
        round_ = self.current()
        if round_ is None:
            return
        values = consensus(round_, self.document.plan.scale)
        if selected:
            ids = self._selected_in(round_)
            if not ids:
                self.window.show_refusal(self.tr("Select the initiatives whose ratings to accept."))
                return
            values = {item: values[item] for item in ids if item in values}
        try:
            edit = accept(self.document.plan, round_.id, values, dt.datetime.now(dt.timezone.utc))
        except PlanError as e:
            self.window.show_refusal(str(e))
            return
        self._push(edit)

    def blind_entry(self) -> None:
        from ui.workshop.blind_entry import BlindEntryDialog
        round_ = self.current()
        if round_ is not None and round_.state == "collecting":
            BlindEntryDialog(self, round_.id, self.window).exec()

    # ------------------------------------------------------------ the matrix and the wall

    def _show_on_matrix(self) -> None:
        """Show the revealed round on the window's matrix (the wall follows it), or the plan again."""
        round_ = self.current()
        shown = round_.id if round_ is not None and round_.state == "revealed" else None
        targets = [wall.window for wall in self.walls]  # a wall opened before the matrix tab was made
        if self.window.matrix_panel is not None:
            targets.insert(0, self.window.matrix.matrix)
        for target in targets:
            target.show_round(shown)

    def presenting(self, window) -> None:
        """A presentation window opened: it shows how to join while the round collects."""
        from ui.workshop.join_card import WallCard
        wall = WallCard(window)
        self.walls.append(wall)
        window.destroyed.connect(lambda *_: self.walls.remove(wall) if wall in self.walls else None)
        window.closed.connect(lambda: self.walls.remove(wall) if wall in self.walls else None)
        self._show_on_walls()
        self._show_on_matrix()

    def _show_on_walls(self) -> None:
        join = self.join()
        for wall in self.walls:
            if join is None:
                wall.hide()
            else:
                wall.show_join(*join)
