"""The template plans: every one loads, validates, schedules and carries its framework."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from planner import templates
from planner.formats import plan_file
from planner.model import READINESS_ITEMS
from planner.scheduling import schedule

ALL = [(t.key, t.language) for t in templates.templates()]
LANES = {"phases": 5, "oasis": 5, "cycle": 3, "empty": 0}


def test_every_framework_exists_in_both_languages():
    """Each key has an English and a Dutch template with a title and a description."""
    assert sorted(ALL) == sorted((k, lang) for k in LANES for lang in ("en", "nl"))
    assert all(t.title and t.description for t in templates.templates())


@pytest.mark.parametrize("key,language", ALL)
def test_template_loads_validates_and_schedules(key, language):
    """A template opens as a fresh plan on the given date, valid, unrated and undecided."""
    start = dt.date(2030, 3, 4)
    plan = templates.template_plan(key, language, start)
    assert plan_file.loads(plan_file.dumps(plan)) == plan  # what a save writes loads again, valid
    assert plan.start == start and "template" not in plan.extra
    assert len(plan.lanes) == LANES[key]
    assert all(i.benefit is None and i.technical_effort is None and i.organisational_effort is None
               and i.decision == "undecided" for i in plan.initiatives)
    assert [a.item for a in plan.strategy.readiness] == list(READINESS_ITEMS)
    schedule(plan)


@pytest.mark.parametrize("key,language", [k for k in ALL if k[0] != "empty"])
def test_framework_starts_with_a_baseline_before_what_measures_it(key, language):
    """The baseline measurement exists, feeds the KPIs, and precedes the step that measures."""
    plan = templates.template_plan(key, language)
    baseline = plan.initiative("baseline")
    assert baseline.title == {"en": "Baseline measurement", "nl": "Nulmeting"}[language]
    assert {k.id for o in plan.objectives for k in o.kpis} >= {"followers", "mentions", "sentiment"}
    assert any(d.from_ == "baseline" for d in plan.dependencies)


def test_dutch_template_is_written_in_dutch():
    """Lanes and titles of the Dutch five-phase template speak Dutch."""
    plan = templates.template_plan("phases", "nl")
    assert plan.lanes[0].name == "Doelen & ambities"
    assert "bouwen, aansluiten of negeren" in plan.initiative("plan-in-time").title


def test_unknown_key_names_the_keys_there_are():
    """Asking for a template that does not exist says which do."""
    with pytest.raises(templates.UnknownTemplateError, match="phases"):
        templates.template_plan("nope", "en")


def _cli(*args, lang="C.UTF-8"):
    env = {**os.environ, "LANG": lang}
    env.pop("LC_ALL", None), env.pop("LC_MESSAGES", None), env.pop("LANGUAGE", None)
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env, check=False)


@pytest.mark.parametrize("key,language", ALL)
def test_cli_new_from_each_template(tmp_path, key, language):
    """`new OUT --template KEY --lang L` writes the template as a plan starting today."""
    out = tmp_path / "p.bep"
    done = _cli("new", str(out), "--template", key, "--lang", language)
    assert done.returncode == 0, done.stderr
    plan = plan_file.load(out)
    assert plan.title == templates.template_plan(key, language).title
    assert plan.start == dt.date.today()


def test_cli_language_defaults_from_lang(tmp_path):
    """Without --lang a Dutch LANG gets the Dutch template."""
    out = tmp_path / "p.bep"
    assert _cli("new", str(out), "--template", "oasis", lang="nl_NL.UTF-8").returncode == 0
    assert plan_file.load(out).lanes[0].name == "Doelen"


def test_cli_lists_templates_and_refuses_an_unknown_key(tmp_path):
    """--list-templates prints the keys; an unknown key is one error line listing them."""
    listed = _cli("new", "--list-templates", "--lang", "nl")
    assert listed.returncode == 0 and "Socialemediastrategie: OASIS" in listed.stdout
    assert [line.split("\t")[0] for line in listed.stdout.splitlines()] == ["phases", "oasis", "cycle", "empty"]
    done = _cli("new", str(tmp_path / "p.bep"), "--template", "swot")
    assert done.returncode == 1 and not (tmp_path / "p.bep").exists()
    assert done.stderr.strip() == "error: --template: no template “swot” in “en”; choose one of: phases, oasis, cycle, empty"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_five_phases_are_named_as_in_the_sample(language):
    """The five-phase template's lanes carry the sample plan's lane names, in each language."""
    from planner.samples import sample_name, sample_plan
    sample = sample_plan(sample_name(language))
    assert [lane.name for lane in templates.template_plan("phases", language).lanes] == [
        lane.name for lane in sample.lanes]


@pytest.mark.parametrize("key,language", [k for k in ALL if k[0] != "empty"])
def test_a_template_does_not_warn_about_its_own_steps(key, language):
    """A fresh template's steps serve its objective, and its baselines wait for its baseline measurement."""
    from planner.health import plan_health
    found = plan_health(templates.template_plan(key, language))
    assert not [f for f in found if f.rule == "no-objective"]
    [baseline] = [f for f in found if f.rule == "no-baseline"]
    assert baseline.severity == "info" and baseline.items == ("kpi:followers", "kpi:mentions", "kpi:sentiment")
    assert {f.rule for f in found if f.severity == "warning"} <= {"not-listening", "no-content"}


def test_the_empty_template_is_offered_as_an_empty_plan():
    """The chooser offers “Leeg plan”/“Empty plan”; the plan it makes is still untitled."""
    offered = {t.language: t.title for t in templates.templates() if t.key == "empty"}
    assert offered == {"en": "Empty plan", "nl": "Leeg plan"}
    assert templates.template_plan("empty", "nl").title == "Naamloos plan"
