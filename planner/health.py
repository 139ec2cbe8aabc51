"""Plan health: checks of a plan against the strategy framework and its known pitfalls.

Each rule is a small function named for the rule; ``plan_health`` runs them all. A finding's
``rule`` is a stable key (the UI and the CLI show it, a user may search for it), its
``items`` what it concerns: initiative ids, or ``objective:ID``, ``kpi:ID``, ``readiness:ITEM``.

Severities, and why:

- **error** — the plan cannot be carried out as drawn: ``run-over-capacity`` (keeping the
  launched initiatives running takes more organisational effort a month than the organisation
  has; social media is mostly people and organisation, so this is where plans break).
- **warning** — a pitfall the articles name, worth fixing before committing:
  ``no-objectives``, ``no-objective``, ``no-kpi``, ``no-baseline``, ``not-listening``,
  ``no-content``, ``no-owner``, ``early-business-result``, ``readiness-no``,
  ``big-bet-first``.
- **info** — something not yet known rather than wrong: ``readiness-unknown``, and
  ``no-baseline`` for an objective whose baseline measurement is planned but not yet entered.

Choices made here:

- A plan with no objectives at all gets one ``no-objectives`` finding rather than one
  ``no-objective`` per initiative; milestones (zero duration) mark a moment, not work that
  serves a goal, so they need no objective.
- Listening and content count only when an initiative is decided build or join: an undecided
  or ignored idea does not yet listen or publish anything.
- Run effort counts every scheduled initiative (not ignored) with a ``run_effort``, from the
  first of the month after its earliest finish, for good: keeping something running has no end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from planner import prose
from planner.language import N_, _, ngettext
from planner.model import BIG_BET, QUICK_WIN, READINESS_ITEMS, Initiative, Plan

SEVERITIES = ("error", "warning", "info")

LISTENING_WORDS = ("monitor", "listening", "luister")  # monitoring, monitoren, social listening, luisteren
CONTENT_WORDS = ("content", "inhoud")
BASELINE_WORDS = ("baseline", "nulmeting", "zero measurement")
CONTENT_KINDS = ("talking", "energizing")
PAYOFF_MONTHS = 6  # business results from social media come after 6–12 months

# Why each readiness item matters, in the product's words (from the readiness checklist);
# translated where a finding is made.
READINESS_REASONS = {
    "enthusiasts": N_("without at least two enthusiasts inside who pull it, the effort stalls "
                      "once the launch is over"),
    "experiment_budget": N_("without money to try formats and channels, every experiment has to pay "
                            "for itself at once"),
    "long_breath": N_("the first year is an investment; expecting quick returns leads to stopping "
                      "just before it pays off"),
    "flexibility": N_("on social media people expect an answer within hours, not after a weekly "
                      "meeting"),
    "knowledge_sharing": N_("social media works when colleagues share what they know, not when "
                            "one department holds on to it"),
}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # a stable key, e.g. "no-objective"
    severity: str  # one of SEVERITIES
    message: str  # one or two plain sentences, naming the items
    items: tuple[str, ...] = ()


def plan_health(plan: Plan, schedule=None, today: dt.date | None = None) -> list[Finding]:
    """Return every finding for ``plan``, errors first, then by rule, then in plan order.

    ``schedule`` is computed when not given; when it cannot be (a dependency cycle), the rules
    that need dates are skipped. ``today`` is accepted for date-relative rules; none uses it yet.
    """
    if schedule is None:
        from planner.errors import PlanError
        from planner.scheduling import schedule as make_schedule
        try:
            schedule = make_schedule(plan)
        except PlanError:
            schedule = None
    findings: list[Finding] = []
    for rule in PLAN_RULES:
        findings.extend(rule(plan))
    if schedule is not None:
        for rule in SCHEDULE_RULES:
            findings.extend(rule(plan, schedule))
    # sorted() is stable, so findings of one rule stay in plan order.
    return sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), f.rule))


# --- helpers -------------------------------------------------------------------------------

def _active(plan: Plan) -> list[Initiative]:
    return [item for item in plan.initiatives if item.decision != "ignore"]


def _decided(plan: Plan) -> list[Initiative]:
    return [item for item in plan.initiatives if item.decision in ("build", "join")]


def _mentions(item: Initiative, words) -> bool:
    text = f"{item.title}\n{item.description}".lower()
    return any(word in text for word in words)


def _names(titles: list[str], limit: int = 4) -> str:
    """Return ‘A’, ‘B’ and ‘C’ (at most ``limit`` names, then "and N more")."""
    quoted = [f"‘{t}’" for t in titles]
    if len(quoted) > limit:
        quoted = quoted[:limit] + [_("{count} more").format(count=len(titles) - limit)]
    if len(quoted) == 1:
        return quoted[0]
    return _("{names} and {last}").format(names=", ".join(quoted[:-1]), last=quoted[-1])


def _first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved ``months`` months on, clamped to the month's last day and to date.max."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if year > dt.MAXYEAR:  # a plan may run to the last day a date can hold
        return dt.date.max
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _question(item: str) -> str:
    """A readiness item's question as the checklist asks it, in the language in use."""
    question = READINESS_ITEMS.get(item)
    return _(question) if question else item


# --- rules on the plan alone ---------------------------------------------------------------

def no_objectives(plan: Plan) -> list[Finding]:
    """A plan without objectives: starting without a plan, the first pitfall."""
    if plan.objectives:
        return []
    return [Finding("no-objectives", "warning",
                    _("The plan has no objectives. Starting without clear goals is the first pitfall: "
                      "set objectives (listening, talking, energizing, supporting, embracing) and link "
                      "each initiative to the ones it serves."))]


def no_objective(plan: Plan) -> list[Finding]:
    """An initiative (not ignored, not a milestone) serving none of the plan's objectives."""
    if not plan.objectives:
        return []  # reported once, by no_objectives
    known = {objective.id for objective in plan.objectives}
    return [Finding("no-objective", "warning",
                    _("‘{title}’ serves no objective. Work that serves no goal is hard to justify "
                      "and impossible to measure: link it to an objective, or decide to ignore it.").format(
                        title=item.title),
                    (item.id,))
            for item in _active(plan)
            if not item.is_milestone and not known.intersection(item.objectives)]


def no_kpi(plan: Plan) -> list[Finding]:
    """An objective without a KPI cannot be measured, so it is not SMART."""
    return [Finding("no-kpi", "warning",
                    _("The objective ‘{name}’ has no KPI. Without a measure nobody can tell "
                      "whether it is reached: add at least one KPI with a target.").format(name=objective.name),
                    (f"objective:{objective.id}",))
            for objective in plan.objectives if not objective.kpis]


def no_baseline(plan: Plan) -> list[Finding]:
    """A KPI without a baseline: start with a zero measurement.

    An objective none of whose KPIs has a baseline yet, served by a baseline measurement in the
    plan (a template's first step), is waiting for that measurement: one info, not a warning a KPI.
    """
    findings = []
    for objective in plan.objectives:
        missing = [kpi for kpi in objective.kpis if kpi.baseline is None]
        measuring = next((item for item in _active(plan)
                          if objective.id in item.objectives and _mentions(item, BASELINE_WORDS)), None)
        if missing and measuring is not None and len(missing) == len(objective.kpis):
            findings.append(Finding(
                "no-baseline", "info",
                ngettext("‘{initiative}’ will measure the baseline of {kpis}: enter it once measured, so later "
                         "results can be compared with where you began.",
                         "‘{initiative}’ will measure the baselines of {kpis}: enter them once measured, so later "
                         "results can be compared with where you began.", len(missing)).format(
                    initiative=measuring.title, kpis=_names([kpi.name for kpi in missing])),
                tuple(f"kpi:{kpi.id}" for kpi in missing)))
            continue
        findings.extend(Finding("no-baseline", "warning",
                                _("The KPI ‘{kpi}’ (objective ‘{objective}’) has no baseline. Start with a "
                                  "zero measurement, or no later result can be compared with where you began.").format(
                                    kpi=kpi.name, objective=objective.name),
                                (f"kpi:{kpi.id}",))
                        for kpi in missing)
    return findings


def not_listening(plan: Plan) -> list[Finding]:
    """No build/join initiative listens: none serves a listening objective or mentions monitoring."""
    listening = {o.id for o in plan.objectives if o.kind == "listening"}
    for item in _decided(plan):
        if listening.intersection(item.objectives) or _mentions(item, LISTENING_WORDS):
            return []
    return [Finding("not-listening", "warning",
                    _("No initiative listens to what is said about you. Not monitoring is a classic "
                      "pitfall: add a listening or monitoring initiative, decided build or join, so you "
                      "hear your audience before you talk to it and can measure afterwards."))]


def no_content(plan: Plan) -> list[Finding]:
    """No build/join initiative makes content: none serves a talking/energizing objective or mentions content."""
    talking = {o.id for o in plan.objectives if o.kind in CONTENT_KINDS}
    for item in _decided(plan):
        if talking.intersection(item.objectives) or _mentions(item, CONTENT_WORDS):
            return []
    return [Finding("no-content", "warning",
                    _("No initiative makes content. Channels without a content plan fall silent after "
                      "the launch: add a content initiative (a calendar, a content plan) that serves a "
                      "talking or energizing objective."))]


def no_owner(plan: Plan) -> list[Finding]:
    """A build or join initiative nobody owns."""
    return [Finding("no-owner", "warning",
                    (_("‘{title}’ is decided build but has no owner. Social media is mostly "
                       "people and organisation: name who is responsible for it.") if item.decision == "build" else
                     _("‘{title}’ is decided join but has no owner. Social media is mostly "
                       "people and organisation: name who is responsible for it.")).format(title=item.title),
                    (item.id,))
            for item in _decided(plan) if not item.owner.strip()]


def early_business_result(plan: Plan) -> list[Finding]:
    """A business-result KPI due within six months of the plan's start."""
    horizon = _add_months(plan.start, PAYOFF_MONTHS)
    return [Finding("early-business-result", "warning",
                    _("The KPI ‘{kpi}’ expects a business result by {date}, within six "
                      "months of the plan's start. Social media pays off in business results after 6–12 "
                      "months: move the target date, or measure reach and engagement first.").format(
                        kpi=kpi.name, date=prose.date(kpi.target_date)),
                    (f"kpi:{kpi.id}",))
            for objective in plan.objectives for kpi in objective.kpis
            if kpi.business_result and kpi.target_date is not None and kpi.target_date < horizon]


def readiness_no(plan: Plan) -> list[Finding]:
    """Each readiness item answered "no"."""
    findings = []
    for answer in plan.strategy.readiness:
        if answer.status != "no":
            continue
        reason = READINESS_REASONS.get(answer.item)
        reason = _(reason) if reason else _("the readiness checklist asks for it before committing")
        findings.append(Finding("readiness-no", "warning",
                                _("Not ready: “{question}” is answered no; {reason}.").format(
                                    question=_question(answer.item), reason=reason),
                                (f"readiness:{answer.item}",)))
    return findings


def readiness_unknown(plan: Plan) -> list[Finding]:
    """The readiness items not answered yet, in one finding."""
    unknown = [a.item for a in plan.strategy.readiness if a.status == "unknown"]
    if not unknown:
        return []
    questions = [_question(item) for item in unknown]
    return [Finding("readiness-unknown", "info",
                    ngettext("Readiness not yet answered: {questions}. Answer it before committing, so a gap "
                             "shows up now rather than after the launch.",
                             "Readiness not yet answered: {questions}. Answer them before committing, so a gap "
                             "shows up now rather than after the launch.",
                             len(questions)).format(questions=_names(questions, limit=len(questions))),
                    tuple(f"readiness:{item}" for item in unknown))]


# --- rules that need the schedule ----------------------------------------------------------

def big_bet_first(plan: Plan, schedule) -> list[Finding]:
    """A big bet with no quick win finished before it starts."""
    from planner.scoring import initiative_scores

    quadrants = {item.id: initiative_scores(item, plan).quadrant for item in _active(plan)}
    # Some quick win finishes before a start exactly when the earliest-finishing one does.
    first_quick_finish = min((schedule.items[n].earliest_finish for n, q in quadrants.items()
                              if q == QUICK_WIN and n in schedule.items), default=None)
    findings = []
    for item in _active(plan):
        s = schedule.items.get(item.id)
        if quadrants[item.id] != BIG_BET or s is None:
            continue
        if first_quick_finish is not None and first_quick_finish < s.earliest_start:
            continue
        findings.append(Finding("big-bet-first", "warning",
                                _("The big bet ‘{title}’ starts on {date} with no quick win "
                                  "finished before it. Results take months; a quick win first shows progress "
                                  "early and keeps support for the long haul.").format(
                                    title=item.title, date=prose.date(s.earliest_start)),
                                (item.id,)))
    return findings


def _run_starts(plan: Plan, schedule) -> list[tuple[dt.date, Initiative]]:
    """Return (first month of running, initiative) for each scheduled initiative with run effort."""
    starts = []
    for item in plan.initiatives:
        s = schedule.items.get(item.id)
        if s is not None and item.run_effort:
            starts.append((_add_months(_first_of_month(s.earliest_finish), 1), item))
    return starts


def monthly_run_load(plan: Plan, schedule) -> list[tuple[dt.date, float]]:
    """Return (first of month, run effort that month) from the plan's start month on.

    The list runs to the month after the schedule's finish, when everything launched is
    running; the load never falls, since keeping an initiative running has no end. Empty when
    nothing is scheduled.
    """
    if schedule.finish is None:
        return []
    starts = _run_starts(plan, schedule)
    month = _first_of_month(plan.start)
    last = _first_of_month(_add_months(_first_of_month(schedule.finish), 1))
    result = []
    while True:
        result.append((month, float(sum(item.run_effort for since, item in starts if since <= month))))
        if month >= last:
            return result
        month = _add_months(month, 1)


def run_over_capacity(plan: Plan, schedule) -> list[Finding]:
    """The run effort of launched initiatives growing past the organisation's monthly capacity."""
    capacity = plan.strategy.monthly_capacity
    if capacity is None:
        return []
    for month, load in monthly_run_load(plan, schedule):
        if load > capacity:
            running = [item for since, item in _run_starts(plan, schedule) if since <= month]
            return [Finding("run-over-capacity", "error",
                            _("From {month} keeping {names} running "
                              "takes {load} a month, more than the capacity of {capacity}. Effort does not "
                              "stop at launch: drop or postpone something, or plan more people.").format(
                                month=prose.month(month), names=_names([i.title for i in running]),
                                load=prose.number(load), capacity=prose.number(capacity)),

                            tuple(item.id for item in running))]
    return []


PLAN_RULES: tuple[Callable[[Plan], list[Finding]], ...] = (
    no_objectives, no_objective, no_kpi, no_baseline, not_listening, no_content, no_owner,
    early_business_result, readiness_no, readiness_unknown)
SCHEDULE_RULES = (big_bet_first, run_over_capacity)
