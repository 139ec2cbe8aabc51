"""A workshop round's answer drawn over the matrix: whiskers of the room's spread, the plan's own
rating with a line to the room's median, and on demand a faint dot per vote.

The scene puts its markers at the room's medians (planner.round_geometry gives it rated copies)
and labels them as ever; this layer draws what belongs to each marker, as children of one group
item, so a vote arriving redraws the group alone and never the wall.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from shiboken6 import isValid

from planner.errors import PlanError
from planner.model import Initiative, Round
from planner.round_edits import find_round
from planner.round_geometry import (
    RoomPicture, caption, dot_offsets, left_out, room_initiatives, room_picture, shown_state,
)
from ui.matrix.layers import Z_ARROW, Z_MARKER, add_text, fitted
from ui.matrix.markers import shape_path
from ui.matrix.theme import DECISION_STYLE, MatrixTheme, matrix_text

VOTES_SETTING = "matrix/round_votes"  # the dots of single votes, on or off (V), remembered
DOT_FILL = 0.35       # a vote's dot: a faint fill in a rim of the marker's colour
OWN_OPACITY = 0.55    # the plan's own rating: a ghost the room's answer moved away from
DIMMED = 0.2          # what is not in the spotlight
# Inside the group, back to front: vote dots, the plan's own rating and its line, extremes, IQR.
Z_DOTS, Z_OWN, Z_RANGE, Z_IQR = 0.1, 0.2, 0.3, 0.4


def whisker_widths(theme: MatrixTheme) -> tuple[float, float]:
    """The interquartile bar's width and the min–max line's: bold and thin, both seen on a projector."""
    r = theme.marker_radius
    return max(4.0, r * 0.6), max(1.5, r * 0.2)


def dot_radius(theme: MatrixTheme) -> float:
    return max(2.5, theme.marker_radius * 0.42)


def remembered_votes() -> bool:
    """Whether the vote dots were last switched on (V)."""
    return QSettings().value(VOTES_SETTING, False, type=bool)


def remember_votes(on: bool) -> None:
    QSettings().setValue(VOTES_SETTING, on)


class RoundLayer:
    """What a scene shows of one round: which round, whether its votes show, and the items drawn."""

    def __init__(self, scene):
        self.scene = scene
        self.round_id: str | None = None
        self.votes = False
        self.picture: RoomPicture | None = None
        self.state: tuple | None = None  # the shown round's shown_state when last measured
        self._axis = ""
        self.group: QGraphicsRectItem | None = None
        self.drawn: dict[str, list[QGraphicsItem]] = {}  # initiative -> its whiskers, dots and ghost
        self.redraws = 0  # how often the layer alone was drawn: a vote costs this, never a rebuild

    # ------------------------------------------------------------ what is shown

    def show(self, round_id: str | None, votes: bool) -> None:
        """Show ``round_id`` (None: the plan's own ratings again); see MatrixScene.show_round."""
        scene = self.scene
        self.round_id = round_id
        self.votes = round_id is not None and (votes or (scene.interactive and remembered_votes()))
        scene.spotlight = None
        scene.rebuild()
        scene.round_shown.emit(round_id, self.votes)

    def set_votes(self, on: bool) -> None:
        """Show or hide the dots of single votes."""
        self.votes = on
        self.draw()
        self.scene.round_shown.emit(self.round_id, on)

    def changed(self) -> None:
        """After a change to the plan's rounds: the layer alone while the markers stay put; else
        (revealed, re-voted, removed) the whole scene."""
        round_ = self.round()
        if round_ is not None and shown_state(round_) == self.state:
            return  # a vote on an initiative still collecting: nothing on the wall changes
        before = self.placed()
        self.measure()
        if self.round() is None or self.placed() != before:
            self.scene.rebuild()
            return
        title = self.scene.title_item
        if title is not None:
            width = self.scene.sceneRect().width() - title.x() - self.scene.theme.tick_px
            title.setText(fitted(self.title(), title.font(), width, 1))
        self.redraws += 1
        self.draw()

    @property
    def shown(self) -> bool:
        """Whether the matrix shows a round now (one asked for may have been removed since)."""
        return self.round_id is not None and self.picture is not None

    def round(self) -> Round | None:
        """The round shown, while the plan still has it."""
        if self.round_id is None:
            return None
        try:
            return find_round(self.scene.document.plan, self.round_id)
        except PlanError:
            return None

    def measure(self) -> RoomPicture | None:
        """The shown round's answer for the scene's effort axis; None with no round. Kept while neither
        the round's shown state nor the axis changes (and the plan does not: see forget)."""
        round_ = self.round()
        if round_ is None:
            self.picture = self.state = None
            return None
        state = shown_state(round_)
        if self.picture is None or (state, self.scene.axis) != (self.state, self._axis):
            self.picture = room_picture(self.scene.document.plan, round_, self.scene.axis)
            self.state, self._axis = state, self.scene.axis
        return self.picture

    def forget(self) -> None:
        """Measure afresh next time: the plan changed (a rating that stands in, a title, the scale)."""
        self.picture = None

    def initiatives(self) -> list[Initiative]:
        """What the matrix places: the round's initiatives at the room's medians, and those it could not
        place, unrated, for the tray. Derived each time, never kept."""
        plan, picture = self.scene.document.plan, self.measure()
        if picture is None:
            return list(plan.initiatives)
        unplaced = set(picture.unplaced)
        return room_initiatives(plan, picture) + [item for item in plan.initiatives if item.id in unplaced]

    def title(self) -> str | None:
        """The caption in place of the plan's title: "Round ‘Kick-off’: 14 people, revealed"."""
        round_ = self.round()
        if round_ is None:
            return None
        return caption(round_, self.measure())  # what it leaves out, the key says

    def placed(self) -> dict[str, tuple[float, float]]:
        """The medians where the markers stand: when only these stay the same, the layer alone redraws."""
        picture = self.picture
        return {} if picture is None else {iid: point.median for iid, point in picture.points.items()}

    # ------------------------------------------------------------ drawing

    def add_key(self, theme: MatrixTheme, area: QRectF, top: float) -> float:
        """Under the legend, what the round's marks mean; return where it ends (``top`` with no round)."""
        if self.round_id is None or self.round() is None:
            return top
        px, r = theme.label_px, theme.marker_radius
        x, y, colour = area.left(), top, QColor(theme.text)
        heading = add_text(self.scene, theme, matrix_text(QT_TRANSLATE_NOOP("Matrix", "The room's answer")), px,
                           QPointF(x, y), bold=True, width=area.width(), lines=2)
        y += max(px * 1.8, heading.boundingRect().height() + px * 0.6)
        bold, thin = whisker_widths(theme)
        sample = r * 2.6
        rows = [(matrix_text(QT_TRANSLATE_NOOP("Matrix", "middle half of the votes")), [QLineF(0, 0, sample, 0)], QPen(colour, bold, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)),
                (matrix_text(QT_TRANSLATE_NOOP("Matrix", "lowest to highest")), [QLineF(0, 0, sample, 0), QLineF(0, -r * 0.7, 0, r * 0.7),
                                       QLineF(sample, -r * 0.7, sample, r * 0.7)], QPen(colour, thin)),
                (matrix_text(QT_TRANSLATE_NOOP("Matrix", "the plan's rating before")), [QLineF(r * 1.4, 0, sample, 0)],
                 QPen(colour, max(1.5, theme.line_width), Qt.PenStyle.DashLine))]
        for text, lines, pen in rows:
            for line in lines:
                item = self.scene.addLine(line.translated(x + r * 0.3, y + px * 0.65), pen)
                item.setZValue(Z_MARKER)
            label = add_text(self.scene, theme, text, px * 0.9, QPointF(x + sample + r, y),
                             width=area.width() - sample - r, lines=2)
            y += max(px * 1.5, label.boundingRect().height() + px * 0.4)
        ghost = self.scene.addEllipse(QRectF(-r * 0.7, -r * 0.7, r * 1.4, r * 1.4), QPen(colour, max(1.5, theme.line_width)))
        ghost.setPos(x + r, item.line().y1())
        note = left_out(self.scene.document.plan, self.round(), self.measure())
        if note:
            label = add_text(self.scene, theme, note, px * 0.9, QPointF(x, y), width=area.width(), lines=3,
                             colour=theme.quiet_text)
            y += label.boundingRect().height() + px * 0.4
        return y + px * 0.5

    def back_labels(self) -> None:
        """Give each title a backing of the plot's colour while a round shows: whiskers cross under them."""
        if self.round_id is None:
            return
        background = QColor(self.scene.theme.background)
        background.setAlphaF(0.85)
        for text, _ in self.scene.labels.values():
            if isinstance(text, QGraphicsSimpleTextItem):  # a forced label has its backing already
                backing = QGraphicsRectItem(text.boundingRect().adjusted(-1, 0, 1, 0), text)
                backing.setPen(QPen(Qt.PenStyle.NoPen))
                backing.setBrush(background)
                backing.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)

    def clear(self) -> None:
        # The scene's clear() may have deleted the group already.
        if self.group is not None and isValid(self.group) and self.group.scene() is self.scene:
            self.scene.removeItem(self.group)
        self.group, self.drawn = None, {}

    def draw(self) -> None:
        """Draw the whiskers, ghosts and dots of every placed marker again."""
        self.clear()
        scene, picture = self.scene, self.picture
        if self.round_id is None or picture is None or scene.transform is None:
            return
        self.group = group = QGraphicsRectItem()
        group.setPen(QPen(Qt.PenStyle.NoPen))
        group.setZValue(Z_ARROW - 0.5)  # over the quadrants and thresholds, under arrows and markers
        scene.addItem(group)
        spot = scene.spotlight
        for iid, point in picture.points.items():
            marker = scene.markers.get(iid)
            if marker is None:
                continue
            item = scene.document.initiative(iid)
            colour = QColor(scene.colour_of(item))
            parts = self._whiskers(point, marker.pos(), colour)
            if point.own is not None:
                parts += self._ghost(point.own, marker.pos(), colour, item.decision)
            if self.votes or spot == iid:
                parts += self._dots(point.votes, colour)
            self.drawn[iid] = parts
        self.apply_spotlight()

    def apply_spotlight(self) -> None:
        if self.group is None or not isValid(self.group) or self.group.scene() is not self.scene:
            self.group, self.drawn = None, {}  # cleared with the scene, to be drawn again
            return
        spot = self.scene.spotlight
        for iid, parts in self.drawn.items():
            for part in parts:
                part.setOpacity(part.data(0) * (1.0 if spot in (None, iid) else DIMMED))

    def _add(self, item: QGraphicsItem, z: float, opacity: float = 1.0) -> QGraphicsItem:
        item.setParentItem(self.group)
        item.setZValue(z)
        item.setData(0, opacity)  # its own opacity, which the spotlight dims
        item.setOpacity(opacity)
        return item

    def _whiskers(self, point, at: QPointF, colour: QColor) -> list[QGraphicsItem]:
        """Bold interquartile bars and thin min–max lines with end ticks, through the marker, both ways."""
        theme, to_screen = self.scene.theme, self.scene.transform.to_screen
        bold, thin = whisker_widths(theme)
        tick = theme.marker_radius * 0.8
        x, y = at.x(), at.y()
        (x_low, _), (x_high, _) = to_screen(point.effort.low, 0), to_screen(point.effort.high, 0)
        (x_q1, _), (x_q3, _) = to_screen(point.effort.q1, 0), to_screen(point.effort.q3, 0)
        (_, y_low), (_, y_high) = to_screen(0, point.benefit.low), to_screen(0, point.benefit.high)
        (_, y_q1), (_, y_q3) = to_screen(0, point.benefit.q1), to_screen(0, point.benefit.q3)
        thin_pen = QPen(colour, thin, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        bold_pen = QPen(colour, bold, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        lines = []
        if x_high - x_low > 0.5:
            lines += [(QLineF(x_low, y, x_high, y), thin_pen, Z_RANGE),
                      (QLineF(x_low, y - tick, x_low, y + tick), thin_pen, Z_RANGE),
                      (QLineF(x_high, y - tick, x_high, y + tick), thin_pen, Z_RANGE)]
        if y_low - y_high > 0.5:
            lines += [(QLineF(x, y_low, x, y_high), thin_pen, Z_RANGE),
                      (QLineF(x - tick, y_low, x + tick, y_low), thin_pen, Z_RANGE),
                      (QLineF(x - tick, y_high, x + tick, y_high), thin_pen, Z_RANGE)]
        if x_q3 - x_q1 > 0.5:
            lines.append((QLineF(x_q1, y, x_q3, y), bold_pen, Z_IQR))
        if y_q1 - y_q3 > 0.5:
            lines.append((QLineF(x, y_q1, x, y_q3), bold_pen, Z_IQR))
        parts = []
        for line, pen, z in lines:
            item = QGraphicsLineItem(line)
            item.setPen(pen)
            parts.append(self._add(item, z))
        return parts

    def _ghost(self, own: tuple[float, float], at: QPointF, colour: QColor, decision: str) -> list[QGraphicsItem]:
        """The plan's own rating, hollow and faint, with a dashed line to where the room put it."""
        x, y = self.scene.transform.to_screen(*own)
        r = self.scene.theme.marker_radius
        if QLineF(x, y, at.x(), at.y()).length() < r:
            return []  # the room agreed with the plan: nothing moved
        width = max(1.5, self.scene.theme.line_width)
        ghost = QGraphicsPathItem(shape_path(DECISION_STYLE[decision][1], r))
        ghost.setPen(QPen(colour, width))
        ghost.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        ghost.setPos(x, y)
        move = QGraphicsLineItem(QLineF(x, y, at.x(), at.y()))
        move.setPen(QPen(colour, width, Qt.PenStyle.DashLine))
        return [self._add(ghost, Z_OWN, OWN_OPACITY), self._add(move, Z_OWN, OWN_OPACITY)]

    def _dots(self, votes: tuple[tuple[float, float], ...], colour: QColor) -> list[QGraphicsItem]:
        """A faint dot per vote; votes on one spot turn round it, so each can be counted."""
        radius = dot_radius(self.scene.theme)
        spots: dict[tuple[float, float], int] = {}
        for vote in votes:
            spots[vote] = spots.get(vote, 0) + 1
        # One item for all of an initiative's dots: hundreds of people, one call each to draw.
        path = QPainterPath()
        # Votes at the scale's ends turn round a spot on the frame: the sunflower moves in, whole,
        # so every dot stays inside the plot and apart from the others.
        inside = self.scene.plot.adjusted(radius * 1.3, radius * 1.3, -radius * 1.3, -radius * 1.3)
        for (effort, benefit), count in spots.items():
            x, y = self.scene.transform.to_screen(effort, benefit)
            offsets = dot_offsets(count, radius * 2.3)
            xs, ys = [x + dx for dx, _ in offsets], [y + dy for _, dy in offsets]
            x += max(0.0, inside.left() - min(xs)) - max(0.0, max(xs) - inside.right())
            y += max(0.0, inside.top() - min(ys)) - max(0.0, max(ys) - inside.bottom())
            for dx, dy in offsets:
                at = QPointF(min(max(x + dx, inside.left()), inside.right()),
                             min(max(y + dy, inside.top()), inside.bottom()))
                path.addEllipse(at, radius, radius)
        if path.isEmpty():
            return []
        # A faint fill in a full-colour rim: faint beside the markers, still 3:1 on every tint.
        fill = QColor(colour)
        fill.setAlphaF(DOT_FILL)
        dots = QGraphicsPathItem(path)
        dots.setPen(QPen(colour, max(1.0, radius * 0.3)))
        dots.setBrush(QBrush(fill))
        return [self._add(dots, Z_DOTS)]
