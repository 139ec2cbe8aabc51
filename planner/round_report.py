"""A round's result as rows a person reads: for the ``rounds`` command and the workbook's Ratings sheets.

A collecting round is blind: its rows carry progress only, never a value, so nothing printed or
exported while the room still rates can sway it.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.language import N_, _
from planner.model import Plan, Round
from planner.round_edits import CRITERION_NAMES
from planner.round_results import Spread, counting_votes, discuss_first, progress, results

# CRITERION_NAMES' texts, marked here where they are shown: round_edits keeps them as its keys' words.
CRITERION_TEXTS = (N_("benefit"), N_("technical effort"), N_("organisational effort"))
BLIND_NOTE = N_("votes stay hidden until the round is revealed; only progress is shown")


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One initiative's criterion in a round; ``spread`` is None while the round collects."""

    order: int  # 1-based, as the round lists its initiatives
    discuss: int  # 1 is the initiative to discuss first; 0 while the round collects
    initiative: str  # its id
    title: str
    criterion: str  # one of RATINGS
    done: int  # participants who answered every criterion of the initiative
    spread: Spread | None
    accepted: float | None


def blind(round_: Round) -> bool:
    """Whether the round's values must not be shown: it still collects."""
    return round_.state == "collecting"


def title_of(plan: Plan, initiative: str) -> str:
    """The initiative's title; its id once it has left the plan (rounds are history)."""
    try:
        return plan.initiative(initiative).title
    except KeyError:
        return initiative


def criterion_name(criterion: str) -> str:
    """"Benefit", "Technical effort", "Organisational effort"."""
    return _(CRITERION_NAMES.get(criterion, criterion)).capitalize()


def result_rows(plan: Plan, round_: Round) -> list[ResultRow]:
    """Each initiative and criterion of ``round_`` in the round's order, with its result unless blind."""
    done = progress(round_)
    hidden = blind(round_)
    table = {} if hidden else results(round_)
    rank = {} if hidden else {item: n for n, (item, _score) in enumerate(discuss_first(round_, plan.scale), start=1)}
    accepted = {(a.initiative, a.criterion): a.value for a in round_.accepted}  # the latest wins
    rows = []
    for order, item in enumerate(round_.initiatives, start=1):
        for criterion in round_.criteria:
            rows.append(ResultRow(order, rank.get(item, 0), item, title_of(plan, item), criterion,
                                  done.get(item, 0), table.get((item, criterion)),
                                  accepted.get((item, criterion))))
    return rows


def participants_rated(round_: Round) -> int:
    """How many participants have given at least one vote that counts."""
    return len({participant for participant, _initiative, _criterion in counting_votes(round_)})


def number(value: float | None) -> str:
    """A value as people write it: 4, 3.5, 3.25; "" for none."""
    return "" if value is None else f"{value:g}"
