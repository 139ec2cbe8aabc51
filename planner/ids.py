"""Ids made from names: the one way the app, the import and the strategy frame make them."""

from __future__ import annotations

import re
from collections.abc import Container


def slug(text: str, fallback: str) -> str:
    """Return ``text`` as an id: ``"Webcare team!"`` → ``"webcare-team"``, ``fallback`` if nothing is left."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or fallback


def new_id(text: str, taken: Container[str], fallback: str = "item",
           numbers: dict[str, int] | None = None) -> str:
    """Return the slug of ``text`` not in ``taken``, numbered from 2 when it is: ``"kpi"``, ``"kpi-2"``, …

    ``numbers`` remembers, per slug, the number to try next, so that making many ids from one
    title stays linear instead of trying 2, 3, … again for each.
    """
    base = slug(text, fallback)
    candidate, n = base, 2
    if base in taken and numbers is not None:
        n = numbers.get(base, 2)
        candidate, n = f"{base}-{n}", n + 1
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    if numbers is not None and candidate != base:
        numbers[base] = n
    return candidate


def unique_id(text: str, taken: set[str], fallback: str = "item",
              numbers: dict[str, int] | None = None) -> str:
    """Return ``new_id(text, taken, fallback, numbers)`` and add it to ``taken``, for making several in a row."""
    made = new_id(text, taken, fallback, numbers)
    taken.add(made)
    return made
