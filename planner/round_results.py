"""What a workshop round says: the votes that count, and per initiative and criterion the room's
median and spread, the order to discuss them in, and the consensus to accept. No Qt.

Only the latest vote of each participant on an initiative's criterion counts, and after a
re-vote only votes from the moment the initiative was re-opened. "Don't know" is counted but
takes no part in the median or the spread.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from planner.matrix_layout import snap
from planner.model import Round, Scale, Vote


@dataclass(frozen=True, slots=True)
class Spread:
    """The room's answer on one initiative's criterion; the numbers are None without a rating."""

    votes: int  # participants who answered, "don't know" included
    dont_know: int
    median: float | None
    q1: float | None  # the interquartile range is q1–q3
    q3: float | None
    low: float | None
    high: float | None

    @property
    def iqr(self) -> float:
        return 0.0 if self.q1 is None else self.q3 - self.q1

    @property
    def range(self) -> float:
        return 0.0 if self.low is None else self.high - self.low


def counting_votes(round_: Round) -> dict[tuple[str, str, str], Vote]:
    """The vote that counts for each (participant, initiative, criterion): the latest, after any re-vote."""
    latest: dict[tuple[str, str, str], Vote] = {}
    since = round_.since
    for vote in round_.votes:
        start = since.get(vote.initiative)
        if start is not None and vote.time < start:
            continue
        key = (vote.participant, vote.initiative, vote.criterion)
        held = latest.get(key)
        if held is None or vote.time >= held.time:  # equal times: the later in the file wins
            latest[key] = vote
    return latest


def spread_of(values: list[float | None]) -> Spread:
    """The median, quartiles and extremes of ``values``; None entries are "don't know"."""
    rated = sorted(v for v in values if v is not None)
    dont_know = len(values) - len(rated)
    if not rated:
        return Spread(len(values), dont_know, None, None, None, None, None)
    if len(rated) == 1:
        q1 = q3 = rated[0]
    else:
        q1, _, q3 = statistics.quantiles(rated, n=4, method="inclusive")
    return Spread(len(values), dont_know, statistics.median(rated), q1, q3, rated[0], rated[-1])


def results(round_: Round) -> dict[tuple[str, str], Spread]:
    """Each (initiative, criterion) of the round with the room's spread, in the round's order."""
    values: dict[tuple[str, str], list[float | None]] = {
        (item, criterion): [] for item in round_.initiatives for criterion in round_.criteria}
    for (_, item, criterion), vote in counting_votes(round_).items():
        if (item, criterion) in values:
            values[(item, criterion)].append(vote.value)
    return {key: spread_of(vs) for key, vs in values.items()}


def disagreement(spreads: list[Spread], scale: Scale) -> float:
    """How far apart the room is on an initiative: its widest interquartile range, as a share of the
    scale, with the full range as a tie-break (a lone outlier counts for less than a split room)."""
    width = scale.max - scale.min
    if not spreads or width <= 0:
        return 0.0
    return max(s.iqr / width + 0.1 * s.range / width for s in spreads)


def discuss_first(round_: Round, scale: Scale) -> list[tuple[str, float]]:
    """The round's initiatives with their disagreement, the most disputed first (ties keep the round's order)."""
    table = results(round_)
    scores = [(item, disagreement([table[(item, c)] for c in round_.criteria], scale))
              for item in round_.initiatives]
    return sorted(scores, key=lambda pair: -pair[1])


def consensus(round_: Round, scale: Scale) -> dict[str, dict[str, float]]:
    """The medians snapped to the scale's step, per initiative and criterion; unrated ones left out."""
    found: dict[str, dict[str, float]] = {}
    for (item, criterion), spread in results(round_).items():
        if spread.median is not None:
            found.setdefault(item, {})[criterion] = snap(spread.median, scale)
    return found


def progress(round_: Round) -> dict[str, int]:
    """For each initiative, how many participants have answered every criterion of it so far."""
    answered: dict[tuple[str, str], set[str]] = {}
    for participant, item, criterion in counting_votes(round_):
        answered.setdefault((participant, item), set()).add(criterion)
    wanted = set(round_.criteria)
    done = {item: 0 for item in round_.initiatives}
    for (_, item), criteria in answered.items():
        if item in done and wanted <= criteria:
            done[item] += 1
    return done


class RunningProgress:
    """``progress(round_)`` kept up to date as votes come in: each call reads only the newer votes.

    A room of 200 phones leaves 18,000 votes, and the panel showing progress is redrawn several
    times a second while they arrive. Votes are only ever appended to a round or dropped from its
    end; on anything else (another round, a re-vote, votes dropped) it counts again from the start.
    """

    def __init__(self):
        self._round: Round | None = None
        self._basis: tuple = ()
        self._read = 0  # votes counted so far
        self._last: Vote | None = None  # the last of them, to notice votes dropped and others added
        self._answered: dict[tuple[str, str], set[str]] = {}
        self._done: dict[str, int] = {}

    def __call__(self, round_: Round) -> dict[str, int]:
        votes, since = round_.votes, round_.since
        basis = (tuple(round_.initiatives), tuple(round_.criteria), dict(since))
        if (round_ is not self._round or basis != self._basis or len(votes) < self._read
                or (self._read and votes[self._read - 1] is not self._last)):
            self._round, self._basis, self._read, self._answered = round_, basis, 0, {}
            self._done = {item: 0 for item in round_.initiatives}
        wanted = set(round_.criteria)
        for vote in votes[self._read:]:
            start = since.get(vote.initiative)
            if (start is not None and vote.time < start) or vote.criterion not in wanted:
                continue
            answered = self._answered.setdefault((vote.participant, vote.initiative), set())
            if vote.criterion not in answered:
                answered.add(vote.criterion)
                if len(answered) == len(wanted) and vote.initiative in self._done:
                    self._done[vote.initiative] += 1
        self._read, self._last = len(votes), (votes[-1] if votes else None)
        return dict(self._done)


def is_open_for(round_: Round, initiative: str) -> bool:
    """Whether votes on ``initiative`` are taken now: the round collects and, in a re-vote, it is re-opened."""
    if round_.state != "collecting" or initiative not in round_.initiatives:
        return False
    return not round_.revote or initiative in round_.revote
