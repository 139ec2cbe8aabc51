"""Hypothesis strategies for valid plans, shared by the property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from planner.model import (
    DECISIONS, DEFAULT_QUADRANT_NAMES, OBJECTIVE_KINDS, READINESS_ITEMS, READINESS_STATUSES, TECHNOGRAPHICS,
    VALUE_DISCIPLINES, Audience, Dependency, Initiative, Kpi, Lane, Objective, Plan, ReadinessAnswer, Scale,
    Strategy,
)

ids = st.text(min_size=1, max_size=8).filter(lambda s: s.strip())
texts = st.text(max_size=30)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
quadrant_names = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
ratings = st.none() | st.integers(1, 5) | st.sampled_from([1.5, 2.5, 3.5, 4.5])
# Extra keys a newer format might write; kept on save.
extras = st.dictionaries(st.sampled_from(["x_note", "x_tags", "x_colour"]),
                         st.none() | st.integers(-5, 5) | texts | st.lists(st.integers(0, 3), max_size=3),
                         max_size=2)


numbers = st.none() | st.integers(-1000, 1000) | st.floats(-1e6, 1e6, allow_nan=False)

# Typed text, as people type it into a spreadsheet cell: no control characters, no unassigned
# code points, nothing round it (a cell reader strips it), no list separators in an id.
_typed_alphabet = st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp"))
typed_texts = st.text(_typed_alphabet, max_size=30).map(str.strip)
typed_names = typed_texts.filter(bool)
typed_ids = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp"), blacklist_characters=",;"),
                    min_size=1, max_size=8).map(str.strip).filter(bool)
# A number as a spreadsheet holds it: 15 significant digits (Excel's precision), a whole one as an
# int (3.0 reads back as 3).
typed_numbers = numbers.map(lambda x: x if x is None else float(f"{x:.15g}")).map(
    lambda x: int(x) if x is not None and x.is_integer() else x)
typed_dates = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(9999, 12, 31))


def _vocabulary(typed: bool):
    """(texts, names, ids, numbers, dates, extras) for generated plans; ``typed``: as a workbook holds them."""
    if typed:
        return typed_texts, typed_names, typed_ids, typed_numbers, typed_dates, st.just({})
    return texts, texts.filter(lambda s: s.strip()), ids, numbers, dates, extras


@st.composite
def strategies(draw, typed: bool = False) -> Strategy:
    """Draw a strategy; readiness always holds one answer per item, in order, as loading makes it."""
    texts, _, _, _, _, extras = _vocabulary(typed)
    if not draw(st.booleans()):
        return Strategy()
    readiness = [ReadinessAnswer(item, draw(st.sampled_from(READINESS_STATUSES)), draw(texts))
                 for item in READINESS_ITEMS]
    return Strategy(draw(st.sampled_from(VALUE_DISCIPLINES)), draw(texts), readiness,
                    draw(st.none() | st.integers(0, 40) | st.sampled_from([2.5, 12.5])), draw(extras))


@st.composite
def objectives(draw, typed: bool = False) -> list[Objective]:
    texts, names, ids, numbers, dates, extras = _vocabulary(typed)
    result = []
    for n, oid in enumerate(draw(st.lists(ids, max_size=4, unique=True))):
        kpis = [Kpi(f"k{n}-{m}", draw(names) or "KPI", draw(texts),
                    draw(numbers), draw(st.none() | dates), draw(numbers), draw(st.none() | dates),
                    draw(numbers), draw(st.booleans()), draw(extras))
                for m in range(draw(st.integers(0, 2)))]
        result.append(Objective(oid, draw(names) or "Objective",
                                draw(st.sampled_from(OBJECTIVE_KINDS)), draw(texts), kpis, draw(extras)))
    return result


@st.composite
def audiences(draw, typed: bool = False) -> list[Audience]:
    texts, names, ids, _, _, extras = _vocabulary(typed)
    shares = st.integers(0, 100) | st.sampled_from([0.5, 12.5, 99.9])
    return [Audience(aid, draw(names) or "Audience", draw(texts),
                     draw(st.dictionaries(st.sampled_from(TECHNOGRAPHICS), shares)), draw(extras))
            for aid in draw(st.lists(ids, max_size=3, unique=True))]


@st.composite
def plans(draw, max_initiatives: int = 12, near_start: bool = False, typed: bool = False) -> Plan:
    """Draw a valid plan: unique ids, dependencies forming a DAG, dates anywhere to 9999.

    With ``near_start`` every date stays within a century of the plan start, so schedules
    never run past 9999. With ``typed`` the texts, numbers and dates are as a workbook holds
    them (see typed_texts), lanes have distinct names and nothing carries extra keys.
    """
    texts, names, ids, _, _, extras = _vocabulary(typed)
    low = dt.date(1901, 1, 1) if typed else dt.date(1900, 1, 1)
    start = draw(st.dates(low, dt.date(2100, 1, 1)) if near_start else dates)
    if typed:
        lane_names = draw(st.lists(names, max_size=3, unique_by=str.lower))
    else:
        lane_names = [draw(texts) or f"Lane {i}" for i in range(draw(st.integers(0, 3)))]
    lanes = [Lane(f"lane{i}", name, draw(extras)) for i, name in enumerate(lane_names)]
    plan_objectives, plan_audiences = draw(objectives(typed)), draw(audiences(typed))
    objective_ids = [o.id for o in plan_objectives]
    audience_ids = [a.id for a in plan_audiences]
    item_ids = draw(st.lists(ids, max_size=max_initiatives, unique=True))
    items = []
    for iid in item_ids:
        fixed = draw(st.booleans())
        own_start = draw(st.none() | st.dates(start, start + dt.timedelta(days=3650)) if near_start else dates)
        items.append(Initiative(
            id=iid, title=draw(names) if draw(st.booleans()) else iid.strip() or "x",
            description=draw(texts), owner=draw(texts),
            benefit=draw(ratings), technical_effort=draw(ratings), organisational_effort=draw(ratings),
            decision=draw(st.sampled_from(DECISIONS)),
            lane=draw(st.sampled_from([None] + [lane.id for lane in lanes])),
            start=own_start if (own_start or not fixed) else start,
            fixed_start=fixed and own_start is not None,
            duration_days=draw(st.integers(0, 400)),
            objectives=draw(st.lists(st.sampled_from(objective_ids), unique=True)) if objective_ids else [],
            audiences=draw(st.lists(st.sampled_from(audience_ids), unique=True)) if audience_ids else [],
            run_effort=draw(ratings), extra=draw(extras)))
    deps = []
    if len(items) >= 2:
        pairs = draw(st.lists(st.tuples(st.integers(0, len(items) - 1), st.integers(0, len(items) - 1)),
                              max_size=3 * len(items), unique=True))
        for i, j in pairs:
            if i < j:  # edges only forward in list order: acyclic by construction
                deps.append(Dependency(items[i].id, items[j].id, draw(st.integers(-30, 30))))
    order = draw(st.permutations(range(len(items))))
    quadrants = names.filter(lambda s: len(s) <= 40) if typed else quadrant_names
    quadrant = {q: draw(st.just(name) | quadrants) for q, name in DEFAULT_QUADRANT_NAMES.items()}
    return Plan(title=draw(names if typed else texts), start=start, scale=Scale(1, 5, 0.5), quadrant_names=quadrant,
                lanes=lanes, initiatives=[items[k] for k in order], dependencies=deps,
                strategy=draw(strategies(typed)), objectives=plan_objectives, audiences=plan_audiences,
                extra=draw(extras))
