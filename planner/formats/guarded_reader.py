"""The one guarded door for the JSON files the core opens: plans, lock files and recovery copies.

Every such file is checked to be a regular file before it is opened (a FIFO would block the
reader forever, ``/dev/zero`` never ends), read up to a size limit, and parsed with its nesting
bounded, so a hostile or broken file costs one clear sentence, never a hang, a MemoryError or
a RecursionError.
"""

from __future__ import annotations

import json
import os
import re
import stat

from planner.errors import PlanFileError
from planner.language import _

# The largest plan the app reads. A 5,000-initiative plan is about 5 MB, so ten times that
# leaves room for long descriptions while keeping a hostile file from taking gigabytes of memory
# (decoded JSON takes 30-60 times its size in Python objects).
MAX_PLAN_BYTES = 50 * 1024 * 1024
# A lock file is one line of JSON; a recovery copy is a plan.
MAX_LOCK_BYTES = 64 * 1024
# A plan nests about six levels deep (plan, objectives, a KPI, …); unknown keys a newer app wrote
# may add a few. Deeper than this is not a plan, and would exhaust the stack when written again.
MAX_DEPTH = 64

_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[{]|[\]}]', re.DOTALL)


def read_regular(path: str | os.PathLike, limit: int = MAX_PLAN_BYTES) -> bytes:
    """Return the bytes of the regular file at ``path``; raise PlanFileError or OSError.

    A FIFO, device or folder is refused before it is read, and a file over ``limit`` bytes is
    refused having read at most ``limit + 1`` of them.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise PlanFileError("", _kind(info.st_mode))
    # O_NONBLOCK: should a FIFO take the file's place between the check and the open, the open
    # returns at once instead of waiting for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PlanFileError("", _("this is not a regular file"))
        if info.st_size > limit:
            raise PlanFileError("", _too_large(limit))
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # the file grew while being read
        raise PlanFileError("", _too_large(limit))
    return data


def nesting_problem(text: str, limit: int = MAX_DEPTH) -> str | None:
    """Return a sentence if the JSON ``text`` nests deeper than ``limit``, else None."""
    if text.count("[") + text.count("{") <= limit:
        return None  # too few brackets to nest that deep: skip the scan
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return _("the file nests too deeply to be a plan")
        elif token in "]}":
            depth -= 1
    return None


def loads_bounded(text: str, limit: int = MAX_DEPTH, **options):
    """Return ``json.loads(text, **options)``, refusing nesting deeper than ``limit`` first.

    Raises PlanFileError for the nesting and json.JSONDecodeError (a ValueError) for bad JSON.
    """
    if (problem := nesting_problem(text, limit)) is not None:
        raise PlanFileError("", problem)
    return json.loads(text, **options)


def _too_large(limit: int) -> str:
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    return _("the file is larger than {size}, more than such a file ever needs").format(size=size)


def not_a_file(path: str | os.PathLike) -> str | None:
    """Return a sentence when ``path`` is a pipe, device, socket or folder rather than a regular file."""
    mode = os.stat(path).st_mode
    return None if stat.S_ISREG(mode) else _kind(mode)


def _kind(mode: int) -> str:
    """The sentence refusing what is not a regular file, naming what it is."""
    if stat.S_ISDIR(mode):
        return _("this is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return _("this is a pipe, not a file")
    if stat.S_ISSOCK(mode):
        return _("this is a socket, not a file")
    return _("this is a device, not a file")

