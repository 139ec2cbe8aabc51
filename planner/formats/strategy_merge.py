"""Bringing a workbook's strategy frame into a plan, and the initiatives' links to it.

The rule, for a new plan and an open one alike: the plan's own strategy is kept and the
workbook's adds to it. An objective or audience whose name the plan already has stays the
plan's (its links point there); one that differs from the workbook's is a conflict, reported as
``Strategy sheet, row 9, objective: …; the plan's is kept``. The others are added, keeping their
ids where free. A strategy field (value discipline, ambition, capacity, a readiness answer) is
taken from the workbook where the plan leaves it unset; set differently on both sides, it is a
conflict and the plan's stays. A new plan sets nothing, so it takes the workbook's frame whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planner.formats.spreadsheet import cell_text, is_blank
from planner.formats.xlsx_strategy import SHEET, StrategyFrame
from planner.ids import unique_id
from planner.language import _
from planner.model import DISCIPLINE_NAMES, Audience, Objective, Plan, ReadinessAnswer, Strategy


@dataclass(slots=True)
class StrategyMerge:
    """What an import adds to a plan's strategy frame: ``strategy`` maps ChangeStrategy's fields."""

    objectives: list[Objective] = field(default_factory=list)
    audiences: list[Audience] = field(default_factory=list)
    strategy: dict = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    # Per kind ("objectives", "audiences"): sheet id → plan id, and lower-case name → plan id.
    ids: dict[str, dict[str, str]] = field(default_factory=lambda: {"objectives": {}, "audiences": {}})
    names: dict[str, dict[str, str]] = field(default_factory=lambda: {"objectives": {}, "audiences": {}})
    sheet_names: dict[str, dict[str, str]] = field(default_factory=lambda: {"objectives": {}, "audiences": {}})
    _plan_things: dict = field(default_factory=dict)  # the plan's objectives and audiences, by kind

    @property
    def changes_plan(self) -> bool:
        return bool(self.objectives or self.audiences or self.strategy)

    def links(self, kind: str, names_cell, ids_cell) -> list[str]:
        """Return the plan ids an initiative's ``kind`` cells name, adding an objective or audience
        for a name the plan lacks (as an import adds a lane).

        The ids cell is the workbook's own, ids separated by commas; it is used only while the names cell
        still names those same ones, so a name edited in the workbook wins over a stale id.
        """
        names = cell_text(names_cell)
        sheet_ids = [i.strip() for i in re.split(r"[,;\n]", cell_text(ids_cell)) if i.strip()]
        known = self.sheet_names[kind]
        if sheet_ids and all(i in self.ids[kind] for i in sheet_ids) \
                and names == ", ".join(known[i] for i in sheet_ids):
            return list(dict.fromkeys(self.ids[kind][i] for i in sheet_ids))
        result = []
        for token in re.split(r"[,;\n]+", names):
            name = token.strip()
            if not name:
                continue
            found = self.names[kind].get(name.lower())
            if found is None:
                found = self._add(kind, name)
            if found not in result:
                result.append(found)
        return result

    def _add(self, kind: str, name: str) -> str:
        taken = {x.id for x in (*self._plan_things[kind], *getattr(self, kind))}
        new_id = unique_id(name, taken, kind[:-1])
        getattr(self, kind).append(Objective(new_id, name) if kind == "objectives" else Audience(new_id, name))
        self.names[kind][name.lower()] = new_id
        return new_id


def merge_strategy(plan: Plan, frame: StrategyFrame | None) -> StrategyMerge:
    """Return what ``frame`` (None: the file has no Strategy sheet) adds to ``plan``; ``frame`` is used up."""
    merge = StrategyMerge()
    merge._plan_things = {"objectives": plan.objectives, "audiences": plan.audiences}
    for kind in ("objectives", "audiences"):
        for thing in getattr(plan, kind):
            merge.names[kind].setdefault(thing.name.strip().lower(), thing.id)
    if frame is None:
        return merge
    rows = frame.rows
    taken_kpis = {k.id for o in plan.objectives for k in o.kpis}
    for kind, what in (("objectives", "objective"), ("audiences", "audience")):
        mine = {thing.name.strip().lower(): thing for thing in getattr(plan, kind)}
        taken = {thing.id for thing in getattr(plan, kind)}
        for thing in getattr(frame, kind):
            sheet_id = thing.id
            if sheet_id:
                merge.sheet_names[kind].setdefault(sheet_id, thing.name)
            existing = mine.get(thing.name.lower())
            if existing is not None:
                if _comparable(existing) != _comparable(thing):
                    conflict = (_("{sheet} sheet, row {row}, objective: “{name}” differs from the plan's objective "
                                  "of that name; the plan's is kept") if what == "objective" else
                                _("{sheet} sheet, row {row}, audience: “{name}” differs from the plan's audience "
                                  "of that name; the plan's is kept"))
                    merge.conflicts.append(conflict.format(sheet=SHEET, row=rows.get(id(thing), "?"), name=thing.name))
                final = existing.id
            else:
                if not sheet_id or sheet_id in taken:
                    thing.id = unique_id(thing.name, taken, what)
                taken.add(thing.id)
                if kind == "objectives":
                    for kpi in thing.kpis:
                        if not kpi.id or kpi.id in taken_kpis:
                            kpi.id = unique_id(kpi.name, taken_kpis, "kpi")
                        taken_kpis.add(kpi.id)
                getattr(merge, kind).append(thing)
                merge.names[kind].setdefault(thing.name.lower(), thing.id)
                final = thing.id
            if sheet_id:
                merge.ids[kind].setdefault(sheet_id, final)
    _merge_fields(plan.strategy, frame.strategy, merge, rows)
    return merge


def _comparable(thing) -> tuple:
    """An objective or audience without its ids and extras, to tell whether two differ."""
    if isinstance(thing, Objective):
        kpis = tuple((k.name, k.unit, k.baseline, k.baseline_date, k.target, k.target_date, k.current,
                      k.business_result) for k in thing.kpis)
        return thing.name.lower(), thing.kind, thing.description, kpis
    return thing.name.lower(), thing.description, tuple(sorted(thing.profile.items()))


def _merge_fields(mine: Strategy, theirs: Strategy, merge: StrategyMerge, rows: dict) -> None:
    row = rows.get(id(theirs), "?")
    for key, label, unset in (("value_discipline", _("value discipline"), "none"), ("ambition", _("ambition"), ""),
                              ("monthly_capacity", _("monthly capacity"), None)):
        ours, wanted = getattr(mine, key), getattr(theirs, key)
        if wanted == unset or wanted == ours:
            continue
        if ours == unset:
            merge.strategy[key] = wanted
        else:
            shown = _discipline if key == "value_discipline" else _shown
            merge.conflicts.append(_("{sheet} sheet, row {row}, {field}: the plan's “{ours}” is kept, "
                                     "not “{theirs}”").format(sheet=SHEET, row=row, field=label, ours=shown(ours), theirs=shown(wanted)))
    answers = {a.item: a for a in mine.readiness}
    changed = False
    for answer in theirs.readiness:
        ours = answers.get(answer.item) or ReadinessAnswer(answer.item)
        if (answer.status, answer.note) in (("unknown", ""), (ours.status, ours.note)):
            continue
        if (ours.status, ours.note) == ("unknown", ""):
            answers[answer.item] = ReadinessAnswer(answer.item, answer.status, answer.note)
            changed = True
        else:
            merge.conflicts.append(_("{sheet} sheet, row {row}, readiness: the plan's answer “{ours}” is kept, "
                                     "not “{theirs}”").format(sheet=SHEET, row=rows.get(id(answer), "?"),
                                                             ours=_status(ours.status), theirs=_status(answer.status)))
    if changed:
        merge.strategy["readiness"] = [answers.get(a.item) or a for a in theirs.readiness]


def _discipline(value) -> str:
    name = DISCIPLINE_NAMES.get(value)
    return _(name) if name else value


def _status(value) -> str:
    from planner.undo_texts import status_word
    return status_word(value)


def _shown(value) -> str:

    text = "" if is_blank(value) else str(value)
    return text if len(text) <= 40 else text[:37] + "…"
