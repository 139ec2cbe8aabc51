"""File format version 2: the strategy frame (strategy, objectives with KPIs, audiences, links)."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from planner.formats import plan_file
from planner.edits import Change, ChangeKind, ChangeSettings, Compound, SetFields, describe_fields
from planner.strategy_edits import ChangeStrategy, SetAudiences, SetObjectives
from planner.errors import PlanError, PlanFileError
from planner.model import (
    READINESS_ITEMS, Audience, Kpi, Objective, Plan, ReadinessAnswer, Scale, Strategy,
)
from planner.samples import sample_plan
from planner.validation import VERSION


def v2(**fields) -> dict:
    base = {"format": "benefit-effort-plan", "version": 2, "start": "2027-01-04",
            "strategy": {"value_discipline": "customer_intimacy", "ambition": "Help first",
                         "monthly_capacity": 6,
                         "readiness": [{"item": "enthusiasts", "status": "yes", "note": "Ann and Bo"}]},
            "objectives": [{"id": "listen", "name": "Listen", "kind": "listening",
                            "kpis": [{"id": "mentions", "name": "Mentions", "baseline": 40,
                                      "baseline_date": "2027-01-10", "target": 80}]},
                           {"id": "support", "name": "Support", "kind": "supporting",
                            "kpis": [{"id": "calls", "name": "Calls saved", "business_result": True}]}],
            "audiences": [{"id": "fans", "name": "Fans", "profile": {"creators": 20, "critics": 35}}],
            "initiatives": [{"id": "a", "title": "A", "objectives": ["listen"], "audiences": ["fans"],
                             "run_effort": 2},
                            {"id": "b", "title": "B"}]}
    base.update(fields)
    return base


def error_of(doc: dict) -> str:
    with pytest.raises(PlanFileError) as caught:
        plan_file.loads(json.dumps(doc))
    return str(caught.value)


def changed(path: str, value, remove: bool = False) -> dict:
    """v2() with the value at ``path`` (keys and list indexes separated by dots) set or removed."""
    doc = v2()
    *parents, last = path.split(".")
    target = doc
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    key = int(last) if isinstance(target, list) else last
    if remove:
        del target[key]
    elif isinstance(target, list) and key == len(target):
        target.append(value)
    else:
        target[key] = value
    return doc


def test_version_2_reads_every_part():
    plan = plan_file.loads(json.dumps(v2()))
    s = plan.strategy
    assert (s.value_discipline, s.ambition, s.monthly_capacity) == ("customer_intimacy", "Help first", 6)
    assert [a.item for a in s.readiness] == list(READINESS_ITEMS)  # completed, in the articles' order
    assert s.readiness[0] == ReadinessAnswer("enthusiasts", "yes", "Ann and Bo")
    assert all(a.status == "unknown" for a in s.readiness[1:])
    kpi = plan.objectives[0].kpis[0]
    assert kpi == Kpi("mentions", "Mentions", "", 40, dt.date(2027, 1, 10), 80)
    assert plan.objectives[1].kpis[0].business_result is True
    assert plan.audiences[0].profile == {"creators": 20, "critics": 35}
    a = plan.initiatives[0]
    assert (a.objectives, a.audiences, a.run_effort) == (["listen"], ["fans"], 2)
    assert plan.initiatives[1].objectives == [] and plan.initiatives[1].run_effort is None


def test_version_1_files_migrate_to_the_defaults():
    """A version 1 file has none of the new parts: it loads with the defaults and saves as version 2."""
    doc = {"format": "benefit-effort-plan", "version": 1, "start": "2027-01-04",
           "initiatives": [{"id": "a", "title": "A"}]}
    plan = plan_file.loads(json.dumps(doc))
    assert plan.strategy == Strategy() and plan.objectives == [] and plan.audiences == []
    assert [a.status for a in plan.strategy.readiness] == ["unknown"] * len(READINESS_ITEMS)
    text = plan_file.dumps(plan)
    again = json.loads(text)
    assert VERSION == 3 and again["version"] == 2  # 3 only once a plan holds workshop rounds
    assert "strategy" not in again and "objectives" not in again and "audiences" not in again
    assert not {"objectives", "audiences", "run_effort"} & set(again["initiatives"][0])
    assert plan_file.loads(text) == plan


def test_version_4_is_refused():
    """A plan from a newer app names the version it needs (3, workshop rounds, is read here)."""
    assert error_of(v2(version=4)) == ("version: this plan is version 4, but this app reads up to version 3; "
                                       "open it with a newer Benefit–Effort Planner")


def test_version_2_round_trip_is_byte_exact():
    text = plan_file.dumps(plan_file.loads(json.dumps(v2())))
    plan = plan_file.loads(text)
    assert plan_file.dumps(plan) == text
    doc = json.loads(text)
    assert list(doc)[list(doc).index("lanes") + 1:] == ["strategy", "objectives", "audiences", "initiatives",
                                                        "dependencies"]
    assert list(doc["strategy"]) == ["value_discipline", "ambition", "monthly_capacity", "readiness"]


def test_the_sample_uses_the_strategy_frame_and_is_canonical():
    plan = sample_plan()
    assert plan.strategy.value_discipline == "customer_intimacy" and plan.strategy.monthly_capacity
    assert {o.kind for o in plan.objectives} == {"listening", "talking", "supporting", "energizing"}
    kpis = [k for o in plan.objectives for k in o.kpis]
    assert any(k.baseline is None for k in kpis)
    assert any(k.business_result and k.target_date and (k.target_date - plan.start).days <= 183 for k in kpis)
    assert "no" in {a.status for a in plan.strategy.readiness}
    assert len([i for i in plan.initiatives if not i.objectives and i.decision != "ignore"]) == 1
    assert any(i.run_effort for i in plan.initiatives)
    assert plan_file.loads(plan_file.dumps(plan)) == plan


def test_unknown_keys_are_kept_in_every_new_part():
    doc = v2()
    doc["strategy"]["x"] = 1
    doc["strategy"]["readiness"][0]["x"] = 2
    doc["objectives"][0]["x"] = 3
    doc["objectives"][0]["kpis"][0]["x"] = 4
    doc["audiences"][0]["x"] = 5
    again = json.loads(plan_file.dumps(plan_file.loads(json.dumps(doc))))
    assert again["strategy"]["x"] == 1 and again["strategy"]["readiness"][0]["x"] == 2
    assert again["objectives"][0]["x"] == 3 and again["objectives"][0]["kpis"][0]["x"] == 4
    assert again["audiences"][0]["x"] == 5


@pytest.mark.parametrize("path, value, expected", [
    ("strategy.value_discipline", "cheapest", 'strategy.value_discipline: "cheapest" is not a value discipline '
     "(use one of operational_excellence, product_leadership, customer_intimacy, none)"),
    ("strategy.monthly_capacity", -1, "strategy.monthly_capacity: -1 is not a monthly capacity (use a number from 0 up)"),
    ("strategy.ambition", 3, "strategy.ambition: 3 is not a text"),
    ("strategy.readiness.0.item", "courage", 'strategy.readiness[0].item: "courage" is not a readiness item '
     "(use one of enthusiasts, experiment_budget, long_breath, flexibility, knowledge_sharing)"),
    ("strategy.readiness.0.status", "maybe", 'strategy.readiness[0].status: "maybe" is not a readiness status '
     "(use one of yes, partly, no, unknown)"),
    ("strategy.readiness.1", {"item": "enthusiasts"},
     'strategy.readiness[1].item: "enthusiasts" is already answered by strategy.readiness[0]'),
    ("objectives.1.id", "listen", 'objectives[1].id: "listen" is already used by objectives[0]'),
    ("objectives.0.name", " ", "objectives[0].name: an objective needs a name"),
    ("objectives.0.kind", "selling", 'objectives[0].kind: "selling" is not an objective kind '
     "(use one of listening, talking, energizing, supporting, embracing, other)"),
    ("objectives.1.kpis.0.baseline_date", "2027-13-01",
     "objectives[1].kpis[0].baseline_date: 2027-13-01 is not a date on the calendar"),
    ("objectives.1.kpis.0.target_date", "soon",
     'objectives[1].kpis[0].target_date: "soon" is not a date in the form YYYY-MM-DD'),
    ("objectives.1.kpis.0.id", "mentions", 'objectives[1].kpis[0].id: "mentions" is already used by objectives[0].kpis[0]'),
    ("objectives.1.kpis.0.target", "lots", 'objectives[1].kpis[0].target: "lots" is not a number'),
    ("objectives.1.kpis.0.business_result", "yes", 'objectives[1].kpis[0].business_result: "yes" is not true or false'),
    ("audiences.0.profile.critics", 140, "audiences[0].profile.critics: 140 is outside 0–100"),
    ("audiences.0.profile.lurkers", 10, 'audiences[0].profile.lurkers: "lurkers" is not a technographic group '
     "(use one of creators, conversationalists, critics, collectors, joiners, spectators, inactives)"),
    ("audiences.1", {"id": "fans", "name": "Fans again"}, 'audiences[1].id: "fans" is already used by audiences[0]'),
    ("initiatives.1.objectives", ["grow"], 'initiatives[1].objectives[0]: there is no objective "grow"'),
    ("initiatives.1.objectives", "listen", 'initiatives[1].objectives: "listen" is not a list'),
    ("initiatives.1.objectives", ["listen", "listen"],
     'initiatives[1].objectives[1]: "listen" is already listed at initiatives[1].objectives[0]'),
    ("initiatives.1.audiences", ["fans", 3], "initiatives[1].audiences[1]: 3 is not an audience id (a text)"),
    ("initiatives.1.audiences", ["kids"], 'initiatives[1].audiences[0]: there is no audience "kids"'),
    ("initiatives.1.run_effort", 9, "initiatives[1].run_effort: 9 is outside the scale 1–5"),
])
def test_bad_version_2_parts_are_refused(path, value, expected):
    assert error_of(changed(path, value)) == expected


# ---------------------------------------------------------------- edits

def loaded() -> Plan:
    return plan_file.loads(json.dumps(v2()))


def undo_restores(plan: Plan, edit) -> None:
    before = copy.deepcopy(plan)
    inverse = edit.apply(plan)
    assert plan != before
    inverse.apply(plan)
    assert plan == before


def test_change_strategy_and_its_inverse():
    plan = loaded()
    edit = ChangeStrategy({"value_discipline": "product_leadership", "ambition": "Lead", "monthly_capacity": None,
                           "readiness": [ReadinessAnswer("flexibility", "no", "approval takes days")]})
    assert edit.change(plan) == Change(ChangeKind.STRATEGY, (), ("value_discipline", "ambition", "monthly_capacity", "readiness"))
    assert not edit.change(plan).moves_dates
    undo_restores(plan, edit)
    edit.apply(plan)
    assert [a.item for a in plan.strategy.readiness] == list(READINESS_ITEMS)
    assert plan.strategy.readiness[3].status == "no" and plan.strategy.readiness[0].status == "unknown"


@pytest.mark.parametrize("values, message", [
    ({"mission": "x"}, "“mission” is not part of the strategy"),
    ({"value_discipline": "cheap"}, '"cheap" is not a value discipline '
                                     "(use one of operational_excellence, product_leadership, customer_intimacy, none)"),
    ({"monthly_capacity": -2}, "-2 is not a monthly capacity (use a number from 0 up)"),
    ({"readiness": [ReadinessAnswer("courage")]}, '"courage" is not a readiness item '
     "(use one of enthusiasts, experiment_budget, long_breath, flexibility, knowledge_sharing)"),
    ({"readiness": [ReadinessAnswer("enthusiasts", "maybe")]},
     '"maybe" is not a readiness status (use one of yes, partly, no, unknown)'),
    ({"readiness": [ReadinessAnswer("enthusiasts"), ReadinessAnswer("enthusiasts")]},
     "the readiness item “enthusiasts” is answered twice"),
])
def test_change_strategy_refuses_bad_values(values, message):
    plan = loaded()
    before = copy.deepcopy(plan)
    with pytest.raises(PlanError, match=f"^{message}$".replace("(", r"\(").replace(")", r"\)")):
        ChangeStrategy(values).apply(plan)
    assert plan == before


def test_set_objectives_and_audiences_and_their_inverses():
    plan = loaded()
    objectives = (*plan.objectives, Objective("talk", "Talk", "talking", kpis=[Kpi("reach", "Reach")]))
    undo_restores(plan, SetObjectives(objectives))
    undo_restores(plan, SetAudiences((*plan.audiences, Audience("kids", "Kids", profile={"joiners": 70}))))
    assert SetObjectives(()).change(plan).kind == "strategy"


@pytest.mark.parametrize("edit, message", [
    (SetObjectives((Objective("support", "Support"),)), "“A” still serves the objective “listen”; unlink it first"),
    (SetObjectives((Objective("listen", "L"), Objective("listen", "M"))), "two objectives have the id “listen”"),
    (SetObjectives((Objective("listen", "L", "selling"),)), '"selling" is not an objective kind'),
    (SetObjectives((Objective("listen", "L", kpis=[Kpi("k", "K")]), Objective("x", "X", kpis=[Kpi("k", "K2")]))),
     "two KPIs have the id “k”"),
    (SetObjectives((Objective("listen", " "),)), "an objective needs a name"),
    (SetAudiences(()), "“A” still addresses the audience “fans”; unlink it first"),
    (SetAudiences((Audience("fans", "Fans", profile={"critics": 140}),)),
     "the share of critics in “Fans”: 140 is outside 0–100"),
    (SetAudiences((Audience("fans", "Fans", profile={"lurkers": 5}),)), '"lurkers" is not a technographic group'),
])
def test_objective_and_audience_edits_refuse_bad_lists(edit, message):
    plan = loaded()
    before = copy.deepcopy(plan)
    with pytest.raises(PlanError) as caught:
        edit.apply(plan)
    assert str(caught.value).startswith(message.split(" (")[0])
    assert plan == before


def test_removing_a_linked_objective_with_its_links_in_one_step():
    plan = loaded()
    before = copy.deepcopy(plan)
    edit = Compound((SetFields("a", {"objectives": []}), SetObjectives(tuple(plan.objectives[1:]))))
    assert edit.change(plan).kind == "settings"
    inverse = edit.apply(plan)
    assert [o.id for o in plan.objectives] == ["support"] and plan.initiatives[0].objectives == []
    inverse.apply(plan)
    assert plan == before


def test_set_fields_links_and_running_effort():
    plan = loaded()
    undo_restores(plan, SetFields("b", {"objectives": ["support", "listen"], "audiences": ["fans"],
                                        "run_effort": 1.5}))
    for values, message in [({"objectives": ["grow"]}, 'there is no objective "grow"'),
                            ({"audiences": ["kids"]}, 'there is no audience "kids"'),
                            ({"objectives": ["listen", "listen"]}, "an initiative lists the same objective twice"),
                            ({"objectives": "listen"}, "the objectives of an initiative must be a list of objective ids"),
                            ({"run_effort": 7}, "a running effort of 7 is outside the scale 1–5")]:
        with pytest.raises(PlanError) as caught:
            SetFields("b", values).apply(plan)
        assert str(caught.value) == message


def test_a_narrower_scale_is_refused_while_a_running_effort_falls_outside_it():
    plan = loaded()
    plan.initiatives[0].run_effort = 4.5
    with pytest.raises(PlanError, match="would have ratings outside the scale"):
        ChangeSettings({"scale": Scale(1, 4, 0.5)}).apply(plan)


def test_undo_texts_for_the_new_fields():
    plan = loaded()
    assert describe_fields("A", {"objectives": ["listen", "support"]}, plan) == \
        "Set objectives of ‘A’ to ‘Listen’, ‘Support’"
    assert describe_fields("A", {"audiences": []}, plan) == "Clear audiences of ‘A’"
    assert describe_fields("A", {"run_effort": 2}) == "Set running effort of ‘A’ to 2 a month"
    assert describe_fields("A", {"run_effort": None}) == "Clear running effort of ‘A’"
