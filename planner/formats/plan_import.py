"""Importing initiatives from a spreadsheet: an Excel workbook (.xlsx) or a CSV file.

The first non-blank row holds the headers, matched in English or Dutch regardless of case,
spaces and punctuation. Every bad row is reported at once as ``row 7, benefit: "hoog" is not a
number in 1–5``; by default nothing is imported then (PlanImportError), with ``skip_bad_rows``
the good rows are. Reading the file itself, and its limits, is ``spreadsheet``'s.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from planner import rules
from planner.dependency_graph import topological_order
from planner.errors import DependencyCycleError
from planner.formats.settings_sheet import apply_settings
from planner.formats.strategy_merge import StrategyMerge, merge_strategy
from planner.formats.spreadsheet import (
    PlanImportError, Table, cell_date, cell_number, cell_shown, cell_text, in_every_language, is_blank, normalised,
    one_line, read_table,
)
from planner.formats.xlsx_strategy import read_strategy
from planner.ids import unique_id
from planner.language import N_, _
from planner.model import DECISION_NAMES, Dependency, Initiative, Lane, Plan, Scale
# Normalised header (lowercase, letters and digits only) → field.
HEADERS = {
    "id": "id",
    **dict.fromkeys(("title", "initiative", "initiatief", "titel"), "title"),
    **dict.fromkeys(("benefit", "baat", "waarde"), "benefit"),
    **dict.fromkeys(("technicaleffort", "technischeinspanning"), "technical_effort"),
    **dict.fromkeys(("organisationaleffort", "organizationaleffort", "organisatorischeinspanning"),
                    "organisational_effort"),
    **dict.fromkeys(("decision", "keuze", "besluit"), "decision"),
    **dict.fromkeys(("lane", "spoor", "fase", "baan"), "lane"),
    **dict.fromkeys(("owner", "eigenaar"), "owner"),
    **dict.fromkeys(("start", "startdatum"), "start"),
    **dict.fromkeys(("finish", "end", "eind", "einde", "einddatum"), "finish"),
    **dict.fromkeys(("duration", "durationdays", "duur", "duurdagen"), "duration_days"),
    **dict.fromkeys(("durationweeks", "duurweken"), "duration_weeks"),
    **dict.fromkeys(("dependson", "predecessors", "afhankelijkvan", "voorgangers"), "predecessors"),
    **dict.fromkeys(("description", "omschrijving"), "description"),
    **dict.fromkeys(("fixedstart", "vastestart", "vaststart"), "fixed_start"),
    **dict.fromkeys(("laneid", "spoorid", "baanid"), "lane_id"),
    **dict.fromkeys(("objectives", "doelen", "doelstellingen"), "objectives"),
    **dict.fromkeys(("audiences", "doelgroepen"), "audiences"),
    **dict.fromkeys(("runeffort", "runeffortpermonth", "beheerinspanning"), "run_effort"),
    **dict.fromkeys(("pinnedstart", "vastgezettestart"), "pinned_start"),
    **dict.fromkeys(("objectiveids", "doelids", "doelstellingids"), "objective_ids"),
    **dict.fromkeys(("audienceids", "doelgroepids"), "audience_ids"),
}
YES_NO = {"yes": True, "ja": True, "true": True, "waar": True, "1": True, "y": True, "j": True,
          "no": False, "nee": False, "false": False, "onwaar": False, "0": False, "n": False}
# Columns the app's own export computes; read back they would only disagree with the plan.
COMPUTED = frozenset({"combinedeffort", "quadrant", "priority", "rank",
                      "gecombineerdeinspanning", "kwadrant", "prioriteit", "rang"})
# Each field as a problem names its column: "row 7, benefit: …".
LABELS = {"technical_effort": N_("technical effort"), "organisational_effort": N_("organisational effort"),
          "fixed_start": N_("fixed start"), "lane_id": N_("lane id"),
          "duration_days": N_("duration"), "duration_weeks": N_("duration"), "run_effort": N_("run effort"),
          "pinned_start": N_("pinned start"), "title": N_("title"), "benefit": N_("benefit"),
          "decision": N_("decision"), "lane": N_("lane"), "owner": N_("owner"), "start": N_("start"),
          "finish": N_("finish"), "description": N_("description"), "objectives": N_("objectives"),
          "audiences": N_("audiences"), "id": N_("id"), "predecessors": N_("predecessors")}


def _row(number: int, key: str) -> str:
    """"row 7, benefit": where a problem is, in the language in use."""
    return _("row {n}, {column}").format(n=number, column=_(LABELS.get(key, key)))
DECISION_WORDS = {"build": "build", "join": "join", "ignore": "ignore", "undecided": "undecided",
                  "bouwen": "build", "aansluiten": "join", "negeren": "ignore", "onbeslist": "undecided"}


@dataclass(slots=True)
class ImportReport:
    """What an import read and left out. ``new_lanes`` are lanes the rows named that the plan lacked;
    ``strategy`` what the import adds to the plan's strategy frame, its ``conflicts`` included."""

    rows_read: int = 0
    rows_imported: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    new_lanes: list[Lane] = field(default_factory=list)
    strategy: StrategyMerge = field(default_factory=StrategyMerge)


# ---------------------------------------------------------------- public API

def import_plan(path: str | os.PathLike, skip_bad_rows: bool = False,
                title: str | None = None) -> tuple[Plan, ImportReport]:
    """Return a new plan made from the spreadsheet at ``path``, and what was read and left out.

    The plan is titled ``title``, else as the workbook's Settings sheet says, else after the file.
    Raises PlanImportError for a file that cannot be read, or for bad rows unless ``skip_bad_rows``.
    """
    table = read_table(path)
    problems: list[str] = []
    plan = Plan(title=Path(path).stem or "Imported plan")
    start = apply_settings(plan, table.settings or [], problems)
    if title is not None:
        plan.title = title
    items, deps, report = _build(plan, table, problems, skip_bad_rows)
    plan.lanes = [*plan.lanes, *report.new_lanes]
    merged = report.strategy
    plan.objectives, plan.audiences = merged.objectives, merged.audiences
    for key, value in merged.strategy.items():
        setattr(plan.strategy, key, value)
    plan.initiatives, plan.dependencies = items, deps
    if start is None:
        starts = [item.start for item in items if item.start is not None]
        start = min(starts) if starts else dt.date.today()
    plan.start = start
    return plan, report


def import_rows_into(plan: Plan, path: str | os.PathLike,
                     skip_bad_rows: bool = False) -> tuple[list[Initiative], list[Dependency], ImportReport]:
    """Return the initiatives and dependencies the spreadsheet at ``path`` adds to ``plan``.

    ``plan`` is not changed. New ids avoid the plan's, lanes are matched by name against the
    plan's (the report's ``new_lanes`` must be added first), ratings are checked against its
    scale, and predecessors may name the plan's initiatives. A Settings sheet is not applied; a
    Strategy sheet is merged as ``strategy_merge`` says, in the report's ``strategy``.
    """
    table = read_table(path)
    return _build(plan, table, [], skip_bad_rows)


# ---------------------------------------------------------------- rows → initiatives

def _build(plan: Plan, table: Table, problems: list[str],
           skip_bad_rows: bool) -> tuple[list[Initiative], list[Dependency], ImportReport]:
    rows = [(n, values) for n, values in table.rows if not all(is_blank(v) for v in values)]
    if not rows:
        raise PlanImportError([_("the sheet is empty; its first row should name the columns, such as title and "
                                 "benefit")])
    (_unused, header), rows = rows[0], rows[1:]
    report = ImportReport(rows_read=len(rows))
    frame = None if table.strategy is None else read_strategy(table.strategy, problems)
    report.strategy = merge_strategy(plan, frame)
    columns: dict[str, int] = {}
    headers, computed = _headers()
    for i, name in enumerate(header):
        key = normalised(name)
        if not key:
            continue
        target = headers.get(key)
        if target is not None and target not in columns:
            columns[target] = i
        elif key not in computed:
            report.ignored_columns.append(str(name).strip())
    if "title" not in columns:
        found = one_line(", ".join(str(h).strip() for h in header if not is_blank(h)), 80)
        raise PlanImportError([_("no column is headed title (or initiative, initiatief, titel); the first row "
                                 "holds: {found}").format(found=found)])

    taken = {item.id for item in plan.initiatives}
    file_ids = {}  # an id from the id column → the row that gives it
    lane_of = {lane.name.strip().lower(): lane.id for lane in plan.lanes}
    lane_of.update({lane.id.lower(): lane.id for lane in plan.lanes if lane.id.lower() not in lane_of})
    lane_ids = {lane.id for lane in plan.lanes}
    lane_numbers: dict[str, int] = {}
    parsed = []  # (row number, initiative, original id or None, predecessors cell)
    bad_rows: dict[str, int] = {}  # ids and titles of rows left out → their row
    for number, values in rows:
        cells = {key: values[i] if i < len(values) else None for key, i in columns.items()}
        row_problems: list[str] = []
        item = _initiative(cells, plan.scale, lambda key, what, n=number: row_problems.append(
            f"{_row(n, key)}: {what}"))
        if not row_problems:
            for key in ("objectives", "audiences"):
                setattr(item, key, report.strategy.links(key, cells.get(key), cells.get(key[:-1] + "_ids")))
        original = cell_text(cells.get("id")) or None
        if original is not None:
            if original in file_ids:
                row_problems.append(f"{_row(number, 'id')}: " + _("{id} is already used by row {n}").format(
                    id=cell_shown(original), n=file_ids[original]))
            elif problem := rules.text_problem(original):
                row_problems.append(f"{_row(number, 'id')}: {problem}")
        if row_problems:
            problems.extend(row_problems)
            for key in (original, item.title.strip().lower()):
                if key:
                    bad_rows.setdefault(key, number)
            continue
        if original is not None:
            file_ids[original] = number
        parsed.append((number, item, original, cells.get("predecessors")))

    # Ids: those the file gives keep theirs unless the plan has them; the rest come from titles.
    by_original: dict[str, Initiative] = {}
    numbers: dict[str, int] = {}  # per slug, the next number to try: many rows may share a title
    for _unused, item, original, _unused in parsed:
        if original is not None and original not in taken:
            item.id = original
            taken.add(original)
    for _unused, item, original, _unused in parsed:
        if not item.id:
            item.id = unique_id(original or item.title, taken, "initiative", numbers)
        if original is not None:
            by_original[original] = item
    # Lanes: by name (or id) among the plan's, else a new lane named as in the file.
    for _unused, item, _unused, _unused in parsed:
        wanted = item.extra.pop("_lane_id", None)
        if item.lane is None:
            continue
        name = item.lane
        lane_id = lane_of.get(name.lower())
        if lane_id is None:
            # The app's own export names the lane's id too: keep it when the plan has no such id.
            lane = Lane(wanted if wanted and wanted not in lane_ids else unique_id(name, lane_ids, "lane", lane_numbers), name)
            lane_ids.add(lane.id)
            report.new_lanes.append(lane)
            lane_id = lane_of[name.lower()] = lane.id
        item.lane = lane_id

    resolve = _resolver(plan, parsed, by_original, bad_rows, skip_bad_rows)
    deps: dict[tuple[str, str], tuple[int, Dependency]] = {}
    for number, item, _unused, cell in parsed:
        if is_blank(cell):
            continue
        for token in re.split(r"[,;\n]+", cell_text(cell)):
            token = token.strip()
            if not token:
                continue
            source, what = resolve(token)
            if source is None:
                if what:
                    problems.append(f"{_row(number, 'predecessors')}: {what}")
            elif problem := rules.self_dependency_problem(source, item.id, item.title):
                problems.append(f"{_row(number, 'predecessors')}: {problem}")
            else:
                deps.setdefault((source, item.id), (_row(number, "predecessors"), Dependency(source, item.id)))
    for number, values in _dependency_rows(table.dependencies, problems):
        ends = []
        for key, token in (("from", values[0]), ("to", values[1])):
            source, what = resolve(token)
            if source is None and what:
                problems.append(_("Dependencies row {n}, {column}: {problem}").format(
                    n=number, column=_("from") if key == "from" else _("to"), problem=what))
            ends.append(source)
        a, b = ends
        if a is None or b is None:
            continue
        if problem := rules.self_dependency_problem(a, b, cell_text(values[0])):
            problems.append(_("Dependencies row {n}: {problem}").format(n=number, problem=problem))
        elif (a, b) in deps:
            deps[a, b][1].lag_days = values[2]
        else:
            deps[a, b] = (_("Dependencies row {n}").format(n=number), Dependency(a, b, values[2]))
    dependencies = _without_cycles(plan, [item for _unused, item, _unused, _unused in parsed], deps, problems)

    report.problems = [one_line(problem) for problem in problems]
    if problems and not skip_bad_rows:
        raise PlanImportError(problems)
    items = [item for _unused, item, _unused, _unused in parsed]
    report.rows_imported = len(items)
    return items, dependencies, report


# The export's column keys where the import's field is named otherwise, and those it computes.
_EXPORT_FIELDS = {"technical": "technical_effort", "organisational": "organisational_effort",
                  "duration": "duration_days", "fixed": "fixed_start"}
_EXPORT_COMPUTED = ("combined", "quadrant", "priority", "rank")


def _headers() -> tuple[dict[str, str], frozenset[str]]:
    """Return HEADERS and COMPUTED with the export's own headings added, in every language."""
    from planner.formats.xlsx_export import INITIATIVE_LAYOUT

    headers, computed = dict(HEADERS), set(COMPUTED)
    for heading, _width, key in INITIATIVE_LAYOUT:
        for text in in_every_language(heading):
            if key in _EXPORT_COMPUTED:
                computed.add(normalised(text))
            else:
                headers.setdefault(normalised(text), _EXPORT_FIELDS.get(key, key))
    return headers, frozenset(computed)


def _decision(text: str) -> str | None:
    """Return the decision a cell names, in English or Dutch, or None."""
    word = text.lower()
    if word in DECISION_WORDS:
        return DECISION_WORDS[word]
    return next((key for key, name in DECISION_NAMES.items()
                 if word in {t.lower() for t in in_every_language(name)}), None)


def _initiative(cells: dict, scale: Scale, problem) -> Initiative:
    """Return the initiative a row describes (id not yet set), calling ``problem`` for each bad cell."""
    item = Initiative("", cell_text(cells.get("title")))

    def check(key: str, sentence: str | None) -> bool:
        """Report a rule's ``sentence`` if there is one; True if there was."""
        if sentence is not None:
            problem(key, sentence)
        return sentence is not None

    check("title", rules.title_problem(item.title))
    for key in ("title", "description", "owner"):
        text = cell_text(cells.get(key))
        check(key, rules.text_problem(text))
        setattr(item, key, text)
    for key in ("benefit", "technical_effort", "organisational_effort"):
        value = cells.get(key)
        if is_blank(value):
            continue
        number = cell_number(value)
        if number is None:
            problem(key, _("{value} is not a number in {range}").format(value=cell_shown(value),
                                                                       range=rules.scale_range(scale)))
        elif not check(key, rules.rating_problem(number, scale)):
            setattr(item, key, number)
    value = cells.get("decision")
    if not is_blank(value):
        decision = _decision(cell_text(value))
        if decision is None:
            problem("decision", _("{value} is not a decision (use build, join, ignore or undecided)").format(
                value=cell_shown(value)))
        else:
            item.decision = decision
    lane = cell_text(cells.get("lane"))
    check("lane", rules.text_problem(lane))
    item.lane = lane or None
    dates = {}
    for key in ("start", "finish"):
        value = cells.get(key)
        if not is_blank(value):
            dates[key] = cell_date(value)
            if dates[key] is None:
                problem(key, _("{value} is not a date (use YYYY-MM-DD or D-M-YYYY)").format(value=cell_shown(value)))
    if dates.get("start"):
        item.start, item.fixed_start = dates["start"], True
    value = cells.get("fixed_start")
    if not is_blank(value):  # a start without a pin is just the date it was scheduled on
        fixed = YES_NO.get(cell_text(value).strip().lower())
        if fixed is None:
            problem("fixed_start", _("{value} is not yes or no").format(value=cell_shown(value)))
        else:
            item.fixed_start = fixed and item.start is not None
    value = cells.get("pinned_start")
    if not is_blank(value) and YES_NO.get(cell_text(cells.get("fixed_start")).lower()) is not False:
        pinned = cell_date(value)
        if pinned is None:
            problem("pinned_start", _("{value} is not a date (use YYYY-MM-DD or D-M-YYYY)").format(value=cell_shown(value)))
        else:
            item.start, item.fixed_start = pinned, True
    value = cells.get("run_effort")
    if not is_blank(value):
        number = cell_number(value)
        if number is None:
            problem("run_effort", _("{value} is not a number in {range}").format(value=cell_shown(value),
                                                                                range=rules.scale_range(scale)))
        elif not check("run_effort", rules.rating_problem(number, scale)):
            item.run_effort = number
    lane_id = cell_text(cells.get("lane_id"))
    if lane_id and item.lane is not None:
        item.extra["_lane_id"] = lane_id  # taken off again where lanes are matched
    days, weeks = cells.get("duration_days"), cells.get("duration_weeks")
    if not is_blank(days):
        number = cell_number(days)
        if number is None or number != int(number):
            problem("duration_days", _("{value} is not a number of days from 0 to {most}").format(
                value=cell_shown(days), most=rules.MAX_DURATION_DAYS))
        elif not check("duration_days", rules.duration_problem(int(number))):
            item.duration_days = int(number)
    elif not is_blank(weeks):
        number = cell_number(weeks)
        if number is None or not 0 <= number * 7 <= rules.MAX_DURATION_DAYS:
            problem("duration_weeks", _("{value} is not a number of weeks from 0 to {most}").format(
                value=cell_shown(weeks), most=rules.MAX_DURATION_DAYS // 7))
        else:
            item.duration_days = round(number * 7)
    elif dates.get("start") and dates.get("finish"):
        span = (dates["finish"] - dates["start"]).days + 1
        if span < 1:
            problem("finish", _("{finish} is before the start {start}").format(finish=dates["finish"], start=dates["start"]))
        elif span > rules.MAX_DURATION_DAYS:
            problem("finish", _("{finish} is more than {most} days after the start").format(
                finish=dates["finish"], most=rules.MAX_DURATION_DAYS))
        else:
            item.duration_days = span
    return item


def _resolver(plan: Plan, parsed, by_original: dict, bad_rows: dict, skip_bad_rows: bool):
    """Return a function mapping a predecessor (an id or a title) to (id, None) or (None, problem)."""
    titles: dict[str, list[str]] = {}
    for _unused, item, _unused, _unused in parsed:
        titles.setdefault(item.title.strip().lower(), []).append(item.id)
    plan_ids = {item.id for item in plan.initiatives}
    new_ids = {item.id for _unused, item, _unused, _unused in parsed}
    plan_titles: dict[str, list[str]] = {}
    for item in plan.initiatives:
        plan_titles.setdefault(item.title.strip().lower(), []).append(item.id)

    def resolve(token) -> tuple[str | None, str | None]:
        text = cell_text(token)
        if text in by_original:
            return by_original[text].id, None
        for ids in (titles.get(text.lower()), [text] if text in new_ids or text in plan_ids else None,
                    plan_titles.get(text.lower())):
            if ids:
                if len(ids) > 1:
                    return None, _("{title} is the title of more than one initiative; use its id").format(
                        title=cell_shown(text))
                return ids[0], None
        gone = bad_rows.get(text, bad_rows.get(text.lower()))
        if gone is not None:
            # Without skipping, that row's own problem is reported already.
            return None, (_("{title} is on row {n}, which was left out").format(title=cell_shown(text), n=gone)
                          if skip_bad_rows else None)
        return None, _("no initiative has the id or title {title}").format(title=cell_shown(text))

    return resolve


def _dependency_rows(rows, problems: list[str]):
    """Yield (row number, [from, to, lag]) from a Dependencies sheet with from, to and lag columns."""
    rows = [(n, v) for n, v in rows or [] if not all(is_blank(x) for x in v)]
    if not rows:
        return
    (_number, header), rows = rows[0], rows[1:]
    names = [normalised(h) for h in header]
    # The export's own headings in every language, and the words people head these columns with.
    exported = {key: tuple(normalised(text) for text in in_every_language(heading))
                for key, heading in (("from", "From"), ("to", "To"), ("lag", "Lag (days)"))}
    where = {}
    for i, name in enumerate(names):
        for key, words in (("from", ("from", "van", "predecessor", "voorganger", *exported["from"])),
                           ("to", ("to", "naar", "successor", "opvolger", *exported["to"])),
                           ("lag", ("lag", "lagdays", "vertraging", "wachttijd", *exported["lag"]))):
            if name in words or (key == "lag" and name.startswith("lag")):
                where.setdefault(key, i)
    if "from" not in where or "to" not in where:
        problems.append(_("Dependencies: the first row should name the columns from, to and lag"))
        return
    for number, values in rows:
        cell = lambda key: values[where[key]] if key in where and where[key] < len(values) else None  # noqa: E731
        a, b, lag = cell("from"), cell("to"), cell("lag")
        if is_blank(a) or is_blank(b):
            problems.append(_("Dependencies row {n}: a dependency needs both from and to").format(n=number))
            continue
        days = 0 if is_blank(lag) else cell_number(lag)
        if days is None or days != int(days):
            problems.append(_("Dependencies row {n}, lag: {value} is not a number of days from -{most} to "
                              "{most}").format(n=number, value=cell_shown(lag), most=rules.MAX_LAG_DAYS))
            continue
        if problem := rules.lag_problem(int(days)):
            problems.append(_("Dependencies row {n}, lag: {problem}").format(n=number, problem=problem))
            continue
        yield number, [a, b, int(days)]


def _without_cycles(plan: Plan, items: list[Initiative], deps: dict, problems: list[str]) -> list[Dependency]:
    """Return the dependencies, leaving out (and reporting) one of each cycle they would close."""
    nodes = [item.id for item in plan.initiatives] + [item.id for item in items]
    fixed = [(d.from_, d.to) for d in plan.dependencies]
    kept = dict(deps)
    order = {pair: i for i, pair in enumerate(kept)}
    for _attempt in range(100):
        try:
            topological_order(nodes, fixed + list(kept))
            break
        except DependencyCycleError as e:
            edges = [pair for pair in zip(e.cycle, e.cycle[1:]) if pair in kept]
            pair = max(edges, key=order.__getitem__)  # the last one the file gives
            problems.append(f"{kept.pop(pair)[0]}: {e}")
    else:
        raise PlanImportError([_("the dependencies form too many cycles to import")])
    return [dep for _where, dep in kept.values()]
