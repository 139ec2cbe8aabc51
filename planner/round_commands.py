"""The command line's workshop-round commands: ``rounds`` (which also starts, reveals, closes and
re-opens a round), ``rating-sheets`` and ``import-ratings``.

``planner.cli`` adds their parsers (``add_parsers``) and runs them through ``COMMANDS``; heavy
imports (openpyxl) wait until a command needs them.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from pathlib import Path

from planner import prose
from planner.errors import PlanError
from planner.language import _, ngettext, pgettext
from planner.prose import severity, system_problem
from planner.rules import one_line

ROUND_COLUMNS = ("round", "round_id", "date", "state", "participants", "order", "discuss_first",
                 "initiative_id", "initiative", "criterion", "done", "votes", "dont_know", "median",
                 "q1", "q3", "min", "max", "accepted")
MAX_SHEETS = 500  # rating sheets written at once: a large hall, not a typo's million files


def add_parsers(commands) -> None:
    """Add the round commands to the command line's subcommands."""
    rounds = commands.add_parser(
        "rounds", help=_("print each workshop round's result: votes, median and spread per initiative"),
        description=_("Print each workshop round of the plan: its name, date, state and participants, and per "
                      "initiative and criterion the votes, \"don't know\" answers, median, interquartile range, "
                      "minimum and maximum and any accepted value, in the round's order with the order to "
                      "discuss them in. A round still collecting shows its progress only: votes stay blind "
                      "until the round is revealed. With --new, --reveal, --close or --reopen it takes that "
                      "step instead and saves the plan, as the Workshop menu does."))
    rounds.set_defaults(usage_error=rounds.error, check_usage=_check_rounds)
    rounds.add_argument("plan", metavar="PLAN")
    rounds.add_argument("--csv", action="store_true", help=_("write CSV instead of a table"))
    step = rounds.add_mutually_exclusive_group()
    step.add_argument("--new", metavar="NAME",
                      help=_("start a round collecting on every initiative, rating all three criteria"))
    step.add_argument("--reveal", metavar="NAME", help=_("stop collecting the round and reveal its result"))
    step.add_argument("--close", metavar="NAME", help=_("close the round; it stays in the plan as its history"))
    step.add_argument("--reopen", metavar="NAME", help=_("collect a revealed round again (see --only)"))
    rounds.add_argument("--only", metavar="IDS",
                        help=_("with --reopen: a re-vote of these initiatives only, comma-separated ids"))
    rounds.add_argument("--anonymous", action="store_true", help=_("with --new: an anonymous round"))

    sheets = commands.add_parser(
        "rating-sheets", help=_("write a rating workbook per participant, for a room without a network"),
        description=_("Write one workbook per participant for a collecting round: each initiative of the "
                      "round with a drop-down per criterion. Hand them out, collect them and read them "
                      "back with import-ratings."))
    sheets.set_defaults(usage_error=sheets.error, check_usage=_check_sheets)
    sheets.add_argument("plan", metavar="PLAN")
    sheets.add_argument("--round", required=True, metavar="NAME", help=_("the round's name (or id)"))
    who = sheets.add_mutually_exclusive_group(required=True)
    who.add_argument("--participants", type=int, metavar="N",
                     help=_("write N sheets, names left for people to fill in"))
    who.add_argument("--names", metavar="NAMES", help=_("one sheet per name, comma-separated: \"Anna,Bo\""))
    sheets.add_argument("-o", "--output", required=True, metavar="FOLDER", help=_("the folder to write them to"))
    sheets.add_argument("--force", action="store_true", help=_("replace sheets of the same names"))

    imp = commands.add_parser(
        "import-ratings", help=_("read filled-in rating sheets back into a round and save the plan"),
        description=_("Read rating sheets written by rating-sheets into the round's votes and save the plan. "
                      "Bad cells are reported and left out; a file that cannot be read stops the import "
                      "with nothing saved."))
    imp.add_argument("plan", metavar="PLAN")
    imp.add_argument("--round", required=True, metavar="NAME", help=_("the round's name (or id)"))
    imp.add_argument("files", nargs="+", metavar="FILE", help=_("the filled-in sheets (.xlsx)"))


def _check_rounds(args) -> None:
    if args.only is not None and args.reopen is None:
        args.usage_error(_("--only goes with --reopen"))
    if args.only is not None and not _ids(args.only):
        args.usage_error(_("--only: give at least one initiative id, e.g. --only webcare,newsletter"))
    if args.anonymous and args.new is None:
        args.usage_error(_("--anonymous goes with --new"))
    if args.csv and (args.new or args.reveal or args.close or args.reopen) is not None:
        args.usage_error(_("--csv prints the rounds; it does not go with a step"))


def _ids(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _check_sheets(args) -> None:
    if args.participants is not None and not 1 <= args.participants <= MAX_SHEETS:
        args.usage_error(_("--participants: give a number from 1 to {limit}").format(limit=MAX_SHEETS))
    if args.names is not None:
        names = [name.strip() for name in args.names.split(",") if name.strip()]
        if not names:
            args.usage_error(_("--names: give at least one name, e.g. --names \"Anna,Bo\""))
        if len(names) > MAX_SHEETS:
            args.usage_error(_("--names: at most {limit} names at once").format(limit=MAX_SHEETS))
        if len({n.casefold() for n in names}) != len(names):
            args.usage_error(_("--names: a name is given twice; each sheet needs a name of its own"))


# ---------------------------------------------------------------- rounds

def rounds_command(args) -> int:
    from planner.cli import _inert, load_plan
    from planner.round_report import blind, result_rows

    if (args.new or args.reveal or args.close or args.reopen) is not None:
        return _round_step(args)
    plan = load_plan(args.plan)
    if not plan.rounds:
        print(_("{path}: the plan has no workshop rounds").format(path=args.plan))
        return 0
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(ROUND_COLUMNS)
        for round_ in plan.rounds:
            head = (_inert(round_.name), _inert(round_.id), round_.date.isoformat(), round_.state,
                    len(round_.participants))
            for row in result_rows(plan, round_):
                s = row.spread
                numbers = ("",) * 7 if s is None else (s.votes, s.dont_know, *(
                    _plain(v) for v in (s.median, s.q1, s.q3, s.low, s.high)))
                writer.writerow((*head, row.order, row.discuss or "", _inert(row.initiative), _inert(row.title),
                                 row.criterion, row.done, *numbers, _plain(row.accepted)))
        return 0
    for n, round_ in enumerate(plan.rounds):
        if n:
            print()
        _print_round(plan, round_, result_rows(plan, round_), blind(round_))
    return 0


def _plain(value) -> str:
    return "" if value is None else f"{value:g}"


def state_word(state: str) -> str:
    """A round's state as a sentence says it: ``collecting``, ``revealed``, ``closed``."""
    return {"collecting": pgettext("round state", "collecting"), "revealed": pgettext("round state", "revealed"),
            "closed": pgettext("round state", "closed")}.get(state, state)


def _print_round(plan, round_, rows, hidden: bool) -> None:
    from planner.round_report import BLIND_NOTE, criterion_name, number, participants_rated

    people = len(round_.participants)
    kind = _("anonymous") if round_.anonymous else _("named")
    print(ngettext("Round ‘{name}’ · {date} · {state} · {kind} · {count} participant",
                   "Round ‘{name}’ · {date} · {state} · {kind} · {count} participants", people).format(
        name=_line(round_.name), date=prose.date(round_.date), state=state_word(round_.state), kind=kind,
        count=people))
    if not round_.anonymous and round_.participants:
        names = [_line(round_.participant_label(p.id)) for p in round_.participants[:20]]
        more = _(" and {count} more").format(count=people - len(names)) if people > len(names) else ""
        print(_("Participants: {names}").format(names=", ".join(names) + more))
    titles = {row.initiative: _short(row.title, 36) for row in rows}
    heads = {"initiative": _("initiative"), "done": _("done"), "discuss": _("discuss"), "criterion": _("criterion"),
             "votes": _("votes"), "median": _("median"), "iqr": _("IQR (q1–q3)"), "extremes": _("min–max"),
             "accepted": _("accepted")}
    width = max(max((len(t) for t in titles.values()), default=10), 10, len(heads["initiative"]))
    if hidden:
        note = _(BLIND_NOTE)
        print(_("Collecting: {note}.").format(note=note))
        print(f"{'#':>3}  {heads['initiative']:<{width}}  {heads['done']}")
        for row in rows[::len(round_.criteria)]:
            print(f"{row.order:>3}  {titles[row.initiative]:<{width}}  "
                  + _("{done} of {people}").format(done=row.done, people=people))
        return
    order = sorted({row.initiative: row.discuss for row in rows}.items(), key=lambda pair: pair[1])
    print(_("Discuss first: {titles}").format(titles=", ".join(titles[item] for item, _rank in order[:5])
                                                  + (" …" if len(order) > 5 else "")))
    print(_("{rated} of {people} rated").format(rated=participants_rated(round_), people=people))
    # Columns as wide as their heading in the language in use, never narrower than in English.
    w = {key: max(len(heads[key]), least) for key, least in (("discuss", 7), ("criterion", 21), ("votes", 5),
                                                              ("median", 6), ("iqr", 20), ("extremes", 9))}
    print(f"{'#':>3}  {heads['discuss']:>{w['discuss']}}  {heads['initiative']:<{width}}  "
          f"{heads['criterion']:<{w['criterion']}}  {heads['votes']:>{w['votes']}}  {'?':>3}  "
          f"{heads['median']:>{w['median']}}  {heads['iqr']:<{w['iqr']}}  {heads['extremes']:<{w['extremes']}}  "
          f"{heads['accepted']}")
    for n, row in enumerate(rows):
        s = row.spread
        iqr = f"{number(s.iqr)} ({number(s.q1)}–{number(s.q3)})" if s.median is not None else "–"
        extremes = f"{number(s.low)}–{number(s.high)}" if s.median is not None else "–"
        first = n == 0 or rows[n - 1].initiative != row.initiative  # the initiative named once, on its first row
        print((f"{row.order:>3}  {row.discuss:>{w['discuss']}}  {titles[row.initiative]:<{width}}  " if first else
               f"{'':>3}  {'':>{w['discuss']}}  {'':<{width}}  ")
              + f"{criterion_name(row.criterion):<{w['criterion']}}  {s.votes:>{w['votes']}}  {s.dont_know:>3}  "
              f"{number(s.median) or '–':>{w['median']}}  {iqr:<{w['iqr']}}  {extremes:<{w['extremes']}}  "
              f"{number(row.accepted)}".rstrip())
    print(_("(? is \"don't know\"; discuss 1 is the initiative the room disagrees on most)"))



def _line(text: str) -> str:
    """``text`` on one line: a name from a file may hold a line break or a control character."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", " ", text)


def _short(text: str, width: int) -> str:
    text = _line(text)
    return text if len(text) <= width else text[:width - 1] + "…"


# ---------------------------------------------------------------- a round's steps

def new_round(plan, name: str, anonymous: bool = False):
    """Add a round collecting on every initiative with all three criteria, dated today; the round.
    The workshop command's --new starts its round with this too."""
    from planner.cli import InputError
    from planner.ids import new_id
    from planner.model import RATINGS, Round
    from planner.round_edits import AddRound

    if not plan.initiatives:
        raise InputError(_("the plan has no initiatives to rate"))
    if any(r.name == name for r in plan.rounds):
        raise InputError(_("the plan has a round named ‘{name}’ already; give the new one another name").format(
            name=_line(name)))
    round_id = new_id(name, {r.id for r in plan.rounds}, fallback="round")
    try:
        AddRound(Round(round_id, name, dt.date.today(), [i.id for i in plan.initiatives], list(RATINGS),
                       anonymous=anonymous)).apply(plan)
    except PlanError as e:  # a name that cannot be saved
        raise InputError(_("the round's name: {problem}").format(problem=e)) from None
    return plan.rounds[-1]


STEP_STATES = {"reveal": ("revealed", ("collecting",)), "close": ("closed", ("collecting", "revealed")),
               "reopen": ("collecting", ("revealed",))}


def _round_step(args) -> int:
    """``rounds PLAN --new/--reveal/--close/--reopen NAME``: take the step and save the plan."""
    from planner import lock_file
    from planner.cli import InputError, load_plan
    from planner.formats.plan_file import save
    from planner.round_edits import SetRoundState

    plan = load_plan(args.plan)
    try:
        lock = lock_file.acquire(args.plan)
    except PlanError as e:
        raise InputError(_("{path}: {problem}; take the step there, or close it first").format(
            path=args.plan, problem=e)) from None
    with lock:
        if args.new is not None:
            try:
                round_ = new_round(plan, args.new, args.anonymous)
            except InputError as e:
                raise InputError(f"{args.plan}: {e}") from None
            # English prints its plural also for one, as it always has; Dutch has both forms.
            done = ngettext("round ‘{name}’ is collecting on {count} initiatives",
                            "round ‘{name}’ is collecting on {count} initiatives", len(round_.initiatives)).format(
                name=_line(round_.name), count=len(round_.initiatives))
        else:
            step = next(s for s in STEP_STATES if getattr(args, s) is not None)
            state, from_states = STEP_STATES[step]
            round_ = _named_round(plan, getattr(args, step), args.plan)
            if round_.state not in from_states:
                raise InputError(_step_refusal(args.plan, round_, step))
            only = tuple(_ids(args.only)) if args.only else ()
            try:
                SetRoundState(round_.id, state, revote=only).apply(plan)
            except PlanError as e:
                raise InputError(f"--only: {e}") from None
            done = (ngettext("round ‘{name}’ is {state} again for {count} initiative",
                             "round ‘{name}’ is {state} again for {count} initiatives", len(only)) if only else
                    _("round ‘{name}’ is {state}")).format(name=_line(round_.name), state=state_word(state),
                                                           count=len(only))
        try:
            save(plan, args.plan)
        except OSError as e:
            raise InputError(_cannot_write(args.plan, e)) from None
    print(_("{done}; saved into {path}").format(done=done, path=args.plan))
    return 0


def _step_refusal(path: str, round_, step: str) -> str:
    """Why a round cannot take ``step`` (reveal, close, reopen) from the state it is in."""
    sentence = {"reveal": _("{path}: round ‘{name}’ is {state}; only a collecting round can be revealed"),
                "close": _("{path}: round ‘{name}’ is {state}; only a collecting or revealed round can be closed"),
                "reopen": _("{path}: round ‘{name}’ is {state}; only a revealed round can be re-opened")}[step]
    return sentence.format(path=path, name=_line(round_.name), state=state_word(round_.state))


def _cannot_write(path, e: OSError) -> str:
    return _("{path}: cannot write the file ({problem})").format(path=path, problem=system_problem(e))


# ---------------------------------------------------------------- rating sheets

def _round(plan, wanted: str, path: str):
    from planner.cli import InputError

    round_ = _named_round(plan, wanted, path)
    if round_.state != "collecting":
        raise InputError(_("{path}: round ‘{name}’ is {state} and takes no votes; re-open it first").format(
            path=path, name=_line(round_.name), state=state_word(round_.state)))
    return round_


def _named_round(plan, wanted: str, path: str):
    from planner.cli import InputError

    found = [r for r in plan.rounds if r.name == wanted] or [r for r in plan.rounds if r.id == wanted] \
        or [r for r in plan.rounds if r.name.strip().casefold() == wanted.strip().casefold()]
    if not found:
        names = ", ".join(f"‘{_line(r.name)}’" for r in plan.rounds[:10]) or _("none")
        raise InputError(_("{path}: the plan has no round named ‘{name}’ (its rounds: {names})").format(
            path=path, name=_line(wanted), names=names))
    if len(found) > 1:
        raise InputError(_("{path}: the plan has {count} rounds named ‘{name}’; give the round's id").format(
            path=path, count=len(found), name=_line(wanted)))
    return found[0]


def rating_sheets_command(args) -> int:
    from planner.cli import InputError, load_plan
    from planner.formats.plan_file import write_atomically
    from planner.formats.rating_sheet import rating_sheet_bytes, sheet_file_name
    from planner.rules import writable_problem

    plan = load_plan(args.plan)
    round_ = _round(plan, args.round, args.plan)
    names = ([n.strip() for n in args.names.split(",") if n.strip()] if args.names is not None
             else [""] * args.participants)
    for name in names:
        if (problem := writable_problem(name)) is not None:
            raise InputError(f"--names: {problem}")
    folder = Path(args.output)
    files = [folder / sheet_file_name(n, name) for n, name in enumerate(names, start=1)]
    if not args.force and (taken := [f for f in files if f.exists()]):
        raise InputError(_("{path}: the file exists already; add --force to replace it").format(path=taken[0]))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, name in zip(files, names):
            write_atomically(path, rating_sheet_bytes(plan, round_, name))
    except OSError as e:
        raise InputError(_cannot_write(e.filename or folder, e)) from None
    print(ngettext("{path}: wrote {count} rating sheet for round ‘{name}’",
                   "{path}: wrote {count} rating sheets for round ‘{name}’", len(files)).format(
        path=folder, count=len(files), name=_line(round_.name)))
    return 0


def import_ratings_command(args) -> int:
    from planner.cli import InputError, _summarised, load_plan
    from planner.formats.plan_file import save
    from planner.formats.rating_sheet import already_imported, read_rating_sheet, sheet_votes
    from planner.round_edits import AddVotes

    plan = load_plan(args.plan)
    round_ = _round(plan, args.round, args.plan)
    sheets, unreadable = [], 0
    for path in args.files:
        try:
            sheets.append((path, read_rating_sheet(path, plan, round_)))
        except PlanError as e:
            print(one_line(f"{severity('error')} {path}: {e}"), file=sys.stderr)
            unreadable += 1
    if unreadable:
        print(one_line(f"{severity('error')} {args.plan}: " + ngettext("nothing imported; fix or leave out the file above",
                                                          "nothing imported; fix or leave out the files above",
                                                          unreadable)), file=sys.stderr)
        return 1
    now = dt.datetime.now(dt.timezone.utc)
    taken = 0
    for path, sheet in sheets:
        if already_imported(round_, sheet):
            print(one_line(f"{severity('warning')} {path}: " + _("this sheet was imported into the round before; left out")),
                  file=sys.stderr)
            continue
        for line in _summarised(sheet.problems):
            print(one_line(f"{severity('warning')} {path}: {line}"), file=sys.stderr)
        votes, joined = sheet_votes(round_, sheet, now)
        if not votes:
            print(one_line(f"{severity('warning')} {path}: " + _("the sheet holds no ratings; left out")), file=sys.stderr)
            continue
        try:
            AddVotes(round_.id, votes, joined).apply(plan)
        except PlanError as e:
            raise InputError(f"{path}: {e}") from None
        taken += len(votes)
        print(ngettext("{path}: {count} rating from {name}", "{path}: {count} ratings from {name}", len(votes)).format(
            path=path, count=len(votes), name=_line(round_.participant_label(joined[0].id))))
    if not taken:
        print(_("{path}: no ratings to import; the plan is unchanged").format(path=args.plan))
        return 0
    try:
        save(plan, args.plan)
    except OSError as e:
        raise InputError(_cannot_write(args.plan, e)) from None
    print(ngettext("{path}: saved {count} rating into round ‘{name}’",
                   "{path}: saved {count} ratings into round ‘{name}’", taken).format(path=args.plan, count=taken, name=_line(round_.name)))

    return 0


COMMANDS = {"rounds": rounds_command, "rating-sheets": rating_sheets_command,
            "import-ratings": import_ratings_command}
