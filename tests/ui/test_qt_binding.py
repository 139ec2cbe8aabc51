"""The installed Qt binding is one the app can run on for hours."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_calls_do_not_leak_references_to_none():
    """PySide6 6.12.0 drops a reference to None on each void call; on 3.11 that aborts the app.

    pyproject.toml keeps that release out; this catches any later one with the same fault.
    """
    probe = QObject()
    probe.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10
