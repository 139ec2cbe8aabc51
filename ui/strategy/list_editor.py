"""What the Strategy tab's editors share: a list of named rows beside the fields of the current one.

A refresh sets a widget only when its value differs from the document's, so a field being
typed in is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from planner.edits import Edit


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _set_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` unless the edit already does: a field being typed keeps its cursor."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


class ListEditor(QGroupBox):
    """A titled box that edits rows of the plan's strategy (objectives, audiences) listed by name.

    Every change goes to ``push`` as (edit, undo text), which returns whether the document took
    it: the tab turns each refusal into one message and shows the document again.
    """

    def __init__(self, title: str, document, push: Callable[[Edit, str], bool]):
        super().__init__(title)
        self.document = document
        self._push = push
        self._updating = 0

    @staticmethod
    def _list_column(listing: QListWidget, add: QPushButton, remove: QPushButton) -> QVBoxLayout:
        # Names are sentences ("Weten wat klanten over ons zeggen"): they wrap in the narrow list.
        listing.setWordWrap(True)
        listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        listing.setResizeMode(QListWidget.ResizeMode.Adjust)
        listing.setSpacing(1)  # wrapped names stay apart
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        column = QVBoxLayout()
        column.addWidget(listing, 1)
        column.addLayout(buttons)
        return column

    def _fill_list(self, listing: QListWidget, rows: list[tuple[str, str]]) -> None:
        """Show ``rows`` (id, name) in ``listing``, keeping the current id selected (or the first)."""
        current = listing.currentItem().data(Qt.ItemDataRole.UserRole) if listing.currentItem() else None
        ids = [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())]
        if ids == [r[0] for r in rows]:
            for i, (_, name) in enumerate(rows):
                if listing.item(i).text() != name:
                    listing.item(i).setText(name)
            return
        listing.clear()
        for row_id, name in rows:
            item = QListWidgetItem(name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            listing.addItem(item)
        wanted = [r[0] for r in rows].index(current) if current in [r[0] for r in rows] else 0
        listing.setCurrentRow(wanted if rows else -1)

    def _current_id(self, listing: QListWidget) -> str | None:
        item = listing.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @staticmethod
    def _select(listing: QListWidget, row_id: str) -> None:
        for i in range(listing.count()):
            if listing.item(i).data(Qt.ItemDataRole.UserRole) == row_id:
                listing.setCurrentRow(i)
