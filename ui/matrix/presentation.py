"""Presentation mode: the matrix full screen, in large type, for a workshop around a projector.

The same MatrixView as in the window, so dragging a marker still rates through the one undo
stack; the keys a presenter's remote sends step a spotlight through the rated initiatives, and
a caption strip shows the spotlit one large enough to read from the back of the room. Given a
second screen, the laptop shows a presenter view (now, next, the keys) while the slide is projected.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner.document import Document
from planner.edits import Change
from planner.matrix_layout import matrix_point
from planner.round_geometry import accepted_value, range_text, votes_text
from planner.scoring import initiative_scores
from ui.matrix.layers import fitted
from ui.matrix.presenter import PresenterView
from ui.matrix.theme import DECISION_LABEL, LARGEST_LABEL_STEP, SMALLEST_LABEL_STEP, projection_theme, matrix_text, shown_number
from ui.matrix.scene import AXIS_TITLES
from ui.matrix.view import MatrixView

NEXT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Tab}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Backtab}
# Page Up/Down too: presentation remotes ("clickers") send those.
LARGER_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal}     # = is + without Shift on many keyboards
SMALLER_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}
ALL_LABELS_KEY = Qt.Key.Key_L
WINDOW_KEYS = NEXT_KEYS | PREVIOUS_KEYS | LARGER_KEYS | SMALLER_KEYS | {Qt.Key.Key_Home, Qt.Key.Key_Escape,
                                                                       ALL_LABELS_KEY}
CAPTION_BACKGROUND = "#f2f2f2"
CAPTION_TEXT = "#000000"
CAPTION_QUIET = "#3d3d3d"   # 10:1 on the caption: hints stay readable from the back
RULE = "#9a9a9a"
LINES_PER_HEIGHT = 40       # caption type is at least 1/40 of the screen's height
DESCRIPTION_LINES = 2
HINT = QT_TRANSLATE_NOOP("Matrix", "Space or → for the next initiative, ← to go back")
HINT_MORE = QT_TRANSLATE_NOOP("Matrix", "+ or − sizes the labels · L shows all labels · Home shows all initiatives · Esc leaves")
ROUND_HINT = QT_TRANSLATE_NOOP("Matrix", "V shows or hides each vote · + or − sizes the labels · Home shows all · Esc leaves")
KEYS = QT_TRANSLATE_NOOP("Matrix", "Space or → next · ← back · Home all initiatives · + or − label size · L all labels · Esc ends")
LABEL_STEP_SETTING, ALL_LABELS_SETTING = "presentation/label_step", "presentation/all_labels"
NOTICE_MS = 4000  # a setting's notice, then the caption is quiet again


class PresentationView(MatrixView):
    """A MatrixView that leaves the stepping keys to the presentation window.

    In the window's matrix arrows nudge ratings and Tab selects the next initiative; here the
    same keys move the spotlight, so a stray key press on a remote never changes a rating.
    """

    def keyPressEvent(self, event) -> None:
        if event.key() in WINDOW_KEYS or _is_undo_or_redo(event):
            event.ignore()  # passes the key on to the parent, the presentation window
            return
        super().keyPressEvent(event)


def _is_undo_or_redo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


class PresentationWindow(QWidget):
    """The matrix full screen on white, with a spotlight walk-through and a caption strip."""

    closed = Signal()

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.document, self.undo_stack = document, undo_stack
        self.setWindowTitle(self.tr("{title} — presentation").format(title=document.plan.title))
        _paint(self, "#ffffff", CAPTION_TEXT)
        self.view = PresentationView(document, undo_stack, self)
        self.scene = self.view.matrix
        self.settings = QSettings()
        self.label_step = max(SMALLEST_LABEL_STEP, min(LARGEST_LABEL_STEP,
                                                       self.settings.value(LABEL_STEP_SETTING, 0, type=int)))
        # Type follows the whole screen's height, not the part left over by the caption, so labels
        # keep to the projection theme's promise of at least 1/40 of the screen.
        self.scene.theme_for = lambda height: projection_theme(max(height, self.height()), self.label_step)
        self.scene.show_title = True
        self.scene.show_tray = False  # the tray is for editing at a desk, not for the room
        self.scene.all_labels = self.settings.value(ALL_LABELS_SETTING, False, type=bool)
        self.presenter: PresenterView | None = None
        self.view.message.connect(self._show_notice)
        self._quiet = QTimer(self, singleShot=True, interval=NOTICE_MS)
        self._quiet.timeout.connect(lambda: self._show_notice(""))

        self.caption = QFrame(self)
        self.caption.setObjectName("caption")
        _paint(self.caption, CAPTION_BACKGROUND, CAPTION_TEXT)
        self.heading = QLabel(self.caption)
        self.counter = QLabel(self.caption)
        self.description = QLabel(self.caption)
        self.details = QLabel(self.caption)
        self.notice = QLabel(self.caption)
        for label in (self.counter, self.notice):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            _paint(label, CAPTION_BACKGROUND, CAPTION_QUIET)
        for label in (self.heading, self.description, self.details):
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Long texts are elided to the width, never allowed to widen the window past the screen.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        rule = QFrame(self)
        rule.setFixedHeight(3)
        _paint(rule, RULE, CAPTION_TEXT)

        top, bottom = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.counter)
        bottom.addWidget(self.details, 1)
        bottom.addWidget(self.notice)
        self._caption_layout = lines = QVBoxLayout(self.caption)
        lines.addLayout(top)
        lines.addWidget(self.description)
        lines.addLayout(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(rule)
        layout.addWidget(self.caption)
        self._attached = True
        document.subscribe(after=self._document_changed)
        self._size_caption()
        self._show_caption()
        # The window's matrix says which round is revealed: the wall shows the same, and follows it.
        source = getattr(parent, "matrix_panel", None)
        if source is not None:
            shown = source.view.matrix.reveal
            if shown.round_id is not None:
                self.show_round(shown.round_id, shown.votes)
            source.view.matrix.round_shown.connect(self.show_round)

    def show_round(self, round_id: str | None, votes: bool = False) -> None:
        """Show a round's answer large (see MatrixScene.show_round); None shows the plan again."""
        if (round_id, votes) == (self.scene.reveal.round_id, self.scene.reveal.votes):
            return
        if round_id == self.scene.reveal.round_id:
            self.scene.reveal.set_votes(votes)
        else:
            self.scene.show_round(round_id, votes)
        self._show_notice("")

    # ------------------------------------------------------------ opening and closing

    def open(self, screen=None, presenter_screen=None) -> None:
        """Show full screen: on ``screen`` if given, else on the screen of the parent window.

        With ``presenter_screen`` (the laptop's, when the slide goes to a beamer) a presenter view
        opens full screen there and takes the keys.
        """
        if not self._attached:  # reopened after a close: follow the document again
            self.scene.attach()
            self.document.subscribe(after=self._document_changed)
            self._attached = True
            self.scene.rebuild()
        screen = screen or (self.parentWidget().screen() if self.parentWidget() else None)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus()
        if presenter_screen is not None:
            self._open_presenter(presenter_screen)

    def _open_presenter(self, screen) -> None:
        if self.presenter is None:
            self.presenter = PresenterView(self.keyPressEvent, self)
            self.presenter.closed.connect(self.close)  # closing either ends the presentation
        self.presenter.setScreen(screen)
        self.presenter.setGeometry(screen.geometry())
        self.presenter.showFullScreen()
        self.presenter.activateWindow()  # the presenter's keyboard is the laptop's
        self._show_caption()

    def closeEvent(self, event) -> None:
        # A closed window must not go on redrawing, nor be called once Qt has deleted it.
        if self._attached:
            self.scene.detach()
            self.document.unsubscribe(after=self._document_changed)
            self._attached = False
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
        super().closeEvent(event)
        self.closed.emit()

    # ------------------------------------------------------------ keys and the spotlight

    def focusNextPrevChild(self, forward: bool) -> bool:
        return False  # Tab steps the spotlight rather than moving the focus

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.spotlight(None)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in LARGER_KEYS or key in SMALLER_KEYS:
            self.set_label_step(self.label_step + (1 if key in LARGER_KEYS else -1))
        elif key == ALL_LABELS_KEY:
            self.set_all_labels(not self.scene.all_labels)
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    def order(self) -> list[str]:
        """The ids the walk-through visits: the initiatives on the matrix, in plan order."""
        # Read from the plan, not from the markers, so the count is right before the scene is laid out.
        plan, scene = self.document.plan, self.scene
        return [item.id for item in scene.visible_items() if matrix_point(item, plan, scene.axis) is not None]

    def step(self, direction: int) -> None:
        """Spotlight the next (1) or previous (-1) initiative; past either end, show them all."""
        order = self.order()
        stops = [None] + order  # the overview sits between the last and the first
        current = self.scene.spotlight if self.scene.spotlight in order else None
        self.spotlight(stops[(stops.index(current) + direction) % len(stops)])

    def spotlight(self, iid: str | None) -> None:
        self.scene.set_spotlight(iid)
        self._show_notice("")  # and shows the caption for the new spotlight

    # ------------------------------------------------------------ label settings, remembered

    def set_label_step(self, step: int) -> None:
        """Make the labels larger (a higher step) or smaller, within the theme's limits; remember it."""
        self.label_step = max(SMALLEST_LABEL_STEP, min(LARGEST_LABEL_STEP, step))
        self.settings.setValue(LABEL_STEP_SETTING, self.label_step)
        self.scene.rebuild()
        text = {SMALLEST_LABEL_STEP: self.tr("Labels {px} px (the smallest) · + larger, − smaller"),
                LARGEST_LABEL_STEP: self.tr("Labels {px} px (the largest) · + larger, − smaller")}.get(
                    self.label_step, self.tr("Labels {px} px · + larger, − smaller"))
        self._show_notice(text.format(px=round(self.scene.theme.label_px)), brief=True)

    def set_all_labels(self, on: bool) -> None:
        """Label every marker (far ones joined by a line) or only where a label fits; remember it."""
        self.scene.all_labels = on
        self.settings.setValue(ALL_LABELS_SETTING, on)
        self.scene.rebuild()
        numbered = len(self.scene.numbers)
        if not on:
            text = self.tr("Labels where they fit · L for all")
        elif numbered:
            text = self.tr("All labels shown · {n} still numbered · L for fewer").format(n=numbered)
        else:
            text = self.tr("All labels shown · L for fewer")
        self._show_notice(text, brief=True)

    # ------------------------------------------------------------ caption

    def resizeEvent(self, event) -> None:
        self._size_caption()
        super().resizeEvent(event)
        self._show_caption()

    def caption_px(self) -> int:
        """The caption's body type size in pixels: 1/40 of the window's height, rounded up."""
        return max(12, math.ceil(self.height() / LINES_PER_HEIGHT))

    def _size_caption(self) -> None:
        px = self.caption_px()
        for label, scale, bold in ((self.heading, 1.25, True), (self.counter, 1.0, False),
                                   (self.description, 1.0, False), (self.details, 1.0, False),
                                   (self.notice, 1.0, False)):
            font = QFont(self.font())
            font.setPixelSize(math.ceil(px * scale))
            font.setBold(bold)
            label.setFont(font)
        top, bottom, gap = round(px * 0.5), round(px * 0.6), round(px * 0.25)
        self._caption_layout.setContentsMargins(px, top, px, bottom)
        self._caption_layout.setSpacing(gap)
        # A fixed height: the matrix does not jump as descriptions of one or two lines go by.
        heading, body = (QFontMetricsF(label.font()).lineSpacing() for label in (self.heading, self.description))
        self.description.setFixedHeight(math.ceil(body * DESCRIPTION_LINES))
        self.caption.setFixedHeight(math.ceil(top + heading + gap + body * DESCRIPTION_LINES + gap + body + bottom))

    def _show_caption(self) -> None:
        iid = self.scene.spotlight
        order = self.order()
        if iid is None or iid not in order:
            self.counter.setText(self.tr("{n} on the matrix").format(n=len(order)))
            # Fitted beside the counter, as a title is: a longer hint (Dutch) must not widen the caption.
            width = self.width() - 2 * self.caption_px()
            counter_width = QFontMetricsF(self.counter.font()).horizontalAdvance(self.counter.text()) * 1.2
            self.heading.setText(fitted(matrix_text(HINT), self.heading.font(), width - counter_width, 1))
            self.description.setText(matrix_text(ROUND_HINT) if self.scene.reveal.shown else matrix_text(HINT_MORE))
            self.details.setText("")
            self._show_presenter(order, None)
            return
        plan = self.document.plan
        item = plan.initiative(iid)
        self.counter.setText(self.tr("{n} of {count}").format(n=order.index(iid) + 1, count=len(order)))
        width = self.width() - 2 * self.caption_px()
        counter_width = QFontMetricsF(self.counter.font()).horizontalAdvance(self.counter.text()) * 1.2
        self.heading.setText(fitted(item.title, self.heading.font(), width - counter_width, 1))
        point = self.scene.reveal.picture and self.scene.reveal.picture.points.get(iid)
        body = self.description.font()
        if point is None:
            about = fitted(item.description or "", body, width, DESCRIPTION_LINES)
        else:  # on a revealed round the room's median and spread, where the description was
            scale, axis = plan.scale, self.scene.axis
            about = "\n".join(fitted(line, body, width, 1) for line in (
                range_text(matrix_text(QT_TRANSLATE_NOOP("Matrix", "Benefit")), point.benefit, accepted_value(point, "benefit", scale)),
                range_text(matrix_text(AXIS_TITLES[axis]), point.effort, accepted_value(point, axis, scale))))
        self.description.setText(about)
        # The notice shares the last line: the ratings give way to it rather than run under it.
        notice = self.notice.text()
        room = width - (QFontMetricsF(self.notice.font()).horizontalAdvance(notice) + self.caption_px() if notice else 0)
        details = votes_text(point) if point is not None else ratings_text(item, plan)
        if point is None and QFontMetricsF(self.details.font()).horizontalAdvance(details) > room:
            details = ratings_text(item, plan, short=True)  # the quadrant and decision stay in sight
        self.details.setText(fitted(details, self.details.font(), room, 1))
        self._show_presenter(order, iid)

    def _show_presenter(self, order: list[str], iid: str | None) -> None:
        if self.presenter is None:
            return
        plan = self.document.plan
        now = following = None
        if iid is not None:
            item = plan.initiative(iid)
            now = (item.title, ratings_text(item, plan), item.description or "")
        stops = [None] + order
        after = stops[(stops.index(iid) + 1) % len(stops)] if iid in stops else None
        if after is not None:
            item = plan.initiative(after)
            following = (item.title, ratings_text(item, plan))
        self.presenter.show_state(self.counter.text(), now, following, matrix_text(KEYS))

    def _show_notice(self, text: str, brief: bool = False) -> None:
        self.notice.setText(text)
        self._show_caption()
        if self.presenter is not None:
            self.presenter.show_notice(text)
        if brief:
            self._quiet.start()

    def _document_changed(self, change: Change) -> None:
        # The scene heard first (it subscribed first) and is redrawn: an initiative that left the
        # matrix (removed, unrated, hidden) cannot stay in the spotlight.
        if self.scene.spotlight is not None and self.scene.spotlight not in self.scene.markers:
            self.scene.set_spotlight(None)
        self._show_caption()


def ratings_text(item, plan, short: bool = False) -> str:
    """One line with the initiative's ratings, combined effort, quadrant and decision.

    ``short`` abbreviates the efforts' names, for a caption too narrow for them (Dutch at 1024).
    """
    def v(x):
        return "–" if x is None else shown_number(x)
    effort, quadrant, _rank = initiative_scores(item, plan)
    if short:
        names = (QT_TRANSLATE_NOOP("Matrix", "tech. {value}"), QT_TRANSLATE_NOOP("Matrix", "org. {value}"),
                 QT_TRANSLATE_NOOP("Matrix", "comb. {value}"))
    else:
        names = (QT_TRANSLATE_NOOP("Matrix", "technical effort {value}"),
                 QT_TRANSLATE_NOOP("Matrix", "organisational effort {value}"),
                 QT_TRANSLATE_NOOP("Matrix", "combined {value}"))
    parts = [matrix_text(QT_TRANSLATE_NOOP("Matrix", "Benefit {value}")).format(value=v(item.benefit)),
             matrix_text(names[0]).format(value=v(item.technical_effort)),
             matrix_text(names[1]).format(value=v(item.organisational_effort))]
    if effort is not None:
        parts.append(matrix_text(names[2]).format(value=shown_number(round(effort, 2))))
    if quadrant is not None:
        parts.append(plan.quadrant_name(quadrant))
    parts.append(matrix_text(DECISION_LABEL[item.decision]))
    return " · ".join(parts)


def _paint(widget: QWidget, background: str, text: str) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
