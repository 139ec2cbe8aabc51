"""Undo texts: the sentence each kind of edit gives itself in the undo history.

Read from the plan as it is before the edit is made, so a rename or a removal can still name
what it renames or removes. Never raises for an edit the plan will refuse: the refusal is the
edit's to make, with its own sentence.
"""

from __future__ import annotations

import dataclasses

from planner import prose
from planner.language import N_, _, ngettext, pgettext
from planner.model import DISCIPLINE_NAMES, RATINGS, READINESS_ITEMS, Plan

# Translated where a text is made (``_(label)``).
_LABELS = {"benefit": N_("benefit"), "technical_effort": N_("technical effort"),
           "organisational_effort": N_("organisational effort"), "duration_days": N_("duration"),
           "description": N_("description"), "owner": N_("owner"), "lane": N_("lane"),
           "decision": N_("decision"), "start": N_("start"), "fixed_start": N_("fixed start"),
           "objectives": N_("objectives"), "audiences": N_("audiences"), "run_effort": N_("running effort")}
_KPI_FIELDS = {"name": N_("name"), "unit": N_("unit"), "baseline": N_("baseline"),
               "baseline_date": N_("baseline date"), "target": N_("target"), "target_date": N_("target date"),
               "current": N_("current"), "business_result": N_("business result")}


def days(n: int) -> str:
    """``1 day``, ``-5 days``."""
    return ngettext("{n} day", "{n} days", abs(n)).format(n=n)


def label(key: str) -> str:
    """An initiative's field as a sentence names it: ``technical effort``."""
    return _(_LABELS[key]) if key in _LABELS else key


def decision_word(value) -> str:
    """``build``, ``join``, ``ignore``, ``undecided`` in the language in use."""
    return {"build": pgettext("decision", "build"), "join": pgettext("decision", "join"),
            "ignore": pgettext("decision", "ignore"),
            "undecided": pgettext("decision", "undecided")}.get(value, str(value))


def status_word(value) -> str:
    """A readiness answer: ``yes``, ``partly``, ``no``, ``unknown`` in the language in use."""
    return {"yes": pgettext("readiness", "yes"), "partly": pgettext("readiness", "partly"),
            "no": pgettext("readiness", "no"), "unknown": pgettext("readiness", "unknown")}.get(value, str(value))


def _kind_word(value) -> str:
    return {"listening": pgettext("objective kind", "listening"), "talking": pgettext("objective kind", "talking"),
            "energizing": pgettext("objective kind", "energizing"),
            "supporting": pgettext("objective kind", "supporting"),
            "embracing": pgettext("objective kind", "embracing"),
            "other": pgettext("objective kind", "other")}.get(value, str(value))


def _group_word(value) -> str:
    return {"creators": pgettext("technographics", "creators"),
            "conversationalists": pgettext("technographics", "conversationalists"),
            "critics": pgettext("technographics", "critics"), "collectors": pgettext("technographics", "collectors"),
            "joiners": pgettext("technographics", "joiners"), "spectators": pgettext("technographics", "spectators"),
            "inactives": pgettext("technographics", "inactives")}.get(value, str(value))


def _capitalised(text: str) -> str:
    """Languages that start a sentence with the field's name still start it with a capital."""
    return text[:1].upper() + text[1:]


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
    return _capitalised(_field_text(title, values, plan))


def _field_text(title: str, values: dict, plan: Plan | None) -> str:
    if values.keys() == {"start", "fixed_start"} and values["fixed_start"]:
        return _("Fix the start of ‘{title}’ on {date}").format(title=title, date=_date(values["start"]))
    if len(values) > 1 and values.keys() <= set(RATINGS):
        ratings = ", ".join(_("{field} {value}").format(field=label(key), value=_rating(values[key]))
                            for key in RATINGS if key in values)
        return _("Rate ‘{title}’ {ratings}").format(title=title, ratings=ratings)
    if len(values) != 1:
        return _("Edit ‘{title}’").format(title=title)
    (key, value), = values.items()
    if key == "title":
        return _("Rename ‘{title}’ to ‘{name}’").format(title=title, name=value)
    if key in RATINGS:
        return _("Rate ‘{title}’ {field} {value}").format(title=title, field=label(key), value=_rating(value))
    if key == "decision":
        return _("Decide {decision} for ‘{title}’").format(decision=decision_word(value), title=title)
    if key == "duration_days":
        return _("Set duration of ‘{title}’ to {days}").format(title=title, days=days(value))
    if key == "fixed_start":
        sentence = _("Fix the start of ‘{title}’") if value else _("Free the start of ‘{title}’")
        return sentence.format(title=title)
    if value in (None, "") or (key in ("objectives", "audiences") and not value):
        return _("Clear {field} of ‘{title}’").format(field=label(key), title=title)
    if key == "run_effort":
        return _("Set {field} of ‘{title}’ to {value} a month").format(
            field=label(key), title=title, value=prose.number(value))
    if key in ("objectives", "audiences"):
        names = {x.id: x.name for x in getattr(plan, key)} if plan is not None else {}
        value = ", ".join(f"‘{names.get(v, v)}’" for v in value)
    if key == "lane" and plan is not None:
        value = next((lane.name for lane in plan.lanes if lane.id == value), value)
    if key == "start":
        value = _date(value)
    return _("Set {field} of ‘{title}’ to {value}").format(field=label(key), title=title, value=value)


def _date(value) -> str:
    return prose.date(value) if hasattr(value, "isoformat") else str(value)


def _rating(value) -> str:
    return _("unrated") if value is None else prose.number(value)


def describe_strategy(plan: Plan, values: dict) -> str:
    """``Set value discipline to product leadership``, ``Answer ‘Budget for experiments’ yes``."""
    if len(values) != 1:
        return _("Change the strategy")
    (key, value), = values.items()
    if key == "value_discipline":
        name = DISCIPLINE_NAMES.get(value)
        return _("Set value discipline to {discipline}").format(
            discipline=(_(name) if name else str(value)).lower())
    if key == "ambition":
        return _("Change the ambition")
    if key == "monthly_capacity":
        if value is None:
            return _("Clear the monthly capacity")
        return _("Set monthly capacity to {value}").format(value=prose.number(value))
    if key == "readiness":
        old = {answer.item: answer for answer in plan.strategy.readiness}
        changed = [answer for answer in value if old.get(answer.item) != answer]
        if len(changed) == 1:
            answer = changed[0]
            question = READINESS_ITEMS.get(answer.item)
            question = _(question) if question else answer.item
            before = old.get(answer.item)
            if before is None or before.status != answer.status:
                return _("Answer ‘{question}’ {answer}").format(question=question,
                                                                 answer=status_word(answer.status))
            return _("Note on ‘{question}’").format(question=question)
    return _("Change the strategy")


def describe_objectives(plan: Plan, objectives) -> str:
    """``Add objective ‘Listen’``, ``Rename objective ‘A’ to ‘B’``, ``Remove KPI ‘Mentions’``."""
    added, removed, changed = _compare(plan.objectives, objectives)
    if len(added) + len(removed) + len(changed) == 1:
        if added:
            return _("Add objective ‘{name}’").format(name=added[0].name)
        if removed:
            return _("Remove objective ‘{name}’").format(name=removed[0].name)
        (old, new), = changed
        if old.name != new.name:
            return _("Rename objective ‘{old}’ to ‘{new}’").format(old=old.name, new=new.name)
        if old.kind != new.kind:
            return _("Make ‘{name}’ a {kind} objective").format(name=old.name, kind=_kind_word(new.kind))
        if old.description != new.description:
            return _("Describe objective ‘{name}’").format(name=old.name)
        added, removed, changed = _compare(old.kpis, new.kpis)
        if len(added) + len(removed) + len(changed) == 1:
            if added:
                return _("Add a KPI to ‘{name}’").format(name=old.name)
            if removed:
                return _("Remove KPI ‘{name}’").format(name=removed[0].name)
            (old_kpi, kpi), = changed
            keys = [f.name for f in dataclasses.fields(kpi) if getattr(old_kpi, f.name) != getattr(kpi, f.name)]
            if len(keys) == 1:
                field = _(_KPI_FIELDS[keys[0]]) if keys[0] in _KPI_FIELDS else keys[0].replace("_", " ")
                return _capitalised(_("Set {field} of KPI ‘{name}’").format(field=field, name=kpi.name))
    return _("Change the objectives")


def describe_audiences(plan: Plan, audiences) -> str:
    """``Add audience ‘Parents’``, ``Set critics of ‘Parents’ to 40%``."""
    added, removed, changed = _compare(plan.audiences, audiences)
    if len(added) + len(removed) + len(changed) == 1:
        if added:
            return _("Add audience ‘{name}’").format(name=added[0].name)
        if removed:
            return _("Remove audience ‘{name}’").format(name=removed[0].name)
        (old, new), = changed
        if old.name != new.name:
            return _("Rename audience ‘{old}’ to ‘{new}’").format(old=old.name, new=new.name)
        if old.description != new.description:
            return _("Describe audience ‘{name}’").format(name=old.name)
        groups = [g for g in {**old.profile, **new.profile} if old.profile.get(g) != new.profile.get(g)]
        if len(groups) == 1:
            share = new.profile.get(groups[0])
            return _capitalised(_("Set {group} of ‘{name}’ to {share}").format(
                group=_group_word(groups[0]), name=old.name,
                share=_("unknown") if share is None else f"{share}%"))
    return _("Change the audiences")


def _compare(old, new) -> tuple[list, list, list]:
    """What ``new`` added to, removed from and changed in ``old``, matched by id."""
    before = {x.id: x for x in old}
    kept = {x.id for x in new}
    return ([x for x in new if x.id not in before], [x for x in old if x.id not in kept],
            [(before[x.id], x) for x in new if x.id in before and before[x.id] != x])
