"""Undo texts: the sentence each kind of edit gives itself in the undo history.

Read from the plan as it is before the edit is made, so a rename or a removal can still name
what it renames or removes. Never raises for an edit the plan will refuse: the refusal is the
edit's to make, with its own sentence.
"""

from __future__ import annotations

import dataclasses

from planner.model import DISCIPLINE_NAMES, RATINGS, READINESS_ITEMS, Plan

_LABELS = {"benefit": "benefit", "technical_effort": "technical effort",
           "organisational_effort": "organisational effort", "duration_days": "duration",
           "description": "description", "owner": "owner", "lane": "lane", "decision": "decision",
           "start": "start", "fixed_start": "fixed start", "objectives": "objectives",
           "audiences": "audiences", "run_effort": "running effort"}


def days(n: int) -> str:
    """``1 day``, ``-5 days``."""
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def title_of(plan: Plan, initiative_id: str) -> str:
    """The initiative's title, or its id when the plan no longer holds it."""
    try:
        return plan.initiative(initiative_id).title
    except KeyError:
        return initiative_id


def describe_fields(title: str, values: dict, plan: Plan | None = None) -> str:
    """Return the undo text for setting ``values`` on the initiative titled ``title``.

    With ``plan``, a lane is named by its name rather than its id.

    ``Rate ‘Webcare’ benefit 4``, ``Set duration of ‘Webcare’ to 30 days``, ``Rename ‘A’ to ‘B’``.
    """
    if values.keys() == {"start", "fixed_start"} and values["fixed_start"]:
        return f"Fix the start of ‘{title}’ on {values['start']}"
    if len(values) > 1 and values.keys() <= set(RATINGS):
        return f"Rate ‘{title}’ " + ", ".join(f"{_LABELS[key]} {_rating(values[key])}"
                                             for key in RATINGS if key in values)
    if len(values) != 1:
        return f"Edit ‘{title}’"
    (key, value), = values.items()
    if key == "title":
        return f"Rename ‘{title}’ to ‘{value}’"
    if key in RATINGS:
        return f"Rate ‘{title}’ {_LABELS[key]} {_rating(value)}"
    if key == "decision":
        return f"Decide {value} for ‘{title}’"
    if key == "duration_days":
        return f"Set duration of ‘{title}’ to {days(value)}"
    if key == "fixed_start":
        return f"{'Fix' if value else 'Free'} the start of ‘{title}’"
    if value in (None, "") or (key in ("objectives", "audiences") and not value):
        return f"Clear {_LABELS.get(key, key)} of ‘{title}’"
    if key == "run_effort":
        return f"Set {_LABELS[key]} of ‘{title}’ to {value:g} a month"
    if key in ("objectives", "audiences"):
        names = {x.id: x.name for x in getattr(plan, key)} if plan is not None else {}
        value = ", ".join(f"‘{names.get(v, v)}’" for v in value)
    if key == "lane" and plan is not None:
        value = next((lane.name for lane in plan.lanes if lane.id == value), value)
    return f"Set {_LABELS.get(key, key)} of ‘{title}’ to {value}"


def _rating(value) -> str:
    return "unrated" if value is None else f"{value:g}"


def describe_strategy(plan: Plan, values: dict) -> str:
    """``Set value discipline to product leadership``, ``Answer ‘Budget for experiments’ yes``."""
    if len(values) != 1:
        return "Change the strategy"
    (key, value), = values.items()
    if key == "value_discipline":
        return f"Set value discipline to {DISCIPLINE_NAMES.get(value, str(value)).lower()}"
    if key == "ambition":
        return "Change the ambition"
    if key == "monthly_capacity":
        return "Clear the monthly capacity" if value is None else f"Set monthly capacity to {value:g}"
    if key == "readiness":
        old = {answer.item: answer for answer in plan.strategy.readiness}
        changed = [answer for answer in value if old.get(answer.item) != answer]
        if len(changed) == 1:
            answer = changed[0]
            question = READINESS_ITEMS.get(answer.item, answer.item)
            before = old.get(answer.item)
            if before is None or before.status != answer.status:
                return f"Answer ‘{question}’ {answer.status}"
            return f"Note on ‘{question}’"
    return "Change the strategy"


def describe_objectives(plan: Plan, objectives) -> str:
    """``Add objective ‘Listen’``, ``Rename objective ‘A’ to ‘B’``, ``Remove KPI ‘Mentions’``."""
    added, removed, changed = _compare(plan.objectives, objectives)
    if len(added) + len(removed) + len(changed) == 1:
        if added:
            return f"Add objective ‘{added[0].name}’"
        if removed:
            return f"Remove objective ‘{removed[0].name}’"
        (old, new), = changed
        if old.name != new.name:
            return f"Rename objective ‘{old.name}’ to ‘{new.name}’"
        if old.kind != new.kind:
            return f"Make ‘{old.name}’ a {new.kind} objective"
        if old.description != new.description:
            return f"Describe objective ‘{old.name}’"
        added, removed, changed = _compare(old.kpis, new.kpis)
        if len(added) + len(removed) + len(changed) == 1:
            if added:
                return f"Add a KPI to ‘{old.name}’"
            if removed:
                return f"Remove KPI ‘{removed[0].name}’"
            (old_kpi, kpi), = changed
            keys = [f.name for f in dataclasses.fields(kpi) if getattr(old_kpi, f.name) != getattr(kpi, f.name)]
            if len(keys) == 1:
                return f"Set {keys[0].replace('_', ' ')} of KPI ‘{kpi.name}’"
    return "Change the objectives"


def describe_audiences(plan: Plan, audiences) -> str:
    """``Add audience ‘Parents’``, ``Set critics of ‘Parents’ to 40%``."""
    added, removed, changed = _compare(plan.audiences, audiences)
    if len(added) + len(removed) + len(changed) == 1:
        if added:
            return f"Add audience ‘{added[0].name}’"
        if removed:
            return f"Remove audience ‘{removed[0].name}’"
        (old, new), = changed
        if old.name != new.name:
            return f"Rename audience ‘{old.name}’ to ‘{new.name}’"
        if old.description != new.description:
            return f"Describe audience ‘{old.name}’"
        groups = [g for g in {**old.profile, **new.profile} if old.profile.get(g) != new.profile.get(g)]
        if len(groups) == 1:
            share = new.profile.get(groups[0])
            return f"Set {groups[0]} of ‘{old.name}’ to {'unknown' if share is None else f'{share}%'}"
    return "Change the audiences"


def _compare(old, new) -> tuple[list, list, list]:
    """What ``new`` added to, removed from and changed in ``old``, matched by id."""
    before = {x.id: x for x in old}
    kept = {x.id for x in new}
    return ([x for x in new if x.id not in before], [x for x in old if x.id not in kept],
            [(before[x.id], x) for x in new if x.id in before and before[x.id] != x])
