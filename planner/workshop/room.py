"""The room a workshop round is rated in: what the participant page is told, who has joined and
which requests are taken. Pure logic, no network: the web server (server.py) hands each request's
parts here and answers with what comes back, or with a ``Refusal``'s status and sentence.

The room works on a snapshot of the round taken when it opens, so the server's thread never
touches the plan; the window tells it of a reveal or re-vote through ``update``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
import threading
import time
import unicodedata
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Callable

from planner import rules
from planner.matrix_layout import snap
from planner.model import Participant, Plan, Round, Scale, Vote
from planner.round_edits import CRITERION_NAMES
from planner.round_results import counting_votes, is_open_for

MAX_BODY = 4096  # bytes: the largest request is a rating or a name, well under this
MAX_NAME = 40  # characters: a name has to fit on a phone's line and in the wall's lists
MAX_TITLE, MAX_DESCRIPTION = 200, 2000  # characters sent to phones; the plan keeps the full text
MAX_PARTICIPANTS = 1000  # far more than a room holds; bounds the memory a flood of joins takes
MAX_REQUEST_IDS = 512  # remembered per participant: 30 initiatives × 3 criteria, changed a few times
WRONG_PER_ADDRESS, WRONG_OVERALL, ATTEMPT_WINDOW = 5, 50, 60.0  # wrong room codes per minute
TOKEN_BYTES = 24  # 192 bits of randomness in the address and in each phone's secret
_SAFE_TEXT = re.compile(r"[A-Za-z0-9_-]+")  # what tokens, secrets and request ids are made of
_REQUEST_ID_LENGTH = (8, 64)
_SECRET_LENGTH = (16, 128)


class Refusal(Exception):
    """A request the room does not take: the HTTP status, one sentence for the participant, and a
    stable code by which the page says it in the phone's language (docs/workshop-api.md lists them)."""

    # The message stays English, untranslated on purpose: the page shows the code's text in the
    # phone's language, whatever language the planner on the laptop speaks.
    def __init__(self, status: int, message: str, code: str):
        super().__init__(message)

        self.status = status
        self.message = message
        self.code = code


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_room_code() -> str:
    return f"{secrets.randbelow(10 ** 6):06d}"


def secret_digest(secret: str) -> str:
    """What the plan keeps of a phone's secret (Participant.key): enough to recognise it, not to be it."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same_text(given: str, expected: str) -> bool:
    """Compare a secret in constant time; text of any kind (compare_digest refuses non-ASCII str)."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


def parse_body(data: bytes) -> dict:
    """The JSON object in a request body; Refusal 413 when it is too large, 400 when it is not one."""
    if len(data) > MAX_BODY:
        raise Refusal(413, f"The request is larger than {MAX_BODY} bytes.", "too_large")
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refusal(400, "The request is not valid JSON.", "bad_request") from None
    if not isinstance(value, dict):
        raise Refusal(400, "The request must be a JSON object.", "bad_request")
    return value


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def clean_name(value) -> str:
    """A participant's name on one line, without control characters, at most MAX_NAME long."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Refusal(400, "A name must be text.", "bad_name")
    if rules.writable_problem(value) is not None:
        raise Refusal(400, "The name holds a character that cannot be saved.", "bad_name")
    kept = "".join(c if unicodedata.category(c)[0] not in "CZ" or c == " " else " " for c in value)
    return short(" ".join(kept.split()), MAX_NAME)


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _safe_text(value, lengths: tuple[int, int]) -> bool:
    return isinstance(value, str) and lengths[0] <= len(value) <= lengths[1] and bool(_SAFE_TEXT.fullmatch(value))


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the room needs of the plan and its round, copied once: nothing here changes while it runs."""

    round_id: str
    name: str
    anonymous: bool
    scale: tuple[float, float, float]  # min, max, step
    criteria: tuple[str, ...]
    items: tuple[Item, ...]

    @classmethod
    def of(cls, plan: Plan, round_: Round) -> Snapshot:
        titles = {item.id: item for item in plan.initiatives}
        items = tuple(Item(i, short(titles[i].title, MAX_TITLE), short(titles[i].description, MAX_DESCRIPTION))
                      for i in round_.initiatives if i in titles)
        s = plan.scale
        return cls(round_.id, round_.name, round_.anonymous, (s.min, s.max, s.step),
                   tuple(round_.criteria), items)


class Gate:
    """The room code typed on the short address, with wrong attempts limited per address and overall."""

    def __init__(self, code: str, clock: Callable[[], float] = time.monotonic):
        self.code = code
        self._clock = clock
        self._wrong: dict[str, deque] = {}
        self._all: deque = deque()

    def enter(self, address: str, body: bytes) -> None:
        """Return when ``body`` carries the right code; Refusal 429 while attempts are used up, 403 when wrong."""
        now = self._clock()
        self._forget(now)
        if len(self._all) >= WRONG_OVERALL or len(self._wrong.get(address, ())) >= WRONG_PER_ADDRESS:
            raise Refusal(429, "Too many wrong room codes: wait a minute and try again.", "too_many")
        code = parse_body(body).get("code")
        if not isinstance(code, str) or not same_text("".join(code.split()), self.code):
            self._all.append(now)
            self._wrong.setdefault(address, deque()).append(now)
            raise Refusal(403, "That is not the room code shown on the wall.", "wrong_code")

    def _forget(self, now: float) -> None:
        """Drop attempts older than the window, so memory stays bounded by the overall limit."""
        while self._all and self._all[0] <= now - ATTEMPT_WINDOW:
            self._all.popleft()
        for address in list(self._wrong):
            times = self._wrong[address]
            while times and times[0] <= now - ATTEMPT_WINDOW:
                times.popleft()
            if not times:
                del self._wrong[address]


def round_epoch(round_: Round) -> str:
    """Names the round's state, re-vote and cut-off times: a re-vote is a new epoch, and a restarted
    server computes the same one from the plan, so a rating made before a re-vote is recognised."""
    basis = json.dumps([round_.state, sorted(round_.revote),
                        sorted((item, when.isoformat()) for item, when in round_.since.items())])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Room:
    """One round's participants and their ratings, as the server sees them; every method is thread-safe."""

    def __init__(self, plan: Plan, round_: Round, token: str | None = None, code: str | None = None,
                 clock: Callable[[], float] = time.monotonic, now: Callable[[], dt.datetime] = utc_now):
        self.snapshot = Snapshot.of(plan, round_)
        self.token = token or new_token()
        self.gate = Gate(code or new_room_code(), clock)
        self._now = now
        self._lock = threading.Lock()
        self._items = {item.id for item in self.snapshot.items}
        # The round's state, re-vote and cut-off times, copied: what update() changes.
        self._round = Round(round_.id, round_.name, round_.date, [i.id for i in self.snapshot.items],
                            list(round_.criteria), round_.anonymous, round_.state, list(round_.revote),
                            dict(round_.since))
        self.revision = 0  # told to phones in the status, so they reload the round after any change
        self._labels: dict[str, str] = {}
        self._names: set[str] = set()
        self._keys: dict[str, str] = {}  # secret digest -> participant id
        self._waiting: dict[str, Participant] = {}  # joined, not yet voted: handed on with a first vote
        for p in round_.participants:
            self._labels[p.id] = round_.participant_label(p.id)
            self._names.add(self._labels[p.id].casefold())
            if p.key:
                self._keys[p.key] = p.id
        self._next = 1 + max((int(p.id[1:]) for p in round_.participants
                              if p.id[:1] == "p" and p.id[1:].isdigit()), default=0)
        self._mine: dict[str, dict[tuple[str, str], tuple[float | None, dt.datetime]]] = {}
        for (pid, item, criterion), vote in counting_votes(round_).items():
            self._mine.setdefault(pid, {})[(item, criterion)] = (vote.value, vote.time)
        self._requests: dict[str, OrderedDict] = {}
        self._done = self._count_done()
        self._epoch = round_epoch(self._round)

    @property
    def code(self) -> str:
        return self.gate.code

    def check_token(self, token: str) -> None:
        if not same_text(token, self.token):
            raise Refusal(404, "This round's address is not right: scan the code on the wall again.",
                          "wrong_address")

    def enter(self, address: str, body: bytes) -> dict:
        """The token for the right room code (POST /api/enter)."""
        with self._lock:
            self.gate.enter(address, body)
        return {"token": self.token}

    def join(self, body: bytes) -> tuple[dict, Participant | None]:
        """Join with a name, anonymously, or again with a phone's secret (POST /api/{token}/join)."""
        fields = parse_body(body)
        if "secret" in fields:
            secret = fields["secret"]
            if not _safe_text(secret, _SECRET_LENGTH):
                raise Refusal(400, "The secret is not one this page makes.", "bad_request")
            with self._lock:
                pid = self._participant(secret)
                return {"participant": pid, "label": self._labels[pid], "secret": secret}, None
        name = "" if self.snapshot.anonymous else clean_name(fields.get("name"))
        secret = new_token()
        with self._lock:
            if len(self._labels) >= MAX_PARTICIPANTS:
                raise Refusal(409, "The round is full: no more participants can join.", "round_full")
            pid = f"p{self._next}"
            self._next += 1
            name = self._unique(name)
            participant = Participant(pid, name, secret_digest(secret))
            self._labels[pid] = name or f"Participant {pid[1:]}"
            self._names.add(self._labels[pid].casefold())
            self._keys[participant.key] = pid
            self._waiting[pid] = participant
            return {"participant": pid, "label": self._labels[pid], "secret": secret}, participant

    def _unique(self, name: str) -> str:
        if not name or name.casefold() not in self._names:
            return name
        n = 2
        while (f"{name} ({n})").casefold() in self._names:
            n += 1
        return f"{name} ({n})"

    def _participant(self, secret: str | None) -> str:
        """The participant holding ``secret``; call with the lock held."""
        if not isinstance(secret, str) or not _safe_text(secret, _SECRET_LENGTH):
            raise Refusal(401, "This phone has not joined the round: join first.", "not_joined")
        pid = self._keys.get(secret_digest(secret))
        if pid is None:
            raise Refusal(401, "This phone has not joined the round: join first.", "not_joined")
        return pid

    def round_answer(self, secret: str | None) -> dict:
        """The round as the page shows it, with the asking phone's own ratings (GET /api/{token}/round)."""
        s = self.snapshot
        with self._lock:
            mine: dict[str, dict] = {}
            if secret is not None:
                for (item, criterion), (value, _) in self._mine.get(self._participant(secret), {}).items():
                    mine.setdefault(item, {})[criterion] = value
            state, open_ = self._round.state, [i.id for i in s.items if is_open_for(self._round, i.id)]
            epoch = self._epoch
        return {"name": s.name, "state": state, "epoch": epoch, "anonymous": s.anonymous,
                "scale": {"min": s.scale[0], "max": s.scale[1], "step": s.scale[2]},
                "criteria": [{"key": c, "label": CRITERION_NAMES[c].capitalize()} for c in s.criteria],
                "initiatives": [{"id": i.id, "title": i.title, "description": i.description} for i in s.items],
                "open": open_, "mine": mine}

    def rate(self, secret: str | None, body: bytes) -> tuple[Vote, tuple[Participant, ...]]:
        """Take one rating (POST /api/{token}/rate): the vote and the participant joining with it, if any."""
        fields = parse_body(body)
        item, criterion, request = fields.get("initiative"), fields.get("criterion"), fields.get("request")
        if not isinstance(item, str) or not isinstance(criterion, str) or "value" not in fields:
            raise Refusal(400, "A rating needs an initiative, a criterion and a value.", "bad_request")
        if not _safe_text(request, _REQUEST_ID_LENGTH):
            raise Refusal(400, "A rating needs a request id of 8 to 64 letters, digits, - or _.",
                          "bad_request")
        value = self._value(fields["value"])
        epoch = fields.get("epoch")
        if epoch is not None and not isinstance(epoch, str):
            raise Refusal(400, "A rating's epoch is the text the round gave.", "bad_request")
        with self._lock:
            pid = self._participant(secret)
            if item not in self._items:
                raise Refusal(404, "This round has no such initiative.", "no_initiative")
            if criterion not in self.snapshot.criteria:
                raise Refusal(400, "This round does not rate that criterion.", "no_criterion")
            if self._round.state != "collecting":
                raise Refusal(409, f"The round is {self._round.state}: it takes no more ratings; look at the wall.",
                              "round_over")
            if not is_open_for(self._round, item):
                raise Refusal(409, "This round takes no ratings on this initiative now.", "not_open")
            if epoch is not None and epoch != self._epoch:
                raise Refusal(409, "This rating was made before the facilitator re-opened the round: rate again.",
                              "revote")
            seen = self._requests.setdefault(pid, OrderedDict())
            if request in seen:
                raise Refusal(409, "This rating was sent before and is already counted.", "already_counted")
            seen[request] = None
            if len(seen) > MAX_REQUEST_IDS:
                seen.popitem(last=False)
            vote = Vote(pid, item, criterion, value, self._now())
            mine = self._mine.setdefault(pid, {})
            before = self._complete(mine, item)
            mine[(item, criterion)] = (value, vote.time)
            self._done[item] += self._complete(mine, item) - before
            joined = self._waiting.pop(pid, None)
        return vote, (joined,) if joined else ()

    def _value(self, value) -> float | None:
        """``value`` as a rating on the scale, snapped exactly to its step; None is "don't know"."""
        if value is None:
            return None
        low, high, step = self.snapshot.scale
        if not rules.is_number(value) or not low <= value <= high:
            raise Refusal(400, f"A rating is a number from {rules.number_text(low)} to "
                               f"{rules.number_text(high)}, or null for don't know.", "out_of_range")
        snapped = snap(value, Scale(low, high, step))
        if abs(snapped - value) > step * 1e-6:
            raise Refusal(400, f"A rating goes in steps of {rules.number_text(step)}.", "off_step")
        return snapped

    def _complete(self, mine: dict, item: str) -> int:
        return int(all((item, c) in mine for c in self.snapshot.criteria))

    def _count_done(self) -> dict[str, int]:
        done = {i.id: 0 for i in self.snapshot.items}
        for mine in self._mine.values():
            for item in done:
                done[item] += self._complete(mine, item)
        return done

    def update(self, round_: Round) -> None:
        """Take the round's state, re-vote and participants from the window; ratings from before a
        re-vote stop counting, and participants added there (a blind entry) keep their ids."""
        state, revote, since = round_.state, list(round_.revote), dict(round_.since)
        participants = [(p.id, p.key, round_.participant_label(p.id)) for p in round_.participants]
        with self._lock:
            self._round.state, self._round.revote, self._round.since = state, revote, since
            for pid, key, label in participants:
                self._learn(pid, key, label)
            for mine in self._mine.values():
                for key in [k for k, (_, t) in mine.items() if k[0] in since and t < since[k[0]]]:
                    del mine[key]
            self._done = self._count_done()
            self._epoch = round_epoch(self._round)
            self.revision += 1

    def _learn(self, pid: str, key: str, label: str) -> None:
        """Know a participant the plan has; a phone that joined here under the same id, and has not
        voted yet, moves to a new id (the phone knows itself by its secret, not its id)."""
        waiting = self._waiting.get(pid)
        if waiting is not None and waiting.key != key:
            moved = f"p{self._next}"
            self._next += 1
            self._waiting[moved] = Participant(moved, waiting.name, waiting.key)
            self._labels[moved] = waiting.name or f"Participant {moved[1:]}"
            self._keys[waiting.key] = moved
            del self._waiting[pid]
            self._labels.pop(pid, None)
        if pid not in self._labels:
            self._labels[pid] = label
            self._names.add(label.casefold())
            if key:
                self._keys[key] = pid
        if pid[:1] == "p" and pid[1:].isdigit():
            self._next = max(self._next, int(pid[1:]) + 1)

    def status(self) -> dict:
        """Progress only, never values (GET /api/{token}/status)."""
        with self._lock:
            return {"state": self._round.state, "epoch": self._epoch, "participants": len(self._labels),
                    "progress": dict(self._done), "revision": self.revision}
