"""Reading a spreadsheet, an Excel workbook (.xlsx) or a CSV file, into rows of cells.

Workbooks are untrusted input: a size limit, a row limit and defusedxml (via openpyxl) keep a
hostile file from exhausting memory or time. The cell helpers read numbers, dates and text the
way people type them in English and Dutch spreadsheets.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from planner.errors import PlanError
from planner.language import _, current
from planner.formats.guarded_reader import not_a_file
from planner.formats.workbook_archive import ArchiveProblem, check_archive
from planner.prose import system_problem

MAX_FILE_BYTES = 50 * 1024 * 1024
# Twice what 100,000 rows of the export unpack to. Bounds the parse (about 15 s per 50 MB of
# sheet XML) and refuses zip bombs, which unpack to far more.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_SETTINGS_ROWS = 1_000
# The longest a workbook or CSV may take to read, the last guard behind the limits above against
# a file crafted to be slow. A legitimate 100,000-row workbook (nine columns, 200,000 different
# texts) takes 12 s of processor time to read on the 2-core development machine, and took 32-36 s
# of wall time there while other work kept both cores busy; two minutes leaves room for slower
# machines and still ends a crafted file with a sentence.
READ_SECONDS = 120
SNIFF_CHARS = 64 * 1024  # the header line is looked for in this much of a CSV
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 given Excel's fictitious 1900-02-29
INITIATIVE_SHEETS = ("initiatives", "initiatieven")
# Each other sheet an import reads, by its English name: the names it goes by in either language.
SHEETS = {"settings": ("settings", "instellingen"), "dependencies": ("dependencies", "afhankelijkheden"),
          "strategy": ("strategy", "strategie")}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
MAX_PROBLEM_CHARS = 300  # a problem names a place and at most a few values, each cut at 40 or 80
_DATE_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\Z")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]*)?\Z")


class PlanImportError(PlanError):
    """A spreadsheet that cannot be imported; ``problems`` lists every one, ``str()`` joins them."""

    def __init__(self, problems: list[str]):
        self.problems = [one_line(problem) for problem in problems]
        super().__init__("\n".join(self.problems))


@dataclass(slots=True)
class Table:
    rows: list[tuple[int, list]]  # (spreadsheet row number, cell values), header row first
    settings: list[tuple[int, list]] | None = None
    dependencies: list[tuple[int, list]] | None = None
    strategy: list[tuple[int, list]] | None = None  # the Strategy sheet, when the workbook has one


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")  # names only a zipped workbook should have


def read_table(path) -> Table:
    """Return the rows of the CSV file or workbook at ``path``, or raise PlanImportError."""
    try:
        # A pipe or a device would be read until its writer stops, or forever (/dev/zero).
        problem = not_a_file(path)
        if problem:
            raise PlanImportError([problem])
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as e:
        raise PlanImportError([_("cannot read the file ({reason})").format(reason=system_problem(e))]) from None
    if size > MAX_FILE_BYTES:
        raise PlanImportError([_("the file is larger than {size} MB, too large to import; remove unused sheets or "
                                 "split it").format(size=MAX_FILE_BYTES // (1024 * 1024))])
    deadline = time.monotonic() + READ_SECONDS
    if head.startswith(b"PK\x03\x04"):
        return _read_workbook(path, deadline)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise PlanImportError([_("this is an old Excel 97–2003 (.xls) file; save it as .xlsx or .csv first")])
    if Path(path).suffix.lower() in WORKBOOK_SUFFIXES:
        # Read as CSV, its bytes would give a nonsense header row and a message about a missing column.
        raise PlanImportError([_("the file is not an Excel workbook, though its name ends in {suffix}").format(
            suffix=Path(path).suffix)])
    return _read_csv(path, deadline)


def _in_time(deadline: float) -> None:
    """Stop a reading that has run past its budget."""
    if time.monotonic() > deadline:
        raise PlanImportError([_("reading the file took longer than {seconds} seconds, far longer than any real "
                                 "spreadsheet needs, and was stopped").format(seconds=READ_SECONDS)])


def _read_csv(path, deadline: float) -> Table:
    data = Path(path).read_bytes()
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")  # what Excel on Windows saves as "CSV"
    except UnicodeDecodeError:
        raise PlanImportError([_("the file starts as UTF-16 text but is not valid UTF-16; save it again as CSV "
                                 "UTF-8")]) from None
    delimiter = _delimiter(text)
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, values in enumerate(reader, start=1):
            if number > MAX_ROWS + 1:
                raise PlanImportError([_too_many_rows()])
            _in_time(deadline)
            rows.append((number, values[:MAX_COLUMNS]))
    except csv.Error as e:
        raise PlanImportError([_("line {n}: the file is not valid CSV ({reason})").format(n=reader.line_num,
                                                                                       reason=e)]) from None
    return Table(rows)


def _delimiter(text: str) -> str:
    """The separator that splits the header line into the most fields: comma, semicolon or tab.

    csv.Sniffer can take many seconds on a crafted sample; counting is linear and the header
    line is the one line whose shape is known.
    """
    first = next((line for line in text[:SNIFF_CHARS].splitlines() if line.strip()), "")

    def fields(delimiter: str) -> int:
        try:
            return len(next(csv.reader([first], delimiter=delimiter), []))
        except csv.Error:  # an unclosed quote: count the separators as they stand
            return first.count(delimiter) + 1

    return max(",;\t", key=fields)


def _read_workbook(path, deadline: float) -> Table:
    import openpyxl  # heavy: only when a workbook is imported
    from defusedxml import DefusedXmlException

    try:
        check_archive(path, MAX_UNPACKED_BYTES)
    except ArchiveProblem as e:
        raise PlanImportError([str(e)]) from None
    wb = None
    # openpyxl's warnings about odd parts would add lines to the one; and it leaves its file open
    # when a part fails, so the file is opened (and closed) here.
    try:
        stream = open(path, "rb")
    except OSError as e:  # gone or locked since it was checked
        raise PlanImportError([_("cannot read the file ({reason})").format(reason=system_problem(e))]) from None
    with warnings.catch_warnings(), stream:
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(stream, read_only=True, data_only=True)
            sheets = {ws.title.strip().lower(): ws for ws in wb.worksheets}
            if not sheets:
                raise PlanImportError([_("the workbook has no sheets")])
            main = next((sheets[n] for n in INITIATIVE_SHEETS if n in sheets), wb.worksheets[0])
            _in_time(deadline)  # the workbook's parts and its table of texts are parsed by now
            table = Table(_sheet_rows(main, MAX_ROWS + 1, deadline))
            found = {key: next((sheets[n] for n in names if n in sheets), None) for key, names in SHEETS.items()}
            if found["settings"] is not None and found["settings"] is not main:
                table.settings = _sheet_rows(found["settings"], MAX_SETTINGS_ROWS, deadline)
            if found["dependencies"] is not None and found["dependencies"] is not main:
                table.dependencies = _sheet_rows(found["dependencies"], MAX_ROWS + 1, deadline)
            if found["strategy"] is not None and found["strategy"] is not main:
                table.strategy = _sheet_rows(found["strategy"], MAX_ROWS + 1, deadline)
            return table
        except PlanImportError:
            raise
        except Exception as e:  # noqa: BLE001 - any library error on untrusted bytes is the file's fault
            # openpyxl wraps what went wrong in its own error; defusedxml's refusal may be inside.
            cause = e
            while cause is not None and not isinstance(cause, DefusedXmlException):
                cause = cause.__cause__ or cause.__context__
            if cause is not None:
                raise PlanImportError([_("the workbook declares XML entities, which a spreadsheet never needs; it "
                                         "is refused as unsafe")]) from None
            raise PlanImportError([_("the file is not an Excel workbook that can be read ({reason})").format(
                reason=type(e).__name__)]) from None
        finally:
            if wb is not None:
                wb.close()


def _sheet_rows(ws, limit: int, deadline: float) -> list[tuple[int, list]]:
    ws.reset_dimensions()  # a stored dimension may be stale either way: the rows are counted instead
    rows = []
    for number, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
        if number > limit:
            raise PlanImportError([_too_many_rows(ws.title)])
        _in_time(deadline)
        rows.append((number, list(values)))
    return rows


def _too_many_rows(sheet: str = "") -> str:
    rows = f"{MAX_ROWS:,}".replace(",", ".") if current() == "nl" else f"{MAX_ROWS:,}"
    if sheet:
        return _("the sheet “{sheet}” has more than {rows} rows, too many to import").format(sheet=sheet[:40], rows=rows)
    return _("the file has more than {rows} rows, too many to import").format(rows=rows)


# ---------------------------------------------------------------- cells

def in_every_language(message: str, context: str | None = None) -> set[str]:
    """Return the English ``message`` and its translation in every catalog: a workbook written
    in any language reads back whatever language the app speaks now."""
    from planner import language
    catalogs = [language.catalog(code) for code in language.LANGUAGES]
    return {message, *(c.pgettext(context, message) if context else c.gettext(message) for c in catalogs)}


def normalised(header) -> str:
    """A header or label as matched: lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", str(header or "")).lower()


def is_blank(value) -> bool:
    """True for an empty cell or one holding only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_shown(value) -> str:
    """A cell's value quoted for a problem sentence: ``"hoog"``, long ones cut, control characters escaped."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    text = _escaped(str(value).strip())
    return f"\"{text if len(text) <= 40 else text[:37] + '…'}\""


def one_line(problem: str, limit: int = MAX_PROBLEM_CHARS) -> str:
    """``problem`` as one printable line: control characters escaped, the middle cut when it is too long."""
    text = _escaped(problem)
    return text if len(text) <= limit else text[:limit * 2 // 3] + " … " + text[-(limit // 3):]


def _escaped(text: str) -> str:
    # A newline or NUL from a file would split or garble the one line a problem must stay; so would
    # a lone surrogate, which no terminal can print.
    return _CONTROL.sub(lambda m: repr(m[0])[1:-1], text)


def cell_text(value) -> str:
    """The text in a cell, stripped; whole numbers and midnight dates as they were typed."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    return "" if value is None else str(value).strip()


def cell_number(value) -> float | None:
    """Return the number in a cell, or None if it holds none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # a Dutch decimal comma
    try:
        number = float(text)
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if number.is_integer() else number


def cell_date(value) -> dt.date | None:
    """Return the date in a cell (a date, an Excel serial, YYYY-MM-DD or D-M-YYYY), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:  # Excel serials 1900-01-01 … 9999-12-31
            return EXCEL_EPOCH + dt.timedelta(days=int(value))
        return None
    text = str(value).strip()
    try:
        if m := _DATE_ISO.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DATE_DMY.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None
