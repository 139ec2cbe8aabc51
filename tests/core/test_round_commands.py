"""The round commands: `rounds` prints each round's result, `rating-sheets` and `import-ratings` take
a round through workbooks."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from planner.formats.plan_file import load, save
from planner.round_commands import ROUND_COLUMNS
from tests.cli_run import run
from tests.core.round_samples import collecting_round, revealed_plan


@pytest.fixture
def revealed(tmp_path):
    path = tmp_path / "plan.bep"
    save(revealed_plan(), path)
    return path


def test_rounds_prints_each_initiatives_median_spread_and_accepted_value(revealed, capsys):
    """The table names the round and its people, and gives votes, median, IQR, min–max and the accepted value."""
    status, out, err = run(capsys, "rounds", revealed)
    lines = out.splitlines()
    assert status == 0 and err == ""
    assert lines[0] == "Round ‘Kick-off’ · 2027-03-01 · revealed · named · 4 participants"
    assert lines[1] == "Participants: Anna, Bo, Carla, Dirk"
    first = next(line for line in lines if "Goals & ambition workshops" in line and "Benefit" in line)
    assert first.split()[-7:] == ["4", "0", "4", "0.5", "(3.75–4.25)", "3–5", "4"]
    second = next(line for line in lines if "Budget for experiments" in line and "Benefit" in line)
    assert second.split()[-6:] == ["4", "1", "2", "1.5", "(1.5–3)", "1–4"]  # one "don't know", nothing accepted


def test_rounds_orders_by_the_round_and_numbers_the_discussion(revealed, capsys):
    """Rows keep the round's order; the discuss column ranks by disagreement (the split budget first)."""
    _, out, _ = run(capsys, "rounds", revealed)
    named = [line.split()[:2] for line in out.splitlines() if line[:3].strip().isdigit()]
    assert [n for n, _ in named] == ["1", "2", "3"]
    assert dict(named)["2"] == "1"
    assert "Discuss first: Budget for experiments" in out


def test_rounds_csv_has_a_row_per_initiative_and_criterion(revealed, capsys):
    """`--csv` writes the documented columns with numbers as numbers and empty cells for no value."""
    status, out, _ = run(capsys, "rounds", revealed, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0 and tuple(rows[0]) == ROUND_COLUMNS and len(rows) == 6
    assert {k: rows[0][k] for k in ("round", "state", "participants", "criterion", "votes", "median", "q1",
                                   "q3", "min", "max", "accepted")} == {
        "round": "Kick-off", "state": "revealed", "participants": "4", "criterion": "benefit", "votes": "4",
        "median": "4", "q1": "3.75", "q3": "4.25", "min": "3", "max": "5", "accepted": "4"}
    assert rows[2]["dont_know"] == "1" and rows[2]["accepted"] == ""
    assert rows[4]["votes"] == "0" and rows[4]["median"] == ""  # the third initiative: nobody rated it


def test_rounds_csv_keeps_a_formula_like_title_inert(tmp_path, capsys):
    """A title or round name starting with = + - @ is written so a spreadsheet shows it as text."""
    plan = revealed_plan(name="=HYPERLINK(\"x\")")
    plan.initiatives[0].title = "@SUM(A1)"
    path = tmp_path / "p.bep"
    save(plan, path)
    rows = list(csv.DictReader(io.StringIO(run(capsys, "rounds", path, "--csv")[1])))
    assert rows[0]["round"] == "'=HYPERLINK(\"x\")" and rows[0]["initiative"] == "'@SUM(A1)"


def test_a_collecting_round_shows_progress_never_votes(tmp_path, capsys):
    """While the room rates, the output says the votes are hidden and gives how many finished each initiative."""
    plan = revealed_plan()
    plan.rounds[0].state = "collecting"
    path = tmp_path / "p.bep"
    save(plan, path)
    _, out, _ = run(capsys, "rounds", path)
    assert "votes stay hidden until the round is revealed" in out
    assert "Goals & ambition workshops  4 of 4" in out and "3.75" not in out and "median" not in out
    rows = list(csv.DictReader(io.StringIO(run(capsys, "rounds", path, "--csv")[1])))
    assert {r["median"] for r in rows} == {""} and {r["votes"] for r in rows} == {""}
    assert rows[0]["done"] == "4"


def test_a_plan_without_rounds_says_so_in_one_line(tmp_path, capsys):
    """No rounds: one line, exit 0."""
    path = tmp_path / "p.bep"
    run(capsys, "new", path, "--sample")
    status, out, _ = run(capsys, "rounds", path)
    assert status == 0 and out == f"{path}: the plan has no workshop rounds\n"


def fill(path, ratings: dict[str, object], name: str | None = None) -> None:
    """Type into a rating sheet as a participant would: ``ratings`` maps a cell to a value."""
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for cell, value in ratings.items():
        ws[cell] = value
    if name is not None:
        ws["C4"] = name
    wb.save(path)


def test_rating_sheets_then_import_ratings_puts_the_votes_in_the_round(tmp_path, capsys):
    """Sheets written per name, filled in and imported: the round holds each person's votes, bad cells reported."""
    plan_path = tmp_path / "plan.bep"
    plan = revealed_plan()
    collecting_round(plan)
    save(plan, plan_path)
    status, out, _ = run(capsys, "rating-sheets", plan_path, "--round", "Effort check", "--names", "Anna, Bo",
                         "-o", tmp_path / "sheets")
    files = sorted((tmp_path / "sheets").iterdir())
    assert status == 0 and [f.name for f in files] == ["rating-sheet-01-Anna.xlsx", "rating-sheet-02-Bo.xlsx"]
    fill(files[0], {"D7": 4, "E7": 2.5, "D8": "don't know"})
    fill(files[1], {"D7": 5, "E8": 9})
    status, out, err = run(capsys, "import-ratings", plan_path, "--round", "Effort check", *files)
    assert status == 0
    assert f"{files[0]}: 3 ratings from Anna" in out and f"{files[1]}: 1 rating from Bo" in out
    assert err == f"warning: {files[1]}: E8: 9 is outside the scale 1–5; left out\n"
    round_ = load(plan_path).rounds[1]
    assert [(p.id, p.name) for p in round_.participants] == [("p1", "Anna"), ("p2", "Bo")]
    assert [(v.participant, v.initiative, v.criterion, v.value) for v in round_.votes] == [
        ("p1", round_.initiatives[0], "benefit", 4), ("p1", round_.initiatives[0], "organisational_effort", 2.5),
        ("p1", round_.initiatives[1], "benefit", None), ("p2", round_.initiatives[0], "benefit", 5)]
    status, _, err = run(capsys, "import-ratings", plan_path, "--round", "r2", files[0])
    assert status == 0 and "imported into the round before" in err
    assert len(load(plan_path).rounds[1].votes) == 4


def test_import_ratings_stops_with_one_line_per_unreadable_file_and_saves_nothing(tmp_path, capsys):
    """A broken file among good ones: exit 1, a sentence naming it, and the plan file untouched."""
    plan_path = tmp_path / "plan.bep"
    plan = revealed_plan()
    collecting_round(plan)
    save(plan, plan_path)
    run(capsys, "rating-sheets", plan_path, "--round", "Effort check", "--participants", "1", "-o", tmp_path)
    good = tmp_path / "rating-sheet-01.xlsx"
    fill(good, {"D7": 3})
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:2000])
    before = plan_path.read_bytes()
    status, out, err = run(capsys, "import-ratings", plan_path, "--round", "Effort check", good, broken)
    assert status == 1 and out == ""
    assert err.splitlines()[0] == f"error: {broken}: the file is not an Excel workbook that can be read (BadZipFile)"
    assert len(err.splitlines()) == 2 and plan_path.read_bytes() == before


@pytest.mark.parametrize("args, message", [
    (("--round", "Kick-off", "--participants", "2"), "round ‘Kick-off’ is revealed and takes no votes"),
    (("--round", "Nope", "--participants", "2"), "the plan has no round named ‘Nope’"),
])
def test_rating_sheets_refuses_a_round_that_takes_no_votes_in_one_line(revealed, tmp_path, capsys, args, message):
    """A revealed or unknown round: exit 1 and one sentence; no sheets written."""
    status, _, err = run(capsys, "rating-sheets", revealed, *args, "-o", tmp_path / "out")
    assert status == 1 and message in err and len(err.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_rating_sheets_refuses_a_name_given_twice(revealed, tmp_path, capsys):
    """`--names "Anna,anna"` is wrong usage: exit 2."""
    status, _, err = run(capsys, "rating-sheets", revealed, "--round", "Kick-off", "--names", "Anna,anna",
                         "-o", tmp_path)
    assert status == 2 and "a name is given twice" in err


def test_a_round_is_started_revealed_reopened_for_a_revote_and_closed_from_the_command_line(tmp_path, capsys):
    """--new, --reveal, --reopen --only and --close each take their step, save the plan and say so in one line."""
    from planner.samples import sample_plan
    path = tmp_path / "plan.bep"
    save(sample_plan(), path)
    count = len(load(path).initiatives)
    status, out, err = run(capsys, "rounds", path, "--new", "Kick-off", "--anonymous")
    assert (status, err) == (0, "") and out == f"round ‘Kick-off’ is collecting on {count} initiatives; saved into {path}\n"
    round_ = load(path).rounds[0]
    assert (round_.state, round_.anonymous, round_.criteria, len(round_.initiatives)) == (
        "collecting", True, ["benefit", "technical_effort", "organisational_effort"], count)
    sheets = tmp_path / "sheets"
    assert run(capsys, "rating-sheets", path, "--round", "Kick-off", "--participants", "2", "-o", sheets)[0] == 0
    assert len(list(sheets.glob("*.xlsx"))) == 2
    status, out, _ = run(capsys, "rounds", path, "--reveal", "Kick-off")
    assert status == 0 and out.startswith("round ‘Kick-off’ is revealed;") and load(path).rounds[0].state == "revealed"
    first, second = round_.initiatives[:2]
    status, out, _ = run(capsys, "rounds", path, "--reopen", "Kick-off", "--only", f"{first}, {second}")
    assert status == 0 and out.startswith("round ‘Kick-off’ is collecting again for 2 initiatives;")
    again = load(path).rounds[0]
    assert (again.state, again.revote, set(again.since)) == ("collecting", [first, second], {first, second})
    status, out, _ = run(capsys, "rounds", path, "--close", "Kick-off")
    assert status == 0 and load(path).rounds[0].state == "closed"


def test_a_round_step_that_cannot_be_taken_is_one_line_and_changes_nothing(revealed, capsys):
    """A wrong state, an unknown round or initiative, a taken name, a misused option: one line, the plan unchanged."""
    before = revealed.read_bytes()
    for args, message in (
            (("--reveal", "Kick-off"), "round ‘Kick-off’ is revealed; only a collecting round can be revealed"),
            (("--reveal", "Nope"), "the plan has no round named ‘Nope’"),
            (("--reopen", "Kick-off", "--only", "nope"), "--only: "),
            (("--new", "Kick-off"), "the plan has a round named ‘Kick-off’ already")):
        status, out, err = run(capsys, "rounds", revealed, *args)
        assert status == 1 and out == "" and message in err and err.count("\n") == 1, err
    for args in (("--only", "x"), ("--anonymous",), ("--close", "Kick-off", "--csv")):
        assert run(capsys, "rounds", revealed, *args)[0] == 2
    assert revealed.read_bytes() == before
