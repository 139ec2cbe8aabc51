"""Workshop rounds in the core: kept in the plan file, counted, revealed, re-voted and accepted."""

from __future__ import annotations

import datetime as dt
import json
import statistics

import pytest
from hypothesis import given, strategies as st

from planner.document import Document
from planner.edits import ChangeKind
from planner.errors import PlanError, PlanFileError
from planner.formats import plan_file
from planner.model import Participant, Round, Scale, Vote
from planner.round_edits import AddRound, AddVotes, SetRoundState, accept
from planner.round_results import consensus, discuss_first, progress, results, spread_of
from planner.samples import sample_plan

T0 = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone.utc)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def started(plan, criteria=("benefit", "organisational_effort"), anonymous=False) -> Round:
    """Start a round on the plan's first three initiatives; return it as the plan holds it."""
    ids = [item.id for item in plan.initiatives[:3]]
    AddRound(Round("r1", "Kick-off", dt.date(2027, 3, 1), ids, list(criteria), anonymous)).apply(plan)
    return plan.rounds[-1]


def vote(plan, who: str, item: str, criterion: str, value, minute: int, name: str = "") -> None:
    """Cast one vote, joining ``who`` first when the round does not know them yet."""
    round_ = plan.rounds[-1]
    joined = () if any(p.id == who for p in round_.participants) else (Participant(who, name),)
    AddVotes(round_.id, (Vote(who, item, criterion, value, at(minute)),), joined).apply(plan)


def test_a_round_with_votes_saves_as_version_3_and_reads_back_equal():
    """Every vote, participant, re-vote cut-off and accepted value survives a save and a read."""
    plan = sample_plan()
    round_ = started(plan)
    a, b = round_.initiatives[:2]
    vote(plan, "p1", a, "benefit", 4, 1, name="Anna")
    vote(plan, "p2", a, "benefit", None, 2, name="<script>alert(1)</script>")
    vote(plan, "p1", b, "organisational_effort", 2.5, 3)
    SetRoundState("r1", "revealed").apply(plan)
    SetRoundState("r1", "collecting", (a,), now=at(5)).apply(plan)
    accept(plan, "r1", {b: {"organisational_effort": 2.5}}, now=at(6)).apply(plan)
    text = plan_file.dumps(plan)
    doc = json.loads(text)
    assert doc["version"] == 3
    assert doc["rounds"][0]["votes"][1] == {"participant": "p2", "initiative": a, "criterion": "benefit",
                                            "value": None, "time": "2027-03-01T10:02:00Z"}
    assert doc["rounds"][0]["since"] == {a: "2027-03-01T10:05:00Z"}
    again = plan_file.loads(text)
    assert again.rounds == plan.rounds
    assert plan_file.dumps(again) == text


def test_a_version_2_plan_opens_as_it_is_and_stays_version_2():
    """A plan without rounds keeps its version, so an app reading up to version 2 still opens it."""
    plan = sample_plan()
    doc = json.loads(plan_file.dumps(plan))
    assert doc["version"] == 2 and "rounds" not in doc
    assert plan_file.loads(json.dumps(doc)).rounds == []


@pytest.mark.parametrize("change, place", [
    (lambda r: r["votes"][0].update(value=9), "rounds[0].votes[0].value"),
    (lambda r: r["votes"][0].update(participant="p9"), "rounds[0].votes[0].participant"),
    (lambda r: r["votes"][0].update(criterion="technical_effort"), "rounds[0].votes[0].criterion"),
    (lambda r: r["votes"][0].update(time="2027-03-01T10:00:00"), "rounds[0].votes[0].time"),
    (lambda r: r["votes"][0].update(time="0001-01-01T00:00:00+05:00"), "rounds[0].votes[0].time"),
    (lambda r: r.update(state="done"), "rounds[0].state"),
    (lambda r: r.update(criteria=["speed"]), "rounds[0].criteria[0]"),
    (lambda r: r.update(revote=["nope"]), "rounds[0].revote[0]"),
])
def test_a_broken_round_is_refused_naming_its_place(change, place):
    """Votes out of scale, by strangers, on criteria not rated, or without a time zone name their place."""
    plan = sample_plan()
    round_ = started(plan)
    vote(plan, "p1", round_.initiatives[0], "benefit", 4, 1)
    doc = json.loads(plan_file.dumps(plan))
    change(doc["rounds"][0])
    with pytest.raises(PlanFileError) as caught:
        plan_file.loads(json.dumps(doc))
    assert caught.value.place == place


def test_a_round_may_name_an_initiative_deleted_since():
    """Rounds are history: deleting an initiative later leaves the file readable."""
    plan = sample_plan()
    round_ = started(plan)
    gone = round_.initiatives[0]
    vote(plan, "p1", gone, "benefit", 4, 1)
    plan.initiatives = [i for i in plan.initiatives if i.id != gone]
    plan.dependencies = [d for d in plan.dependencies if gone not in (d.from_, d.to)]
    assert plan_file.loads(plan_file.dumps(plan)).rounds[0].initiatives[0] == gone


def test_only_the_latest_vote_counts_and_dont_know_takes_no_part_in_the_median():
    """A changed rating replaces the earlier one; "don't know" is counted apart."""
    plan = sample_plan()
    item = started(plan).initiatives[0]
    vote(plan, "p1", item, "benefit", 1, 1)
    vote(plan, "p1", item, "benefit", 5, 2)  # changed their mind
    vote(plan, "p2", item, "benefit", 3, 3)
    vote(plan, "p3", item, "benefit", None, 4)
    spread = results(plan.rounds[0])[(item, "benefit")]
    assert (spread.votes, spread.dont_know, spread.median, spread.low, spread.high) == (3, 1, 4, 3, 5)


def test_a_revote_counts_only_votes_from_the_moment_it_opened():
    """Re-opening one initiative drops its earlier votes from the result and takes new ones only for it."""
    plan = sample_plan()
    a, b = started(plan).initiatives[:2]
    vote(plan, "p1", a, "benefit", 1, 1)
    vote(plan, "p2", a, "benefit", 5, 1)
    vote(plan, "p1", b, "benefit", 2, 1)
    SetRoundState("r1", "revealed").apply(plan)
    with pytest.raises(PlanError, match="takes no votes"):
        vote(plan, "p1", a, "benefit", 3, 2)
    SetRoundState("r1", "collecting", (a,), now=at(10)).apply(plan)
    with pytest.raises(PlanError, match="takes no votes"):
        vote(plan, "p1", b, "benefit", 3, 11)
    vote(plan, "p1", a, "benefit", 4, 11)
    table = results(plan.rounds[0])
    assert table[(a, "benefit")].median == 4 and table[(a, "benefit")].votes == 1
    assert table[(b, "benefit")].median == 2


def test_votes_are_checked_against_the_scale_the_round_and_its_people():
    """A vote out of scale, on an initiative not in the round, or by someone who never joined changes nothing."""
    plan = sample_plan()
    round_ = started(plan)
    outside = plan.initiatives[5].id
    vote(plan, "p1", round_.initiatives[0], "benefit", 4, 1)
    for bad, message in [(Vote("p1", round_.initiatives[0], "benefit", 7, at(2)), "outside the scale"),
                         (Vote("p1", outside, "benefit", 3, at(2)), "is not rated"),
                         (Vote("p8", round_.initiatives[0], "benefit", 3, at(2)), "has not joined"),
                         (Vote("p1", round_.initiatives[0], "technical_effort", 3, at(2)), "does not rate")]:
        with pytest.raises(PlanError, match=message):
            AddVotes("r1", (bad,)).apply(plan)
    assert len(plan.rounds[0].votes) == 1


def test_accepting_writes_snapped_medians_as_one_undoable_step():
    """Accept sets the ratings and records them with the round; its inverse puts both back."""
    plan = sample_plan()
    plan.scale = Scale(1, 5, 0.5)
    item = started(plan).initiatives[0]
    old = plan.initiative(item).benefit
    for who, value in (("p1", 3), ("p2", 4), ("p3", 4), ("p4", 3)):
        vote(plan, who, item, "benefit", value, 1)
    values = consensus(plan.rounds[0], plan.scale)
    assert values == {item: {"benefit": 3.5}}
    document = Document(plan)
    heard = []
    document.subscribe(after=heard.append)
    edit = accept(plan, "r1", values, now=at(9))
    inverse = document.apply(edit)
    assert plan.initiative(item).benefit == 3.5 and len(plan.rounds[0].accepted) == 1
    assert heard[-1].kind is ChangeKind.FIELDS and heard[-1].touches_rounds and heard[-1].touches("benefit")
    document.apply(inverse)
    assert plan.initiative(item).benefit == old and plan.rounds[0].accepted == []


def test_discuss_first_puts_a_split_room_before_an_agreeing_one():
    """The initiative the room is split on comes first, an agreeing one last."""
    plan = sample_plan()
    a, b, c = started(plan).initiatives
    for who, (va, vb, vc) in {"p1": (1, 3, 3), "p2": (5, 3, 2), "p3": (1, 3, 4), "p4": (5, 3, 3)}.items():
        for item, value in ((a, va), (b, vb), (c, vc)):
            vote(plan, who, item, "benefit", value, 1)
    assert [item for item, _ in discuss_first(plan.rounds[0], plan.scale)] == [a, c, b]
    assert progress(plan.rounds[0]) == {a: 0, b: 0, c: 0}  # organisational effort not yet rated
    for who in ("p1", "p2"):
        vote(plan, who, a, "organisational_effort", 2, 2)
    assert progress(plan.rounds[0])[a] == 2


def test_running_progress_agrees_with_counting_afresh_as_votes_come_and_go():
    """Appending, dropping and re-opening in any order: the running count equals a fresh count."""
    import random

    from planner.round_results import RunningProgress
    rng = random.Random(7)
    plan = sample_plan()
    round_ = started(plan)
    running = RunningProgress()
    for step in range(400):
        roll = rng.random()
        if roll < 0.75:
            round_.votes.append(Vote(f"p{rng.randint(1, 6)}", rng.choice(round_.initiatives),
                                     rng.choice(round_.criteria), rng.choice([None, 2.0, 4.0]), at(step)))
        elif roll < 0.9:
            del round_.votes[len(round_.votes) - rng.randint(1, 3):]
        elif roll < 0.95:
            round_.since[rng.choice(round_.initiatives)] = at(step)
        else:
            round_.votes[-1:] = [Vote("p9", round_.initiatives[0], "benefit", 1.0, at(step))] * bool(round_.votes)
        assert running(round_) == progress(round_), step
    assert sum(progress(round_).values()) > 0  # the walk did complete some


@given(st.lists(st.one_of(st.none(), st.integers(1, 9).map(lambda n: n / 2 + 0.5)), max_size=40))
def test_a_spread_lies_within_the_votes(values):
    """Median and quartiles lie between the lowest and highest rating; don't-knows are counted apart."""
    spread = spread_of(values)
    rated = [v for v in values if v is not None]
    assert spread.votes == len(values) and spread.dont_know == len(values) - len(rated)
    if rated:
        assert spread.low == min(rated) and spread.high == max(rated)
        assert spread.low <= spread.q1 <= spread.median <= spread.q3 <= spread.high
        assert spread.median == statistics.median(rated)
    else:
        assert spread.median is None and spread.iqr == 0


def test_taking_votes_back_and_again_restores_exactly_those_votes_and_people():
    """The inverse of AddVotes removes its votes and participants only; its own inverse puts them back."""
    plan = sample_plan()
    item = started(plan).initiatives[0]
    vote(plan, "p1", item, "benefit", 4, 1)
    before = (list(plan.rounds[0].participants), list(plan.rounds[0].votes))
    edit = AddVotes("r1", (Vote("p2", item, "benefit", 2, at(2)), Vote("p2", item, "benefit", 3, at(3))),
                    (Participant("p2", "Bo"),))
    inverse = edit.apply(plan)
    after = (list(plan.rounds[0].participants), list(plan.rounds[0].votes))
    redo = inverse.apply(plan)
    assert (plan.rounds[0].participants, plan.rounds[0].votes) == before
    redo.apply(plan)
    assert (plan.rounds[0].participants, plan.rounds[0].votes) == after and len(after[1]) == 3
