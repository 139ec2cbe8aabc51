"""Edits to workshop rounds: start one, take votes, reveal, re-open for a re-vote, close, accept.

Like every edit (planner/edits.py) each checks what it is given, changes the plan and returns
the edit that undoes it; all announce a ``ChangeKind.ROUNDS`` change. Votes from the room go
through ``AddVotes`` so every view hears of them, but the app keeps them off the undo stack:
undoing the facilitator's last step must never take back a participant's vote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from planner import rules
from planner.edits import Change, ChangeKind, Compound, Edit, SetFields, _refuse
from planner.errors import PlanError
from planner.language import N_, _, ngettext
from planner.model import RATINGS, ROUND_STATES, Acceptance, Participant, Plan, Round, Vote
from planner.round_results import is_open_for

# Marked for the catalog; whoever shows a name translates it there: ``_(CRITERION_NAMES[key])``.
CRITERION_NAMES = {"benefit": N_("benefit"), "technical_effort": N_("technical effort"),
                   "organisational_effort": N_("organisational effort")}


def find_round(plan: Plan, round_id: str) -> Round:
    """The plan's round with ``round_id``; PlanError when there is none."""
    for round_ in plan.rounds:
        if round_.id == round_id:
            return round_
    raise PlanError(rules.reference_problem(round_id, (), "round"))


def check_round(plan: Plan, round_: Round) -> None:
    """Raise PlanError with one sentence if ``round_`` cannot be part of ``plan`` as it is."""
    _refuse(rules.id_problem(round_.id))
    _refuse(rules.name_problem(round_.name, "round"))
    _refuse(rules.writable_problem(round_.name))
    if any(r.id == round_.id for r in plan.rounds):
        raise PlanError(_("the plan already has a round with the id “{id}”").format(id=round_.id))
    if not round_.initiatives:
        raise PlanError(_("a round needs at least one initiative to rate"))
    known = {item.id for item in plan.initiatives}
    for item in round_.initiatives:
        _refuse(rules.reference_problem(item, known, "initiative"))
    if len(set(round_.initiatives)) != len(round_.initiatives):
        raise PlanError(_("a round lists the same initiative twice"))
    if not round_.criteria or any(c not in RATINGS for c in round_.criteria):
        raise PlanError(_("a round rates one or more of benefit, technical effort and organisational effort"))
    _refuse(rules.choice_problem(round_.state, ROUND_STATES, "round state"))


@dataclass(frozen=True)
class AddRound(Edit):
    round: Round

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        return _("Start round ‘{name}’").format(name=self.round.name)

    def apply(self, plan):
        check_round(plan, self.round)
        criteria = [c for c in RATINGS if c in self.round.criteria]  # always in the usual order
        plan.rounds.append(replace(self.round, criteria=criteria))
        return RemoveRound(self.round.id)


@dataclass(frozen=True)
class RemoveRound(Edit):
    round_id: str

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        try:
            return _("Delete round ‘{name}’").format(name=find_round(plan, self.round_id).name)
        except PlanError:
            return _("Delete round")

    def apply(self, plan):
        round_ = find_round(plan, self.round_id)
        plan.rounds.remove(round_)
        return _RestoreRound(round_)


@dataclass(frozen=True)
class _RestoreRound(Edit):
    """Puts a removed round back as it was, votes and all (AddRound would refuse a closed one's links)."""

    round: Round

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        return _("Start round ‘{name}’").format(name=self.round.name)

    def apply(self, plan):
        plan.rounds.append(self.round)
        return RemoveRound(self.round.id)


@dataclass(frozen=True)
class SetRoundState(Edit):
    """Reveal a round, close it, or re-open it: ``revote`` names initiatives to collect again
    (their earlier votes stop counting from ``now``); an empty ``revote`` re-opens the whole round."""

    round_id: str
    state: str
    revote: tuple[str, ...] = ()
    now: dt.datetime | None = None
    since: dict | None = None  # for undo only: the cut-off times to put back

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        try:
            name = find_round(plan, self.round_id).name
        except PlanError:
            name = self.round_id
        if self.state == "collecting" and self.revote:
            return ngettext("Re-open one initiative of round ‘{name}’",
                            "Re-open {count} initiatives of round ‘{name}’", len(self.revote)).format(count=len(self.revote), name=name)
        sentence = {"revealed": _("Reveal round ‘{name}’"), "closed": _("Close round ‘{name}’"),
                    "collecting": _("Re-open round ‘{name}’")}.get(self.state) or _("Change round ‘{name}’")
        return sentence.format(name=name)

    def apply(self, plan):
        round_ = find_round(plan, self.round_id)
        _refuse(rules.choice_problem(self.state, ROUND_STATES, "round state"))
        for item in self.revote:
            if item not in round_.initiatives:
                raise PlanError(_("“{item}” is not rated in round ‘{name}’").format(
                    item=item, name=round_.name))
        old = SetRoundState(round_.id, round_.state, tuple(round_.revote), since=dict(round_.since))
        if self.since is not None:
            round_.since = dict(self.since)
        elif self.revote:
            now = self.now or dt.datetime.now(dt.timezone.utc)
            round_.since = {**round_.since, **{item: now for item in self.revote}}
        round_.state = self.state
        round_.revote = list(self.revote) if self.state == "collecting" else []
        return old


@dataclass(frozen=True)
class AddVotes(Edit):
    """Votes (and any new participants) arriving in a collecting round, checked against its scale,
    initiatives and criteria."""

    round_id: str
    votes: tuple[Vote, ...]
    participants: tuple[Participant, ...] = ()

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        return _("Take votes") if len(self.votes) != 1 else _("Take a vote")

    def apply(self, plan):
        round_ = find_round(plan, self.round_id)
        known = {p.id for p in round_.participants}
        for p in self.participants:
            if p.id in known:
                raise PlanError(_("round ‘{name}’ already has a participant “{id}”").format(
                    name=round_.name, id=p.id))
            _refuse(rules.writable_problem(p.name))
            known.add(p.id)
        for vote in self.votes:
            check_vote(plan, round_, vote, known)
        round_.participants.extend(self.participants)
        round_.votes.extend(self.votes)
        return _TakeBack(round_.id, (("participants", len(self.participants)), ("votes", len(self.votes))),
                         N_("Take votes"))


def check_vote(plan: Plan, round_: Round, vote: Vote, participants: set[str]) -> None:
    """Raise PlanError with one sentence if ``vote`` cannot be taken in ``round_`` now."""
    if vote.participant not in participants:
        raise PlanError(_("“{participant}” has not joined round ‘{name}’").format(
            participant=vote.participant, name=round_.name))
    if vote.criterion not in round_.criteria:
        raise PlanError(_("round ‘{name}’ does not rate “{criterion}”").format(name=round_.name,
                                                                               criterion=vote.criterion))
    if not is_open_for(round_, vote.initiative):
        if vote.initiative not in round_.initiatives:
            raise PlanError(_("“{item}” is not rated in round ‘{name}’").format(item=vote.initiative,
                                                                                name=round_.name))
        raise PlanError(_("round ‘{name}’ takes no votes on “{item}” now").format(name=round_.name,
                                                                                  item=vote.initiative))
    if vote.value is not None:
        _refuse(rules.rating_problem(vote.value, plan.scale))
    if vote.time.tzinfo is None:
        raise PlanError(_("a vote's time needs a time zone"))


@dataclass(frozen=True)
class _Append(Edit):
    """Adds items to the end of a round's lists (``parts``: (list name, items) pairs), unchecked:
    the redo of a step whose items were checked when it was first made."""

    round_id: str
    parts: tuple[tuple[str, tuple], ...]
    text: str = N_("Record with the round")  # translated when shown, in describe

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        return _(self.text)

    def apply(self, plan):
        round_ = find_round(plan, self.round_id)
        for name, items in self.parts:
            getattr(round_, name).extend(items)
        return _TakeBack(round_.id, tuple((name, len(items)) for name, items in self.parts), self.text)


@dataclass(frozen=True)
class _TakeBack(Edit):
    """Takes the last items off a round's lists (``counts``: (list name, how many) pairs): the undo of
    AddVotes (also for a vote arriving between a facilitator's step and its undo, so a vote never
    enters the undo stack) and of recording an accepted consensus."""

    round_id: str
    counts: tuple[tuple[str, int], ...]
    text: str = N_("Take back")  # translated when shown, in describe

    def change(self, plan):
        return Change(ChangeKind.ROUNDS)

    def describe(self, plan):
        return _(self.text)

    def apply(self, plan):
        round_ = find_round(plan, self.round_id)
        parts = []
        for name, count in self.counts:
            items = getattr(round_, name)
            parts.append((name, tuple(items[len(items) - count:]) if count else ()))
            del items[len(items) - count:]
        return _Append(round_.id, tuple(parts), self.text)


def accept(plan: Plan, round_id: str, values: dict[str, dict[str, float]],
           now: dt.datetime | None = None) -> Compound:
    """One step writing the room's ``values`` ({initiative: {criterion: value}}) into the ratings and
    recording them with the round. Apply it (or push it on the undo stack) to make it."""
    round_ = find_round(plan, round_id)
    now = now or dt.datetime.now(dt.timezone.utc)
    if not values:
        raise PlanError(_("round ‘{name}’ has no ratings to accept yet").format(name=round_.name))
    edits, accepted = [], []
    for item, ratings in values.items():
        edits.append(SetFields(item, dict(ratings)))
        accepted.extend(Acceptance(item, c, v, now) for c, v in ratings.items())
    edits.append(_Append(round_id, (("accepted", tuple(accepted)),), N_("Record accepted ratings")))
    count = len(values)
    text = (_("Accept the room's ratings for {count} initiatives").format(count=count) if count != 1 else
            _("Accept the room's ratings for ‘{title}’").format(title=_title(plan, next(iter(values)))))

    return Compound(tuple(edits), text)


def _title(plan: Plan, item: str) -> str:
    try:
        return plan.initiative(item).title
    except KeyError:
        return item
