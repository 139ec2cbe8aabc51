"""Time the core on a synthetic plan and compare the CLI with TaskJuggler.

``python benchmarks/run.py [--n 5000]``: every figure is the median of several runs; all files
go to a temporary folder. See README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate_plan import synthetic_plan
from tj3_project import clamp_negative_lags, tj3_dates, tj3_text

from planner.formats.plan_file import dumps, load, save
from planner.scheduling import schedule

RUNS, SLOW_RUNS = 5, 3
CHECK_N = 300  # plan size for comparing tj3's dates with ours
# What the `schedule` command imports (the last two lazily).
SCHEDULE_MODULES = ("planner.cli", "planner.formats.plan_file", "planner.scheduling")
HEAVY = ("networkx", "openpyxl", "PySide6")


def median_time(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def run_quietly(command: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode != 0:
        sys.exit(f"{command[0]} failed ({done.returncode}): {done.stderr.decode()[-500:]}")


def row(name: str, value: str, target: str = "", met: bool | None = None) -> None:
    verdict = "" if met is None else ("ok" if met else "MISSED")
    print(f"{name:<28}{value:>12}   {target:<14}{verdict}")


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("benefit-planner-cli")
    return [str(script)] if script.exists() else [sys.executable, "-m", "planner"]


def import_ms(modules: tuple[str, ...]) -> float:
    """Cumulative import time of ``modules`` (in order) as reported by ``python -X importtime``."""
    def once() -> float:
        command = [sys.executable, "-X", "importtime", "-c", f"import {', '.join(modules)}"]
        err = subprocess.run(command, capture_output=True, text=True, check=True).stderr
        tops = [line.split("|") for line in err.splitlines()]
        return sum(int(t[1]) for t in tops if len(t) == 3 and t[2].rstrip()[1:] in modules) / 1000
    return statistics.median(once() for _ in range(RUNS))


def heavy_modules(plan_path: Path) -> list[str]:
    """The heavy packages in sys.modules after the CLI's schedule command ran in-process."""
    code = ("import contextlib, io, sys\nfrom planner.cli import main\nsink = io.StringIO()\n"
            "with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):\n"
            "    main(['schedule', sys.argv[1], '--csv'])\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(plan_path)],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def tj3_agreement(folder: Path) -> str:
    """How many tj3 task dates equal ours on a small plan with negative lags set to 0."""
    plan = clamp_negative_lags(synthetic_plan(CHECK_N))
    ours = schedule(plan).items
    theirs = tj3_dates(plan, folder)
    same = sum(theirs.get(n) == (s.earliest_start, s.earliest_start + dt.timedelta(
               days=plan.initiative(n).duration_days)) for n, s in ours.items())
    return f"{same}/{len(ours)} tasks have equal start and end dates"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000, help="number of initiatives (default 5000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    tj3 = shutil.which("tj3")

    with tempfile.TemporaryDirectory(prefix="bep-bench-") as tmp:
        folder = Path(tmp)
        plan = synthetic_plan(args.n, args.seed)
        plan_path = folder / "plan.bep"
        save(plan, plan_path)
        print(f"Plan: {len(plan.initiatives)} initiatives, {len(plan.dependencies)} dependencies, "
              f"{plan_path.stat().st_size / 1e6:.1f} MB (seed {args.seed}); "
              f"median of {RUNS} runs, {SLOW_RUNS} for external commands\n")

        t = median_time(lambda: load(plan_path))
        row("load + validate", f"{t:.3f} s", "<= 0.3 s", t <= 0.3)
        t = median_time(lambda: schedule(plan))
        row("schedule", f"{t:.3f} s", "<= 0.1 s", t <= 0.1)
        t = median_time(lambda: save(plan, folder / "saved.bep"))
        row("save (atomic, fsync)", f"{t:.3f} s", "<= 0.2 s", t <= 0.2)
        row("dumps", f"{median_time(lambda: dumps(plan)):.3f} s")

        command = cli_command() + ["schedule", str(plan_path), "--csv"]
        cli = median_time(lambda: run_quietly(command), SLOW_RUNS)
        row("CLI schedule --csv (wall)", f"{cli:.3f} s")
        if tj3:
            (folder / "plan.tjp").write_text(tj3_text(plan), encoding="utf-8")
            command = [tj3, "--silent", "--no-reports", "plan.tjp"]
            t = median_time(lambda: run_quietly(command, folder), SLOW_RUNS)
            row("tj3 (wall)", f"{t:.3f} s")
            row("tj3 / CLI", f"{t / cli:.1f}x", ">= 15x", t / cli >= 15)
        else:
            print("tj3 is not installed: skipping the TaskJuggler comparison")

        print()
        row("import planner.cli", f"{import_ms(('planner.cli',)):.1f} ms")
        row("  + plan_file, scheduling", f"{import_ms(SCHEDULE_MODULES):.1f} ms")
        heavy = " ".join(heavy_modules(plan_path)) or "none"
        print(f"heavy modules after `schedule --csv`: {heavy} (checked: {', '.join(HEAVY)})")
        if tj3:
            agreement = tj3_agreement(folder)
            print(f"tj3 agreement at N = {CHECK_N}, negative lags set to 0: {agreement}")


if __name__ == "__main__":
    main()
