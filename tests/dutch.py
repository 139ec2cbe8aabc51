"""Tests that want Dutch: speak it with this checkout's catalogs, and English again afterwards."""

from __future__ import annotations

import contextlib
from pathlib import Path

from planner import language
from planner.formats import spreadsheet

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


@contextlib.contextmanager
def dutch(monkeypatch, window: bool = False):
    """Speak Dutch within the block. The catalogs are this checkout's: an editable install of
    another checkout would otherwise lend its own."""
    monkeypatch.setattr(language, "catalog_path", lambda code, kind="core", suffix="mo":
                        TRANSLATIONS / f"{kind}.{code}.{suffix}")
    spreadsheet._catalogs.cache_clear()
    apply = language.use
    if window:
        from ui import language as ui_language
        apply = ui_language.apply
    apply("nl")
    try:
        yield
    finally:
        apply("en")
        spreadsheet._catalogs.cache_clear()
