"""Edits to the strategy frame: the strategy's fields, the objectives with their KPIs, the audiences.

Like every edit (planner/edits.py) each checks what it is given, changes the plan and returns
the edit that undoes it; all announce a ``ChangeKind.STRATEGY`` change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner import rules
from planner.edits import Change, ChangeKind, Edit, _refuse
from planner.errors import PlanError
from planner.language import _
from planner.model import READINESS_ITEMS, Audience, Objective, Plan, ReadinessAnswer
from planner.undo_texts import describe_audiences, describe_objectives, describe_strategy

STRATEGY_FIELDS = ("value_discipline", "ambition", "readiness", "monthly_capacity")


@dataclass(frozen=True)
class ChangeStrategy(Edit):
    """Change fields of the plan's strategy: any of value_discipline, ambition, readiness (a list
    of ReadinessAnswer; items left out become "unknown"), monthly_capacity (None or ≥ 0)."""

    values: dict

    def change(self, plan):
        return Change(ChangeKind.STRATEGY, (), tuple(self.values))

    def describe(self, plan):
        return describe_strategy(plan, self.values)

    def apply(self, plan):
        values = dict(self.values)
        unknown = set(values) - set(STRATEGY_FIELDS)
        if unknown:
            raise PlanError(_("“{key}” is not part of the strategy").format(key=sorted(unknown)[0]))
        if "value_discipline" in values:
            _refuse(rules.value_discipline_problem(values["value_discipline"]))
        if "ambition" in values and not isinstance(values["ambition"], str):
            raise PlanError(_("the ambition must be a text"))
        _refuse(rules.capacity_problem(values.get("monthly_capacity")))
        if "readiness" in values:
            values["readiness"] = _readiness(values["readiness"])
        strategy = plan.strategy
        old = {key: getattr(strategy, key) for key in values}
        for key, value in values.items():
            setattr(strategy, key, value)
        return ChangeStrategy(old)


def _readiness(answers) -> list[ReadinessAnswer]:
    given = {}
    for a in answers:
        if not isinstance(a, ReadinessAnswer):
            raise PlanError(_("a readiness answer must be a ReadinessAnswer"))
        _refuse(rules.readiness_item_problem(a.item))
        if a.item in given:
            raise PlanError(_("the readiness item “{item}” is answered twice").format(item=a.item))
        _refuse(rules.readiness_status_problem(a.status))
        given[a.item] = a
    return [given.get(item) or ReadinessAnswer(item) for item in READINESS_ITEMS]


@dataclass(frozen=True)
class SetObjectives(Edit):
    """Replace the plan's objectives (with their KPIs); the inverse puts the old list back.

    Refuses to drop an objective that initiatives still serve: unlink them first (a Compound
    of SetFields and SetObjectives does both in one step).
    """

    objectives: tuple[Objective, ...]

    def change(self, plan):
        return Change(ChangeKind.STRATEGY, (), ("objectives",))

    def describe(self, plan):
        return describe_objectives(plan, self.objectives)

    def apply(self, plan):
        new = list(self.objectives)
        check_objectives(new)
        _check_still_linked(plan, "objectives", {o.id for o in new}, "objective")
        old = plan.objectives
        plan.objectives = new
        return SetObjectives(tuple(old))


def check_objectives(objectives: list[Objective]) -> None:
    """Raise PlanError with one sentence if ``objectives`` are not a valid list of objectives."""
    ids, kpi_ids = set(), set()
    for o in objectives:
        if not isinstance(o, Objective):
            raise PlanError(_("an objective must be an Objective"))
        _refuse(rules.id_problem(str(o.id)), _("the objective “{name}”: {problem}"), name=o.name)
        if o.id in ids:
            raise PlanError(_("two objectives have the id “{id}”").format(id=o.id))
        ids.add(o.id)
        _refuse(rules.name_problem(str(o.name), "objective"))
        _refuse(rules.objective_kind_problem(o.kind))
        for k in o.kpis:
            _refuse(rules.id_problem(str(k.id)), _("the KPI “{name}”: {problem}"), name=k.name)
            if k.id in kpi_ids:
                raise PlanError(_("two KPIs have the id “{id}”").format(id=k.id))
            kpi_ids.add(k.id)
            _refuse(rules.name_problem(str(k.name), "KPI"), _("the objective “{name}”: {problem}"), name=o.name)
            numbers = {"baseline": _("the baseline of the KPI “{name}” must be a number"),
                       "target": _("the target of the KPI “{name}” must be a number"),
                       "current": _("the current of the KPI “{name}” must be a number")}
            for key, sentence in numbers.items():
                value = getattr(k, key)
                if value is not None and not rules.is_number(value):
                    raise PlanError(sentence.format(name=k.name))
            dates = {"baseline_date": _("the baseline date of the KPI “{name}” must be a date"),
                     "target_date": _("the target date of the KPI “{name}” must be a date")}
            for key, sentence in dates.items():
                value = getattr(k, key)
                if value is not None and not isinstance(value, dt.date):
                    raise PlanError(sentence.format(name=k.name))


@dataclass(frozen=True)
class SetAudiences(Edit):
    """Replace the plan's audiences; the inverse puts the old list back.

    Refuses to drop an audience that initiatives still address: unlink them first.
    """

    audiences: tuple[Audience, ...]

    def change(self, plan):
        return Change(ChangeKind.STRATEGY, (), ("audiences",))

    def describe(self, plan):
        return describe_audiences(plan, self.audiences)

    def apply(self, plan):
        new = list(self.audiences)
        check_audiences(new)
        _check_still_linked(plan, "audiences", {a.id for a in new}, "audience")
        old = plan.audiences
        plan.audiences = new
        return SetAudiences(tuple(old))


def check_audiences(audiences: list[Audience]) -> None:
    """Raise PlanError with one sentence if ``audiences`` are not a valid list of audiences."""
    ids = set()
    for a in audiences:
        if not isinstance(a, Audience):
            raise PlanError(_("an audience must be an Audience"))
        _refuse(rules.id_problem(str(a.id)), _("the audience “{name}”: {problem}"), name=a.name)
        if a.id in ids:
            raise PlanError(_("two audiences have the id “{id}”").format(id=a.id))
        ids.add(a.id)
        _refuse(rules.name_problem(str(a.name), "audience"))
        for key, share in a.profile.items():
            _refuse(rules.technographic_problem(key))
            _refuse(rules.share_problem(share), _("the share of {group} in “{name}”: {problem}"),
                    group=key, name=a.name)


def _check_still_linked(plan: Plan, key: str, kept: set[str], what: str) -> None:
    for item in plan.initiatives:
        gone = [x for x in getattr(item, key) if x not in kept]
        if gone:
            raise PlanError((_("“{title}” still serves the objective “{id}”; unlink it first")
                             if what == "objective" else
                             _("“{title}” still addresses the audience “{id}”; unlink it first")).format(
                                title=item.title, id=gone[0]))

