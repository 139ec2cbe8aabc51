"""Time the Excel export of a large plan, and the naive design it replaces.

``python benchmarks/excel_speed.py [--n 5000] [--years 3]``: exports a synthetic plan with a
weekly roadmap over ``years`` years and prints the time (median of several runs) and the peak
memory of the export, then the time openpyxl takes to write the same rows with every period
cell filled in as a value (the roadmap drawn in cells instead of by conditional formatting).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate_plan import synthetic_plan  # noqa: E402

from planner.scheduling import schedule  # noqa: E402
from planner.formats.xlsx_export import write_xlsx  # noqa: E402

RUNS = 3
TARGET_SECONDS, TARGET_MB = 1.5, 200


def export_once(plan, sched, out: Path, first: dt.date, last: dt.date) -> float:
    begin = time.perf_counter()
    write_xlsx(plan, out, sched, unit="week", first=first, last=last)
    return time.perf_counter() - begin


def naive_once(plan, sched, out: Path, first: dt.date, last: dt.date) -> float:
    """Write the roadmap rows with a value in every period cell, in openpyxl's normal mode."""
    from openpyxl import Workbook

    from planner.roadmap_layout import periods

    begin = time.perf_counter()
    weeks = periods("week", first, last)
    wb = Workbook()
    ws = wb.active
    ws.append(["title", "lane", "decision", "start", "finish", "predecessors"] + [p.label for p in weeks])
    for item in plan.initiatives:
        s = sched.items.get(item.id)
        if s is None:
            continue
        cells = ["■" if s.earliest_start < p.end and s.earliest_finish >= p.start else "" for p in weeks]
        ws.append([item.title, item.lane, item.decision, s.earliest_start, s.earliest_finish, ""] + cells)
    wb.save(out)
    return time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--years", type=int, default=3)
    args = parser.parse_args()
    plan = synthetic_plan(args.n)
    sched = schedule(plan)
    first = plan.start
    last = first + dt.timedelta(days=365 * args.years - 1)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "plan.xlsx"
        times = [export_once(plan, sched, out, first, last) for _ in range(RUNS)]
        size = out.stat().st_size
        tracemalloc.start()
        export_once(plan, sched, out, first, last)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        naive = naive_once(plan, sched, Path(folder) / "naive.xlsx", first, last)
        naive_size = (Path(folder) / "naive.xlsx").stat().st_size
    export = statistics.median(times)
    print(f"{args.n} initiatives, {len(plan.dependencies)} dependencies, weekly roadmap over {args.years} years")
    print(f"export (median of {RUNS})   {export:7.2f} s   target <= {TARGET_SECONDS} s   "
          f"{'ok' if export <= TARGET_SECONDS else 'MISSED'}")
    print(f"export peak memory        {peak:7.1f} MB  target <= {TARGET_MB} MB  "
          f"{'ok' if peak <= TARGET_MB else 'MISSED'}  (tracemalloc: Python allocations)")
    print(f"export file size          {size / 2**20:7.2f} MB")
    print(f"naive: every period cell  {naive:7.2f} s   ({naive_size / 2**20:.2f} MB file)")
    sys.exit(0)


if __name__ == "__main__":
    main()
