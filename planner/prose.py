"""Dates and numbers as the core's sentences write them for people, in the language in use.

English keeps the forms the app has always printed (ISO dates, ``2.5``); Dutch writes them the
way a Dutch reader does (``4 jan 2027``, ``2,5``), as the window's QLocale does. Files, CSV and
other output meant for programs never come here: they stay ISO and dot-decimal.
"""

from __future__ import annotations

import datetime as dt
import errno
import os

from planner import language
from planner.language import N_, _

_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
              "oktober", "november", "december")
_SHORT_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def date(day: dt.date) -> str:
    """``2027-01-04`` in English, ``4 jan 2027`` in Dutch."""
    if language.current() == "nl":
        return f"{day.day} {_SHORT_MONTHS_NL[day.month - 1]} {day.year}"
    return day.isoformat()


def month(day: dt.date) -> str:
    """The month ``day`` falls in: ``March 2027``, ``maart 2027``."""
    names = _MONTHS_NL if language.current() == "nl" else _MONTHS_EN
    return f"{names[day.month - 1]} {day.year}"


def number(value: float) -> str:
    """``2.5`` in English, ``2,5`` in Dutch; whole numbers without decimals, as ``{:g}`` writes them."""
    text = f"{value:g}"
    return text.replace(".", ",") if language.current() == "nl" else text


def count(n: int) -> str:
    """A large whole number with its thousands marked: ``10,000`` in English, ``10.000`` in Dutch."""
    text = f"{n:,}"
    return text.replace(",", ".") if language.current() == "nl" else text


# The system's own sentence for these is English whatever the language: the C library's, not ours.
# The English here is what Linux says, so English output reads as it always has.
_SYSTEM_PROBLEMS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.EISDIR: N_("Is a directory"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.EEXIST: N_("File exists"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EDQUOT: N_("Disk quota exceeded"),
    errno.EROFS: N_("Read-only file system"),
    errno.ENAMETOOLONG: N_("File name too long"),
    errno.EBUSY: N_("Device or resource busy"),
    errno.EMFILE: N_("Too many open files"),
    errno.EIO: N_("Input/output error"),
    errno.EADDRINUSE: N_("Address already in use"),
    errno.ECONNREFUSED: N_("Connection refused"),
}


def system_problem(error: OSError) -> str:
    """What went wrong in a file or network call, in the language in use: ``No such file or directory``."""
    known = _SYSTEM_PROBLEMS.get(error.errno)
    # Only the system's own sentence is replaced; one the app wrote itself is already translated.
    if known is not None and (not error.strerror or error.strerror == os.strerror(error.errno)):
        return _(known)
    return error.strerror or str(error) or type(error).__name__


def severity(key: str) -> str:
    """What a line on standard error starts with: ``error:``, ``warning:`` or ``info:``, in the
    language in use. Scripts go by the exit status, so the prefix may speak Dutch."""
    if key == "error":
        return _("error:")
    if key == "warning":
        return _("warning:")
    return _("info:")
