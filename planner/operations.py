"""What a user does to a plan in one step beyond setting a field: each returns one compound edit.

The window's menus, the CLI and the tests reach these alike. Each reads the plan, changes
nothing, and returns the edit that does the job, named for the undo history, or None when
there is nothing to do. Applying it, through a Document for undo, is the caller's part.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner import rules
from planner.edits import AddDependency, ChangeSettings, Compound, InsertInitiatives, SetFields
from planner.errors import PlanError
from planner.language import _, ngettext
from planner.ids import unique_id
from planner.model import Dependency, Initiative, Lane, Plan
from planner.scheduling import Schedule
from planner.strategy_edits import ChangeStrategy, SetAudiences, SetObjectives



def schedule_as_early_as_possible(plan: Plan, schedule: Schedule) -> Compound | None:
    """Give every start that is not pinned the earliest date ``schedule`` allows it."""
    edits = tuple(SetFields(item.id, {"start": schedule.items[item.id].earliest_start})
                  for item in plan.initiatives
                  if not item.fixed_start and item.id in schedule.items
                  and item.start != schedule.items[item.id].earliest_start)
    if not edits:
        return None
    return Compound(edits, ngettext("Schedule {count} initiative as early as possible",
                                    "Schedule {count} initiatives as early as possible", len(edits)).format(
                                        count=len(edits)))


def unpin_all_starts(plan: Plan) -> Compound | None:
    """Release every pinned start, so each starts as early as its dependencies allow."""
    edits = tuple(SetFields(item.id, {"fixed_start": False}) for item in plan.initiatives if item.fixed_start)
    if not edits:
        return None
    return Compound(edits, ngettext("Unpin {count} start", "Unpin {count} starts", len(edits)).format(count=len(edits)))


def duplicate(plan: Plan, ids: Iterable[str]) -> Compound | None:
    """Copy the initiatives ``ids`` to the end of the plan, in the plan's order, titled "… (copy)".

    Dependencies are not copied: a copy is a new piece of work to place.
    """
    rows = {item.id: i for i, item in enumerate(plan.initiatives)}
    ids = list(ids)
    missing = [iid for iid in ids if iid not in rows]
    if missing:
        raise PlanError(rules.reference_problem(missing[0], rows, "initiative"))
    ordered = sorted(ids, key=rows.__getitem__)
    copies, taken = [], set(rows)
    for offset, iid in enumerate(ordered):
        source = plan.initiatives[rows[iid]]
        copy_id = unique_id(f"{source.title} copy", taken, "initiative")
        copy = Initiative(**{f: getattr(source, f) for f in Initiative.__dataclass_fields__})
        copy.id, copy.title, copy.extra = copy_id, _("{title} (copy)").format(title=source.title), dict(source.extra)
        copy.objectives, copy.audiences = list(source.objectives), list(source.audiences)
        copies.append((len(plan.initiatives) + offset, copy))
    if not copies:
        return None
    text = (_("Duplicate ‘{title}’").format(title=plan.initiatives[rows[ordered[0]]].title) if len(copies) == 1
            else ngettext("Duplicate {count} initiative", "Duplicate {count} initiatives", len(copies)).format(
                count=len(copies)))
    return Compound((InsertInitiatives(tuple(copies)),), text)


def add_imported(plan: Plan, items: list[Initiative], dependencies: Iterable[Dependency],
                 new_lanes: Iterable[Lane] = (), source: str = "", strategy=None) -> Compound | None:
    """Add what an import read (see ``plan_import.import_rows_into``) at the end of the plan.

    ``new_lanes``, and what ``strategy`` (the report's StrategyMerge) adds to the strategy frame,
    come first, as the items may sit in those lanes and serve those objectives; ``source`` (a
    file name) names the step.
    """
    if not items:
        return None
    edits = []
    new_lanes = list(new_lanes)
    if new_lanes:
        edits.append(ChangeSettings({"lanes": [*plan.lanes, *new_lanes]}))
    if strategy is not None and strategy.objectives:
        edits.append(SetObjectives((*plan.objectives, *strategy.objectives)))
    if strategy is not None and strategy.audiences:
        edits.append(SetAudiences((*plan.audiences, *strategy.audiences)))
    if strategy is not None and strategy.strategy:
        edits.append(ChangeStrategy(dict(strategy.strategy)))
    n = len(plan.initiatives)
    edits.append(InsertInitiatives(tuple((n + i, item) for i, item in enumerate(items))))
    edits.extend(AddDependency(d) for d in dependencies)
    count = len(items)
    text = (ngettext("Import {count} initiative from {source}", "Import {count} initiatives from {source}", count)
            if source else ngettext("Import {count} initiative", "Import {count} initiatives", count)).format(
                count=count, source=source)

    return Compound(tuple(edits), text)
