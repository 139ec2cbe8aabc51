"""Edits: each applies, returns its exact inverse, and refuses bad input without changing anything."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from planner.document import Document
from planner.edits import (
    AddDependency, Change, ChangeKind, ChangeSettings, Compound, InsertInitiatives, MoveInitiative, RemoveDependency,
    RemoveInitiatives, SetDependencyLag, SetFields, describe_fields,
)
from planner.errors import PlanError
from planner.model import Dependency, Initiative, Lane, Scale
from planner.formats.plan_file import dumps
from planner.samples import sample_plan


@pytest.fixture
def doc():
    return Document(sample_plan())


def edits_for(plan):
    ids = [i.id for i in plan.initiatives]
    return [
        SetFields(ids[0], {"benefit": 1.5, "title": "Renamed"}),
        SetFields(ids[3], {"start": dt.date(2027, 6, 1), "fixed_start": True}),
        RemoveInitiatives((ids[1], ids[4], ids[7])),
        InsertInitiatives(((2, Initiative("new", "New one", duration_days=5)),)),
        MoveInitiative(ids[5], 0),
        RemoveDependency(plan.dependencies[0].from_, plan.dependencies[0].to),
        SetDependencyLag(plan.dependencies[1].from_, plan.dependencies[1].to, 9),
        ChangeSettings({"title": "Other", "lanes": plan.lanes + [Lane("x", "X")]}),
        Compound((SetFields(ids[2], {"owner": "Me"}), RemoveInitiatives((ids[6],)))),
    ]


@pytest.mark.parametrize("which", range(9))
def test_edit_then_inverse_restores_the_same_file_bytes(doc, which):
    """Applying an edit and then its inverse gives back byte-identical plan text."""
    before = dumps(doc.plan)
    edit = edits_for(doc.plan)[which]
    inverse = doc.apply(edit)
    after = dumps(doc.plan)
    assert after != before
    redo = doc.apply(inverse)
    assert dumps(doc.plan) == before
    doc.apply(redo)
    assert dumps(doc.plan) == after


def test_removing_initiatives_takes_their_dependencies_along(doc):
    """Deleting an initiative removes every dependency that touches it."""
    doc.apply(RemoveInitiatives(("policy",)))
    assert not [d for d in doc.plan.dependencies if "policy" in (d.from_, d.to)]


def test_a_dependency_closing_a_cycle_is_refused_with_titles(doc):
    """The refusal names the initiatives of the cycle by title and changes nothing."""
    before = dumps(doc.plan)
    with pytest.raises(PlanError, match="would close a cycle: “Social media policy” → “Webcare team” → “Social media policy”"):
        doc.apply(AddDependency(Dependency("webcare", "policy")))
    assert dumps(doc.plan) == before


@pytest.mark.parametrize("edit, message", [
    (SetFields("webcare", {"benefit": 9}), "9 is outside the scale 1–5"),
    (SetFields("webcare", {"title": " "}), "an initiative needs a title"),
    (SetFields("webcare", {"owner": "X\ud800"}), "a character that cannot be written"),
    (SetFields("webcare", {"lane": "nope"}), 'no lane has the id "nope"'),
    (SetFields("webcare", {"duration_days": -3}), "-3 days is not a duration"),
    (SetFields("webcare", {"start": None, "fixed_start": True}), "a fixed start needs a start date"),
    (AddDependency(Dependency("webcare", "webcare")), '"Webcare team" cannot depend on itself'),
    (AddDependency(Dependency("policy", "webcare")), "“Webcare team” already depends on “Social media policy”"),
    (ChangeSettings({"scale": Scale(1, 3)}), "would have ratings outside the scale 1–3"),
    (ChangeSettings({"lanes": []}), "still holds initiatives; move them first"),
    (Compound((SetFields("webcare", {"owner": "X"}), SetFields("webcare", {"benefit": 0}))), "0 is outside"),
])
def test_bad_edits_are_refused_and_change_nothing(doc, edit, message):
    """Each refusal is one sentence and leaves the plan byte-identical."""
    before = dumps(doc.plan)
    with pytest.raises(PlanError, match=message):
        doc.apply(edit)
    assert dumps(doc.plan) == before


def test_quadrant_names_change_as_a_setting_and_undo(doc):
    """New quadrant names go in with other settings as one edit; its inverse restores the old ones."""
    before = dumps(doc.plan)
    names = {**doc.plan.quadrant_names, "quick win": "Low-hanging fruit"}
    edit = ChangeSettings({"title": "Workshop", "quadrant_names": names})
    assert edit.change(doc.plan).fields == ("title", "quadrant_names")
    inverse = doc.apply(edit)
    assert doc.plan.quadrant_name("quick win") == "Low-hanging fruit" and doc.plan.title == "Workshop"
    assert '"quadrant_names": {\n    "quick_win": "Low-hanging fruit"\n  }' in dumps(doc.plan)
    doc.apply(inverse)
    assert doc.plan.quadrant_name("quick win") == "Quick wins"
    assert dumps(doc.plan) == before


@pytest.mark.parametrize("names, message", [
    ({"big bet": "  "}, "the big bet quadrant needs a name"),
    ({"fill-in": ""}, "the fill-in quadrant needs a name"),
    ({"money pit": "x" * 41}, "the name of the money pit quadrant is longer than 40 characters"),
    ({"moonshot": "Moonshots"}, "“moonshot” is not a quadrant"),
])
def test_bad_quadrant_names_are_refused_and_change_nothing(doc, names, message):
    """Blank, too long or unknown quadrant names are refused in one sentence, the title with them."""
    before = dumps(doc.plan)
    edit = ChangeSettings({"title": "Workshop", "quadrant_names": {**doc.plan.quadrant_names, **names}})
    with pytest.raises(PlanError, match=message):
        doc.apply(edit)
    assert dumps(doc.plan) == before


def test_listeners_hear_before_and_after_with_what_changed(doc):
    """Subscribers get the change record around the mutation, and the schedule cache is dropped."""
    heard = []
    doc.subscribe(after=lambda c: heard.append(("after", c.kind, len(doc.plan.initiatives))),
                  before=lambda c: heard.append(("before", c.kind, len(doc.plan.initiatives))))
    n = len(doc.plan.initiatives)
    old = doc.schedule
    doc.apply(RemoveInitiatives(("webcare",)))
    assert heard == [("before", "structure", n), ("after", "structure", n - 1)]
    assert doc.schedule is not old and "webcare" not in doc.schedule.items


def test_field_edits_keep_the_schedule_unless_dates_can_move(doc):
    """Renaming keeps the cached schedule; a new duration recomputes it."""
    first = doc.schedule
    doc.apply(SetFields("webcare", {"title": "Webcare desk"}))
    assert doc.schedule is first
    doc.apply(SetFields("webcare", {"duration_days": 90}))
    assert doc.schedule is not first


def test_new_ids_are_unique_and_readable(doc):
    """Ids made from titles are slugs, numbered when taken."""
    assert doc.new_id("Webcare team!") == "webcare-team"
    doc.apply(InsertInitiatives(((0, Initiative("webcare-team", "W")),)))
    assert doc.new_id("Webcare team") == "webcare-team-2"
    assert doc.new_id("€€") == "initiative"


def test_undo_texts_read_like_sentences():
    """Undo texts name the initiative and the change."""
    assert describe_fields("Webcare", {"benefit": 4.0}) == "Rate ‘Webcare’ benefit 4"
    assert describe_fields("Webcare", {"duration_days": 1}) == "Set duration of ‘Webcare’ to 1 day"
    assert describe_fields("A", {"title": "B"}) == "Rename ‘A’ to ‘B’"
    assert describe_fields("A", {"owner": ""}) == "Clear owner of ‘A’"


@given(st.lists(st.tuples(st.integers(0, 8), st.integers(0, 50)), max_size=6))
@settings(max_examples=60, deadline=None)
def test_any_sequence_of_edits_undoes_to_the_original(steps):
    """Undoing a run of edits in reverse order restores the original bytes."""
    doc = Document(sample_plan())
    original = dumps(doc.plan)
    inverses = []
    for which, _ in steps:
        edits = edits_for(doc.plan) if len(doc.plan.initiatives) > 8 and len(doc.plan.dependencies) > 2 else []
        if not edits:
            break
        try:
            inverses.append(doc.apply(edits[which]))
        except PlanError:
            pass
    for inverse in reversed(inverses):
        doc.apply(inverse)
    assert dumps(doc.plan) == original


def test_change_predicates_say_what_a_change_can_touch():
    """Views ask a Change what it touches: rows, dates, settings, strategy or some fields."""
    rating = Change(ChangeKind.FIELDS, ("a",), ("benefit",))
    assert rating.touches("benefit") and not rating.touches("title")
    assert not rating.moves_dates and not rating.touches_rows
    assert Change("fields", ("a",), ("start",)).moves_dates  # a kind given as text is the same kind
    assert Change(ChangeKind.STRUCTURE, ("a",)).touches("title") and Change(ChangeKind.RESET).touches_rows
    assert not Change(ChangeKind.DEPENDENCIES).touches("title") and Change(ChangeKind.DEPENDENCIES).moves_dates
    strategy = Change(ChangeKind.STRATEGY, (), ("objectives",))
    assert strategy.touches_strategy and not strategy.moves_dates and not strategy.touches_settings
    assert Change(ChangeKind.RESET).touches_settings and Change(ChangeKind.RESET).touches_strategy
    with pytest.raises(ValueError):
        Change("everything")
