"""Rating sheets: a workshop round on paper-like workbooks, for a room whose devices cannot reach the laptop.

Each participant gets one workbook: their name, the round's initiatives with a drop-down per
criterion (the scale's steps and "don't know"), and a protected structure so an accidental
drag or delete cannot break it. Filled in, it is read back through the import's guarded path
(planner/formats/spreadsheet.read_table: size, zip and row limits) and every bad cell is
reported in one sentence naming it, as the import reports bad rows.

The sheet carries, in a hidden column A: a marker, the round's id, a random key (so the same
sheet imported twice is recognised), a digest of the round (so another plan's round of the same
id is told apart) and each row's initiative id. openpyxl loads late.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import re
import secrets
from dataclasses import dataclass, field

from planner.errors import PlanError
from planner.language import N_, _
from planner.matrix_layout import snap
from planner.model import Participant, Plan, Round, Scale, Vote
from planner.round_results import is_open_for
from planner.rules import number_text, scale_range, writable_problem

MARKER = "Benefit–Effort Planner rating sheet"
SHEET_TITLE = N_("Rating sheet")
DONT_KNOW = N_("don't know")  # in the drop-down: the language in use; read back in any
# What people type for "don't know", compared after dropping case, spaces and punctuation.
_DONT_KNOW = {"dontknow", "donotknow", "dunno", "dk", "unknown", "weetniet", "weetikniet", "geenidee", "nvt",
              "na"}
MAX_LIST_STEPS = 400  # a longer drop-down is no help; the cell then takes any number on the scale
MAX_NAME = 80
# Rows and columns of the layout (1-based): the header row, the first initiative row, the name cell.
NAME_ROW, HEADER_ROW, FIRST_ROW = 4, 6, 7
ID_COL, TITLE_COL, DESCRIPTION_COL, FIRST_RATING_COL = 1, 2, 3, 4
WIDTHS = {TITLE_COL: 30, DESCRIPTION_COL: 46}
RATING_WIDTH = 15
INPUT_FILL, HEADER_FILL = "FFF2CC", "D9E2F3"


class RatingSheetError(PlanError):
    """A file that cannot be read as a rating sheet of the round, in one sentence."""


@dataclass
class RatingSheet:
    participant: str  # the name typed on the sheet, "" when none
    ratings: list[tuple[str, str, float | None]]  # (initiative, criterion, value or None for "don't know")
    problems: list[str]  # one sentence per cell or row left out or changed, naming it
    key: str = field(default="", repr=False)  # the sheet's own random key, kept to spot a second import


# ---------------------------------------------------------------- writing

def scale_steps(scale: Scale) -> list[float]:
    """Every value a rating can take: the steps from the minimum, and the maximum."""
    count = math.floor(round((scale.max - scale.min) / scale.step, 9)) if scale.step > 0 else 0
    steps = [snap(scale.min + n * scale.step, scale) for n in range(min(count, MAX_LIST_STEPS) + 1)]
    if steps[-1] != scale.max and count <= MAX_LIST_STEPS:
        steps.append(scale.max)
    return steps


def round_mark(round_: Round) -> str:
    """What tells this round from another plan's round of the same id: a digest of what never changes."""
    text = "\n".join((round_.id, round_.date.isoformat(), *round_.initiatives))
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:24]


def sheet_initiatives(round_: Round) -> list[str]:
    """The initiatives a sheet asks about: those re-opened in a re-vote, else all of the round's."""
    if round_.state == "collecting" and round_.revote:
        return [item for item in round_.initiatives if is_open_for(round_, item)]
    return list(round_.initiatives)


def sheet_file_name(number: int, name: str) -> str:
    """``rating-sheet-03-Anna.xlsx``: numbered so they sort, named so each is handed to the right person."""
    safe = re.sub(r"[^\w.-]+", "-", name).strip("-.")[:40]
    return f"rating-sheet-{number:02d}{'-' + safe if safe else ''}.xlsx"


def _criterion_heading(criterion: str) -> str:
    from planner.round_report import criterion_name
    return criterion_name(criterion)


def instructions(plan: Plan, round_: Round) -> str:
    scale = plan.scale
    effort = any(c != "benefit" for c in round_.criteria)
    text = (_("Choose a rating in each yellow cell from its list: {low} is low and {high} is high (for an effort, "
              "high means much work), or “{dont_know}”. Leave a cell empty to skip it. Rate on your own: the "
              "room's answers are shown only once everyone has rated. Then save the file and hand it back.")
            if effort else
            _("Choose a rating in each yellow cell from its list: {low} is low and {high} is high, or “{dont_know}”. "
              "Leave a cell empty to skip it. Rate on your own: the room's answers are shown only once everyone "
              "has rated. Then save the file and hand it back."))
    return text.format(low=number_text(scale.min), high=number_text(scale.max), dont_know=_(DONT_KNOW))


def rating_sheet_bytes(plan: Plan, round_: Round, participant: str) -> bytes:
    """One participant's workbook for ``round_``: ``participant`` fills the name cell ("" leaves it empty)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation

    from planner.formats.xlsx_print import _ILLEGAL, print_setup, wrapped_lines
    from planner.round_report import title_of

    def put(row: int, col: int, value, **style):
        cell = ws.cell(row, col)
        if isinstance(value, str):
            value = _ILLEGAL.sub("", value)[:32_767]
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # a title like "=1+1" stays text
        for name, setting in style.items():
            setattr(cell, name, setting)
        return cell

    wb = Workbook()
    ws = wb.active
    ws.title = _(SHEET_TITLE)
    font = lambda **kw: Font(name="Arial", size=kw.pop("size", 10), **kw)  # noqa: E731
    bold, wrap = font(bold=True), Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    entry = dict(fill=PatternFill("solid", fgColor=INPUT_FILL), border=box, protection=Protection(locked=False),
                 font=font(size=11))
    criteria = list(round_.criteria)
    last_col = FIRST_RATING_COL + len(criteria) - 1
    items = sheet_initiatives(round_)
    last_row = FIRST_ROW + len(items) - 1
    list_col = last_col + 2  # the drop-down's values, in a hidden column

    for col, width in {**WIDTHS, **{c: RATING_WIDTH for c in range(FIRST_RATING_COL, last_col + 1)}}.items():
        ws.column_dimensions[get_column_letter(col)].width = width
    for col in (ID_COL, list_col):
        ws.column_dimensions[get_column_letter(col)].hidden = True
    total = sum(WIDTHS.values()) + RATING_WIDTH * len(criteria)

    put(1, ID_COL, MARKER)
    put(2, ID_COL, round_.id)
    put(3, ID_COL, secrets.token_urlsafe(16))
    put(5, ID_COL, round_mark(round_))
    from planner.roadmap_layout import month_names
    day = f"{round_.date.day} {month_names()[round_.date.month - 1]} {round_.date.year}"
    put(1, TITLE_COL, _("Rating sheet · {round} · {date}").format(round=round_.name, date=day), font=font(bold=True, size=14))
    ws.row_dimensions[1].height = 22
    text = instructions(plan, round_)
    put(2, TITLE_COL, text, alignment=wrap, font=font())
    ws.merge_cells(start_row=2, start_column=TITLE_COL, end_row=2, end_column=last_col)
    ws.row_dimensions[2].height = 13 * wrapped_lines(text, total - 3) + 4
    put(NAME_ROW, ID_COL, "name")
    label = _("Your name") if not round_.anonymous else _("Your name (optional: the round is anonymous, it is not shown)")
    put(NAME_ROW, TITLE_COL, label, font=bold, alignment=Alignment(wrap_text=True, vertical="center"))
    if wrapped_lines(label, WIDTHS[TITLE_COL], bold=True) > 1:
        ws.row_dimensions[NAME_ROW].height = 30
    put(NAME_ROW, DESCRIPTION_COL, participant, alignment=Alignment(vertical="center"), **entry)

    heading = Alignment(wrap_text=True, vertical="bottom")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    put(HEADER_ROW, ID_COL, "id")
    for col, name in ((TITLE_COL, _("Initiative")), (DESCRIPTION_COL, _("Description")),
                      *((FIRST_RATING_COL + n, _criterion_heading(c)) for n, c in enumerate(criteria))):
        put(HEADER_ROW, col, name, font=bold, alignment=heading, fill=header_fill, border=box)
    ws.row_dimensions[HEADER_ROW].height = 28
    for row, item in enumerate(items, start=FIRST_ROW):
        title = title_of(plan, item)
        try:
            description = plan.initiative(item).description
        except KeyError:
            description = ""
        put(row, ID_COL, item)
        put(row, TITLE_COL, title, font=bold, alignment=wrap, border=box)
        put(row, DESCRIPTION_COL, description, font=font(), alignment=wrap, border=box)
        for col in range(FIRST_RATING_COL, last_col + 1):
            put(row, col, None, alignment=Alignment(horizontal="center", vertical="top"), **entry)
        lines = max(wrapped_lines(title, WIDTHS[TITLE_COL], bold=True),
                    wrapped_lines(description, WIDTHS[DESCRIPTION_COL]) if description else 1, 2)
        ws.row_dimensions[row].height = 13 * min(lines, 30) + 4

    ws.data_validations.append(_validation(plan.scale, ws, list_col, FIRST_RATING_COL, last_col,
                                           FIRST_ROW, last_row, DataValidation, get_column_letter))
    ws.freeze_panes = ws.cell(FIRST_ROW, 1).coordinate
    print_setup(ws, f"{plan.title} · {round_.name}", rows=f"{HEADER_ROW}:{HEADER_ROW}",
                area=f"B1:{get_column_letter(last_col)}{last_row}",
                orientation="landscape" if total > 112 else "portrait")
    # Structure locked, no password: a slip cannot delete a row, a column or the sheet, but
    # anyone who means to can still lift it (Review ▸ Unprotect).
    ws.protection.sheet = True
    ws.protection.formatRows = False  # a long description may need a taller row
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    ws.sheet_view.selection[0].activeCell = ws.sheet_view.selection[0].sqref = f"{ws.cell(NAME_ROW, DESCRIPTION_COL).coordinate}"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _validation(scale, ws, list_col, first_col, last_col, first_row, last_row, DataValidation, letter):
    """The cells' drop-down: a list of the scale's steps and "don't know", held in a hidden column."""
    area = f"{letter(first_col)}{first_row}:{letter(last_col)}{last_row}"
    steps = scale_steps(scale)
    dont_know = _(DONT_KNOW)
    error = _("Choose a rating from the list: {range} in steps of {step}, or “{dont_know}”.").format(
        range=scale_range(scale), step=number_text(scale.step), dont_know=dont_know)
    if len(steps) <= MAX_LIST_STEPS:
        for row, value in enumerate([*steps, dont_know], start=1):
            ws.cell(row, list_col).value = value
        column = letter(list_col)
        check = DataValidation(type="list", formula1=f"${column}$1:${column}${len(steps) + 1}", allow_blank=True)
    else:  # too many steps to list: any number on the scale, or "don't know"
        first = f"{letter(first_col)}{first_row}"
        check = DataValidation(type="custom", allow_blank=True, formula1=(
            f'OR({first}="{dont_know}",AND(ISNUMBER({first}),{first}>={scale.min:g},{first}<={scale.max:g}))'))
    check.showErrorMessage = True
    check.errorTitle, check.error = _("Not a rating"), error
    check.showInputMessage = True
    check.promptTitle = _("Your rating")
    check.prompt = _("{range}, or “{dont_know}”").format(range=scale_range(scale), dont_know=dont_know)
    check.add(area)
    return check


# ---------------------------------------------------------------- reading

def read_rating_sheet(path, plan: Plan, round_: Round) -> RatingSheet:
    """Read a filled-in rating sheet of ``round_``; RatingSheetError when the file cannot be one.

    Cells that cannot count are left out and reported in ``problems``; a value between the
    scale's steps is snapped to the nearest step (and reported).
    """
    from planner.formats.spreadsheet import PlanImportError, read_table

    try:
        rows = read_table(path).rows
    except PlanImportError as e:
        raise RatingSheetError(e.problems[0] if e.problems else _("the file cannot be read")) from None
    cells = {number: values for number, values in rows}

    def at(row: int, col: int):
        values = cells.get(row, ())
        return values[col - 1] if col - 1 < len(values) else None

    from planner.formats.spreadsheet import cell_text
    if cell_text(at(1, ID_COL)) != MARKER:
        raise RatingSheetError(_("this is not a rating sheet; fill in one written for the round"))
    if cell_text(at(2, ID_COL)) != round_.id or cell_text(at(5, ID_COL)) != round_mark(round_):
        raise RatingSheetError(_("this sheet is for another round, not for round ‘{round}’").format(round=round_.name))
    if round_.state != "collecting":
        raise RatingSheetError(_("round ‘{round}’ is {state} and takes no votes; re-open it first").format(
            round=round_.name, state=_state(round_.state)))
    problems: list[str] = []
    name = _name(at(NAME_ROW, DESCRIPTION_COL), problems)
    if not name and not round_.anonymous:
        problems.append(_("{cell}: no name is given; the ratings count for an unnamed participant").format(
            cell=_ref(NAME_ROW, DESCRIPTION_COL)))
    columns = _rating_columns(cells.get(HEADER_ROW, []), round_, problems)
    ratings = _ratings(rows, columns, plan, round_, problems)
    return RatingSheet(name, ratings, problems, cell_text(at(3, ID_COL))[:200])


def _state(state: str) -> str:
    from planner.language import pgettext
    return {"collecting": pgettext("round state", "collecting"), "revealed": pgettext("round state", "revealed"),
            "closed": pgettext("round state", "closed")}.get(state, state)


def _ref(row: int, col: int) -> str:
    from openpyxl.utils import get_column_letter
    return f"{get_column_letter(col)}{row}"


def _name(value, problems: list[str]) -> str:
    from planner.formats.spreadsheet import cell_text, one_line

    name = " ".join(cell_text(value).split())  # one line, single spaces
    where = _ref(NAME_ROW, DESCRIPTION_COL)
    if writable_problem(name) is not None:
        problems.append(_("{cell}: the name holds a character that cannot be saved; the sheet counts without it").format(
            cell=where))
        return ""
    if len(name) > MAX_NAME:
        problems.append(one_line(_("{cell}: the name is longer than {most} characters; it is cut").format(
            cell=where, most=MAX_NAME)))
        name = name[:MAX_NAME].rstrip()
    return name


def _rating_columns(header: list, round_: Round, problems: list[str]) -> dict[int, str]:
    """The sheet's rating columns (1-based) and the criterion each holds."""
    from planner.formats.spreadsheet import cell_shown, in_every_language, normalised, one_line
    from planner.round_edits import CRITERION_NAMES

    # A sheet written in either language reads back in either.
    wanted = {normalised(text): c for c in round_.criteria
              for text in in_every_language(CRITERION_NAMES.get(c, c)) | {_criterion_heading(c)}}
    found: dict[int, str] = {}
    for col, value in enumerate(header[FIRST_RATING_COL - 1:], start=FIRST_RATING_COL):
        if value is None or not str(value).strip():
            break  # the columns after the ratings' are not the participant's
        criterion = wanted.get(normalised(value))
        if criterion is None or criterion in found.values():
            problems.append(one_line(_("{cell}: the round does not rate {value}; that column is left out").format(
                cell=_ref(HEADER_ROW, col), value=cell_shown(value))))
            continue
        found[col] = criterion
    return found


def _ratings(rows, columns: dict[int, str], plan: Plan, round_: Round, problems: list[str]):
    from planner.formats.spreadsheet import cell_shown, cell_text, is_blank, one_line

    wanted, seen, ratings = set(round_.initiatives), set(), []
    for number, values in rows:
        if number < FIRST_ROW:
            continue
        item = cell_text(values[ID_COL - 1]) if values else ""
        filled = [(col, values[col - 1]) for col in columns if col - 1 < len(values) and not is_blank(values[col - 1])]
        if not item:
            if filled:
                problems.append(_("row {n}: ratings without an initiative of the round; left out").format(n=number))
            continue
        if item not in wanted:
            problems.append(one_line(_("row {n}: {id} is not an initiative of round ‘{round}’; its ratings are left "
                                       "out").format(n=number, id=cell_shown(item), round=round_.name)))
            continue
        if not is_open_for(round_, item):
            if filled:
                problems.append(one_line(_("row {n}: {id} is not open for a re-vote now; its ratings are left "
                                           "out").format(n=number, id=cell_shown(item))))
            continue
        if item in seen:
            if filled:
                problems.append(one_line(_("row {n}: {id} is rated on an earlier row already; this row is left "
                                           "out").format(n=number, id=cell_shown(item))))
            continue
        seen.add(item)
        for col, value in filled:
            rating = _rating(value, plan.scale, _ref(number, col), problems)
            if rating is not False:
                ratings.append((item, columns[col], rating))
    return ratings


def _rating(value, scale: Scale, where: str, problems: list[str]):
    """The rating in a cell, None for "don't know", or False when it cannot count (and is reported)."""
    from planner.formats.spreadsheet import cell_number, cell_shown, normalised, one_line

    number = cell_number(value)
    if number is None:
        if isinstance(value, str) and (normalised(value) in _DONT_KNOW or value.strip() == "?"):
            return None
        problems.append(one_line(_("{cell}: {value} is not a rating (choose {range} or “{dont_know}”); left "
                                   "out").format(cell=where, value=cell_shown(value), range=scale_range(scale),
                                                 dont_know=_(DONT_KNOW))))
        return False
    if not scale.min <= number <= scale.max:
        problems.append(one_line(_("{cell}: {value} is outside the scale {range}; left out").format(
            cell=where, value=number_text(number), range=scale_range(scale))))
        return False
    snapped = snap(number, scale)
    if abs(snapped - number) > 1e-9:
        problems.append(one_line(_("{cell}: {value} is between the scale's steps; taken as {snapped}").format(
            cell=where, value=number_text(number), snapped=number_text(snapped))))
    return snapped


# ---------------------------------------------------------------- into the round

def sheet_key(sheet: RatingSheet) -> str:
    """The participant key a sheet leaves in the round: a digest of its own key, never a phone's."""
    return "sheet:" + hashlib.sha256(sheet.key.encode("utf-8", "replace")).hexdigest()[:32] if sheet.key else ""


def already_imported(round_: Round, sheet: RatingSheet) -> bool:
    """Whether this very sheet was read into ``round_`` before."""
    key = sheet_key(sheet)
    return bool(key) and any(p.key == key for p in round_.participants)


def sheet_votes(round_: Round, sheet: RatingSheet, now: dt.datetime) -> tuple[tuple[Vote, ...], tuple[Participant, ...]]:
    """The sheet's ratings as votes of a new participant of ``round_`` (nameless in an anonymous round).

    Nothing when the sheet holds no ratings. Apply them with ``AddVotes(round_.id, votes, participants)``.
    """
    if not sheet.ratings:
        return (), ()
    taken = {p.id for p in round_.participants}
    number = len(round_.participants) + 1
    while f"p{number}" in taken:
        number += 1
    who = Participant(f"p{number}", "" if round_.anonymous else sheet.participant, sheet_key(sheet))
    votes = tuple(Vote(who.id, item, criterion, value, now) for item, criterion, value in sheet.ratings)
    return votes, (who,)
