"""Export a plan to an Excel workbook whose scores, chart and roadmap bars stay live in Excel.

Sheets: Initiatives (a native table; combined effort, quadrant, priority and rank are formulas
over the ratings and the Settings sheet), Matrix (a scatter chart over a key table), Roadmap
(bars drawn only by conditional formatting over each row's start and finish, so moving a date
moves the bar), Dependencies, Settings and About.

openpyxl is imported inside ``write_xlsx`` only: importing this module costs nothing at start-up.
Sheets are written in openpyxl's write-only mode, which streams rows instead of holding a cell
object for each; it still supports tables, validations, conditional formats, charts and print setup.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import warnings
from pathlib import Path

from planner import __version__
from planner.errors import PlanError
from planner.formats.xlsx_chart import MatrixSheet, save_workbook
from planner.formats.xlsx_roadmap import ROADMAP_COLUMNS, RoadmapSheet
from planner.formats.xlsx_strategy import StrategySheet
from planner.formats.plan_file import write_atomically
from planner.model import DECISIONS, QUADRANTS, Plan
from planner.palette import DECISION_COLOURS, MILESTONE_CELL
from planner.scheduling import Schedule

UNITS = ("week", "month", "quarter")
FONT_NAME = "Arial"  # on every platform, or its metric twin Liberation Sans: widths hold everywhere
FONT_SIZE = 10
DATE_FORMAT = "yyyy-mm-dd"
MAX_COLUMNS = 16_384  # Excel's limit
MAX_TEXT = 32_767     # characters a cell holds; longer makes Excel repair the file
COLOURS = {d: DECISION_COLOURS[d][1:].upper() for d in ("build", "join", "undecided", "ignore")}  # Excel's RGB
MILESTONE_COLOUR = MILESTONE_CELL[1:].upper()

INITIATIVE_COLUMNS = ("id", "title", "description", "owner", "lane", "benefit", "technical effort",
                      "organisational effort", "combined effort", "quadrant", "priority", "rank",
                      "decision", "start", "finish", "duration", "predecessors", "fixed start", "lane id",
                      "objectives", "Audiences", "Run effort", "Pinned start", "Objective ids", "Audience ids")

# The Settings sheet: (label, defined name) per row from row 2; the value sits in column B.
SETTINGS = (("Scale minimum", "ScaleMin"), ("Scale maximum", "ScaleMax"), ("Scale step", "ScaleStep"),
            ("Weight of technical effort", "WeightTechnical"),
            ("Weight of organisational effort", "WeightOrganisational"),
            ("Benefit threshold (a value on it counts as high)", "ThresholdBenefit"),
            ("Effort threshold (a value on it counts as high)", "ThresholdEffort"),
            ("Name of quick wins (high benefit, low effort)", "NameQuickWin"),
            ("Name of big bets (high benefit, high effort)", "NameBigBet"),
            ("Name of fill-ins (low benefit, low effort)", "NameFillIn"),
            ("Name of money pits (low benefit, high effort)", "NameMoneyPit"),
            ("Plan start", "PlanStart"), ("Plan title", "PlanTitle"))
MIDPOINT_NOTE = "the scale's midpoint"
SETTING_CELL = {name: f"Settings!$B${row}" for row, (_, name) in enumerate(SETTINGS, start=2)}

# Control characters other than tab, newline and return cannot be stored in a cell.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class ExportError(PlanError):
    """The plan cannot be written as asked (say, a roadmap wider than Excel allows)."""


def column_letter(index: int) -> str:
    """Return the spreadsheet letters of 1-based column ``index`` (1 → A, 27 → AA)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


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
        raise ExportError(f"the roadmap would end ({last}) before it starts ({first})")
    upper, lower = header_rows(unit, first, last)
    if len(lower) > MAX_COLUMNS - len(ROADMAP_COLUMNS):
        raise ExportError(f"the roadmap from {first} to {last} needs {len(lower):,} {unit} columns; "
                          f"a sheet holds at most {MAX_COLUMNS - len(ROADMAP_COLUMNS):,}: choose a "
                          "coarser --scale or a shorter --from/--to")
    buffer = io.BytesIO()
    save_workbook(_Writer(plan, sched, unit, upper, lower, now or dt.datetime.now()).workbook(), buffer)
    return buffer.getvalue()


class _Writer(RoadmapSheet, MatrixSheet, StrategySheet):
    """Builds the workbook; one instance per export."""

    def __init__(self, plan, sched, unit, upper, lower, now):
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils.indexed_list import IndexedList

        self.plan, self.sched, self.unit, self.upper, self.lower, self.now = plan, sched, unit, upper, lower, now
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
        for key, setting in style.items():
            setattr(cell, key, setting)
        return cell

    def date(self, ws, value: dt.date | None):
        return None if value is None else self.styled(ws, value, number_format=DATE_FORMAT)

    def heading(self, ws, value: str):
        return self.styled(ws, value, font=self.font(bold=True))

    def append_wrapped(self, ws, row: int, values, wrapped: dict[int, float]) -> int:
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
                per_line = max(int(width * 1.15), 1)  # about as many characters as the width, in Arial 10
                lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))
        if lines > 1:
            ws.row_dimensions[row].height = 13 * lines + 2
        ws.append(values)
        return row + 1

    def widths(self, ws, widths) -> None:
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[column_letter(index)].width = width

    # ------------------------------------------------------------ workbook

    def workbook(self):
        wb = self.wb
        # Created in this order so the tabs read left to right; filled in any order.
        sheets = {name: wb.create_sheet(name) for name in
                  ("Initiatives", "Matrix", "Roadmap", "Strategy", "Health", "Dependencies", "Settings", "About")}
        self.initiatives_sheet(sheets["Initiatives"])
        self.matrix_sheet(sheets["Matrix"])
        self.roadmap_sheet(sheets["Roadmap"])
        self.strategy_sheet(sheets["Strategy"])
        self.health_sheet(sheets["Health"])
        self.dependencies_sheet(sheets["Dependencies"])
        self.settings_sheet(sheets["Settings"])
        self.about_sheet(sheets["About"])
        from openpyxl.workbook.defined_name import DefinedName
        for name, ref in SETTING_CELL.items():
            wb.defined_names[name] = DefinedName(name, attr_text=ref)
        return wb

    def initiatives_sheet(self, ws) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        plan, scale = self.plan, self.plan.scale
        self.widths(ws, (16, 32, 40, 14, 16, 9, 10, 13, 11, 13, 9, 7, 11, 11, 11, 9, 18, 8, 12, 24, 24, 10, 12, 16, 16))
        ws.freeze_panes = "C2"  # the header row and the id and title columns
        _print_setup(ws, plan.title, rows="1:1")
        ws.append(list(INITIATIVE_COLUMNS))
        s = SETTING_CELL
        n = len(plan.initiatives)
        last_row = max(n + 1, 2)
        for row, item in enumerate(plan.initiatives, start=2):
            self.row_of[item.id] = row
            effort = (f'=IF(OR(ISBLANK(G{row}),ISBLANK(H{row})),"",ROUND(({s["WeightTechnical"]}*G{row}'
                      f'+{s["WeightOrganisational"]}*H{row})/({s["WeightTechnical"]}+{s["WeightOrganisational"]}),9))')
            unrated = f'OR(ISBLANK(F{row}),I{row}="")'
            quadrant = (f'=IF({unrated},"",IF(F{row}>={s["ThresholdBenefit"]},'
                        f'IF(I{row}>={s["ThresholdEffort"]},{s["NameBigBet"]},{s["NameQuickWin"]}),'
                        f'IF(I{row}>={s["ThresholdEffort"]},{s["NameMoneyPit"]},{s["NameFillIn"]})))')
            priority = f'=IF({unrated},"",(F{row}-{s["ScaleMin"]}+1)/(I{row}-{s["ScaleMin"]}+1))'
            rank = f'=IF(K{row}="","",RANK(K{row},$K$2:$K${last_row}))'
            scheduled = self.sched.items.get(item.id)
            ws.append((
                self.text(ws, item.id), self.text(ws, item.title), self.text(ws, item.description),
                self.text(ws, item.owner), self.text(ws, self.lanes.get(item.lane, "")),
                item.benefit, item.technical_effort, item.organisational_effort,
                self.styled(ws, effort, formula=True, number_format="0.0#"), quadrant,
                self.styled(ws, priority, formula=True, number_format="0.00"), rank, item.decision,
                self.date(ws, scheduled and scheduled.earliest_start),
                self.date(ws, scheduled and scheduled.earliest_finish),
                item.duration_days, self.text(ws, ", ".join(self.predecessors.get(item.id, ()))),
                # Read back by an import, these two keep a round trip exact: whether the start is
                # a pin or just the scheduled date, and the lane's id behind its name.
                "yes" if item.fixed_start else "no", self.text(ws, item.lane or ""),
                self.text(ws, ", ".join(self.objective_names.get(o, o) for o in item.objectives)),
                # The links by name for people, by id for an exact import.
                self.text(ws, ", ".join(self.audience_names.get(a, a) for a in item.audiences)),
                # The start column is the schedule's; a pin it moved past is kept here.
                item.run_effort, self.date(ws, item.start if item.fixed_start else None),
                self.text(ws, ", ".join(item.objectives)), self.text(ws, ", ".join(item.audiences))))
        if not n:
            ws.append(())  # a table needs a data row, if an empty one
        table = Table(displayName="Initiatives", ref=f"A1:{column_letter(len(INITIATIVE_COLUMNS))}{last_row}")
        # Write-only sheets cannot be read back, so the column names are given, not looked up.
        table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(INITIATIVE_COLUMNS, start=1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        with warnings.catch_warnings():  # "you must add table columns manually": done above
            warnings.simplefilter("ignore", UserWarning)
            ws.add_table(table)

        ratings = DataValidation(type="decimal", operator="between", formula1=f"{scale.min:g}",
                                 formula2=f"{scale.max:g}", allow_blank=True, showErrorMessage=True,
                                 errorTitle="Rating out of scale",
                                 error=f"Enter a number from {scale.min:g} to {scale.max:g}, or leave it blank.")
        ratings.add(f"F2:H{last_row}")
        decisions = DataValidation(type="list", formula1=f'"{",".join(DECISIONS)}"', allow_blank=True,
                                   showErrorMessage=True, errorTitle="Unknown decision",
                                   error=f"Choose one of {', '.join(DECISIONS)}.")
        decisions.add(f"M2:M{last_row}")
        ws.data_validations.append(ratings)  # write-only sheets lack add_data_validation
        ws.data_validations.append(decisions)


    def health_sheet(self, ws) -> None:
        """The plan health findings at the time of export, errors first."""
        from planner.health import plan_health

        from openpyxl.styles import Alignment

        self.widths(ws, (10, 22, 90, 30))
        _print_setup(ws, self.plan.title, rows="1:1")
        wrap = Alignment(wrap_text=True, vertical="top")
        ws.freeze_panes = "A2"
        ws.append([self.heading(ws, h) for h in ("severity", "rule", "finding", "concerns")])
        row = 2
        for finding in plan_health(self.plan, self.sched):
            row = self.append_wrapped(ws, row, (self.styled(ws, finding.severity, alignment=wrap),
                                                self.styled(ws, finding.rule, alignment=wrap),
                       self.styled(ws, _ILLEGAL.sub("", finding.message)[:MAX_TEXT], alignment=wrap),
                       self.styled(ws, ", ".join(finding.items)[:MAX_TEXT], alignment=wrap)), {2: 90, 3: 30})

    def dependencies_sheet(self, ws) -> None:
        self.widths(ws, (12, 12, 8))
        ws.freeze_panes = "A2"
        ws.append([self.heading(ws, name) for name in ("from", "to", "lag")])
        for dep in self.plan.dependencies:
            ws.append((self.text(ws, dep.from_), self.text(ws, dep.to), dep.lag_days))

    def settings_sheet(self, ws) -> None:
        plan = self.plan
        self.widths(ws, (48, 16, 20))
        ws.append([self.heading(ws, "setting"), self.heading(ws, "value"), self.heading(ws, "name")])
        midpoint = f"=({SETTING_CELL['ScaleMin']}+{SETTING_CELL['ScaleMax']})/2"
        values = [plan.scale.min, plan.scale.max, plan.scale.step, plan.effort_weights.technical,
                  plan.effort_weights.organisational,
                  midpoint if plan.thresholds.benefit is None else plan.thresholds.benefit,
                  midpoint if plan.thresholds.effort is None else plan.thresholds.effort,
                  *(self.text(ws, plan.quadrant_name(q)) for q in QUADRANTS),
                  self.date(ws, plan.start), self.text(ws, plan.title)]
        for (label, name), value in zip(SETTINGS, values):
            # A threshold the plan leaves to the scale says so: LibreOffice caches the formula's value,
            # and read back alone that would pin the threshold to today's midpoint.
            ws.append((label, value, name, MIDPOINT_NOTE if value is midpoint else None))
        for lane in plan.lanes:  # in the plan's order, empty ones too; an import reads them back
            ws.append(("Lane", self.text(ws, lane.name), self.text(ws, lane.id)))

    def about_sheet(self, ws) -> None:
        self.widths(ws, (18, 60))
        ws.append((self.heading(ws, "Plan"), self.text(ws, self.plan.title)))
        ws.append((self.heading(ws, "Exported"),
                   self.styled(ws, self.now.replace(microsecond=0), number_format="yyyy-mm-dd hh:mm")))
        ws.append((self.heading(ws, "App version"), f"Benefit–Effort Planner {__version__}"))
        ws.append((self.heading(ws, "Initiatives"), len(self.plan.initiatives)))
        ws.append(())
        ws.append(("Scores on the Initiatives sheet are formulas over the ratings and the Settings sheet; "
                   "roadmap bars follow each row's start and finish.",))


def _print_setup(ws, title: str, rows: str | None = None, columns: str | None = None) -> None:
    """Landscape, one page wide, the plan title above and page numbers below; before any row."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # written with the sheet's first row
    if rows:
        ws.print_title_rows = rows
    if columns:
        ws.print_title_cols = columns
    ws.oddHeader.center.text = _ILLEGAL.sub("", title).replace("&", "&&")[:200]
    ws.oddFooter.center.text = "Page &P of &N"
