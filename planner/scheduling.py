"""Earliest and latest dates of each initiative under finish-to-start dependencies.

Calendar days, no working-day calendar. An initiative occupies the days
``start .. start + duration - 1``; its exclusive end is ``start + duration``, its finish the
last day of work (a milestone's finish is its start). Initiatives decided ``ignore`` are left
out, and a dependency through one is dropped with a warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from planner.dependency_graph import topological_order
from planner.errors import ScheduleError
from planner.language import _
from planner.model import Plan

_LAST_DAY = dt.date.max.toordinal()


class ScheduledInitiative(NamedTuple):
    """One initiative's dates. A named tuple: every edit that moves dates makes thousands, and
    one is made three times faster than a frozen dataclass."""

    id: str
    earliest_start: dt.date
    earliest_finish: dt.date
    latest_start: dt.date
    latest_finish: dt.date
    slack_days: int

    @property
    def critical(self) -> bool:
        return self.slack_days == 0


@dataclass(slots=True)
class Schedule:
    """The result of scheduling a plan: dates per initiative id, in topological order."""

    items: dict[str, ScheduledInitiative] = field(default_factory=dict)
    finish: dt.date | None = None  # the last day of work in the whole plan
    warnings: list[str] = field(default_factory=list)

    def critical_path(self) -> list[str]:
        """Return the ids with no slack, earliest first."""
        chain = [s for s in self.items.values() if s.critical]
        chain.sort(key=lambda s: s.earliest_start)
        return [s.id for s in chain]


def schedule(plan: Plan) -> Schedule:
    """Return the earliest/latest schedule of every initiative not decided ``ignore``.

    Raises DependencyCycleError naming a cycle, and ScheduleError when dates would run past
    the year 9999.
    """
    active = {item.id: item for item in plan.initiatives if item.decision != "ignore"}
    result = Schedule()
    edges: list[tuple[str, str, int]] = []
    titles = {item.id: item.title for item in plan.initiatives}
    for dep in plan.dependencies:
        if dep.from_ in active and dep.to in active:
            edges.append((dep.from_, dep.to, dep.lag_days))
        else:
            # Titles, as a person knows the initiatives; a plan's ids are for files and scripts.
            if dep.from_ not in active and dep.to not in active:
                warning = _("the dependency ‘{a}’ → ‘{b}’ is left out: both are decided ignore")
            else:
                warning = _("the dependency ‘{a}’ → ‘{b}’ is left out: ‘{parked}’ is decided ignore")
            parked = dep.from_ if dep.from_ not in active else dep.to
            result.warnings.append(warning.format(a=titles.get(dep.from_, dep.from_),
                                                  b=titles.get(dep.to, dep.to), parked=titles.get(parked, parked)))
    order = topological_order(active, ((a, b) for a, b, _lag in edges))

    incoming: dict[str, list[tuple[str, int]]] = {n: [] for n in active}
    outgoing: dict[str, list[tuple[str, int]]] = {n: [] for n in active}
    for a, b, lag in edges:
        incoming[b].append((a, lag))
        outgoing[a].append((b, lag))

    # Ordinal day numbers throughout; the loops run for every edit that moves dates, so they
    # keep lookups to a minimum.
    plan_start = plan.start.toordinal()
    duration = {n: item.duration_days for n, item in active.items()}
    es: dict[str, int] = {}
    ef: dict[str, int] = {}  # exclusive earliest end: es + duration
    for n in order:
        item = active[n]
        start = plan_start
        if item.fixed_start and item.start is not None:
            fixed = item.start.toordinal()
            if fixed > start:
                start = fixed
        for a, lag in incoming[n]:
            candidate = ef[a] + lag
            if candidate > start:
                start = candidate
        d = duration[n]
        if start + (d - 1 if d else 0) > _LAST_DAY:
            raise ScheduleError(_("{title} would run past {date}, the last date a plan can hold").format(
                title=item.title, date=dt.date.max.isoformat()))

        es[n] = start
        ef[n] = start + d

    end = max(ef.values(), default=plan_start)
    ls: dict[str, int] = {}
    for n in reversed(order):
        latest_end = end
        for b, lag in outgoing[n]:
            candidate = ls[b] - lag
            if candidate < latest_end:
                latest_end = candidate
        ls[n] = latest_end - duration[n]

    date = dt.date.fromordinal
    items = result.items
    for n in order:
        d, e, latest = duration[n], es[n], ls[n]
        # A milestone may lie on the exclusive end, the day after the last day of work; when
        # that work ends on 9999-12-31 there is no such day, so it keeps the last one there is.
        if latest > _LAST_DAY:
            latest = _LAST_DAY
        last = d - 1 if d else 0
        items[n] = ScheduledInitiative(n, date(e), date(e + last), date(latest), date(latest + last), latest - e)
    result.finish = max((s.earliest_finish for s in result.items.values()), default=None)
    return result
