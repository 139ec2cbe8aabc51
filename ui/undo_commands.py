"""Undo commands: every user edit is a core Edit wrapped in a QUndoCommand on one stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.document import Document
from planner.edits import Edit, SetFields

# Command ids for merging: successive commands with the same id and merge key become one step.
MERGE_FIELDS = 1


class EditCommand(QUndoCommand):
    """A core edit already made on the document; undo and redo replay it and its inverse."""

    def __init__(self, document: Document, edit: Edit, inverse: Edit, text: str,
                 merge_key: object = None):
        super().__init__(text)
        self.document = document
        self.edit, self.inverse = edit, inverse
        self.merge_key = merge_key
        self._done = True  # push() calls redo() once: the edit was made already

    def redo(self):
        if self._done:
            self._done = False
            return
        self.inverse = self.document.apply(self.edit)

    def undo(self):
        self.edit = self.document.apply(self.inverse)

    def id(self) -> int:
        return MERGE_FIELDS if self.merge_key is not None and isinstance(self.edit, SetFields) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, EditCommand) and other.merge_key == self.merge_key
                and isinstance(other.edit, SetFields) and other.edit.id == self.edit.id):
            return False
        self.edit = SetFields(self.edit.id, {**self.edit.values, **other.edit.values})
        self.inverse = SetFields(self.edit.id, {**other.inverse.values, **self.inverse.values})
        # Described after the edit, which is safe: only drags merge, and a drag never renames.
        self.setText(self.edit.describe(self.document.plan))
        return True


def push_edit(stack: QUndoStack, document: Document, edit: Edit, *, merge_key: object = None) -> None:
    """Make ``edit`` and record it on ``stack`` as one undo step, named as the edit describes itself.

    Raises PlanError, recording nothing, when the core refuses the edit.
    """
    text = edit.describe(document.plan)  # before the edit, so a rename or a removal names the old
    stack.push(EditCommand(document, edit, document.apply(edit), text, merge_key))
