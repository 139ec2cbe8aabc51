"""Write a plan as a TaskJuggler 3 project, to time ``tj3`` on the same scheduling problem.

``python benchmarks/tj3_project.py PLAN.bep OUT.tjp [--report]``. Initiative ids are used as
task ids as they are, so they must be TaskJuggler ids (letters, digits, _), as generated ones are.

The mapping follows planner.scheduling: calendar days (``duration Nd``, so weekends count),
a 0-day initiative is a ``milestone``, a dependency is finish-to-start with
``gapduration Nd`` for its lag, and ``ignore`` initiatives and dependencies touching them are
left out. Two things tj3 cannot say directly:

* A fixed start is a "not before" date in our scheduler. tj3 rejects a task whose own
  ``start`` comes before the end of a task it depends on, so each fixed start becomes a helper
  milestone at that date (``nb_<id>``) that the task depends on.
* tj3 has no negative gaps, so negative lags are written as 0. With any negative lag the tj3
  dates can be later than ours; ``clamp_negative_lags`` makes a plan both agree on.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import subprocess
from pathlib import Path

from planner.model import Plan
from planner.scheduling import schedule


def project_end(plan: Plan) -> dt.date:
    """A project end tj3 cannot run past: our finish plus every day clamping can add, plus slack."""
    clamped = sum(-d.lag_days for d in plan.dependencies if d.lag_days < 0)
    finish = schedule(plan).finish or plan.start
    return finish + dt.timedelta(days=clamped + 30)


def tj3_text(plan: Plan, report_csv: str | None = None) -> str:
    """Return the .tjp text for ``plan``; with ``report_csv``, add a CSV report of task dates."""
    active = {item.id: item for item in plan.initiatives if item.decision != "ignore"}
    predecessors: dict[str, list[str]] = {n: [] for n in active}
    for d in plan.dependencies:
        if d.from_ in active and d.to in active:
            # Negative lags cannot be expressed in tj3: clamped to 0 (see the module docstring).
            gap = f" {{ gapduration {d.lag_days}d }}" if d.lag_days > 0 else ""
            predecessors[d.to].append(f"{d.from_}{gap}")

    lines = [f'project bep "{_quoted(plan.title)}" {plan.start} - {project_end(plan)} {{',
             '  timezone "UTC"', "}"]
    for n, item in active.items():
        if item.fixed_start and item.start is not None:
            not_before = max(item.start, plan.start)
            lines.append(f'task nb_{n} "not before" {{ start {not_before} milestone }}')
            predecessors[n].append(f"nb_{n}")
        length = f"duration {item.duration_days}d" if item.duration_days else "milestone"
        depends = f" depends {', '.join(predecessors[n])}" if predecessors[n] else ""
        lines.append(f'task {n} "{_quoted(item.title)}" {{ {length}{depends} }}')
    if report_csv:
        lines.append(f'taskreport dates "{report_csv}" {{ formats csv columns id, start, end '
                     'timeformat "%Y-%m-%d" hideresource 1 }')
    return "\n".join(lines) + "\n"


def _quoted(text: str) -> str:
    return text.replace("\\", "/").replace('"', "'")


def clamp_negative_lags(plan: Plan) -> Plan:
    """Set negative lags to 0 in place, so our schedule and tj3's should agree exactly."""
    for d in plan.dependencies:
        d.lag_days = max(d.lag_days, 0)
    return plan


def tj3_dates(plan: Plan, folder: Path) -> dict[str, tuple[dt.date, dt.date]]:
    """Schedule ``plan`` with tj3 in ``folder``; return id -> (start, exclusive end) per task."""
    (folder / "dates.tjp").write_text(tj3_text(plan, "dates"), encoding="utf-8")
    subprocess.run(["tj3", "--silent", "--no-color", "dates.tjp"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)
    with open(folder / "dates.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    return {row["Id"]: (dt.date.fromisoformat(row["Start"]), dt.date.fromisoformat(row["End"]))
            for row in rows}


def main() -> None:
    from planner.formats.plan_file import load

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", metavar="PLAN.bep")
    parser.add_argument("out", metavar="OUT.tjp")
    parser.add_argument("--report", action="store_true",
                        help="add a CSV report of task dates (tj3 writes dates.csv where it runs)")
    args = parser.parse_args()
    text = tj3_text(load(args.plan), "dates" if args.report else None)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{args.out}: written")


if __name__ == "__main__":
    main()
