"""The round panel beside the matrix: how to join, who has rated how much, and the facilitator's steps.

It shows progress only (how many have rated each initiative), never a value: the laptop may be
on the projector while the round collects, and once it is revealed the matrix and its
discuss-first list show the room's answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHeaderView, QLabel, QSizePolicy, QToolButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from planner.language import _
from planner.model import Plan, Round
from ui.notation import date_text
from ui.workshop.join_card import JoinCard


class RoundPanel(QWidget):
    """Shows one round of the plan; the facilitator's actions are given by the window."""

    round_chosen = Signal(str)  # a round id, from the chooser

    def __init__(self, actions: list[tuple[QAction, str]], parent=None):
        super().__init__(parent)
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(12)
        self.chooser.activated.connect(lambda i: self.round_chosen.emit(self.chooser.itemData(i)))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.card = JoinCard()
        self.card.largest_px = 11
        self.card.hint.hide()
        self.card.heading.hide()
        self.card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.people = QLabel()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Initiative"), self.tr("Rated by")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(False)
        self.table.setMinimumHeight(90)
        self.empty = QLabel(self.tr("No round yet. Workshop ▸ Start round… lets the room rate, from their "
                                    "phones or one after another on this laptop."))
        self.empty.setWordWrap(True)

        buttons = QGridLayout()
        self.buttons = {}
        for index, (action, text) in enumerate(actions):
            button = QToolButton()
            # Short words of their own: the menu's longer texts would widen the dock past a small screen.
            button.setText(text)
            button.setToolTip(action.toolTip())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if action.menu() is not None:
                button.setMenu(action.menu())
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            else:
                button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            button.setEnabled(action.isEnabled())
            self.buttons[action.objectName()] = button
            buttons.addWidget(button, index // 2, index % 2)

        self._progress = None  # counted as votes come in, from the first round shown
        self._shown: list[tuple] = []  # per row: initiative, title, count, tooltip, as the table shows them

        layout = QVBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addWidget(self.state)
        layout.addWidget(self.empty)
        layout.addWidget(self.card, 3)
        layout.addWidget(self.people)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        self.show_round(None, None)

    def show_round(self, plan: Plan | None, round_: Round | None, join: tuple[str, str, str] | None = None,
                   phones: int = 0) -> None:
        """Show ``round_`` of ``plan`` (None: no round); ``join`` is (address, short address, code) while
        served, and ``phones`` how many have joined from a phone, some perhaps without a rating yet."""
        names = [(r.id, f"{r.name} · {date_text(r.date)}") for r in (plan.rounds if plan is not None else [])]
        if names != [(self.chooser.itemData(i), self.chooser.itemText(i)) for i in range(self.chooser.count())]:
            self.chooser.clear()  # only when the rounds differ: a vote must not close its open list
            for round_id, text in names:
                self.chooser.addItem(text, round_id)
        has = round_ is not None
        for widget in (self.chooser, self.state, self.people, self.table):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self.card.setVisible(join is not None)
        if not has:
            return
        self.chooser.setCurrentIndex(self.chooser.findData(round_.id))
        collecting = round_.state == "collecting"
        state = self.state_text(round_.state)
        if collecting and round_.revote:
            state = (self.tr("Re-vote on 1 initiative") if len(round_.revote) == 1
                     else self.tr("Re-vote on {n} initiatives").format(n=len(round_.revote)))
        if collecting and join is None:
            state += self.tr(" · not on the network: serve it to phones, or use blind entry or rating sheets")
        self.state.setText(state)
        if join is not None:
            self.card.show_join(*join)
        joined = max(len(round_.participants), phones)
        self.people.setText(self.tr("1 participant joined") if joined == 1
                            else self.tr("{n} participants joined").format(n=joined))
        self._fill(plan, round_, joined)

    def state_text(self, state: str) -> str:
        """A round's state in words."""
        return {"collecting": self.tr("Collecting ratings"),
                "revealed": self.tr("Revealed: the matrix shows the room's answer, the most disputed first"),
                "closed": self.tr("Closed")}.get(state, state)

    def _fill(self, plan: Plan, round_: Round, joined: int) -> None:
        # Imported with the first round shown: a start without rounds needs neither.
        from planner.round_edits import CRITERION_NAMES
        from planner.round_results import RunningProgress
        if self._progress is None:
            self._progress = RunningProgress()  # redrawn several times a second while phones rate
        titles = {item.id: item.title for item in plan.initiatives}
        done = self._progress(round_)
        criteria = ", ".join(_(CRITERION_NAMES[c]) for c in round_.criteria)
        of = self.tr("{done} of {joined}")
        shown = [(item, titles.get(item, item), of.format(done=done.get(item, 0), joined=joined), criteria)
                 for item in round_.initiatives]
        if [row[0] for row in shown] != [row[0] for row in self._shown]:
            # Rows are made again only for another list of initiatives: votes change counts only.
            self.table.clear()
            for item, *_rest in shown:
                row = QTreeWidgetItem()
                row.setData(0, Qt.ItemDataRole.UserRole, item)
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.addTopLevelItem(row)
            self._shown = [(item, None, None, None) for item, *_ in shown]
        # Compared here, not asked of Qt: while phones rate, every call into Qt may wait for the
        # server's thread to hand back Python's lock, so a redraw makes only the calls it needs.
        for index, (new, old) in enumerate(zip(shown, self._shown)):
            if new != old:
                row = self.table.topLevelItem(index)
                _item, title, count, tip = new
                if title != old[1]:
                    row.setText(0, title)
                    row.setToolTip(0, title)
                if count != old[2]:
                    row.setText(1, count)
                if tip != old[3]:
                    row.setToolTip(1, tip)
        self._shown = shown
