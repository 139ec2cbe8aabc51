"""Lock files: one live instance per plan, stale locks taken over, read-only folders tolerated."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from planner import lock_file
from planner.errors import PlanError
from planner.lock_file import PlanLockedError, acquire, lock_path, read_holder

HOLD_UNTIL_STDIN_CLOSES = (
    "import sys; from planner.lock_file import acquire;"
    "lock = acquire(sys.argv[1]); print('held' if lock.held else 'not held', flush=True);"
    "sys.stdin.read(); lock.release()")


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "plan.bep"
    path.write_text("{}", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """The pid of a process that has already exited."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def write_lock(plan, **fields) -> None:
    doc = {"user": "ann", "host": lock_file.this_host(), "pid": os.getpid(),
           "since": "2026-03-01T10:42:00+00:00", **fields}
    lock_path(plan).write_text(json.dumps(doc), encoding="utf-8")


def test_acquire_creates_a_hidden_lock_file_naming_us(plan):
    """Acquiring writes .~lock.NAME# beside the plan with our host, pid and time."""
    lock = acquire(plan)
    assert lock.held and lock.path == plan.parent / ".~lock.plan.bep#"
    holder = read_holder(plan)
    assert (holder.host, holder.pid) == (lock_file.this_host(), os.getpid())
    assert holder.since.tzinfo is not None
    lock.release()
    assert not lock.path.exists() and read_holder(plan) is None


def test_a_live_other_instance_makes_acquire_fail_with_a_clear_sentence(plan):
    """While another running process holds the lock, acquire raises PlanLockedError naming it."""
    other = subprocess.Popen([sys.executable, "-c", HOLD_UNTIL_STDIN_CLOSES, str(plan)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "held"
        with pytest.raises(PlanLockedError) as caught:
            acquire(plan)
        assert isinstance(caught.value, PlanError)
        assert caught.value.holder.pid == other.pid
        message = str(caught.value)
        assert message.startswith("plan.bep is open in another Benefit–Effort Planner (")
        assert f"on {lock_file.this_host()}, since " in message
    finally:
        other.stdin.close()
        other.wait(timeout=10)
    assert not lock_path(plan).exists()  # the other instance released it on its way out
    with acquire(plan) as lock:
        assert lock.held


def test_force_takes_over_a_live_lock(plan):
    """Opening anyway replaces the other lock; the other holder's release then leaves ours alone."""
    write_lock(plan, host="another-computer")
    with pytest.raises(PlanLockedError, match=r"\(ann on another-computer, since "):
        acquire(plan)
    lock = acquire(plan, force=True)
    assert lock.held and read_holder(plan).pid == os.getpid()
    lock.release()


def test_a_stale_lock_of_a_dead_process_is_taken_over(plan, dead_pid):
    """A lock left by a process that has exited on this computer does not block opening."""
    write_lock(plan, pid=dead_pid)
    with acquire(plan) as lock:
        assert lock.held and read_holder(plan).pid == os.getpid()


@pytest.mark.parametrize("content", ["", "not json", "[]", '{"pid": 5}',
                                     '{"pid": true, "host": "h", "since": "2026-01-01T00:00"}'])
def test_an_unreadable_lock_is_taken_over(plan, content):
    """A lock file that cannot be read is treated as stale."""
    lock_path(plan).write_text(content, encoding="utf-8")
    assert read_holder(plan) is None
    with acquire(plan) as lock:
        assert lock.held


def test_release_removes_only_our_own_lock(plan):
    """If someone else took the lock over, releasing ours leaves theirs in place; twice is fine."""
    lock = acquire(plan)
    write_lock(plan, host="another-computer")
    lock.release()
    lock.release()
    assert read_holder(plan).host == "another-computer"


def test_a_second_acquire_in_the_same_process_takes_over(plan):
    """Our own pid in the lock is not another instance: the newer Lock holds, the older lets go."""
    first = acquire(plan)
    second = acquire(plan)
    first.release()
    assert lock_path(plan).exists()
    second.release()
    assert not lock_path(plan).exists()


def test_the_message_shows_the_date_when_not_today(plan):
    """A lock from an earlier day says which day, and a missing user is left out."""
    write_lock(plan, host="another-computer", user="", since="2020-05-04T10:42:00")
    with pytest.raises(PlanLockedError) as caught:
        acquire(plan)
    assert str(caught.value) == ("plan.bep is open in another Benefit–Effort Planner "
                                 "(another-computer, since 2020-05-04 10:42)")


def test_an_unwritable_folder_gives_a_lock_that_holds_nothing(plan, monkeypatch):
    """When the lock cannot be created, opening still succeeds with held == False."""
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(lock_file.os, "open", refuse)
    lock = acquire(plan)
    assert not lock.held
    lock.release()
    assert plan.exists()


def test_a_read_only_folder_gives_a_lock_that_holds_nothing(plan):
    """On a folder without write permission, acquire returns an unheld lock and writes nothing."""
    folder = plan.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        probe = folder / "probe"
        try:
            probe.touch()
        except PermissionError:
            pass
        else:
            probe.unlink()
            pytest.skip("permissions do not stop this user from writing (running as root?)")
        lock = acquire(plan)
        assert not lock.held and not lock_path(plan).exists()
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("fields", [
    {"pid": 2**31}, {"pid": 2**70}, {"since": "0001-01-01T00:30:00+05:00"},
    {"since": "9999-12-31T23:30:00-05:00"}, {"since": "0001-01-01T00:00:00"}, {"since": 7},
], ids=["pid-2^31", "pid-2^70", "year-1-with-offset", "year-9999-with-offset", "year-1", "since-number"])
def test_locks_no_instance_could_write_are_stale_and_taken_over(plan, fields):
    """Odd pids and moments at the calendar's edges make a lock stale, never a crash."""
    write_lock(plan, **fields)
    assert read_holder(plan) is None
    with acquire(plan) as lock:
        assert lock.held and read_holder(plan).pid == os.getpid()


def test_a_deeply_nested_lock_is_stale(plan):
    """A lock file of nested lists is unreadable and taken over, not a RecursionError."""
    lock_path(plan).write_text("[" * 200_000 + "]" * 200_000)
    assert read_holder(plan) is None
    assert acquire(plan).held


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_in_place_of_the_lock_neither_hangs_nor_stays(plan):
    """A FIFO named like the lock is read as no holder, and acquiring replaces it with a lock."""
    os.mkfifo(lock_path(plan))
    assert read_holder(plan) is None
    lock = acquire(plan)
    assert lock.held and stat.S_ISREG(os.stat(lock.path).st_mode)
    lock.release()


def test_process_is_running_is_false_for_pids_no_process_can_have():
    """Pids past a C int are not running processes (os.kill would overflow on them)."""
    assert not lock_file.process_is_running(2**31)
    assert not lock_file.process_is_running(2**70)
