"""Edits to a plan as data: each ``apply`` changes the plan and returns the edit that undoes it.

The desktop app wraps these in undo commands; the core can replay them without a window.
Edits check what they are given and raise PlanError before changing anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from planner import rules
from planner.dependency_graph import topological_order
from planner.errors import DependencyCycleError, PlanError
from planner.language import _, ngettext
from planner.model import QUADRANTS, RATINGS, Dependency, Initiative, Plan
from planner.undo_texts import days, describe_fields, title_of

EDITABLE_FIELDS = ("title", "description", "owner", *RATINGS, "decision", "lane", "start",
                   "fixed_start", "duration_days", "objectives", "audiences", "run_effort")
# Fields whose change can move dates in the schedule.
SCHEDULE_FIELDS = frozenset({"decision", "start", "fixed_start", "duration_days"})
# Named among a field change's fields when the same step also changed a round (accepting a consensus).
ROUND_MARK = "round"
SETTINGS = ("title", "start", "scale", "effort_weights", "thresholds", "quadrant_names", "lanes")


class ChangeKind(StrEnum):
    """What part of a plan a change touches."""

    FIELDS = "fields"              # fields of some initiatives (Change.ids, Change.fields)
    STRUCTURE = "structure"        # initiatives added, removed or reordered
    DEPENDENCIES = "dependencies"  # dependencies added, removed or given another lag
    SETTINGS = "settings"          # plan settings: title, start, scale, weights, thresholds, lanes …
    STRATEGY = "strategy"          # the strategy frame: its fields, the objectives or the audiences
    ROUNDS = "rounds"              # workshop rounds: added, voted in, revealed, accepted
    RESET = "reset"                # a different plan altogether


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit changes, so each view refreshes only that.

    Views ask the predicates rather than compare kinds and field names themselves; a kind a view
    does not handle should count as "something changed".
    """

    kind: ChangeKind
    ids: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()

    def __post_init__(self):
        object.__setattr__(self, "kind", ChangeKind(self.kind))  # "fields" is taken as ChangeKind.FIELDS

    @property
    def moves_dates(self) -> bool:
        """Whether the schedule may differ afterwards."""
        if self.kind in (ChangeKind.STRATEGY, ChangeKind.ROUNDS):
            return False  # neither the strategy frame nor a round's votes move a date
        return self.kind is not ChangeKind.FIELDS or not SCHEDULE_FIELDS.isdisjoint(self.fields)

    @property
    def touches_rows(self) -> bool:
        """Whether initiatives may have been added, removed or reordered (or the plan replaced)."""
        return self.kind in (ChangeKind.STRUCTURE, ChangeKind.RESET)

    @property
    def touches_settings(self) -> bool:
        return self.kind in (ChangeKind.SETTINGS, ChangeKind.RESET)

    @property
    def touches_strategy(self) -> bool:
        return self.kind in (ChangeKind.STRATEGY, ChangeKind.RESET)

    @property
    def touches_rounds(self) -> bool:
        """Whether a workshop round may differ afterwards (accepting a consensus also sets ratings)."""
        return self.kind in (ChangeKind.ROUNDS, ChangeKind.RESET) or ROUND_MARK in self.fields

    def touches(self, *fields: str) -> bool:
        """Whether any initiative's ``fields`` may differ afterwards: true for a field edit naming
        one of them and for every change that adds, removes or replaces initiatives."""
        if self.kind is ChangeKind.FIELDS:
            return not set(fields).isdisjoint(self.fields)
        return self.touches_rows


class Edit:
    def change(self, plan: Plan) -> Change:
        raise NotImplementedError

    def describe(self, plan: Plan) -> str:
        """The undo text for this edit, read from ``plan`` before the edit is made."""
        raise NotImplementedError

    def apply(self, plan: Plan) -> Edit:
        """Change ``plan`` and return the edit that reverses this one."""
        raise NotImplementedError


def _index(plan: Plan, initiative_id: str) -> int:
    for i, item in enumerate(plan.initiatives):
        if item.id == initiative_id:
            return i
    raise PlanError(rules.reference_problem(initiative_id, (), "initiative"))


def _refuse(problem: str | None, lead_in: str = "", **fields) -> None:
    """Raise PlanError with the rule's sentence; ``lead_in`` names the value where an edit sets several.

    ``lead_in`` is a translated sentence holding ``{problem}`` (and any ``fields``), so a language
    can put the rule's sentence where its grammar wants it.
    """
    if problem is not None:
        raise PlanError(lead_in.format(problem=problem, **fields) if lead_in else problem)


@dataclass(frozen=True)
class SetFields(Edit):
    """Set some fields of one initiative."""

    id: str
    values: dict

    def change(self, plan):
        return Change(ChangeKind.FIELDS, (self.id,), tuple(self.values))

    def describe(self, plan):
        return describe_fields(title_of(plan, self.id), self.values, plan)

    def apply(self, plan):
        item = plan.initiatives[_index(plan, self.id)]
        check_fields(plan, item, self.values)
        old = {key: getattr(item, key) for key in self.values}
        for key, value in self.values.items():
            setattr(item, key, list(value) if key in ("objectives", "audiences") else value)
        return SetFields(self.id, old)


def check_fields(plan: Plan, item: Initiative, values: dict) -> None:
    """Raise PlanError with one sentence if ``values`` cannot be set on ``item``."""
    scale = plan.scale
    for key, value in values.items():
        if key not in EDITABLE_FIELDS:
            raise PlanError(_("“{key}” is not a field an initiative has").format(key=key))
        if key == "title":
            _refuse(rules.title_problem(str(value)))
        if key in ("title", "description", "owner") and isinstance(value, str):
            _refuse(rules.text_problem(value))  # else the plan would save but not open again
            _refuse(rules.writable_problem(value))  # else it would not save at all
        if key in RATINGS and value is not None:
            _refuse(rules.rating_problem(value, scale))
        if key == "decision":
            _refuse(rules.decision_problem(value))
        if key == "lane" and value is not None:
            _refuse(rules.reference_problem(value, {lane.id for lane in plan.lanes}, "lane"))
        if key == "duration_days":
            _refuse(rules.duration_problem(value))
        if key == "start" and value is not None and not isinstance(value, dt.date):
            raise PlanError(_("{value} is not a date").format(value=value))
        if key == "run_effort" and value is not None:
            _refuse(rules.rating_problem(value, scale), _("a running effort of {problem}"))
        if key in ("objectives", "audiences"):
            what = key[:-1]
            known = {x.id for x in getattr(plan, key)}
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise PlanError(_("the objectives of an initiative must be a list of objective ids")
                                if key == "objectives" else
                                _("the audiences of an initiative must be a list of audience ids"))
            if len(set(value)) != len(value):
                raise PlanError(_("an initiative lists the same objective twice") if key == "objectives" else
                                _("an initiative lists the same audience twice"))
            for v in value:
                _refuse(rules.link_problem(v, known, what))
    _refuse(rules.fixed_start_problem(values.get("fixed_start", item.fixed_start), values.get("start", item.start)))


@dataclass(frozen=True)
class InsertInitiatives(Edit):
    """Insert initiatives at plan positions, with dependencies at their list positions.

    Positions are those the items will have afterwards, in ascending order.
    """

    items: tuple[tuple[int, Initiative], ...]
    dependencies: tuple[tuple[int, Dependency], ...] = ()

    def change(self, plan):
        return Change(ChangeKind.STRUCTURE, tuple(item.id for _, item in self.items))

    def describe(self, plan):
        if len(self.items) == 1:
            return _("Add ‘{title}’").format(title=self.items[0][1].title)
        return ngettext("Add {count} initiative", "Add {count} initiatives", len(self.items)).format(
            count=len(self.items))

    def apply(self, plan):
        ids = {item.id for item in plan.initiatives}
        for _position, item in self.items:
            if item.id in ids:
                raise PlanError(_("the id “{id}” is already used").format(id=item.id))
            ids.add(item.id)
        for index, item in self.items:
            plan.initiatives.insert(index, item)
        for index, dep in self.dependencies:
            plan.dependencies.insert(index, dep)
        return RemoveInitiatives(tuple(item.id for _, item in self.items))


@dataclass(frozen=True)
class RemoveInitiatives(Edit):
    """Remove initiatives and every dependency that touches them."""

    ids: tuple[str, ...]

    def change(self, plan):
        return Change(ChangeKind.STRUCTURE, self.ids)

    def describe(self, plan):
        if len(self.ids) == 1:
            return _("Delete ‘{title}’").format(title=title_of(plan, self.ids[0]))
        return ngettext("Delete {count} initiative", "Delete {count} initiatives", len(self.ids)).format(
            count=len(self.ids))

    def apply(self, plan):
        gone = set(self.ids)
        items = tuple((i, item) for i, item in enumerate(plan.initiatives) if item.id in gone)
        if len(items) != len(gone):
            raise PlanError(_("some of these initiatives are no longer in the plan"))
        deps = tuple((i, d) for i, d in enumerate(plan.dependencies) if d.from_ in gone or d.to in gone)
        plan.initiatives[:] = [item for item in plan.initiatives if item.id not in gone]
        plan.dependencies[:] = [d for d in plan.dependencies if d.from_ not in gone and d.to not in gone]
        return InsertInitiatives(items, deps)


@dataclass(frozen=True)
class MoveInitiative(Edit):
    """Move one initiative to another position in the plan's order."""

    id: str
    to: int

    def change(self, plan):
        return Change(ChangeKind.STRUCTURE, (self.id,))

    def describe(self, plan):
        ids = [item.id for item in plan.initiatives]
        up = self.id in ids and self.to < ids.index(self.id)
        sentence = _("Move ‘{title}’ up") if up else _("Move ‘{title}’ down")
        return sentence.format(title=title_of(plan, self.id))

    def apply(self, plan):
        source = _index(plan, self.id)
        if not 0 <= self.to < len(plan.initiatives):
            raise PlanError(_("an initiative cannot move past the end of the plan"))
        plan.initiatives.insert(self.to, plan.initiatives.pop(source))
        return MoveInitiative(self.id, source)


@dataclass(frozen=True)
class AddDependency(Edit):
    """Add a finish-to-start dependency, refusing one that would close a cycle."""

    dependency: Dependency
    index: int | None = None  # position in the list; None appends

    def change(self, plan):
        return Change(ChangeKind.DEPENDENCIES, (self.dependency.from_, self.dependency.to))

    def describe(self, plan):
        d = self.dependency
        names = {"after": title_of(plan, d.to), "before": title_of(plan, d.from_)}
        if d.lag_days:
            return _("Make ‘{after}’ depend on ‘{before}’ with a lag of {days}").format(
                days=days(d.lag_days), **names)
        return _("Make ‘{after}’ depend on ‘{before}’").format(**names)

    def apply(self, plan):
        d = self.dependency
        titles = {item.id: item.title for item in plan.initiatives}
        for end in (d.from_, d.to):
            _refuse(rules.reference_problem(end, titles, "initiative"))
        _refuse(rules.self_dependency_problem(d.from_, d.to, titles[d.from_]))
        if any(x.from_ == d.from_ and x.to == d.to for x in plan.dependencies):
            raise PlanError(_("“{after}” already depends on “{before}”").format(after=titles[d.to],
                                                                               before=titles[d.from_]))
        edges = [(x.from_, x.to) for x in plan.dependencies] + [(d.from_, d.to)]
        try:
            topological_order(titles, edges)
        except DependencyCycleError as e:
            names = " → ".join(f"“{titles[n]}”" for n in e.cycle)
            raise PlanError(_("this dependency would close a cycle: {names}").format(names=names)) from None
        index = len(plan.dependencies) if self.index is None else self.index
        plan.dependencies.insert(index, d)
        return RemoveDependency(d.from_, d.to)


@dataclass(frozen=True)
class RemoveDependency(Edit):
    from_: str
    to: str

    def change(self, plan):
        return Change(ChangeKind.DEPENDENCIES, (self.from_, self.to))

    def describe(self, plan):
        return _("Remove dependency of ‘{after}’ on ‘{before}’").format(
            after=title_of(plan, self.to), before=title_of(plan, self.from_))

    def apply(self, plan):
        for i, d in enumerate(plan.dependencies):
            if d.from_ == self.from_ and d.to == self.to:
                del plan.dependencies[i]
                return AddDependency(d, i)
        raise PlanError(_("that dependency is no longer in the plan"))


@dataclass(frozen=True)
class SetDependencyLag(Edit):
    from_: str
    to: str
    lag_days: int

    def change(self, plan):
        return Change(ChangeKind.DEPENDENCIES, (self.from_, self.to))

    def describe(self, plan):
        return _("Set lag of ‘{after}’ after ‘{before}’ to {days}").format(
            after=title_of(plan, self.to), before=title_of(plan, self.from_), days=days(self.lag_days))

    def apply(self, plan):
        _refuse(rules.lag_problem(self.lag_days))
        for i, d in enumerate(plan.dependencies):
            if d.from_ == self.from_ and d.to == self.to:
                plan.dependencies[i] = dataclasses.replace(d, lag_days=self.lag_days)
                return SetDependencyLag(self.from_, self.to, d.lag_days)
        raise PlanError(_("that dependency is no longer in the plan"))


@dataclass(frozen=True)
class ChangeSettings(Edit):
    """Replace plan-wide settings: any of title, start, scale, effort_weights, thresholds,
    quadrant_names (a name for each of the four quadrants), lanes."""

    values: dict

    def change(self, plan):
        return Change(ChangeKind.SETTINGS, (), tuple(self.values))

    def describe(self, plan):
        return _("Change plan settings")

    def apply(self, plan):
        unknown = set(self.values) - set(SETTINGS)
        if unknown:
            raise PlanError(_("“{key}” is not a plan setting").format(key=sorted(unknown)[0]))
        check_settings(plan, self.values)
        old = {key: getattr(plan, key) for key in self.values}
        for key, value in self.values.items():
            setattr(plan, key, value)
        return ChangeSettings(old)


def check_settings(plan: Plan, values: dict) -> None:
    """Raise PlanError with one sentence if the plan cannot take these settings as they are."""
    if "title" in values and not values["title"].strip():
        raise PlanError(_("a plan needs a title"))
    scale = values.get("scale", plan.scale)
    _refuse(rules.scale_bound_problem(scale.min), _("the scale's minimum {problem}"))
    _refuse(rules.scale_bound_problem(scale.max), _("the scale's maximum {problem}"))
    _refuse(rules.scale_max_problem(scale.min, scale.max), _("the scale's maximum {problem}"))
    _refuse(rules.scale_step_problem(scale.step, scale.min, scale.max), _("the scale's step {problem}"))
    weights = values.get("effort_weights", plan.effort_weights)
    _refuse(rules.weight_problem(weights.technical))
    _refuse(rules.weight_problem(weights.organisational))
    _refuse(rules.weights_problem(weights.technical, weights.organisational))
    thresholds = values.get("thresholds", plan.thresholds)
    for t in (thresholds.benefit, thresholds.effort):
        if t is not None:
            _refuse(rules.rating_problem(t, scale), _("the threshold {problem}"))
    if "quadrant_names" in values:
        _check_quadrant_names(values["quadrant_names"])
    outside = [item.title for item in plan.initiatives
               if any(v is not None and rules.rating_problem(v, scale)
                      for v in (getattr(item, r) for r in (*RATINGS, "run_effort")))]
    if outside:
        if len(outside) > 1:
            raise PlanError(_("“{title}” and {count} more would have ratings outside the scale {range}; "
                              "change those ratings first").format(title=outside[0], count=len(outside) - 1,
                                                                   range=rules.scale_range(scale)))
        raise PlanError(_("“{title}” would have ratings outside the scale {range}; change those ratings first")
                        .format(title=outside[0], range=rules.scale_range(scale)))
    lanes = values.get("lanes", plan.lanes)
    lane_ids = [lane.id for lane in lanes]
    if len(set(lane_ids)) != len(lane_ids):
        raise PlanError(_("two lanes have the same id"))
    in_use = sorted({item.lane for item in plan.initiatives if item.lane is not None} - set(lane_ids))
    if in_use:
        raise PlanError(_("the lane “{lane}” still holds initiatives; move them first").format(lane=in_use[0]))


def _check_quadrant_names(names: dict) -> None:
    unknown = sorted(set(names) - set(QUADRANTS))
    if unknown:
        raise PlanError(_("“{key}” is not a quadrant").format(key=unknown[0]))
    for quadrant in QUADRANTS:
        _refuse(rules.quadrant_name_problem(names.get(quadrant), quadrant))


@dataclass(frozen=True)
class Compound(Edit):
    """Several edits as one step; undone in reverse order. ``text`` names the step for the undo history."""

    edits: tuple[Edit, ...] = field(default_factory=tuple)
    text: str = ""

    def change(self, plan):
        kinds = {e.change(plan).kind for e in self.edits}
        if kinds == {ChangeKind.FIELDS}:
            changes = [e.change(plan) for e in self.edits]
            return Change(ChangeKind.FIELDS, tuple(i for c in changes for i in c.ids),
                          tuple(sorted({f for c in changes for f in c.fields})))
        if kinds == {ChangeKind.FIELDS, ChangeKind.ROUNDS}:  # a consensus written into the ratings
            changes = [e.change(plan) for e in self.edits if e.change(plan).kind is ChangeKind.FIELDS]
            return Change(ChangeKind.FIELDS, tuple(i for c in changes for i in c.ids),
                          tuple(sorted({f for c in changes for f in c.fields} | {ROUND_MARK})))
        if kinds == {ChangeKind.ROUNDS}:
            return Change(ChangeKind.ROUNDS)
        if kinds == {ChangeKind.STRATEGY}:
            changes = [e.change(plan) for e in self.edits]
            return Change(ChangeKind.STRATEGY, (), tuple(sorted({f for c in changes for f in c.fields})))
        # Links changed together with the objectives or audiences they point at redraw like settings.
        if {ChangeKind.STRUCTURE, ChangeKind.STRATEGY} <= kinds:
            return Change(ChangeKind.RESET)  # an import bringing objectives with the rows that serve them
        if ChangeKind.STRUCTURE in kinds:
            return Change(ChangeKind.STRUCTURE)
        if ChangeKind.SETTINGS in kinds or kinds >= {ChangeKind.FIELDS, ChangeKind.STRATEGY}:
            return Change(ChangeKind.SETTINGS)
        return Change(ChangeKind.DEPENDENCIES)

    def describe(self, plan):
        if self.text:
            return self.text
        if len(self.edits) == 1:
            return self.edits[0].describe(plan)
        if all(isinstance(e, SetFields) for e in self.edits):
            rates = all(e.values.keys() <= set(RATINGS) for e in self.edits)
            count = len(self.edits)
            return (ngettext("Rate {count} initiative", "Rate {count} initiatives", count) if rates else
                    ngettext("Edit {count} initiative", "Edit {count} initiatives", count)).format(count=count)
        return ngettext("Make {count} change", "Make {count} changes", len(self.edits)).format(count=len(self.edits))


    def apply(self, plan):
        inverses = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(plan))
        except PlanError:
            for inverse in reversed(inverses):  # leave the plan as it was
                inverse.apply(plan)
            raise
        return Compound(tuple(reversed(inverses)))

