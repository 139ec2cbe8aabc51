"""The titles beside the matrix's markers, placed so that none hides a marker or another title."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene, QGraphicsSimpleTextItem

from planner.matrix_layout import Box, label_beside, leader_end, place_labels
from ui.matrix.layers import Z_ARROW, Z_LABEL, font
from ui.matrix.theme import MatrixTheme

MAX_LABEL_CHARS = 32
MAX_LABELS = 500  # more than fit on any screen; the rest show their title on hover

Labels = dict[str, tuple[QGraphicsItem, QGraphicsLineItem | None]]  # id -> (text, leader line)


def elided(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[:MAX_LABEL_CHARS - 1].rstrip() + "…"


def add_labels(scene: QGraphicsScene, theme: MatrixTheme, titles: dict[str, str],
               centres: dict[str, tuple[float, float]], plot: QRectF, obstacles: list[Box],
               spotlight: str | None, chosen: list[str]) -> Labels:
    """Label the markers at ``centres`` with ``titles``, whose order says who gets the room first.

    Titles that find no free spot are left out, except those of the ``chosen`` (selected or
    spotlit), which are put on a backing over the rest.
    """
    label_font = font(theme.label_px)
    metrics = QFontMetricsF(label_font)
    texts, sizes = {}, {}
    for iid, title in titles.items():
        texts[iid] = elided(title)
        # Whole pixels and a little more: text items round their bounds up.
        sizes[iid] = (math.ceil(metrics.horizontalAdvance(texts[iid])) + 3, math.ceil(metrics.height()) + 1)
    boxes = place_labels(centres, theme.marker_radius * 1.25, sizes,
                         Box(plot.left(), plot.top(), plot.width(), plot.height()), obstacles=obstacles)
    pen = QPen(QColor(theme.quiet_text), 1)
    labels: Labels = {}
    for iid, box in boxes.items():
        text = QGraphicsSimpleTextItem(texts[iid])
        text.setFont(label_font)
        text.setBrush(QColor(theme.text))
        text.setPos(box.x + 1, box.y)
        text.setZValue(Z_LABEL)
        scene.addItem(text)
        leader = None
        end = leader_end(centres[iid], box, theme.marker_radius)
        if end is not None:
            leader = scene.addLine(QLineF(*centres[iid], *end), pen)
            leader.setZValue(Z_ARROW)
        if spotlight and iid != spotlight:
            text.setOpacity(0.3)
        labels[iid] = (text, leader)
    for iid in chosen:
        if iid not in boxes:
            _force_label(scene, theme, labels, iid, label_beside(centres[iid], sizes[iid], theme.marker_radius,
                                                                 plot.right()), texts[iid], label_font)
    return labels


def _force_label(scene: QGraphicsScene, theme: MatrixTheme, labels: Labels, iid: str, box: Box, text: str,
                 label_font: QFont) -> None:
    """Label a chosen marker that found no free room in ``box``: on a backing, over the rest."""
    x, y, w, h = box.x, box.y, box.w, box.h
    backing = scene.addRect(QRectF(x - 2, y - 1, w + 4, h + 2), QPen(QColor(theme.text), 1),
                            QBrush(QColor(theme.background)))
    backing.setZValue(Z_LABEL + 0.5)
    item = QGraphicsSimpleTextItem(text, backing)
    item.setFont(label_font)
    item.setBrush(QColor(theme.text))
    item.setPos(x + 1, y)
    area = backing.sceneBoundingRect()
    for label, leader in labels.values():
        if label.sceneBoundingRect().intersects(area):
            label.setVisible(False)  # the room must read the chosen one's name, not a neighbour's
            if leader is not None:
                leader.setVisible(False)
    labels[iid] = (backing, None)
