"""Dates and numbers in sentences: unchanged in English, the Dutch way in Dutch."""

from __future__ import annotations

import datetime as dt

from planner import prose


def test_english_keeps_iso_dates_and_dot_decimals():
    """English prose writes what the app has always printed."""
    assert prose.date(dt.date(2027, 1, 4)) == "2027-01-04"
    assert prose.month(dt.date(2027, 3, 9)) == "March 2027"
    assert (prose.number(2.5), prose.number(3.0), prose.count(10_000)) == ("2.5", "3", "10,000")


def test_dutch_writes_dates_and_numbers_as_dutch_readers_do(dutch):
    """Dutch prose: "4 jan 2027", "maart 2027", "2,5", "10.000"."""
    assert prose.date(dt.date(2027, 1, 4)) == "4 jan 2027"
    assert prose.date(dt.date(2027, 3, 30)) == "30 mrt 2027"
    assert prose.month(dt.date(2027, 3, 9)) == "maart 2027"
    assert (prose.number(2.5), prose.number(3.0), prose.count(10_000)) == ("2,5", "3", "10.000")
