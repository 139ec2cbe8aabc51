"""The sample plan in Dutch: the same plan as the English one, with every text in Dutch."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner import language
from planner.health import plan_health
from planner.samples import SAMPLE, SAMPLES, sample_bytes, sample_name, sample_plan

ROOT = Path(__file__).resolve().parents[2]
# Texts that are the same in both languages: names of departments, and units that are symbols.
SAME_IN_BOTH = {"", "%", "Marketing", "HR"}


def _texts(document: dict) -> dict[str, str]:
    """Every text a person reads in a plan file, by where it is: "initiatives/webcare/title" …"""
    texts = {"title": document["title"], "strategy/ambition": document["strategy"]["ambition"]}
    texts.update({f"lanes/{lane['id']}": lane["name"] for lane in document["lanes"]})
    texts.update({f"readiness/{r['item']}": r["note"] for r in document["strategy"]["readiness"]})
    for objective in document["objectives"]:
        texts[f"objectives/{objective['id']}/name"] = objective["name"]
        texts[f"objectives/{objective['id']}/description"] = objective["description"]
        for kpi in objective["kpis"]:
            texts[f"kpis/{kpi['id']}/name"], texts[f"kpis/{kpi['id']}/unit"] = kpi["name"], kpi["unit"]
    for audience in document["audiences"]:
        texts[f"audiences/{audience['id']}/name"] = audience["name"]
        texts[f"audiences/{audience['id']}/description"] = audience["description"]
    for item in document["initiatives"]:
        for key in ("title", "description", "owner"):
            texts[f"initiatives/{item['id']}/{key}"] = item.get(key, "")
    return texts


def _without_texts(document: dict) -> dict:
    """The document without its texts: what remains are ids, numbers, dates and links."""
    copy = json.loads(json.dumps(document))
    copy["title"] = copy["strategy"]["ambition"] = ""
    for group in ("lanes", "objectives", "audiences"):
        for entry in copy[group]:
            entry["name"] = ""
            entry.pop("description", None)
            for kpi in entry.get("kpis", []):
                kpi["name"] = kpi["unit"] = ""
    for check in copy["strategy"]["readiness"]:
        check["note"] = ""
    for item in copy["initiatives"]:
        for key in ("title", "description", "owner"):
            item.pop(key, None)
    return copy


@pytest.fixture(scope="module")
def documents() -> tuple[dict, dict]:
    return json.loads(sample_bytes(SAMPLE)), json.loads(sample_bytes(SAMPLES["nl"]))


def test_dutch_sample_loads_and_validates():
    """The Dutch sample loads through the plan reader, which validates it."""
    plan = sample_plan(SAMPLES["nl"])
    assert plan.title == "Socialemediastrategie 2027" and len(plan.initiatives) == 22


def test_dutch_sample_is_the_same_plan(documents):
    """Ids, ratings, decisions, dates, durations, dependencies and settings match the English sample."""
    english, dutch = documents
    assert _without_texts(dutch) == _without_texts(english)
    assert "quadrant_names" not in dutch  # the default names follow the language


def test_nothing_in_the_dutch_sample_is_left_in_english(documents):
    """Every text differs from the English one, but for names that are the same in Dutch."""
    english, dutch = (_texts(d) for d in documents)
    assert english.keys() == dutch.keys()
    same = {where: text for where, text in dutch.items() if text == english[where] and text not in SAME_IN_BOTH}
    assert not same


def test_dutch_sample_has_the_same_health_findings():
    """Plan health finds the same problems in both samples, so the Dutch one teaches the same lessons."""
    today = dt.date(2027, 1, 4)
    found = [[(f.rule, f.items) for f in plan_health(sample_plan(name), today=today)] for name in SAMPLES.values()]
    assert found[0] == found[1] and found[0]


def test_sample_follows_the_language_in_use():
    """The sample's name follows planner.language; a language without a sample gets the English one."""
    try:
        language.use("nl")
        assert sample_name() == "social-media-strategy.nl.bep"
    finally:
        language.use("en")
    assert sample_name() == SAMPLE and sample_name("fr") == SAMPLE and sample_name("nl") == SAMPLES["nl"]


def test_the_dutch_sample_file_is_written_as_the_app_writes_plans():
    """Saving the Dutch sample again gives the same bytes: no stray formatting in the bundled file."""
    from planner.formats.plan_file import dumps
    path = ROOT / "resources" / "samples" / SAMPLES["nl"]
    assert dumps(sample_plan(SAMPLES["nl"])) == path.read_text(encoding="utf-8")


def test_cli_writes_the_dutch_sample_in_dutch(tmp_path, capsys):
    """``planner new --sample --lang nl`` starts from the Dutch sample, with LANG or without."""
    from planner.cli import main
    out = tmp_path / "plan.bep"
    assert main(["new", str(out), "--sample", "--lang", "nl"]) == 0
    assert out.read_bytes() == (ROOT / "resources" / "samples" / SAMPLES["nl"]).read_bytes()
