"""``benefit-planner-cli``: everything the core can do, without a window.

Exit status 0 on success, 1 when an input is bad (one line on stderr,
``error: FILE: place: what``), 2 for wrong usage. No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from planner import __version__
from planner.errors import PlanError, PlanFileError

MAX_WARNINGS = 5  # a plan with hundreds of parked dependencies should not flood the terminal
SCHEDULE_COLUMNS = ("id", "title", "decision", "earliest_start", "earliest_finish",
                    "latest_start", "latest_finish", "slack_days", "critical")


class InputError(Exception):
    """A bad input, already phrased for the user as ``FILE: problem``."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="benefit-planner-cli",
        description="Plan initiatives by benefit and effort, and lay them in time.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="write a new plan file")
    new.add_argument("out", metavar="OUT.bep")
    new.add_argument("--sample", action="store_true", help="start from the bundled sample plan")
    new.add_argument("--title", help="the plan's title")
    new.add_argument("--force", action="store_true", help="replace OUT if it exists")

    validate = commands.add_parser("validate", help="check a plan file and report its first problem")
    validate.add_argument("plan", metavar="PLAN")

    sched = commands.add_parser("schedule", help="print each initiative's earliest and latest dates")
    sched.add_argument("plan", metavar="PLAN")
    sched.add_argument("--csv", action="store_true", help="write CSV instead of a table")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # exits 2 on wrong usage
    try:
        return {"new": _new, "validate": _validate, "schedule": _schedule}[args.command](args)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


def _load(path: str):
    from planner.plan_file import load
    try:
        return load(path)
    except PlanFileError as e:
        raise InputError(f"{path}: {e}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror or e})") from None


def _new(args) -> int:
    from planner.model import Plan
    from planner.plan_file import save
    from planner.samples import sample_plan

    out = Path(args.out)
    if out.exists() and not args.force:
        raise InputError(f"{out}: the file exists already; add --force to replace it")
    plan = sample_plan() if args.sample else Plan()
    if args.title is not None:
        plan.title = args.title
    try:
        save(plan, out)
    except OSError as e:
        raise InputError(f"{out}: cannot write the file ({e.strerror or e})") from None
    print(f"{out}: wrote “{plan.title}” with {len(plan.initiatives)} initiatives")
    return 0


def _validate(args) -> int:
    plan = _load(args.plan)
    _scheduled(plan, args.plan)
    print(f"{args.plan}: valid plan, {len(plan.initiatives)} initiatives, "
          f"{len(plan.dependencies)} dependencies")
    return 0


def _scheduled(plan, path):
    from planner.scheduling import schedule
    try:
        result = schedule(plan)
    except PlanError as e:
        raise InputError(f"{path}: {e}") from None
    shown = result.warnings[:MAX_WARNINGS]
    for warning in shown:
        print(f"warning: {path}: {warning}", file=sys.stderr)
    if len(result.warnings) > len(shown):
        print(f"warning: {path}: … and {len(result.warnings) - len(shown)} more like these",
              file=sys.stderr)
    return result


def _schedule(args) -> int:
    plan = _load(args.plan)
    result = _scheduled(plan, args.plan)
    rows = []
    for item in plan.initiatives:
        s = result.items.get(item.id)
        if s is not None:
            rows.append((s.earliest_start, item.id, item.title, item.decision, s))
    rows.sort(key=lambda row: row[0])
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(SCHEDULE_COLUMNS)
        for _, iid, title, decision, s in rows:
            writer.writerow((iid, title, decision, s.earliest_start, s.earliest_finish,
                             s.latest_start, s.latest_finish, s.slack_days,
                             "yes" if s.critical else "no"))
        return 0
    width = max((len(title) for _, _, title, _, _ in rows), default=5)
    width = min(max(width, 10), 40)
    print(f"{'title':<{width}}  {'start':<10}  {'finish':<10}  {'slack':>5}  critical")
    for _, _, title, _, s in rows:
        short = title if len(title) <= width else title[:width - 1] + "…"
        print(f"{short:<{width}}  {s.earliest_start}  {s.earliest_finish}  {s.slack_days:>5}  "
              f"{'yes' if s.critical else ''}")
    if result.finish:
        print(f"\n{len(rows)} scheduled, plan finishes {result.finish}")
    return 0
