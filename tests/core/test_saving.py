"""Saving against the file system's edges: links, read-only files, long names, debris, kills."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.cli import main
from planner.formats import plan_file
from planner.model import Initiative, Plan


def cli(capsys, *args) -> tuple[int, str, str]:
    """Run the core's command line in-process; argparse's exits count as the status."""
    try:
        status = main([str(a) for a in args])
    except SystemExit as e:
        status = e.code
    out, err = capsys.readouterr()
    return status, out, err


def plan(title: str) -> Plan:
    return Plan(title=title, start=dt.date(2027, 1, 4))


def test_saving_through_a_link_writes_its_target(tmp_path):
    """A plan opened through a symbolic link is saved into the target; the link stays a link."""
    real = tmp_path / "real" / "plan.bep"
    real.parent.mkdir()
    plan_file.save(plan("First"), real)
    link = tmp_path / "link.bep"
    link.symlink_to(real)
    plan_file.save(plan("Second"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert plan_file.load(real).title == "Second"
    assert plan_file.load(real.with_name("plan.bep.bak")).title == "First"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.bep", "real"]


def test_a_link_pointing_at_itself_is_refused_and_left_alone(tmp_path):
    """A link loop is an OSError, and the link is not replaced by a file."""
    link = tmp_path / "loop.bep"
    link.symlink_to(link)
    with pytest.raises(OSError):
        plan_file.save(plan("X"), link)
    assert link.is_symlink()


def test_a_read_only_plan_is_not_replaced(tmp_path):
    """Saving over a file its owner made read-only is refused, even for root; the file keeps its text."""
    path = tmp_path / "plan.bep"
    plan_file.save(plan("Protected"), path)
    os.chmod(path, 0o444)
    with pytest.raises(PermissionError):
        plan_file.save(plan("Over"), path)
    assert plan_file.load(path).title == "Protected"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bep"]


def test_new_force_refuses_a_read_only_plan_in_one_line(tmp_path, capsys):
    """`new --force` over a read-only plan exits 1 with one line saying so, and leaves the plan."""
    path = tmp_path / "plan.bep"
    plan_file.save(plan("Protected"), path)
    os.chmod(path, 0o444)
    status, _, err = cli(capsys, "new", path, "--force")
    assert status == 1 and err == f"error: {path}: cannot write the file (it is read-only)\n"
    assert plan_file.load(path).title == "Protected"


@pytest.mark.parametrize("length", [245, 255])
def test_any_name_that_opens_can_be_saved(tmp_path, length):
    """Names up to the file system's 255 characters save again; a backup is kept while NAME.bak fits."""
    path = tmp_path / ("p" * (length - 4) + ".bep")
    plan_file.save(plan("First"), path)
    plan_file.save(plan("Second"), path)
    assert plan_file.load(path).title == "Second"
    backup = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert len(backup) == (1 if length + 4 <= 255 else 0)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_save_clears_old_debris_of_killed_saves_only(tmp_path):
    """Our temporary files older than an hour go on the next save; fresh ones and others' stay."""
    path = tmp_path / "plan.bep"
    names = {"stale_new": ".bep-abcd1234.tmp", "stale_old": ".plan.bep.x1y2z3w4.tmp",
             "stale_bak": ".plan.bep.bak.tmp", "fresh": ".bep-fresh123.tmp",
             "other": ".other.bep.abcd1234.tmp", "theirs": "notes.tmp"}
    for key, name in names.items():
        (tmp_path / name).write_text(key)
        if key != "fresh":
            old = time.time() - 2 * plan_file.STALE_AFTER
            os.utime(tmp_path / name, (old, old))
    plan_file.save(plan("Tidy"), path)
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {"plan.bep", names["fresh"], names["other"], names["theirs"]}


def test_schedule_csv_keeps_formulas_inert(tmp_path, capsys):
    """Titles starting with = + - @, a tab or a return get an apostrophe, so a spreadsheet shows them as text."""
    path = tmp_path / "p.bep"
    titles = ["=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "Plain"]
    plan_file.save(Plan(title="P", start=dt.date(2027, 1, 4),
                        initiatives=[Initiative(f"i{n}", t, decision="build") for n, t in enumerate(titles)]), path)
    status, out, _ = cli(capsys, "schedule", path, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert status == 0
    assert sorted(r["title"] for r in rows) == sorted(["'" + t.replace("\r", "\n") for t in titles[:-1]] + ["Plain"])
    assert all(not r["title"].startswith(("=", "+", "-", "@")) for r in rows)


def test_a_full_disk_on_export_is_one_line(tmp_path, capsys, monkeypatch):
    """ENOSPC while writing the workbook: exit 1, one line, nothing left behind."""
    path = tmp_path / "p.bep"
    plan_file.save(plan("P"), path)
    real_fdopen = os.fdopen

    class Full(io.RawIOBase):
        def __init__(self, fd):
            self.fd = fd

        def write(self, data):
            raise OSError(28, "No space left on device")

        def close(self):
            os.close(self.fd)
            super().close()

    monkeypatch.setattr(plan_file.os, "fdopen", lambda fd, mode="r": Full(fd) if "w" in mode else real_fdopen(fd, mode))
    out = tmp_path / "p.xlsx"
    status, _, err = cli(capsys, "export", path, "-o", out)
    assert status == 1 and err == f"error: {out}: cannot write the file (No space left on device)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.bep"]


def test_standard_output_on_a_full_disk_is_one_line():
    """`schedule > /dev/full` says in one line that it cannot write, exit 1, no traceback."""
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "social-media-strategy.bep"
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "planner", "schedule", str(sample)], stdout=full,
                              stderr=subprocess.PIPE, text=True)
    errors = [line for line in done.stderr.splitlines() if not line.startswith("warning:")]
    assert done.returncode == 1
    assert errors == ["error: standard output: cannot write (No space left on device)"]


SAVER = """
import sys, datetime as dt
from planner.formats.plan_file import save
from planner.model import Initiative, Plan
n = 0
while True:
    save(Plan(title=f"v{n}", start=dt.date(2027, 1, 4),
              initiatives=[Initiative(f"i{k}", "x" * 200) for k in range(300)]), sys.argv[1])
    n += 1
    print(n, flush=True)
"""


def test_a_save_killed_at_any_moment_leaves_plan_and_backup_whole(tmp_path):
    """A process saving over and over is killed at random moments; the plan and its .bak always load."""
    path = tmp_path / "plan.bep"
    rng = random.Random(15)
    for _ in range(10):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
        saver.stdout.readline()  # at least one save finished, so there is a plan to check
        time.sleep(rng.uniform(0.0, 0.5))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        titles = [plan_file.load(p).title for p in (path, path.with_name("plan.bep.bak")) if p.exists()]
        assert titles and all(t.startswith("v") and t[1:].isdigit() for t in titles)
    assert path.with_name("plan.bep.bak").exists()


FULL_TEMPORARY_FOLDER = """
import os, sys, tempfile
import openpyxl.worksheet._writer as sheet_writer
from planner.cli import main

def full(suffix=""):  # every sheet's stream goes to a full disk (a link, so nothing removes /dev/full)
    link = tempfile.mktemp(dir=sys.argv[1])
    os.symlink("/dev/full", link)
    return link

sheet_writer.create_temporary_file = full
sys.exit(main(["export", sys.argv[2], "-o", sys.argv[3]]))
"""


def test_a_full_temporary_folder_on_export_is_one_line(tmp_path):
    """openpyxl's sheet streams hitting a full disk: exit 1, one line, no 'Exception ignored' after it."""
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "social-media-strategy.bep"
    out = tmp_path / "p.xlsx"
    done = subprocess.run([sys.executable, "-c", FULL_TEMPORARY_FOLDER, str(tmp_path), str(sample), str(out)],
                          capture_output=True, text=True)
    errors = [line for line in done.stderr.splitlines() if not line.startswith("warning:")]
    assert done.returncode == 1 and errors == [
        f"error: {out}: cannot write the file (no room for the workbook's temporary files; "
        "free some disk space and try again)"]
    assert not out.exists()
