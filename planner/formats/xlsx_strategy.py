"""The workbook's Strategy sheet: written for a board to read, and read back by an import.

The sheet holds five tables, one under the other, each a title row, a heading row and its rows:
Strategy (value discipline, ambition, monthly capacity), Objectives, KPIs, Audiences (the
technographic profile as per-cent cells) and Readiness. Columns are found by their headings
(English or Dutch), never by position, so a reader may reorder them. The last column holds ids,
outside the print area: read back they keep a round trip exact, and a name edited in the
workbook still wins over a stale id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner import rules
from planner.formats.spreadsheet import (
    cell_date, cell_number, cell_shown, cell_text, in_every_language, is_blank, normalised,
)
from planner.language import N_, _
from planner.model import (
    DISCIPLINE_NAMES, OBJECTIVE_KIND_NAMES, OBJECTIVE_KINDS, READINESS_ITEMS, TECHNOGRAPHIC_NAMES, TECHNOGRAPHICS,
    VALUE_DISCIPLINES, Audience, Kpi, Objective, ReadinessAnswer, Strategy,
)

SHEET = "Strategy"
ID_COLUMN = 10  # J: the ids, outside the print area A:I
WIDTHS = (34, 36, 14, 19, 14, 12, 14, 12, 12, 14, 14)
PAGE_POINTS = 560  # the height of rows an A4 landscape page holds once the sheet is fitted to its width
# Each table: its title, and its columns as (heading, field); the field "id" goes to ID_COLUMN.
TABLES = {
    "strategy": (N_("Strategy"), ((N_("Value discipline"), "value_discipline"), (N_("Ambition"), "ambition"),
                              (N_("Monthly capacity"), "monthly_capacity"))),
    "objectives": (N_("Objectives"), ((N_("Objective"), "name"), (N_("Description"), "description"), (N_("Kind"), "kind"),
                                  (N_("Id"), "id"))),
    "kpis": (N_("KPIs"), ((N_("Objective"), "objective"), (N_("KPI"), "name"), (N_("Unit"), "unit"), (N_("Baseline"), "baseline"),
                      (N_("Baseline date"), "baseline_date"), (N_("Target"), "target"), (N_("Target date"), "target_date"),
                      (N_("Current"), "current"), (N_("Business result"), "business_result"), (N_("Id"), "id"),
                      (N_("Objective id"), "objective_id"))),
    "audiences": (N_("Audiences"), ((N_("Audience"), "name"), (N_("Description"), "description"),
                                *((TECHNOGRAPHIC_NAMES[t], t) for t in TECHNOGRAPHICS), (N_("Id"), "id"))),
    "readiness": (N_("Readiness"), ((N_("Question"), "item"), (N_("Note"), "note"), (N_("Status"), "status"), (N_("Id"), "key"))),
}
# Normalised titles and headings, English and Dutch, → table or field.
TITLES = {"strategy": "strategy", "strategie": "strategy", "objectives": "objectives", "doelen": "objectives",
          "kpis": "kpis", "kpi": "kpis", "audiences": "audiences", "doelgroepen": "audiences",
          "readiness": "readiness", "gereedheid": "readiness"}
DUTCH = {"waardediscipline": "value_discipline", "ambitie": "ambition", "maandcapaciteit": "monthly_capacity",
         "doel": "name", "omschrijving": "description", "soort": "kind", "eenheid": "unit",
         "nulmeting": "baseline", "datumnulmeting": "baseline_date", "streefwaarde": "target",
         "streefdatum": "target_date", "huidig": "current", "bedrijfsresultaat": "business_result",
         "doelgroep": "name", "vraag": "item", "toelichting": "note"}
DUTCH_KPIS = {**DUTCH, "doel": "objective"}  # in the KPI table "doel" is the objective a KPI measures
CENTRED = {"monthly_capacity", "baseline", "baseline_date", "target", "target_date", "current", "business_result",
           "status", *TECHNOGRAPHICS}
YES = {"yes", "ja", "true", "waar", "1", "y", "j"}
# A readiness answer as the sheet writes it, by the key files keep.
# The columns a problem on the sheet names, marked here for the catalog.
PROBLEM_COLUMNS = (N_("kind"), N_("objective"), N_("question"), N_("value discipline"), N_("monthly capacity"),
                   N_("business result"), N_("baseline"), N_("target"), N_("current"), N_("baseline date"),
                   N_("target date"), N_("status"), N_("audience"))
STATUS_NAMES = {"yes": N_("yes"), "partly": N_("partly"), "no": N_("no"), "unknown": N_("unknown")}
NO = {"no", "nee", "false", "onwaar", "0", "n", ""}


@dataclass(slots=True)
class StrategyFrame:
    """What a Strategy sheet holds; an id is "" where the sheet gives none."""

    strategy: Strategy = field(default_factory=Strategy)
    objectives: list[Objective] = field(default_factory=list)
    audiences: list[Audience] = field(default_factory=list)
    rows: dict[int, int] = field(default_factory=dict)  # id() of each object read → its row


# ---------------------------------------------------------------- writing

class StrategySheet:
    """The Strategy sheet's part of xlsx_export._Writer, whose cells, fonts and data it uses."""

    def strategy_sheet(self, ws) -> None:
        from openpyxl.styles import Alignment, Border, Side
        from openpyxl.worksheet.pagebreak import Break

        from planner.formats.xlsx_export import _ILLEGAL, DATE_FORMAT, MAX_TEXT, _print_setup, column_letter

        from planner.formats.xlsx_export import heading_width

        plan, strategy = self.plan, self.plan.strategy
        widths = list(WIDTHS)
        for key, (_title, columns) in TABLES.items():  # a heading wraps at its spaces, never within a word
            for position, (heading, name) in enumerate(columns):
                at = _column(key, position, name)
                widths[at] = heading_width(_(heading), widths[at])
        self.widths(ws, widths)
        _print_setup(ws, plan.title)
        wrap = Alignment(wrap_text=True, vertical="top")
        centred = Alignment(horizontal="center", vertical="top")
        rule = Border(bottom=Side(style="thin", color="808080"))
        heading_font, title_font = self.font(bold=True), self.font(bold=True, size=13)
        row = 1
        sections = []  # (title row, height in points) per table, to keep each on one page

        def cell(value, **style):
            if isinstance(value, str):
                value = _ILLEGAL.sub("", value)[:MAX_TEXT]
            return self.styled(ws, value, alignment=wrap, **style)

        def number(value, shown="General"):
            # Centred under a centred heading: a right-aligned number would seem to sit under the next one.
            return None if value is None else self.styled(ws, value, number_format=shown, alignment=centred)

        def table(key, records):
            nonlocal row
            title, columns = TABLES[key]
            first = row
            ws.append([self.styled(ws, _(title), font=title_font)])
            ws.row_dimensions[row].height = 20
            heads = [None] * max(ID_COLUMN + 1, len(columns))
            fields = {}
            for position, (heading, name) in enumerate(columns):
                at = _column(key, position, name)
                heads[at] = self.styled(ws, _(heading), font=heading_font, border=rule, alignment=Alignment(
                    wrap_text=True, vertical="bottom", horizontal="center" if name in CENTRED else None))
                fields[name] = at
            ws.append(heads)
            row += 2
            for record in records:
                values = [None] * len(heads)
                for name, value in record.items():
                    values[fields[name]] = value
                wrapped = {i: widths[i] for i, v in enumerate(values) if isinstance(getattr(v, "value", v), str)}
                row = self.append_wrapped(ws, row, values, wrapped)
            ws.append(())
            row += 1
            sections.append((first, 20 + sum(ws.row_dimensions[r].height or 13 for r in range(first + 1, row))))

        discipline = strategy.value_discipline
        table("strategy", [{"value_discipline": cell(_(DISCIPLINE_NAMES[discipline]) if discipline in DISCIPLINE_NAMES
                                                     else discipline),
                            "ambition": cell(strategy.ambition), "monthly_capacity": number(strategy.monthly_capacity)}])
        table("objectives", [{"name": cell(o.name), "description": cell(o.description),
                              "kind": cell(_(OBJECTIVE_KIND_NAMES[o.kind]) if o.kind in OBJECTIVE_KIND_NAMES
                                           else o.kind), "id": cell(o.id)} for o in plan.objectives])
        def day(value):
            return number(value, DATE_FORMAT)

        table("kpis", [{"objective": cell(o.name), "name": cell(k.name), "unit": cell(k.unit),
                        "baseline": number(k.baseline), "baseline_date": day(k.baseline_date),
                        "target": number(k.target), "target_date": day(k.target_date), "current": number(k.current),
                        "business_result": number(_(STATUS_NAMES["yes"] if k.business_result else STATUS_NAMES["no"])),
                        "id": cell(k.id), "objective_id": cell(o.id)}
                       for o in plan.objectives for k in o.kpis])
        table("audiences", [{"name": cell(a.name), "description": cell(a.description), "id": cell(a.id),
                             **{t: _share(number, a.profile.get(t)) for t in TECHNOGRAPHICS}}
                            for a in plan.audiences])
        table("readiness", [{"item": cell(_(READINESS_ITEMS[r.item]) if r.item in READINESS_ITEMS else r.item),
                             "note": cell(r.note), "key": cell(r.item),
                             "status": number(_(STATUS_NAMES[r.status]) if r.status in STATUS_NAMES else r.status)}
                            for r in strategy.readiness])
        ws.print_area = f"A1:{column_letter(ID_COLUMN - 1)}{row - 2}"
        if sum(height for _first, height in sections) <= PAGE_POINTS * 1.1:
            ws.page_setup.fitToHeight = 1  # a little smaller rather than a second page with a table's tail
            return
        used = 0
        for first, height in sections:  # else a table that would straddle a page starts the next one
            if used and used + height > PAGE_POINTS:
                ws.row_breaks.append(Break(id=first - 1))
                used = 0
            used += height


def _column(table: str, position: int, name: str) -> int:
    """Return the 0-based column of a table's field: ids in the id column, the rest left to right."""
    if name == "id" or name == "key":
        return ID_COLUMN - 1
    if name == "objective_id":
        return ID_COLUMN
    return position


def _share(number, share):
    """A per-cent cell: the share as a fraction, shown with a decimal only when it has one."""
    return None if share is None else number(share / 100, "0%" if float(share).is_integer() else "0.0##%")


# ---------------------------------------------------------------- reading

def read_strategy(rows: list[tuple[int, list]], problems: list[str]) -> StrategyFrame:
    """Return the strategy frame a Strategy sheet's ``rows`` hold, adding each bad cell to ``problems``."""
    frame = StrategyFrame()
    titles = {**TITLES, **{normalised(text): key for key, (title, _columns) in TABLES.items()
                           for text in in_every_language(title)}}
    tables: dict[str, list[tuple[int, dict]]] = {}
    current, columns = None, None
    for number, values in rows:
        if all(is_blank(v) for v in values):
            current = None
            continue
        first = normalised(values[0]) if values else ""
        if first in titles and all(is_blank(v) for v in values[1:]):
            current, columns = titles[first], None
            tables.setdefault(current, [])
            continue
        if current is None:
            continue
        if columns is None:
            columns = _headings(current, values)
            continue
        tables[current].append((number, {name: values[i] if i < len(values) else None
                                         for name, i in columns.items()}))

    def report(number, heading, what):
        problems.append(_("Strategy sheet, row {n}, {column}: {problem}").format(n=number, column=_(heading), problem=what))

    for number, cells in tables.get("strategy", [])[:1]:
        frame.rows[id(frame.strategy)] = number
        _read_strategy_row(frame.strategy, number, cells, report)
    objectives: dict[str, Objective] = {}
    by_name: dict[str, list[Objective]] = {}
    for number, cells in tables.get("objectives", []):
        objective = Objective(cell_text(cells.get("id")), cell_text(cells.get("name")),
                              description=cell_text(cells.get("description")))
        kind = normalised(cells.get("kind"))
        kind = next((key for key, name in OBJECTIVE_KIND_NAMES.items()
                     if kind in {normalised(text) for text in in_every_language(name)}), kind)
        if kind and kind not in OBJECTIVE_KINDS:
            report(number, "kind", _("{value} is not a kind of objective (use {kinds})").format(
                value=cell_shown(cells["kind"]), kinds=", ".join(OBJECTIVE_KINDS)))
        elif kind:
            objective.kind = kind
        if not objective.name:
            report(number, "objective", rules.name_problem("", "objective"))
            continue
        frame.rows[id(objective)] = number
        objectives.setdefault(objective.id, objective)
        by_name.setdefault(objective.name.lower(), []).append(objective)
        frame.objectives.append(objective)
    for number, cells in tables.get("kpis", []):
        _read_kpi(number, cells, objectives, by_name, report)
    for number, cells in tables.get("audiences", []):
        audience = Audience(cell_text(cells.get("id")), cell_text(cells.get("name")),
                            cell_text(cells.get("description")))
        if not audience.name:
            report(number, "audience", rules.name_problem("", "audience"))
            continue
        for group in TECHNOGRAPHICS:
            value = cells.get(group)
            if is_blank(value):
                continue
            share = _share_of(value)
            if share is None or rules.share_problem(share):
                report(number, group, _("{value} is not a share from 0% to 100%").format(value=cell_shown(value)))
            else:
                audience.profile[group] = share
        frame.rows[id(audience)] = number
        frame.audiences.append(audience)
    answers = {}
    for number, cells in tables.get("readiness", []):
        key = cell_text(cells.get("key"))
        if key not in READINESS_ITEMS:
            asked = cell_text(cells.get("item")).lower()
            key = next((k for k, question in READINESS_ITEMS.items()
                        if asked in {text.lower() for text in in_every_language(question)}), None)
        if key is None:
            report(number, "question", _("{value} is not one of the readiness questions").format(
                value=cell_shown(cells.get("item"))))
            continue
        status = cell_text(cells.get("status")).lower() or "unknown"
        status = next((key for key, name in STATUS_NAMES.items()
                       if status in {text.lower() for text in in_every_language(name)}), status)
        if problem := rules.readiness_status_problem(status):
            report(number, "status", problem)
            continue
        answers[key] = ReadinessAnswer(key, status, cell_text(cells.get("note")))
        frame.rows[id(answers[key])] = number
    frame.strategy.readiness = [answers.get(item) or ReadinessAnswer(item) for item in READINESS_ITEMS]
    return frame


def _headings(table: str, values: list) -> dict[str, int]:
    """Map each field of ``table`` to the column its heading is in."""
    known = {normalised(text): name for heading, name in TABLES[table][1] for text in in_every_language(heading)}
    columns = {}
    for i, value in enumerate(values):
        key = normalised(value)
        name = known.get(key) or (DUTCH_KPIS if table == "kpis" else DUTCH).get(key) \
            or (key if key in TECHNOGRAPHICS else None)
        if name is None and key.startswith("monthlycapacity"):
            name = "monthly_capacity"
        if name is not None and name not in columns:
            columns[name] = i
    return columns


def _read_strategy_row(strategy: Strategy, number: int, cells: dict, report) -> None:
    value = cells.get("value_discipline")
    wanted = normalised(value)
    names = {normalised(text): key for key, name in DISCIPLINE_NAMES.items() for text in in_every_language(name)}
    names.update({normalised(key): key for key in VALUE_DISCIPLINES})
    if wanted in names:
        strategy.value_discipline = names[wanted]
    elif wanted:
        report(number, "value discipline", _("{value} is not a value discipline (use {names})").format(
            value=cell_shown(value), names=", ".join(_(name) for name in DISCIPLINE_NAMES.values())))
    strategy.ambition = cell_text(cells.get("ambition"))
    value = cells.get("monthly_capacity")
    if not is_blank(value):
        capacity = cell_number(value)
        problem = rules.capacity_problem(capacity) if capacity is not None else \
            _("{value} is not a monthly capacity (use a number from 0 up)").format(value=cell_shown(value))
        if problem:
            report(number, "monthly capacity", problem)
        else:
            strategy.monthly_capacity = capacity


def _read_kpi(number: int, cells: dict, objectives: dict, by_name: dict, report) -> None:
    name = cell_text(cells.get("objective"))
    objective = objectives.get(cell_text(cells.get("objective_id")))
    if objective is None or objective.name.lower() != name.lower():  # a renamed objective wins over its id
        matches = by_name.get(name.lower(), [])
        if len(matches) != 1:
            report(number, "objective", (_("no objective is named {name}") if not matches else
                                         _("more than one objective is named {name}")).format(name=cell_shown(name)))
            return
        objective = matches[0]
    kpi = Kpi(cell_text(cells.get("id")), cell_text(cells.get("name")), cell_text(cells.get("unit")))
    if not kpi.name:
        report(number, "KPI", rules.name_problem("", "KPI"))
        return
    for key, heading in (("baseline", "baseline"), ("target", "target"), ("current", "current")):
        value = cells.get(key)
        if is_blank(value):
            continue
        n = cell_number(value)
        if n is None:
            report(number, heading, _("{value} is not a number").format(value=cell_shown(value)))
            return
        setattr(kpi, key, n)
    for key in ("baseline_date", "target_date"):
        value = cells.get(key)
        if is_blank(value):
            continue
        day = cell_date(value)
        if day is None:
            report(number, key.replace("_", " "), _("{value} is not a date (use YYYY-MM-DD or D-M-YYYY)").format(
                value=cell_shown(value)))
            return
        setattr(kpi, key, day)
    flag = cell_text(cells.get("business_result")).lower()
    if flag not in YES | NO:
        report(number, "business result", _("{value} is not yes or no").format(value=cell_shown(cells["business_result"])))
        return
    kpi.business_result = flag in YES
    objective.kpis.append(kpi)


def _share_of(value) -> float | None:
    """A share in per cent from a per-cent cell (a fraction) or a typed text such as "12%" or "12,5 %"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        share = round(value * 100, 9)
    else:
        text = cell_text(value)
        if not text.endswith("%"):
            return None
        share = cell_number(text[:-1])
        if share is None:
            return None
    return int(share) if float(share).is_integer() else share
