"""Recovery copies: autosaved plans kept in a per-user folder, offered again after a crash.

A recovery copy is an ordinary ``.bep`` plan file with one extra top-level key, ``_recovery``,
holding ``{"source", "written", "pid", "host"}``. One file keeps plan and metadata consistent
(one atomic replace, no orphaned sidecars), and a person can still open a copy as a plan.

Names: ``STEM-HASH-PID.bep`` for a saved plan, where HASH is a stable hash of its absolute path,
so each process keeps overwriting one copy per plan; ``untitled-PID-N.bep`` for a plan never
saved. The pid is part of the name so a new instance never overwrites a crashed one's copy
before the user has decided about it. Copies are never written over the user's own file and
never leave ``.bak`` files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import os
import re
import secrets
from pathlib import Path

from planner.formats import plan_file
from planner.formats.round_document import vote_document
from planner.formats.guarded_reader import loads_bounded, read_regular
from planner.errors import PlanError
from planner.lock_file import process_is_running, this_host
from planner.model import Plan, Vote

META_KEY = "_recovery"
_untitled_numbers = itertools.count(1)


@dataclasses.dataclass(frozen=True, slots=True)
class Recovery:
    """A copy left behind by a process that is no longer running; ``written`` is timezone-aware."""

    path: Path
    source: Path | None
    written: dt.datetime
    title: str


def recovery_path(folder: str | os.PathLike, source: str | os.PathLike | None) -> Path:
    """Return where this process keeps the copy of ``source`` (a new name each call if None)."""
    pid = os.getpid()
    if source is None:
        return Path(folder) / f"untitled-{pid}-{next(_untitled_numbers)}.bep"
    absolute = os.path.normcase(str(Path(source).resolve()))
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    stem = re.sub(r"[^\w-]+", "_", Path(source).stem, flags=re.ASCII)[:40] or "plan"
    return Path(folder) / f"{stem}-{digest}-{pid}.bep"


def write_recovery(folder: str | os.PathLike, plan: Plan, source: str | os.PathLike | None,
                   path: str | os.PathLike | None = None) -> Path:
    """Write a recovery copy of ``plan`` atomically and return its path; create ``folder`` if needed.

    Pass the ``path`` a previous call returned to keep writing the same copy: an untitled plan
    gets a new name on every call without it.
    """
    target = Path(path) if path is not None else recovery_path(folder, source)
    write_snapshot(target, snapshot(plan), source)
    return target


@dataclasses.dataclass(frozen=True, slots=True)
class Snapshot:
    """A plan as it stood, sharing nothing the plan's edits change, to be encoded on another thread.

    ``document`` is the plan's document with every round's votes left out; ``votes`` holds each
    round's votes as they were. Votes are only ever appended to a round or dropped from its end,
    never changed in place, so holding the Vote objects is as good as a copy and costs far less:
    turning 18,000 votes into dicts and JSON is most of a large copy's cost.
    """

    document: dict
    votes: tuple[tuple[Vote, ...], ...]


def snapshot(plan: Plan) -> Snapshot:
    """Take ``plan`` as it stands now, on the thread that edits it."""
    bare = dataclasses.replace(plan, rounds=[dataclasses.replace(r, votes=[]) for r in plan.rounds])
    return Snapshot(plan_file.plan_to_document(bare), tuple(tuple(r.votes) for r in plan.rounds))


def encode(snap: Snapshot, meta: dict) -> str:
    """The copy's text: what ``plan_file.dumps(compact=True)`` gives for the plan with ``meta`` added.

    Long lists (initiatives, votes) are encoded a chunk at a time: the JSON encoder holds Python's
    global lock for a whole call, and the thread that took the snapshot must not wait that long.
    """
    doc = {**snap.document, META_KEY: meta}
    later: dict[str, str] = {}

    def mark(text_of) -> str:
        key = secrets.token_hex(16)  # a placeholder no plan's text can hold by chance
        later[key] = text_of
        return key

    doc["initiatives"] = mark(lambda items=doc["initiatives"]: _list_text(items, lambda d: d))
    if "rounds" in doc:
        doc["rounds"] = [{**r, "votes": mark(lambda votes=votes: _list_text(votes, vote_document))}
                         for r, votes in zip(doc["rounds"], snap.votes)]
    text = _json(doc)
    for key, text_of in later.items():
        text = text.replace(f'"{key}"', text_of(), 1)
    return text + "\n"


_CHUNK = 500


def _list_text(items, document_of) -> str:
    parts = (_json([document_of(x) for x in items[i:i + _CHUNK]])[1:-1] for i in range(0, len(items), _CHUNK))
    return "[" + ",".join(parts) + "]"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def write_snapshot(target: str | os.PathLike, snap: Snapshot, source: str | os.PathLike | None) -> None:
    """Write the copy of ``snap`` to ``target`` atomically, creating its folder; any thread."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = {"source": str(Path(source).resolve()) if source is not None else None,
            "written": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(), "host": this_host()}
    # No .bak beside a recovery copy, and only its owner may read it.
    plan_file.write_atomically(target, encode(snap, meta).encode("utf-8"), private=True)


def remove_recovery(path: str | os.PathLike) -> None:
    """Remove the recovery copy at ``path``; do nothing if it is already gone."""
    Path(path).unlink(missing_ok=True)


def find_recoveries(folder: str | os.PathLike) -> list[Recovery]:
    """Return the copies in ``folder`` whose writer is no longer running, newest first.

    Copies from another computer count as left behind, since their process cannot be checked.
    Unreadable or corrupt files are skipped: they must never stop the app from starting.
    """
    try:
        candidates = sorted(Path(folder).glob("*.bep"))
    except OSError:
        return []
    found = [rec for rec in map(_left_behind, candidates) if rec is not None]
    found.sort(key=lambda rec: rec.written, reverse=True)
    return found


def load_recovery(rec: Recovery) -> Plan:
    """Return the plan in the copy ``rec``, without its metadata; raise PlanFileError or OSError."""
    plan = plan_file.load(rec.path)
    plan.extra.pop(META_KEY, None)
    return plan


def _left_behind(path: Path) -> Recovery | None:
    try:
        data = read_regular(path)
        meta = loads_bounded(data.decode("utf-8-sig")).get(META_KEY)
        pid, host = meta["pid"], meta["host"]
        written = dt.datetime.fromisoformat(meta["written"])
        source = meta.get("source")
        if not (isinstance(pid, int) and isinstance(host, str)
                and (source is None or isinstance(source, str))):
            return None
        if written.tzinfo is None:
            written = written.astimezone()  # no offset written: take it as local, so sorting works
        # Sorting compares moments in UTC, which overflows near year 1 or 9999: no copy is that old.
        if not 1 < written.astimezone(dt.timezone.utc).year < 9999:
            return None
        if host == this_host() and process_is_running(pid):
            return None  # still being written by a running instance (maybe this one)
        title = plan_file.loads(data).title  # validates: offer only what can be restored
    except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError, PlanError):
        return None
    return Recovery(path, Path(source) if source is not None else None, written, title)
