"""Where a workshop round's answer goes on the matrix: each initiative at the room's median, its
spread as whiskers, the individual votes as dots. No Qt.

Data coordinates are the matrix's (effort, benefit). The room's effort on the combined axis is the
plan's weighted mean of its technical and organisational medians; where the round did not rate a
criterion (or the room only answered "don't know"), the initiative's own rating stands in, so the
marker still has a place. An initiative unrated either way is not placed, and is listed instead.
An initiative the room gave no number at all is left out rather than drawn at the plan's rating,
where it would pass for the room's answer. Combining is monotone in both efforts, so the combined quartiles and extremes bracket the combined
median just as each criterion's do.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from dataclasses import dataclass, field, replace

from planner.language import _, current, ngettext, pgettext
from planner.matrix_layout import _AXIS_FIELD, snap
from planner.model import RATINGS, Initiative, Plan, Round
from planner.round_results import Spread, counting_votes, results
from planner.scoring import combined_effort

# The dots of votes on one spot turn round it on a sunflower: each stays visible and countable.
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


@dataclass(frozen=True, slots=True)
class Range:
    """The room's answer along one axis: median, interquartile range q1–q3 and extremes low–high."""

    median: float
    q1: float
    q3: float
    low: float
    high: float

    @staticmethod
    def single(value: float) -> Range:
        return Range(value, value, value, value, value)

    @staticmethod
    def of(spread: Spread) -> Range:
        return Range(spread.median, spread.q1, spread.q3, spread.low, spread.high)


@dataclass(frozen=True, slots=True)
class RoomPoint:
    """One initiative as the room placed it."""

    initiative: str
    effort: Range
    benefit: Range
    votes: tuple[tuple[float, float], ...]  # one (effort, benefit) per participant who gave a number
    own: tuple[float, float] | None  # the plan's own rating, where it has one
    counts: dict[str, Spread]  # per criterion the round rated: votes, "don't know" and so on

    @property
    def median(self) -> tuple[float, float]:
        return self.effort.median, self.benefit.median


@dataclass(frozen=True, slots=True)
class RoomPicture:
    """A round on the matrix: the placed initiatives in the round's order, and those not placed."""

    points: dict[str, RoomPoint]
    unplaced: list[str]
    withheld: list[str]  # collecting again (a re-vote): their values stay hidden until revealed
    people: int  # participants with at least one vote that counts
    # No one gave a number for them: placed at the plan's own ratings they would pass for the room's.
    unvoted: list[str] = field(default_factory=list)


def _ranges(item: Initiative, round_: Round, table: dict[tuple[str, str], Spread]) -> dict[str, Range | None]:
    """Per rating, the room's range where it gave numbers, else the plan's own rating, else None."""
    found: dict[str, Range | None] = {}
    for criterion in RATINGS:
        spread = table.get((item.id, criterion))
        own = getattr(item, criterion)
        if spread is not None and spread.median is not None:
            found[criterion] = Range.of(spread)
        else:
            found[criterion] = None if own is None else Range.single(own)
    return found


def _effort(ranges: dict[str, Range | None], plan: Plan, axis: str) -> Range | None:
    if axis != "combined":
        return ranges[_AXIS_FIELD[axis]]
    tech, org = ranges["technical_effort"], ranges["organisational_effort"]
    if tech is None or org is None:
        return None
    w = plan.effort_weights
    return Range(*(combined_effort(getattr(tech, part), getattr(org, part), w)
                   for part in ("median", "q1", "q3", "low", "high")))


def _vote_point(given: dict[str, float], ranges: dict[str, Range], plan: Plan, axis: str) -> tuple[float, float]:
    """A participant's (effort, benefit): their own numbers, and the medians where they gave none."""
    value = {c: given.get(c, r.median) for c, r in ranges.items() if r is not None}
    if axis == "combined":
        effort = combined_effort(value["technical_effort"], value["organisational_effort"], plan.effort_weights)
    else:
        effort = value[_AXIS_FIELD[axis]]
    return effort, value["benefit"]


def withheld_initiatives(round_: Round) -> list[str]:
    """The round's initiatives whose values the wall must not show now: all while it collects,
    or those re-opened for a re-vote."""
    if round_.state != "collecting":
        return []
    return list(round_.revote) if round_.revote else list(round_.initiatives)


def shown_state(round_: Round) -> tuple:
    """What the wall shows of ``round_`` can change only when this does: a vote on an initiative still
    collecting (withheld) changes nothing there, and costs the window no redraw."""
    withheld = set(withheld_initiatives(round_))
    shown_votes = sum(1 for vote in round_.votes if vote.initiative not in withheld)
    return (id(round_), round_.state, tuple(round_.revote), tuple(sorted(round_.since.items())),
            tuple(round_.initiatives), tuple(round_.criteria), shown_votes)


def room_picture(plan: Plan, round_: Round, axis: str = "combined") -> RoomPicture:
    """The round's answer on the matrix with ``axis`` (combined, technical or organisational) across."""
    table = results(round_)
    withheld = withheld_initiatives(round_)
    counted = counting_votes(round_)
    mine: dict[str, dict[str, dict[str, float]]] = {}  # initiative -> participant -> criterion -> value
    for (who, iid, criterion), vote in counted.items():
        if vote.value is not None and criterion in round_.criteria:
            mine.setdefault(iid, {}).setdefault(who, {})[criterion] = vote.value
    items = {item.id: item for item in plan.initiatives}
    points, unplaced, unvoted = {}, [], []
    for iid in round_.initiatives:
        item = items.get(iid)
        if item is None or iid in withheld:
            continue
        if all(table[(iid, c)].median is None for c in round_.criteria):
            unvoted.append(iid)
            continue
        ranges = _ranges(item, round_, table)
        effort, benefit = _effort(ranges, plan, axis), ranges["benefit"]
        if effort is None or benefit is None:
            unplaced.append(iid)
            continue
        votes = tuple(_vote_point(given, ranges, plan, axis) for given in mine.get(iid, {}).values())
        own_effort = _effort({c: None if getattr(item, c) is None else Range.single(getattr(item, c))
                              for c in RATINGS}, plan, axis)
        own = None if own_effort is None or item.benefit is None else (own_effort.median, item.benefit)
        counts = {c: table[(iid, c)] for c in round_.criteria}
        points[iid] = RoomPoint(iid, effort, benefit, votes, own, counts)
    people = len({who for who, iid, _criterion in counted if iid not in withheld})
    return RoomPicture(points, unplaced, withheld, people, unvoted)


def room_initiatives(plan: Plan, picture: RoomPicture) -> list[Initiative]:
    """The placed initiatives as copies rated where the room put them, so the matrix's own layout
    (fanning out, clamping, labels) places them; on the combined axis the copies' two efforts are
    both the combined median, which combines to itself."""
    copies = []
    for item in plan.initiatives:
        point = picture.points.get(item.id)
        if point is not None:
            effort = point.effort.median
            copies.append(replace(item, benefit=point.benefit.median, technical_effort=effort,
                                  organisational_effort=effort))
    return copies


def dot_offsets(count: int, spacing: float) -> list[tuple[float, float]]:
    """Offsets for ``count`` dots on one spot: the first on it, the rest on a sunflower around it,
    each about ``spacing`` from its nearest neighbours."""
    return [(spacing * math.sqrt(i) * math.cos(i * GOLDEN_ANGLE), spacing * math.sqrt(i) * math.sin(i * GOLDEN_ANGLE))
            for i in range(count)]


def caption(round_: Round, picture: RoomPicture) -> str:
    """The line naming what the matrix shows: "Round ‘Kick-off’: 14 people, revealed"."""
    if round_.state == "collecting" and not round_.revote:  # the picture holds nobody yet: count who rated
        rated = len({who for who, _initiative, _criterion in counting_votes(round_)})
        return _("Round ‘{name}’: {rated} rated, values not revealed yet").format(name=round_.name, rated=rated)
    people = ngettext("{n} person", "{n} people", picture.people).format(n=picture.people)
    states = {"collecting": pgettext("round state", "collecting"), "revealed": pgettext("round state", "revealed"),
              "closed": pgettext("round state", "closed")}
    text = _("Round ‘{name}’: {people}, {state}").format(name=round_.name, people=people,
                                                        state=states.get(round_.state, round_.state))
    if round_.state == "collecting" and round_.revote:
        text += _(", {n} re-voting").format(n=len(picture.withheld))
    return text


def left_out(plan: Plan, round_: Round, picture: RoomPicture) -> str:
    """What the matrix leaves out of a round's answer, for its key: "Not shown: 16 no one rated, 2 not in the round"."""
    rated = set(round_.initiatives)
    parts = [(len(picture.unvoted), _("{n} no one rated")), (len(picture.withheld), _("{n} re-voting")),
             (len(picture.unplaced), _("{n} rated by neither the room nor the plan")),
             (sum(1 for item in plan.initiatives if item.id not in rated), _("{n} not in the round"))]
    said = [words.format(n=count) for count, words in parts if count]
    return _("Not shown: {parts}").format(parts=", ".join(said)) if said else ""


def number(value: float) -> str:
    """At most one decimal place, as the scale's ticks are read: 1.62 shows as 1.6, 3.25 as 3.3."""
    text = f"{Decimal(repr(value)).quantize(Decimal('0.1'), ROUND_HALF_UP).normalize():f}"
    return text.replace(".", ",") if current() == "nl" else text  # a Dutch decimal comma


def span(low: float, high: float) -> str:
    """"3.5–4.5", or "4" when both ends are one."""
    return number(low) if low == high else f"{number(low)}–{number(high)}"


def answers_text(votes: int, dont_know: int) -> str:
    """"11 rated, 1 don't know": the two parts that make up the count, so neither is read as extra."""
    return (_("{n} rated").format(n=votes - dont_know)
            + (_(", {n} don't know").format(n=dont_know) if dont_know else ""))


def median_text(median: float, accepted: float | None = None) -> str:
    """"3.3", or "3.3 → 3.5" where Accept would write the median snapped to the scale's step."""
    if accepted is None or accepted == median:
        return number(median)
    return f"{number(median)} → {number(accepted)}"


def accepted_value(point: RoomPoint, axis: str, scale) -> float | None:
    """What Accept writes for the criterion on ``axis`` ("benefit", or an effort axis but the combined
    one, which Accept never writes): the room's median snapped to the scale's step; None without one."""
    criterion = "benefit" if axis == "benefit" else _AXIS_FIELD.get(axis)
    spread = point.counts.get(criterion) if criterion in RATINGS else None
    return None if spread is None or spread.median is None else snap(spread.median, scale)


def range_text(name: str, r: Range, accepted: float | None = None) -> str:
    """"Benefit median 4 · middle half 3.5–4.5 · all 2–5": one axis of the room's answer in words;
    with ``accepted``, what Accept writes where it is not the median ("median 3.3, accepted as 3.5")."""
    median = number(r.median)
    if accepted is not None and accepted != r.median:
        median += _(", accepted as {value}").format(value=number(accepted))
    return _("{name} median {median} · middle half {middle} · all {all}").format(
        name=name, median=median, middle=span(r.q1, r.q3), all=span(r.low, r.high))


def votes_text(point: RoomPoint) -> str:
    """"11 rated, 1 don't know · the plan: benefit 4, effort 2.6": the count and what it moved from."""
    spreads = list(point.counts.values())
    most = max((s.votes for s in spreads), default=0)
    unsure = max((s.dont_know for s in spreads), default=0)
    text = answers_text(most, unsure)
    if point.own is not None:
        text += _(" · the plan: benefit {benefit}, effort {effort}").format(benefit=number(point.own[1]),
                                                                            effort=number(point.own[0]))
    return text
