"""The board pack's content: what each section says, as text and tables, without drawing it.

A board reads the pack in ten minutes, so each section answers one question: what we want
(the strategy), where the ideas fall (the matrix), what we chose and in which order (the ranked
table), when it happens (the roadmap) and what is still wrong (plan health). The matrix and the
roadmap are pictures the desktop package draws; here they get only the sentence under their
heading. ui/board_pack.py lays all of it out on pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.health import plan_health
from planner.language import N_, _, current, ngettext
from planner.model import (DECISION_NAMES, DISCIPLINE_NAMES, OBJECTIVE_KIND_NAMES, OBJECTIVE_KINDS, QUICK_WIN,
                           TECHNOGRAPHIC_NAMES, Kpi, Plan)
from planner.roadmap_layout import month_abbreviations, month_names
from planner.scheduling import Schedule
from planner.scoring import initiative_scores, plan_ranks

CHOSEN = ("build", "join")  # the decisions that commit the organisation to work
SEVERITY_NAMES = {"error": N_("Error"), "warning": N_("Warning"), "info": N_("Note")}
NO_VALUE = "—"


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph; ``style`` is "body", "lead" (larger, first on a page) or "note" (smaller, grey)."""

    text: str
    style: str = "body"


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of cells under a header row; the painter sizes the columns to what they hold."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    right: frozenset[int] = frozenset()  # columns aligned right (numbers, ranks)
    title: str = ""  # a small heading over the table


@dataclass(frozen=True, slots=True)
class Section:
    """One entry of the table of contents; ``key`` names the pictures the painter adds (matrix, roadmap)."""

    key: str
    title: str
    blocks: tuple[Text | Table, ...] = ()


@dataclass(frozen=True, slots=True)
class Cover:
    title: str
    ambition: str
    discipline: str  # "" when none is chosen
    made: str  # the date the pack was made, in words
    facts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BoardPack:
    cover: Cover
    sections: tuple[Section, ...] = field(default_factory=tuple)


def board_pack(plan: Plan, schedule: Schedule | None, today: dt.date | None = None,
               schedule_problem: str | None = None) -> BoardPack:
    """Return the cover and sections of ``plan``'s board pack, as of ``today`` (default: today).

    ``schedule`` is None when the plan cannot be scheduled; ``schedule_problem`` then says why,
    and the dates are left blank rather than guessed.
    """
    today = today or dt.date.today()
    return BoardPack(_cover(plan, schedule, today), (
        Section("strategy", _("Strategy"), strategy_blocks(plan)),
        Section("matrix", _("Benefit and effort"), _matrix(plan)),
        Section("initiatives", _("Chosen initiatives, ranked"), _initiatives(plan, schedule)),
        Section("roadmap", _("Roadmap"), _roadmap(plan, schedule, schedule_problem)),
        Section("health", _("Plan health"), _health(plan, schedule)),
    ))


def long_date(day: dt.date) -> str:
    """A date as a board reads it: "4 January 2027", "4 januari 2027"."""
    return f"{day.day} {month_names()[day.month - 1]} {day.year}"


def short_date(day: dt.date | None) -> str:
    """A date in a table cell: "4 Jan 2027", "4 jan 2027"; a dash for no date."""
    return NO_VALUE if day is None else f"{day.day} {month_abbreviations()[day.month - 1]} {day.year}"


def number_text(value: float | None) -> str:
    """A number without a needless ".0", with thousands separated: 1,200 and 1.5 (1.200 and 1,5 in Dutch)."""
    if value is None:
        return NO_VALUE
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return text.translate(str.maketrans(",.", ".,")) if current() == "nl" else text


# ------------------------------------------------------------ cover


def _cover(plan: Plan, schedule: Schedule | None, today: dt.date) -> Cover:
    strategy = plan.strategy
    discipline = "" if strategy.value_discipline == "none" else _discipline(strategy.value_discipline)
    items = plan.initiatives
    chosen = sum(item.decision in CHOSEN for item in items)
    facts = [ngettext("{n} initiative, {chosen} chosen to build or join",
                      "{n} initiatives, {chosen} chosen to build or join", len(items)).format(n=len(items), chosen=chosen)]
    span = _span(schedule)
    if span:
        facts.append(_("Runs from {first} to {last}").format(first=long_date(span[0]), last=long_date(span[1])))
    else:
        facts.append(_("Starts {day}").format(day=long_date(plan.start)))
    return Cover(plan.title, strategy.ambition.strip(), discipline, long_date(today), tuple(facts))


def _g(value: float) -> str:
    return f"{value:g}".replace(".", ",") if current() == "nl" else f"{value:g}"


def _discipline(key: str) -> str:
    return _(DISCIPLINE_NAMES[key]) if key in DISCIPLINE_NAMES else ""


def _span(schedule: Schedule | None) -> tuple[dt.date, dt.date] | None:
    if schedule is None or not schedule.items:
        return None
    return min(s.earliest_start for s in schedule.items.values()), schedule.finish


# ------------------------------------------------------------ strategy


def strategy_blocks(plan: Plan) -> tuple[Text | Table, ...]:
    """The strategy on a page: ambition, value discipline, capacity, objectives with KPIs, audiences."""
    strategy = plan.strategy
    blocks: list[Text | Table] = []
    if strategy.ambition.strip():
        blocks.append(Text(strategy.ambition.strip(), "lead"))
    discipline = _discipline(strategy.value_discipline)
    if strategy.value_discipline != "none" and discipline:
        blocks.append(Text(_("Value discipline: {discipline}.").format(discipline=discipline)))
    if strategy.monthly_capacity is not None:
        blocks.append(Text(_("Capacity: {capacity} organisational effort a month to keep launched initiatives "
                             "running.").format(capacity=number_text(strategy.monthly_capacity))))
    if plan.objectives:
        rows = []
        for objective in plan.objectives:
            kind = _(OBJECTIVE_KIND_NAMES[objective.kind]).lower() if objective.kind in OBJECTIVE_KINDS[:-1] else ""
            name = objective.name + (f" ({kind})" if kind else "")
            kpis = objective.kpis or [None]
            for n, kpi in enumerate(kpis):
                first = name if n == 0 else ""
                if kpi is None:
                    rows.append((first, _("No KPI yet"), NO_VALUE, NO_VALUE))
                else:
                    rows.append((first, kpi.name, _measure(kpi, kpi.baseline, kpi.baseline_date, "on"),
                                 _measure(kpi, kpi.target, kpi.target_date, "by")))
        blocks.append(Table((_("Objective"), _("KPI"), _("Baseline"), _("Target")), tuple(rows),
                            title=_("Objectives and how we measure them")))
    if plan.audiences:
        rows = [(audience.name, audience.description.strip() or NO_VALUE, _strongest(audience.profile))
                for audience in plan.audiences]
        blocks.append(Table((_("Audience"), _("Who they are"), _("What they do online")), tuple(rows),
                            title=_("Audiences")))
    if not blocks:
        blocks.append(Text(_("No strategy has been set for this plan yet: no ambition, value discipline, "
                             "objectives or audiences.")))
    return tuple(blocks)


def _measure(kpi: Kpi, value: float | None, day: dt.date | None, word: str) -> str:
    if value is None:
        return _("Not measured yet") if word == "on" else _("No target yet")
    text = number_text(value) + ("%" if kpi.unit == "%" else f" {kpi.unit}" if kpi.unit else "")
    if not day:
        return text
    # Translators: a KPI's baseline "12% on 4 Jan 2027" and its target "20% by 1 Jul 2027".
    said = _("{value} on {day}") if word == "on" else _("{value} by {day}")
    return said.format(value=text, day=short_date(day))


def _strongest(profile: dict[str, float], count: int = 3) -> str:
    """The audience's largest technographic groups: "Spectators 75%, Joiners 60%" in the language in use."""
    shares = sorted(((share, group) for group, share in profile.items() if share), reverse=True)[:count]
    names = {group: _(name) for group, name in TECHNOGRAPHIC_NAMES.items()}
    return ", ".join(f"{names.get(group, group)} {number_text(share)}%" for share, group in shares) or NO_VALUE


# ------------------------------------------------------------ matrix, initiatives, roadmap


def _matrix(plan: Plan) -> tuple[Text, ...]:
    unrated = [item.title for item in plan.initiatives if initiative_scores(item, plan).quadrant is None]
    blocks = [Text(_("Benefit up, combined effort across: benefit {benefit} or more with effort under {effort} is "
                     "in ‘{quadrant}’, top left.").format(benefit=_g(plan.benefit_threshold),
                                                         effort=_g(plan.effort_threshold),
                                                         quadrant=plan.quadrant_name(QUICK_WIN)), "note")]
    if unrated:
        blocks.append(Text(_("Not rated yet, so not in the matrix: {titles}.").format(titles=_listed(unrated)), "note"))
    return tuple(blocks)


def _initiatives(plan: Plan, schedule: Schedule | None) -> tuple[Text | Table, ...]:
    ranks = plan_ranks(plan)
    lanes = {lane.id: lane.name for lane in plan.lanes}
    chosen = [(n, item) for n, item in enumerate(plan.initiatives) if item.decision in CHOSEN]
    # Ranked first, best first; unrated ones after them in plan order.
    chosen.sort(key=lambda pair: (pair[1].id not in ranks, ranks.get(pair[1].id, 0), pair[0]))
    blocks: list[Text | Table] = []
    if chosen:
        rows = []
        for _order, item in chosen:
            dates = schedule.items.get(item.id) if schedule else None
            rows.append((str(ranks[item.id]) if item.id in ranks else NO_VALUE, item.title,
                         _(DECISION_NAMES.get(item.decision, item.decision)), item.owner or NO_VALUE,
                         plan.quadrant_name(initiative_scores(item, plan).quadrant) or _("Unrated"),
                         lanes.get(item.lane or "", NO_VALUE),
                         short_date(dates.earliest_start if dates else None),
                         short_date(dates.earliest_finish if dates else None)))
        blocks.append(Text(_("Rank is benefit per unit of effort among every rated initiative (1 is best); "
                             "dates are the earliest the dependencies allow."), "note"))
        blocks.append(Table((_("Rank"), _("Initiative"), _("Decision"), _("Owner"), _("Quadrant"), _("Lane"),
                             _("Start"), _("Finish")), tuple(rows), right=frozenset({0})))
    else:
        blocks.append(Text(_("No initiative is decided build or join yet.")))
    rest = [(d, sum(item.decision == d for item in plan.initiatives)) for d in ("undecided", "ignore")]
    if any(n for _d, n in rest):
        names = {"undecided": _("{n} still undecided"), "ignore": _("{n} decided ignore")}
        blocks.append(Text(_("Not chosen: {counts}.").format(
            counts=", ".join(names[d].format(n=n) for d, n in rest if n)), "note"))
    return tuple(blocks)


def _roadmap(plan: Plan, schedule: Schedule | None, problem: str | None) -> tuple[Text, ...]:
    if schedule is None:
        return (Text(_("The plan cannot be scheduled, so there is no roadmap: {problem}.").format(
            problem=problem or _("the schedule fails"))),)
    if not schedule.items:
        return (Text(_("Every initiative is decided ignore, so none is scheduled.") if plan.initiatives
                     else _("The plan has no initiatives to schedule yet.")),)
    return ()


def _health(plan: Plan, schedule: Schedule | None) -> tuple[Text | Table, ...]:
    findings = plan_health(plan, schedule)
    if not findings:
        return (Text(_("No findings: the plan passes every check.")),)
    counts = [(s, sum(f.severity == s for f in findings)) for s in SEVERITY_NAMES]
    said = {"error": lambda n: ngettext("{n} error", "{n} errors", n),
            "warning": lambda n: ngettext("{n} warning", "{n} warnings", n),
            "info": lambda n: ngettext("{n} note", "{n} notes", n)}
    summary = ", ".join(said[s](n).format(n=n) for s, n in counts if n)
    rows = tuple((_(SEVERITY_NAMES[f.severity]), f.message) for f in findings)
    return (Text(ngettext("{n} finding: {summary}. Errors mean the plan cannot work as drawn; warnings are known "
                          "pitfalls worth fixing before committing.",
                          "{n} findings: {summary}. Errors mean the plan cannot work as drawn; warnings are known "
                          "pitfalls worth fixing before committing.", len(findings)).format(
                              n=len(findings), summary=summary)),
            Table((_("Severity"), _("Finding")), rows))


def _listed(titles: list[str], limit: int = 8) -> str:
    shown = ", ".join(f"‘{t}’" for t in titles[:limit])
    return shown + (_(" and {n} more").format(n=len(titles) - limit) if len(titles) > limit else "")
