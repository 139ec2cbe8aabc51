"""The limits and field rules of a plan, each stated once.

A check takes one value (or a small record) and returns what is wrong with it as one sentence,
or None. The plan file's validation, the edits and the spreadsheet import put that sentence in
their own place and error type (``initiatives[3].benefit: …``, ``row 7, benefit: …``, a
PlanError), and the widgets take their ranges from the limits, so a value one of them accepts
the others accept too.
"""

from __future__ import annotations

import json
import math
import re

from planner.language import _, pgettext
from planner.model import (
    BIG_BET, DECISIONS, FILL_IN, MONEY_PIT, OBJECTIVE_KINDS, QUICK_WIN, READINESS_ITEMS, READINESS_STATUSES,
    TECHNOGRAPHICS, VALUE_DISCIPLINES, Scale,
)

# Limits that keep a typo from becoming a plan nobody can schedule or draw.
MAX_DURATION_DAYS = 36_500  # a century
MAX_LAG_DAYS = 36_500
MAX_SCALE_MAGNITUDE = 1_000_000  # also the most an effort weight or a monthly capacity can be
MAX_TEXT_LENGTH = 100_000
MAX_QUADRANT_NAME_LENGTH = 40  # a name has to fit in a table cell and a matrix corner
MAX_SHARE = 100  # an audience's share of a technographic group, in per cent


def is_number(value) -> bool:
    """True for a finite int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def number_text(value) -> str:
    """A number as a sentence shows it: ``7``, ``2.5``, ``1e+300``."""
    return f"{value:g}" if isinstance(value, float) else str(value)


# JSON escapes the C0 controls; DEL, the C1 controls (U+0085 is a line break to some readers)
# and the Unicode line and paragraph separators it leaves as they are.
_LINE_BREAKERS = {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029]}


def shown(value) -> str:
    """A value as a sentence quotes it, on one line and at most 40 characters: ``"maybe"``, ``5``."""
    try:
        text = json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKERS)
    except (TypeError, ValueError):  # not a JSON value: only an edit made in code can hold one
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text) -> str:
    """``text`` (a file name, or a whole message line) with every character that could break the
    line or the terminal escaped: ``a\\nb``; a byte the file system's encoding could not decode
    (Python keeps it as a lone surrogate) as ``\\xff``. Printable text, backslashes included, is
    left as it is, so an ordinary path reads as typed."""
    return _UNPRINTABLE.sub(_escaped, str(text))


def _escaped(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    if ch in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[ch]
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape of the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def scale_range(scale: Scale) -> str:
    """``1–5``."""
    return f"{number_text(scale.min)}–{number_text(scale.max)}"


# ---------------------------------------------------------------- initiatives

def title_problem(title: str) -> str | None:
    return None if title.strip() else _("an initiative needs a title")


def text_problem(text: str) -> str | None:
    if len(text) <= MAX_TEXT_LENGTH:
        return None
    return _("the text is longer than {limit} characters").format(limit=MAX_TEXT_LENGTH)


def writable_problem(text: str) -> str | None:
    """Text that cannot be saved as UTF-8: a lone surrogate (JSON's ``"\\ud800"``, or bytes the
    command line could not decode), which would fail every save, export and print later."""
    if text.isascii():
        return None  # the common case, checked without encoding
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        return _("the text holds a character that cannot be written (U+{code} at position {position})").format(
            code=f"{ord(text[e.start]):04X}", position=e.start + 1)
    return None


def rating_problem(value, scale: Scale) -> str | None:
    """A rating (benefit, an effort, a running effort) or a threshold outside the plan's scale."""
    if is_number(value) and scale.min <= value <= scale.max:
        return None
    return _("{value} is outside the scale {range}").format(value=number_text(value), range=scale_range(scale))


def choice_problem(value, choices, what: str) -> str | None:
    """A value that is not one of ``choices``: ``"maybe" is not a decision (use one of …)``.

    ``what`` names the kind of value; each kind has its own sentence, as other languages need.
    """
    if value in choices:
        return None
    sentences = {
        "decision": _("{value} is not a decision (use one of {choices})"),
        "value discipline": _("{value} is not a value discipline (use one of {choices})"),
        "readiness item": _("{value} is not a readiness item (use one of {choices})"),
        "readiness status": _("{value} is not a readiness status (use one of {choices})"),
        "objective kind": _("{value} is not an objective kind (use one of {choices})"),
        "technographic group": _("{value} is not a technographic group (use one of {choices})"),
        "round state": _("{value} is not a round state (use one of {choices})"),
        "criterion": _("{value} is not a criterion (use one of {choices})"),
    }
    sentence = sentences.get(what) or _("{value} is not allowed here (use one of {choices})")
    return sentence.format(value=shown(value), choices=", ".join(choices))


def decision_problem(value) -> str | None:
    return choice_problem(value, DECISIONS, "decision")


def duration_problem(days) -> str | None:
    if isinstance(days, int) and not isinstance(days, bool) and 0 <= days <= MAX_DURATION_DAYS:
        return None
    return _("{days} days is not a duration (use 0 to {limit})").format(days=days, limit=MAX_DURATION_DAYS)


def fixed_start_problem(fixed_start: bool, start) -> str | None:
    return _("a fixed start needs a start date") if fixed_start and start is None else None


def already_used(value: str, place: str) -> str:
    """An id a file gives twice: ``"webcare" is already used by initiatives[2]``."""
    return _("\"{id}\" is already used by {place}").format(id=value, place=place)


def reference_problem(value, known, what: str) -> str | None:
    """An id that names no lane or initiative of the plan: ``no lane has the id "x"``."""
    if value in known:
        return None
    sentence = {"initiative": _("no initiative has the id {value}"), "lane": _("no lane has the id {value}"),
                "round": _("no round has the id {value}")}.get(what) or _("nothing has the id {value}")
    return sentence.format(value=shown(value))


def link_problem(value, known, what: str) -> str | None:
    """An objective or audience an initiative lists that the plan lacks."""
    if value in known:
        return None
    sentence = {"objective": _("there is no objective {value}"),
                "audience": _("there is no audience {value}")}.get(what) or _("there is no {value}")
    return sentence.format(value=shown(value))


# ---------------------------------------------------------------- dependencies

def lag_problem(days) -> str | None:
    if isinstance(days, int) and not isinstance(days, bool) and abs(days) <= MAX_LAG_DAYS:
        return None
    return _("{days} days is not a lag (use -{limit} to {limit})").format(days=days, limit=MAX_LAG_DAYS)


def self_dependency_problem(from_: str, to: str, name: str) -> str | None:
    """``name`` is how the sentence calls the initiative: its id in a file, its title in the app."""
    return _("{name} cannot depend on itself").format(name=shown(name)) if from_ == to else None


# ---------------------------------------------------------------- settings

def scale_bound_problem(value) -> str | None:
    if abs(value) <= MAX_SCALE_MAGNITUDE:
        return None
    return _("{value} is too large for a rating scale").format(value=number_text(value))


def scale_max_problem(low, high) -> str | None:
    if high > low:
        return None
    return _("{high} must be greater than the minimum {low}").format(high=number_text(high), low=number_text(low))


def scale_step_problem(step, low, high) -> str | None:
    if 0 < step <= high - low:
        return None
    return _("{step} must be above 0 and at most the scale's width {width}").format(
        step=number_text(step), width=number_text(high - low))


def weight_problem(value) -> str | None:
    if is_number(value) and 0 <= value <= MAX_SCALE_MAGNITUDE:
        return None
    return _("{value} is not a weight (use a number from 0 up)").format(value=number_text(value))


def weights_problem(technical, organisational) -> str | None:
    return _("the two effort weights cannot both be 0") if technical + organisational == 0 else None


def quadrant_name_problem(name, quadrant: str) -> str | None:
    """``quadrant`` is the quadrant as the model names it (``"big bet"``)."""
    if not isinstance(name, str) or not name.strip():
        return _("the {quadrant} quadrant needs a name").format(quadrant=_quadrant(quadrant))
    if len(name) > MAX_QUADRANT_NAME_LENGTH:
        return _("the name of the {quadrant} quadrant is longer than {limit} characters").format(
            quadrant=_quadrant(quadrant), limit=MAX_QUADRANT_NAME_LENGTH)
    return None


def _quadrant(quadrant: str) -> str:
    """The quadrant as a sentence about its name calls it."""
    names = {QUICK_WIN: pgettext("quadrant", "quick win"), BIG_BET: pgettext("quadrant", "big bet"),
             FILL_IN: pgettext("quadrant", "fill-in"), MONEY_PIT: pgettext("quadrant", "money pit")}
    return names.get(quadrant, quadrant)


# ---------------------------------------------------------------- the strategy frame

def value_discipline_problem(value) -> str | None:
    return choice_problem(value, VALUE_DISCIPLINES, "value discipline")


def capacity_problem(value) -> str | None:
    if value is None or (is_number(value) and 0 <= value <= MAX_SCALE_MAGNITUDE):
        return None
    return _("{value} is not a monthly capacity (use a number from 0 up)").format(value=number_text(value))


def readiness_item_problem(item) -> str | None:
    return choice_problem(item, tuple(READINESS_ITEMS), "readiness item")


def readiness_status_problem(status) -> str | None:
    return choice_problem(status, READINESS_STATUSES, "readiness status")


def id_problem(value: str) -> str | None:
    return None if value.strip() else _("an id cannot be empty")


def name_problem(name: str, what: str) -> str | None:
    """An objective, KPI or audience without a name: ``an objective needs a name``."""
    if name.strip():
        return None
    return {"objective": _("an objective needs a name"), "KPI": _("a KPI needs a name"),
            "audience": _("an audience needs a name"), "round": _("a round needs a name")}.get(what) \
        or _("a name is needed")


def objective_kind_problem(kind) -> str | None:
    return choice_problem(kind, OBJECTIVE_KINDS, "objective kind")


def technographic_problem(group) -> str | None:
    return choice_problem(group, TECHNOGRAPHICS, "technographic group")


def share_problem(share) -> str | None:
    if share is None or (is_number(share) and 0 <= share <= MAX_SHARE):
        return None
    return _("{value} is outside 0–{limit}").format(value=number_text(share), limit=MAX_SHARE)

