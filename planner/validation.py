"""Validation of a decoded plan document: every field checked, the first problem reported.

Each PlanFileError names its place (``initiatives[3].benefit``) and says what is wrong in
one sentence (``7 is outside the scale 1–5``).
"""

from __future__ import annotations

import datetime as dt
import math
import re

from planner import rules
from planner.dependency_graph import topological_order
from planner.errors import DependencyCycleError, PlanFileError
from planner.language import _
from planner.model import (
    BIG_BET, DEFAULT_QUADRANT_NAMES, FILL_IN, MONEY_PIT, QUICK_WIN, READINESS_ITEMS, TECHNOGRAPHICS,
    Audience, Dependency, EffortWeights, Initiative, Kpi, Lane, Objective, Plan, ReadinessAnswer, Scale,
    Strategy, Thresholds,
)

FORMAT = "benefit-effort-plan"
VERSION = 3  # 2 adds the strategy frame: strategy, objectives, audiences and their links; 3 workshop rounds
# A plan is written with the lowest version that holds it, so a plan without rounds still opens
# in an app that reads up to version 2.
VERSION_WITHOUT_ROUNDS = 2
# The file's keys for the quadrants, in the order they are written.
QUADRANT_KEYS = {"quick_win": QUICK_WIN, "big_bet": BIG_BET, "fill_in": FILL_IN, "money_pit": MONEY_PIT}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class NonFinite:
    """Stands in for NaN or Infinity while parsing, so the error can name the field."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


def parse_float(text: str):
    value = float(text)
    return value if math.isfinite(value) else NonFinite(text)


def plan_from_document(doc) -> Plan:
    """Return the plan described by a decoded JSON document, validating every field."""
    if not isinstance(doc, dict):
        raise PlanFileError("", _("the file holds {kind}, not a plan object").format(kind=_kind(doc)))
    r = _Reader(doc, "")
    fmt = r.get("format", required=True)
    if fmt != FORMAT:
        raise PlanFileError("format", _("{value} is not a Benefit–Effort plan (expected \"{format}\")").format(
            value=_show(fmt), format=FORMAT))
    version = r.integer("version", required=True)
    if version > VERSION:
        raise PlanFileError(
            "version", _("this plan is version {version}, but this app reads up to version {newest}; "
                         "open it with a newer Benefit–Effort Planner").format(version=version, newest=VERSION))
    if version < 1:
        raise PlanFileError("version", _("{version} is not a plan file version (the first is 1)").format(version=version))

    plan = Plan(title=r.text("title", default=_("Untitled plan")),
                start=r.date("start", default=None) or dt.date.today())
    plan.scale = _scale(r.child("scale"))
    plan.effort_weights = _weights(r.child("effort_weights"))
    plan.thresholds = _thresholds(r.child("thresholds"), plan.scale)
    plan.quadrant_names = _quadrant_names(r.child("quadrant_names"))
    plan.lanes = _lanes(r.items("lanes"))
    # Version 1 files have none of the version 2 parts, so they take the defaults. The parts are
    # read whatever the version: a version 1 app keeps them as unknown keys when it saves.
    plan.strategy = _strategy(r.child("strategy"))
    plan.objectives = _objectives(r.items("objectives"))
    plan.audiences = _audiences(r.items("audiences"))
    plan.initiatives = _initiatives(r.items("initiatives"), plan)
    plan.dependencies = _dependencies(r.items("dependencies"), plan)
    rounds = r.items("rounds")
    if rounds:
        # Imported here: the round reader builds on this module's _Reader.
        from planner.formats.round_document import read_rounds
        plan.rounds = read_rounds(rounds, plan)
    plan.extra = r.rest()
    return plan


def _scale(r: _Reader | None) -> Scale:
    if r is None:
        return Scale()
    lo = r.number("min", default=1)
    hi = r.number("max", default=5)
    for key, value in (("min", lo), ("max", hi)):
        if (problem := rules.scale_bound_problem(value)) is not None:
            raise PlanFileError(r.at(key), problem)
    if (problem := rules.scale_max_problem(lo, hi)) is not None:
        raise PlanFileError(r.at("max"), problem)
    step = r.number("step", default=0.5)
    if (problem := rules.scale_step_problem(step, lo, hi)) is not None:
        raise PlanFileError(r.at("step"), problem)
    return Scale(lo, hi, step, r.rest())


def _weights(r: _Reader | None) -> EffortWeights:
    if r is None:
        return EffortWeights()
    default = EffortWeights()
    tech = r.number("technical", default=default.technical)
    org = r.number("organisational", default=default.organisational)
    for key, value in (("technical", tech), ("organisational", org)):
        if (problem := rules.weight_problem(value)) is not None:
            raise PlanFileError(r.at(key), problem)
    if (problem := rules.weights_problem(tech, org)) is not None:
        raise PlanFileError(r.at("organisational"), problem)
    return EffortWeights(tech, org, r.rest())


def _thresholds(r: _Reader | None, scale: Scale) -> Thresholds:
    if r is None:
        return Thresholds()
    values = {}
    for key in ("benefit", "effort"):
        value = r.number(key, default=None)
        if value is not None:
            if (problem := rules.rating_problem(value, scale)) is not None:
                raise PlanFileError(r.at(key), problem)
        values[key] = value
    return Thresholds(values["benefit"], values["effort"], r.rest())


def _quadrant_names(r: _Reader | None) -> dict[str, str]:
    names = dict(DEFAULT_QUADRANT_NAMES)
    if r is None:
        return names
    # A closed set, unlike other objects: a fifth quadrant is no future extension but a typo.
    for key in r.obj:
        if key not in QUADRANT_KEYS:
            raise PlanFileError(r.at(key), _("{value} is not a quadrant (use one of {choices})").format(
                value=_show(key), choices=", ".join(QUADRANT_KEYS)))
    for key, quadrant in QUADRANT_KEYS.items():
        name = r.text(key, default=None)
        if name is None:
            continue
        if (problem := rules.quadrant_name_problem(name, quadrant)) is not None:
            raise PlanFileError(r.at(key), problem)
        names[quadrant] = name
    return names


def _lanes(readers: list[_Reader]) -> list[Lane]:
    lanes, seen = [], {}
    for r in readers:
        lane = Lane(r.identifier("id"), r.text("name", default=""), {})
        if lane.id in seen:
            raise PlanFileError(r.at("id"), rules.already_used(lane.id, seen[lane.id]))
        seen[lane.id] = r.place
        lane.name = lane.name or lane.id
        lane.extra = r.rest()
        lanes.append(lane)
    return lanes


def _strategy(r: _Reader | None) -> Strategy:
    if r is None:
        return Strategy()
    discipline = r.text("value_discipline", default="none")
    if (problem := rules.value_discipline_problem(discipline)) is not None:
        raise PlanFileError(r.at("value_discipline"), problem)
    ambition = r.text("ambition", default="")
    capacity = r.number("monthly_capacity", default=None)
    if (problem := rules.capacity_problem(capacity)) is not None:
        raise PlanFileError(r.at("monthly_capacity"), problem)
    answers, seen = {}, {}
    for a in r.items("readiness"):
        item = a.identifier("item")
        if (problem := rules.readiness_item_problem(item)) is not None:
            raise PlanFileError(a.at("item"), problem)
        if item in seen:
            raise PlanFileError(a.at("item"), _("\"{item}\" is already answered by {place}").format(item=item, place=seen[item]))
        seen[item] = a.place
        status = a.text("status", default="unknown")
        if (problem := rules.readiness_status_problem(status)) is not None:
            raise PlanFileError(a.at("status"), problem)
        answers[item] = ReadinessAnswer(item, status, a.text("note", default=""), a.rest())
    # Always one answer per item, in the articles' order; an item left out is not yet known.
    readiness = [answers.get(item) or ReadinessAnswer(item) for item in READINESS_ITEMS]
    return Strategy(discipline, ambition, readiness, capacity, r.rest())


def _objectives(readers: list[_Reader]) -> list[Objective]:
    objectives, seen, kpi_seen = [], {}, {}
    for r in readers:
        objective = Objective(r.identifier("id"), r.text("name", required=True))
        if objective.id in seen:
            raise PlanFileError(r.at("id"), rules.already_used(objective.id, seen[objective.id]))
        seen[objective.id] = r.place
        if (problem := rules.name_problem(objective.name, "objective")) is not None:
            raise PlanFileError(r.at("name"), problem)
        kind = r.text("kind", default="other")
        if (problem := rules.objective_kind_problem(kind)) is not None:
            raise PlanFileError(r.at("kind"), problem)
        objective.kind = kind
        objective.description = r.text("description", default="")
        for k in r.items("kpis"):
            kpi = Kpi(k.identifier("id"), k.text("name", required=True))
            if kpi.id in kpi_seen:  # KPI ids are unique in the whole plan, not just per objective
                raise PlanFileError(k.at("id"), rules.already_used(kpi.id, kpi_seen[kpi.id]))
            kpi_seen[kpi.id] = k.place
            if (problem := rules.name_problem(kpi.name, "KPI")) is not None:
                raise PlanFileError(k.at("name"), problem)
            kpi.unit = k.text("unit", default="")
            kpi.baseline = k.number("baseline", default=None)
            kpi.baseline_date = k.date("baseline_date", default=None)
            kpi.target = k.number("target", default=None)
            kpi.target_date = k.date("target_date", default=None)
            kpi.current = k.number("current", default=None)
            kpi.business_result = k.boolean("business_result", default=False)
            kpi.extra = k.rest()
            objective.kpis.append(kpi)
        objective.extra = r.rest()
        objectives.append(objective)
    return objectives


def _audiences(readers: list[_Reader]) -> list[Audience]:
    audiences, seen = [], {}
    for r in readers:
        audience = Audience(r.identifier("id"), r.text("name", required=True))
        if audience.id in seen:
            raise PlanFileError(r.at("id"), rules.already_used(audience.id, seen[audience.id]))
        seen[audience.id] = r.place
        if (problem := rules.name_problem(audience.name, "audience")) is not None:
            raise PlanFileError(r.at("name"), problem)
        audience.description = r.text("description", default="")
        p = r.child("profile")
        if p is not None:
            # A closed set like quadrant_names: an eighth technographic group is a typo.
            for key in p.obj:
                if (problem := rules.technographic_problem(key)) is not None:
                    raise PlanFileError(p.at(key), problem)
            for key in TECHNOGRAPHICS:
                share = p.number(key, default=None)
                if share is None:
                    continue  # unknown
                if (problem := rules.share_problem(share)) is not None:
                    raise PlanFileError(p.at(key), problem)
                audience.profile[key] = share
        audience.extra = r.rest()
        audiences.append(audience)
    return audiences


def _links(r: _Reader, key: str, known: set[str], what: str) -> list[str]:
    value = r.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise PlanFileError(r.at(key), _("{value} is not a list").format(value=_show(value)))
    ids: list[str] = []
    for i, link in enumerate(value):
        place = f"{r.at(key)}[{i}]"
        if not isinstance(link, str):
            sentence = (_("{value} is not an objective id (a text)") if what == "objective" else
                        _("{value} is not an audience id (a text)"))
            raise PlanFileError(place, sentence.format(value=_show(link)))
        _refuse(place, rules.link_problem(link, known, what))
        if link in ids:
            raise PlanFileError(place, _("\"{id}\" is already listed at {place}").format(
                id=link, place=f"{r.at(key)}[{ids.index(link)}]"))
        ids.append(link)
    return ids


def _initiatives(readers: list[_Reader], plan: Plan) -> list[Initiative]:
    lane_ids = {lane.id for lane in plan.lanes}
    objective_ids = {o.id for o in plan.objectives}
    audience_ids = {a.id for a in plan.audiences}
    scale = plan.scale
    items, seen = [], {}
    for r in readers:
        item = Initiative(r.identifier("id"), r.text("title", required=True))
        if item.id in seen:
            raise PlanFileError(r.at("id"), rules.already_used(item.id, seen[item.id]))
        seen[item.id] = r.place
        if (problem := rules.title_problem(item.title)) is not None:
            raise PlanFileError(r.at("title"), problem)
        item.description = r.text("description", default="")
        item.owner = r.text("owner", default="")
        for key in ("benefit", "technical_effort", "organisational_effort"):
            value = r.number(key, default=None)
            # r.number gives finite numbers only, so the rule can find fault only outside the scale.
            if value is not None and not scale.min <= value <= scale.max:
                if (problem := rules.rating_problem(value, scale)) is not None:
                    raise PlanFileError(r.at(key), problem)
            setattr(item, key, value)
        decision = r.text("decision", default="undecided")
        if (problem := rules.decision_problem(decision)) is not None:
            raise PlanFileError(r.at("decision"), problem)
        item.decision = decision
        lane = r.get("lane")
        if lane is not None:
            if not isinstance(lane, str):
                raise PlanFileError(r.at("lane"), _("{value} is not a lane id (a text)").format(value=_show(lane)))
            if (problem := rules.reference_problem(lane, lane_ids, "lane")) is not None:
                raise PlanFileError(r.at("lane"), problem)
        item.lane = lane
        item.start = r.date("start", default=None)
        item.fixed_start = r.boolean("fixed_start", default=False)
        if (problem := rules.fixed_start_problem(item.fixed_start, item.start)) is not None:
            raise PlanFileError(r.at("fixed_start"), problem)
        item.duration_days = r.integer("duration_days", default=0)
        if (problem := rules.duration_problem(item.duration_days)) is not None:
            raise PlanFileError(r.at("duration_days"), problem)
        item.objectives = _links(r, "objectives", objective_ids, "objective")
        item.audiences = _links(r, "audiences", audience_ids, "audience")
        run_effort = r.number("run_effort", default=None)
        if run_effort is not None:
            if (problem := rules.rating_problem(run_effort, scale)) is not None:
                raise PlanFileError(r.at("run_effort"), problem)
        item.run_effort = run_effort
        item.extra = r.rest()
        items.append(item)
    return items


def _dependencies(readers: list[_Reader], plan: Plan) -> list[Dependency]:
    ids = {item.id for item in plan.initiatives}
    deps, seen = [], {}
    for r in readers:
        a, b = r.identifier("from"), r.identifier("to")
        if a not in ids or b not in ids:  # the rule only where it will find something: most ids are known
            for key, value in (("from", a), ("to", b)):
                if (problem := rules.reference_problem(value, ids, "initiative")) is not None:
                    raise PlanFileError(r.at(key), problem)
        if (problem := rules.self_dependency_problem(a, b, a)) is not None:
            raise PlanFileError(r.place, problem)
        if (a, b) in seen:
            raise PlanFileError(r.place, _("repeats {place} ({a} → {b})").format(place=seen[a, b], a=a, b=b))
        seen[a, b] = r.place
        lag = r.integer("lag_days", default=0)
        if (problem := rules.lag_problem(lag)) is not None:
            raise PlanFileError(r.at("lag_days"), problem)
        deps.append(Dependency(a, b, lag, r.rest()))
    try:
        topological_order([item.id for item in plan.initiatives], seen)
    except DependencyCycleError as e:
        raise PlanFileError("dependencies", str(e)) from None
    return deps


class _Reader:
    """Reads typed fields out of one JSON object, remembering which keys it consumed."""

    __slots__ = ("obj", "place", "used")

    def __init__(self, obj: dict, place: str):
        self.obj, self.place, self.used = obj, place, set()

    def at(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key

    def get(self, key: str, required: bool = False):
        self.used.add(key)
        if key not in self.obj:
            if required:
                raise PlanFileError(self.place or "", _("the required field \"{key}\" is missing").format(key=key))
            return None
        value = self.obj[key]
        if value is None and required:
            raise PlanFileError(self.at(key), _("a value is required here, not null"))
        if isinstance(value, NonFinite):
            raise PlanFileError(self.at(key), _("{value} is not a finite number").format(value=value.text))
        return value

    def child(self, key: str) -> _Reader | None:
        value = self.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise PlanFileError(self.at(key), _("{value} is not an object").format(value=_show(value)))
        return _Reader(value, self.at(key))

    def items(self, key: str) -> list[_Reader]:
        value = self.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise PlanFileError(self.at(key), _("{value} is not a list").format(value=_show(value)))
        readers = []
        for i, obj in enumerate(value):
            place = f"{self.at(key)}[{i}]"
            if not isinstance(obj, dict):
                raise PlanFileError(place, _("{value} is not an object").format(value=_show(obj)))
            readers.append(_Reader(obj, place))
        return readers

    def text(self, key: str, default=None, required: bool = False) -> str:
        value = self.get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            raise PlanFileError(self.at(key), _("{value} is not a text").format(value=_show(value)))
        # The rule's own check only for long texts: a plan holds hundreds of thousands of short ones.
        if len(value) > rules.MAX_TEXT_LENGTH and (problem := rules.text_problem(value)) is not None:
            raise PlanFileError(self.at(key), problem)
        _refuse(self.at(key), rules.writable_problem(value))
        return value

    def identifier(self, key: str) -> str:
        value = self.text(key, required=True)
        if (problem := rules.id_problem(value)) is not None:
            raise PlanFileError(self.at(key), problem)
        return value

    def number(self, key: str, default):
        value = self.get(key)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise PlanFileError(self.at(key), _("{value} is not a number").format(value=_show(value)))
        if isinstance(value, int) and abs(value) > 1e15:
            raise PlanFileError(self.at(key), _("{value} is too large").format(value=rules.number_text(value)))
        return value

    def integer(self, key: str, default=None, required: bool = False) -> int:
        value = self.get(key, required)
        if value is None:
            return default
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise PlanFileError(self.at(key), _("{value} is not a whole number").format(value=_show(value)))
        if abs(value) > 1e15:
            raise PlanFileError(self.at(key), _("{value} is too large").format(value=rules.number_text(value)))
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise PlanFileError(self.at(key), _("{value} is not true or false").format(value=_show(value)))
        return value

    def date(self, key: str, default=None) -> dt.date | None:
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or not _DATE.match(value):
            raise PlanFileError(self.at(key), _("{value} is not a date in the form YYYY-MM-DD").format(value=_show(value)))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise PlanFileError(self.at(key), _("{value} is not a date on the calendar").format(value=value)) from None

    def rest(self) -> dict:
        """Return the keys not consumed, checked to hold only finite numbers and writable text."""
        extra = {k: v for k, v in self.obj.items() if k not in self.used}
        for k, v in extra.items():
            _refuse(self.at(k), rules.writable_problem(k))
            _check_finite(v, self.at(k))
        return extra


def _refuse(place: str, problem: str | None) -> None:
    if problem is not None:
        raise PlanFileError(place, problem)


def _check_finite(value, place: str) -> None:
    stack = [(value, place)]
    while stack:
        v, p = stack.pop()
        if isinstance(v, NonFinite):
            raise PlanFileError(p, _("{value} is not a finite number").format(value=v.text))
        if isinstance(v, str):
            _refuse(p, rules.writable_problem(v))
        elif isinstance(v, dict):
            for k in v:
                _refuse(f"{p}.{k}", rules.writable_problem(k))
            stack.extend((w, f"{p}.{k}") for k, w in v.items())
        elif isinstance(v, list):
            stack.extend((w, f"{p}[{i}]") for i, w in enumerate(v))


def _kind(value) -> str:
    if value is None:
        return "null"
    kinds = ((list, _("a list")), (str, _("a text")), ((int, float), _("a number")))
    return next((text for kind, text in kinds if isinstance(value, kind)), _("a value"))


def _show(value) -> str:
    if isinstance(value, dict):
        return _("an object")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, NonFinite):
        return value.text
    return rules.shown(value)
