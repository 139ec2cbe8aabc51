"""``benefit-planner-cli``: everything the core can do, without a window.

The desktop package adds one command, ``render`` (ui/cli.py), to this parser and owns the
installed console script; ``python -m planner`` runs the core's commands alone.

Exit status 0 on success, 1 when an input is bad (one line on stderr,
``error: FILE: place: what``), 2 for wrong usage. No traceback reaches the user.
``check`` exits 3 when a finding is an error.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from planner import __version__
from planner.errors import PlanError, PlanFileError
from planner.workshop import command as workshop_command

MAX_WARNINGS = 5  # a plan with hundreds of parked dependencies should not flood the terminal
MAX_IMPORT_PROBLEMS = 20  # enough to fix a sheet's pattern of mistakes, not a screenful per row
SCHEDULE_COLUMNS = ("id", "title", "decision", "earliest_start", "earliest_finish",
                    "latest_start", "latest_finish", "slack_days", "critical")
EXPORT_UNITS = ("week", "month", "quarter")  # the roadmap columns `export` can write


class InputError(Exception):
    """A bad input, already phrased for the user as ``FILE: problem``."""


def parser_and_commands() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """Return the parser and its subcommands, for the desktop package to add ``render`` to."""
    parser = argparse.ArgumentParser(
        prog="benefit-planner-cli",
        description="Plan initiatives by benefit and effort, and lay them in time.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="write a new plan file")
    new.add_argument("out", metavar="OUT.bep", nargs="?")
    new.add_argument("--sample", action="store_true", help="start from the bundled sample plan")
    new.add_argument("--template", metavar="KEY", help="start from a framework's template plan")
    new.add_argument("--lang", dest="template_lang", choices=("nl", "en"),
                     help="the template's language (default: from LANG)")
    new.add_argument("--list-templates", action="store_true", help="list the template plans and stop")
    new.set_defaults(usage_error=new.error, check_usage=_check_new)
    new.add_argument("--title", help="the plan's title")
    new.add_argument("--force", action="store_true", help="replace OUT if it exists")

    validate = commands.add_parser("validate", help="check a plan file and report its first problem")
    validate.add_argument("plan", metavar="PLAN")

    sched = commands.add_parser("schedule", help="print each initiative's earliest and latest dates")
    sched.add_argument("plan", metavar="PLAN")
    sched.add_argument("--csv", action="store_true", help="write CSV instead of a table")

    imp = commands.add_parser(
        "import", help="make a plan from an Excel workbook (.xlsx) or CSV file",
        description="Make a plan from a spreadsheet whose first row names the columns (English or Dutch: "
                    "title, benefit, technical effort, organisational effort, decision, lane, start, "
                    "duration, predecessors …). Every bad row is reported; nothing is written unless "
                    "all rows are good or --skip-bad-rows is given.")
    imp.add_argument("source", metavar="IN", help="the .xlsx or .csv file to read")
    imp.add_argument("-o", "--output", required=True, metavar="PLAN.bep", help="the plan file to write")
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help="import the good rows and report the bad ones as warnings")
    imp.add_argument("--force", action="store_true", help="replace PLAN.bep if it exists")
    imp.add_argument("--title", help="the plan's title (default: the workbook's plan title, else the file's name)")

    export = commands.add_parser(
        "export", help="write a plan to an Excel workbook (.xlsx) with live formulas, a chart and a roadmap")
    export.set_defaults(usage_error=export.error, check_usage=_check_export)
    export.add_argument("plan", metavar="PLAN")
    export.add_argument("-o", "--output", required=True, metavar="OUT.xlsx", help="the workbook to write")
    export.add_argument("--scale", choices=EXPORT_UNITS, default="month",
                        help="the roadmap's columns: one per week, month or quarter (default: %(default)s)")
    export.add_argument("--from", dest="first", type=parse_date, metavar="DATE",
                        help="the roadmap's first day, YYYY-MM-DD (default: from just before the plan starts)")
    export.add_argument("--to", dest="last", type=parse_date, metavar="DATE",
                        help="the roadmap's last day, YYYY-MM-DD (default: until after the plan ends)")
    check = commands.add_parser(
        "check", help="check a plan's health against the strategy framework and its pitfalls",
        description="Check a plan against the strategy framework: objectives with KPIs and baselines, "
                    "listening and content, owners, readiness, quick wins before big bets, and the "
                    "effort of keeping launched initiatives running. Prints one line per finding "
                    "(SEVERITY: RULE: message (items)) and a summary. Exit status 0 when no finding "
                    "is an error, 3 when any is, 1 when the plan cannot be read or scheduled.")
    check.add_argument("plan", metavar="PLAN")
    from planner.round_commands import add_parsers as add_round_parsers
    add_round_parsers(commands)  # rounds, rating-sheets, import-ratings
    workshop_command.add_parser(commands)
    return parser, commands


def parse_date(text: str) -> dt.date:
    """Return the date in ``YYYY-MM-DD``; argparse turns the error into a usage message."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text}: use a date as YYYY-MM-DD, e.g. 2027-03-01") from None


def _check_new(args) -> None:
    """Ask for OUT unless only the templates are listed, and for one starting point (exit 2)."""
    if args.out is None and not args.list_templates:
        args.usage_error("the following arguments are required: OUT.bep")
    if args.sample and args.template:
        args.usage_error("choose --sample or --template, not both")


def _check_export(args) -> None:
    """Refuse an output that is not .xlsx and a --from after --to (exit 2)."""
    if Path(args.output).suffix.lower() != ".xlsx":
        from planner.rules import one_line
        args.usage_error(f"{one_line(args.output)}: the workbook's name must end in .xlsx")
    if args.first and args.last and args.last < args.first:
        args.usage_error(f"--from {args.first} is after --to {args.last}")


def main(argv: list[str] | None = None) -> int:
    """Run the core's commands (``python -m planner``)."""
    return run(parser_and_commands()[0].parse_args(argv), COMMANDS)  # exits 2 on wrong usage


def run(args, commands: dict) -> int:
    """Run the parsed command with the function ``commands`` names; return the exit status."""
    check_usage = getattr(args, "check_usage", None)
    if check_usage is not None:
        check_usage(args)
    try:
        return commands[args.command](args)
    except InputError as e:
        from planner.rules import one_line
        # A file name may hold a newline or a terminal's control sequence: the line stays one line.
        print(f"error: {one_line(e)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        _silence_stdout()
        sys.stderr.close()
        return 0
    except OSError as e:  # printing failed: standard output is a file on a full disk, say
        if e.filename is not None:
            raise  # a file the command forgot to turn into an InputError: a bug, let it show
        _silence_stdout()
        print(f"error: standard output: cannot write ({e.strerror or e})", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point standard output at nothing, so the exit's flush cannot fail a second time."""
    import os
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    except KeyboardInterrupt:
        return 130


def load_plan(path: str):
    """Return the plan in the file at ``path``, or raise InputError saying what is wrong with it."""
    from planner.formats.plan_file import load
    try:
        return load(path)
    except PlanFileError as e:
        raise InputError(f"{path}: {e}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror or e})") from None


def _new(args) -> int:
    from planner.model import Plan
    from planner.formats.plan_file import save
    from planner.rules import writable_problem
    from planner.samples import sample_name, sample_plan
    from planner import templates

    language = args.template_lang or templates.default_language()
    if args.list_templates:
        for t in templates.templates(language):
            print(f"{t.key}\t{t.title}: {t.description}")
        return 0
    out = Path(args.out)
    if out.exists() and not args.force:
        raise InputError(f"{out}: the file exists already; add --force to replace it")
    if args.title is not None and (problem := writable_problem(args.title)) is not None:
        raise InputError(f"--title: {problem}")  # bytes the terminal's encoding could not decode
    try:
        plan = (templates.template_plan(args.template, language) if args.template
                else sample_plan(sample_name(language)) if args.sample else Plan())
    except templates.UnknownTemplateError as e:
        raise InputError(f"--template: {e.args[0]}") from None
    if args.title is not None:
        plan.title = args.title
    try:
        save(plan, out)
    except OSError as e:
        raise InputError(f"{out}: cannot write the file ({e.strerror or e})") from None
    print(f"{out}: wrote “{plan.title}” with {len(plan.initiatives)} initiatives")
    return 0


def _validate(args) -> int:
    plan = load_plan(args.plan)
    _scheduled(plan, args.plan)
    print(f"{args.plan}: valid plan, {len(plan.initiatives)} initiatives, "
          f"{len(plan.dependencies)} dependencies")
    return 0


def _scheduled(plan, path):
    from planner.rules import one_line
    from planner.scheduling import schedule
    try:
        result = schedule(plan)
    except PlanError as e:
        raise InputError(f"{path}: {e}") from None
    shown = result.warnings[:MAX_WARNINGS]
    for warning in shown:
        print(f"warning: {one_line(path)}: {warning}", file=sys.stderr)
    if len(result.warnings) > len(shown):
        print(f"warning: {one_line(path)}: … and {len(result.warnings) - len(shown)} more like these",
              file=sys.stderr)
    return result


def _schedule(args) -> int:
    plan = load_plan(args.plan)
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
            writer.writerow((_inert(iid), _inert(title), decision, s.earliest_start, s.earliest_finish,
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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula


def _inert(text: str) -> str:
    """Return ``text`` so a spreadsheet opening the CSV shows it as text, never runs it as a formula."""
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    # The writer quotes a field holding its line ending, "\n", but not a lone carriage return,
    # which would then end the row early for a reader.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _import(args) -> int:
    from planner.formats.plan_file import save
    from planner.formats.plan_import import PlanImportError, import_plan
    from planner.rules import one_line, writable_problem

    out = Path(args.output)
    if out.exists() and not args.force:
        raise InputError(f"{out}: the file exists already; add --force to replace it")
    if args.title is not None and not args.title.strip():
        raise InputError("--title: a plan needs a title")
    if args.title is not None and (problem := writable_problem(args.title)) is not None:
        raise InputError(f"--title: {problem}")
    try:
        plan, report = import_plan(args.source, skip_bad_rows=args.skip_bad_rows, title=args.title)
    except PlanImportError as e:
        for line in _summarised(e.problems):
            print(f"error: {one_line(args.source)}: {line}", file=sys.stderr)
        return 1
    for line in _summarised(report.problems):
        print(f"warning: {one_line(args.source)}: {line}", file=sys.stderr)
    try:
        save(plan, out)
    except OSError as e:
        raise InputError(f"{out}: cannot write the file ({e.strerror or e})") from None
    summary = f"imported {len(plan.initiatives)} initiatives, {len(plan.dependencies)} dependencies"
    if plan.objectives or plan.audiences:
        summary += f", {len(plan.objectives)} objectives, {len(plan.audiences)} audiences"
    if report.ignored_columns:
        summary += f"; ignored columns: {', '.join(report.ignored_columns)}"
    if report.problems:
        summary += f"; left out {report.rows_read - report.rows_imported} bad rows"
    print(summary)
    return 0


def _summarised(lines, limit: int = MAX_IMPORT_PROBLEMS) -> list[str]:
    """Return the first ``limit`` lines, then one saying how many more there are."""
    lines = list(lines)
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [f"… and {len(lines) - limit} more"]


def _export(args) -> int:
    # openpyxl loads here, only for this command.
    from planner.formats.xlsx_export import write_xlsx

    plan = load_plan(args.plan)
    result = _scheduled(plan, args.plan)
    try:
        write_xlsx(plan, args.output, result, unit=args.scale, first=args.first, last=args.last)
    except PlanError as e:
        raise InputError(f"{args.output}: {e}") from None
    except OSError as e:
        raise InputError(f"{args.output}: cannot write the file ({e.strerror or e})") from None
    print(f"{args.output}: wrote “{plan.title}” with {len(plan.initiatives)} initiatives")
    return 0


CHECK_ERROR_STATUS = 3  # `check` found an error-severity finding: the plan cannot work as drawn


def _check(args) -> int:
    from planner.health import plan_health

    plan = load_plan(args.plan)
    findings = plan_health(plan, _scheduled(plan, args.plan))
    for f in findings:
        items = f" ({', '.join(f.items)})" if f.items else ""
        print(f"{f.severity}: {f.rule}: {f.message}{items}")
    counts = [(severity, sum(f.severity == severity for f in findings)) for severity in ("error", "warning", "info")]
    if findings:
        parts = ", ".join(f"{n} {severity}{'s' if n != 1 else ''}" for severity, n in counts if n)
        print(f"{args.plan}: {len(findings)} finding{'s' if len(findings) != 1 else ''} ({parts})")
    else:
        print(f"{args.plan}: no findings, the plan passes every check")
    return CHECK_ERROR_STATUS if counts[0][1] else 0


# command name -> the function running it and returning the exit status
COMMANDS = {"new": _new, "validate": _validate, "schedule": _schedule, "import": _import,
            "export": _export, "check": _check, "workshop": workshop_command.run}
from planner.round_commands import COMMANDS as _ROUND_COMMANDS  # noqa: E402 - it imports this module's helpers late
COMMANDS.update(_ROUND_COMMANDS)
