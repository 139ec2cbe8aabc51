"""How the room joins a round: the QR code, the short address and the room code, in large type.

One card for both places: the round panel beside the matrix and the projected presentation
window, where it sits over the right part of the matrix while the round collects, sized to be
scanned and read from the back of a room.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks: scanners need it
DARK, LIGHT = QColor("#000000"), QColor("#ffffff")
CARD_TEXT = "#000000"
CARD_QUIET = "#333333"
WALL_SHARE = 0.36  # of the matrix's width the card takes on the wall; the matrix keeps the rest


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
        self.heading = QLabel("Rate from your phone")
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
        self.set_type_px(16)

    def show_join(self, address: str, short_address: str, room_code: str) -> None:
        """Show how to join: scan ``address``, or type ``short_address`` and then the room code."""
        self.qr.set_text(address)
        self.address.setText(short_address.removeprefix("http://"))
        self.code.setText(f"Room code {room_code[:3]} {room_code[3:]}")
        self.hint.setText("Scan the code, or type the address and then the room code. "
                          "Same Wi-Fi as this laptop; no app, no account.")
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
            font.setPixelSize(math.ceil(px * scale))
            font.setBold(bold)
            label.setFont(font)
        margin = max(6, px // 2)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.layout().setSpacing(max(4, px // 3))


class WallCard(QObject):
    """Keeps a JoinCard over the right part of a presentation window's matrix while a round collects."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.card = JoinCard(window)
        self.card.hide()
        window.installEventFilter(self)

    def show_join(self, address: str, short_address: str, room_code: str) -> None:
        self.card.show_join(address, short_address, room_code)
        self.card.show()
        self.card.raise_()
        self.place()

    def hide(self) -> None:
        self.card.hide()
        self._leave_room(0)

    def place(self) -> None:
        """Fill the matrix's height at the right, type up to 1/30 of the screen's height (the address twice that)."""
        view = getattr(self.window, "view", None)
        area = view.geometry() if view is not None else self.window.rect()
        width = min(round(area.width() * WALL_SHARE), area.height())
        self.card.largest_px = max(14, math.ceil(self.window.height() / 30))
        self.card.setGeometry(area.right() - width + 1, area.top(), width, area.height())
        self._leave_room(width if self.card.isVisibleTo(self.window) else 0)

    def _leave_room(self, width: int) -> None:
        """Lay the matrix out left of the card, so no initiative hides behind it."""
        view = getattr(self.window, "view", None)
        if view is None or view.viewportMargins().right() == width:
            return
        view.setViewportMargins(0, 0, width, 0)
        # The matrix lays itself out on a resize of its view: announce one of the same size.
        QCoreApplication.sendEvent(view, QResizeEvent(view.size(), view.size()))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return False
