"""The Excel export: sheets, table, live formulas, validations, roadmap formatting, injection, CLI."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from planner.model import Initiative, Plan
from planner.samples import sample_plan
from planner.scheduling import schedule
from planner.scoring import initiative_scores, plan_ranks
from planner.formats.xlsx_chart import KEY_ROW
from planner.formats.xlsx_export import (
    FONT_NAME, INITIATIVE_COLUMN, INITIATIVE_COLUMNS, column_letter, write_xlsx, xlsx_bytes,
)
from planner.formats.xlsx_print import pages_wide
from planner.formats.xlsx_roadmap import DIAMOND, ROADMAP_COLUMNS, RM_ENDS, RM_FIRST, RM_FIRST_PERIOD_COLUMN, RM_STARTS
from tests.cli_run import run

openpyxl = pytest.importorskip("openpyxl")

INJECTIONS = ('=HYPERLINK("http://x","y")', "@SUM(A1)", "+1+1", "-2+3")
NOW = dt.datetime(2027, 1, 2, 9, 30)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The sample plan exported with a weekly roadmap; (plan, path, workbook)."""
    plan = sample_plan()
    path = tmp_path_factory.mktemp("xlsx") / "sample.xlsx"
    write_xlsx(plan, path, unit="week", now=NOW)
    return plan, path, openpyxl.load_workbook(path)


def sheet_xml(path: Path, index: int) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode()


def test_the_workbook_has_its_six_sheets(exported):
    """The sheets are there, in the order the tabs are meant to read."""
    _, _, wb = exported
    assert wb.sheetnames == ["Initiatives", "Matrix", "Roadmap", "Strategy", "Health", "Dependencies", "Settings", "About"]


def test_initiatives_form_a_native_table_with_a_style(exported):
    """One table covers the header and a row per initiative, named columns, banded rows."""
    plan, _, wb = exported
    ws = wb["Initiatives"]
    table = ws.tables["Initiatives"]
    assert table.ref == f"A1:{column_letter(len(INITIATIVE_COLUMNS))}{len(plan.initiatives) + 1}"
    assert [c.name for c in table.tableColumns] == list(INITIATIVE_COLUMNS)
    assert [c.value for c in ws[1]] == list(INITIATIVE_COLUMNS)
    assert table.tableStyleInfo.name and table.tableStyleInfo.showRowStripes
    assert ws.freeze_panes == "B2"  # the header row and the title column


def test_scores_are_formulas_over_the_ratings_and_settings(exported):
    """Combined effort, quadrant, priority and rank are formulas; the first three read Settings."""
    plan, _, wb = exported
    ws = wb["Initiatives"]
    c = INITIATIVE_COLUMN
    for row in range(2, len(plan.initiatives) + 2):
        effort, quadrant, priority, rank = (ws[f"{c[key]}{row}"].value for key in ("combined", "quadrant",
                                                                                    "priority", "rank"))
        assert effort.startswith(f'=IF(OR(ISBLANK({c["technical"]}{row}),ISBLANK({c["organisational"]}{row})),""')
        assert "Settings!$B$5" in effort and "Settings!$B$6" in effort
        assert "Settings!$B$7" in quadrant and "Settings!$B$8" in quadrant and "Settings!$B$9" in quadrant
        assert "Settings!$B$2" in priority
        p = c["priority"]
        assert rank.startswith(f'=IF({p}{row}="","",RANK({p}{row},${p}$2:${p}$')
    settings = wb["Settings"]
    assert settings["B2"].value == plan.scale.min and settings["B5"].value == plan.effort_weights.technical
    assert settings["B9"].value == plan.quadrant_name("quick win")
    assert wb.defined_names["WeightTechnical"].attr_text == "Settings!$B$5"


def test_ratings_and_decisions_are_validated(exported):
    """Ratings accept a decimal within the scale or blank; decisions a choice from the list."""
    plan, _, wb = exported
    last = len(plan.initiatives) + 1
    rules = {str(dv.sqref): dv for dv in wb["Initiatives"].data_validations.dataValidation}
    ratings, decisions = rules[f"C2:E{last}"], rules[f"B2:B{last}"]  # benefit, efforts; decision
    assert (ratings.type, ratings.operator, ratings.formula1, ratings.formula2) == ("decimal", "between", "1", "5")
    assert ratings.allow_blank
    assert decisions.type == "list" and decisions.formula1 == '"build,join,ignore,undecided"'


def test_start_and_finish_are_the_schedules_dates(exported):
    """Dates are written as dates with a date format: the earliest start and the last day of work."""
    plan, _, wb = exported
    ws, sched = wb["Initiatives"], schedule(plan)
    for row, item in enumerate(plan.initiatives, start=2):
        start, finish = ws[f"{INITIATIVE_COLUMN['start']}{row}"], ws[f"{INITIATIVE_COLUMN['finish']}{row}"]
        if item.id in sched.items:
            assert start.value.date() == sched.items[item.id].earliest_start
            assert finish.value.date() == sched.items[item.id].earliest_finish
            assert start.is_date and "yy" in start.number_format
        else:
            assert start.value is None and finish.value is None


def test_every_font_is_named_explicitly(exported):
    """Every font in the workbook is the one chosen, never a theme font."""
    _, path, _ = exported
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml").decode()
    names = re.findall(r'<name val="([^"]+)"', styles)
    assert names and set(names) == {FONT_NAME}
    assert "<scheme" not in styles


def test_matrix_has_a_scatter_chart_over_its_key(exported):
    """A marker per rated initiative, no lines, axes fixed to the scale; the key lists them below."""
    plan, path, wb = exported
    ws = wb["Matrix"]
    assert [c.value for c in ws[KEY_ROW]][:5] == ["No.", "Title", "Effort", "Benefit", "Decision"]
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    markers = len(re.findall(r'symbol val="(?!none)', chart))
    rated = [i for i in plan.initiatives if i.benefit is not None and i.technical_effort is not None
             and i.organisational_effort is not None]
    assert "<scatterChart>" in chart and markers == len(rated)
    # Marker series have no lines (however the serialiser spells the namespace).
    assert len(re.findall(r"<ser>(?:(?!</ser>).)*?<spPr><a:ln(?: xmlns:a=\"[^\"]+\")?><a:noFill(?:(?!</ser>).)*?"
                          r'symbol val="(?!none)', chart)) == markers
    assert re.findall(r"<(min|max) val=\"(\d+)\"", chart) == [("max", "5"), ("min", "1")] * 2
    for symbol in ("circle", "square", "diamond"):
        assert f'symbol val="{symbol}"' in chart
    keyed = [ws.cell(r, 2).value for r in range(KEY_ROW + 1, KEY_ROW + len(rated) + 1)]
    assert sorted(keyed) == sorted(i.title for i in rated)
    assert ws.cell(KEY_ROW + 1, 3).value.startswith(f"=Initiatives!{INITIATIVE_COLUMN['combined']}")


def test_roadmap_bars_are_conditional_formats_and_period_cells_are_empty(exported):
    """Bars come from rules over each row's dates; only a milestone's period cells hold a formula, its diamond."""
    plan, path, wb = exported
    ws = wb["Roadmap"]
    assert [c.value for c in ws[6]][:6] == list(ROADMAP_COLUMNS)
    first = column_letter(RM_FIRST_PERIOD_COLUMN)
    rules = [(str(cf.sqref), rule.formula[0]) for cf in ws.conditional_formatting for rule in cf.rules]
    formulas = [f for _, f in rules]
    assert all(ref.startswith(f"{first}{RM_FIRST}:") for ref, _ in rules)
    for decision in ("build", "join", "undecided"):
        assert any(f'$C{RM_FIRST}="{decision}"' in f for f in formulas)
    assert any(f"$D{RM_FIRST}=$E{RM_FIRST}" in f for f in formulas)  # milestones
    assert all(f"{first}${RM_STARTS}" in f and f"{first}${RM_ENDS}" in f for f in formulas)
    assert ws.cell(RM_STARTS, RM_FIRST_PERIOD_COLUMN).value.date().weekday() == 0  # weeks start Mondays
    assert ws.row_dimensions[RM_STARTS].hidden and ws.row_dimensions[RM_ENDS].hidden
    for row in ws.iter_rows(min_row=RM_FIRST):
        milestone = row[3].value is not None and row[3].value == row[4].value
        periods = row[RM_FIRST_PERIOD_COLUMN - 1:]
        if milestone:  # one array formula over the row's periods
            assert periods[0].value.ref == f"{first}{periods[0].row}:{column_letter(ws.max_column)}{periods[0].row}"
            assert f'"{DIAMOND}"' in periods[0].value.text and all(c.value is None for c in periods[1:])
        else:  # two pages across: a blank now and then keeps LibreOffice from leaving a page out
            assert all(c.value in (None, " ") for c in periods)
    titles = [ws.cell(r, 1).value for r in range(RM_FIRST, ws.max_row + 1)]
    assert "Webcare team" in titles and plan.lanes[0].name in titles
    assert ws.freeze_panes == f"B{RM_FIRST}"
    # A year of weeks is too wide for one page at 8 pt: it prints two across, the titles on each.
    widths = [ws.column_dimensions[column_letter(k)].width for k in range(1, ws.max_column + 1)]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == pages_wide(widths, widths[0]) == 2
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.oddFooter.center.text == "Page &P of &N" and plan.title in ws.oddHeader.center.text
    assert ws.print_title_rows == "$5:$6" and ws.print_title_cols == "$A:$A"


def test_dependencies_settings_and_about(exported):
    """Dependencies list from, to and lag; About names the plan, the time and the version."""
    from planner import __version__

    plan, _, wb = exported
    deps = wb["Dependencies"]
    assert [c.value for c in deps[1]] == ["From", "To", "Lag (days)"]
    first = plan.dependencies[0]
    titles = {item.id: item.title for item in plan.initiatives}
    assert [c.value for c in deps[2]] == [titles[first.from_], titles[first.to], first.lag_days]
    about = wb["About"]
    assert about["B1"].value == plan.title and about["B2"].value == NOW
    assert __version__ in about["B3"].value


@pytest.mark.parametrize("text", INJECTIONS)
def test_user_text_never_becomes_a_formula(tmp_path, text):
    """Text that looks like a formula is stored as text in every place user text goes."""
    plan = Plan(title=text, start=dt.date(2027, 1, 4))
    plan.initiatives = [Initiative(id=text, title=text, description=text, owner=text, benefit=4,
                                   technical_effort=2, organisational_effort=2, duration_days=3)]
    plan.quadrant_names["quick win"] = text
    path = tmp_path / "x.xlsx"
    write_xlsx(plan, path)
    for index in range(1, 7):
        xml = sheet_xml(path, index)
        escaped = text.replace("&", "&amp;").replace('"', "&quot;")
        assert f"<f>{escaped[1:]}" not in xml and f"<f>{text[1:]}" not in xml.replace("&quot;", '"')
    wb = openpyxl.load_workbook(path)
    cell = wb["Initiatives"]["A2"]
    assert cell.value == text and cell.data_type == "s"
    assert wb["Settings"]["B9"].value == text and wb["Settings"]["B9"].data_type == "s"
    key = wb["Matrix"].cell(KEY_ROW + 1, 2)
    assert key.value == text and key.data_type == "s"


def test_an_empty_plan_exports(tmp_path):
    """A plan without initiatives still gives a table with one (empty) data row."""
    path = tmp_path / "empty.xlsx"
    write_xlsx(Plan(start=dt.date(2027, 1, 4)), path)
    assert openpyxl.load_workbook(path)["Initiatives"].tables["Initiatives"].ref == f"A1:{column_letter(len(INITIATIVE_COLUMNS))}2"


def test_the_workbook_s_bytes_are_what_is_written_in_one_step(tmp_path):
    """xlsx_bytes holds the parts write_xlsx writes, and writing leaves the workbook alone in its folder."""
    import io
    plan = sample_plan()
    data = xlsx_bytes(plan, now=NOW)
    path = tmp_path / "plan.xlsx"
    write_xlsx(plan, path, now=NOW)

    def parts(archive):  # core.xml holds the moment openpyxl made the workbook
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}
    with zipfile.ZipFile(io.BytesIO(data)) as made, zipfile.ZipFile(path) as written:
        assert parts(made) == parts(written)
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]




def test_cli_export_writes_the_workbook(tmp_path, capsys):
    """`export` exits 0, writes the workbook and leaves no temporary file behind."""
    plan_path, out = tmp_path / "p.bep", tmp_path / "p.xlsx"
    assert run(capsys, "new", str(plan_path), "--sample")[0] == 0
    status, stdout, _ = run(capsys, "export", str(plan_path), "-o", str(out), "--scale", "quarter",
                            "--from", "2027-01-01", "--to", "2027-12-31")
    assert status == 0 and str(out) in stdout
    ws = openpyxl.load_workbook(out)["Roadmap"]
    assert [ws.cell(6, RM_FIRST_PERIOD_COLUMN + k).value for k in range(4)] == ["Q1", "Q2", "Q3", "Q4"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.bep", "p.xlsx"]


def test_cli_export_errors(tmp_path, capsys):
    """A bad plan is one line and exit 1; a bad --scale, date or order of dates is usage (2)."""
    bad = tmp_path / "bad.bep"
    bad.write_text("{")
    status, _, err = run(capsys, "export", str(bad), "-o", str(tmp_path / "x.xlsx"))
    assert status == 1 and err.startswith(f"error: {bad}: ") and len(err.splitlines()) == 1
    good = tmp_path / "p.bep"
    run(capsys, "new", str(good), "--sample")
    for args in (("--scale", "day"), ("--from", "2027-13-01"), ("--from", "2027-05-01", "--to", "2027-01-01")):
        assert run(capsys, "export", str(good), "-o", str(tmp_path / "x.xlsx"), *args)[0] == 2
    assert run(capsys, "export", str(good), "-o", str(tmp_path / "x.csv"))[0] == 2
    status, _, err = run(capsys, "export", str(good), "-o", str(tmp_path / "no" / "x.xlsx"))
    assert status == 1 and "cannot write the file" in err.splitlines()[-1]
    status, _, err = run(capsys, "export", str(good), "-o", str(tmp_path / "x.xlsx"), "--scale", "week",
                         "--from", "1000-01-01", "--to", "9000-01-01")
    assert status == 1 and "columns" in err.splitlines()[-1]
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="needs LibreOffice")
def test_libreoffice_recalculates_what_the_core_computes(exported, tmp_path):
    """LibreOffice opens the export and its formulas give the core's effort, quadrant, priority, rank."""
    plan, path, _ = exported
    profile = tmp_path / "lo-profile"
    done = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(path)],
                          capture_output=True, text=True, timeout=240)
    converted = tmp_path / "out" / "sample.xlsx"
    assert done.returncode == 0 and converted.exists(), done.stderr
    ws = openpyxl.load_workbook(converted, data_only=True)["Initiatives"]
    ranks = plan_ranks(plan)
    for row, item in enumerate(plan.initiatives, start=2):
        effort, quadrant, priority = initiative_scores(item, plan)
        got = [ws[f"{INITIATIVE_COLUMN[key]}{row}"].value for key in ("combined", "quadrant", "priority", "rank")]
        if effort is None:
            assert all(v in (None, "") for v in got), item.id
            continue
        assert got[0] == pytest.approx(effort) and got[2] == pytest.approx(priority), item.id
        assert got[1] == plan.quadrant_name(quadrant), item.id
        assert got[3] == ranks[item.id], item.id


def test_strategy_and_health_sheets_read_back(tmp_path):
    """The Strategy sheet lists objectives, KPIs, audiences and readiness under headings; Health the findings."""
    import openpyxl

    from planner.health import plan_health
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    wb = openpyxl.load_workbook(out)
    rows = [list(row) for row in wb["Strategy"].iter_rows(values_only=True)]
    names = {row[0] for row in rows}
    assert {"Strategy", "Objectives", "KPIs", "Audiences", "Readiness"} <= names
    assert {o.name for o in plan.objectives} <= names and {a.name for a in plan.audiences} <= names
    heading = rows[rows.index(["KPIs"] + [None] * (len(rows[0]) - 1)) + 1]
    kpis = {row[heading.index("KPI")]: row for row in rows if row[heading.index("KPI")]}
    first = plan.objectives[0].kpis[0]
    assert kpis[first.name][heading.index("Baseline")] == first.baseline
    assert kpis[first.name][heading.index("Target")] == first.target
    health = list(wb["Health"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1]) for r in health] == [(f.severity, f.rule) for f in plan_health(plan)]
    header = [c.value for c in wb["Initiatives"][1]]
    objectives = {row[header.index("Id")]: row[header.index("Objectives")]
                  for row in wb["Initiatives"].iter_rows(min_row=2, values_only=True)}
    names_of = {o.id: o.name for o in plan.objectives}
    for item in plan.initiatives:
        assert (objectives[item.id] or "") == ", ".join(names_of[o] for o in item.objectives)
