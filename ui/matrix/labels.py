"""The titles and numbers beside the matrix's markers; where they go comes from planner.matrix_labels."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsScene, QGraphicsSimpleTextItem,
)

from planner.label_room import nearest_point
from planner.matrix_labels import NAME_ALL_UP_TO, Identification, identify, title_lines
from planner.matrix_layout import Box
from ui.matrix.layers import Z_ARROW, Z_LABEL, font
from ui.matrix.theme import MatrixTheme

MAX_LABELS = 500  # more than fit on any screen; the rest are numbered or show their title on hover
ONE_LINE_EM, TWO_LINES_EM = 22, 14  # a title's widest line, in label-sized ems, on one line and on two
MIN_NUMBER_PX = 11  # a number on a crowded plot, still told apart from a neighbour's
MIN_LABEL_PX = 12  # the smallest type a title takes to find room: still read at arm's length

Labels = dict[str, tuple[QGraphicsItem, QGraphicsLineItem | None]]  # id -> (text, leader line)
Numbers = dict[str, tuple[int, QGraphicsItem, QGraphicsLineItem | None]]  # id -> (number, badge, leader)


def number_px(theme: MatrixTheme) -> float:
    """The numbers' type size: smaller than the titles', never below 10 px."""
    return max(10.0, theme.label_px * 0.8)


def _number_sizes(theme: MatrixTheme) -> list[float]:
    """The numbers' type sizes to try, largest first: number_px, then smaller down to MIN_NUMBER_PX."""
    sizes, px = [number_px(theme)], number_px(theme) * 0.85
    while px > MIN_NUMBER_PX:
        sizes.append(px)
        px *= 0.85
    return sizes + [MIN_NUMBER_PX] if sizes[-1] > MIN_NUMBER_PX else sizes


def add_labels(scene: QGraphicsScene, theme: MatrixTheme, titles: dict[str, str],
               centres: dict[str, tuple[float, float]], plot: QRectF, obstacles: list[Box],
               spotlight: str | None, chosen: list[str], far: bool, max_numbers: int,
               cuts: tuple[float, float] | None = None, lines: list[Box] = (),
               start: int = 0) -> tuple[Labels, Numbers, Identification, int]:
    """Name the markers at ``centres``: each titled from ``titles`` where it fits, else numbered.

    The order of ``titles`` says who gets the room first; the ``chosen`` (selected or spotlit)
    always get their title, put over the rest if need be. ``far`` also tries far spots with
    leader lines, and smaller type down to MIN_LABEL_PX. At most ``max_numbers`` markers are
    numbered. ``cuts`` are the thresholds' (x, y): labels stay in their marker's quadrant;
    ``lines`` the thresholds drawn, which no label crosses, not even a chosen one.

    Numbers take the largest type, from the ``start``-th size of those tried on, in which none
    has to pile up on its marker; return that size's index too, a start for a narrower plot.
    """
    options: dict[str, list[tuple[tuple[float, float], list[str], float]]] = {}  # id -> (size, lines, px)
    shapes, small = {}, {}
    for iid, title in titles.items():
        options[iid] = _settings(title, theme.label_px)
        shapes[iid] = [size for size, _, _ in options[iid]]
        if far or iid in chosen:  # smaller type, for a title that finds no room in the labels' own
            # The spotlit title is read from the back of the room: it gives way to one step smaller only.
            sizes = _smaller_px(theme.label_px)[:1] if iid == spotlight else _smaller_px(theme.label_px)
            smaller = [way for px in sizes for way in _settings(title, px)]
            options[iid] += smaller
            small[iid] = [size for size, _, _ in smaller]
    bounds = Box(plot.left(), plot.top(), plot.width(), plot.height())

    def named(number_size: float, chosen: list[str] = chosen) -> Identification:
        return identify(centres, theme.marker_radius, shapes, _badge_size(font(number_size, bold=True)), bounds,
                        obstacles, chosen, far, max_numbers, cuts, lines, small)

    # The largest numbers that need not pile up on their markers, found by halving the sizes to try.
    sizes = _number_sizes(theme)
    best = min(max(start, 0), len(sizes) - 1)
    found = named(sizes[best])
    if found.stacked and len(centres) <= NAME_ALL_UP_TO:
        tried = {best: found}
        lo, hi = best + 1, len(sizes) - 1  # the answer lies in sizes[lo..hi], or is the smallest
        while lo < hi:
            mid = (lo + hi) // 2
            tried[mid] = named(sizes[mid])
            lo, hi = (lo, mid) if not tried[mid].stacked else (mid + 1, hi)
        best = min(max(lo, best), len(sizes) - 1)
        found = tried[best] if best in tried else named(sizes[best])
        if found.stacked and chosen:  # the chosen title would crowd numbers onto markers: it keeps its number
            calm = named(sizes[best], [])
            found = calm if len(calm.stacked) < len(found.stacked) else found
    badge_font = font(sizes[best], bold=True)
    labels: Labels = {}
    for iid, box in found.labels.items():
        way, px = next((way, px) for size, way, px in options[iid] if size == (box.w, box.h))
        text = QGraphicsSimpleTextItem("\n".join(way))
        text.setFont(font(px))
        text.setBrush(QColor(theme.text))
        text.setPos(box.x + 1, box.y)
        if iid in found.forced:  # over whatever is there: a backing keeps it readable
            text = _backed(scene, theme, text, box)
            text.setZValue(Z_LABEL + 0.5)
        else:
            text.setZValue(Z_LABEL)
            scene.addItem(text)
        if spotlight and iid != spotlight:
            text.setOpacity(0.3)
        labels[iid] = (text, _leader(scene, theme, centres[iid], box) if iid in found.leaders else None)
    numbers: Numbers = {}
    for iid, (n, box) in found.numbers.items():
        item = _badge(scene, theme, str(n), box, badge_font)
        if spotlight and iid != spotlight:
            item.setOpacity(0.3)
        numbers[iid] = (n, item, _leader(scene, theme, centres[iid], box) if iid in found.leaders else None)
    return labels, numbers, found, best


def _badge_size(badge_font) -> Callable[[str], tuple[float, float]]:
    """Return the size of a number's badge in ``badge_font``: a rounded box a little larger than its text."""
    metrics = QFontMetricsF(badge_font)
    height = math.ceil(metrics.height()) + 2
    return lambda text: (max(height, math.ceil(metrics.horizontalAdvance(text)) + height * 0.6), height)


def _settings(title: str, px: float) -> list[tuple[tuple[float, float], list[str], float]]:
    """Return the ways to set ``title`` in ``px`` type, best first, each as (size, lines, px)."""
    metrics = QFontMetricsF(font(px))
    line_h = math.ceil(metrics.height())
    # Whole pixels and a little more: text items round their bounds up.
    return [((math.ceil(max(metrics.horizontalAdvance(line) for line in lines)) + 3, line_h * len(lines) + 1), lines, px)
            for lines in title_lines(title, metrics.horizontalAdvance, ONE_LINE_EM * px, TWO_LINES_EM * px)]


def _smaller_px(px: float) -> list[float]:
    """Return the smaller type sizes a title may take to find room, down to MIN_LABEL_PX."""
    return sorted({max(MIN_LABEL_PX, round(px * share)) for share in (0.8, 0.65, 0.5)} - {round(px)}, reverse=True)


def _leader(scene: QGraphicsScene, theme: MatrixTheme, centre: tuple[float, float], box: Box) -> QGraphicsLineItem:
    leader = scene.addLine(QLineF(*centre, *nearest_point(centre, box)), QPen(QColor(theme.quiet_text), 1))
    leader.setZValue(Z_ARROW)
    return leader


def _backed(scene: QGraphicsScene, theme: MatrixTheme, text: QGraphicsSimpleTextItem, box: Box) -> QGraphicsItem:
    """Put ``text`` on a backing the size of ``box``, so it reads over markers and lines."""
    backing = scene.addRect(QRectF(0, 0, box.w, box.h), QPen(Qt.PenStyle.NoPen), QBrush(QColor(theme.background)))
    backing.setPos(box.x, box.y)
    text.setParentItem(backing)
    text.setPos(1, 0)
    return backing


def _badge(scene: QGraphicsScene, theme: MatrixTheme, text: str, box: Box, badge_font) -> QGraphicsPathItem:
    """Add a dark rounded badge with the number in light type, filling ``box``."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, box.w, box.h), box.h / 2, box.h / 2)
    badge = scene.addPath(path, QPen(Qt.PenStyle.NoPen), QBrush(QColor(theme.text)))
    badge.setPos(box.x, box.y)
    badge.setZValue(Z_LABEL)
    number = QGraphicsSimpleTextItem(text, badge)
    number.setFont(badge_font)
    number.setBrush(QColor(theme.background))
    bounds = number.boundingRect()
    number.setPos((box.w - bounds.width()) / 2, (box.h - bounds.height()) / 2)
    return badge
