"""Recovery copies written off the GUI thread: the event loop keeps running, and no copy is left stale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer

from planner.edits import SetFields
from planner.formats import plan_file
from planner.model import Participant, Round, Vote
from planner.recovery import Recovery, load_recovery
from ui.undo_commands import push_edit

VOTES = 18_000  # 200 phones rating 30 initiatives on three criteria


def fill_with_votes(window) -> None:
    """Give the window's plan a round a full room has rated, as unsaved changes."""
    plan = window.document.plan
    items = [item.id for item in plan.initiatives]
    round_ = Round("r1", "Room", dt.date(2027, 3, 1), items, ["benefit", "technical_effort"], anonymous=False)
    round_.participants = [Participant(f"p{k}", f"Person {k}") for k in range(1, 201)]
    at = dt.datetime(2027, 3, 1, 9, tzinfo=dt.timezone.utc)
    round_.votes = [Vote(f"p{k % 200 + 1}", items[k % len(items)], round_.criteria[k % 2], float(k % 5 + 1),
                         at + dt.timedelta(seconds=k)) for k in range(VOTES)]
    plan.rounds.append(round_)
    push_edit(window.undo_stack, window.document, SetFields(items[0], {"benefit": 1.5}))


def test_a_large_copy_is_written_while_the_event_loop_keeps_ticking(window, qtbot):
    """A timer keeps firing while a copy of 18,000 votes is written, and the copy reads back equal."""
    fill_with_votes(window)
    ticks = []
    timer = QTimer(interval=0)
    timer.timeout.connect(lambda: ticks.append(len(ticks)))
    timer.start()
    window.files.write_recovery_copy()
    asked = len(ticks)
    qtbot.waitUntil(lambda: window.files.recovery_path is not None, timeout=10_000)
    timer.stop()
    assert asked == 0  # asking for the copy returned before any event was handled
    assert len(ticks) >= 3  # the window handled events while the copy was written
    copy = window.files.recovery_path
    restored = load_recovery(Recovery(copy, None, dt.datetime.now().astimezone(), ""))
    assert plan_file.dumps(restored) == plan_file.dumps(window.document.plan)


def test_votes_taken_after_asking_reach_the_next_copy_not_this_one(window, qtbot):
    """The copy holds the plan as it was when asked for, even if votes arrive while it is written."""
    fill_with_votes(window)
    votes = window.document.plan.rounds[0].votes
    window.files.write_recovery_copy()
    votes.append(Vote("p1", votes[0].initiative, "benefit", 2.0, votes[-1].time))
    qtbot.waitUntil(lambda: window.files.recovery_path is not None, timeout=10_000)
    assert len(plan_file.load(window.files.recovery_path).rounds[0].votes) == VOTES
    window.files.write_recovery_copy()
    qtbot.waitUntil(lambda: not window.files.recovery_writer.busy(), timeout=10_000)
    assert len(plan_file.load(window.files.recovery_path).rounds[0].votes) == VOTES + 1


def test_saving_while_a_copy_is_written_leaves_no_copy_behind(window, qtbot, tmp_path):
    """Save waits for the copy being written and removes it: no stale copy appears afterwards."""
    window.files.save_to(tmp_path / "p.bep")
    fill_with_votes(window)
    window.files.write_recovery_copy()
    window.files.write_recovery_copy()  # a second one waiting behind it
    assert window.files.save()
    qtbot.wait(200)  # any copy still on its way would land and be reported by now
    assert window.files.recovery_path is None
    assert not list(window.files.recovery_dir.glob("*.bep"))


def test_finishing_the_copy_waits_until_it_is_on_disk(window):
    """What the window calls as it closes returns only once the copy asked for is written."""
    fill_with_votes(window)
    window.files.write_recovery_copy()
    window.files.finish_recovery_copy()
    assert not window.files.recovery_writer.busy()
    assert len(list(window.files.recovery_dir.glob("*.bep"))) == 1
