"""A sample plan with a revealed workshop round: 12 people on 10 initiatives, some agreeing, some split.

Tests use it, and ``python -m tests.round_sample OUT.bep`` writes it for pictures of the reveal.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

from planner.matrix_layout import snap
from planner.model import RATINGS, Participant, Plan, Round, Vote
from planner.samples import sample_plan

NAMES = ("Anna", "Bart", "Chen", "Dewi", "Emre", "Fleur", "Gijs", "Hanna", "Ivo", "Jasmijn", "Kees", "Lotte")
START = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
# How the room sees each of the first initiatives: "agree" near the plan's rating, "split" in two
# camps, "wide" all over the scale, "outlier" agreeing but for one.
MOODS = ("agree", "split", "agree", "wide", "outlier", "agree", "split", "agree", "wide", "agree")


def _value(rng: random.Random, mood: str, own: float, plan: Plan, n: int) -> float | None:
    scale = plan.scale
    if mood == "split":
        value = (scale.min + 1 if n % 2 else scale.max - 1) + rng.choice((-0.5, 0, 0.5))
    elif mood == "wide":
        value = rng.uniform(scale.min, scale.max)
    elif mood == "outlier" and n == 3:
        value = scale.max if own < scale.midpoint else scale.min
    else:
        value = own + rng.choice((-0.5, 0, 0, 0.5))
    return snap(min(scale.max, max(scale.min, value)), scale)


def revealed_round_plan(people: int = 12, initiatives: int = 10, seed: int = 16) -> Plan:
    """The sample plan with a revealed round ‘Kick-off’ of ``people`` named participants."""
    plan = sample_plan()
    rng = random.Random(seed)
    rated = [item for item in plan.initiatives if item.benefit is not None][:initiatives]
    round_ = Round("r1", "Kick-off", START.date(), [item.id for item in rated], list(RATINGS), anonymous=False,
                   state="revealed")
    round_.participants = [Participant(f"p{n + 1}", NAMES[n % len(NAMES)]) for n in range(people)]
    minute = 0
    for index, item in enumerate(rated):
        mood = MOODS[index % len(MOODS)]
        for n in range(people):
            for criterion in RATINGS:
                minute += 1
                # Now and then someone does not know, or skips an effort.
                value = None if rng.random() < 0.04 else _value(rng, mood, getattr(item, criterion), plan, n)
                if criterion != "benefit" and rng.random() < 0.03:
                    continue
                round_.votes.append(Vote(f"p{n + 1}", item.id, criterion, value,
                                         START + dt.timedelta(seconds=minute)))
    plan.rounds.append(round_)
    return plan


if __name__ == "__main__":
    from planner.formats import plan_file

    plan_file.save(revealed_round_plan(), sys.argv[1])
