"""How far the room has got in a collecting round, for the wall: counts only, never a value.

Beside the join card on the projected window: "7 of 12 have rated all 10", then per initiative
how many have rated it, with a bar, in type read from the back of the room (at least 1/40 of the
screen's height). Painted rather than laid out, so any number of initiatives fits in columns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from planner.model import Plan, Round
from planner.round_results import is_open_for, progress

TEXT, QUIET, BAR, TRACK = QColor("#000000"), QColor("#333333"), QColor("#1f5fa8"), QColor("#d9d9d9")
MIN_COLUMN_EMS = 14  # a column narrower than this many type heights cuts titles too short


@dataclass(frozen=True, slots=True)
class RoomProgress:
    """A collecting round's progress: its name, how many joined, and (title, rated by) per open initiative."""

    name: str
    joined: int
    rows: tuple[tuple[str, int], ...]

    @property
    def finished(self) -> int:
        """Participants who have rated every open initiative: at most the fewest rated."""
        return min((done for _, done in self.rows), default=0)


def collecting_round(plan: Plan) -> Round | None:
    """The round the wall shows while it collects: the last one collecting."""
    return next((r for r in reversed(plan.rounds) if r.state == "collecting"), None)


def room_progress(plan: Plan, round_: Round, phones: int = 0) -> RoomProgress:
    """What the wall says of ``round_``: only the initiatives open now (all, or those re-voted)."""
    done, titles = progress(round_), {item.id: item.title for item in plan.initiatives}
    voters = {vote.participant for vote in round_.votes}
    joined = max(len(round_.participants), len(voters), phones)
    rows = tuple((titles[iid], done.get(iid, 0)) for iid in round_.initiatives
                 if iid in titles and is_open_for(round_, iid))
    return RoomProgress(round_.name, joined, rows)


def summary(state: RoomProgress) -> str:
    """"7 of 12 have rated all 10" (or "No one has joined yet")."""
    if not state.joined:
        return QCoreApplication.translate("ProgressBoard", "No one has joined yet")
    return QCoreApplication.translate("ProgressBoard", "{finished} of {joined} have rated all {count}").format(
        finished=state.finished, joined=state.joined, count=len(state.rows))


class ProgressBoard(QWidget):
    """The round's name, the summary and one line per initiative: "10 of 12", a bar, the title."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state: RoomProgress | None = None
        self.px = self.least_px = 20
        self.shown_rows = 0  # initiatives with a line of their own at the last paint (the rest summed up)

    def show_progress(self, state: RoomProgress | None, px: int) -> None:
        """Show ``state`` in type of at least ``px``; larger, up to half as large again, while the lines fit."""
        self.state, self.least_px = state, px
        self.px = px
        if state is not None and state.rows:
            # Line spacing is about 1.17 type heights, times 1.15 between lines; the headings take ~3.6 lines.
            fit = self.height() / ((len(state.rows) + 3.6) * 1.17 * 1.15)
            # ...and not so large that a column keeps too little of the titles.
            self.px = max(px, min(math.floor(px * 1.5), math.floor(fit), math.floor(self.width() / MIN_COLUMN_EMS / 1.6)))
            # Smaller again, never below ``px``, while a title is cut: long words (Dutch ones) keep whole.
            while self.px > px and self.overflow() > 0:
                self.px -= 1
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.state is not None:
            self.show_progress(self.state, self.least_px)

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        """The heading's, the summary's and the lines' type."""
        made = []
        for scale, bold in ((1.3, True), (1.15, True), (1.0, False)):
            font = QFont(self.font())
            font.setPixelSize(math.ceil(self.px * scale))
            font.setBold(bold)
            made.append(font)
        return tuple(made)

    def _top(self) -> float:
        """Where the lines begin: below the heading and the summary."""
        heading, bold, _body = self.fonts()
        return (QFontMetricsF(heading).lineSpacing() + QFontMetricsF(bold).lineSpacing()) * 1.25

    def _grid(self, metrics: QFontMetricsF, top: float) -> tuple[int, int, float, float]:
        """Lines per column, columns, a column's width and the width of its "10 of 12" counts."""
        per_column = max(1, int((self.height() - top) // (metrics.lineSpacing() * 1.15)))
        columns = max(1, min(math.ceil(len(self.state.rows) / per_column),
                             int(self.width() // (self.px * MIN_COLUMN_EMS)) or 1))
        column_w = (self.width() - self.px * (columns - 1)) / columns
        joined = self.state.joined
        count_w = metrics.horizontalAdvance(self.tr("{done} of {joined}").format(done=joined, joined=joined))
        return per_column, columns, column_w, count_w + self.px * 0.4

    def overflow(self) -> float:
        """How many pixels the longest title or the summary lacks to show whole at the current type (<= 0: none)."""
        if self.state is None or not self.state.rows:
            return 0.0
        _heading, bold, body = self.fonts()
        metrics = QFontMetricsF(body)
        _per_column, _columns, column_w, count_w = self._grid(metrics, self._top())
        widest = max(metrics.horizontalAdvance(title) for title, _done in self.state.rows)
        return max(count_w + self.px * 3.0 + widest - column_w,
                   QFontMetricsF(bold).horizontalAdvance(summary(self.state)) - self.width())

    def paintEvent(self, event) -> None:
        state = self.state
        if state is None:
            return
        painter = QPainter(self)
        heading, bold, body = self.fonts()
        width, y = self.width(), 0.0
        name = self.tr("Round ‘{name}’").format(name=state.name)
        for font, text, colour in ((heading, name, TEXT), (bold, summary(state), TEXT)):
            painter.setFont(font)
            painter.setPen(colour)
            metrics = QFontMetricsF(font)
            painter.drawText(QRectF(0, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            y += metrics.lineSpacing() * 1.25
        self._paint_rows(painter, body, y)
        painter.end()

    def _paint_rows(self, painter: QPainter, font: QFont, top: float) -> None:
        state, metrics = self.state, QFontMetricsF(font)
        line = metrics.lineSpacing() * 1.15
        per_column, columns, column_w, count_w = self._grid(metrics, top)
        fits = per_column * columns
        rows = list(state.rows)
        rest = []
        if len(rows) > fits:  # the last line sums up what has no room: the least rated of them
            rows, rest = rows[:fits - 1], rows[fits - 1:]
        self.shown_rows = len(rows)
        gap = self.px
        of = self.tr("{done} of {joined}")
        bar_w = self.px * 2.5
        painter.setFont(font)
        for n, (title, done) in enumerate(rows):
            x = (n // per_column) * (column_w + gap)
            y = top + (n % per_column) * line
            painter.setPen(TEXT)
            painter.drawText(QRectF(x, y, count_w - self.px * 0.4, line), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, of.format(done=done, joined=state.joined))
            bar = QRectF(x + count_w, y + line * 0.3, bar_w, line * 0.4)
            painter.fillRect(bar, TRACK)
            share = done / state.joined if state.joined else 0.0
            painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * min(1.0, share), bar.height()), BAR)
            text_x = bar.right() + self.px * 0.5
            painter.drawText(QRectF(text_x, y, x + column_w - text_x, line), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, x + column_w - text_x))
        if rest:
            n = len(rows)
            x, y = (n // per_column) * (column_w + gap), top + (n % per_column) * line
            painter.setPen(QUIET)
            text = self.tr("and {more} more, the least rated by {least} of {joined}").format(
                more=len(rest), least=min(d for _title, d in rest), joined=state.joined)
            painter.drawText(QRectF(x, y, column_w, line), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, column_w))
