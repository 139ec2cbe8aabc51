"""The whole suite runs in English, whatever language the machine running it speaks."""

from __future__ import annotations

import os
import sys

import pytest

# Before Qt or the core read them: QLocale.system() and the core's default follow these.
for _name in ("LC_MESSAGES", "LC_CTYPE"):
    os.environ.pop(_name, None)
# British English: English words, and metric paper (A4) as most of the suite's users have.
os.environ.update(LANG="en_GB.UTF-8", LC_ALL="en_GB.UTF-8", LANGUAGE="en")


@pytest.fixture(autouse=True)
def english():
    """Every test starts in English; one that switches to Dutch cannot leak it into the next."""
    yield
    from planner import language as core_language
    if "ui.language" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QLocale
        if QCoreApplication.instance() is not None and (core_language.current() != "en"
                                                        or QLocale() != QLocale.system()):
            sys.modules["ui.language"].apply("en")
            QLocale.setDefault(QLocale.system())  # apply("en") picks US English; the suite runs in the pinned one
    core_language.use("en")


@pytest.fixture
def dutch():
    """The core speaks Dutch for one test (tests/ui has its own, for the whole app); ``english`` restores it."""
    from planner import language as core_language
    core_language.use("nl")
