"""Votes coming into the window: from the server's thread in batches, from blind entry and sheets.

Every vote is applied to the plan (never as an undo step: undoing the facilitator's last step must
not take back a participant's vote) and reaches the recovery copy at once, then at most once a
second, so a crash mid-round loses none.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from planner.errors import PlanError

RECOVERY_MS = 1000  # votes reach the recovery copy at once, then at most once a second


class VoteIntake(QObject):
    """Takes a facilitator's incoming votes into the plan and its recovery copy."""

    arrived = Signal()  # from the server thread: votes wait in the queue

    def __init__(self, facilitator):
        super().__init__(facilitator)
        self.facilitator = facilitator
        self._arriving: list[tuple[str, tuple, tuple]] = []  # from the server thread, not yet taken
        self._arriving_lock = threading.Lock()
        self.arrived.connect(self._take_waiting, Qt.ConnectionType.QueuedConnection)
        self._recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_MS)
        self._recovery_timer.timeout.connect(self._recovery_due)
        self._recovery_pending = False

    def from_server(self, round_id, votes, participants) -> None:
        # On the server's thread: queue the votes and wake the GUI thread once for all that wait,
        # so a room rating at full speed costs the window one step per batch, not one per vote.
        with self._arriving_lock:
            wake = not self._arriving
            self._arriving.append((round_id, tuple(votes), tuple(participants)))
        if wake:
            self.arrived.emit()

    def _take_waiting(self) -> None:
        from planner.round_edits import AddVotes
        with self._arriving_lock:
            batch, self._arriving = self._arriving, []
        rounds: dict[str, list] = {}
        for round_id, votes, participants in batch:  # in arrival order: a participant before their votes
            rounds.setdefault(round_id, []).append((votes, participants))
        for round_id, parts in rounds.items():
            whole = AddVotes(round_id, tuple(v for votes, _ in parts for v in votes),
                             tuple(p for _, joined in parts for p in joined))
            if not self.take(whole, from_phones=True, quiet=True):
                # One vote the plan refuses must not cost the others theirs: take them one by one.
                for votes, participants in parts:
                    self.take(AddVotes(round_id, votes, participants), from_phones=True)

    def take(self, edit, from_phones: bool = False, quiet: bool = False) -> bool:
        """Apply votes (never an undo step), mark the plan changed and keep them in the recovery copy;
        False, after saying why unless ``quiet``, when the plan refuses them."""
        f = self.facilitator
        try:
            f.document.apply(edit)
        except PlanError as e:
            if not quiet:
                f.window.show_refusal(self.tr("A vote could not be taken: {reason}").format(reason=e))
            return False
        if not from_phones and f.server is not None and f.server_round == edit.round_id:
            # Participants added on the laptop (blind entry, sheets): the server must not give their ids out.
            from planner.round_edits import find_round
            f.server.update(find_round(f.document.plan, edit.round_id))
        f.undo_stack.resetClean()  # unsaved until saved, even if the facilitator undoes every step
        self._write_recovery_soon()
        return True

    def _write_recovery_soon(self) -> None:
        if self._recovery_timer.isActive():
            self._recovery_pending = True
            return
        self.facilitator.window.files.write_recovery_copy()
        self._recovery_timer.start()

    def flush(self) -> None:
        """Write the recovery copy now if votes wait for it, and wait until it is written (the window closes)."""
        self._recovery_due()
        self.facilitator.window.files.finish_recovery_copy()

    def _recovery_due(self) -> None:
        if self._recovery_pending:
            self._recovery_pending = False
            self.facilitator.window.files.write_recovery_copy()
            self._recovery_timer.start()
