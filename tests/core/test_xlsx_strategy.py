"""The workbook's Strategy sheet: tables people read, per-cent cells, bad rows reported, --title."""

from __future__ import annotations

import pytest

from planner.formats.plan_file import load
from planner.formats.plan_import import PlanImportError, import_plan
from planner.formats.xlsx_export import write_xlsx
from planner.formats.xlsx_strategy import TABLES
from planner.model import TECHNOGRAPHICS
from planner.samples import sample_plan
from tests.cli_run import run

openpyxl = pytest.importorskip("openpyxl")


def table_rows(ws, key: str) -> tuple[list, list[list]]:
    """Return a table's heading row and its rows, found by its title as a reader finds it."""
    rows = [list(row) for row in ws.iter_rows(values_only=True)]
    start = next(i for i, row in enumerate(rows) if row[0] == TABLES[key][0])
    end = next((i for i in range(start + 2, len(rows)) if not any(rows[i])), len(rows))
    return rows[start + 1], rows[start + 2:end]


@pytest.fixture
def sample_workbook(tmp_path):
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    return plan, out


def test_profile_shares_sit_under_their_headings_as_per_cent_cells(sample_workbook):
    """Each audience's share of a group is in that group's column, a fraction shown with a % sign."""
    plan, out = sample_workbook
    ws = openpyxl.load_workbook(out)["Strategy"]
    heading, rows = table_rows(ws, "audiences")
    by_name = {row[heading.index("Audience")]: row for row in rows}
    number = {c.value: c.column for c in ws[next(r for r in range(1, ws.max_row + 1)
                                                 if ws.cell(r, 1).value == "Audience")]}
    for audience in plan.audiences:
        for group in TECHNOGRAPHICS:
            share = by_name[audience.name][heading.index(group.capitalize())]
            assert share == (None if group not in audience.profile else pytest.approx(audience.profile[group] / 100))
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == plan.audiences[0].name)
    assert ws.cell(row, number["Creators"]).number_format.endswith("%")


def test_every_table_has_its_title_and_heading_row_and_the_ids_print_not(sample_workbook):
    """Strategy, Objectives, KPIs, Audiences and Readiness each have a heading row; the id column is outside the print area."""
    plan, out = sample_workbook
    ws = openpyxl.load_workbook(out)["Strategy"]
    for key, (_, columns) in TABLES.items():
        heading, rows = table_rows(ws, key)
        assert {h for h, _ in columns} == {h for h in heading if h is not None}
    _, kpis = table_rows(ws, "kpis")
    assert len(kpis) == sum(len(o.kpis) for o in plan.objectives)
    assert ws.print_area.startswith("'Strategy'!$A$1:$I$")


def test_a_bad_kpi_row_is_reported_as_the_importer_reports_bad_rows(sample_workbook, tmp_path):
    """A baseline that is no number names the sheet, row and column; skipping leaves that KPI out."""
    plan, out = sample_workbook
    wb = openpyxl.load_workbook(out)
    ws = wb["Strategy"]
    heading, _ = table_rows(ws, "kpis")
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == plan.objectives[0].kpis[0].name)
    ws.cell(row, heading.index("Baseline") + 1).value = "lots"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    with pytest.raises(PlanImportError) as raised:
        import_plan(edited)
    assert raised.value.problems == [f'Strategy sheet, row {row}, baseline: "lots" is not a number']
    back, report = import_plan(edited, skip_bad_rows=True)
    assert [k.name for k in back.objectives[0].kpis] == [k.name for k in plan.objectives[0].kpis[1:]]
    assert len(back.initiatives) == len(plan.initiatives) and len(report.problems) == 1


def test_a_hand_made_strategy_sheet_is_read_by_its_dutch_headings_in_any_order(tmp_path):
    """Columns are found by heading, English or Dutch, never by position; shares may be typed as "12%"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Initiatieven"
    ws.append(["Titel", "Doelen", "Doelgroepen"])
    ws.append(["Webcare", "Bereik", "Fans"])
    strategy = wb.create_sheet("Strategie")
    for row in (["Strategie"], ["Ambitie", "Waardediscipline", "Maandcapaciteit"],
                ["Snel antwoord", "Customer intimacy", 6], [],
                ["Doelen"], ["Soort", "Doel"], ["Talking", "Bereik"], [],
                ["KPIs"], ["Streefwaarde", "KPI", "Doel", "Nulmeting", "Streefdatum"],
                [500, "Volgers", "Bereik", 120, "31-12-2027"], [],
                ["Doelgroepen"], ["Critics", "Doelgroep", "Creators"], ["40%", "Fans", 0.125]):
        strategy.append(row)
    path = tmp_path / "hand.xlsx"
    wb.save(path)
    plan, report = import_plan(path)
    assert report.problems == []
    assert (plan.strategy.value_discipline, plan.strategy.ambition, plan.strategy.monthly_capacity) == \
        ("customer_intimacy", "Snel antwoord", 6)
    [objective] = plan.objectives
    assert (objective.name, objective.kind, [(k.name, k.baseline, k.target, str(k.target_date)) for k in objective.kpis]) \
        == ("Bereik", "talking", [("Volgers", 120, 500, "2027-12-31")])
    assert plan.audiences[0].profile == {"critics": 40, "creators": 12.5}
    assert plan.initiatives[0].objectives == [objective.id] and plan.initiatives[0].audiences == [plan.audiences[0].id]


def test_a_csv_import_keeps_an_empty_strategy_and_names_objectives_it_lists(tmp_path):
    """Without a Strategy sheet nothing changes but that objectives named in a column are made, as lanes are."""
    source = tmp_path / "nl.csv"
    source.write_text("title,objectives,run effort\nWebcare,\"Reach, Service\",2\nPodcast,Reach,\n", encoding="utf-8")
    plan, report = import_plan(source)
    assert report.problems == [] and report.ignored_columns == []
    assert [o.name for o in plan.objectives] == ["Reach", "Service"] and plan.audiences == []
    assert [i.objectives for i in plan.initiatives] == [["reach", "service"], ["reach"]]
    assert [i.run_effort for i in plan.initiatives] == [2, None]
    assert plan.title == "nl"


def test_cli_import_takes_a_title(tmp_path, capsys):
    """`import --title` names the plan; without it a workbook's own plan title is kept."""
    source = tmp_path / "nl.csv"
    source.write_text("title,benefit\nWebcare,4\n", encoding="utf-8")
    status, stdout, err = run(capsys, "import", source, "-o", tmp_path / "a.bep", "--title", "Sociale media 2027")
    assert (status, err) == (0, "") and load(tmp_path / "a.bep").title == "Sociale media 2027"
    plan = sample_plan()
    write_xlsx(plan, tmp_path / "s.xlsx")
    status, _, _ = run(capsys, "import", tmp_path / "s.xlsx", "-o", tmp_path / "s.bep")
    assert status == 0 and load(tmp_path / "s.bep").title == plan.title
    status, _, err = run(capsys, "import", source, "-o", tmp_path / "b.bep", "--title", " ")
    assert status != 0 and "a plan needs a title" in err and not (tmp_path / "b.bep").exists()
