"""The benefit–effort matrix as a graphics scene: built from the document, redrawn as it changes.

The scene decides what to show and keeps the items it must find again; the geometry (frame,
axis transform, fanning out, label placement) comes from planner.matrix_layout, and the
modules beside it draw: backdrop (quadrants, axes, legend), markers, labels and tray. The same
scene serves the window, presentation mode and export.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene

from planner.document import Document
from planner.edits import Change, ChangeKind
from planner.matrix_labels import NAME_ALL_UP_TO, line_obstacles
from planner.matrix_layout import (
    SIDE_AT_MOST, Box, Transform, marker_positions, matrix_point, plot_and_tray, quadrant_boxes, warning_box,
)
from planner.model import RATINGS
from planner.palette import NO_OBJECTIVE_COLOUR, objective_colours
from planner.scoring import quick_wins_waiting_on_big_bets
from ui.matrix.backdrop import add_axes, add_legend, add_quadrants
from ui.matrix.key import MIN_KEY_PX, KeyEntry, add_key, key_area, key_capacity, key_width
from ui.matrix.labels import MAX_LABELS, Labels, Numbers, add_labels
from ui.matrix.layers import add_text
from ui.matrix.markers import add_arrows, add_halo, add_markers, add_warning_signs
from ui.matrix.round_layer import RoundLayer
from ui.matrix.theme import DECISION_STYLE, MatrixTheme, screen_theme, matrix_text
from ui.matrix.tray import add_tray

AXIS_TITLES = {"combined": QT_TRANSLATE_NOOP("Matrix", "Combined effort"),
               "technical": QT_TRANSLATE_NOOP("Matrix", "Technical effort"),
               "organisational": QT_TRANSLATE_NOOP("Matrix", "Organisational effort")}
LEGEND_BESIDE_KEY = 0.7  # the legend's type beside a key that asked for more room, of its own
SIDE_RATHER = 0.36  # of the width: the sidebar a key widens to before its type goes down to the least
LIVE_OVERLAY_LIMIT = 400  # more dependencies than this: arrows follow a drag once it ends


class MatrixScene(QGraphicsScene):
    """Quadrants, axes, legend, the unrated tray and one marker per rated initiative."""

    round_shown = Signal(object, bool)  # (round id or None, votes shown): presentation mode follows

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.axis = "combined"
        self.show_dependencies = False
        self.hide_ignored = False
        self.colour_by = "decision"  # or "objective"
        self.objective_filter: str | None = None  # show only the initiatives serving it
        self.show_title = True
        self.interactive = True  # on screen, where a marker shows its title on hover; False in pictures
        self.show_tray = True     # the unrated tray: an editing aid, off slides and pictures
        self.all_labels = False   # label every marker, far away with a leader line if need be
        self.theme: MatrixTheme = screen_theme(600)
        self.theme_for = screen_theme  # height -> theme; presentation mode swaps it
        self.selected: list[str] = []
        self.spotlight: str | None = None
        self.markers: dict[str, QGraphicsPathItem] = {}
        self.labels: Labels = {}
        self.numbers: Numbers = {}  # markers with no room for their title: a number, listed in the key
        self.key: list[KeyEntry] = []
        self.all_labels = False  # also far spots with leader lines, so that every title shows if it can
        self._key_area = QRectF()
        self._side: float | None = None  # the sidebar's width when the key asked for more room
        self._key_cap: int | None = None  # numbers the key can list, when not all, even in the widest sidebar
        self._number_size = 0  # which of the numbers' type sizes the last layout took (see add_labels)
        self._key_items: list[QGraphicsItem] = []
        self.tray: dict[str, QGraphicsPathItem] = {}
        self._halos: list[QGraphicsItem] = []
        self._overlay: list[QGraphicsItem] = []
        self._marker_layer: QGraphicsRectItem | None = None
        self._name_boxes: list[Box] = []  # the quadrants' names: labels keep off them
        self._owner: dict[QGraphicsItem, tuple[str, str]] = {}  # marker or tray chip -> (id, kind)
        self.transform: Transform | None = None
        self.plot = QRectF()
        self.tray_rect = QRectF()
        self.dragging = False
        self.active = True   # False while no one looks: changes then only mark the scene stale
        self.stale = False
        self._waiting: dict[str, list[str]] | None = None  # quick wins waiting on big bets, cached
        self._relabel = QTimer(self, singleShot=True, interval=0)
        self._relabel.timeout.connect(self.refresh_after_moves)
        self.reveal = RoundLayer(self)  # a workshop round shown instead of the plan's ratings
        self.title_item = None
        self.attach()

    def attach(self) -> None:
        """Follow the document's changes (done on creation)."""
        self.document.subscribe(after=self._document_changed)

    def detach(self) -> None:
        """Stop following the document, as a scene whose window closes must."""
        self.document.unsubscribe(after=self._document_changed)

    def show_round(self, round_id: str | None, votes: bool = False) -> None:
        """Show a round's answer: markers at the room's medians with their spread, and with ``votes`` a dot
        per vote (on screen also while V last left them on); None shows the plan again."""
        self.reveal.show(round_id, votes)

    # ------------------------------------------------------------ building

    def set_size(self, width: float, height: float) -> None:
        self.setSceneRect(0, 0, width, height)
        if self.stale or not self.markers or self.theme_for(height) != self.theme:
            self.rebuild()
        else:
            self.rebuild(keep_markers=True)

    def rebuild(self, keep_markers: bool = False) -> None:
        """Draw everything again for the current size, plan and options.

        ``keep_markers`` moves the existing markers instead of making them again: after a
        resize, where only positions change, that is most of the work saved.
        """
        self._side, self._key_cap = None, None
        self._build(keep_markers)
        self._fit_key()

    def _fit_key(self) -> None:
        """Give the key room until it lists every number in its own type size: a smaller legend, a wider sidebar.

        The legend first gives way; then the sidebar widens (the plot narrows), twice at most,
        as a narrower plot may number a few more markers. A plan of more than NAME_ALL_UP_TO
        markers keeps the sidebar as it is.
        """
        if not self.markers or len(self.markers) > NAME_ALL_UP_TO:
            return
        for _ in range(3):
            if not self.numbers or self._key_fits():
                return
            t, area = self.theme, self._key_area
            if self._side is None:  # the same width, with the legend in smaller type
                self._side = area.width() + t.tick_px * 0.5
                self._build(keep_markers=True)
                continue
            entries = sorted((n, self.document.initiative(iid).title) for iid, (n, _, _) in self.numbers.items())
            # A little smaller type rather than a plot too narrow for titles; half the width if need be.
            height, scene_w = area.height() - t.key_px * 0.6, self.sceneRect().width()
            width = key_width(t, entries, height, scene_w * SIDE_RATHER)
            if width >= scene_w * SIDE_RATHER:
                width = key_width(t, entries, height, scene_w * SIDE_AT_MOST)
            if width <= area.width() + 1:
                break  # no wider sidebar would help
            self._side = width + t.tick_px * 0.5
            self._build(keep_markers=True)
        for _ in range(2):  # a window too small for the key: no more numbers than it lists; the rest on hover
            if len(self.key) >= len(self.numbers):
                return
            self._key_cap = max(len(self.key) - 1, 0)  # a line for saying how many are left out
            self.place_labels()

    def _key_fits(self) -> bool:
        """Whether the key lists every numbered marker in the theme's key type size."""
        if len(self.key) < len(self.numbers):
            return False
        return all(entry.items[1].font().pixelSize() >= round(self.theme.key_px) for entry in self.key)

    def _build(self, keep_markers: bool) -> None:
        self.stale = False
        self._relabel.stop()
        if keep_markers:
            for item in self.items():
                if item.parentItem() is None and item is not self._marker_layer:
                    self.removeItem(item)
        else:
            self.clear()
            self.markers, self._marker_layer = {}, None
        self.labels, self.tray, self._halos, self._overlay = {}, {}, [], []
        self.numbers, self.key, self._key_items = {}, [], []
        rect = self.sceneRect()
        if rect.width() < 50 or rect.height() < 50:
            self.clear()
            self.markers, self._marker_layer, self._owner = {}, None, {}
            return
        self.theme = t = self.theme_for(rect.height())
        self.setBackgroundBrush(QColor(t.background))
        plot, tray = plot_and_tray(rect.width(), rect.height(), t.tick_px, t.label_px,
                                   t.title_px if self.show_title else None, self._side)
        self.plot, self.tray_rect = QRectF(plot.x, plot.y, plot.w, plot.h), QRectF(tray.x, tray.y, tray.w, tray.h)
        plan = self.document.plan
        self.transform = Transform(plan.scale, plot.x, plot.y, plot.w, plot.h)
        self._name_boxes = add_quadrants(self, t, plan, quadrant_boxes(plan, self.transform),
                                         above=self.reveal.round_id is not None)
        add_axes(self, t, plan, self.transform, self.plot, matrix_text(AXIS_TITLES[self.axis]))
        round_title = self.reveal.title()
        self.title_item = None
        if self.show_title:
            self.title_item = add_text(self, t, round_title or plan.title, t.title_px,
                                       QPointF(plot.x, t.title_px * 0.5), bold=True,
                                       width=rect.width() - plot.x - t.tick_px if round_title else None)
        names = ([(o.name, colour) for o, colour in zip(plan.objectives, self.objective_colours().values())]
                 if self.colour_by == "objective" else None)
        # The legend keeps its size when the labels are made larger or smaller, and gives way to a
        # long key, which needs the room more.
        legend_px = t.legend_px or t.label_px
        legend_px = max(MIN_KEY_PX, legend_px * LEGEND_BESIDE_KEY) if self._side else legend_px
        legend_bottom = add_legend(self, replace(t, label_px=legend_px), self.tray_rect,
                                   self.hide_ignored, names, bool(self.waiting()) and not self.reveal.shown)
        legend_bottom = self.reveal.add_key(replace(t, label_px=legend_px), self.tray_rect, legend_bottom)
        positions = self._positions() if keep_markers else None
        if positions is not None and positions.keys() == self.markers.keys():
            for iid, (x, y) in positions.items():
                self.markers[iid].setPos(x, y)
            self._owner = {marker: (iid, "marker") for iid, marker in self.markers.items()}
        else:
            if self._marker_layer is not None and self._marker_layer.scene() is self:
                self.removeItem(self._marker_layer)
            self.markers = {}
            self._draw_markers()
        self.reveal.draw()
        if self.show_tray:
            self._draw_tray(legend_bottom)
        # The key may run on below the plot, beside the axis's title.
        self._key_area = key_area(self, self.tray_rect.adjusted(0, 0, 0, rect.bottom() - t.tick_px * 0.5
                                                                 - self.tray_rect.bottom()), legend_bottom)
        self._overlay = []
        self._draw_overlays()
        self._draw_halos()
        self.place_labels()

    # ------------------------------------------------------------ markers

    def visible_items(self):
        wanted = self.objective_filter
        return [item for item in self.reveal.initiatives()
                if not (self.hide_ignored and item.decision == "ignore")
                and (wanted is None or wanted in item.objectives)]

    def objective_colours(self) -> dict[str, str]:
        """A colour per objective, in plan order, for colouring markers by objective."""
        return objective_colours(self.document.plan)

    def colour_of(self, item) -> str:
        """The marker colour: the decision's, or the first objective's (grey for none)."""
        if self.colour_by == "objective":
            colours = self.objective_colours()
            return next((colours[o] for o in item.objectives if o in colours), NO_OBJECTIVE_COLOUR)
        return DECISION_STYLE[item.decision][0]

    def _positions(self) -> dict[str, tuple[float, float]]:
        return marker_positions(self.visible_items(), self.document.plan, self.axis, self.transform,
                                self.theme.marker_radius)

    def _draw_markers(self) -> None:
        marks = {}
        for iid, (x, y) in self._positions().items():
            item = self.document.initiative(iid)
            marks[iid] = (x, y, item.decision, self.colour_of(item))
        self._marker_layer, self.markers = add_markers(self, self.theme, marks)
        self._owner = {marker: (iid, "marker") for iid, marker in self.markers.items()}
        self._apply_spotlight()

    def _draw_tray(self, top: float) -> None:
        plan = self.document.plan
        # A milestone is not rated by nature: it waits in no tray.
        unrated = [item for item in self.visible_items()
                   if not item.is_milestone and matrix_point(item, plan, self.axis) is None]
        self.tray = add_tray(self, self.theme, unrated, self.tray_rect, top)
        self._owner.update((chip, (iid, "tray")) for iid, chip in self.tray.items())

    def _draw_overlays(self) -> None:
        """Dependency arrows (when shown) and warning badges, drawn again from scratch."""
        for item in self._overlay:
            self.removeItem(item)
        self._overlay = []
        if self.show_dependencies:
            pairs = ((self.markers.get(dep.from_), self.markers.get(dep.to)) for dep in self.document.plan.dependencies)
            ends = [(a.pos(), b.pos()) for a, b in pairs if a is not None and b is not None]
            self._overlay = add_arrows(self, self.theme, ends)
        signs = add_warning_signs(self, self._warning_boxes())
        if signs is not None:
            self._overlay.append(signs)
        self._apply_spotlight()

    def waiting(self) -> dict[str, list[str]]:
        """Quick wins that wait on a big bet, and those big bets; cached until the plan changes."""
        if self._waiting is None:
            self._waiting = quick_wins_waiting_on_big_bets(self.document.plan)
        return self._waiting

    def _warning_boxes(self) -> list[Box]:
        """Where the warning signs go: one beside each marker of a quick win waiting on a big bet."""
        r = self.theme.marker_radius
        if self.reveal.shown:
            return []  # the plan's dates and ratings say which wait, not the room's answer
        return [warning_box((m.pos().x(), m.pos().y()), r)
                for m in (self.markers.get(iid) for iid in self.waiting()) if m is not None]

    # ------------------------------------------------------------ labels, selection, spotlight

    def place_labels(self) -> None:
        """Name every marker: its title where it fits, else a number that the key beside the plot lists."""
        drawn = list(self._key_items)
        for part in [*self.labels.values(), *(named[1:] for named in self.numbers.values())]:
            drawn += part
        for item in drawn:
            if item is not None and item.scene() is self:
                self.removeItem(item)
        self.labels, self.numbers, self.key, self._key_items = {}, {}, [], []
        if not self.markers:
            return
        # Selected and spotlit first, then by benefit: the labels that matter most get the room.
        first = [i for i in dict.fromkeys(([self.spotlight] if self.spotlight else []) + self.selected)
                 if i in self.markers]
        rest = sorted((i for i in self.markers if i not in first),
                      key=lambda i: -(self.document.initiative(i).benefit or 0))
        order = first + rest
        centres = {iid: (self.markers[iid].pos().x(), self.markers[iid].pos().y()) for iid in order}
        titles = {iid: self.document.initiative(iid).title for iid in order[:MAX_LABELS]}
        t, plot = self.theme, self.plot
        bx, by = self.transform.to_screen(self.document.plan.effort_threshold, self.document.plan.benefit_threshold)
        # The dashed thresholds, widened a little: a label never crosses or touches one.
        lines = line_obstacles([bx], [by], Box(plot.x(), plot.y(), plot.width(), plot.height()), t.line_width + 4)
        # Up to NAME_ALL_UP_TO markers every one is numbered, and the key takes the room it needs.
        most = (key_capacity(t, self._key_area, len(order)) if len(order) > NAME_ALL_UP_TO
                else len(order) if self._key_cap is None else self._key_cap)
        # A narrower plot (see _fit_key) needs numbers no larger than the wider one did.
        self.labels, self.numbers, found, self._number_size = add_labels(
            self, t, titles, centres, plot, self._name_boxes + self._warning_boxes(), self.spotlight,
            first, self.all_labels, most, (bx, by), lines, self._number_size if self._side else 0)
        entries = sorted((n, self.document.initiative(iid).title) for iid, (n, _, _) in self.numbers.items())
        self.key, self._key_items = add_key(self, t, entries, self._key_area, len(found.unnamed))
        self.reveal.back_labels()

    def set_selected(self, ids: list[str]) -> None:
        if ids == self.selected:
            return
        self.selected = list(ids)
        self._draw_halos()
        if not self.dragging:
            self._relabel.start()  # the selected get their labels first

    def _draw_halos(self) -> None:
        for halo in self._halos:
            self.removeItem(halo)
        self._halos = []
        for iid in self.selected + ([self.spotlight] if self.spotlight else []):
            marker = self.markers.get(iid) or self.tray.get(iid)
            if marker is not None:
                on_tray = self._owner.get(marker, ("", "marker"))[1] == "tray"
                self._halos.append(add_halo(self, self.theme, marker, on_tray))

    def set_spotlight(self, iid: str | None) -> None:
        """Highlight one marker and dim the rest; None, or an id without a marker, ends it."""
        self.spotlight = iid if iid in self.markers else None
        self.reveal.draw()  # the spotlit initiative shows its votes
        self._apply_spotlight()
        self._draw_halos()
        self.place_labels()
        self._fit_key()

    def _apply_spotlight(self) -> None:
        for iid, marker in self.markers.items():
            marker.setOpacity(1.0 if self.spotlight in (None, iid) else 0.3)
        for item in self._overlay:
            item.setOpacity(1.0 if self.spotlight is None else 0.3)
        self.reveal.apply_spotlight()

    # ------------------------------------------------------------ lookups

    def id_at(self, pos: QPointF) -> tuple[str, str] | None:
        """Return (id, "marker" or "tray") of what is under ``pos``, with a little slack."""
        for item in self.items(pos):
            owner = self._owner.get(item) or self._owner.get(item.parentItem())
            if owner is not None:
                return owner
        r = self.theme.marker_radius * 1.6  # so that a small marker is easy to grab
        for item in self.items(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r)):
            owner = self._owner.get(item)
            if owner is not None and owner[1] == "marker":
                return owner
        return None

    def to_data(self, pos: QPointF) -> tuple[float, float]:
        return self.transform.to_data(pos.x(), pos.y())

    # ------------------------------------------------------------ following the document

    def _document_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.ROUNDS:
            if self.reveal.round_id is not None:  # a vote arriving must not redraw the wall: at most its layer
                if not self.active:
                    self.stale = True
                elif self.transform is not None:
                    self.reveal.changed()
            return
        self.reveal.forget()
        if change.kind is not ChangeKind.FIELDS or change.touches(*RATINGS, "decision"):
            self._waiting = None
        if not self.active:
            self.stale = True  # not on screen: build once it is shown
            return
        if self.transform is None:
            return
        if change.kind is ChangeKind.FIELDS and not self._needs_rebuild(change):
            if change.touches(*RATINGS):
                self._move_markers(change.ids)
            return
        if change.kind is ChangeKind.DEPENDENCIES:
            self._draw_overlays()
            return
        self.rebuild()

    def _needs_rebuild(self, change: Change) -> bool:
        """A new title, decision or a change between rated and unrated redraws everything; so does any
        rating while a round is shown (its markers stand at the room's medians)."""
        if self.reveal.round_id is not None:
            return True
        fields = set(change.fields)
        if fields & {"decision", "title", "objectives"}:
            return True
        if fields & set(RATINGS):
            plan = self.document.plan
            for iid in change.ids:
                try:
                    item = self.document.initiative(iid)
                except KeyError:
                    continue
                if (iid in self.markers) != (matrix_point(item, plan, self.axis) is not None):
                    return True
        return False

    def _move_markers(self, ids) -> None:
        plan = self.document.plan
        for iid in ids:
            marker = self.markers.get(iid)
            if marker is None:
                continue
            item = self.document.initiative(iid)
            point = matrix_point(item, plan, self.axis)
            if point is None:
                continue
            x, y = self.transform.to_screen(*point)
            delta = QPointF(x, y) - marker.pos()
            marker.setPos(x, y)
            named = [self.labels[iid]] if iid in self.labels else []
            if iid in self.numbers:
                named.append(self.numbers[iid][1:])
            for text, leader in named:
                text.moveBy(delta.x(), delta.y())
                if leader is not None:
                    leader.setVisible(False)
        self._draw_halos()
        if len(self.document.plan.dependencies) <= LIVE_OVERLAY_LIMIT:
            self._draw_overlays()
        if not self.dragging:
            self._relabel.start()

    def refresh_after_moves(self) -> None:
        """Once markers have stopped moving: fan out again, place labels, redraw overlays."""
        self._relabel.stop()
        if self.transform is None or self.stale or self.dragging:
            return  # never built, to be built afresh when next shown, or the drag's end will
        for iid, (x, y) in self._positions().items():
            marker = self.markers.get(iid)
            if marker is not None:
                marker.setPos(x, y)
        self.reveal.draw()
        self._draw_overlays()
        self._draw_halos()
        self.place_labels()
        self._fit_key()
