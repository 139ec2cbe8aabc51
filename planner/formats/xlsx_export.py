"""Export a plan to an Excel workbook whose scores, chart and roadmap bars stay live in Excel.

Sheets: Initiatives (a native table; combined effort, quadrant, priority and rank are formulas
over the ratings and the Settings sheet), Matrix (a scatter chart over a key table), Roadmap
(bars drawn only by conditional formatting over each row's start and finish, so moving a date
moves the bar), Dependencies, Settings, About, and a Ratings sheet per workshop round (xlsx_ratings).
Every sheet prints on A4 at 8 pt or larger (xlsx_print): what a reader needs in the print area,
technical columns after it.

openpyxl is imported inside ``write_xlsx`` only: importing this module costs nothing at start-up.
Sheets are written in openpyxl's write-only mode, which streams rows instead of holding a cell
object for each; it still supports tables, validations, conditional formats, charts and print setup.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import re
import warnings
from copy import copy
from pathlib import Path

from planner.errors import PlanError
from planner.formats.xlsx_chart import MatrixSheet, save_workbook
from planner.formats.xlsx_appendix import AppendixSheets
from planner.formats.xlsx_print import _ILLEGAL, print_setup as _print_setup, wrapped_lines
from planner.formats.xlsx_ratings import RatingsSheets
from planner.formats.xlsx_roadmap import ROADMAP_COLUMNS, RoadmapSheet
from planner.formats.xlsx_strategy import StrategySheet
from planner.formats.plan_file import write_atomically
from planner.language import N_, _, pgettext
from planner.model import DECISION_NAMES, DECISIONS, QUADRANTS, Plan
from planner.palette import DECISION_COLOURS, MILESTONE_CELL
from planner.scheduling import Schedule

UNITS = ("week", "month", "quarter")
FONT_NAME = "Arial"  # on every platform, or its metric twin Liberation Sans: widths hold everywhere
FONT_SIZE = 10
# Real dates, shown as "4 Jan 2027": the spreadsheet names the month in its own language.
DATE_FORMAT = "d mmm yyyy"
MAX_COLUMNS = 16_384  # Excel's limit
MAX_TEXT = 32_767     # characters a cell holds; longer makes Excel repair the file
COLOURS = {d: DECISION_COLOURS[d][1:].upper() for d in ("build", "join", "undecided", "ignore")}  # Excel's RGB
MILESTONE_COLOUR = MILESTONE_CELL[1:].upper()

# The Initiatives sheet: (heading, width, key) per column. What a reader needs comes first and
# is printed; the columns after PRINTED (long text, the working of the rank, and what an import
# needs to give the plan back exactly) stay on screen only. The importer knows every heading.
INITIATIVE_LAYOUT = ((N_("Title"), 27, "title"), (N_("Decision"), 9, "decision"), (N_("Benefit"), 8, "benefit"),
                     (N_("Technical effort"), 9.5, "technical"), (N_("Organisational effort"), 14, "organisational"),
                     (N_("Combined effort"), 10, "combined"), (N_("Quadrant"), 11, "quadrant"), (N_("Rank"), 5.5, "rank"),
                     (N_("Lane"), 15, "lane"), (N_("Owner"), 14, "owner"), (N_("Start"), 11.5, "start"),
                     (N_("Finish"), 11.5, "finish"), (N_("Predecessors"), 19, "predecessors"),
                     (N_("Description"), 40, "description"), (N_("Objectives"), 24, "objectives"),
                     (N_("Priority"), 9, "priority"), (N_("Duration (days)"), 10, "duration"), (N_("Id"), 16, "id"),
                     (N_("Fixed start"), 9, "fixed"), (N_("Lane id"), 14, "lane_id"),
                     # The strategy links and run effort, by name for people and by id for an exact import.
                     (N_("Audiences"), 24, "audiences"), (N_("Run effort"), 9, "run_effort"),
                     (N_("Pinned start"), 11.5, "pinned_start"), (N_("Objective ids"), 16, "objective_ids"),
                     (N_("Audience ids"), 16, "audience_ids"))
INITIATIVE_COLUMNS = tuple(heading for heading, _width, _key in INITIATIVE_LAYOUT)
PRINTED = 13  # Title to Predecessors

# The Settings sheet: (label, defined name) per row from row 2; the value sits in column B.
SETTINGS = ((N_("Scale minimum"), "ScaleMin"), (N_("Scale maximum"), "ScaleMax"), (N_("Scale step"), "ScaleStep"),
            (N_("Weight of technical effort"), "WeightTechnical"),
            (N_("Weight of organisational effort"), "WeightOrganisational"),
            (N_("Benefit threshold (a value on it counts as high)"), "ThresholdBenefit"),
            (N_("Effort threshold (a value on it counts as high)"), "ThresholdEffort"),
            (N_("Name of quick wins (high benefit, low effort)"), "NameQuickWin"),
            (N_("Name of big bets (high benefit, high effort)"), "NameBigBet"),
            (N_("Name of fill-ins (low benefit, low effort)"), "NameFillIn"),
            (N_("Name of money pits (low benefit, high effort)"), "NameMoneyPit"),
            (N_("Plan start"), "PlanStart"), (N_("Plan title"), "PlanTitle"))
MIDPOINT_NOTE = N_("the scale's midpoint")
SETTING_CELL = {name: f"Settings!$B${row}" for row, (_label, name) in enumerate(SETTINGS, start=2)}  # in English
YES_NO = (N_("yes"), N_("no"))


def sheet_names() -> dict[str, str]:
    """Return each sheet's name in the language in use, by its English name."""
    return {"Initiatives": pgettext("sheet", "Initiatives"), "Matrix": pgettext("sheet", "Matrix"),
            "Roadmap": pgettext("sheet", "Roadmap"), "Strategy": pgettext("sheet", "Strategy"),
            "Health": pgettext("sheet", "Health"), "Dependencies": pgettext("sheet", "Dependencies"),
            "Settings": pgettext("sheet", "Settings"), "About": pgettext("sheet", "About")}


def sheet_reference(name: str) -> str:
    """Return ``name`` as a formula names a sheet, before its "!": quoted unless it is a plain word."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name) and not re.fullmatch(r"[A-Za-z]{1,3}\d+|[RrCc]\d*", name):
        return name
    return "'" + name.replace("'", "''") + "'"


def decision_word(decision: str) -> str:
    """Return ``decision`` as the workbook writes it in a cell, a list or a formula: "build", "bouwen"."""
    return _(DECISION_NAMES[decision]).lower() if decision in DECISION_NAMES else decision


class ExportError(PlanError):
    """The plan cannot be written as asked (say, a roadmap wider than Excel allows)."""


def column_letter(index: int) -> str:
    """Return the spreadsheet letters of 1-based column ``index`` (1 → A, 27 → AA)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


INITIATIVE_COLUMN = {key: column_letter(i) for i, (_heading, _width, key) in enumerate(INITIATIVE_LAYOUT, start=1)}


WORD_WIDTH_MOST = 24  # a column widened for a longer word than this lets that word break


def _fit_words(widths: list[float], keys: list[str], plan) -> None:
    """Widen the lane and owner columns so no name breaks within a word ("Marketingdirecte|ur"),
    taking the room from the predecessors and title columns, so the printed columns fit as before."""
    before = sum(widths[:PRINTED])
    for key, texts in (("lane", [lane.name for lane in plan.lanes]), ("owner", [i.owner for i in plan.initiatives])):
        index = keys.index(key)
        for text in texts:
            widths[index] = min(heading_width(text, widths[index], bold=False), max(widths[index], WORD_WIDTH_MOST))
    # Both wrap titles (predecessors are listed by title): each keeps room for a title's longest word.
    least = 12.0
    for item in plan.initiatives:
        least = min(heading_width(item.title, least, bold=False), WORD_WIDTH_MOST)
    for key in ("predecessors", "title"):
        index = keys.index(key)
        widths[index] = max(widths[index] - (sum(widths[:PRINTED]) - before), min(least, widths[index]))


def heading_width(heading: str, width: float, bold: bool = True) -> float:
    """Return ``width``, widened where a word of ``heading`` would break within itself (Dutch words are long).

    A word the estimate finds too wide gets room to spare: LibreOffice sets bold type a little
    wider than wrapped_lines reckons, and one letter too many breaks the word ("Organisatorisch/e").
    """
    words = heading.split()
    if all(wrapped_lines(word, width, bold) == 1 for word in words):
        return width
    while any(wrapped_lines(word, width / 1.1, bold) > 1 for word in words):
        width += 0.5
    return width


def write_xlsx(plan: Plan, path: str | os.PathLike, sched: Schedule | None = None, unit: str = "month",
               first: dt.date | None = None, last: dt.date | None = None,
               now: dt.datetime | None = None) -> None:
    """Write ``plan`` as a workbook at ``path``, atomically: a crash leaves the old file or none.

    The arguments are xlsx_bytes's. Raises what it raises, and OSError.
    """
    write_atomically(Path(path), xlsx_bytes(plan, sched, unit, first, last, now))


def xlsx_bytes(plan: Plan, sched: Schedule | None = None, unit: str = "month", first: dt.date | None = None,
               last: dt.date | None = None, now: dt.datetime | None = None) -> bytes:
    """Return ``plan`` as the bytes of a workbook, so the caller writes the file in one step.

    ``sched`` defaults to the plan's schedule; the roadmap shows ``unit`` periods from ``first``
    to ``last`` (default: the roadmap pictures' picture_span, the work in whole periods). Raises ExportError and the
    scheduler's PlanErrors.
    """
    from planner.roadmap_layout import header_rows, picture_span
    from planner.scheduling import schedule

    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    sched = schedule(plan) if sched is None else sched
    default_first, default_last = picture_span(unit, plan, sched)
    first, last = first or default_first, last or default_last
    if last < first:
        raise ExportError(_("the roadmap would end ({last}) before it starts ({first})").format(last=last, first=first))
    upper, lower = header_rows(unit, first, last)
    if len(lower) > MAX_COLUMNS - len(ROADMAP_COLUMNS):
        raise ExportError(_("the roadmap from {first} to {last} needs {count} columns; a sheet holds at most "
                            "{most}: choose a coarser --scale or a shorter --from/--to").format(
                              first=first, last=last, count=f"{len(lower):,} {unit}",
                              most=f"{MAX_COLUMNS - len(ROADMAP_COLUMNS):,}"))
    buffer = io.BytesIO()
    writer = _Writer(plan, sched, unit, upper, lower, now or dt.datetime.now())
    try:
        save_workbook(writer.workbook(), buffer)
    except Exception as e:
        # openpyxl streams each sheet through a file in the temporary folder; lxml reports that
        # folder's full disk as a SerialisationError, not an OSError.
        if not (isinstance(e, OSError) or type(e).__name__ == "SerialisationError"):
            raise
        _abandon(writer.wb)
        raise OSError(errno.ENOSPC, _("no room for the workbook's temporary files; "
                                      "free some disk space and try again")) from None
    return buffer.getvalue()


def _abandon(wb) -> None:
    """Close a failed workbook's sheet streams now, so they do not fail again, noisily, when collected."""
    for ws in wb._sheets:
        streams = getattr(ws, "_rows", None), getattr(getattr(ws, "_writer", None), "xf", None)
        for stream in streams:
            try:
                if stream is not None:
                    stream.close()
            except Exception:
                pass  # the same full disk again; the caller reports it once


class _Writer(RoadmapSheet, MatrixSheet, StrategySheet, AppendixSheets, RatingsSheets):
    """Builds the workbook; one instance per export."""

    def __init__(self, plan, sched, unit, upper, lower, now):
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils.indexed_list import IndexedList

        self.plan, self.sched, self.unit, self.upper, self.lower, self.now = plan, sched, unit, upper, lower, now
        # Sheet names in the language in use, and the cells the formulas read on the Settings sheet.
        self.sheet = sheet_names()
        self.ref = {english: sheet_reference(name) + "!" for english, name in self.sheet.items()}
        self.setting_cell = {name: f"{self.ref['Settings']}$B${row}" for row, (_label, name) in enumerate(SETTINGS, start=2)}
        words = {d: decision_word(d) for d in DECISIONS}  # looked up once, not once a row
        self.word = lambda decision: words.get(decision, decision)
        self.wb = Workbook(write_only=True)
        # The default font, used by every unstyled cell, named outright instead of the theme's.
        base = Font(name=FONT_NAME, size=FONT_SIZE, family=2)
        self.wb._fonts = IndexedList([base])
        self.wb._named_styles["Normal"].font = base
        self.font = lambda **kw: Font(name=FONT_NAME, size=kw.pop("size", FONT_SIZE), family=2, **kw)
        self.lanes = {lane.id: lane.name or lane.id for lane in plan.lanes}
        self.objective_names = {o.id: o.name or o.id for o in plan.objectives}
        self.audience_names = {a.id: a.name or a.id for a in plan.audiences}
        self.predecessors: dict[str, list[str]] = {}
        for dep in plan.dependencies:
            self.predecessors.setdefault(dep.to, []).append(dep.from_)
        self.row_of: dict[str, int] = {}  # initiative id → its row on the Initiatives sheet
        self.styles: dict[tuple, tuple] = {}  # see styled
        self.title_of = {item.id: item.title for item in plan.initiatives}
        seen: dict[str, int] = {}
        for item in plan.initiatives:
            seen[item.title.strip().lower()] = seen.get(item.title.strip().lower(), 0) + 1
        ids = {item.id.lower() for item in plan.initiatives}
        # A title names its initiative to a reader and to an import alike only when no other
        # initiative has that title or id and it holds no separator of a list of predecessors.
        self.plain_title = {item.id for item in plan.initiatives
                            if item.title.strip() and seen[item.title.strip().lower()] == 1
                            and item.title.strip().lower() not in ids and not re.search(r"[,;\n]", item.title)
                            and not _ILLEGAL.search(item.title)}

    # ------------------------------------------------------------ cells

    def text(self, ws, value: str):
        """Return ``value`` as a cell that can never be read as a formula."""
        value = _ILLEGAL.sub("", value)[:MAX_TEXT]
        if value[:1] in ("=", "+", "-", "@"):
            from openpyxl.cell import WriteOnlyCell
            cell = WriteOnlyCell(ws, value)
            cell.data_type = "s"  # openpyxl takes a leading "=" for a formula; this keeps it text
            return cell
        return value

    def styled(self, ws, value, **style):
        from openpyxl.cell import WriteOnlyCell
        cell = WriteOnlyCell(ws, value)
        if isinstance(value, str) and value[:1] == "=" and not style.pop("formula", False):
            cell.data_type = "s"
        style.pop("formula", None)
        if not style:
            return cell
        # Setting a style looks it up in the workbook's lists by hashing it, slow for thousands of
        # cells: each combination is set once and its indices copied. The key holds the style
        # objects themselves, so an id is never reused while it is cached.
        key = tuple((name, setting if isinstance(setting, str) else id(setting)) for name, setting in style.items())
        known = self.styles.get(key)
        if known is None:
            for name, setting in style.items():
                setattr(cell, name, setting)
            self.styles[key] = (copy(cell._style), tuple(style.values()))
        else:
            cell._style = copy(known[0])
        return cell

    def date(self, ws, value: dt.date | None):
        return None if value is None else self.styled(ws, value, number_format=DATE_FORMAT)

    def heading(self, ws, value: str):
        return self.styled(ws, value, font=self.font(bold=True))

    def append_wrapped(self, ws, row: int, values, wrapped: dict[int, float], bold: bool = False) -> int:
        """Append ``values`` as row ``row`` tall enough for its wrapped cells; return the next row.

        ``wrapped`` maps a 0-based position to its column's width in characters. The height is
        set, not left to the reader: converted or printed, LibreOffice keeps the default height
        and wrapped lines would print over the next row.
        """
        lines = 1
        for index, width in wrapped.items():
            value = values[index] if index < len(values) else None
            text = getattr(value, "value", value)
            if isinstance(text, str) and text:
                lines = max(lines, wrapped_lines(text, width, bold))
        if lines > 1:
            ws.row_dimensions[row].height = 13 * lines + 2
        ws.append(values)
        return row + 1

    def predecessor_label(self, item_id: str) -> str:
        """The initiative's title where it names the initiative unmistakably, else its id."""
        return self.title_of[item_id].strip() if item_id in self.plain_title else item_id

    @staticmethod
    def id_width(ids) -> float:
        """A column width that shows the longest of ``ids`` whole, within reason."""
        return min(max(max((len(i) for i in ids), default=0) * 1.1 + 2, 12), 40)

    def widths(self, ws, widths) -> None:
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[column_letter(index)].width = width

    # ------------------------------------------------------------ workbook

    def workbook(self):
        wb = self.wb
        # Created in this order so the tabs read left to right; filled in any order.
        sheets = {english: wb.create_sheet(name) for english, name in self.sheet.items()}
        self.initiatives_sheet(sheets["Initiatives"])
        self.matrix_sheet(sheets["Matrix"])
        self.roadmap_sheet(sheets["Roadmap"])
        self.strategy_sheet(sheets["Strategy"])
        self.health_sheet(sheets["Health"])
        self.dependencies_sheet(sheets["Dependencies"])
        self.settings_sheet(sheets["Settings"])
        self.about_sheet(sheets["About"])
        self.ratings_sheets(wb)  # one per workshop round, after About
        from openpyxl.workbook.defined_name import DefinedName
        for name, ref in self.setting_cell.items():
            wb.defined_names[name] = DefinedName(name, attr_text=ref)
        return wb

    def initiatives_sheet(self, ws) -> None:
        from openpyxl.styles import Alignment
        from openpyxl.worksheet.datavalidation import DataValidation
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        plan, scale = self.plan, self.plan.scale
        widths = [heading_width(_(heading), width) for heading, width, _key in INITIATIVE_LAYOUT]
        keys = [key for _heading, _width, key in INITIATIVE_LAYOUT]
        headings = [_(heading) for heading in INITIATIVE_COLUMNS]
        widths[keys.index("id")] = self.id_width(item.id for item in plan.initiatives)
        quadrant = keys.index("quadrant")
        for q in QUADRANTS:  # a name wraps at its spaces, never within a word
            widths[quadrant] = heading_width(plan.quadrant_name(q), widths[quadrant], bold=False)
        _fit_words(widths, keys, plan)
        self.widths(ws, widths)
        ws.freeze_panes = "B2"  # the header row and the title column
        n = len(plan.initiatives)
        last_row = max(n + 1, 2)
        _print_setup(ws, plan.title, rows="1:1", area=f"A1:{column_letter(PRINTED)}{last_row}")
        numbers = ("benefit", "technical", "organisational", "combined", "rank")
        head = Alignment(wrap_text=True, vertical="bottom")
        centred_head = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
        # Headings wrap within their columns, the row tall enough for two lines: never "technical effo".
        self.append_wrapped(ws, 1, [self.styled(ws, h, font=self.font(bold=True),
                                                alignment=centred_head if key in numbers else head)
                                    for h, key in zip(headings, keys)], dict(enumerate(widths)), bold=True)
        # Cells align to the top of a row made taller by wrapped text, else to the bottom as usual.
        aligned = {tall: (Alignment(vertical=v), Alignment(vertical=v, horizontal="center"),
                          Alignment(wrap_text=True, vertical=v)) for tall, v in ((True, "top"), (False, None))}
        wrapped = {key: widths[keys.index(key)] for key in ("title", "lane", "owner", "predecessors")}
        c, s = INITIATIVE_COLUMN, self.setting_cell
        benefit, technical, organisational = c["benefit"], c["technical"], c["organisational"]
        combined, priority_col = c["combined"], c["priority"]
        for row, item in enumerate(plan.initiatives, start=2):
            self.row_of[item.id] = row
            effort = (f'=IF(OR(ISBLANK({technical}{row}),ISBLANK({organisational}{row})),"",'
                      f'ROUND(({s["WeightTechnical"]}*{technical}{row}+{s["WeightOrganisational"]}*{organisational}{row})'
                      f'/({s["WeightTechnical"]}+{s["WeightOrganisational"]}),9))')
            unrated = f'OR(ISBLANK({benefit}{row}),{combined}{row}="")'
            quadrant = (f'=IF({unrated},"",IF({benefit}{row}>={s["ThresholdBenefit"]},'
                        f'IF({combined}{row}>={s["ThresholdEffort"]},{s["NameBigBet"]},{s["NameQuickWin"]}),'
                        f'IF({combined}{row}>={s["ThresholdEffort"]},{s["NameMoneyPit"]},{s["NameFillIn"]})))')
            priority = (f'=IF({unrated},"",({benefit}{row}-{s["ScaleMin"]}+1)/'
                        f'({combined}{row}-{s["ScaleMin"]}+1))')
            rank = (f'=IF({priority_col}{row}="","",RANK({priority_col}{row},'
                    f'${priority_col}$2:${priority_col}${last_row}))')
            scheduled = self.sched.items.get(item.id)
            # Titles a reader knows the work by, and an import reads back (see predecessor_label).
            predecessors = ", ".join(self.predecessor_label(p) for p in self.predecessors.get(item.id, ()))
            texts = {"title": item.title, "lane": self.lanes.get(item.lane, ""), "owner": item.owner,
                     "predecessors": predecessors}
            tall = any(wrapped_lines(texts[key], width) > 1 for key, width in wrapped.items())
            top, centred, wrap = aligned[tall]
            start = scheduled and scheduled.earliest_start
            finish = scheduled and scheduled.earliest_finish
            values = {
                "decision": self.word(item.decision), "benefit": item.benefit,
                "technical": item.technical_effort, "organisational": item.organisational_effort,
                "combined": self.styled(ws, effort, formula=True, number_format="0.0#", alignment=centred),
                "quadrant": self.styled(ws, quadrant, formula=True, alignment=wrap),
                "rank": self.styled(ws, rank, formula=True, alignment=centred),
                **texts,
                "start": start and self.styled(ws, start, number_format=DATE_FORMAT, alignment=top),
                "finish": finish and self.styled(ws, finish, number_format=DATE_FORMAT, alignment=top),
                "description": item.description,
                "objectives": ", ".join(self.objective_names.get(o, o) for o in item.objectives),
                "priority": self.styled(ws, priority, formula=True, number_format="0.00", alignment=top),
                "duration": item.duration_days, "id": item.id,
                # Read back by an import, these two keep a round trip exact: whether the start is
                # a pin or just the scheduled date, and the lane's id behind its name.
                "fixed": _(YES_NO[0]) if item.fixed_start else _(YES_NO[1]), "lane_id": item.lane or "",
                "audiences": ", ".join(self.audience_names.get(a, a) for a in item.audiences),
                # The start column is the schedule's; a pin it moved past is kept here.
                "run_effort": item.run_effort, "pinned_start": self.date(ws, item.start if item.fixed_start else None),
                "objective_ids": ", ".join(item.objectives), "audience_ids": ", ".join(item.audiences)}
            cells = []
            for key in keys:
                value = values[key]
                if isinstance(value, str):
                    if not tall:  # most rows, thousands in a large plan: plain cells, written faster
                        value = self.text(ws, value)
                    else:
                        value = self.styled(ws, _ILLEGAL.sub("", value)[:MAX_TEXT],
                                            alignment=wrap if key in ("title", "lane", "owner", "predecessors",
                                                                      "description", "objectives") else top)
                elif isinstance(value, (int, float)):
                    value = self.styled(ws, value, alignment=centred) if key in numbers else value
                cells.append(value)
            self.append_wrapped(ws, row, cells, {keys.index(key): width for key, width in wrapped.items()})
        if not n:
            ws.append(())  # a table needs a data row, if an empty one
        table = Table(displayName="Initiatives", ref=f"A1:{column_letter(len(INITIATIVE_COLUMNS))}{last_row}")
        # Write-only sheets cannot be read back, so the column names are given, not looked up.
        table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(headings, start=1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():  # "you must add table columns manually": done above
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)

        ratings = DataValidation(type="decimal", operator="between", formula1=f"{scale.min:g}",
                                 formula2=f"{scale.max:g}", allow_blank=True, showErrorMessage=True,
                                 errorTitle=_("Rating out of scale"),
                                 error=_("Enter a number from {low} to {high}, or leave it blank.").format(
                                     low=f"{scale.min:g}", high=f"{scale.max:g}"))
        ratings.add(f"{benefit}2:{organisational}{last_row}")
        words = [decision_word(d) for d in DECISIONS]
        decisions = DataValidation(type="list", formula1=f'"{",".join(words)}"', allow_blank=True,
                                   showErrorMessage=True, errorTitle=_("Unknown decision"),
                                   error=_("Choose one of {decisions}.").format(decisions=", ".join(words)))
        decisions.add(f"{c['decision']}2:{c['decision']}{last_row}")
        ws.data_validations.append(ratings)  # write-only sheets lack add_data_validation
        ws.data_validations.append(decisions)


    def settings_sheet(self, ws) -> None:
        plan = self.plan
        self.widths(ws, (48, 24, 20))
        # The third column names the cell the formulas use: for the workbook, not the page.
        _print_setup(ws, plan.title, rows="1:1", area=f"A1:B{len(SETTINGS) + 1}", orientation="portrait")
        ws.append([self.heading(ws, _("Setting")), self.heading(ws, _("Value")), self.heading(ws, _("Name"))])
        midpoint = f"=({self.setting_cell['ScaleMin']}+{self.setting_cell['ScaleMax']})/2"
        values = [plan.scale.min, plan.scale.max, plan.scale.step, plan.effort_weights.technical,
                  plan.effort_weights.organisational,
                  midpoint if plan.thresholds.benefit is None else plan.thresholds.benefit,
                  midpoint if plan.thresholds.effort is None else plan.thresholds.effort,
                  *(self.text(ws, plan.quadrant_name(q)) for q in QUADRANTS),
                  self.date(ws, plan.start), self.text(ws, plan.title)]
        for (label, name), value in zip(SETTINGS, values):
            # A threshold the plan leaves to the scale says so: LibreOffice caches the formula's value,
            # and read back alone that would pin the threshold to today's midpoint.
            ws.append((_(label), value, name, _(MIDPOINT_NOTE) if value is midpoint else None))
        for lane in plan.lanes:  # in the plan's order, empty ones too; an import reads them back
            ws.append((_("Lane"), self.text(ws, lane.name), self.text(ws, lane.id)))


