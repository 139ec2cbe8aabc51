"""Workshop rounds in the plan file (version 3): reading with every field checked, and writing.

A round may name initiatives the plan no longer has: rounds are the plan's history, and deleting
an initiative later must not make the file unreadable. Everything inside a round must agree with
the round itself: votes by its participants, on its initiatives and criteria, on the plan's scale.
"""

from __future__ import annotations

import datetime as dt

from planner import rules
from planner.errors import PlanFileError
from planner.language import _
from planner.model import RATINGS, ROUND_STATES, Acceptance, Participant, Plan, Round, Vote
from planner.validation import _Reader, _refuse, _show

# Times outside these years cannot be compared across time zones without overflowing.
_YEARS = (2, 9998)


def read_rounds(readers: list[_Reader], plan: Plan) -> list[Round]:
    """The rounds of a plan document, checked; the plan's scale must already be read."""
    rounds, seen = [], {}
    for r in readers:
        round_id = r.identifier("id")
        if round_id in seen:
            raise PlanFileError(r.at("id"), rules.already_used(round_id, seen[round_id]))
        seen[round_id] = r.place
        name = r.text("name", required=True)
        _refuse(r.at("name"), rules.name_problem(name, "round"))
        date = r.date("date", default=None)
        if date is None:
            raise PlanFileError(r.place, _("the required field \"{key}\" is missing").format(key="date"))
        initiatives = _ids(r, "initiatives", "initiative")
        criteria = _ids(r, "criteria", "criterion")
        for i, criterion in enumerate(criteria):
            _refuse(f"{r.at('criteria')}[{i}]", rules.choice_problem(criterion, RATINGS, "criterion"))
        if not criteria:
            raise PlanFileError(r.at("criteria"), _("a round rates at least one criterion"))
        round_ = Round(round_id, name, date, initiatives, [c for c in RATINGS if c in criteria])
        round_.anonymous = r.boolean("anonymous", default=True)
        state = r.text("state", default="collecting")
        _refuse(r.at("state"), rules.choice_problem(state, ROUND_STATES, "round state"))
        round_.state = state
        round_.revote = _ids(r, "revote", "initiative", known=set(initiatives))
        round_.since = _since(r, set(initiatives))
        round_.participants = _participants(r.items("participants"))
        known = {p.id for p in round_.participants}
        round_.votes = [_vote(v, round_, known, plan) for v in r.items("votes")]
        round_.accepted = [_acceptance(a, round_, plan) for a in r.items("accepted")]
        round_.extra = r.rest()
        rounds.append(round_)
    return rounds


def _ids(r: _Reader, key: str, what: str, known: set[str] | None = None) -> list[str]:
    value = r.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise PlanFileError(r.at(key), _("{value} is not a list").format(value=_show(value)))
    seen = set()
    for i, v in enumerate(value):
        place = f"{r.at(key)}[{i}]"
        if not isinstance(v, str) or not v.strip():
            raise PlanFileError(place, (_("{value} is not an initiative id") if what == "initiative" else
                                       _("{value} is not a criterion id")).format(value=_show(v)))
        _refuse(place, rules.writable_problem(v))
        if v in seen:
            raise PlanFileError(place, _("\"{id}\" is listed twice").format(id=v))
        if known is not None and v not in known:
            raise PlanFileError(place, _("\"{id}\" is not rated in this round").format(id=v))
        seen.add(v)
    return list(value)


def _time(r: _Reader, key: str) -> dt.datetime:
    value = r.get(key, required=True)
    if not isinstance(value, str) or len(value) > 40:
        raise PlanFileError(r.at(key), _("{value} is not a time like 2027-03-01T10:15:00Z").format(value=_show(value)))
    try:
        time = dt.datetime.fromisoformat(value)
    except ValueError:
        raise PlanFileError(r.at(key), _("{value} is not a time like 2027-03-01T10:15:00Z").format(
            value=_show(value))) from None
    if time.tzinfo is None:
        raise PlanFileError(r.at(key), _("{value} has no time zone (end it with Z for UTC)").format(value=_show(value)))
    if not _YEARS[0] <= time.year <= _YEARS[1]:
        raise PlanFileError(r.at(key), _("{value} is outside the years {first}–{last}").format(
            value=_show(value), first=_YEARS[0], last=_YEARS[1]))
    return time


def _since(r: _Reader, initiatives: set[str]) -> dict[str, dt.datetime]:
    child = r.child("since")
    if child is None:
        return {}
    since = {}
    for key in child.obj:
        if key not in initiatives:
            raise PlanFileError(child.at(key), _("\"{id}\" is not rated in this round").format(id=rules.shown(key)))
        since[key] = _time(child, key)
    return since


def _participants(readers: list[_Reader]) -> list[Participant]:
    found, seen = [], {}
    for p in readers:
        pid = p.identifier("id")
        if pid in seen:
            raise PlanFileError(p.at("id"), rules.already_used(pid, seen[pid]))
        seen[pid] = p.place
        found.append(Participant(pid, p.text("name", default=""), p.text("key", default=""), p.rest()))
    return found


def _vote(v: _Reader, round_: Round, participants: set[str], plan: Plan) -> Vote:
    participant = v.identifier("participant")
    if participant not in participants:
        raise PlanFileError(v.at("participant"), _("\"{id}\" has not joined this round").format(
            id=rules.shown(participant)))
    initiative, criterion = _target(v, round_)
    value = v.number("value", default=None)
    if value is not None:
        _refuse(v.at("value"), rules.rating_problem(value, plan.scale))
    return Vote(participant, initiative, criterion, value, _time(v, "time"), v.rest())


def _target(r: _Reader, round_: Round) -> tuple[str, str]:
    initiative = r.identifier("initiative")
    if initiative not in round_.initiatives:
        raise PlanFileError(r.at("initiative"), _("\"{id}\" is not rated in this round").format(
            id=rules.shown(initiative)))
    criterion = r.text("criterion", required=True)
    if criterion not in round_.criteria:
        raise PlanFileError(r.at("criterion"), _("{value} is not rated in this round").format(value=_show(criterion)))
    return initiative, criterion


def _acceptance(a: _Reader, round_: Round, plan: Plan) -> Acceptance:
    initiative, criterion = _target(a, round_)
    value = a.number("value", default=None)
    if value is None:
        raise PlanFileError(a.place, _("the required field \"{key}\" is missing").format(key="value"))
    _refuse(a.at("value"), rules.rating_problem(value, plan.scale))
    return Acceptance(initiative, criterion, value, _time(a, "time"), a.rest())


# ---------------------------------------------------------------- writing

def _stamp(time: dt.datetime) -> str:
    """ISO 8601 with Z for UTC, to the second, the way phones and people read it."""
    text = time.isoformat(timespec="seconds")
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def rounds_document(rounds: list[Round]) -> list[dict]:
    return [_round_document(r) for r in rounds]


def vote_document(v: Vote) -> dict:
    return {"participant": v.participant, "initiative": v.initiative, "criterion": v.criterion,
            "value": v.value, "time": _stamp(v.time), **v.extra}


def _round_document(r: Round) -> dict:
    doc = {"id": r.id, "name": r.name, "date": r.date.isoformat(), "initiatives": list(r.initiatives),
           "criteria": list(r.criteria), "anonymous": r.anonymous, "state": r.state}
    if r.revote:
        doc["revote"] = list(r.revote)
    if r.since:
        doc["since"] = {key: _stamp(time) for key, time in r.since.items()}
    doc["participants"] = [{"id": p.id, **({"name": p.name} if p.name else {}),
                            **({"key": p.key} if p.key else {}), **p.extra} for p in r.participants]
    doc["votes"] = [vote_document(v) for v in r.votes]
    doc["accepted"] = [{"initiative": a.initiative, "criterion": a.criterion, "value": a.value,
                        "time": _stamp(a.time), **a.extra} for a in r.accepted]
    doc.update(r.extra)
    return doc
