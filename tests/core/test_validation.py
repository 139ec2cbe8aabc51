"""Loading refuses every kind of bad file with one precise sentence naming the place."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from planner.errors import PlanFileError
from planner.formats.plan_file import loads


def doc(**fields) -> dict:
    base = {"format": "benefit-effort-plan", "version": 1, "start": "2027-01-04",
            "initiatives": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"},
                            {"id": "c", "title": "C"}]}
    base.update(fields)
    return base


def error_of(data) -> str:
    if isinstance(data, dict):
        data = json.dumps(data).encode()
    with pytest.raises(PlanFileError) as caught:
        loads(data)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def with_item(i: int, **fields) -> dict:
    d = doc()
    d["initiatives"][i].update(fields)
    return d


@pytest.mark.parametrize("data, expected", [
    (b"", "the file is empty"),
    (b"  \n", "the file is empty"),
    (b'{"format": "benefit-effort-plan", "vers', "line 1, column 40: the file ends too early; it may be truncated"),
    (b"hello", "line 1, column 1: the file is not valid JSON (expecting value)"),
    (b'{"format": "benefit-effort-plan", "title": "Caf\xe9"}', "byte 47: the file is not UTF-8 text"),
    (b"[1, 2]", "the file holds a list, not a plan object"),
    (b"[" * 100_000 + b"]" * 100_000, "the file nests too deeply to be a plan"),
])
def test_unreadable_files(data, expected):
    """Empty, truncated, non-JSON, non-UTF-8, wrongly shaped and absurdly nested files."""
    assert error_of(data) == expected


@pytest.mark.parametrize("data, expected", [
    (doc(format="spreadsheet"), 'format: "spreadsheet" is not a Benefit–Effort plan (expected "benefit-effort-plan")'),
    ({"version": 1}, 'the required field "format" is missing'),
    (doc(version=7), "version: this plan is version 7, but this app reads up to version 3; "
                     "open it with a newer Benefit–Effort Planner"),
    (doc(version="1"), 'version: "1" is not a whole number'),
    (with_item(3 - 1, benefit=7), "initiatives[2].benefit: 7 is outside the scale 1–5"),
    (with_item(0, benefit="high"), 'initiatives[0].benefit: "high" is not a number'),
    (with_item(0, benefit=True), "initiatives[0].benefit: true is not a number"),
    (with_item(1, technical_effort=1e300), "initiatives[1].technical_effort: 1e+300 is outside the scale 1–5"),
    (with_item(0, duration_days=2.5), "initiatives[0].duration_days: 2.5 is not a whole number"),
    (with_item(0, duration_days=-1), "initiatives[0].duration_days: -1 days is not a duration (use 0 to 36500)"),
    (with_item(0, duration_days=10**12), "initiatives[0].duration_days: 1000000000000 days is not a duration (use 0 to 36500)"),
    (with_item(0, decision="maybe"), 'initiatives[0].decision: "maybe" is not a decision (use one of build, join, ignore, undecided)'),
    (with_item(0, start="2027-02-30"), "initiatives[0].start: 2027-02-30 is not a date on the calendar"),
    (with_item(0, start="04-01-2027"), 'initiatives[0].start: "04-01-2027" is not a date in the form YYYY-MM-DD'),
    (with_item(0, start="20270104"), 'initiatives[0].start: "20270104" is not a date in the form YYYY-MM-DD'),
    (with_item(0, fixed_start=True), "initiatives[0].fixed_start: a fixed start needs a start date"),
    (with_item(0, fixed_start="yes"), 'initiatives[0].fixed_start: "yes" is not true or false'),
    (with_item(1, id="a"), 'initiatives[1].id: "a" is already used by initiatives[0]'),
    (with_item(1, id=""), "initiatives[1].id: an id cannot be empty"),
    (with_item(1, id=5), "initiatives[1].id: 5 is not a text"),
    (with_item(2, title="  "), "initiatives[2].title: an initiative needs a title"),
    (with_item(0, lane="nowhere"), 'initiatives[0].lane: no lane has the id "nowhere"'),
    (doc(initiatives=[{"title": "No id"}]), 'initiatives[0]: the required field "id" is missing'),
    (doc(initiatives={"a": 1}), "initiatives: an object is not a list"),
    (doc(initiatives=[3]), "initiatives[0]: 3 is not an object"),
    (doc(start="2027-13-01"), "start: 2027-13-01 is not a date on the calendar"),
    (doc(scale={"min": 5, "max": 1}), "scale.max: 1 must be greater than the minimum 5"),
    (doc(scale={"min": 0, "max": 10**9}), "scale.max: 1000000000 is too large for a rating scale"),
    (doc(scale={"min": 1, "max": 5, "step": 0}), "scale.step: 0 must be above 0 and at most the scale's width 4"),
    (doc(effort_weights={"technical": -1}), "effort_weights.technical: -1 is not a weight (use a number from 0 up)"),
    (doc(effort_weights={"technical": 0, "organisational": 0}), "effort_weights.organisational: the two effort weights cannot both be 0"),
    (doc(thresholds={"benefit": 9}), "thresholds.benefit: 9 is outside the scale 1–5"),
    (doc(quadrant_names=["Quick wins"]), "quadrant_names: a list is not an object"),
    (doc(quadrant_names={"big_bet": 5}), "quadrant_names.big_bet: 5 is not a text"),
    (doc(quadrant_names={"foo": "Foo"}),
     'quadrant_names.foo: "foo" is not a quadrant (use one of quick_win, big_bet, fill_in, money_pit)'),
    (doc(quadrant_names={"quick win": "Easy"}),
     'quadrant_names.quick win: "quick win" is not a quadrant (use one of quick_win, big_bet, fill_in, money_pit)'),
    (doc(quadrant_names={"fill_in": ""}), "quadrant_names.fill_in: the fill-in quadrant needs a name"),
    (doc(quadrant_names={"fill_in": "   "}), "quadrant_names.fill_in: the fill-in quadrant needs a name"),
    (doc(quadrant_names={"money_pit": "x" * 41}),
     "quadrant_names.money_pit: the name of the money pit quadrant is longer than 40 characters"),
    (doc(lanes=[{"id": "x"}, {"id": "x"}]), 'lanes[1].id: "x" is already used by lanes[0]'),
    (doc(dependencies=[{"from": "a", "to": "zz"}]), 'dependencies[0].to: no initiative has the id "zz"'),
    (doc(dependencies=[{"from": "b", "to": "b"}]), 'dependencies[0]: "b" cannot depend on itself'),
    (doc(dependencies=[{"from": "a", "to": "b"}, {"from": "a", "to": "b", "lag_days": 3}]),
     "dependencies[1]: repeats dependencies[0] (a → b)"),
    (doc(dependencies=[{"from": "a", "to": "b", "lag_days": 99999999}]),
     "dependencies[0].lag_days: 99999999 days is not a lag (use -36500 to 36500)"),
    (doc(dependencies=[{"from": "a", "to": "b"}, {"from": "b", "to": "c"}, {"from": "c", "to": "a"}]),
     "dependencies: the dependencies form a cycle: a → b → c → a"),
])
def test_invalid_fields(data, expected):
    """Each kind of bad field is reported with its place and what is wrong."""
    assert error_of(data) == expected


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused_with_their_place(token):
    """NaN and infinities, even ones spelled as huge exponents, name the field they sit in."""
    text = json.dumps(doc()).replace('"title": "B"', f'"title": "B", "benefit": {token}')
    assert error_of(text.encode()) == f"initiatives[1].benefit: {token} is not a finite number"


def test_non_finite_numbers_in_unknown_keys_are_refused():
    """A NaN hidden in a key this version does not know is refused too, since it could not be saved."""
    text = json.dumps(doc()).replace('"title": "B"', '"title": "B", "future": {"x": [1, NaN]}')
    assert error_of(text.encode()) == "initiatives[1].future.x[1]: NaN is not a finite number"


def test_integers_with_thousands_of_digits_are_refused():
    """A number too long for Python's integer parser is a clear error, not a crash."""
    text = json.dumps(doc()).replace('"title": "B"', '"title": "B", "benefit": ' + "9" * 5000)
    assert error_of(text.encode()).startswith("the file holds a number too large to read")


def test_cycle_names_every_initiative_whatever_the_file_order():
    """The cycle message lists each initiative of the cycle, starting and ending on the same one."""
    deps = [{"from": "c", "to": "a"}, {"from": "a", "to": "b"}, {"from": "b", "to": "c"}]
    message = error_of(doc(dependencies=deps))
    cycle = message.split(": ")[-1].split(" → ")
    assert cycle[0] == cycle[-1] and sorted(cycle[:-1]) == ["a", "b", "c"]


def test_years_up_to_9999_are_accepted():
    """Dates far in the future load (a well-known peer refuses years after 2035)."""
    plan = loads(json.dumps(with_item(0, start="9999-12-31", fixed_start=True)).encode())
    assert plan.initiatives[0].start.year == 9999


@given(st.binary(max_size=300))
@settings(max_examples=300, deadline=None)
def test_arbitrary_bytes_raise_only_the_domain_error(data):
    """Whatever the bytes, loading either succeeds or raises PlanFileError."""
    try:
        loads(data)
    except PlanFileError:
        pass


@given(st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=20))
@settings(max_examples=300, deadline=None)
def test_arbitrary_json_in_plan_fields_raises_only_the_domain_error(value):
    """Any JSON value in any known field either loads or gives PlanFileError."""
    for key in ("title", "start", "scale", "effort_weights", "thresholds", "quadrant_names", "lanes",
                "initiatives", "dependencies"):
        data = json.dumps(doc(**{key: value})).encode()
        try:
            loads(data)
        except PlanFileError:
            pass
    for key in ("id", "benefit", "decision", "lane", "start", "fixed_start", "duration_days"):
        try:
            loads(json.dumps(with_item(0, **{key: value})).encode())
        except PlanFileError:
            pass
