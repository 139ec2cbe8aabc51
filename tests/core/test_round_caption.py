"""The line over the matrix for a round still collecting: how many rated, never "0 people"."""

from __future__ import annotations

import datetime as dt

from planner.model import Participant, Vote
from planner.round_edits import AddVotes
from planner.round_geometry import caption, room_picture
from planner.samples import sample_plan
from tests.core.round_samples import collecting_round

NOW = dt.datetime(2027, 3, 8, 10, tzinfo=dt.timezone.utc)


def test_a_collecting_round_says_how_many_rated_and_that_values_stay_hidden():
    """Three participants, two of whom rated: "2 rated, values not revealed yet"."""
    plan = sample_plan()
    round_ = collecting_round(plan)
    item = round_.initiatives[0]
    AddVotes(round_.id, (Vote("p1", item, "benefit", 4, NOW), Vote("p2", item, "benefit", None, NOW)),
             (Participant("p1", "Anna"), Participant("p2", "Bo"), Participant("p3", "Carla"))).apply(plan)
    assert caption(round_, room_picture(plan, round_)) == "Round ‘Effort check’: 2 rated, values not revealed yet"
