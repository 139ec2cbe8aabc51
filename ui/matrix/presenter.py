"""The presenter view: on the laptop while the slide is on the beamer, as slide software does.

It shows what the room cannot: the spotlit initiative's details in full, the one that comes
next and the keys. It holds no state of its own: the presentation window tells it what to show
and it hands every key back, so both follow one spotlight.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class PresenterView(QWidget):
    """Now and next, the counter and the keys, large enough to read from a lectern."""

    closed = Signal()

    def __init__(self, on_key: Callable, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.on_key = on_key
        self.setWindowTitle(self.tr("Presenter view"))
        self.counter = QLabel()
        self.heading = QLabel()
        self.description = QLabel()
        self.details = QLabel()
        self.next_heading = QLabel()
        self.next_details = QLabel()
        self.keys = QLabel()
        self.notice = QLabel()
        for label in (self.heading, self.description, self.details, self.next_heading, self.next_details,
                      self.keys, self.notice):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.now_title = QLabel(self.tr("Now"))
        self.next_title = QLabel(self.tr("Next"))
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)

        top = QHBoxLayout()
        top.addWidget(self.now_title, 1)
        top.addWidget(self.counter)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.description, 1)
        layout.addWidget(rule)
        layout.addWidget(self.next_title)
        layout.addWidget(self.next_heading)
        layout.addWidget(self.next_details)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.keys)
        self._size_type()

    def show_state(self, counter: str, now: tuple[str, str, str] | None, following: tuple[str, str] | None,
                   keys: str) -> None:
        """Show the counter, now (title, ratings, description) or the overview, and next (title, ratings)."""
        self.counter.setText(counter)
        title, details, description = now or (self.tr("All initiatives on the matrix"), "", "")
        self.heading.setText(title)
        self.details.setText(details)
        self.description.setText(description)
        next_title, next_details = following or (self.tr("Back to all initiatives"), "")
        self.next_heading.setText(next_title)
        self.next_details.setText(next_details)
        self.keys.setText(keys)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return False  # Tab steps the spotlight, as on the slide

    def keyPressEvent(self, event) -> None:
        self.on_key(event)  # the presentation window steps the spotlight, and this view follows

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event) -> None:
        self._size_type()
        super().resizeEvent(event)

    def _size_type(self) -> None:
        # Read from a lectern an arm's length or two away: larger than a desktop's type, smaller than a slide's.
        px = max(14, math.ceil(self.height() / 45))
        for label, scale, bold in ((self.now_title, 1.0, True), (self.counter, 1.2, True), (self.heading, 1.8, True),
                                   (self.details, 1.0, False), (self.description, 1.1, False),
                                   (self.next_title, 1.0, True), (self.next_heading, 1.3, True),
                                   (self.next_details, 0.9, False), (self.notice, 0.9, False),
                                   (self.keys, 0.9, False)):
            font = QFont(self.font())
            font.setPixelSize(math.ceil(px * scale))
            font.setBold(bold)
            label.setFont(font)
        self._layout.setContentsMargins(px * 2, px, px * 2, px)
        self._layout.setSpacing(round(px * 0.5))
