"""Rating sheets: written with drop-downs and a protected structure, filled in as a participant would,
and read back into votes, with every bad cell of a hostile sheet reported in one sentence."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from planner.formats.rating_sheet import (RatingSheetError, already_imported, rating_sheet_bytes,
                                          read_rating_sheet, scale_steps, sheet_file_name, sheet_votes)
from planner.formats.xlsx_export import write_xlsx
from planner.matrix_layout import snap
from planner.model import Scale
from planner.round_edits import AddVotes, SetRoundState
from planner.round_results import results
from tests.core.round_samples import T0, collecting_round, revealed_plan
from tests.core.test_xlsx_roundtrip import LIBREOFFICE, resaved_by_libreoffice


@pytest.fixture
def workshop():
    """A plan with a collecting named round on four initiatives, rating benefit and organisational effort."""
    plan = revealed_plan()
    return plan, collecting_round(plan)


def written(tmp_path, plan, round_, participant="Anna", cells=None, name="sheet.xlsx"):
    """Write a sheet, type ``cells`` ({"D7": 4}) into it with openpyxl, save it; return its path."""
    path = tmp_path / name
    path.write_bytes(rating_sheet_bytes(plan, round_, participant))
    if cells:
        wb = openpyxl.load_workbook(path)
        for ref, value in cells.items():
            wb.active[ref] = value
        wb.save(path)
    return path


def test_the_sheet_offers_the_scales_steps_and_dont_know_in_a_drop_down(tmp_path, workshop):
    """Each rating cell has a list validation over the steps 1 … 5 and "don't know"; the rest is locked."""
    plan, round_ = workshop
    wb = openpyxl.load_workbook(written(tmp_path, plan, round_))
    ws = wb.active
    (check,) = ws.data_validations.dataValidation
    assert check.type == "list" and str(check.sqref) == "D7:E10" and check.showErrorMessage
    column, first, last = check.formula1.replace("$", "").replace(":", " ").split()[0][0], 1, 10
    assert [ws[f"{column}{row}"].value for row in range(first, last + 1)] == [
        1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, "don't know"]
    assert ws.column_dimensions[column].hidden and ws.column_dimensions["A"].hidden
    assert ws.protection.sheet and wb.security.lockStructure
    assert not ws["D7"].protection.locked and not ws["C4"].protection.locked and ws["B7"].protection.locked
    assert [ws.cell(6, c).value for c in range(2, 6)] == ["Initiative", "Description", "Benefit",
                                                          "Organisational effort"]
    assert ws["C4"].value == "Anna" and ws["B7"].value == plan.initiatives[0].title
    assert ws["B7"].value and ws["C7"].value == plan.initiatives[0].description


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path, workshop):
    """An initiative called "=1+1" shows as written, never computed."""
    plan, round_ = workshop
    plan.initiatives[0].title = "=1+1"
    ws = openpyxl.load_workbook(written(tmp_path, plan, round_)).active
    assert ws["B7"].value == "=1+1" and ws["B7"].data_type == "s"


def test_a_filled_in_sheet_becomes_a_new_participants_votes(tmp_path, workshop):
    """Typed ratings (numbers, "don't know", a Dutch "3,5") read back into AddVotes the round takes."""
    plan, round_ = workshop
    path = written(tmp_path, plan, round_, cells={"C4": "  Anna  Z ", "D7": 4, "E7": "3,5", "D8": "Don't know",
                                                  "E10": 1})
    sheet = read_rating_sheet(path, plan, round_)
    ids = round_.initiatives
    assert sheet.participant == "Anna Z" and sheet.problems == []
    assert sheet.ratings == [(ids[0], "benefit", 4), (ids[0], "organisational_effort", 3.5),
                             (ids[1], "benefit", None), (ids[3], "organisational_effort", 1)]
    votes, joined = sheet_votes(round_, sheet, T0)
    assert [(p.id, p.name) for p in joined] == [("p1", "Anna Z")] and joined[0].key.startswith("sheet:")
    AddVotes(round_.id, votes, joined).apply(plan)
    assert results(round_)[(ids[0], "organisational_effort")].median == 3.5
    assert already_imported(round_, read_rating_sheet(path, plan, round_))
    again = read_rating_sheet(written(tmp_path, plan, round_, cells={"D7": 2}, name="other.xlsx"), plan, round_)
    assert not already_imported(round_, again)
    assert sheet_votes(round_, again, T0)[1][0].id == "p2"


def test_an_anonymous_round_keeps_no_name(tmp_path):
    """The name typed on a sheet of an anonymous round is not kept in the round."""
    plan = revealed_plan()
    round_ = collecting_round(plan, anonymous=True)
    sheet = read_rating_sheet(written(tmp_path, plan, round_, cells={"D7": 2}), plan, round_)
    _, (who,) = sheet_votes(round_, sheet, T0)
    assert sheet.participant == "Anna" and who.name == "" and round_.participant_label(who.id) == "Participant 1"


def test_an_empty_sheet_gives_no_participant(tmp_path, workshop):
    """A sheet handed back blank adds nobody to the round."""
    plan, round_ = workshop
    assert sheet_votes(round_, read_rating_sheet(written(tmp_path, plan, round_), plan, round_), T0) == ((), ())


@pytest.mark.parametrize("cells, problem", [
    ({"D7": "high"}, "D7: \"high\" is not a rating (choose 1–5 or “don't know”); left out"),
    ({"E8": 9}, "E8: 9 is outside the scale 1–5; left out"),
    ({"D9": -0.5}, "D9: -0.5 is outside the scale 1–5; left out"),
    ({"D7": 3.3}, "D7: 3.3 is between the scale's steps; taken as 3.5"),
    ({"D7": True}, "D7: \"True\" is not a rating (choose 1–5 or “don't know”); left out"),
    ({"D20": 3}, "row 20: ratings without an initiative of the round; left out"),
    ({"A20": "nope", "D20": 3}, "row 20: \"nope\" is not an initiative of round ‘Effort check’; "
                                "its ratings are left out"),
    ({"A20": "goal-workshops", "D20": 3}, "row 20: \"goal-workshops\" is rated on an earlier row already; "
                                          "this row is left out"),
    ({"E6": "Speed"}, "E6: the round does not rate \"Speed\"; that column is left out"),
    ({"C4": "x" * 100}, "C4: the name is longer than 80 characters; it is cut"),
])
def test_each_bad_cell_is_one_sentence_naming_it(tmp_path, workshop, cells, problem):
    """Wrong values, extra rows, a foreign initiative, a renamed column: one sentence each, the rest read."""
    plan, round_ = workshop
    sheet = read_rating_sheet(written(tmp_path, plan, round_, cells={**cells, "D10": 2}), plan, round_)
    assert sheet.problems == [problem]
    assert (round_.initiatives[3], "benefit", 2) in sheet.ratings


def test_a_sheet_of_another_round_is_refused_whole(tmp_path, workshop):
    """Another round's sheet (even of the same initiatives) is refused in one sentence."""
    plan, round_ = workshop
    other = collecting_round(plan, "r3", "Second opinion")
    path = written(tmp_path, plan, other, cells={"D7": 3})
    with pytest.raises(RatingSheetError) as e:
        read_rating_sheet(path, plan, round_)
    assert str(e.value) == "this sheet is for another round, not for round ‘Effort check’"


def test_files_that_are_no_rating_sheet_are_refused_in_one_sentence(tmp_path, workshop):
    """A broken zip, the plan's own export, a folder and a missing file: each one clear sentence."""
    plan, round_ = workshop
    good = written(tmp_path, plan, round_, cells={"D7": 3})
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    export = tmp_path / "plan.xlsx"
    write_xlsx(plan, export)
    expected = {broken: "the file is not an Excel workbook that can be read (BadZipFile)",
                export: "this is not a rating sheet; fill in one written for the round",
                tmp_path: "this is a folder, not a file",
                tmp_path / "gone.xlsx": "cannot read the file (No such file or directory)"}
    for path, sentence in expected.items():
        with pytest.raises(RatingSheetError) as e:
            read_rating_sheet(path, plan, round_)
        assert str(e.value) == sentence


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path, workshop):
    """A FIFO named like a sheet is refused before it is opened."""
    plan, round_ = workshop
    pipe = tmp_path / "sheet.xlsx"
    os.mkfifo(pipe)
    with pytest.raises(RatingSheetError, match="this is a pipe, not a file"):
        read_rating_sheet(pipe, plan, round_)


def test_a_scale_with_many_steps_gets_a_range_check_instead_of_a_list(tmp_path, workshop):
    """0–1000 in steps of 0.5: a custom check on the scale, and typed values are snapped on reading."""
    plan, round_ = workshop
    plan.scale = Scale(0, 1000, 0.5)
    ws = openpyxl.load_workbook(written(tmp_path, plan, round_)).active
    (check,) = ws.data_validations.dataValidation
    assert check.type == "custom" and "D7<=1000" in check.formula1
    sheet = read_rating_sheet(written(tmp_path, plan, round_, cells={"D7": 999.7}), plan, round_)
    assert sheet.ratings == [(round_.initiatives[0], "benefit", 999.5)]


def test_the_steps_end_on_the_maximum(workshop):
    """A maximum off the step grid is still offered."""
    assert scale_steps(Scale(1, 5, 1.5)) == [1, 2.5, 4, 5]


TYPED = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                  st.floats(allow_nan=False, allow_infinity=False, width=32),
                  st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
                  st.sampled_from(["don't know", "?", "weet niet", "3,5", " 4 ", "5.0", "1e1", "nan"]),
                  st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["D7", "E7", "D8", "E9", "D10", "E10", "D11", "B7", "C4"]), TYPED,
                       max_size=6))
def test_whatever_is_typed_reads_as_ratings_on_the_scale_or_one_line_problems(tmp_path, workshop, cells):
    """Every typed cell becomes a rating on a step of the scale, "don't know", or a one-line problem."""
    plan, round_ = workshop
    sheet = read_rating_sheet(written(tmp_path, plan, round_, cells=cells), plan, round_)
    steps = set(scale_steps(plan.scale))
    for item, criterion, value in sheet.ratings:
        assert item in round_.initiatives and criterion in round_.criteria
        assert value is None or (value in steps and snap(value, plan.scale) == value)
    for problem in sheet.problems:
        assert "\n" not in problem and len(problem) <= 300
    rating_cells = [ref for ref, value in cells.items() if ref[0] in "DE" and ref != "D11" and value is not None
                    and (not isinstance(value, str) or (value.strip() and not value.startswith("=")))]
    # (openpyxl writes a text starting with "=" as a formula without a value: an empty cell read back)
    assert len(sheet.ratings) <= len(rating_cells) <= len(sheet.ratings) + len(sheet.problems)
    votes, joined = sheet_votes(round_, sheet, T0)
    if votes:
        AddVotes(round_.id, votes, joined).apply(plan)  # the round takes every vote a sheet gives


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_a_sheet_saved_again_by_libreoffice_keeps_its_drop_downs_and_reads_the_same(tmp_path, workshop):
    """Filled in and saved by LibreOffice Calc: the list, the protection and the ratings all survive."""
    plan, round_ = workshop
    path = written(tmp_path, plan, round_, cells={"C4": "Bo", "D7": 4, "E8": "don't know"})
    again = resaved_by_libreoffice(path, tmp_path)
    ws = openpyxl.load_workbook(again).active
    assert [(c.type, str(c.sqref)) for c in ws.data_validations.dataValidation] == [("list", "D7:E10")]
    assert ws.protection.sheet and ws.column_dimensions["A"].hidden
    sheet = read_rating_sheet(again, plan, round_)
    assert (sheet.participant, sheet.problems) == ("Bo", [])
    assert sheet.ratings == [(round_.initiatives[0], "benefit", 4), (round_.initiatives[1], "organisational_effort", None)]


def test_a_re_vote_asks_only_about_the_re_opened_initiatives(tmp_path, workshop):
    """Sheets of a re-vote list the re-opened initiatives; a rating on another is left out with a sentence."""
    plan, round_ = workshop
    SetRoundState(round_.id, "revealed").apply(plan)
    SetRoundState(round_.id, "collecting", (round_.initiatives[2],), now=T0).apply(plan)
    path = written(tmp_path, plan, round_, cells={"D7": 2, "A8": round_.initiatives[0], "D8": 5})
    ws = openpyxl.load_workbook(path).active
    assert ws["A7"].value == round_.initiatives[2] and ws["B8"].value is None
    sheet = read_rating_sheet(path, plan, round_)
    assert sheet.ratings == [(round_.initiatives[2], "benefit", 2)]
    assert sheet.problems == [f"row 8: \"{round_.initiatives[0]}\" is not open for a re-vote now; "
                              "its ratings are left out"]


def test_a_round_of_another_plan_with_the_same_id_is_told_apart(tmp_path, workshop):
    """Same round id, different initiatives or date: the sheet is for another round."""
    plan, round_ = workshop
    path = written(tmp_path, plan, round_, cells={"D7": 3})
    round_.date = dt.date(2027, 4, 1)
    with pytest.raises(RatingSheetError, match="this sheet is for another round"):
        read_rating_sheet(path, plan, round_)


def test_a_revealed_round_takes_no_sheet(tmp_path, workshop):
    """Once revealed, a sheet is refused in one sentence saying to re-open the round."""
    plan, round_ = workshop
    path = written(tmp_path, plan, round_, cells={"D7": 3})
    SetRoundState(round_.id, "revealed").apply(plan)
    with pytest.raises(RatingSheetError) as e:
        read_rating_sheet(path, plan, round_)
    assert str(e.value) == "round ‘Effort check’ is revealed and takes no votes; re-open it first"


def test_a_named_round_notes_a_sheet_without_a_name(tmp_path, workshop):
    """No name on a sheet of a named round: read, with a sentence saying it counts unnamed."""
    plan, round_ = workshop
    sheet = read_rating_sheet(written(tmp_path, plan, round_, participant="", cells={"D7": 3}), plan, round_)
    assert sheet.problems == ["C4: no name is given; the ratings count for an unnamed participant"]
    assert sheet_votes(round_, sheet, T0)[1][0].name == ""


@pytest.mark.parametrize("name, file", [("Anna", "rating-sheet-03-Anna.xlsx"), ("", "rating-sheet-03.xlsx"),
                                        ("../../etc/passwd", "rating-sheet-03-etc-passwd.xlsx"),
                                        ("Zoë van Dijk", "rating-sheet-03-Zoë-van-Dijk.xlsx")])
def test_a_sheets_file_name_stays_in_its_folder(name, file):
    """Names become file names without a path separator or a leading dot."""
    assert sheet_file_name(3, name) == file


def test_an_anonymous_participant_is_a_deelnemer_in_dutch(tmp_path, dutch):
    """A sheet handed back in an anonymous round names its rater “Deelnemer 1” when the core speaks Dutch."""
    plan = revealed_plan()
    round_ = collecting_round(plan, anonymous=True)
    sheet = read_rating_sheet(written(tmp_path, plan, round_, cells={"D7": 2}), plan, round_)
    _, (who,) = sheet_votes(round_, sheet, T0)
    assert round_.participant_label(who.id) == "Deelnemer 1"
