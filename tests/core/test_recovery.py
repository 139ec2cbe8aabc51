"""Recovery copies: written beside nothing of the user's, found after a crash, restored equal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from planner import recovery
from planner.model import Plan
from planner.recovery import find_recoveries, load_recovery, remove_recovery, write_recovery
from planner.samples import sample_plan


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The pid of a process that has already exited."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def rewrite_meta(path, **changes) -> None:
    """Change the metadata of the copy at ``path``, as another process would have written it."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc[recovery.META_KEY].update(changes)
    path.write_text(json.dumps(doc), encoding="utf-8")


def test_a_crashed_process_copy_is_found_and_loads_equal(tmp_path):
    """A copy written by a process that then died is offered, and restores the very same plan."""
    folder, source = tmp_path / "recovery", tmp_path / "plans" / "strategy.bep"
    code = ("import sys; from planner.recovery import write_recovery; from planner.samples import sample_plan;"
            "write_recovery(sys.argv[1], sample_plan(), sys.argv[2])")
    subprocess.run([sys.executable, "-c", code, str(folder), str(source)], check=True)
    [rec] = find_recoveries(folder)
    assert rec.source == source.resolve()
    assert rec.title == sample_plan().title
    assert rec.written.tzinfo is not None
    assert load_recovery(rec) == sample_plan()


def test_copies_of_running_processes_are_not_offered(tmp_path):
    """Our own copy (this process is alive) is not offered for restoring."""
    write_recovery(tmp_path, sample_plan(), tmp_path / "a.bep")
    write_recovery(tmp_path, Plan(title="Draft"), None)
    assert find_recoveries(tmp_path) == []


def test_copies_from_another_computer_count_as_left_behind(tmp_path):
    """A copy written on another host is offered, since its process cannot be checked."""
    path = write_recovery(tmp_path, Plan(title="Elsewhere"), None)
    rewrite_meta(path, host="some-other-host")
    assert [rec.title for rec in find_recoveries(tmp_path)] == ["Elsewhere"]


def test_recoveries_come_newest_first(tmp_path, dead_pid):
    """Several left-behind copies are listed newest first, offsets and naive times included."""
    times = {"old": "2026-01-01T09:00:00+00:00", "new": "2026-01-03T09:00:00+01:00",
             "middle": "2026-01-02T09:00:00"}
    for title, written in times.items():
        rewrite_meta(write_recovery(tmp_path, Plan(title=title), None), pid=dead_pid, written=written)
    assert [rec.title for rec in find_recoveries(tmp_path)] == ["new", "middle", "old"]


CORRUPT = {
    "empty.bep": b"",
    "truncated.bep": b'{"format": "benefit-effort-plan", "_recovery": {"pid": ',
    "binary.bep": b"\xff\xfe\x00garbage\x00",
    "list.bep": b"[1, 2, 3]",
    "no-meta.bep": b'{"format": "benefit-effort-plan", "version": 1}',
    "meta-not-object.bep": b'{"_recovery": 5}',
    "bad-pid.bep": b'{"_recovery": {"pid": "x", "host": "h", "written": "2026-01-01T00:00:00"}}',
    "bad-time.bep": b'{"_recovery": {"pid": 4, "host": "h", "written": "yesterday"}}',
    "bad-plan.bep": b'{"format": "nope", "version": 1,'
                    b' "_recovery": {"pid": 4, "host": "h", "written": "2026-01-01T00:00:00"}}',
    "deep.bep": b"[" * 100_000 + b"]" * 100_000,
}


def test_corrupt_files_are_skipped(tmp_path, dead_pid):
    """Unreadable, truncated or invalid copies are skipped without an error; good ones still show."""
    for name, data in CORRUPT.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "a-folder.bep").mkdir()
    rewrite_meta(write_recovery(tmp_path, Plan(title="Good"), None), pid=dead_pid)
    assert [rec.title for rec in find_recoveries(tmp_path)] == ["Good"]


def test_a_missing_folder_has_no_recoveries(tmp_path):
    """Looking in a folder that does not exist yet gives an empty list."""
    assert find_recoveries(tmp_path / "never-made") == []


def test_remove_deletes_the_copy_and_tolerates_a_missing_one(tmp_path):
    """Removing a copy deletes it; removing it again is no error."""
    path = write_recovery(tmp_path, Plan(), None)
    remove_recovery(path)
    assert not path.exists()
    remove_recovery(path)


def test_the_same_source_maps_to_the_same_file(tmp_path):
    """Repeated autosaves of one plan overwrite one copy and leave no .bak or temporary files."""
    source = tmp_path / "plans" / "strategy.bep"
    first = write_recovery(tmp_path / "r", Plan(title="One"), source)
    second = write_recovery(tmp_path / "r", Plan(title="Two"), tmp_path / "plans" / ".." / "plans" / "strategy.bep")
    assert first == second
    assert first.name.startswith("strategy-")
    assert os.listdir(tmp_path / "r") == [first.name]
    other = write_recovery(tmp_path / "r", Plan(), tmp_path / "elsewhere" / "strategy.bep")
    assert other != first


def test_untitled_plans_get_unique_names_and_keep_theirs_when_asked(tmp_path):
    """Each untitled plan gets its own copy; passing the returned path keeps writing that copy."""
    first = write_recovery(tmp_path, Plan(title="A"), None)
    second = write_recovery(tmp_path, Plan(title="B"), None)
    assert first != second and first.name.startswith(f"untitled-{os.getpid()}-")
    assert write_recovery(tmp_path, Plan(title="A2"), None, path=first) == first
    assert len(os.listdir(tmp_path)) == 2


def test_writing_does_not_change_the_plan(tmp_path):
    """The metadata goes only into the copy, not into the caller's plan."""
    plan = sample_plan()
    write_recovery(tmp_path, plan, None)
    assert plan == sample_plan()


@pytest.mark.parametrize("meta", [
    {"written": "0001-01-01T00:30:00+05:00"}, {"written": "9999-12-31T23:30:00-05:00"},
    {"pid": 2**70}, {"written": None},
], ids=["year-1-with-offset", "year-9999-with-offset", "pid-2^70", "written-null"])
def test_copies_with_odd_metadata_are_skipped_not_a_crash(tmp_path, dead_pid, meta):
    """Metadata no instance could write makes a copy unreadable; the good copies still show."""
    rewrite_meta(write_recovery(tmp_path, Plan(title="Odd"), None), **{"pid": dead_pid, **meta})
    rewrite_meta(write_recovery(tmp_path, Plan(title="Good"), None), pid=dead_pid)
    titles = [rec.title for rec in find_recoveries(tmp_path)]
    # A pid no process can have means the writer is gone: that copy is offered like any other.
    assert "Good" in titles and ("Odd" in titles) == (meta.get("pid") == 2**70)


def test_nested_and_special_files_in_the_folder_are_skipped(tmp_path, dead_pid):
    """A deeply nested copy and a FIFO named like a copy are skipped without a hang or a crash."""
    (tmp_path / "deep.bep").write_text("[" * 200_000 + "]" * 200_000)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.bep")
    rewrite_meta(write_recovery(tmp_path, Plan(title="Good"), None), pid=dead_pid)
    assert [rec.title for rec in find_recoveries(tmp_path)] == ["Good"]


def voted_plan(votes: int) -> Plan:
    """The sample plan with a round holding ``votes`` votes (some "don't know", one with an unknown key)."""
    import datetime as dt

    from planner.model import Participant, Round, Vote
    plan = sample_plan()
    items = [item.id for item in plan.initiatives]
    round_ = Round("r1", "Room", dt.date(2027, 3, 1), items, ["benefit", "technical_effort"], anonymous=False)
    round_.participants = [Participant(f"p{k}", f"Person {k}") for k in range(1, 201)]
    at = dt.datetime(2027, 3, 1, 9, tzinfo=dt.timezone.utc)
    round_.votes = [Vote(f"p{k % 200 + 1}", items[k % len(items)], round_.criteria[k % 2],
                         None if k % 7 == 0 else float(k % 5 + 1), at + dt.timedelta(seconds=k))
                    for k in range(votes)]
    if round_.votes:
        round_.votes[-1].extra["device"] = "phone"
    plan.rounds.append(round_)
    return plan


@pytest.mark.parametrize("votes", [0, 1, 499, 500, 1201])
def test_a_copy_from_a_snapshot_is_the_text_a_whole_plan_gives(votes):
    """Encoding a snapshot in chunks writes exactly what encoding the plan at once writes."""
    import dataclasses

    from planner.formats import plan_file
    plan = voted_plan(votes)
    meta = {"source": None, "written": "2027-03-01T10:00:00+00:00", "pid": 1, "host": "h"}
    whole = plan_file.dumps(dataclasses.replace(plan, extra={**plan.extra, recovery.META_KEY: meta}), compact=True)
    assert recovery.encode(recovery.snapshot(plan), meta) == whole


def test_a_snapshot_keeps_the_plan_as_it_was_when_taken(tmp_path):
    """Votes taken and titles changed after the snapshot do not reach the copy written from it."""
    plan = voted_plan(30)
    expected = plan_file_text(plan)
    snap = recovery.snapshot(plan)
    plan.rounds[0].votes.append(plan.rounds[0].votes[0])
    plan.initiatives[0].title = "Changed later"
    plan.rounds[0].participants[0].name = "Renamed later"
    target = tmp_path / "copy.bep"
    recovery.write_snapshot(target, snap, None)
    restored = load_recovery(recovery.Recovery(target, None, None, ""))
    assert plan_file_text(restored) == expected


def plan_file_text(plan: Plan) -> str:
    from planner.formats import plan_file
    return plan_file.dumps(plan)
