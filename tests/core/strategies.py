"""Hypothesis strategies for valid plans, shared by the property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from planner.model import DECISIONS, DEFAULT_QUADRANT_NAMES, Dependency, Initiative, Lane, Plan, Scale

ids = st.text(min_size=1, max_size=8).filter(lambda s: s.strip())
texts = st.text(max_size=30)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
quadrant_names = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
ratings = st.none() | st.integers(1, 5) | st.sampled_from([1.5, 2.5, 3.5, 4.5])
# Extra keys a newer format might write; kept on save.
extras = st.dictionaries(st.sampled_from(["x_note", "x_tags", "x_colour"]),
                         st.none() | st.integers(-5, 5) | texts | st.lists(st.integers(0, 3), max_size=3),
                         max_size=2)


@st.composite
def plans(draw, max_initiatives: int = 12, near_start: bool = False) -> Plan:
    """Draw a valid plan: unique ids, dependencies forming a DAG, dates anywhere to 9999.

    With ``near_start`` every date stays within a century of the plan start, so schedules
    never run past 9999.
    """
    start = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)) if near_start else dates)
    lanes = [Lane(f"lane{i}", draw(texts) or f"Lane {i}", draw(extras))
             for i in range(draw(st.integers(0, 3)))]
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
            duration_days=draw(st.integers(0, 400)), extra=draw(extras)))
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
                extra=draw(extras))
