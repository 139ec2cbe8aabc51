"""Undo commands: named by the edit itself, also after a drag merges its moves into one step."""

from __future__ import annotations

from planner.edits import SetFields
from planner.formats.plan_file import dumps
from ui.undo_commands import push_edit


def test_a_step_is_named_by_its_edit(document, undo_stack):
    """The undo text is the edit's own description, read before the edit renames anything."""
    push_edit(undo_stack, document, SetFields("webcare", {"title": "Webcare desk"}))
    assert undo_stack.undoText() == "Rename ‘Webcare team’ to ‘Webcare desk’"


def test_merged_moves_are_named_for_what_they_add_up_to(document, undo_stack):
    """A drag's moves become one step whose text names the final ratings, and one undo restores all."""
    before = dumps(document.plan)
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": 3}), merge_key="drag")
    push_edit(undo_stack, document, SetFields("webcare", {"technical_effort": 2, "organisational_effort": 2}),
              merge_key="drag")
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": 2}), merge_key="drag")
    assert undo_stack.count() == 1
    assert undo_stack.undoText() == "Rate ‘Webcare team’ benefit 2, technical effort 2, organisational effort 2"
    undo_stack.undo()
    assert dumps(document.plan) == before
