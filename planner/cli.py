"""``benefit-planner-cli``: everything the core can do, without a window.

The desktop package adds one command, ``render`` (ui/cli.py), to this parser and owns the
installed console script; ``python -m planner`` runs the core's commands alone.

Exit status 0 on success, 1 when an input is bad (one line on stderr,
``error: FILE: place: what``), 2 for wrong usage. No traceback reaches the user.
``check`` exits 3 when a finding is an error. Scripts go by the exit status: the
"error:"/"warning:" prefix of a line speaks the language, "fout:"/"waarschuwing:" in Dutch.

``--lang nl|en``, before or after the command (default: the environment's language), is applied
before the parser is built, so its help, every message and every error speak that language.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from planner import __version__, language, prose, usage_words
from planner.errors import PlanError, PlanFileError
from planner.language import _, ngettext
from planner.prose import severity, system_problem
from planner.workshop import command as workshop_command

MAX_WARNINGS = 5  # a plan with hundreds of parked dependencies should not flood the terminal
MAX_IMPORT_PROBLEMS = 20  # enough to fix a sheet's pattern of mistakes, not a screenful per row
SCHEDULE_COLUMNS = ("id", "title", "decision", "earliest_start", "earliest_finish",
                    "latest_start", "latest_finish", "slack_days", "critical")
EXPORT_UNITS = ("week", "month", "quarter")  # the roadmap columns `export` can write


class InputError(Exception):
    """A bad input, already phrased for the user as ``FILE: problem``."""


def _lang_help() -> str:
    return _("the language to speak: nl or en (default: from LANG, LC_ALL, LC_MESSAGES or LANGUAGE)")


class _CommandParser(argparse.ArgumentParser):
    """A command's parser: it takes ``--lang`` after the command as well as before it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # SUPPRESS: left out after the command, the value given before it (or None) stays.
        self.add_argument("--lang", choices=language.LANGUAGES, default=argparse.SUPPRESS, help=_lang_help())


def language_asked(argv: list[str]) -> str | None:
    """Return the value of ``--lang`` in ``argv``, wherever it stands, or None."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def speak(argv: list[str]) -> None:
    """Speak the language ``argv`` asks for, else the environment's, before anything is printed.

    A language the app lacks is left to argparse to refuse, in the environment's language.
    """
    asked = language_asked(argv)
    language.use(asked if asked in language.LANGUAGES else language.from_environment())
    usage_words.install()


def parser_and_commands() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    """Return the parser and its subcommands, for the desktop package to add ``render`` to.

    Its help is made in the language in use: call ``speak`` first.
    """
    parser = argparse.ArgumentParser(
        prog="benefit-planner-cli",
        description=_("Plan initiatives by benefit and effort, and lay them in time."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show the program's version number and exit"))
    parser.add_argument("--lang", choices=language.LANGUAGES, help=_lang_help())
    commands = parser.add_subparsers(dest="command", required=True, metavar=_("COMMAND"),
                                     parser_class=_CommandParser)

    new = commands.add_parser("new", help=_("write a new plan file"))
    new.add_argument("out", metavar="OUT.bep", nargs="?")
    new.add_argument("--sample", action="store_true", help=_("start from the bundled sample plan"))
    new.add_argument("--template", metavar="KEY",
                     help=_("start from a framework's template plan, in the language --lang chooses"))
    new.add_argument("--list-templates", action="store_true",
                     help=_("list the template plans in the language --lang chooses, and stop"))
    new.set_defaults(usage_error=new.error, check_usage=_check_new)
    new.add_argument("--title", help=_("the plan's title"))
    new.add_argument("--force", action="store_true", help=_("replace OUT if it exists"))

    validate = commands.add_parser("validate", help=_("check a plan file and report its first problem"))
    validate.add_argument("plan", metavar="PLAN")

    sched = commands.add_parser("schedule", help=_("print each initiative's earliest and latest dates"))
    sched.add_argument("plan", metavar="PLAN")
    sched.add_argument("--csv", action="store_true", help=_("write CSV instead of a table"))

    imp = commands.add_parser(
        "import", help=_("make a plan from an Excel workbook (.xlsx) or CSV file"),
        description=_("Make a plan from a spreadsheet whose first row names the columns (English or Dutch: "
                      "title, benefit, technical effort, organisational effort, decision, lane, start, "
                      "duration, predecessors …). Every bad row is reported; nothing is written unless "
                      "all rows are good or --skip-bad-rows is given."))
    imp.add_argument("source", metavar="IN", help=_("the .xlsx or .csv file to read"))
    imp.add_argument("-o", "--output", required=True, metavar="PLAN.bep", help=_("the plan file to write"))
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help=_("import the good rows and report the bad ones as warnings"))
    imp.add_argument("--force", action="store_true", help=_("replace PLAN.bep if it exists"))
    imp.add_argument("--title",
                     help=_("the plan's title (default: the workbook's plan title, else the file's name)"))

    export = commands.add_parser(
        "export", help=_("write a plan to an Excel workbook (.xlsx) with live formulas, a chart and a roadmap"))
    export.set_defaults(usage_error=export.error, check_usage=_check_export)
    export.add_argument("plan", metavar="PLAN")
    export.add_argument("-o", "--output", required=True, metavar="OUT.xlsx", help=_("the workbook to write"))
    export.add_argument("--scale", choices=EXPORT_UNITS, default="month",
                        help=_("the roadmap's columns: one per week, month or quarter (default: %(default)s)"))
    export.add_argument("--from", dest="first", type=parse_date, metavar="DATE",
                        help=_("the roadmap's first day, YYYY-MM-DD (default: from just before the plan starts)"))
    export.add_argument("--to", dest="last", type=parse_date, metavar="DATE",
                        help=_("the roadmap's last day, YYYY-MM-DD (default: until after the plan ends)"))
    check = commands.add_parser(
        "check", help=_("check a plan's health against the strategy framework and its pitfalls"),
        description=_("Check a plan against the strategy framework: objectives with KPIs and baselines, "
                      "listening and content, owners, readiness, quick wins before big bets, and the "
                      "effort of keeping launched initiatives running. Prints one line per finding "
                      "(SEVERITY: RULE: message (items)) and a summary. Exit status 0 when no finding "
                      "is an error, 3 when any is, 1 when the plan cannot be read or scheduled."))
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
        raise argparse.ArgumentTypeError(_("{text}: use a date as YYYY-MM-DD, e.g. 2027-03-01").format(
            text=text)) from None


def _check_new(args) -> None:
    """Ask for OUT unless only the templates are listed, and for one starting point (exit 2)."""
    if args.out is None and not args.list_templates:
        args.usage_error(_("the following arguments are required: {names}").format(names="OUT.bep"))
    if args.sample and args.template:
        args.usage_error(_("choose --sample or --template, not both"))


def _check_export(args) -> None:
    """Refuse an output that is not .xlsx and a --from after --to (exit 2)."""
    if Path(args.output).suffix.lower() != ".xlsx":
        from planner.rules import one_line
        args.usage_error(_("{name}: the workbook's name must end in .xlsx").format(name=one_line(args.output)))
    if args.first and args.last and args.last < args.first:
        args.usage_error(_("--from {first} is after --to {last}").format(first=args.first, last=args.last))


def main(argv: list[str] | None = None) -> int:
    """Run the core's commands (``python -m planner``)."""
    argv = sys.argv[1:] if argv is None else argv
    speak(argv)
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
        print(f"{severity('error')} {one_line(e)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. piped into `head`
        _silence_stdout()
        sys.stderr.close()
        return 0
    except OSError as e:  # printing failed: standard output is a file on a full disk, say
        if e.filename is not None:
            raise  # a file the command forgot to turn into an InputError: a bug, let it show
        _silence_stdout()
        print(severity("error") + " " + _("standard output: cannot write ({problem})").format(problem=system_problem(e)),
              file=sys.stderr)
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
        raise InputError(_("{path}: cannot read the file ({problem})").format(
            path=path, problem=system_problem(e))) from None


def _new(args) -> int:
    from planner.model import Plan
    from planner.formats.plan_file import save
    from planner.rules import writable_problem
    from planner.samples import sample_name, sample_plan
    from planner import templates

    template_language = language.current()  # --lang, else the environment's (see speak)
    if args.list_templates:
        for t in templates.templates(template_language):
            print(f"{t.key}\t{t.title}: {t.description}")
        return 0
    out = Path(args.out)
    if out.exists() and not args.force:
        raise InputError(_("{path}: the file exists already; add --force to replace it").format(path=out))
    if args.title is not None and (problem := writable_problem(args.title)) is not None:
        raise InputError(f"--title: {problem}")  # bytes the terminal's encoding could not decode
    try:
        plan = (templates.template_plan(args.template, template_language) if args.template
                else sample_plan(sample_name(template_language)) if args.sample else Plan())
    except templates.UnknownTemplateError as e:
        raise InputError(f"--template: {e.args[0]}") from None
    if args.title is not None:
        plan.title = args.title
    try:
        save(plan, out)
    except OSError as e:
        raise InputError(_cannot_write(out, e)) from None
    print(_wrote(out, plan))
    return 0


def _cannot_write(path, e: OSError) -> str:
    return _("{path}: cannot write the file ({problem})").format(path=path, problem=system_problem(e))


def _wrote(path, plan) -> str:
    # Here and below English prints its plural also for one, as it always has; Dutch has both forms.
    return ngettext("{path}: wrote “{title}” with {count} initiatives",
                    "{path}: wrote “{title}” with {count} initiatives",
                    len(plan.initiatives)).format(path=path, title=plan.title, count=len(plan.initiatives))


def _validate(args) -> int:
    plan = load_plan(args.plan)
    _scheduled(plan, args.plan)
    print(_("{path}: valid plan, {initiatives}, {dependencies}").format(
        path=args.plan, initiatives=_initiatives(len(plan.initiatives)),
        dependencies=_dependencies(len(plan.dependencies))))
    return 0


def _initiatives(n: int) -> str:
    return ngettext("{count} initiatives", "{count} initiatives", n).format(count=n)


def _dependencies(n: int) -> str:
    return ngettext("{count} dependencies", "{count} dependencies", n).format(count=n)


def _scheduled(plan, path):
    from planner.rules import one_line
    from planner.scheduling import schedule
    try:
        result = schedule(plan)
    except PlanError as e:
        raise InputError(f"{path}: {e}") from None
    shown = result.warnings[:MAX_WARNINGS]
    for warning in shown:
        print(f"{severity('warning')} {one_line(path)}: {one_line(warning)}", file=sys.stderr)
    if len(result.warnings) > len(shown):
        print(f"{severity('warning')} {one_line(path)}: " + _("… and {count} more like these").format(
            count=len(result.warnings) - len(shown)), file=sys.stderr)
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
        for _start, iid, title, decision, s in rows:
            writer.writerow((_inert(iid), _inert(title), decision, s.earliest_start, s.earliest_finish,
                             s.latest_start, s.latest_finish, s.slack_days,
                             "yes" if s.critical else "no"))
        return 0
    width = max((len(row[2]) for row in rows), default=5)
    width = min(max(width, 10), 40)
    # Dates as people read them: ISO in English, "4 jan 2027" in Dutch.
    day = max([10, *(len(prose.date(d)) for row in rows for d in (row[4].earliest_start, row[4].earliest_finish))])
    # Headings made outside the f-string, where the catalog's extractor finds them.
    title_head, start_head, finish_head = _("title"), _("start"), _("finish")
    slack_head, critical_head, yes = _("slack"), _("critical"), _("yes")
    slack = max(5, len(slack_head))
    print(f"{title_head:<{width}}  {start_head:<{day}}  {finish_head:<{day}}  {slack_head:>{slack}}  {critical_head}")
    for row in rows:
        title, s = row[2], row[4]
        short = title if len(title) <= width else title[:width - 1] + "…"
        print(f"{short:<{width}}  {prose.date(s.earliest_start):<{day}}  {prose.date(s.earliest_finish):<{day}}  "
              f"{s.slack_days:>{slack}}  {yes if s.critical else ''}")
    if result.finish:
        print("\n" + _("{count} scheduled, plan finishes {date}").format(
            count=len(rows), date=prose.date(result.finish)))
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
        raise InputError(_("{path}: the file exists already; add --force to replace it").format(path=out))
    if args.title is not None and not args.title.strip():
        raise InputError("--title: " + _("a plan needs a title"))
    if args.title is not None and (problem := writable_problem(args.title)) is not None:
        raise InputError(f"--title: {problem}")
    try:
        plan, report = import_plan(args.source, skip_bad_rows=args.skip_bad_rows, title=args.title)
    except PlanImportError as e:
        for line in _summarised(e.problems):
            print(f"{severity('error')} {one_line(args.source)}: {line}", file=sys.stderr)
        return 1
    for line in _summarised(report.problems):
        print(f"{severity('warning')} {one_line(args.source)}: {line}", file=sys.stderr)
    try:
        save(plan, out)
    except OSError as e:
        raise InputError(_cannot_write(out, e)) from None
    summary = _("imported {initiatives}, {dependencies}").format(
        initiatives=_initiatives(len(plan.initiatives)), dependencies=_dependencies(len(plan.dependencies)))
    if plan.objectives or plan.audiences:
        summary += _(", {objectives}, {audiences}").format(
            objectives=ngettext("{count} objectives", "{count} objectives", len(plan.objectives)).format(
                count=len(plan.objectives)),
            audiences=ngettext("{count} audiences", "{count} audiences", len(plan.audiences)).format(
                count=len(plan.audiences)))
    if report.ignored_columns:
        summary += _("; ignored columns: {columns}").format(columns=", ".join(report.ignored_columns))
    if report.problems:
        bad = report.rows_read - report.rows_imported
        summary += ngettext("; left out {count} bad rows", "; left out {count} bad rows", bad).format(count=bad)
    print(summary)
    return 0


def _summarised(lines, limit: int = MAX_IMPORT_PROBLEMS) -> list[str]:
    """Return the first ``limit`` lines, then one saying how many more there are."""
    lines = list(lines)
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [_("… and {count} more").format(count=len(lines) - limit)]


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
        raise InputError(_cannot_write(args.output, e)) from None
    print(_wrote(args.output, plan))
    return 0


CHECK_ERROR_STATUS = 3  # `check` found an error-severity finding: the plan cannot work as drawn


def _check(args) -> int:
    from planner.health import plan_health

    plan = load_plan(args.plan)
    findings = plan_health(plan, _scheduled(plan, args.plan))
    # The rule stays a key (scripts and the health tooltip share it); the rest speaks the language.
    for f in findings:
        items = f" ({', '.join(f.items)})" if f.items else ""
        print(f"{severity(f.severity)} {f.rule}: {f.message}{items}")
    counts = [(severity, sum(f.severity == severity for f in findings)) for severity in ("error", "warning", "info")]
    if findings:
        parts = ", ".join(_severity_count(severity, n) for severity, n in counts if n)
        print(ngettext("{path}: {count} finding ({parts})", "{path}: {count} findings ({parts})", len(findings))
              .format(path=args.plan, count=len(findings), parts=parts))
    else:
        print(_("{path}: no findings, the plan passes every check").format(path=args.plan))
    return CHECK_ERROR_STATUS if counts[0][1] else 0


def _severity_count(severity: str, n: int) -> str:
    """``2 warnings``: the count of findings of one severity, in the summary line."""
    if severity == "error":
        return ngettext("{count} error", "{count} errors", n).format(count=n)
    if severity == "warning":
        return ngettext("{count} warning", "{count} warnings", n).format(count=n)
    return ngettext("{count} info", "{count} infos", n).format(count=n)



# command name -> the function running it and returning the exit status
COMMANDS = {"new": _new, "validate": _validate, "schedule": _schedule, "import": _import,
            "export": _export, "check": _check, "workshop": workshop_command.run}
from planner.round_commands import COMMANDS as _ROUND_COMMANDS  # noqa: E402 - it imports this module's helpers late
COMMANDS.update(_ROUND_COMMANDS)
