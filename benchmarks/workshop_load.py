"""Load on the workshop server: a room of phones rating at once while the window's event loop runs.

The real ``WorkshopServer`` serves a round of ``--initiatives`` initiatives and all three criteria
on 127.0.0.1. A separate process (so its work does not count against the server) runs
``--participants`` simulated phones with aiohttp: each joins, reads the round, rates every
initiative on every criterion (a few "don't know"), then replays its last request, which must be
refused. Meanwhile this process runs the real main window (offscreen, the matrix shown) that
started the round as Workshop > Start round does: the votes reach it through its queued signal,
go into the plan with AddVotes, into the recovery copy at most once a second and into the round
panel at most five times a second; a 10 ms timer measures how late its event loop gets to it.
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
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TICK = 0.010  # the lateness probe's interval
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


def timed(record: list, action):
    """``action`` wrapped so each call's wall and CPU time on the calling thread go to ``record``."""
    def run(*args, **kwargs):
        begin, cpu = time.perf_counter(), time.thread_time()
        try:
            return action(*args, **kwargs)
        finally:
            record.append((time.perf_counter() - begin, time.thread_time() - cpu))
    return run


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

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    scratch = tempfile.TemporaryDirectory()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's own settings
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, scratch.name)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load = os.getloadavg()[0]  # other work on the machine shares its cores with this measurement
    plan, round_ = workshop_plan(args.initiatives)
    window = MainWindow(Path(scratch.name), autosave=False)
    window.resize(1366, 768)
    window.show()
    window.set_plan(plan, None)
    window.show_view("matrix")
    for _ in range(3):  # let the window settle before the clock starts
        app.processEvents()
    writes, redraws = [], []
    files, panel = window.files, window.workshop.panel
    files.write_recovery_copy = (lambda: None) if args.no_recovery else timed(writes, files.write_recovery_copy)
    panel.show_round = timed(redraws, panel.show_round)
    problem = window.workshop.start(round_, "127.0.0.1", 0)  # as Workshop > Start round does
    if problem:
        sys.exit(problem)
    server, round_ = window.workshop.server, plan.rounds[-1]
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
        loop, watch = QEventLoop(), QTimer(interval=50)  # app.quit() would ask the window to close
        watch.timeout.connect(lambda: phones.poll() is not None and loop.quit())
        clock.start()
        probe.start()
        watch.start()
        begin, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
        loop.exec()
        probe.stop()
        loop_wall = time.perf_counter() - begin
        if phones.returncode != 0:
            window.close_without_asking(remember_layout=False)
            sys.exit(f"the simulated phones failed ({phones.returncode})")
        result = json.loads(out.read_text())
    drain = time.perf_counter()
    sent = result["sent"]
    while len(round_.votes) < len(sent) and time.perf_counter() - drain < 10:
        app.processEvents()  # votes still queued for the window
    drained = time.perf_counter() - drain
    kept = list(round_.votes)
    window.close_without_asking(remember_layout=False)
    scratch.cleanup()

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
    for name, times in (("recovery copy writes", writes), ("round panel redraws", redraws)):
        wall, cpu = max(times, default=(0, 0))
        row(name, f"{len(times)}")
        row("  slowest, on the event loop", f"{wall * 1000:.0f} ms", f"{cpu * 1000:.0f} ms CPU")
    row("votes still queued at the end", f"{drained * 1000:.0f} ms to apply")


if __name__ == "__main__":
    main()
