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


@st.composite
def strategies(draw) -> Strategy:
    """Draw a strategy; readiness always holds one answer per item, in order, as loading makes it."""
    if not draw(st.booleans()):
        return Strategy()
    readiness = [ReadinessAnswer(item, draw(st.sampled_from(READINESS_STATUSES)), draw(texts))
                 for item in READINESS_ITEMS]
    return Strategy(draw(st.sampled_from(VALUE_DISCIPLINES)), draw(texts), readiness,
                    draw(st.none() | st.integers(0, 40) | st.sampled_from([2.5, 12.5])), draw(extras))


@st.composite
def objectives(draw) -> list[Objective]:
    result = []
    for n, oid in enumerate(draw(st.lists(ids, max_size=4, unique=True))):
        kpis = [Kpi(f"k{n}-{m}", draw(texts.filter(lambda s: s.strip())) or "KPI", draw(texts),
                    draw(numbers), draw(st.none() | dates), draw(numbers), draw(st.none() | dates),
                    draw(numbers), draw(st.booleans()), draw(extras))
                for m in range(draw(st.integers(0, 2)))]
        result.append(Objective(oid, draw(texts.filter(lambda s: s.strip())) or "Objective",
                                draw(st.sampled_from(OBJECTIVE_KINDS)), draw(texts), kpis, draw(extras)))
    return result


@st.composite
def audiences(draw) -> list[Audience]:
    shares = st.integers(0, 100) | st.sampled_from([0.5, 12.5, 99.9])
    return [Audience(aid, draw(texts.filter(lambda s: s.strip())) or "Audience", draw(texts),
                     draw(st.dictionaries(st.sampled_from(TECHNOGRAPHICS), shares)), draw(extras))
            for aid in draw(st.lists(ids, max_size=3, unique=True))]


@st.composite
def plans(draw, max_initiatives: int = 12, near_start: bool = False) -> Plan:
    """Draw a valid plan: unique ids, dependencies forming a DAG, dates anywhere to 9999.

    With ``near_start`` every date stays within a century of the plan start, so schedules
    never run past 9999.
    """
    start = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)) if near_start else dates)
    lanes = [Lane(f"lane{i}", draw(texts) or f"Lane {i}", draw(extras))
             for i in range(draw(st.integers(0, 3)))]
    plan_objectives, plan_audiences = draw(objectives()), draw(audiences())
    objective_ids = [o.id for o in plan_objectives]
    audience_ids = [a.id for a in plan_audiences]
    item_ids = draw(st.lists(ids, max_size=max_initiatives, unique=True))
    items = []
    for iid in item_ids:
        fixed = draw(st.booleans())
        own_start = draw(st.none() | st.dates(start, start + dt.timedelta(days=3650)) if near_start else dates)
        items.append(Initiative(
            id=iid, title=draw(texts.filter(lambda s: s.strip())) if draw(st.booleans()) else iid.strip() or "x",
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
    names = {q: draw(st.just(name) | quadrant_names) for q, name in DEFAULT_QUADRANT_NAMES.items()}
    return Plan(title=draw(texts), start=start, scale=Scale(1, 5, 0.5), quadrant_names=names,
                lanes=lanes, initiatives=[items[k] for k in order], dependencies=deps,
                strategy=draw(strategies()), objectives=plan_objectives, audiences=plan_audiences,
                extra=draw(extras))
