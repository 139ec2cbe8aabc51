"""The exported workbook's Ratings sheets: a round's result and votes, valid sheet names, and an
import that still reads the workbook."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
from hypothesis import given, strategies as st

from planner.formats import plan_file
from planner.formats.plan_import import import_plan
from planner.formats.xlsx_export import write_xlsx
from planner.formats.xlsx_ratings import ratings_sheet_names
from planner.model import Round
from tests.core.round_samples import collecting_round, revealed_plan
from tests.core.test_xlsx_roundtrip import comparable


def exported(tmp_path, plan):
    path = tmp_path / "plan.xlsx"
    write_xlsx(plan, path)
    return openpyxl.load_workbook(path), path


def test_a_revealed_round_gets_its_result_table_and_every_vote(tmp_path):
    """Numbers stay numbers, the header is frozen, and the votes follow the table with who, what and when."""
    wb, _ = exported(tmp_path, revealed_plan())
    ws = wb["Ratings – Kick-off"]
    assert ws["A1"].value == "Round ‘Kick-off’ · 1 March 2027 · revealed · named · 4 participants"
    assert ws.freeze_panes == "B4"
    assert [c.value for c in ws[3]] == ["Initiative", "Criterion", "Discuss first", "Votes", "Don't know", "Median",
                                        "Q1", "Q3", "IQR", "Min", "Max", "Accepted"]
    assert [c.value for c in ws[4]] == ["Goals & ambition workshops", "Benefit", 2, 4, 0, 4, 3.75, 4.25, 0.5, 3, 5, 4]
    assert ws["F4"].number_format == "0.0#"
    assert [c.value for c in ws[6]][:6] == ["Budget for experiments", "Benefit", 1, 4, 1, 2]
    assert [c.value for c in ws[8]][5:] == [None] * 7  # nobody rated the third initiative
    assert ws["A11"].value == "Votes"
    assert [c.value for c in ws[12]][:6] == ["Initiative", "Criterion", "Participant", "Value", "Time (UTC)", "Counts"]
    votes = [[c.value for c in row][:6] for row in ws.iter_rows(min_row=13)]
    assert len(votes) == 16
    assert votes[3] == ["Budget for experiments", "Technical effort", "Anna", "don't know",
                        dt.datetime(2027, 3, 1, 10, 0), "yes"]
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.paperSize == 9


def test_an_anonymous_round_shows_labels_not_names(tmp_path):
    """The votes table of an anonymous round names nobody."""
    wb, _ = exported(tmp_path, revealed_plan(anonymous=True))
    people = {row[2] for row in wb["Ratings – Kick-off"].iter_rows(min_row=13, values_only=True)}
    assert people == {"Participant 1", "Participant 2", "Participant 3", "Participant 4"}


def test_a_collecting_round_gets_progress_only(tmp_path):
    """While a round collects, its sheet holds how many finished each initiative and no value."""
    plan = revealed_plan()
    plan.rounds[0].state = "collecting"
    wb, _ = exported(tmp_path, plan)
    rows = list(wb["Ratings – Kick-off"].iter_rows(min_row=2, values_only=True))
    assert rows[0][0].startswith("Votes stay hidden until the round is revealed")
    assert [r[:3] for r in rows[1:]] == [("Initiative", "Rated by", "Participants"),
                                         ("Goals & ambition workshops", 4, 4), ("Budget for experiments", 4, 4),
                                         ("Strategy approved by board", 0, 4)]


def test_awkward_round_names_make_valid_unique_sheet_names(tmp_path):
    """Characters Excel refuses go, long names are cut to 31, and a clash gets a numbered sheet."""
    plan = revealed_plan(name="a/b:c*?")
    collecting_round(plan, "r2", "A round whose name runs on to forty chars")
    collecting_round(plan, "r3", "A round whose name runs on to forty chars too")
    collecting_round(plan, "r4", "[]:*?/\\")
    wb, _ = exported(tmp_path, plan)
    assert wb.sheetnames[8:] == ["Ratings – a b c", "Ratings – A round whose name ru", "Ratings 3", "Ratings 4"]
    assert wb["Ratings 3"]["A1"].value.startswith("Round ‘A round whose name runs on to forty chars too’")


@given(st.lists(st.text(max_size=45), min_size=1, max_size=6))
def test_sheet_names_are_always_ones_excel_takes(names):
    """Whatever the rounds are called: at most 31 characters, none of []:*?/\\, no edge quote, unique."""
    rounds = [Round(f"r{n}", name, dt.date(2027, 1, 1), ["x"], ["benefit"]) for n, name in enumerate(names)]
    sheets = ratings_sheet_names(rounds, ["Initiatives", "About"])
    assert len(sheets) == len(rounds)
    assert len({s.casefold() for s in sheets} | {"initiatives", "about"}) == len(sheets) + 2
    for sheet in sheets:
        assert 0 < len(sheet) <= 31 and not re.search(r"[\[\]:*?/\\\x00-\x1f]", sheet)
        assert not sheet.startswith("'") and not sheet.endswith("'")


def test_the_import_still_reads_a_workbook_with_ratings_sheets(tmp_path):
    """Exported with two rounds and read back: the same plan (rounds live in the plan file only)."""
    plan = revealed_plan()
    collecting_round(plan)
    _, path = exported(tmp_path, plan)
    imported, report = import_plan(path)
    assert report.problems == []
    plan.rounds.clear()
    assert comparable(imported) == comparable(plan)
    assert plan_file.loads(plan_file.dumps(imported)).rounds == []


def test_rows_are_only_as_tall_as_their_titles_need(tmp_path):
    """A title that fits its column leaves its row at the default height; a long one wraps in a taller row."""
    plan = revealed_plan()
    items = {item.id: item for item in plan.initiatives}
    first, second = plan.rounds[0].initiatives[:2]
    items[first].title = "Company pages on existing networks"  # fit on one line, yet was given two
    items[second].title = "A very long initiative title that no column of reasonable width shows on one line"
    for state in ("collecting", "revealed"):
        plan.rounds[0].state = state
        wb, _ = exported(tmp_path, plan)
        ws = wb["Ratings – Kick-off"]
        tall = {ws.cell(row, 1).value for row, d in ws.row_dimensions.items() if d.height and row > 3}
        assert tall == {items[second].title}
        assert ws.column_dimensions["A"].width >= len(items[first].title)
        cell = next(c for c in ws["A"] if c.value == items[second].title)
        assert cell.alignment.wrap_text
