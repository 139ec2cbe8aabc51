"""``benefit-planner-cli workshop PLAN --round NAME``: a round's participant server without a window.

Votes are applied to the plan as they arrive (``AddVotes``) and the plan file is saved at most
every SAVE_EVERY seconds while they do (less often when a save itself takes long), and once more
on stopping, so a crash loses at most the last moments. Ctrl+C (SIGINT) and SIGTERM stop it cleanly.
Typing ``reveal`` or ``close`` (and Enter) takes that step: the plan is saved so, and the phones are
told for the server's grace period before it stops, as in the window.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from collections import deque
from pathlib import Path

from planner.language import _
from planner.prose import severity, system_problem
from planner.rules import one_line

SAVE_EVERY = 0.5  # seconds: a room of 200 voting at once costs a save every half second, not 200
DEFAULT_PORT = 8765


def add_parser(commands) -> None:
    workshop = commands.add_parser(
        "workshop", help=_("run a workshop round's participant server, saving votes into the plan"),
        description=_("Serve a round's participant page on this computer's network: participants open the "
                      "address (or type the short address and the room code) on their phones and rate. "
                      "Votes are saved into PLAN as they arrive. Type reveal or close and Enter to take "
                      "that step (phones are told); Ctrl+C stops serving with the round still collecting."))
    workshop.add_argument("plan", metavar="PLAN")
    workshop.add_argument("--round", required=True, metavar="NAME", help=_("the round's name (or id)"))
    workshop.add_argument("--host", default="0.0.0.0",
                          help=_("the address to serve on (default: every interface, %(default)s)"))
    workshop.add_argument("--port", type=_port, default=DEFAULT_PORT,
                          help=_("the port (default: %(default)s; 0: any free one)"))
    workshop.add_argument("--new", action="store_true",
                          help=_("start the round if the plan has none by that name: all initiatives, "
                                 "all three criteria"))
    workshop.add_argument("--anonymous", action="store_true", help=_("with --new: an anonymous round"))


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(_("{text}: a port is a number from 0 to 65535").format(text=text))
    return int(text)


def run(args) -> int:
    from planner import lock_file
    from planner.cli import InputError, load_plan
    from planner.errors import PlanError
    from planner.workshop.server import GRACE, WorkshopServer

    plan = load_plan(args.plan)
    try:
        lock = lock_file.acquire(args.plan)
    except PlanError as e:
        raise InputError(_("{path}: {problem}; close it there to run the workshop from here").format(
            path=args.plan, problem=e)) from None
    with lock:
        round_, created = _round(plan, args)
        saver = VoteSaver(plan, Path(args.plan))
        if created:
            saver.save_now(report=InputError)
        server = WorkshopServer(plan, round_.id, args.host, args.port, on_votes=saver.take)
        try:
            server.start()
        except OSError as e:
            raise InputError(str(e)) from None
        stop = threading.Event()
        previous = {s: signal.signal(s, lambda *_args: stop.set()) for s in (signal.SIGINT, signal.SIGTERM)}
        steps: list[str] = []
        threading.Thread(target=_read_steps, args=(steps, stop), name="workshop-steps", daemon=True).start()
        try:
            print((_("round ‘{name}’ is collecting (started now)") if created else
                   _("round ‘{name}’ is collecting")).format(name=round_.name))
            print(_("address: {address}").format(address=server.address))
            print(_("short address: {address}").format(address=server.short_address))
            print(_("room code: {code}").format(code=server.room_code))
            print(_("votes are saved into {path} as they arrive; type reveal or close and Enter to end "
                    "the round, or press Ctrl+C to stop serving").format(path=args.plan), flush=True)
            while not stop.wait(0.5):  # a timeout, so the signal handler gets to run
                pass
            if steps:
                state = _end_round(server, saver, round_, steps[0])
                print(_("round ‘{name}’ is {state}, saved; phones are told for {seconds} seconds, "
                        "then the server stops (Ctrl+C stops it now)").format(
                    name=round_.name, state=state_word(state), seconds=f"{GRACE:g}"), flush=True)
                stop.clear()
                end = time.monotonic() + GRACE
                while not stop.wait(0.5) and time.monotonic() < end:
                    pass
        finally:
            server.stop()
            saver.close()
            for s, handler in previous.items():
                signal.signal(s, handler)
        print(_("stopped: {count} votes taken, saved into {path}").format(count=saver.votes, path=args.plan))
    return 0


def state_word(state: str) -> str:
    from planner.round_commands import state_word as word
    return word(state)


# The words typed at the terminal stay English (like the command names); the Dutch words work too.
STEPS = {"reveal": "revealed", "close": "closed", "onthullen": "revealed", "sluiten": "closed"}


def _read_steps(steps: list, stop: threading.Event) -> None:
    """Read the facilitator's steps from the terminal (none when standard input is closed)."""
    for line in sys.stdin:
        word = line.strip().casefold()
        if word in STEPS:
            steps.append(word)
            stop.set()
            return
        if word:
            print(_("type reveal or close and Enter, or press Ctrl+C to stop serving"), flush=True)


def _end_round(server, saver, round_, step: str) -> str:
    """Reveal or close the round: phones are refused and told first, then the votes taken before it and
    the step itself are applied, in that order, on the saving thread, and saved."""
    from dataclasses import replace

    from planner.round_edits import SetRoundState
    state = STEPS[step]  # a Dutch step word takes the same step
    server.retire(replace(round_, state=state, revote=[]))
    server.settle()
    saver.take_edit(SetRoundState(round_.id, state))
    saver.flush()
    return state


def _round(plan, args):
    """The round to run and whether it was started now; InputError when there is none to run."""
    from planner.cli import InputError
    from planner.round_commands import new_round

    found = [r for r in plan.rounds if r.id == args.round] or [r for r in plan.rounds if r.name == args.round]
    if not found:
        if not args.new:
            raise InputError(_("{path}: the plan has no round ‘{name}’; start it in the planner "
                               "or add --new to start one on all initiatives").format(path=args.plan, name=args.round))
        try:
            return new_round(plan, args.round, args.anonymous), True
        except InputError as e:
            raise InputError(f"{args.plan}: {e}") from None
    round_ = found[-1]
    if round_.state != "collecting":
        raise InputError(_("{path}: round ‘{name}’ is {state}, not collecting votes; "
                           "re-open it in the planner or with rounds --reopen first").format(
            path=args.plan, name=round_.name, state=state_word(round_.state)))
    return round_, False


class VoteSaver:
    """Takes arriving votes from the server's thread and, on its own thread, applies them to the
    plan and saves it: the server never waits for a save, and the plan has one thread touching it."""

    def __init__(self, plan, path: Path, every: float = SAVE_EVERY):
        self.plan, self.path, self.every = plan, path, every
        self.votes = 0
        self._arrived: deque = deque()  # appends and pops are atomic: no lock between the threads
        self._unsaved = False
        self._flushed: list[threading.Event] = []  # flush() callers waiting for the next save
        self._wanted = threading.Event()
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._run, name="workshop-saver", daemon=True)
        self._thread.start()

    def take(self, round_id, votes, participants) -> None:
        """The server's on_votes: queue the votes for the saving thread."""
        self._arrived.append((round_id, votes, participants))
        self._wanted.set()

    def take_edit(self, edit) -> None:
        """Queue an edit of the round (a reveal), applied after the votes queued before it."""
        self._arrived.append(edit)
        self._wanted.set()

    def flush(self) -> None:
        """Return once everything queued until now is applied and saved."""
        done = threading.Event()
        self._arrived.append(done)
        self._wanted.set()
        done.wait()

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            if self._closing.is_set():
                return
            self._wanted.clear()
            started = time.monotonic()
            self.save_now()
            # Coalesce: votes arriving meanwhile wait for the next save. A plan whose save takes
            # long (thousands of votes) is saved less often, so saving never takes most of the time.
            self._closing.wait(max(self.every, 2 * (time.monotonic() - started)))

    def _apply(self) -> None:
        from planner.errors import PlanError
        from planner.round_edits import AddVotes
        while self._arrived:
            item = self._arrived.popleft()
            if isinstance(item, threading.Event):
                self._flushed.append(item)
                continue
            if not isinstance(item, tuple):  # a step of the round
                item.apply(self.plan)
                self._unsaved = True
                continue
            round_id, votes, participants = item
            try:
                AddVotes(round_id, votes, participants).apply(self.plan)
            except PlanError as e:  # the server checked it; only a bug gets here
                print(one_line(severity("warning") + " " + _("a vote was not taken: {problem}").format(problem=e)),
                      file=sys.stderr, flush=True)
                continue
            self.votes += len(votes)
            self._unsaved = True

    def save_now(self, report=None) -> None:
        """Apply the votes waiting and save the plan if anything changed (always when ``report`` is given,
        which is then the exception class a failed save raises)."""
        from planner.formats.plan_file import dumps, write_atomically
        self._apply()
        if not self._unsaved and report is None:
            self._release()
            return
        try:
            write_atomically(self.path, dumps(self.plan).encode("utf-8"), keep_backup=True)
        except OSError as e:
            message = _("{path}: cannot save the votes ({problem})").format(path=self.path, problem=system_problem(e))
            if report is not None:
                raise report(message) from None
            print(one_line(severity("warning") + " " + _("{message}; trying again with the next vote").format(message=message)),
                  file=sys.stderr, flush=True)

            self._release()
            return
        self._unsaved = False
        self._release()

    def _release(self) -> None:
        while self._flushed:
            self._flushed.pop().set()

    def close(self) -> None:
        """Stop the saving thread and save whatever it has not saved yet (call after the server stopped)."""
        self._closing.set()
        self._wanted.set()
        self._thread.join()
        self.save_now()
