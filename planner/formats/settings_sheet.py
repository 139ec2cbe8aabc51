"""Reading a workbook's Settings sheet: the plan's title, start, scale, weights, thresholds,
quadrant names and lanes, each row a label (English or Dutch) and its value."""

from __future__ import annotations

import datetime as dt

from planner import rules
from planner.edits import check_settings
from planner.errors import PlanError
from planner.formats.spreadsheet import (
    cell_date, cell_number, cell_shown, cell_text, in_every_language, is_blank, normalised,
)
from planner.formats.xlsx_export import MIDPOINT_NOTE, SETTINGS
from planner.ids import unique_id
from planner.language import _
from planner.model import (
    BIG_BET, DEFAULT_QUADRANT_NAMES, FILL_IN, MONEY_PIT, QUADRANTS, QUICK_WIN, EffortWeights, Lane, Plan, Scale,
    Thresholds,
)

# The export's labels' defined names → what they set.
_NAMED = {"ScaleMin": "scale_min", "ScaleMax": "scale_max", "ScaleStep": "scale_step", "WeightTechnical": "technical",
          "WeightOrganisational": "organisational", "ThresholdBenefit": "benefit", "ThresholdEffort": "effort",
          "NameQuickWin": QUICK_WIN, "NameBigBet": BIG_BET, "NameFillIn": FILL_IN, "NameMoneyPit": MONEY_PIT,
          "PlanStart": "start", "PlanTitle": "title"}


def apply_settings(plan: Plan, rows: list[tuple[int, list]], problems: list[str]) -> dt.date | None:
    """Set the plan's title, scale, weights and thresholds from a Settings sheet; return its start."""
    midpoint_notes = {normalised(text) for text in in_every_language(MIDPOINT_NOTE)}
    lane_labels = {"lane", "spoor", *(normalised(text) for text in in_every_language("Lane"))}
    labels = {normalised(text): _NAMED[name] for label, name in SETTINGS for text in in_every_language(label)}
    numbers: dict[str, float] = {}
    midpoint: set[str] = set()  # thresholds the workbook marks as following the scale's midpoint
    start = None
    for number, values in rows:
        if len(values) < 2 or is_blank(values[0]) or is_blank(values[1]):
            continue
        label, value = normalised(values[0]), values[1]
        if label in lane_labels:  # the plan's lanes in order, with their ids when given
            _add_lane(plan, cell_text(value), cell_text(values[2]) if len(values) > 2 else "")
            continue
        key = labels.get(label) or _setting_key(label)
        if key is None:
            continue
        place = _("Settings row {n}, {label}").format(n=number, label=cell_text(values[0])[:40])
        if key == "title":
            plan.title = cell_text(value)[:rules.MAX_TEXT_LENGTH]
        elif key in QUADRANTS:
            name = cell_text(value).strip()
            if problem := rules.quadrant_name_problem(name, key):
                problems.append(f"{place}: {problem}")
            elif name not in in_every_language(DEFAULT_QUADRANT_NAMES[key]):
                plan.quadrant_names = {**plan.quadrant_names, key: name}
        elif key == "start":
            start = cell_date(value)
            if start is None:
                problems.append(f"{place}: " + _("{value} is not a date").format(value=cell_shown(value)))
        else:
            n = cell_number(value)
            if n is None:
                problems.append(f"{place}: " + _("{value} is not a number").format(value=cell_shown(value)))
            else:
                numbers[key] = n
                if key in ("benefit", "effort") and len(values) > 3 and normalised(values[3]) in midpoint_notes:
                    midpoint.add(key)
    default = Scale()
    scale = Scale(numbers.get("scale_min", default.min), numbers.get("scale_max", default.max),
                  numbers.get("scale_step", default.step))
    weights = EffortWeights(numbers.get("technical", EffortWeights().technical),
                            numbers.get("organisational", EffortWeights().organisational))
    for key in midpoint:  # left to the scale, unless someone typed another value over the formula
        if numbers[key] == scale.midpoint:
            del numbers[key]
    thresholds = Thresholds(numbers.get("benefit"), numbers.get("effort"))
    try:
        check_settings(Plan(), {"scale": scale, "effort_weights": weights, "thresholds": thresholds})
    except PlanError as e:
        problems.append(_("Settings: {problem}; the usual settings are used instead").format(problem=e))
        return start
    plan.scale, plan.effort_weights, plan.thresholds = scale, weights, thresholds
    return start


def _add_lane(plan: Plan, name: str, lane_id: str) -> None:
    taken = {lane.id for lane in plan.lanes}
    if name and name.lower() not in {lane.name.lower() for lane in plan.lanes}:
        plan.lanes.append(Lane(lane_id if lane_id and lane_id not in taken else unique_id(name, taken, "lane"), name))


def _setting_key(label: str) -> str | None:
    if label.startswith("nameof") or label.startswith("naamvan"):
        for words, quadrant in ((("quickwin", "laaghangend"), QUICK_WIN), (("bigbet",), BIG_BET),
                                (("fillin", "opvuller"), FILL_IN), (("moneypit",), MONEY_PIT)):
            if any(word in label for word in words):
                return quadrant
    if "weight" in label or "gewicht" in label:
        if "tech" in label:
            return "technical"
        if "organi" in label:
            return "organisational"
    if "threshold" in label or "drempel" in label:
        if "benefit" in label or "baat" in label:
            return "benefit"
        if "effort" in label or "inspanning" in label:
            return "effort"
    if "scale" in label or "schaal" in label:
        for part in ("min", "max", "step"):
            if part in label:
                return f"scale_{part}"
        if "stap" in label:
            return "scale_step"
    if label in ("plantitle", "title", "titel", "plantitel"):
        return "title"
    if label in ("planstart", "start", "startdate", "startdatum", "planstartdatum"):
        return "start"
    return None
