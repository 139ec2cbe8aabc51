"""Tests that want Dutch: speak it within a block, and English again afterwards."""

from __future__ import annotations

import contextlib

from planner import language


@contextlib.contextmanager
def dutch(window: bool = False):
    """Speak Dutch within the block: the core, and with ``window`` Qt's catalogs and QLocale too."""
    apply = language.use
    if window:
        from ui import language as ui_language
        apply = ui_language.apply
    apply("nl")
    try:
        yield
    finally:
        apply("en")
