"""The matrix's layout as painted, read back from the scene's items: proof of what a picture shows.

Everything here comes from the items in the scene (their scene bounds, texts and fonts), not
from the placement that put them there, so a test of the record tests the picture.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsSimpleTextItem

from ui.matrix.layers import Z_QUADRANT, font
from ui.matrix.scene import MatrixScene


def _box(rect: QRectF) -> list[float]:
    return [round(rect.x(), 2), round(rect.y(), 2), round(rect.width(), 2), round(rect.height(), 2)]


def _text_item(item: QGraphicsItem) -> QGraphicsSimpleTextItem:
    """The text of a label: the item itself, or the text on a forced label's backing."""
    if isinstance(item, QGraphicsSimpleTextItem):
        return item
    return next(child for child in item.childItems() if isinstance(child, QGraphicsSimpleTextItem))


def _line(leader: QGraphicsLineItem | None) -> list[list[float]] | None:
    if leader is None or not leader.isVisible():
        return None
    line = leader.line()
    return [[round(line.x1(), 2), round(line.y1(), 2)], [round(line.x2(), 2), round(line.y2(), 2)]]


def layout_record(scene: MatrixScene, presentation: bool) -> dict:
    """Return the scene's layout: every marker with its label or number, the key, thresholds and quadrant names."""
    rect = scene.sceneRect()
    initiatives = []
    label_px = set()
    for iid, marker in scene.markers.items():
        entry = {"id": iid, "title": scene.document.initiative(iid).title,
                 "centre": [round(marker.pos().x(), 2), round(marker.pos().y(), 2)],
                 "radius": scene.theme.marker_radius, "label": None, "number": None}
        if iid in scene.labels:
            item, leader = scene.labels[iid]
            text = _text_item(item)
            label_px.add(text.font().pixelSize())
            entry["label"] = {"box": _box(item.sceneBoundingRect()), "lines": text.text().split("\n"),
                              "font_px": text.font().pixelSize(), "leader": _line(leader)}
        if iid in scene.numbers:
            n, badge, leader = scene.numbers[iid]
            entry["number"] = {"n": n, "text": _text_item(badge).text(), "box": _box(badge.sceneBoundingRect()),
                               "leader": _line(leader)}
        initiatives.append(entry)
    items = scene.items()
    thresholds = [[[round(p.x(), 2), round(p.y(), 2)] for p in (item.line().p1(), item.line().p2())]
                  for item in items if isinstance(item, QGraphicsLineItem)
                  and item.pen().style() == Qt.PenStyle.DashLine]
    names = [{"text": item.text(), "box": _box(item.sceneBoundingRect())} for item in items
             if isinstance(item, QGraphicsSimpleTextItem) and item.zValue() == Z_QUADRANT]
    return {
        "size": [round(rect.width()), round(rect.height())],
        "presentation": presentation,
        "all_labels": scene.all_labels,
        "label_font_px": max(label_px, default=font(scene.theme.label_px).pixelSize()),
        "plot": _box(scene.plot),
        "initiatives": initiatives,
        "key": [{"number": e.number, "text": e.text, "box": _box(e.box), "font_px": e.items[1].font().pixelSize()}
                for e in scene.key],
        "unnamed": len(scene.markers) - len(scene.labels) - len(scene.numbers),
        "thresholds": thresholds,
        "quadrant_names": names,
    }
