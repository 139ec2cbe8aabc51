"""Blind entry, "pass the laptop": the room rates one participant after another on this laptop.

Each participant starts from nothing and never sees another's ratings; "Next participant" takes
their votes into the round (AddVotes, off the undo stack like every vote) and hides everything
before the laptop is passed on. Usable from the keyboard: digits pick a value, ← and → step it,
↑ and ↓ change the criterion, D is don't know, Enter goes on, Page Up goes back.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from planner.language import _
from planner.matrix_layout import snap
from planner.model import Participant, Scale, Vote
from planner.round_edits import AddVotes, CRITERION_NAMES, find_round

DONT_KNOW = "dont-know"
PER_LINE = 11  # step buttons on one line; a finer scale wraps
BUTTON_PX = 52


def scale_values(scale: Scale) -> list[float]:
    """Every value a rating can take on ``scale``, from the minimum by the step, the maximum included."""
    count = math.floor((scale.max - scale.min) / scale.step + 1e-9)
    values = sorted({snap(scale.min + i * scale.step, scale) for i in range(count + 1)} | {scale.max})
    return values


SERVED_FROM = 1000  # the participant server numbers the phones up to this; blind entry then counts on


def next_participant_id(round_, served: bool = False) -> str:
    """The next free id of the "p1", "p2" … kind in ``round_``; past the phones' numbers while served,
    since the server numbers those who join from what it was started with."""
    numbers = [int(p.id[1:]) for p in round_.participants if p.id[:1] == "p" and p.id[1:].isdigit()]
    return f"p{max([*numbers, SERVED_FROM if served else 0]) + 1}"


def _font(widget: QWidget, px: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPixelSize(px)
    font.setBold(bold)
    widget.setFont(font)


class CriterionRow(QFrame):
    """One criterion of an initiative: a large button per step of the scale, and don't know."""

    def __init__(self, criterion: str, values: list[float], parent=None):
        super().__init__(parent)
        self.criterion, self.values = criterion, values
        self.label = QLabel(_(CRITERION_NAMES[criterion]).capitalize())
        _font(self.label, 18, True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.buttons: list[QPushButton] = []
        for index, value in enumerate([*values, DONT_KNOW]):
            text = self.tr("Don't know") if value == DONT_KNOW else QLocale().toString(float(value), "g", 6)
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the dialog takes the keys
            _font(button, 20, True)
            text_px = button.fontMetrics().horizontalAdvance(text) + 24
            button.setMinimumSize(max(BUTTON_PX, text_px), BUTTON_PX)
            self.group.addButton(button, index)
            self.buttons.append(button)
            grid.addWidget(button, index // PER_LINE, index % PER_LINE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addLayout(grid)
        self.set_current(False)

    def set_current(self, on: bool) -> None:
        self.setObjectName("currentRow" if on else "row")
        self.setStyleSheet("#currentRow { border: 3px solid #1f5fbf; border-radius: 6px; }"
                           "#row { border: 3px solid transparent; }"
                           "QPushButton:checked { background: #1f5fbf; color: white; }")

    def value(self):
        """The chosen value, DONT_KNOW, or None when nothing is chosen."""
        index = self.group.checkedId()
        return None if index < 0 else [*self.values, DONT_KNOW][index]

    def choose(self, value) -> None:
        index = [*self.values, DONT_KNOW].index(value)
        self.buttons[index].setChecked(True)

    def step(self, direction: int) -> None:
        """Move the choice one step along the scale; from nothing or don't know, start at the middle."""
        value = self.value()
        if value is None or value == DONT_KNOW:
            self.choose(self.values[len(self.values) // 2])
            return
        index = max(0, min(len(self.values) - 1, self.values.index(value) + direction))
        self.choose(self.values[index])


class BlindEntryDialog(QDialog):
    """One participant after another rates the round's initiatives, blind to the others."""

    def __init__(self, facilitator, round_id: str, parent=None):
        super().__init__(parent)
        self.facilitator, self.round_id = facilitator, round_id
        self.document = facilitator.document
        round_ = self.round()
        self.setWindowTitle(self.tr("Blind entry — {name}").format(name=round_.name))
        self.values = scale_values(self.document.plan.scale)
        self.answers: dict[tuple[str, str], object] = {}
        self.items = [item for item in round_.initiatives if item in set(round_.revote or round_.initiatives)]
        self.index, self.row, self.taken = 0, 0, 0

        self.pages = QStackedWidget()
        self.pages.addWidget(self._who_page())
        self.pages.addWidget(self._rating_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(760, 560)
        self._ask_who()

    def round(self):
        return find_round(self.document.plan, self.round_id)

    # ------------------------------------------------------------ who rates

    def _who_page(self) -> QWidget:
        page = QWidget()
        self.who = QLabel()
        _font(self.who, 26, True)
        self.who_hint = QLabel()
        self.who_hint.setWordWrap(True)
        _font(self.who_hint, 16)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name"))
        _font(self.name, 20)
        self.name.returnPressed.connect(self.begin)
        self.begin_button = QPushButton(self.tr("Start rating"))
        self.begin_button.setMinimumHeight(BUTTON_PX)
        _font(self.begin_button, 18, True)
        self.begin_button.clicked.connect(self.begin)
        self.finish_button = QPushButton(self.tr("Finish blind entry"))
        self.finish_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.finish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.begin_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.who)
        layout.addWidget(self.who_hint)
        layout.addWidget(self.name)
        layout.addStretch(2)
        layout.addLayout(buttons)
        return page

    def _ask_who(self) -> None:
        round_ = self.round()
        self.participant = next_participant_id(round_, self.facilitator.server is not None)
        self.who.setText(round_.participant_label(self.participant) if round_.anonymous
                         else self.tr("Next participant"))
        taken = ("" if not self.taken else self.tr("1 participant done. ") if self.taken == 1
                 else self.tr("{n} participants done. ").format(n=self.taken))
        self.who_hint.setText(taken + (self.tr("Pass the laptop on. Your ratings stay hidden from everyone else.")
                                       if round_.anonymous else
                                       self.tr("Pass the laptop on, then type your name. Your ratings stay hidden "
                                               "from everyone else.")))
        self.name.setVisible(not round_.anonymous)
        self.name.clear()
        self.pages.setCurrentIndex(0)
        (self.name if not round_.anonymous else self.begin_button).setFocus()

    def begin(self) -> None:
        round_ = self.round()
        if not round_.anonymous and not self.name.text().strip():
            self.who_hint.setText(self.tr("Type your name first, then Enter."))
            return
        self.answers, self.index, self.row = {}, 0, 0
        self.pages.setCurrentIndex(1)
        self._show_item()
        self.setFocus()

    # ------------------------------------------------------------ rating

    def _rating_page(self) -> QWidget:
        page = QWidget()
        self.counter = QLabel()
        _font(self.counter, 15)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        _font(self.title, 24, True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        _font(self.description, 15)
        self.rows = [CriterionRow(c, self.values) for c in self.round().criteria]
        for row in self.rows:
            row.group.idClicked.connect(lambda _id, r=row: self._clicked(r))
        self.back_button = QPushButton(self.tr("◀ Previous"))
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self.go(1))
        keys = QLabel(self.tr("Digits choose · ← → step · ↑ ↓ criterion · D don't know · Enter next · "
                              "Page Up back"))
        keys.setStyleSheet("color: #444;")
        for button in (self.back_button, self.next_button):
            button.setMinimumHeight(BUTTON_PX)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            _font(button, 17, True)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        for row in self.rows:
            layout.addWidget(row)
        layout.addStretch(1)
        layout.addWidget(keys)
        layout.addLayout(nav)
        return page

    def _show_item(self) -> None:
        item = self.document.initiative(self.items[self.index])
        self.counter.setText(self.tr("Initiative {n} of {count}").format(n=self.index + 1, count=len(self.items)))
        self.title.setText(item.title)
        self.description.setText(item.description or "")
        for number, row in enumerate(self.rows):
            row.group.setExclusive(False)  # lets every button go unchecked for a new initiative
            for button in row.buttons:
                button.setChecked(False)
            row.group.setExclusive(True)
            chosen = self.answers.get((item.id, row.criterion))
            if chosen is not None:
                row.choose(chosen)
            row.set_current(number == self.row)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.items) - 1
        self.next_button.setText(self.tr("Done: hide my ratings") if last else self.tr("Next ▶"))

    def _keep(self) -> None:
        item = self.items[self.index]
        for row in self.rows:
            value = row.value()
            if value is not None:
                self.answers[(item, row.criterion)] = value

    def _clicked(self, row: CriterionRow) -> None:
        self.row = self.rows.index(row)
        self._keep()
        for number, r in enumerate(self.rows):
            r.set_current(number == self.row)

    def go(self, direction: int) -> None:
        """The next (1) or previous (-1) initiative; past the last, this participant is done."""
        self._keep()
        target = self.index + direction
        if target >= len(self.items):
            self.next_participant()
            return
        self.index, self.row = max(0, target), 0
        self._show_item()

    def next_participant(self) -> None:
        """Take this participant's votes, then hide everything for the next one."""
        if self.pages.currentIndex() == 1:
            self._keep()
            self._take()
        self._ask_who()

    def _take(self) -> None:
        answers, self.answers = self.answers, {}
        if not answers:
            return
        now = dt.datetime.now(dt.timezone.utc)
        votes = tuple(Vote(self.participant, item, criterion, None if value == DONT_KNOW else value, now)
                      for (item, criterion), value in answers.items())
        name = "" if self.round().anonymous else self.name.text().strip()
        if self.facilitator.take_votes(AddVotes(self.round_id, votes, (Participant(self.participant, name),))):
            self.taken += 1

    def done(self, result: int) -> None:
        if self.pages.currentIndex() == 1:  # closed mid-way: what this participant rated is kept
            self._keep()
            self._take()
        super().done(result)

    def keyPressEvent(self, event) -> None:
        if self.pages.currentIndex() != 1:
            super().keyPressEvent(event)
            return
        key, text, row = event.key(), event.text(), self.rows[self.row]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go(1)
        elif key == Qt.Key.Key_PageUp:
            self.go(-1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            row.step(1 if key == Qt.Key.Key_Right else -1)
            self._clicked(row)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.row = (self.row + (1 if key == Qt.Key.Key_Down else -1)) % len(self.rows)
            self._clicked(self.rows[self.row])
        elif text.lower() in ("d", "?"):
            row.choose(DONT_KNOW)
            self._clicked(row)
        elif text.isdigit() and float(text) in self.values:
            row.choose(float(text))
            self._clicked(row)
            if self.row < len(self.rows) - 1:  # a digit answers and moves on, as on a form
                self.row += 1
                self._clicked(self.rows[self.row])
        else:
            super().keyPressEvent(event)
