"""The app killed mid-edit: the next start offers the recovery copy, with at most 30 s of work lost.

The real app (ui.app.main, as ``benefit-planner PLAN`` runs it) runs in a subprocess with its own
HOME and XDG folders and autosave set to its shortest interval. A driver inside that process
edits the opened plan through the table's model, as typing in a cell does (each edit an undo
step), logging every state; the test kills the process with SIGKILL while it edits, then opens
a window on the same folders and answers the recovery question.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from planner.formats import plan_file
from planner.samples import sample_plan
from ui.main_window import MainWindow
from ui.plan_files import AUTOSAVE_SECONDS

ORG = "Benefit-Effort Planner"  # as ui.app names the application: its settings and data folders
MOST_LOST_SECONDS = 30  # the promise: at most this much work lost
DRIVER = r"""
import json, sys, time
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui import app
from ui.main_window import MainWindow

qt = QApplication(sys.argv[:1])
qt.setOrganizationName("Benefit-Effort Planner")
qt.setApplicationName("Benefit-Effort Planner")
QSettings().setValue("autosave_seconds", 5)  # the user's setting: the shortest interval the app allows
QSettings().sync()
edits = 0

def edit():
    global edits
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    model = window.model
    from ui.table.model import column_of
    edits += 1
    rows = window.document.plan.initiatives
    model.setData(model.index(model.row_of_id("webcare"), column_of("title")), f"Edit {edits}", Qt.ItemDataRole.EditRole)
    rated = rows[edits % len(rows)].id
    model.setData(model.index(model.row_of_id(rated), column_of("benefit")), 1 + edits % 9 / 2, Qt.ItemDataRole.EditRole)
    state = {i.id: [i.title, i.benefit] for i in window.document.plan.initiatives}
    print(json.dumps({"time": time.time(), "edit": edits, "undo": window.undo_stack.index(), "state": state}), flush=True)

timer = QTimer()
timer.timeout.connect(edit)
timer.start(250)
sys.exit(app.main([sys.argv[1]]))
"""


def private_env(home: Path) -> dict[str, str]:
    """An environment whose settings, data and runtime folders are all under ``home``."""
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                      ("XDG_RUNTIME_DIR", "runtime"), ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(home / sub)
    return env


def test_the_default_autosave_interval_loses_at_most_30_seconds():
    """The interval the app autosaves at unless a user chose another."""
    assert AUTOSAVE_SECONDS <= MOST_LOST_SECONDS


def test_a_killed_app_leaves_a_recovery_copy_that_the_next_start_offers(qapp, tmp_path, monkeypatch):
    """SIGKILL mid-edit; a new window offers the copy, holding the plan as edited at most 30 s before the kill."""
    home = tmp_path / "home"
    plan_path = home / "plan.bep"
    home.mkdir()
    plan_file.save(sample_plan(), plan_path)
    recovery_dir = home / "data" / ORG / ORG / "recovery"
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as err:
        app = subprocess.Popen([sys.executable, "-c", DRIVER, str(plan_path)], env=private_env(home),
                               stdout=subprocess.PIPE, stderr=err, text=True)
    states = {}  # each state the plan went through, by the marker title the edit gave it
    try:
        began = time.monotonic()
        while True:
            assert time.monotonic() - began < 60, "no recovery copy within a minute"
            line = app.stdout.readline()
            assert line, errors.read_text()
            logged = json.loads(line)
            states[logged["state"]["webcare"][0]] = logged
            copies = list(recovery_dir.glob("*.bep"))
            if copies and _edits_since(copies[0], logged) >= 4:
                break  # autosaved, and edited further since: kill it mid-edit
        os.kill(app.pid, signal.SIGKILL)
        killed = time.time()
    finally:
        if app.poll() is None:
            app.kill()
        app.wait(timeout=30)
    assert app.returncode == -signal.SIGKILL
    plan_file.load(plan_path)  # the user's own file is whole, and was never written by autosave

    asked = []

    def yes(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", yes)
    second = MainWindow(data_dir=recovery_dir.parent, autosave=False)  # the next start, on the same folders
    try:
        second.files.offer_recovery()
        assert len(asked) == 1 and "closed unexpectedly" in asked[0] and "plan.bep" in asked[0]
        restored = second.document.plan
        marker = restored.initiative("webcare").title
        assert marker in states, marker  # the copy is one of the states the edits went through
        saved_at = states[marker]
        assert {i.id: [i.title, i.benefit] for i in restored.initiatives} == saved_at["state"]
        assert killed - saved_at["time"] <= MOST_LOST_SECONDS
        assert second.document.path == plan_path.resolve() and second.isWindowModified()
    finally:
        second.close_without_asking(remember_layout=False)
        second.deleteLater()


def _edits_since(copy: Path, logged: dict) -> int:
    """How many edits the log shows after the state the recovery copy holds (0 if it cannot be read yet)."""
    try:
        title = plan_file.load(copy).initiative("webcare").title
    except Exception:  # noqa: BLE001 - the app may be replacing it right now
        return 0
    return logged["edit"] - int(title.removeprefix("Edit ")) if title.startswith("Edit ") else 0
