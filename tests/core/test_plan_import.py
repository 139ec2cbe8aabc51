"""Importing initiatives from CSV files and Excel workbooks: headers, cells, bad rows, hostile files."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import time
import zipfile

import pytest

from planner.formats import spreadsheet
from planner.model import Dependency, Initiative, Lane, Plan
from planner.formats.plan_file import dumps, load, loads
from planner.formats.plan_import import PlanImportError, import_plan, import_rows_into
from tests.cli_run import run


def write_csv(path, text: str, encoding: str = "utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def round_trip(plan: Plan) -> Plan:
    """The imported plan passes the plan file's validation unchanged."""
    again = loads(dumps(plan))
    assert again == plan
    return again


ENGLISH = """Title,Benefit,Technical effort,Organisational effort,Decision,Lane,Owner,Start,Duration (days),Depends on,Description
Policy,4,2,3,build,Listening,Ann,2027-01-04,10,,Write the policy
Webcare team,4.5,2,4,Join,Listening,Bob,,20,policy,
Dashboard,3,1,1,,Insight,,,5,Webcare team; Policy,
"""


def test_english_headers_make_initiatives_lanes_and_dependencies(tmp_path):
    """An English CSV gives ratings, decisions, lanes by name, fixed starts and dependencies."""
    plan, report = import_plan(write_csv(tmp_path / "plan.csv", ENGLISH))
    round_trip(plan)
    assert [i.id for i in plan.initiatives] == ["policy", "webcare-team", "dashboard"]
    policy, webcare, dashboard = plan.initiatives
    assert (policy.benefit, policy.technical_effort, policy.organisational_effort) == (4, 2, 3)
    assert (policy.owner, policy.description, policy.duration_days) == ("Ann", "Write the policy", 10)
    assert policy.start == dt.date(2027, 1, 4) and policy.fixed_start
    assert webcare.decision == "join" and dashboard.decision == "undecided"
    assert [(lane.id, lane.name) for lane in plan.lanes] == [("listening", "Listening"), ("insight", "Insight")]
    assert (policy.lane, dashboard.lane) == ("listening", "insight")
    assert {(d.from_, d.to) for d in plan.dependencies} == {
        ("policy", "webcare-team"), ("webcare-team", "dashboard"), ("policy", "dashboard")}
    assert plan.title == "plan" and plan.start == dt.date(2027, 1, 4)
    assert (report.rows_read, report.rows_imported, report.ignored_columns, report.problems) == (3, 3, [], [])


def test_dutch_headers_and_decisions(tmp_path):
    """Dutch headers and decision words are understood, whatever their case and punctuation."""
    text = ("Initiatief,Baat,Technische inspanning,Organisatorische Inspanning,Keuze,Spoor,Eigenaar,"
            "Startdatum,Duur (dagen),Afhankelijk van,Omschrijving\n"
            "Beleid,4,2,3,Bouwen,Luisteren,Ann,2027-01-04,10,,Het beleid\n"
            "Webcare,5,2,4,aansluiten,Luisteren,,,,beleid,\n"
            "Archief,1,1,1,NEGEREN,,,,,,\n"
            "Pilot,2,2,2,onbeslist,,,,,,\n")
    plan, report = import_plan(write_csv(tmp_path / "nl.csv", text))
    round_trip(plan)
    assert [i.decision for i in plan.initiatives] == ["build", "join", "ignore", "undecided"]
    assert plan.initiatives[0].owner == "Ann" and plan.initiatives[0].description == "Het beleid"
    assert [lane.name for lane in plan.lanes] == ["Luisteren"]
    assert [(d.from_, d.to) for d in plan.dependencies] == [("beleid", "webcare")]
    assert report.ignored_columns == []


def test_semicolon_csv_with_bom_day_first_dates_and_decimal_commas(tmp_path):
    """Excel's Dutch CSV: a BOM, semicolons, d-m-yyyy and d/m/yyyy dates and 4,5 as a number."""
    text = ("\ufefftitel;baat;startdatum;einddatum\n"
            "Beleid;4,5;4-1-2027;13-1-2027\n"
            "Webcare;3;01/02/2027;28/02/2027\n")
    plan, _ = import_plan(write_csv(tmp_path / "nl.csv", text))
    round_trip(plan)
    beleid, webcare = plan.initiatives
    assert beleid.title == "Beleid" and beleid.benefit == 4.5
    assert (beleid.start, beleid.duration_days) == (dt.date(2027, 1, 4), 10)
    assert (webcare.start, webcare.duration_days) == (dt.date(2027, 2, 1), 28)


def test_a_csv_saved_by_excel_on_windows_is_read(tmp_path):
    """Not UTF-8 (Excel's "CSV" on Windows is cp1252): the accented letters still come through."""
    path = write_csv(tmp_path / "win.csv", "titel;omschrijving\nCafé;Één ding\n", encoding="cp1252")
    plan, _ = import_plan(path)
    assert (plan.initiatives[0].title, plan.initiatives[0].description) == ("Café", "Één ding")


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path, monkeypatch):
    """The unpacked size in the zip's directory is checked before openpyxl reads anything."""
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 10_000)
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    path = raw_workbook(tmp_path / "zip.xlsx", rows, ["title"] + ["padding" * 10] * 200)
    with pytest.raises(PlanImportError, match="the workbook unpacks to more than .* MB, too large to import"):
        import_plan(path)


def test_importing_a_csv_does_not_load_openpyxl(tmp_path):
    """openpyxl is imported only for workbooks, so a CSV import starts quickly."""
    path = write_csv(tmp_path / "a.csv", "title\nA\n")
    code = ("import sys; from planner.formats.plan_import import import_plan; import_plan(sys.argv[1]);"
            "print('openpyxl' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr


def test_weeks_and_duration_precedence(tmp_path):
    """Weeks count seven days; days win over weeks, and a given duration over start and finish."""
    text = ("title,duration (weeks),duration (days),start,finish\n"
            "A,3,,,\n"
            "B,3,4,,\n"
            "C,,2,2027-01-01,2027-03-01\n"
            "D,,,2027-01-01,2027-01-01\n")
    plan, _ = import_plan(write_csv(tmp_path / "w.csv", text))
    assert [i.duration_days for i in plan.initiatives] == [21, 4, 2, 1]


def test_predecessors_by_id_and_title_and_ids_from_the_id_column(tmp_path):
    """Predecessors name ids or titles, separated by commas or semicolons; given ids are kept."""
    text = ("id,title,predecessors\n"
            "P1,Policy,\n"
            "W,Webcare team,P1\n"
            ",Webcare team 2,\"Policy, W\"\n"
            "D,Dashboard,webcare team;P1\n")
    plan, _ = import_plan(write_csv(tmp_path / "p.csv", text))
    round_trip(plan)
    assert [i.id for i in plan.initiatives] == ["P1", "W", "webcare-team-2", "D"]
    assert [(d.from_, d.to) for d in plan.dependencies] == [
        ("P1", "W"), ("P1", "webcare-team-2"), ("W", "webcare-team-2"), ("W", "D"), ("P1", "D")]


def test_generated_ids_are_unique(tmp_path):
    """Titles that make the same id get -2, -3, as the document does for new initiatives."""
    plan, _ = import_plan(write_csv(tmp_path / "t.csv", "title\nWeb care\nweb-care\n!!!\n"))
    assert [i.id for i in plan.initiatives] == ["web-care", "web-care-2", "initiative"]


def test_unknown_columns_are_listed_and_blank_rows_skipped(tmp_path):
    """Columns the app does not know are reported; blank rows neither count nor shift row numbers."""
    text = "Title,Colour,Benefit,Budget (EUR)\nA,red,3,100\n,,,\n\nB,,hoog,\n"
    path = write_csv(tmp_path / "u.csv", text)
    with pytest.raises(PlanImportError) as caught:
        import_plan(path)
    assert caught.value.problems == ['row 5, benefit: "hoog" is not a number in 1–5']
    plan, report = import_plan(write_csv(tmp_path / "u2.csv", text.replace("hoog", "2")))
    assert [i.title for i in plan.initiatives] == ["A", "B"]
    assert report.ignored_columns == ["Colour", "Budget (EUR)"]
    assert (report.rows_read, report.rows_imported) == (2, 2)


BAD = """title,benefit,technical effort,decision,start,duration (days),predecessors
Good,3,2,build,,,
Bad one,hoog,2,build,,,
Bad two,7,x,maybe,2027-13-01,-3,
,3,,,,,
Also good,4,1,,,,Good
Lost,4,1,,,,Nowhere
"""


def test_every_bad_row_is_reported_at_once_and_nothing_imported(tmp_path):
    """All problems come together, each as `row N, column: what`, and no plan results."""
    with pytest.raises(PlanImportError) as caught:
        import_plan(write_csv(tmp_path / "bad.csv", BAD))
    assert caught.value.problems == [
        'row 3, benefit: "hoog" is not a number in 1–5',
        'row 4, benefit: 7 is outside the scale 1–5',
        'row 4, technical effort: "x" is not a number in 1–5',
        'row 4, decision: "maybe" is not a decision (use build, join, ignore or undecided)',
        'row 4, start: "2027-13-01" is not a date (use YYYY-MM-DD or D-M-YYYY)',
        'row 4, duration: -3 days is not a duration (use 0 to 36500)',
        "row 5, title: an initiative needs a title",
        'row 7, predecessors: no initiative has the id or title "Nowhere"',
    ]
    assert str(caught.value) == "\n".join(caught.value.problems)


def test_skip_bad_rows_imports_the_good_ones(tmp_path):
    """With skip_bad_rows the good rows come in and the problems are in the report."""
    plan, report = import_plan(write_csv(tmp_path / "bad.csv", BAD), skip_bad_rows=True)
    round_trip(plan)
    assert [i.title for i in plan.initiatives] == ["Good", "Also good", "Lost"]
    assert [(d.from_, d.to) for d in plan.dependencies] == [("good", "also-good")]
    assert (report.rows_read, report.rows_imported, len(report.problems)) == (6, 3, 8)


def test_a_predecessor_on_a_skipped_row_is_named(tmp_path):
    """A dependency on a row that was left out says so rather than 'no such initiative'."""
    text = "id,title,benefit,predecessors\na,A,hoog,\nb,B,3,a\n"
    plan, report = import_plan(write_csv(tmp_path / "s.csv", text), skip_bad_rows=True)
    assert [i.id for i in plan.initiatives] == ["b"] and plan.dependencies == []
    assert report.problems[-1] == 'row 3, predecessors: "a" is on row 2, which was left out'


def test_duplicate_ids_and_cycles_are_reported(tmp_path):
    """An id used twice and dependencies that loop are row problems too."""
    text = "id,title,predecessors\na,A,c\nb,B,a\nc,C,b\na,Again,\n"
    with pytest.raises(PlanImportError) as caught:
        import_plan(write_csv(tmp_path / "c.csv", text))
    assert caught.value.problems == ['row 5, id: "a" is already used by row 2',
                                     "row 4, predecessors: the dependencies form a cycle: a → b → c → a"]
    plan, _ = import_plan(write_csv(tmp_path / "c.csv", text), skip_bad_rows=True)
    round_trip(plan)
    assert len(plan.dependencies) == 2


def test_a_file_without_a_title_column_is_refused(tmp_path):
    """Without a title column there is nothing to import, and the message shows what was found."""
    with pytest.raises(PlanImportError, match="no column is headed title .*the first row holds: name, benefit"):
        import_plan(write_csv(tmp_path / "n.csv", "name,benefit\nA,3\n"))
    with pytest.raises(PlanImportError, match="the sheet is empty"):
        import_plan(write_csv(tmp_path / "e.csv", "\n\n"))


# ---------------------------------------------------------------- workbooks

EXPORT_HEADERS = ["id", "title", "description", "owner", "lane", "benefit", "technical effort",
                  "organisational effort", "combined effort", "quadrant", "priority", "rank", "decision",
                  "start", "finish", "duration", "predecessors"]


def exported_workbook(path):
    """A workbook shaped like the app's export, with dates both as dates and as bare serials."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Notes"
    ws.append(["this sheet is not the initiatives"])
    ws = wb.create_sheet("Initiatives")
    ws.append(EXPORT_HEADERS)
    ws.append(["policy", "Policy", "", "Ann", "Listening", 4, 2, 3, 2.8, "Quick wins", 1.43, 1, "build",
               dt.datetime(2027, 1, 4), dt.datetime(2027, 1, 13), 10, ""])
    # 46419 is 2027-02-01 as Excel stores it; without a date format openpyxl reads the number.
    ws.append(["webcare", "Webcare team", "", "", "Listening", 4.5, 2, 4, 3.6, "Big bets", 1.25, 2, "join",
               46419, None, 20, "policy"])
    ws.append(["dash", "Dashboard", "", "", "Insight", 3, 1, 1, 1, "", "", 3, "", None, None, None, "webcare"])
    settings = wb.create_sheet("Settings")
    for row in (["plan title", "Social media 2027"], ["Plan start", dt.datetime(2027, 1, 4)],
                ["Scale min", 1], ["Scale max", 5], ["Scale step", 0.5], ["Technical weight", 0.3],
                ["Organisational weight", 0.7], ["Benefit threshold", 3.5], ["Effort threshold", 2.5]):
        settings.append(row)
    deps = wb.create_sheet("Dependencies")
    deps.append(["from", "to", "lag (days)"])
    deps.append(["policy", "webcare", 5])
    deps.append(["policy", "dash", -2])
    wb.save(path)
    return path


def check_exported_plan(plan: Plan):
    round_trip(plan)
    assert plan.title == "Social media 2027" and plan.start == dt.date(2027, 1, 4)
    assert (plan.effort_weights.technical, plan.effort_weights.organisational) == (0.3, 0.7)
    assert (plan.thresholds.benefit, plan.thresholds.effort) == (3.5, 2.5)
    policy, webcare, dash = plan.initiatives
    assert (policy.start, policy.duration_days, policy.owner) == (dt.date(2027, 1, 4), 10, "Ann")
    assert (webcare.start, webcare.decision, webcare.benefit) == (dt.date(2027, 2, 1), "join", 4.5)
    assert dash.start is None and not dash.fixed_start
    assert [(d.from_, d.to, d.lag_days) for d in plan.dependencies] == [
        ("policy", "webcare", 5), ("webcare", "dash", 0), ("policy", "dash", -2)]


def test_a_workbook_like_the_export_reads_back(tmp_path):
    """The Initiatives sheet is chosen; Settings and Dependencies apply; computed columns are skipped."""
    plan, report = import_plan(exported_workbook(tmp_path / "export.xlsx"))
    check_exported_plan(plan)
    assert report.ignored_columns == [] and report.problems == []


def test_the_first_sheet_is_read_when_there_is_no_initiatives_sheet(tmp_path):
    """A plain workbook's first sheet holds the rows."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.append(["Titel", "Baat"])
    wb.active.append(["Beleid", 4])
    wb.create_sheet("Other").append(["title"])
    wb.save(tmp_path / "plain.xlsx")
    plan, _ = import_plan(tmp_path / "plain.xlsx")
    assert [(i.title, i.benefit) for i in plan.initiatives] == [("Beleid", 4)]


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""


def raw_workbook(path, rows_xml: str, strings: list[str], strings_prolog: str = "", sheet_prolog: str = ""):
    """Write a minimal .xlsx by hand, as Excel saves it: shared strings, formulas with cached values."""
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?>{strings_prolog}'
                   f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sst}</sst>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?>{sheet_prolog}<worksheet '
                   'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   f"<sheetData>{rows_xml}</sheetData></worksheet>")
    return path


def test_shared_strings_and_formula_cached_values_are_read(tmp_path):
    """A formula cell counts as the value Excel last computed for it."""
    rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><f>2*2</f><v>4</v></c><c r="C2"><v>46391</v></c></row>')
    path = raw_workbook(tmp_path / "excel.xlsx", rows, ["Title", "Benefit", "Start", "Webcare"])
    plan, _ = import_plan(path)
    (item,) = plan.initiatives
    assert (item.title, item.benefit, item.start) == ("Webcare", 4, dt.date(2027, 1, 4))


@pytest.mark.parametrize("part", ["sst", "worksheet"])
def test_a_billion_laughs_workbook_is_refused_quickly(tmp_path, part):
    """Nested entity declarations in the shared strings or a sheet are refused at once, not expanded."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    prolog = f"<!DOCTYPE {part} [{entities}]>"
    if part == "sst":
        path = raw_workbook(tmp_path / "bomb.xlsx", '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                            ["&lol9;"], strings_prolog=prolog)
    else:
        path = raw_workbook(tmp_path / "bomb.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
                            ["title"], sheet_prolog=prolog)
    began = time.monotonic()
    with pytest.raises(PlanImportError) as caught:
        import_plan(path)
    assert time.monotonic() - began < 5
    assert str(caught.value) == ("the workbook declares XML entities, which a spreadsheet never needs; "
                                 "it is refused as unsafe")


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    """Size is checked first, so a huge file costs nothing."""
    monkeypatch.setattr(spreadsheet, "MAX_FILE_BYTES", 1024 * 1024)
    path = write_csv(tmp_path / "big.csv", "title\n" + "x\n" * 600_000)
    with pytest.raises(PlanImportError, match="the file is larger than 1 MB, too large to import"):
        import_plan(path)


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    """CSV rows are counted while reading; a sheet's stored size and its rows are both checked."""
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 10)
    with pytest.raises(PlanImportError, match="the file has more than 10 rows"):
        import_plan(write_csv(tmp_path / "many.csv", "title\n" + "x\n" * 11))
    assert len(import_plan(write_csv(tmp_path / "ok.csv", "title\n" + "x\n" * 10))[0].initiatives) == 10
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Initiatives"
    for row in [["title"]] + [["x"]] * 11:
        wb.active.append(row)
    wb.save(tmp_path / "many.xlsx")
    with pytest.raises(PlanImportError, match="the sheet “Initiatives” has more than 10 rows"):
        import_plan(tmp_path / "many.xlsx")
    # Without a stored dimension (as some tools write), the rows are counted while reading.
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>{min(n - 1, 1)}</v></c></row>' for n in range(1, 13))
    with pytest.raises(PlanImportError, match="has more than 10 rows"):
        import_plan(raw_workbook(tmp_path / "nodim.xlsx", rows, ["title", "x"]))


def test_files_that_are_not_spreadsheets_are_refused(tmp_path):
    """A broken zip, an old .xls and a missing file each give one sentence."""
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(PlanImportError, match="not an Excel workbook that can be read"):
        import_plan(tmp_path / "broken.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    with pytest.raises(PlanImportError, match=r"old Excel 97–2003 \(.xls\) file"):
        import_plan(tmp_path / "old.xls")
    with pytest.raises(PlanImportError, match="cannot read the file"):
        import_plan(tmp_path / "missing.csv")


def test_a_text_file_named_xlsx_is_refused_as_not_a_workbook(capsys, tmp_path):
    """A CSV or text file named .xlsx is one error saying it is no workbook, not a missing column."""
    from tests.cli_run import run
    fake = tmp_path / "fake.xlsx"
    fake.write_text("this is not a zip\nfoo,bar\n", encoding="utf-8")
    with pytest.raises(PlanImportError) as refused:
        import_plan(fake)
    assert refused.value.problems == ["the file is not an Excel workbook, though its name ends in .xlsx"]
    status, _out, err = run(capsys, "--lang", "nl", "import", fake, "-o", tmp_path / "p.bep")
    assert status == 1 and err.endswith("fake.xlsx: het bestand is geen Excel-werkmap, al eindigt de naam op .xlsx\n")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_reads_the_same(tmp_path):
    """LibreOffice rewrites styles, strings and dates and computes formulas; the import sees the same plan."""
    import openpyxl
    exported_workbook(tmp_path / "export.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "export.xlsx")
    wb["Initiatives"]["F4"] = "=1+2"  # Dashboard's benefit, with no cached value until recalculated
    wb.save(tmp_path / "export.xlsx")
    assert import_plan(tmp_path / "export.xlsx")[0].initiatives[2].benefit is None
    out = tmp_path / "lo"
    done = subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                           str(tmp_path / "export.xlsx")], capture_output=True, timeout=180)
    if not (out / "export.xlsx").exists():
        pytest.skip(f"LibreOffice could not convert: {done.stderr.decode(errors='replace')[:200]}")
    plan, _ = import_plan(out / "export.xlsx")
    check_exported_plan(plan)
    assert plan.initiatives[2].benefit == 3  # the formula's value as LibreOffice computed it


# ---------------------------------------------------------------- into an open plan

def test_rows_imported_into_a_plan_avoid_its_ids_and_reuse_its_lanes(tmp_path):
    """New ids never clash, lanes match by name, and predecessors may name the plan's initiatives."""
    plan = Plan(lanes=[Lane("listen", "Listening")],
                initiatives=[Initiative("policy", "Policy"), Initiative("webcare", "Webcare")])
    text = "id,title,lane,predecessors\npolicy,New policy,listening,\n,Webcare,Insight,\"policy, Policy\"\n"
    items, deps, report = import_rows_into(plan, write_csv(tmp_path / "add.csv", text))
    assert [i.id for i in items] == ["policy-2", "webcare-2"]
    assert [i.lane for i in items] == ["listen", "insight"]
    assert [(lane.id, lane.name) for lane in report.new_lanes] == [("insight", "Insight")]
    assert [(d.from_, d.to) for d in deps] == [("policy-2", "webcare-2"), ("policy", "webcare-2")]
    assert len(plan.initiatives) == 2 and len(plan.lanes) == 1  # the plan itself is untouched
    plan.lanes += report.new_lanes
    plan.initiatives += items
    plan.dependencies += deps
    round_trip(plan)


def test_rows_imported_into_a_plan_use_its_scale_and_respect_its_dependencies(tmp_path):
    """Ratings are checked against the open plan's scale; a cycle through its dependencies is refused."""
    plan = Plan(initiatives=[Initiative("a", "A"), Initiative("b", "B")], dependencies=[Dependency("a", "b")])
    plan.scale.max = 10
    text = "id,title,benefit,predecessors\nc,C,8,b\n"
    items, deps, _ = import_rows_into(plan, write_csv(tmp_path / "ok.csv", text))
    assert items[0].benefit == 8 and [(d.from_, d.to) for d in deps] == [("b", "c")]
    loop = "id,title,predecessors\nc,C,\"b; d\"\nd,D,c\n"
    with pytest.raises(PlanImportError) as caught:
        import_rows_into(plan, write_csv(tmp_path / "loop.csv", loop))
    assert caught.value.problems == ["row 3, predecessors: the dependencies form a cycle: c → d → c"]


# ---------------------------------------------------------------- command line



def test_cli_import_writes_a_plan_and_a_summary(tmp_path, capsys):
    """`import` writes the plan and says what it imported and which columns it ignored."""
    source = write_csv(tmp_path / "in.csv", ENGLISH.replace("Description", "Colour"))
    out = tmp_path / "plan.bep"
    status, stdout, err = run(capsys, "import", source, "-o", out)
    assert (status, err) == (0, "")
    assert stdout == "imported 3 initiatives, 3 dependencies; ignored columns: Colour\n"
    assert [i.id for i in load(out).initiatives] == ["policy", "webcare-team", "dashboard"]


def test_cli_import_reports_bad_rows_and_writes_nothing(tmp_path, capsys):
    """Bad rows give exit status 1, one line each on stderr, at most 20 and then a count."""
    rows = "".join(f"R{n},hoog\n" for n in range(25))
    source = write_csv(tmp_path / "bad.csv", "title,benefit\n" + rows)
    out = tmp_path / "plan.bep"
    status, stdout, err = run(capsys, "import", source, "-o", out)
    lines = err.splitlines()
    assert status == 1 and stdout == "" and not out.exists()
    assert lines[0] == f'error: {source}: row 2, benefit: "hoog" is not a number in 1–5'
    assert len(lines) == 21 and lines[-1] == f"error: {source}: … and 5 more"


def test_cli_import_skip_bad_rows_warns(tmp_path, capsys):
    """--skip-bad-rows writes the good rows and lists the bad ones as warnings."""
    source = write_csv(tmp_path / "bad.csv", BAD)
    out = tmp_path / "plan.bep"
    status, stdout, err = run(capsys, "import", source, "-o", out, "--skip-bad-rows")
    assert status == 0 and len(load(out).initiatives) == 3
    assert stdout == "imported 3 initiatives, 1 dependencies; left out 3 bad rows\n"
    assert err.splitlines()[0] == f'warning: {source}: row 3, benefit: "hoog" is not a number in 1–5'


def test_cli_import_refuses_to_overwrite_without_force(tmp_path, capsys):
    """An existing plan is only replaced with --force; usage errors exit 2."""
    source = write_csv(tmp_path / "in.csv", ENGLISH)
    out = tmp_path / "plan.bep"
    out.write_text("keep me")
    status, _, err = run(capsys, "import", source, "-o", out)
    assert status == 1 and err == f"error: {out}: the file exists already; add --force to replace it\n"
    assert out.read_text() == "keep me"
    assert run(capsys, "import", source, "-o", out, "--force")[0] == 0
    assert len(load(out).initiatives) == 3
    assert run(capsys, "import", source)[0] == 2
