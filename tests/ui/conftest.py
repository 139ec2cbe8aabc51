"""Qt test set-up: headless, with settings and data folders that never touch the user's own."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from planner.document import Document  # noqa: E402
from planner.samples import sample_plan  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Point every QSettings at a throw-away folder, so no test reads or writes real preferences."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield folder


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite: make it fail the test instead.

    Tests that expect a question replace these with their own answer.
    """
    def refuse(*args, **kwargs):
        raise AssertionError(f"an unexpected dialog opened: {args[1:3]}")
    for name in ("question", "warning", "critical", "information", "exec"):
        monkeypatch.setattr(QMessageBox, name, refuse)


@pytest.fixture
def document():
    """The sample plan, opened."""
    return Document(sample_plan())


@pytest.fixture
def undo_stack(qapp):
    return QUndoStack()


@pytest.fixture
def new_window(qapp, tmp_path):
    """Make main windows sharing one data folder; close them at the end without questions.

    Not registered with qtbot: its close runs before fixture teardown and would ask about
    whatever a test left unsaved.
    """
    from ui.main_window import MainWindow
    made = []

    def make():
        made.append(MainWindow(data_dir=tmp_path / "data", autosave=False))
        return made[-1]
    yield make
    for w in made:
        w.close_without_asking(remember_layout=False)
        w.deleteLater()


@pytest.fixture
def window(new_window):
    """A main window with the sample plan open (not shown)."""
    w = new_window()
    w.open_sample()
    return w


@pytest.fixture
def dutch(qapp):
    """The whole app in Dutch for one test: window, Qt's own texts, QLocale and the core's messages.

    The suite-wide ``english`` fixture (tests/conftest.py) puts English back afterwards.
    """
    from ui import language
    language.apply("nl")
