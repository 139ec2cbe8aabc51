"""The core speaks Dutch when asked: findings, errors, undo texts and the command line; English otherwise."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from planner import language
from planner.edits import SetFields
from planner.errors import PlanError
from planner.health import plan_health
from planner.model import Plan
from planner.samples import sample_plan
from tests.cli_run import run


@pytest.fixture(autouse=True)
def english_afterwards():
    """A command run in-process switches the language for good: every test here ends in English."""
    yield
    language.use("en")


@pytest.fixture
def bad_plan(tmp_path):
    path = tmp_path / "bad.bep"
    path.write_text(json.dumps({"format": "benefit-effort-plan", "version": 2,
                                "initiatives": [{"id": "a", "title": "A", "benefit": 9}]}), encoding="utf-8")
    return path


def _cli(*args, **environ):
    env = {key: value for key, value in os.environ.items() if key not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update({"LANG": "C.UTF-8", **environ})
    return subprocess.run([sys.executable, "-m", "planner", *map(str, args)], capture_output=True, text=True,
                          env=env, check=False)


def test_a_health_finding_in_dutch(dutch):
    """A plan without objectives is told so in Dutch, its rule key unchanged."""
    finding = next(f for f in plan_health(Plan()) if f.rule == "no-objectives")
    assert finding.message.startswith("Het plan heeft geen doelstellingen.")


def test_health_findings_stay_english_by_default():
    """Without a language chosen the findings read as they always have."""
    finding = next(f for f in plan_health(Plan()) if f.rule == "no-objectives")
    assert finding.message.startswith("The plan has no objectives.")


def test_dutch_dates_and_numbers_in_a_finding(dutch):
    """A finding names a month in Dutch and writes a decimal with a comma."""
    plan = sample_plan()
    plan.strategy.monthly_capacity = 2.5
    finding = next(f for f in plan_health(plan) if f.rule == "run-over-capacity")
    assert finding.message.startswith("Vanaf ") and "capaciteit van 2,5" in finding.message
    assert any(month in finding.message for month in ("januari", "februari", "maart", "april", "mei", "juni"))


def test_an_undo_text_in_dutch(dutch):
    """The undo history names an edit in Dutch, with the field and the plural in Dutch."""
    plan = sample_plan()
    assert SetFields("webcare", {"benefit": 4}).describe(plan) == "‘Webcare team’ beoordelen: baat 4"
    assert SetFields("webcare", {"duration_days": 30}).describe(plan) == \
        "Duur van ‘Webcare team’ op 30 dagen zetten"
    assert SetFields("webcare", {"owner": ""}).describe(plan) == "Eigenaar van ‘Webcare team’ wissen"


def test_an_edit_refused_in_dutch(dutch):
    """An edit the rules refuse says why in Dutch."""
    with pytest.raises(PlanError, match="^9 valt buiten de schaal 1–5$"):
        SetFields("webcare", {"benefit": 9}).apply(sample_plan())


@pytest.mark.parametrize("args, environ", [
    (("--lang", "nl", "validate"), {}),
    (("validate",), {"LANG": "nl_NL.UTF-8"}),
    (("validate",), {"LANG": "de_DE.UTF-8", "LANGUAGE": "nl"}),
])
def test_a_validation_error_in_dutch_through_the_command_line(bad_plan, args, environ):
    """--lang nl or a Dutch environment makes `validate` say what is wrong in Dutch, its prefix too."""
    done = _cli(*args, bad_plan, **environ)
    assert done.returncode == 1
    assert done.stderr == f"fout: {bad_plan}: initiatives[0].benefit: 9 valt buiten de schaal 1–5\n"


def test_the_command_line_stays_english_by_default(bad_plan):
    """Without --lang and with an English or C locale, errors read as before."""
    done = _cli("validate", bad_plan)
    assert done.stderr == f"error: {bad_plan}: initiatives[0].benefit: 9 is outside the scale 1–5\n"


@pytest.mark.parametrize("args", [
    ("--lang", "nl", "validate", "{plan}"),
    ("validate", "{plan}", "--lang", "nl"),
    ("validate", "--lang=nl", "{plan}"),
])
def test_lang_goes_before_or_after_the_command(capsys, bad_plan, args):
    """--lang is taken before the command, after it, and as --lang=nl."""
    status, _out, err = run(capsys, *(a.format(plan=bad_plan) for a in args))
    assert status == 1 and "9 valt buiten de schaal 1–5" in err


def test_lang_after_the_command_overrides_the_environment(capsys, bad_plan, monkeypatch):
    """--lang en after the command wins over a Dutch LANG."""
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    status, _out, err = run(capsys, "validate", bad_plan, "--lang", "en")
    assert status == 1 and "9 is outside the scale 1–5" in err


def test_a_language_the_app_lacks_is_wrong_usage(capsys, bad_plan):
    """--lang fr is refused by argparse with exit status 2, naming the choices."""
    status, _out, err = run(capsys, "--lang", "fr", "validate", bad_plan)
    assert status == 2 and "nl" in err and "en" in err


def test_help_and_usage_errors_speak_the_language(capsys, tmp_path):
    """The help of a command and the render command's own usage errors are in Dutch with --lang nl."""
    status, out, _err = run(capsys, "--lang", "nl", "new", "--help")
    assert status == 0 and "begin met het meegeleverde voorbeeldplan" in out
    status, _out, err = run(capsys, "render", tmp_path / "p.bep", "-o", tmp_path / "p.png", "--votes", "--lang", "nl")
    assert status == 2 and err.rstrip().endswith("--votes: alleen met --round NAAM")


def test_new_takes_the_program_wide_lang_for_its_template(capsys, tmp_path):
    """`--lang nl new --template oasis` and `new --template oasis --lang nl` both write the Dutch template."""
    from planner.formats.plan_file import load
    for n, args in enumerate((("--lang", "nl", "new"), ("new",))):
        out = tmp_path / f"p{n}.bep"
        extra = () if args[0] == "--lang" else ("--lang", "nl")
        status, said, _err = run(capsys, *args, out, "--template", "oasis", *extra)
        assert status == 0 and load(out).lanes[0].name == "Doelen"
        assert "geschreven met" in said


def test_a_parked_dependency_is_named_once_by_its_titles(capsys):
    """`schedule` on the Dutch sample warns once about the dependency on a parked initiative, by title."""
    status, _out, err = run(capsys, "--lang", "nl", "schedule", "resources/samples/social-media-strategy.nl.bep")
    warnings = [line for line in err.splitlines() if "afhankelijkheid" in line]
    assert status == 0 and len(warnings) == 1
    assert warnings[0].endswith("de afhankelijkheid ‘Onderzoek naar persona's’ → ‘Kanaal op TikTok’ telt niet mee: "
                                "voor ‘Kanaal op TikTok’ is negeren besloten")


def test_a_missing_file_is_told_in_dutch(tmp_path):
    """The system's reason for a failed read is Dutch too, where it used to stay the C library's English."""
    done = _cli("--lang", "nl", "validate", tmp_path / "weg.bep")
    assert done.returncode == 1
    assert done.stderr == f"fout: {tmp_path / 'weg.bep'}: kan het bestand niet lezen (het bestand of de map bestaat niet)\n"


def test_the_findings_of_check_start_with_a_dutch_severity(capsys):
    """`check` in Dutch starts each finding with fout:/waarschuwing:/opmerking:, the rule key unchanged."""
    status, out, _err = run(capsys, "--lang", "nl", "check", "resources/samples/social-media-strategy.nl.bep")
    assert status == 3
    assert {line.split(" ")[0] for line in out.splitlines()[:-1]} == {"fout:", "waarschuwing:", "opmerking:"}
    assert "fout: run-over-capacity: " in out


def test_argparse_speaks_dutch_too(capsys, tmp_path):
    """argparse's own usage, headings and refusals are Dutch with --lang nl, and English again without."""
    status, out, _err = run(capsys, "--lang", "nl", "validate", "--help")
    assert status == 0 and out.startswith("gebruik: ") and "\nopties:\n" in out and "toon deze hulp en stop" in out
    status, _out, err = run(capsys, "--lang", "nl", "render", tmp_path / "p.bep", "-o", tmp_path / "p.png", "--view", "x")
    assert status == 2 and err.rstrip().endswith("fout: argument --view: ongeldige keuze: 'x' (kies uit 'matrix', 'roadmap')")
    status, _out, err = run(capsys, "--lang", "en", "export")
    assert status == 2 and err.startswith("usage: ") and "error: the following arguments are required" in err


def test_a_file_problem_is_placed_for_a_person_in_dutch(bad_plan, dutch):
    """The window's line names the initiative in Dutch; the exact path stays in str() for the command line."""
    from planner.errors import PlanFileError
    from planner.formats.plan_file import load
    with pytest.raises(PlanFileError) as refused:
        load(bad_plan)
    assert refused.value.for_person == "Initiatief 1 (‘A’), baat: 9 valt buiten de schaal 1–5"
    assert str(refused.value) == "initiatives[0].benefit: 9 valt buiten de schaal 1–5"
