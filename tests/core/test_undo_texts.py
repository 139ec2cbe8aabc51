"""Undo texts: each edit names itself once, the same wherever it is made."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest

from planner.edits import (
    AddDependency, ChangeSettings, Compound, InsertInitiatives, MoveInitiative, RemoveDependency,
    RemoveInitiatives, SetDependencyLag, SetFields,
)
from planner.strategy_edits import ChangeStrategy, SetAudiences, SetObjectives
from planner.model import Audience, Dependency, Initiative, Kpi, Objective
from planner.samples import sample_plan


@pytest.fixture
def plan():
    return sample_plan()


@pytest.mark.parametrize("edit, text", [
    (SetFields("webcare", {"benefit": 4}), "Rate ‘Webcare team’ benefit 4"),
    (SetFields("webcare", {"start": dt.date(2027, 9, 1), "fixed_start": True}),
     "Fix the start of ‘Webcare team’ on 2027-09-01"),
    (SetFields("webcare", {"fixed_start": False}), "Free the start of ‘Webcare team’"),
    (SetFields("webcare", {"benefit": 3, "organisational_effort": 2, "technical_effort": 2}),
     "Rate ‘Webcare team’ benefit 3, technical effort 2, organisational effort 2"),
    (SetFields("webcare", {"owner": "Me", "benefit": 2}), "Edit ‘Webcare team’"),
    (InsertInitiatives(((0, Initiative("n", "New initiative")),)), "Add ‘New initiative’"),
    (RemoveInitiatives(("webcare",)), "Delete ‘Webcare team’"),
    (RemoveInitiatives(("webcare", "policy")), "Delete 2 initiatives"),
    (AddDependency(Dependency("baseline", "webcare")), "Make ‘Webcare team’ depend on ‘Baseline measurement’"),
    (AddDependency(Dependency("baseline", "webcare", 7)),
     "Make ‘Webcare team’ depend on ‘Baseline measurement’ with a lag of 7 days"),
    (RemoveDependency("policy", "webcare"), "Remove dependency of ‘Webcare team’ on ‘Social media policy’"),
    (SetDependencyLag("policy", "webcare", -1), "Set lag of ‘Webcare team’ after ‘Social media policy’ to -1 day"),
    (ChangeSettings({"title": "Other"}), "Change plan settings"),
    (ChangeStrategy({"value_discipline": "none"}), "Set value discipline to none chosen"),
    (ChangeStrategy({"monthly_capacity": 2.5}), "Set monthly capacity to 2.5"),
    (ChangeStrategy({"monthly_capacity": None}), "Clear the monthly capacity"),
    (Compound((SetFields("webcare", {"benefit": 2}), SetFields("policy", {"benefit": 2}))), "Rate 2 initiatives"),
    (Compound((SetFields("webcare", {"benefit": 2}),), "Do it all"), "Do it all"),
])
def test_each_edit_describes_itself(plan, edit, text):
    """An edit's undo text names the initiatives by title and says what changes."""
    assert edit.describe(plan) == text


def test_moving_says_up_or_down(plan):
    """A move names its direction from where the initiative stands now."""
    second = plan.initiatives[1]
    assert MoveInitiative(second.id, 0).describe(plan) == f"Move ‘{second.title}’ up"
    assert MoveInitiative(second.id, 2).describe(plan) == f"Move ‘{second.title}’ down"


def test_an_unknown_id_is_named_not_raised(plan):
    """An edit the plan will refuse still has a text: the id stands in for the title."""
    assert RemoveDependency("gone", "webcare").describe(plan) == "Remove dependency of ‘Webcare team’ on ‘gone’"


def test_readiness_answer_and_note_read_differently(plan):
    """A changed status reads as an answer, a changed note alone as a note."""
    answers = plan.strategy.readiness
    status = [dataclasses.replace(a, status="yes") if a.item == "flexibility" else a for a in answers]
    note = [dataclasses.replace(a, note="Within a day") if a.item == "flexibility" else a for a in answers]
    assert ChangeStrategy({"readiness": status}).describe(plan) == "Answer ‘Flexibility to react within hours’ yes"
    assert ChangeStrategy({"readiness": note}).describe(plan) == "Note on ‘Flexibility to react within hours’"


def test_objective_changes_are_named_from_the_lists(plan):
    """Adding, renaming, re-kinding and KPI changes each read as what the person did."""
    old = plan.objectives
    first = old[0]
    assert SetObjectives((*old, Objective("new", "New objective"))).describe(plan) == "Add objective ‘New objective’"
    assert SetObjectives(tuple(old[1:])).describe(plan) == f"Remove objective ‘{first.name}’"

    def changed(**values):
        return SetObjectives((dataclasses.replace(copy.deepcopy(first), **values), *old[1:])).describe(plan)

    assert changed(name="Listen") == f"Rename objective ‘{first.name}’ to ‘Listen’"
    assert changed(kind="other" if first.kind != "other" else "talking").startswith(f"Make ‘{first.name}’ a ")
    assert changed(description="Why") == f"Describe objective ‘{first.name}’"
    assert changed(kpis=[*first.kpis, Kpi("k-new", "New KPI")]) == f"Add a KPI to ‘{first.name}’"
    kpi = first.kpis[0]
    assert changed(kpis=first.kpis[1:]) == f"Remove KPI ‘{kpi.name}’"
    assert changed(kpis=[dataclasses.replace(kpi, target_date=dt.date(2030, 1, 1)), *first.kpis[1:]]) == \
        f"Set target date of KPI ‘{kpi.name}’"


def test_audience_changes_are_named_from_the_lists(plan):
    """Adding, renaming and setting one share each read as what the person did."""
    old = plan.audiences
    first = old[0]
    assert SetAudiences((*old, Audience("new", "New audience"))).describe(plan) == "Add audience ‘New audience’"
    renamed = dataclasses.replace(copy.deepcopy(first), name="Parents")
    assert SetAudiences((renamed, *old[1:])).describe(plan) == f"Rename audience ‘{first.name}’ to ‘Parents’"
    shares = copy.deepcopy(first)
    shares.profile["critics"] = 40 if first.profile.get("critics") != 40 else 41
    share = shares.profile["critics"]
    assert SetAudiences((shares, *old[1:])).describe(plan) == f"Set critics of ‘{first.name}’ to {share}%"
