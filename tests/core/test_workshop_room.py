"""The workshop room: tokens and room code, participants, ratings checked, replays and hostile bodies refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from planner.model import Participant, Round, Vote
from planner.round_edits import AddRound, AddVotes
from planner.samples import sample_plan
from planner.workshop.room import (ATTEMPT_WINDOW, MAX_BODY, MAX_NAME, MAX_REQUEST_IDS, WRONG_OVERALL,
                                   WRONG_PER_ADDRESS, Refusal, Room, new_room_code, new_token)

T0 = dt.datetime(2027, 3, 1, 10, 0, tzinfo=dt.timezone.utc)


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def make_room(anonymous=False, criteria=("benefit", "technical_effort"), clock=None, votes=()):
    """A plan with a round on its first three initiatives, and the room serving it."""
    plan = sample_plan()
    ids = [item.id for item in plan.initiatives[:3]]
    AddRound(Round("r1", "Kick-off", dt.date(2027, 3, 1), ids, list(criteria), anonymous)).apply(plan)
    for participants, vote in votes:
        AddVotes("r1", (vote,), participants).apply(plan)
    room = Room(plan, plan.rounds[0], code="123456", clock=clock or Clock(), now=lambda: T0)
    return plan, room


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def joined(room, name="Anna"):
    answer, participant = room.join(body(name=name))
    return answer["secret"], answer, participant


def rating(item, criterion="benefit", value=3, request="request-1") -> bytes:
    return body(initiative=item, criterion=criterion, value=value, request=request)


def refused(call, *args) -> int:
    with pytest.raises(Refusal) as e:
        call(*args)
    assert e.value.message.endswith((".", "!")) and "\n" not in e.value.message
    return e.value.status


def test_tokens_carry_at_least_128_bits_and_the_room_code_six_digits():
    """The address token is URL-safe, 128+ random bits and new each time; the room code is six digits."""
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    assert all(len(t) * 6 >= 128 and t.replace("-", "").replace("_", "").isalnum() for t in tokens)
    codes = [new_room_code() for _ in range(50)]
    assert all(len(c) == 6 and c.isdigit() for c in codes)


def test_names_are_cleaned_capped_and_made_unique():
    """A name loses control characters and line breaks, is capped, and a second Anna becomes "Anna (2)"."""
    _, room = make_room()
    assert joined(room, "Anna")[1]["label"] == "Anna"
    assert joined(room, "anna")[1]["label"] == "anna (2)"
    assert joined(room, "Anna")[1]["label"] == "Anna (3)"
    label = joined(room, "Bob\n<script>\u202e" + "x" * 100)[1]["label"]
    assert len(label) <= MAX_NAME and "\n" not in label and "\u202e" not in label
    assert label.startswith("Bob <script>")
    assert joined(room, "")[1]["label"] == "Participant 5"


def test_an_anonymous_round_keeps_no_names_and_only_a_digest_of_the_secret():
    """In an anonymous round a given name is dropped; the participant's key is the secret's digest, not the secret."""
    _, room = make_room(anonymous=True)
    secret, answer, participant = joined(room, "Anna")
    assert answer["label"] == "Participant 1" and participant.name == ""
    assert participant.key == hashlib.sha256(secret.encode()).hexdigest() and secret not in participant.key


def test_a_returning_phone_gets_its_participant_and_ratings_back_even_from_a_restarted_room():
    """Joining again with the secret gives the same participant; a room made afresh from the plan knows it by its key."""
    plan, room = make_room()
    item = room.snapshot.items[0].id
    secret, answer, participant = joined(room)
    vote, new = room.rate(secret, rating(item, value=4.5))
    assert new == (participant,) and vote.value == 4.5
    assert room.rate(secret, rating(item, value=2, request="request-2"))[1] == ()  # only the first vote carries it
    again, nobody = room.join(body(secret=secret))
    assert (again["participant"], again["label"], nobody) == (answer["participant"], "Anna", None)
    assert room.round_answer(secret)["mine"] == {item: {"benefit": 2}}
    AddVotes("r1", (vote,), new).apply(plan)
    restarted = Room(plan, plan.rounds[0])
    assert restarted.join(body(secret=secret))[0]["participant"] == answer["participant"]
    assert restarted.round_answer(secret)["mine"] == {item: {"benefit": 4.5}}
    assert refused(restarted.join, body(secret="not-a-secret-of-this-round")) == 401


def test_the_round_answer_lists_items_criteria_scale_and_what_is_open():
    """The page is told the round's name, scale, criteria with labels, initiatives and which are open."""
    plan, room = make_room()
    answer = room.round_answer(None)
    assert answer["name"] == "Kick-off" and answer["state"] == "collecting" and answer["mine"] == {}
    assert answer["scale"] == {"min": plan.scale.min, "max": plan.scale.max, "step": plan.scale.step}
    assert answer["criteria"] == [{"key": "benefit", "label": "Benefit"},
                                  {"key": "technical_effort", "label": "Technical effort"}]
    assert [i["id"] for i in answer["initiatives"]] == plan.rounds[0].initiatives == answer["open"]
    assert answer["initiatives"][0]["title"] == plan.initiative(answer["open"][0]).title


@pytest.mark.parametrize("value, status", [(5.5, 400), (0, 400), (2.3, 400), (True, 400), ("3", 400),
                                           (float("nan"), 400), (1e308, 400)])
def test_ratings_off_the_scale_or_its_steps_are_refused(value, status):
    """A value outside the scale, between its steps, or not a number is a 400 and changes nothing."""
    _, room = make_room()
    secret = joined(room)[0]
    before = room.status()
    data = json.dumps({"initiative": room.snapshot.items[0].id, "criterion": "benefit",
                       "value": value, "request": "request-1"}).encode()
    assert refused(room.rate, secret, data) == status
    assert room.status() == before and room.round_answer(secret)["mine"] == {}


def test_a_rating_is_snapped_exactly_to_its_step_and_null_is_dont_know():
    """2.5000000001 is taken as 2.5; null is "don't know"."""
    _, room = make_room()
    secret = joined(room)[0]
    item = room.snapshot.items[0].id
    assert room.rate(secret, rating(item, value=2.5000000001))[0].value == 2.5
    assert room.rate(secret, rating(item, "technical_effort", None, "request-2"))[0].value is None


def test_each_bad_rating_gets_its_status_and_changes_nothing():
    """Unknown participant 401, unknown initiative 404, a criterion not rated 400, a replay 409, a closed round 409."""
    plan, room = make_room()
    secret = joined(room)[0]
    item = room.snapshot.items[0].id
    room.rate(secret, rating(item))
    before = (room.status(), room.round_answer(secret))
    assert refused(room.rate, "unknown-secret-0000000", rating(item, request="request-2")) == 401
    assert refused(room.rate, None, rating(item, request="request-2")) == 401
    assert refused(room.rate, secret, rating("no-such-item", request="request-2")) == 404
    assert refused(room.rate, secret, rating(item, "organisational_effort", request="request-2")) == 400
    assert refused(room.rate, secret, rating(item, value=5)) == 409  # request-1 again: a replay
    assert refused(room.rate, secret, body(initiative=item, criterion="benefit", value=3)) == 400
    assert refused(room.rate, secret, b"[" * 2000 + b"]" * 2000) == 400  # deeper than json recurses
    assert refused(room.rate, secret, b" " * (MAX_BODY + 1)) == 413
    plan.rounds[0].state = "revealed"
    room.update(plan.rounds[0])
    assert refused(room.rate, secret, rating(item, request="request-3")) == 409
    after = (room.status(), room.round_answer(secret))
    assert after[0]["state"] == "revealed" and after[0]["progress"] == before[0]["progress"]
    assert after[1]["mine"] == before[1]["mine"] and after[1]["open"] == []


def test_request_ids_are_remembered_per_participant_within_a_bound():
    """Each participant's request ids are kept up to MAX_REQUEST_IDS, the oldest forgotten first."""
    _, room = make_room()
    secret = joined(room)[0]
    item = room.snapshot.items[0].id
    for n in range(MAX_REQUEST_IDS + 5):
        room.rate(secret, rating(item, value=3, request=f"request-{n}"))
    seen = room._requests["p1"]
    assert len(seen) == MAX_REQUEST_IDS and "request-0" not in seen
    assert refused(room.rate, secret, rating(item, request=f"request-{MAX_REQUEST_IDS + 4}")) == 409


def test_wrong_room_codes_are_limited_per_address_and_overall():
    """Five wrong codes from one address lock it out for a minute (even with the right code); fifty overall lock all."""
    clock = Clock()
    _, room = make_room(clock=clock)
    for _ in range(WRONG_PER_ADDRESS):
        assert refused(room.enter, "10.0.0.5", body(code="000000")) == 403
    assert refused(room.enter, "10.0.0.5", body(code="123456")) == 429
    assert room.enter("10.0.0.6", body(code="123 456")) == {"token": room.token}
    clock.now += ATTEMPT_WINDOW + 1
    assert room.enter("10.0.0.5", body(code="123456")) == {"token": room.token}
    for n in range(WRONG_OVERALL):
        assert refused(room.enter, f"10.0.1.{n}", body(code=1234)) == 403
    assert refused(room.enter, "10.0.2.1", body(code="123456")) == 429
    clock.now += ATTEMPT_WINDOW + 1
    assert room.enter("10.0.2.1", body(code="123456"))["token"] == room.token
    assert room.gate._wrong == {}  # forgotten: memory stays bounded


def test_a_wrong_token_is_a_404():
    """Only the room's own token is taken, in any form."""
    _, room = make_room()
    room.check_token(room.token)
    for token in ("", room.token[:-1], room.token + "x", "é" * 32):
        assert refused(room.check_token, token) == 404


def test_progress_counts_participants_done_and_a_revote_starts_it_again():
    """Progress counts who rated every criterion of an initiative; a re-vote drops ratings from before it."""
    plan, room = make_room()
    first, second = joined(room, "Anna")[0], joined(room, "Bob")[0]
    a, b = room.snapshot.items[0].id, room.snapshot.items[1].id
    room.rate(first, rating(a, "benefit", 3, "r-000001"))
    assert room.status()["progress"][a] == 0
    room.rate(first, rating(a, "technical_effort", None, "r-000002"))
    room.rate(second, rating(a, "benefit", 4, "r-000003"))
    room.rate(second, rating(a, "technical_effort", 2, "r-000004"))
    room.rate(second, rating(b, "technical_effort", 2, "r-000005"))
    status = room.status()
    assert status["participants"] == 2 and status["progress"] == {a: 2, b: 0, plan.rounds[0].initiatives[2]: 0}
    assert "3" not in json.dumps(status["progress"]).replace(a, "")  # counts only, never a value
    round_ = plan.rounds[0]
    round_.state, round_.revote, round_.since = "collecting", [a], {a: T0 + dt.timedelta(seconds=1)}
    room.update(round_)
    assert room.status()["progress"][a] == 0 and room.status()["revision"] == 1
    assert room.round_answer(second)["mine"] == {b: {"technical_effort": 2}}
    assert room.round_answer(second)["open"] == [a]
    assert refused(room.rate, second, rating(b, "benefit", 3, "r-000006")) == 409


def test_participants_already_in_the_round_keep_their_numbers():
    """A room opened on a round with participants numbers newcomers after them."""
    vote = Vote("p7", "goal-workshops", "benefit", 3, T0)
    _, room = make_room(votes=[((Participant("p7", "Anna", "k"),), vote)])
    answer = joined(room, "Anna")[1]
    assert answer["participant"] == "p8" and answer["label"] == "Anna (2)"
    assert room.status()["progress"]["goal-workshops"] == 0 and room.status()["participants"] == 2


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12)
rating_bodies = st.fixed_dictionaries(
    {}, optional={"initiative": st.sampled_from(["goal-workshops", "nope", ""]) | json_values,
                  "criterion": st.sampled_from(["benefit", "technical_effort", "x"]) | json_values,
                  "value": st.sampled_from([1, 2.5, 5, 0.5, 6, None, 2.25]) | json_values,
                  "request": st.sampled_from(["request-1", "request-2", "short"]) | json_values}
).map(lambda d: json.dumps(d).encode())
hostile = rating_bodies | json_values.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=hostile)
def test_hostile_rating_bodies_are_refused_with_a_4xx_and_change_nothing(data):
    """Any body either is a valid rating on the scale and an initiative of the round, or a 4xx leaving all as it was."""
    _, room = make_room()
    secret = joined(room)[0]
    room.rate(secret, rating("goal-workshops", request="request-1"))
    before = (room.status(), room.round_answer(secret))
    try:
        vote, _ = room.rate(secret, data)
    except Refusal as e:
        assert 400 <= e.status < 500
        assert (room.status(), room.round_answer(secret)) == before
        return
    assert vote.initiative in {i.id for i in room.snapshot.items} and vote.criterion in room.snapshot.criteria
    assert vote.value is None or (vote.value in (1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5))


@settings(max_examples=200, deadline=None)
@given(data=hostile)
def test_hostile_join_and_enter_bodies_get_an_answer_or_a_4xx(data):
    """A join either makes a participant with a short one-line label or is a 4xx; a wrong code is refused."""
    _, room = make_room()
    try:
        answer, _ = room.join(data)
    except Refusal as e:
        assert 400 <= e.status < 500 and room.status()["participants"] == 0
    else:
        assert len(answer["label"]) <= MAX_NAME + 4 and answer["label"].isprintable()
    try:
        room.enter("10.0.0.1", data)
    except Refusal as e:
        assert 400 <= e.status < 500
    else:
        assert json.loads(data)["code"].replace(" ", "") == "123456"


def test_participants_added_in_the_window_are_learnt_and_a_phone_waiting_under_their_id_moves():
    """A participant the window adds (blind entry) keeps its id; a phone that joined under it, not yet voted, gets a new one."""
    plan, room = make_room()
    secret, answer, _ = joined(room, "Anna")
    assert answer["participant"] == "p1"
    AddVotes("r1", (Vote("p1", "goal-workshops", "benefit", 2, T0),), (Participant("p1", "Bob"),)).apply(plan)
    room.update(plan.rounds[0])
    vote, new = room.rate(secret, rating("goal-workshops", value=4))
    assert vote.participant == new[0].id == "p2" and new[0].name == "Anna"
    AddVotes("r1", (vote,), new).apply(plan)  # the plan takes both: no id used twice
    bob = joined(room, "Bob")[1]
    assert (bob["participant"], bob["label"]) == ("p3", "Bob (2)")
    assert room.status()["participants"] == 3


def test_a_rating_made_before_a_revote_is_refused_and_the_epoch_survives_a_restart():
    """The round answer's epoch changes with a re-vote; a rating carrying the earlier one is a 409 and changes nothing."""
    from planner.round_edits import SetRoundState
    plan, room = make_room()
    secret = joined(room)[0]
    a = room.snapshot.items[0].id
    before = room.round_answer(secret)["epoch"]
    vote, joining = room.rate(secret, body(initiative=a, criterion="benefit", value=3, request="r-000001",
                                           epoch=before))
    AddVotes("r1", (vote,), joining).apply(plan)
    SetRoundState("r1", "revealed").apply(plan)
    room.update(plan.rounds[0])
    SetRoundState("r1", "collecting", revote=(a,), now=T0 + dt.timedelta(seconds=1)).apply(plan)
    room.update(plan.rounds[0])
    after = room.round_answer(secret)["epoch"]
    assert after != before and room.status()["epoch"] == after
    held = body(initiative=a, criterion="benefit", value=5, request="r-000002", epoch=before)
    assert refused(room.rate, secret, held) == 409
    assert room.round_answer(secret)["mine"] == {} and room.status()["progress"][a] == 0
    assert refused(room.rate, secret, body(initiative=a, criterion="benefit", value=5, request="r-000003",
                                           epoch=7)) == 400
    restarted = Room(plan, plan.rounds[0], now=lambda: T0 + dt.timedelta(seconds=2))
    assert restarted.round_answer(None)["epoch"] == after
    vote, _ = restarted.rate(secret, body(initiative=a, criterion="benefit", value=2, request="r-000004",
                                          epoch=after))
    AddVotes("r1", (vote,)).apply(plan)
    assert refused(restarted.rate, secret, held) == 409
    assert Room(plan, plan.rounds[0]).round_answer(secret)["mine"] == {a: {"benefit": 2}}


def test_every_refusal_carries_a_documented_code():
    """Each Refusal the workshop raises names a code, and docs/workshop-api.md lists every code."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    documented = set(re.findall(r"^  \| `([a-z_]+)` \|", (root / "docs/workshop-api.md").read_text(), re.M))
    raised = set()
    for path in (root / "planner/workshop").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Refusal":
                assert len(node.args) == 3 and isinstance(node.args[2], ast.Constant), (path.name, node.lineno)
                raised.add(node.args[2].value)
    assert len(raised) >= 15 and raised <= documented, raised - documented
    assert {"wrong_code", "too_many", "round_over", "wrong_address", "not_joined"} <= raised
