"""How the room joins a round: the QR code, the short address and the room code, in large type.

One card for both places: the round panel beside the matrix and the projected presentation
window, which it covers while the round collects, beside the room's progress, sized to be
scanned and read from the back of a room.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks: scanners need it
DARK, LIGHT = QColor("#000000"), QColor("#ffffff")
CARD_TEXT = "#000000"
CARD_QUIET = "#333333"
CARD_SHARE = 0.45  # of the wall's width the join card takes; the room's progress has the rest
PROGRESS_MS = 300  # the wall counts the votes again at most this often


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules, quiet zone included."""
    import segno  # late: only a running round needs it
    code = segno.make(text, error="m", micro=False)
    return [[bool(m) for m in row] for row in code.matrix_iter(border=QUIET_ZONE)]


class QrCode(QWidget):
    """A QR code drawn crisp at any size: whole pixels per module, centred, never stretched."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.modules: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(120, 120))

    def set_text(self, text: str) -> None:
        if self.modules and text == self.toolTip():
            return  # the same code: making it again costs segno ~12 ms on every redraw of a panel
        self.modules = qr_modules(text) if text else []
        self.setToolTip(text)
        self.update()

    def module_px(self) -> int:
        """Pixels per module at the current size; at least one."""
        count = len(self.modules) or 1
        return max(1, min(self.width(), self.height()) // count)

    def code_rect(self) -> QRect:
        side = self.module_px() * len(self.modules)
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event) -> None:
        if not self.modules:
            return
        painter = QPainter(self)
        px, area = self.module_px(), self.code_rect()
        painter.fillRect(area, LIGHT)  # the quiet zone is part of the code, whatever is behind it
        for y, row in enumerate(self.modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(area.left() + x * px, area.top() + y * px, px, px, DARK)
        painter.end()


class JoinCard(QFrame):
    """The QR code with the short address and the room code under it, black on white."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("joinCard")
        self.setStyleSheet(f"#joinCard {{ background: #ffffff; border: 2px solid #9a9a9a; }}"
                           f" #joinCard QLabel {{ color: {CARD_TEXT}; background: transparent; }}")
        self.heading = QLabel(self.tr("Rate from your phone"))
        self.qr = QrCode()
        self.address = QLabel()
        self.code = QLabel()
        self.hint = QLabel()
        for label in (self.heading, self.address, self.code, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {CARD_QUIET};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.address)
        layout.addWidget(self.code)
        layout.addWidget(self.hint)
        self.largest_px = 16  # the type shrinks from this until the address fits the card's width
        self.least_hint_px = 0  # on the wall the hint keeps to the wall's smallest type however the rest shrinks
        self.set_type_px(16)

    def show_join(self, address: str, short_address: str, room_code: str) -> None:
        """Show how to join: scan ``address``, or type ``short_address`` and then the room code."""
        self.qr.set_text(address)
        self.address.setText(short_address.removeprefix("http://"))
        self.code.setText(self.tr("Room code {code}").format(code=f"{room_code[:3]} {room_code[3:]}"))
        self.hint.setText(self.tr("Scan the code, or type the address and then the room code. "
                                  "Same Wi-Fi as this laptop; no app, no account."))
        self.fit_type(self.largest_px, self.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_type(self.largest_px, event.size().width())

    def fit_type(self, largest: int, width: int) -> None:
        """The largest type up to ``largest`` px with which the address and the code fit ``width``."""
        px = largest
        while px > 8:
            self.set_type_px(px)
            room = width - 2 * self.layout().contentsMargins().left()
            if all(QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= room
                   for label in (self.heading, self.address, self.code)):
                return
            px -= 1

    def set_type_px(self, px: int) -> None:
        """Size the type: the address and the code twice ``px``, the heading one and a half."""
        for label, scale, bold in ((self.heading, 1.5, True), (self.address, 2.0, True),
                                   (self.code, 2.0, True), (self.hint, 1.0, False)):
            font = QFont(self.font())
            font.setPixelSize(max(math.ceil(px * scale), self.least_hint_px if label is self.hint else 0))
            font.setBold(bold)
            label.setFont(font)
        margin = max(6, px // 2)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.layout().setSpacing(max(4, px // 3))


class WallCard(QObject):
    """While a round collects, covers a presentation window with the join card and the room's progress.

    The matrix stays hidden the while: the plan's own positions of the initiatives being rated
    would anchor a room that is meant to rate blind, and the caption would read their ratings out
    as the spotlight steps. What the room needs is the code to join and how far it has got.
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        from ui.workshop.room_progress import ProgressBoard  # late: only a running round needs it
        self.window = window
        self.panel = QFrame(window)
        self.panel.setObjectName("wallCard")
        self.panel.setStyleSheet("#wallCard { background: #ffffff; }")
        self.panel.setAutoFillBackground(True)
        self.card = JoinCard(self.panel)
        self.board = ProgressBoard(self.panel)
        row = QHBoxLayout(self.panel)
        row.addWidget(self.card)
        row.addWidget(self.board, 1)
        self.panel.hide()
        self._following = False
        self._later = QTimer(self, singleShot=True, interval=PROGRESS_MS)
        self._later.timeout.connect(self.show_progress)
        window.installEventFilter(self)
        if hasattr(window, "closed"):
            window.closed.connect(self._unfollow)

    def show_join(self, address: str, short_address: str, room_code: str) -> None:
        self.card.show_join(address, short_address, room_code)
        self.panel.show()
        self.panel.raise_()
        self._follow()
        self.place()

    def hide(self) -> None:
        self.panel.hide()
        self._unfollow()

    def type_px(self) -> int:
        """The smallest type on the wall: 1/40 of the screen's height, read from the back row."""
        return max(12, math.ceil(self.window.height() / 40))

    def place(self) -> None:
        """Cover the window: the card at the left (the QR code as large as the height allows), progress beside it."""
        area = self.window.rect()
        self.panel.setGeometry(area)
        px = self.type_px()
        self.card.largest_px = max(px, math.ceil(area.height() / 30))
        self.card.least_hint_px = px
        margin = px
        self.panel.layout().setContentsMargins(margin, margin, margin, margin)
        self.panel.layout().setSpacing(margin * 2)
        width = min(round(area.width() * CARD_SHARE), area.height() - 2 * margin)
        self.card.setFixedWidth(width)
        self.panel.layout().activate()  # the board's size now, for the type it picks
        self.show_progress()
        overflow = self.board.overflow()
        if overflow > 0:  # a long title (long Dutch words) would be cut: the card gives up to a tenth of its width
            self.card.setFixedWidth(width - min(math.ceil(overflow), width // 10))
            self.panel.layout().activate()
            self.show_progress()

    def show_progress(self) -> None:
        """Count again what the room has rated; the card alone when no round collects."""
        from ui.workshop.room_progress import collecting_round, room_progress
        document = getattr(self.window, "document", None)
        round_ = None if document is None else collecting_round(document.plan)
        state = None if round_ is None else room_progress(document.plan, round_)
        self.board.show_progress(state, self.type_px())

    def _follow(self) -> None:
        document = getattr(self.window, "document", None)
        if document is not None and not self._following:
            document.subscribe(after=self._document_changed)
            self._following = True

    def _unfollow(self) -> None:
        if self._following:
            self.window.document.unsubscribe(after=self._document_changed)
            self._following = False

    def _document_changed(self, change) -> None:
        # Votes arrive in bursts: count at most every PROGRESS_MS, never once per vote.
        if (change.touches_rounds or change.touches("title")) and not self._later.isActive():
            self._later.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            if self.panel.isVisibleTo(self.window):
                self.place()
        return False
