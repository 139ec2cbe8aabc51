"""The rules module: each limit and field rule in one place, so the file, the edits and the import agree."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings, strategies as st

from planner import rules
from planner.edits import SetFields
from planner.errors import PlanError, PlanFileError
from planner.formats.plan_file import loads, plan_to_document
from planner.ids import new_id, slug, unique_id
from planner.model import DECISIONS, Initiative, Lane, Objective, Plan, Scale
from planner.palette import DECISION_COLOURS, NO_OBJECTIVE_COLOUR, OBJECTIVE_COLOURS, objective_colours
from planner.samples import sample_plan


def test_a_value_inside_a_rule_has_no_problem():
    """Every check returns None for a value it accepts."""
    scale = Scale(1, 5)
    assert rules.rating_problem(3.5, scale) is None
    assert rules.duration_problem(rules.MAX_DURATION_DAYS) is None
    assert rules.lag_problem(-rules.MAX_LAG_DAYS) is None
    assert rules.decision_problem("build") is None
    assert rules.quadrant_name_problem("x" * rules.MAX_QUADRANT_NAME_LENGTH, "big bet") is None
    assert rules.share_problem(rules.MAX_SHARE) is None and rules.capacity_problem(None) is None


@pytest.mark.parametrize("problem, sentence", [
    (rules.rating_problem(7, Scale(1, 5)), "7 is outside the scale 1–5"),
    (rules.rating_problem(float("nan"), Scale(1, 5)), "nan is outside the scale 1–5"),
    (rules.rating_problem(True, Scale(0, 5)), "True is outside the scale 0–5"),
    (rules.duration_problem(-1), "-1 days is not a duration (use 0 to 36500)"),
    (rules.duration_problem(2.5), "2.5 days is not a duration (use 0 to 36500)"),
    (rules.lag_problem(36_501), "36501 days is not a lag (use -36500 to 36500)"),
    (rules.decision_problem("maybe"), '"maybe" is not a decision (use one of build, join, ignore, undecided)'),
    (rules.objective_kind_problem("x"), '"x" is not an objective kind '
                                        "(use one of listening, talking, energizing, supporting, embracing, other)"),
    (rules.reference_problem("nope", {"a"}, "lane"), 'no lane has the id "nope"'),
    (rules.link_problem("grow", (), "objective"), 'there is no objective "grow"'),
    (rules.self_dependency_problem("a", "a", "A\nB"), '"A\\nB" cannot depend on itself'),
    (rules.quadrant_name_problem(" ", "fill-in"), "the fill-in quadrant needs a name"),
    (rules.scale_step_problem(0, 1, 5), "0 must be above 0 and at most the scale's width 4"),
    (rules.weight_problem(-1), "-1 is not a weight (use a number from 0 up)"),
    (rules.capacity_problem(rules.MAX_SCALE_MAGNITUDE + 1), "1000001 is not a monthly capacity (use a number from 0 up)"),
    (rules.name_problem(" ", "KPI"), "a KPI needs a name"),
    (rules.text_problem("x" * (rules.MAX_TEXT_LENGTH + 1)), "the text is longer than 100000 characters"),
])
def test_each_refusal_is_one_sentence(problem, sentence):
    """A refused value gets one sentence naming the value and the limit, quoted on one line."""
    assert problem == sentence


def test_values_are_quoted_on_one_line_and_shortened():
    """Long and multi-line values stay readable in a sentence; values JSON cannot hold are shown too."""
    assert rules.shown("x" * 50) == '"' + "x" * 36 + "…"
    assert rules.shown(object).startswith("<class")


# A plan with one initiative and one lane, and values of every kind a field might be given.
field_values = st.one_of(
    st.tuples(st.sampled_from(["benefit", "technical_effort", "organisational_effort", "run_effort"]),
              st.none() | st.integers(-3, 9) | st.floats(-3, 9, allow_nan=False)),
    st.tuples(st.just("duration_days"), st.integers(-5, 5) | st.sampled_from([36_500, 36_501, 10**9])),
    st.tuples(st.just("decision"), st.sampled_from(DECISIONS) | st.text(max_size=6)),
    st.tuples(st.just("lane"), st.none() | st.sampled_from(["l1", "nope"]) | st.text(max_size=3)),
    st.tuples(st.sampled_from(["title", "description", "owner"]),
              st.text(max_size=6) | st.just("x" * (rules.MAX_TEXT_LENGTH + 1))),
)


@given(field_values)
@settings(max_examples=300, deadline=None)
def test_the_file_accepts_a_value_exactly_when_an_edit_does(key_value):
    """Loading a plan with a field's value succeeds iff setting that value by an edit does."""
    key, value = key_value
    plan = Plan(title="P", lanes=[Lane("l1", "One")], initiatives=[Initiative("a", "A", duration_days=5)])
    doc = plan_to_document(plan)
    doc["initiatives"][0][key] = value
    try:
        loads(json.dumps(doc))
        file_accepts = True
    except PlanFileError:
        file_accepts = False
    try:
        SetFields("a", {key: value}).apply(copy.deepcopy(plan))
        edit_accepts = True
    except PlanError:
        edit_accepts = False
    assert file_accepts == edit_accepts


def test_ids_are_slugs_numbered_from_two():
    """One slug function: readable, at most 40 characters, numbered when taken, a fallback when empty."""
    assert slug("Webcare team!", "initiative") == "webcare-team"
    assert slug("€€", "lane") == "lane"
    assert len(slug("a" * 60, "x")) == 40
    assert new_id("KPI", {"kpi", "kpi-2"}) == "kpi-3"
    taken = {"a"}
    assert [unique_id("A", taken), unique_id("A", taken)] == ["a-2", "a-3"] and "a-3" in taken


def test_palette_colours_are_hex_and_objectives_cycle():
    """Colours are #rrggbb text for every decision; objectives take the palette in plan order, wrapping."""
    assert set(DECISION_COLOURS) == set(DECISIONS)
    assert all(len(c) == 7 and c.startswith("#") for c in (*DECISION_COLOURS.values(), NO_OBJECTIVE_COLOUR))
    plan = Plan()
    plan.objectives = [Objective(f"o{n}", "O") for n in range(len(OBJECTIVE_COLOURS) + 1)]
    colours = objective_colours(plan)
    assert colours["o0"] == colours[f"o{len(OBJECTIVE_COLOURS)}"] == OBJECTIVE_COLOURS[0]


@given(st.text())
def test_writable_text_is_exactly_what_encodes_as_utf8(text):
    """The writable rule accepts a text exactly when it can be saved as UTF-8."""
    try:
        text.encode("utf-8")
        encodes = True
    except UnicodeEncodeError:
        encodes = False
    assert (rules.writable_problem(text) is None) == encodes


@pytest.mark.parametrize("change, place", [
    (lambda d: d["initiatives"][0].update(title="X\ud800Y"), "initiatives[0].title"),
    (lambda d: d["initiatives"][0].update(owner="\udcff"), "initiatives[0].owner"),
    (lambda d: d.update(title="\ud83d"), "title"),
    (lambda d: d["initiatives"][0].update(note=["ok", {"deep": "\udc80"}]), "initiatives[0].note[1].deep"),
    (lambda d: d.update({"\ud800key": 1}), "\ud800key"),
])
def test_lone_surrogates_are_refused_with_their_place(change, place):
    """Valid JSON escapes that no file can hold are refused by validation, naming the field."""
    doc = plan_to_document(sample_plan())
    change(doc)
    with pytest.raises(PlanFileError, match="cannot be written") as caught:
        loads(json.dumps(doc))
    assert caught.value.place == place
