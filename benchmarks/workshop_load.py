"""Load on the workshop server: a room of phones rating at once while the window's event loop runs.

The real ``WorkshopServer`` serves a round of ``--initiatives`` initiatives and all three criteria
on 127.0.0.1. A separate process (so its work does not count against the server) runs
``--participants`` simulated phones with aiohttp: each joins, reads the round, rates every
initiative on every criterion (a few "don't know"), then replays its last request, which must be
refused. Meanwhile this process runs a Qt event loop (offscreen) where the votes arrive through a
queued signal and are applied to a Document with AddVotes, as the window does, and a 10 ms timer
measures how late the loop gets to it.
Targets: no vote lost or duplicated; p99 response time <= 200 ms; event loop never late > 50 ms.
Usage: python benchmarks/workshop_load.py [--participants 200] [--initiatives 30] [--ramp 0]
       [--think 0] [--no-recovery]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK = 0.010  # the lateness probe's interval
RECOVERY_MS = 1000  # the window writes the recovery copy at most once a second while votes arrive
REFRESH_MS = 200  # and redraws the round's progress at most five times a second
CRITERIA = ["benefit", "technical_effort", "organisational_effort"]


# ------------------------------------------------------------------ the phones (client process)

async def phone(k: int, short: str, token: str, ramp: float, think: float, out: dict) -> None:
    """One participant: join, read the round, rate everything once, replay the last request."""
    import aiohttp

    rng = random.Random(k)
    await asyncio.sleep(ramp * k / max(1, out["participants"]))
    api = f"{short}/api/{token}"
    async with aiohttp.ClientSession() as session:
        async def call(method: str, path: str, body=None, headers=None, kind: str = "rate"):
            begin = time.perf_counter()
            async with session.request(method, api + path, json=body, headers=headers) as answer:
                data = await answer.json(content_type=None)
                out["times"].setdefault(kind, []).append(time.perf_counter() - begin)
                if answer.status != (409 if kind == "replay" else 200):
                    out["errors"].setdefault(f"{kind} {answer.status}", 0)
                    out["errors"][f"{kind} {answer.status}"] += 1
                return answer.status, data

        status, joined = await call("POST", "/join", {"name": f"Phone {k}"}, kind="join")
        if status != 200:
            return
        me = {"X-Participant": joined["secret"]}
        status, round_ = await call("GET", "/round", headers=me, kind="round")
        if status != 200:
            return
        scale = round_["scale"]
        steps = round((scale["max"] - scale["min"]) / scale["step"])
        values = [scale["min"] + i * scale["step"] for i in range(steps + 1)]
        pairs = [(item["id"], c["key"]) for item in round_["initiatives"] for c in round_["criteria"]]
        rng.shuffle(pairs)  # phones rate in their own order
        body = None
        for item, criterion in pairs:
            value = None if rng.random() < 0.05 else rng.choice(values)
            body = {"initiative": item, "criterion": criterion, "value": value,
                    "request": uuid.uuid4().hex}
            status, _ = await call("POST", "/rate", body, headers=me)
            if status == 200:
                out["sent"].append([joined["participant"], item, criterion, value])
            if think:
                await asyncio.sleep(rng.uniform(0, 2 * think))
        if body is not None:  # a phone on a bad network sends its last request again
            status, _ = await call("POST", "/rate", body, headers=me, kind="replay")
            out["replays_refused"] += status == 409


async def room(args) -> dict:
    out = {"participants": args.participants, "times": {}, "errors": {}, "sent": [],
           "replays_refused": 0}
    begin = time.perf_counter()
    await asyncio.gather(*(phone(k, args.short, args.token, args.ramp, args.think, out)
                           for k in range(1, args.participants + 1)))
    out["wall"] = time.perf_counter() - begin
    return out


def run_phones(args) -> None:
    out = asyncio.run(room(args))
    Path(args.out).write_text(json.dumps(out))


# ------------------------------------------------------------------ the window (this process)

def workshop_plan(n: int):
    from generate_plan import synthetic_plan

    from planner.model import Round

    plan = synthetic_plan(n)
    round_ = Round("r1", "Load test", dt.date(2025, 1, 6), [item.id for item in plan.initiatives],
                   list(CRITERIA), anonymous=False)
    return plan, round_


def vote_inbox(document, folder: Path | None):
    """Votes from the server thread to the Document on the Qt thread, as the window takes them.

    The window's marshalling in its minimal form: one queued signal per accepted vote, applied
    with AddVotes off the undo stack, the recovery copy written at once, then at most once a
    second while votes keep coming (never without a ``folder``), and the round's progress counted
    at most five times a second.
    """
    from PySide6.QtCore import QObject, Qt, QTimer, Signal

    from planner import recovery
    from planner.round_edits import AddVotes
    from planner.round_results import progress

    class VoteInbox(QObject):
        arrived = Signal(str, object, object)

        def __init__(self):
            super().__init__()
            self.applied, self.writes, self.counts, self.pending = 0, [], [], False
            self.arrived.connect(self.apply, Qt.ConnectionType.QueuedConnection)
            self.recovery_timer = QTimer(self, singleShot=True, interval=RECOVERY_MS)
            self.recovery_timer.timeout.connect(self.recovery_due)
            self.refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
            self.refresh_timer.timeout.connect(self.count)

        def deliver(self, round_id, votes, participants) -> None:  # on the server's thread
            self.arrived.emit(round_id, tuple(votes), tuple(participants))

        def apply(self, round_id, votes, participants) -> None:
            document.apply(AddVotes(round_id, votes, participants))
            self.applied += len(votes)
            if not self.refresh_timer.isActive():
                self.refresh_timer.start()
            if folder is None:
                return
            if self.recovery_timer.isActive():
                self.pending = True
            else:
                self.write_recovery()

        def recovery_due(self) -> None:
            if self.pending:
                self.pending = False
                self.write_recovery()

        def count(self) -> None:
            begin, cpu = time.perf_counter(), time.thread_time()
            progress(document.plan.rounds[0])
            self.counts.append((time.perf_counter() - begin, time.thread_time() - cpu))

        def write_recovery(self) -> None:
            begin, cpu = time.perf_counter(), time.thread_time()
            recovery.write_recovery(folder, document.plan, None, path=folder / "recovery.bep")
            self.writes.append((time.perf_counter() - begin, time.thread_time() - cpu))
            self.recovery_timer.start()

    return VoteInbox()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else 0.0


def row(name: str, value: str, target: str = "", met: bool | None = None) -> None:
    verdict = "" if met is None else ("ok" if met else "MISSED")
    print(f"{name:<34}{value:>12}   {target:<14}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--initiatives", type=int, default=30)
    parser.add_argument("--ramp", type=float, default=0.0, help="seconds over which the phones join")
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds between two ratings")
    parser.add_argument("--no-recovery", action="store_true",
                        help="leave out the recovery copy, to see what it costs the event loop")
    parser.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--short", help=argparse.SUPPRESS)
    parser.add_argument("--token", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        run_phones(args)
        return

    from PySide6.QtCore import QElapsedTimer, QTimer, Qt
    from PySide6.QtWidgets import QApplication

    from planner.document import Document
    from planner.round_edits import AddRound
    from planner.workshop.server import WorkshopServer

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load = os.getloadavg()[0]  # other work on the machine shares its cores with this measurement
    plan, round_ = workshop_plan(args.initiatives)
    document = Document(plan)
    document.apply(AddRound(round_))
    scratch = tempfile.TemporaryDirectory()
    inbox = vote_inbox(document, None if args.no_recovery else Path(scratch.name))
    server = WorkshopServer(plan, round_.id, host="127.0.0.1", port=0, on_votes=inbox.deliver)
    server.start()
    token = server.address.rsplit("/", 1)[1]

    clock, late = QElapsedTimer(), []
    probe = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=round(TICK * 1000))

    def tick() -> None:
        late.append(max(0, clock.nsecsElapsed() / 1e9 - TICK))
        clock.restart()
    probe.timeout.connect(tick)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "phones.json"
        command = [sys.executable, __file__, "--client", "--short", server.short_address,
                   f"--token={token}", "--out", str(out), "--participants", str(args.participants),
                   "--ramp", str(args.ramp), "--think", str(args.think)]  # a token may start with "-"
        phones = subprocess.Popen(command)
        watch = QTimer(interval=50)
        watch.timeout.connect(lambda: phones.poll() is not None and app.quit())
        clock.start()
        probe.start()
        watch.start()
        begin, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
        app.exec()
        probe.stop()
        loop_wall = time.perf_counter() - begin
        if phones.returncode != 0:
            server.stop()
            sys.exit(f"the simulated phones failed ({phones.returncode})")
        result = json.loads(out.read_text())
    drain = time.perf_counter()
    sent = result["sent"]
    while inbox.applied < len(sent) and time.perf_counter() - drain < 10:
        app.processEvents()  # votes still queued for the window
    drained = time.perf_counter() - drain
    server.stop()
    inbox.recovery_due()
    scratch.cleanup()

    kept = plan.rounds[0].votes
    sent_keys = {(p, i, c): v for p, i, c, v in sent}
    kept_keys = {(v.participant, v.initiative, v.criterion) for v in kept}
    lost = sum(1 for key, value in sent_keys.items() if key not in kept_keys)
    duplicated = len(kept) - len(kept_keys)
    wrong = sum(1 for v in kept if sent_keys.get((v.participant, v.initiative, v.criterion), -1) != v.value)
    used = resource.getrusage(resource.RUSAGE_SELF)
    server_cpu = used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    rates = result["times"].get("rate", [])
    every = [t for times in result["times"].values() for t in times]

    print(f"Workshop load: {args.participants} phones x {args.initiatives} initiatives x "
          f"{len(CRITERIA)} criteria against 127.0.0.1, ramp {args.ramp:g} s, think {args.think:g} s, "
          f"{os.cpu_count()} cores, load average {load:.1f} before")
    row("phones done in", f"{result['wall']:.1f} s")
    row("votes sent (200 OK)", f"{len(sent)}")
    row("votes in the plan", f"{len(kept)}", f"= {len(sent)}", len(kept) == len(sent))
    row("  lost", f"{lost}", "0", lost == 0)
    row("  duplicated", f"{duplicated}", "0", duplicated == 0)
    row("  with another value", f"{wrong}", "0", wrong == 0)
    row("replays refused (409)", f"{result['replays_refused']}", f"= {args.participants}",
        result["replays_refused"] == args.participants)
    row("errors", json.dumps(result["errors"]) if result["errors"] else "none")
    row("rate throughput", f"{len(rates) / result['wall']:.0f} /s")
    for p in (50, 95, 99):
        met = None if p != 99 else percentile(rates, 99) <= 0.200
        row(f"rate response p{p}", f"{percentile(rates, p) * 1000:.0f} ms", "<= 200 ms" if p == 99 else "", met)
    row("any request p99 (join, round, rate)", f"{percentile(every, 99) * 1000:.0f} ms")
    row("slowest request", f"{max(every) * 1000:.0f} ms")
    worst = max(late) if late else 0.0
    requests = sum(len(times) for times in result["times"].values())
    row("CPU, server and window", f"{server_cpu:.1f} s", f"{server_cpu / requests * 1e6:.0f} us/request")
    row("CPU, simulated phones", f"{children.ru_utime + children.ru_stime:.1f} s")
    row("event loop lateness, worst", f"{worst * 1000:.0f} ms", "<= 50 ms", worst <= 0.050)
    row("event loop lateness, p99", f"{percentile(late, 99) * 1000:.1f} ms")
    row("timer ticks", f"{len(late)}", f"~{loop_wall / TICK:.0f}")
    for name, times in (("recovery copy writes", inbox.writes), ("progress counts", inbox.counts)):
        wall, cpu = max(times, default=(0, 0))
        row(name, f"{len(times)}")
        row("  slowest, on the event loop", f"{wall * 1000:.0f} ms", f"{cpu * 1000:.0f} ms CPU")
    row("votes still queued at the end", f"{drained * 1000:.0f} ms to apply")


if __name__ == "__main__":
    main()
