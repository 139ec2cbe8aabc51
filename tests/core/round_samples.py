"""Plans with workshop rounds whose results are known, for the round commands, sheets and exports."""

from __future__ import annotations

import datetime as dt

from planner.model import Participant, Round, Vote
from planner.round_edits import AddRound, AddVotes, SetRoundState, accept
from planner.samples import sample_plan

T0 = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
CRITERIA = ["benefit", "technical_effort", "organisational_effort"]
# Each participant's benefit and technical effort votes on the round's first two initiatives.
VOTES = {"p1": ((4, 2), (2, None)), "p2": ((5, 2.5), (4, 3)), "p3": ((3, 3), (None, 3)), "p4": ((4, 1), (1, 3))}


def revealed_plan(name: str = "Kick-off", anonymous: bool = False):
    """The sample plan with one revealed round of three initiatives rated by four people.

    On the first initiative the benefit votes are 4, 5, 3, 4: median 4, q1 3.75, q3 4.25, 3–5.
    """
    plan = sample_plan()
    ids = [item.id for item in plan.initiatives[:3]]
    AddRound(Round("r1", name, dt.date(2027, 3, 1), ids, ["benefit", "technical_effort"], anonymous)).apply(plan)
    for n, (who, pairs) in enumerate(VOTES.items()):
        votes = tuple(Vote(who, item, criterion, value, T0 + dt.timedelta(minutes=n))
                      for item, values in zip(ids, pairs) for criterion, value in zip(CRITERIA, values))
        AddVotes("r1", votes, (Participant(who, ["Anna", "Bo", "Carla", "Dirk"][n]),)).apply(plan)
    SetRoundState("r1", "revealed").apply(plan)
    accept(plan, "r1", {ids[0]: {"benefit": 4}}, now=T0 + dt.timedelta(hours=1)).apply(plan)
    return plan


def collecting_round(plan, round_id: str = "r2", name: str = "Effort check", anonymous: bool = False,
                     count: int = 4, criteria=("benefit", "organisational_effort")) -> Round:
    """Add a collecting round on the plan's first ``count`` initiatives; return it as the plan holds it."""
    ids = [item.id for item in plan.initiatives[:count]]
    AddRound(Round(round_id, name, dt.date(2027, 3, 8), ids, list(criteria), anonymous)).apply(plan)
    return plan.rounds[-1]
