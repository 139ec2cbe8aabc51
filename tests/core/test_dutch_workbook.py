"""The workbook in Dutch: sheet names, headings, lists and formulas, and imports that read either language."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from planner.formats.plan_import import import_plan
from planner.formats.xlsx_export import INITIATIVE_COLUMN, write_xlsx
from planner.samples import sample_plan
from planner.scoring import initiative_scores, plan_ranks
from tests.core.strategies import plans
from tests.core.test_xlsx_roundtrip import comparable, odd_plan
from tests.dutch import dutch

DUTCH_SHEETS = ["Initiatieven", "Matrix", "Roadmap", "Strategie", "Plangezondheid", "Afhankelijkheden", "Instellingen",
                "Over"]


@pytest.fixture
def dutch_workbook(tmp_path):
    """The odd sample plan exported while the app speaks Dutch."""
    plan = odd_plan()
    out = tmp_path / "plan.xlsx"
    with dutch():
        write_xlsx(plan, out)
    return plan, out


def test_a_dutch_workbook_names_its_sheets_headings_and_lists_in_dutch(dutch_workbook):
    """Sheets, headings, decisions, the drop-down list, settings and the footer are Dutch; formulas name the Dutch sheets."""
    plan, out = dutch_workbook
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == DUTCH_SHEETS
    ws = wb["Initiatieven"]
    header = [c.value for c in ws[1]]
    assert header[:8] == ["Titel", "Besluit", "Baat", "Technische inspanning", "Organisatorische inspanning",
                          "Gecombineerde inspanning", "Kwadrant", "Rang"]
    assert [c.name for c in ws.tables["Initiatives"].tableColumns] == header
    decisions = {"build": "bouwen", "join": "aansluiten", "ignore": "negeren", "undecided": "onbeslist"}
    for row, item in enumerate(plan.initiatives, start=2):
        assert ws[f"B{row}"].value == decisions[item.decision]
    lists = [v.formula1 for v in ws.data_validations.dataValidation if v.type == "list"]
    assert lists == ['"bouwen,aansluiten,negeren,onbeslist"']
    assert "Instellingen!$B$" in ws["F2"].value and "Settings" not in ws["F2"].value
    assert wb.defined_names["ScaleMin"].attr_text == "Instellingen!$B$2"
    assert ws.oddFooter.center.text == "Pagina &P van &N"
    settings = [row[0] for row in wb["Instellingen"].iter_rows(values_only=True)]
    assert "Naam van grote projecten (hoge baat, hoge inspanning)" in settings and "Baan" in settings
    names = {row[0]: row[1] for row in wb["Instellingen"].iter_rows(values_only=True)}
    assert names["Naam van geldverslinders (lage baat, hoge inspanning)"] == "Geldverslinders"
    assert wb["Matrix"]["C30"].value.startswith("=Initiatieven!")
    rules = [r.formula[0] for rng in wb["Roadmap"].conditional_formatting for r in rng.rules]
    assert any('"bouwen"' in rule for rule in rules) and not any('"build"' in rule for rule in rules)


def test_a_dutch_workbook_imports_back_in_dutch_and_in_english(dutch_workbook):
    """A Dutch export gives the same plan back, whichever language the app speaks when it imports."""
    plan, out = dutch_workbook
    back, report = import_plan(out)
    assert report.problems == [] and report.ignored_columns == []
    assert comparable(back) == comparable(plan)
    with dutch():
        back, report = import_plan(out)
    assert report.problems == [] and report.ignored_columns == []
    assert comparable(back) == comparable(plan)


def test_an_english_workbook_imports_in_dutch(tmp_path):
    """A workbook exported in English still imports whole while the app speaks Dutch."""
    plan = odd_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    with dutch():
        back, report = import_plan(out)
    assert report.problems == [] and comparable(back) == comparable(plan)


def test_a_renamed_quadrant_keeps_its_name_and_a_default_one_stays_a_default(tmp_path):
    """Exported in Dutch, a renamed quadrant reads back renamed; the Dutch defaults read back as no rename at all."""
    plan = sample_plan()
    plan.quadrant_names = {**plan.quadrant_names, "money pit": "Bodemloze put"}
    out = tmp_path / "plan.xlsx"
    with dutch():
        write_xlsx(plan, out)
    back, _ = import_plan(out)
    assert back.quadrant_names["money pit"] == "Bodemloze put"
    assert back.quadrant_names["big bet"] == "Big bets"  # "Grote projecten" in the workbook
    assert comparable(back) == comparable(plan)


def test_ratings_sheets_are_named_in_dutch(tmp_path):
    """A workshop round's sheet is "Beoordelingen – …" in Dutch, and an import still leaves it alone."""
    from tests.round_sample import revealed_round_plan

    plan = revealed_round_plan()
    out = tmp_path / "plan.xlsx"
    with dutch():
        write_xlsx(plan, out)
    wb = openpyxl.load_workbook(out)
    ratings = wb.sheetnames[len(DUTCH_SHEETS):]
    assert ratings and all(name.startswith("Beoordelingen") for name in ratings)
    assert import_plan(out)[1].problems == []


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="needs LibreOffice")
def test_libreoffice_recalculates_a_dutch_workbook_as_the_core_computes(dutch_workbook, tmp_path):
    """Recalculated by LibreOffice, the Dutch sheet's formulas give the core's effort, quadrant (Dutch), priority and rank."""
    plan, out = dutch_workbook
    done = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless",
                           "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(out)],
                          capture_output=True, text=True, timeout=240)
    converted = tmp_path / "out" / "plan.xlsx"
    assert done.returncode == 0 and converted.exists(), done.stderr
    wb = openpyxl.load_workbook(converted, data_only=True)
    ws = wb["Initiatieven"]
    quadrants = {"quick win": "Quick wins", "big bet": "Grote projecten", "fill-in": "Opvullers",
                 "money pit": "Geldverslinders"}
    ranks = plan_ranks(plan)
    for row, item in enumerate(plan.initiatives, start=2):
        effort, quadrant, priority = initiative_scores(item, plan)
        got = [ws[f"{INITIATIVE_COLUMN[key]}{row}"].value for key in ("combined", "quadrant", "priority", "rank")]
        if effort is None:
            assert all(v in (None, "") for v in got), item.id
            continue
        assert got[0] == pytest.approx(effort) and got[2] == pytest.approx(priority), item.id
        assert got[1] == quadrants[quadrant] and got[3] == ranks[item.id], item.id
    key = {row[1]: row[2] for row in wb["Matrix"].iter_rows(min_row=30, values_only=True) if row[0]}
    assert key[plan.initiatives[0].title] == pytest.approx(initiative_scores(plan.initiatives[0], plan).effort)


def test_a_dutch_rating_sheet_reads_back_in_either_language(tmp_path):
    """A sheet written in Dutch has Dutch headings and "weet ik niet" in its list, and reads back whatever the app speaks."""
    from planner.formats.rating_sheet import rating_sheet_bytes, read_rating_sheet
    from tests.core.round_samples import collecting_round, revealed_plan

    plan = revealed_plan()
    round_ = collecting_round(plan)
    path = tmp_path / "sheet.xlsx"
    with dutch():
        path.write_bytes(rating_sheet_bytes(plan, round_, "Anna"))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.title == "Beoordelingsformulier"
    assert [ws.cell(6, c).value for c in range(2, 6)] == ["Initiatief", "Beschrijving", "Baat",
                                                          "Organisatorische inspanning"]
    assert "weet ik niet" in [ws.cell(row, 7).value for row in range(1, 12)]
    ws["D7"], ws["E7"], ws["D8"] = 4, "3,5", "weet niet"
    wb.save(path)
    ids = round_.initiatives
    expected = [(ids[0], "benefit", 4), (ids[0], "organisational_effort", 3.5), (ids[1], "benefit", None)]
    assert read_rating_sheet(path, plan, round_).ratings == expected
    with dutch():
        sheet = read_rating_sheet(path, plan, round_)
    assert sheet.ratings == expected and sheet.problems == []


def test_import_problems_are_told_in_dutch(tmp_path):
    """A bad cell is reported in Dutch, naming the row and the column as the Dutch sheet heads it."""
    from planner.formats.spreadsheet import PlanImportError

    path = tmp_path / "plan.csv"
    path.write_text("Titel;Baat;Besluit\nWebcare;hoog;bouwen\nApp;3;misschien\n", encoding="utf-8")
    with dutch(), pytest.raises(PlanImportError) as caught:
        import_plan(path)
    assert caught.value.problems == ['rij 2, baat: "hoog" is geen getal in 1–5',
                                     'rij 3, besluit: "misschien" is geen besluit (gebruik bouwen, aansluiten, '
                                     'negeren of onbeslist)']


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(max_initiatives=8, near_start=True, typed=True))
def test_any_plan_comes_back_from_its_dutch_workbook(plan):
    """Generated plans exported in Dutch import back the same in English."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "plan.xlsx"
        with dutch():
            write_xlsx(plan, out)
        back, report = import_plan(out)
    assert report.problems == [] and comparable(back) == comparable(plan)


def test_the_strategy_sheet_names_objective_kinds_and_technographic_groups_in_dutch(tmp_path):
    """The Soort column says Luisteren, the audience headings say Makers … Inactieven, and both read back."""
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    with dutch():
        write_xlsx(plan, out)
    rows = list(openpyxl.load_workbook(out)["Strategie"].iter_rows(values_only=True))
    values = {value for row in rows for value in row}
    assert {"Luisteren", "Praten", "Ondersteunen", "Activeren"} <= values
    assert not values & {"Listening", "Talking", "Supporting", "Energizing", "Creators", "Spectators"}
    heading = next(row for row in rows if row[0] == "Doelgroep")
    assert list(heading[2:9]) == ["Makers", "Gespreksvoerders", "Critici", "Verzamelaars", "Leden", "Toeschouwers",
                                  "Inactieven"]
    back, report = import_plan(out)
    assert report.problems == []
    assert [o.kind for o in back.objectives] == [o.kind for o in plan.objectives]
    assert [a.profile for a in back.audiences] == [a.profile for a in plan.audiences]


@pytest.fixture
def dutch_sample_workbook(tmp_path):
    """The Dutch sample plan exported through the command line in Dutch."""
    out = tmp_path / "nl.xlsx"
    assert run_export(out) == 0
    return openpyxl.load_workbook(out), out


def run_export(out) -> int:
    import io
    import contextlib
    from ui.cli import main
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(["--lang", "nl", "export", "resources/samples/social-media-strategy.nl.bep", "-o", str(out)])


def test_dutch_owners_and_lanes_wrap_between_words_only(dutch_sample_workbook):
    """No owner or lane breaks inside a word ("Marketingdirecte|ur"), and the printed columns still fit one page."""
    from planner.formats.xlsx_export import PRINTED
    from planner.formats.xlsx_print import wrapped_lines
    wb, _out = dutch_sample_workbook
    ws = wb["Initiatieven"]
    for key in ("owner", "lane"):
        column = INITIATIVE_COLUMN[key]
        width = ws.column_dimensions[column].width
        words = {word for row in range(2, ws.max_row + 1) for word in str(ws[f"{column}{row}"].value or "").split()}
        assert "Marketingdirecteur" in words or key == "lane"
        assert all(wrapped_lines(word, width) == 1 for word in words), (key, width)
    # The room comes from the predecessors: the printed columns are as wide as with short owners.
    plan = sample_plan("social-media-strategy.nl.bep")
    for item in plan.initiatives:
        item.owner = "IT"
    with dutch():
        write_xlsx(plan, _out.with_name("short.xlsx"))
    short = openpyxl.load_workbook(_out.with_name("short.xlsx"))["Initiatieven"]

    def printed(sheet):
        return sum(sheet.column_dimensions[openpyxl.utils.get_column_letter(k)].width for k in range(1, PRINTED + 1))
    assert printed(ws) == printed(short)


def test_the_matrix_key_wraps_a_long_title_in_a_taller_row(dutch_sample_workbook):
    """A title longer than the key's column wraps in a row tall enough for it, instead of being cut."""
    from planner.formats.xlsx_print import wrapped_lines
    wb, _out = dutch_sample_workbook
    ws = wb["Matrix"]
    width = ws.column_dimensions["B"].width
    row = next(r for r in range(1, ws.max_row + 1) if ws[f"B{r}"].value == "Sociale media koppelen aan website en e-mail")
    assert wrapped_lines(ws[f"B{row}"].value, width) == 2
    assert ws[f"B{row}"].alignment.wrap_text and ws.row_dimensions[row].height >= 2 * 13


def test_workbook_dates_are_real_dates_read_as_day_month_year(dutch_sample_workbook):
    """Start and finish are dates the spreadsheet can compute with, shown as "4 jan 2027", not ISO."""
    import datetime as dt
    wb, out = dutch_sample_workbook
    ws = wb["Initiatieven"]
    start = ws[f"{INITIATIVE_COLUMN['start']}2"]
    assert isinstance(start.value, dt.datetime) and start.number_format == "d mmm yyyy"
    roadmap_dates = [c for row in wb["Roadmap"].iter_rows(max_col=6) for c in row if isinstance(c.value, dt.datetime)]
    assert roadmap_dates and all(c.number_format == "d mmm yyyy" for c in roadmap_dates)
