"""Geometry of the roadmap: rows, span, time axis and headers, bars, arrows and pages. No Qt.

Dates are calendar days, as in ``scheduling``. On screen a day is a column ``px_per_day``
wide, x grows to the right and later days lie further right. The view only draws what these
functions return.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from planner import language
from planner.language import _, current, pgettext
from planner.model import DECISION_NAMES, Plan
from planner.scheduling import Schedule, ScheduledInitiative

GROUPINGS = ("lane", "decision", "owner", "objective")
# The initiative fields roadmap_rows reads: a change to one of them can regroup or reorder the rows.
ROW_FIELDS = ("title", "decision", "lane", "owner", "objectives")
UNITS = ("week", "month", "quarter", "half", "year")

# (unit of the lower header, pixels per day), widest first. Each lower-header cell is about
# 56–62 px wide: "Month 12" or "Week 52", the longest labels, fit with room to spare, and
# each step in is roughly twice to four times closer than the last.
ZOOM_LEVELS: tuple[tuple[str, float], ...] = (
    ("year", 0.16),     # a year 58 px
    ("half", 0.33),     # a half 60 px
    ("quarter", 0.66),  # a quarter 59–61 px
    ("month", 2.0),     # a month 56–62 px
    ("week", 8.0),      # a week 56 px, a day 8 px
)

_DECISION_GROUPS = ("build", "join", "undecided")
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def month_abbreviations() -> tuple[str, ...]:
    """Return January to December abbreviated in the language in use: "Jan" … "Dec", "jan" … "dec"."""
    return _labels(current())["months"]


def month_names() -> tuple[str, ...]:
    """Return January to December in full in the language in use."""
    return _labels(current())["month names"]


_LABELS: dict[str, tuple] = {}  # language → (the catalog the labels were made with, the labels)


def _labels(code: str) -> dict:
    """The period labels of language ``code``, made once per catalog: a week roadmap labels hundreds of periods."""
    catalog = language._translations  # a new object whenever language.use loads a catalog
    if _LABELS.get(code, (None,))[0] is not catalog:
        _LABELS[code] = catalog, {
            "months": (pgettext("month", "Jan"), pgettext("month", "Feb"), pgettext("month", "Mar"),
                       pgettext("month", "Apr"), pgettext("month", "May"), pgettext("month", "Jun"),
                       pgettext("month", "Jul"), pgettext("month", "Aug"), pgettext("month", "Sep"),
                       pgettext("month", "Oct"), pgettext("month", "Nov"), pgettext("month", "Dec")),
            "month names": (_("January"), _("February"), _("March"), _("April"), _("May"), _("June"), _("July"),
                            _("August"), _("September"), _("October"), _("November"), _("December")),
            # Counted from the plan's start ("Month 1") and their short forms for narrow cells ("M1").
            "relative": {"week": _("Week {n}"), "month": _("Month {n}"), "quarter": _("Q{n}"), "half": _("H{n}"),
                         "year": _("Year {n}")},
            "short": {"week": pgettext("short week", "W{n}"), "month": pgettext("short month", "M{n}"),
                      "quarter": pgettext("short quarter", "Q{n}"), "half": pgettext("short half", "H{n}"),
                      "year": pgettext("short year", "Y{n}")},
            # Calendar weeks, quarters and halves: "W53", "Q4", "H2".
            "week": pgettext("calendar week", "W{n}"), "quarter": pgettext("calendar quarter", "Q{n}"),
            "half": pgettext("calendar half", "H{n}"),
        }
    return _LABELS[code][1]
# A drag snaps to the finest unit that is at least this wide on screen: finer would jitter.
_SNAP_PX = 8.0
# Float division leaves x(day) a hair left of the day's edge; far below a pixel.
_EPSILON_DAYS = 1e-6
_FIRST_ORDINAL, _LAST_ORDINAL = dt.date.min.toordinal(), dt.date.max.toordinal()
# The default timeline leaves room around the work, so a bar moved a little earlier or made a
# little longer still lands on it, and a new plan shows half a year to fill.
SPAN_BEFORE_DAYS, SPAN_AFTER_DAYS, SPAN_MIN_DAYS = 14, 60, 180


# ---------------------------------------------------------------- rows

@dataclass(frozen=True, slots=True)
class Row:
    kind: str                  # "group" (a header) or "item"
    group: str                 # lane id ("" for no lane), decision, or owner ("" for none)
    label: str                 # a group's display name, an item's title
    initiative_id: str | None  # items only
    count: int = 0             # a group's initiatives, shown even when collapsed
    collapsed: bool = False    # groups only


def roadmap_rows(plan: Plan, grouping: str = "lane",
                 collapsed: frozenset[str] = frozenset()) -> tuple[list[Row], int]:
    """Return the rows in display order and how many initiatives are left off as decided ignore.

    Groups: by lane, the plan's lanes in order (empty ones too, so there is somewhere to drop
    an initiative) then "No lane"; by decision, Build, Join and Undecided, always all three for
    the same reason; by owner, the owners in case-insensitive order then "No owner". "No lane"
    and "No owner" appear only when they hold something. By objective, the plan's objectives in
    order then "No objective"; an initiative serving several is listed under the first of them
    in the plan's order, since each initiative has one row. Items keep plan order within a group;
    a group whose key is in ``collapsed`` contributes its header only.
    """
    if grouping not in GROUPINGS:
        raise ValueError(f"unknown grouping {grouping!r}; use one of {', '.join(GROUPINGS)}")
    shown = [item for item in plan.initiatives if item.decision != "ignore"]
    parked = len(plan.initiatives) - len(shown)
    if grouping == "lane":
        lane_ids = {lane.id for lane in plan.lanes}
        # A lane id that names no lane (possible only mid-edit) counts as no lane.
        keys = [item.lane if item.lane in lane_ids else "" for item in shown]
        groups = [(lane.id, lane.name or lane.id) for lane in plan.lanes] + [("", _("No lane"))]
        optional = {""}
    elif grouping == "decision":
        keys = [item.decision if item.decision in ("build", "join") else "undecided" for item in shown]
        groups, optional = [(key, _(DECISION_NAMES[key])) for key in _DECISION_GROUPS], set()
    elif grouping == "objective":
        order = {objective.id: n for n, objective in enumerate(plan.objectives)}
        keys = [min((o for o in item.objectives if o in order), key=order.__getitem__, default="")
                for item in shown]
        groups = [(o.id, o.name or o.id) for o in plan.objectives] + [("", _("No objective"))]
        optional = {""}
    else:
        # Owners are typed by hand: a stray space must not start a group of its own.
        keys = [item.owner.strip() for item in shown]
        owners = sorted({k for k in keys if k}, key=lambda o: (o.casefold(), o))
        groups = [(o, o) for o in owners] + [("", _("No owner"))]
        optional = {""}

    members: dict[str, list] = {k: [] for k, _label in groups}
    for k, item in zip(keys, shown):
        members[k].append(item)
    rows = []
    for k, label in groups:
        items = members[k]
        if not items and k in optional:
            continue
        folded = k in collapsed
        rows.append(Row("group", k, label, None, len(items), folded))
        if not folded:
            rows.extend(Row("item", k, item.title, item.id) for item in items)
    return rows, parked


# ---------------------------------------------------------------- periods and headers

@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date  # the first day
    end: dt.date    # the first day after the period; dt.date.max for the last period of 9999
    label: str
    # A shorter label for a cell too narrow for ``label`` ("M11" for "Month 11"); "" when none.
    short: str = field(default="", compare=False)

    @property
    def last(self) -> dt.date:
        """The period's last day: the day before ``end``, or 9999-12-31 for the period ending the calendar."""
        # No period starts on 9999-12-31 (a Friday, not the first of a month), so an ``end`` of
        # dt.date.max can only mean the day after it, which Python cannot hold.
        return self.end if self.end == dt.date.max else self.end - dt.timedelta(days=1)


def _thursday(day: dt.date) -> dt.date:
    # ISO 8601 gives a week to the year of its Thursday; the week header gives it to that month.
    return dt.date.fromordinal(min(day.toordinal() - day.weekday() + 3, _LAST_ORDINAL))


def _months(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _shift(unit: str, origin: dt.date | None) -> int:
    """Return the month that starts a relative quarter, half or year: the origin's month, modulo its length.

    A proposal's Q1 is its first three months and its Year 1 its first twelve, whatever the
    calendar says; calendar units (and months, weeks) keep a shift of 0.
    """
    if origin is None or unit not in ("quarter", "half", "year"):
        return 0
    return _months(origin) % _MONTHS_PER[unit]


def _index(unit: str, day: dt.date, shift: int = 0) -> int:
    """Return the number of the ``unit`` period holding ``day``, counted on from year 1."""
    if unit == "week":
        return (day.toordinal() - 1) // 7  # 0001-01-01 was a Monday
    if unit == "week-month":
        day = _thursday(day)
        unit = "month"
    return (_months(day) - shift) // _MONTHS_PER[unit]


def _start(unit: str, index: int, shift: int = 0) -> dt.date | None:
    """Return the first day of period ``index`` of ``unit``; None when it would be after 9999."""
    if unit == "week":
        ordinal = index * 7 + 1
        return dt.date.fromordinal(ordinal) if ordinal <= _LAST_ORDINAL else None
    months = index * _MONTHS_PER["month" if unit == "week-month" else unit] + shift
    year, month = divmod(months, 12)
    if year > dt.MAXYEAR:
        return None
    if year < dt.MINYEAR:  # a relative period reaching back before year 1 starts on its first day
        return dt.date.min
    first = dt.date(year, month + 1, 1)
    if unit == "week-month":  # the Monday of the week holding the month's first Thursday
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
        return thursday - dt.timedelta(days=3)
    return first


def _label(unit: str, index: int, start: dt.date, origin: dt.date | None, shift: int = 0) -> tuple[str, str]:
    """Return the period's label and its short form ("" when the label is short already)."""
    labels = _labels(current())
    if origin is not None:
        offset = index - _index(unit, origin, shift)
        number = offset + 1 if offset >= 0 else offset  # no period 0: Month -1 comes just before Month 1
        name = labels["relative"]["month" if unit == "week-month" else unit].format(n=number)
        short = labels["short"]["month" if unit == "week-month" else unit].format(n=number)
        return name, (short if short != name else "")
    if unit == "week":
        return labels["week"].format(n=start.isocalendar().week), ""
    if unit == "week-month":
        year, month = divmod(index, 12)
        return f"{labels['months'][month]} {year}", labels["months"][month]
    if unit == "month":
        return labels["months"][start.month - 1], ""
    if unit == "quarter":
        return labels["quarter"].format(n=(start.month - 1) // 3 + 1), ""
    if unit == "half":
        return labels["half"].format(n=(start.month - 1) // 6 + 1), ""
    return str(start.year), ""


def _periods(unit: str, first: dt.date, last: dt.date, origin: dt.date | None) -> list[Period]:
    result = []
    shift = _shift(unit, origin)
    lo, hi = _index(unit, first, shift), _index(unit, last, shift)
    start = _start(unit, lo, shift)
    for index in range(lo, hi + 1):
        # Python has no day after 9999-12-31, so the last period of 9999 stops a day short.
        end = _start(unit, index + 1, shift) or dt.date.max
        result.append(Period(start, end, *_label(unit, index, start, origin, shift)))
        start = end
    return result


def periods(unit: str, first: dt.date, last: dt.date, origin: dt.date | None = None) -> list[Period]:
    """Return the periods of ``unit`` covering ``first`` to ``last`` inclusive, in order.

    Weeks are ISO weeks from Monday ("W53"), months "Jan", quarters from January, April, July
    and October ("Q4"), halves "H1"/"H2", years "2027". With ``origin`` the labels count
    instead from the period holding it, which is 1 ("Month 1"; the one before it "Month -1",
    as there is no period 0), and quarters, halves and years start in the origin's month, so
    Q1 is the first three months counted from there and Year 1 the first twelve. Weeks and
    months stay calendar weeks and months. Empty when ``last`` is before ``first``.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}; use one of {', '.join(UNITS)}")
    return _periods(unit, first, last, origin) if first <= last else []


def header_rows(unit: str, first: dt.date, last: dt.date,
                origin: dt.date | None = None) -> tuple[list[Period], list[Period]]:
    """Return (upper, lower) header periods: ``periods(unit, …)`` under the next coarser unit.

    Months, quarters and halves sit under years ("2027", or "Year 1" with ``origin``); years
    have no upper row ([]). Weeks sit under months ("Jan 2027" or "Month 1"), but a month
    straddled by a week would split its cell, so a week belongs to the month of its Thursday,
    as ISO 8601 gives it the year of its Thursday: these months run Monday to Monday. Every
    lower period then lies within exactly one upper period.
    """
    lower = periods(unit, first, last, origin)
    if unit == "year" or not lower:
        return [], lower
    return _periods("week-month" if unit == "week" else "year", first, last, origin), lower


def content_span(plan: Plan, schedule: Schedule | None) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the plan's work: its start or first bar to its finish.

    Without a scheduled initiative, the plan's start alone.
    """
    first = last = plan.start
    if schedule is not None and schedule.items:
        first = min(first, min(s.earliest_start for s in schedule.items.values()))
        last = max(last, schedule.finish)
    return first, last


def picture_span(unit: str, plan: Plan, schedule: Schedule | None,
                 relative: bool = False) -> tuple[dt.date, dt.date]:
    """Return the days a picture or a workbook shows by default: content_span in whole ``unit`` periods.

    Rounded out to the periods holding the first and last day of the work and no further, so
    no empty period is added on either side; relative periods start in the plan's start month.
    """
    first, last = content_span(plan, schedule)
    lower = periods(unit, first, last, plan.start if relative else None)
    return lower[0].start, lower[-1].last


def timeline_span(plan: Plan, schedule: Schedule | None) -> tuple[dt.date, dt.date]:
    """Return the first and last day a roadmap shows unless a range is chosen.

    From SPAN_BEFORE_DAYS before the plan start or the first bar, whichever is earlier, to
    SPAN_AFTER_DAYS after the schedule's finish or SPAN_MIN_DAYS after the plan start, whichever
    is later. The window shows this span, with room to drag a bar a little earlier or later;
    the pictures and the workbook show the tighter picture_span. It stops at the first and the
    last day Python holds.
    """
    first = plan.start.toordinal() - SPAN_BEFORE_DAYS
    last = plan.start.toordinal() + SPAN_MIN_DAYS
    if schedule is not None and schedule.items:
        first = min(first, min(s.earliest_start for s in schedule.items.values()).toordinal() - SPAN_BEFORE_DAYS)
        last = max(last, schedule.finish.toordinal() + SPAN_AFTER_DAYS)
    return (dt.date.fromordinal(min(max(first, _FIRST_ORDINAL), _LAST_ORDINAL)),
            dt.date.fromordinal(min(max(last, _FIRST_ORDINAL), _LAST_ORDINAL)))


# ---------------------------------------------------------------- zoom and snapping

def snap_unit(px_per_day: float) -> str:
    """Return what drags snap to at this zoom: "day", "week" or "month", the finest >= 8 px wide."""
    if px_per_day >= _SNAP_PX:
        return "day"
    return "week" if 7 * px_per_day >= _SNAP_PX else "month"


def snap_date(day: dt.date, unit: str) -> dt.date:
    """Return the start of a day, ISO week (Monday) or month nearest ``day``.

    A tie (the 16th of a 30-day month, the 15th of February) goes to the later start, as ties
    go up in the matrix. Past the last Monday or month of 9999 the earlier start is the only one.
    """
    if unit == "day":
        return day
    if unit == "week":
        before = day - dt.timedelta(days=day.weekday())
        after_ordinal = before.toordinal() + 7
    elif unit == "month":
        before = day.replace(day=1)
        after = _start("month", _index("month", day) + 1)
        after_ordinal = after.toordinal() if after else _LAST_ORDINAL + 1
    else:
        raise ValueError(f"unknown snap unit {unit!r}; use day, week or month")
    ordinal = day.toordinal()
    if after_ordinal <= _LAST_ORDINAL and after_ordinal - ordinal <= ordinal - before.toordinal():
        return dt.date.fromordinal(after_ordinal)
    return before


def fit_zoom(first: dt.date, last: dt.date, width_px: float) -> tuple[str, float]:
    """Return the closest zoom level at which ``first`` to ``last`` inclusive fits ``width_px``.

    The widest level when none fits.
    """
    days = max((last - first).days + 1, 1)
    fitting = [level for level in ZOOM_LEVELS if days * level[1] <= width_px]
    return fitting[-1] if fitting else ZOOM_LEVELS[0]


class TimeAxis:
    """Maps days to x positions and back: day ``origin`` starts at ``left``."""

    def __init__(self, origin: dt.date, px_per_day: float, left: float = 0.0):
        if not px_per_day > 0:  # NaN fails too
            raise ValueError(f"px_per_day must be above 0, not {px_per_day}")
        self.origin, self.px_per_day, self.left = origin, px_per_day, left
        self._origin = origin.toordinal()

    def x(self, day: dt.date) -> float:
        """Return the x of the left edge of ``day``'s column."""
        return self.left + (day.toordinal() - self._origin) * self.px_per_day

    def x_after(self, day: dt.date) -> float:
        """Return the x of the right edge of ``day``'s column, also for 9999-12-31, which has no day after it."""
        return self.x(day) + self.px_per_day

    def day_at(self, x: float) -> dt.date:
        """Return the day whose column holds ``x``; off either end of the calendar, its first or last day."""
        offset = math.floor((x - self.left) / self.px_per_day + _EPSILON_DAYS)
        return dt.date.fromordinal(min(max(self._origin + offset, _FIRST_ORDINAL), _LAST_ORDINAL))


# ---------------------------------------------------------------- bars and arrows

def bar_span(item: ScheduledInitiative, milestone: bool) -> tuple[dt.date, dt.date | None]:
    """Return (first day, last day) of the item's bar; a milestone gives (day, None): a point, not a bar.

    ``milestone`` is needed because a schedule cannot tell a milestone from a one-day task:
    both finish on the day they start. The last day rather than the day after it, which
    9999-12-31 does not have.
    """
    return item.earliest_start, None if milestone else item.earliest_finish


def bar_xs(axis: TimeAxis, item: ScheduledInitiative, milestone: bool) -> tuple[float, float]:
    """Return the x of the left and right end of the item's bar; equal for a milestone."""
    first, last = bar_span(item, milestone)
    return axis.x(first), axis.x(first) if last is None else axis.x_after(last)


def dependency_conflicts(plan: Plan, schedule: Schedule) -> dict[tuple[str, str], int]:
    """Return, per dependency (from, to), how many days too early ``to``'s fixed start is pinned.

    A dependency allows ``to`` to start on the day after ``from``'s earliest finish plus
    ``lag_days``, or on a milestone's day plus the lag. Only pins earlier than that are
    returned (the scheduler pushed those later); dependencies with an end not in the
    schedule are skipped.
    """
    items = {item.id: item for item in plan.initiatives}
    scheduled = schedule.items
    result = {}
    for dep in plan.dependencies:
        before, after = scheduled.get(dep.from_), scheduled.get(dep.to)
        if before is None or after is None or dep.from_ not in items or dep.to not in items:
            continue
        pinned = items[dep.to]
        if not (pinned.fixed_start and pinned.start is not None):
            continue
        finish = before.earliest_finish.toordinal() + (0 if items[dep.from_].is_milestone else 1)
        allowed = finish + dep.lag_days
        days = allowed - pinned.start.toordinal()
        if days > 0:
            result[(dep.from_, dep.to)] = days
    return result
