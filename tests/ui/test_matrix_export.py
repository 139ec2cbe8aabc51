"""Exporting the matrix to PNG, SVG and PDF: sizes, content, and files written in one step."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from planner.document import Document
from planner.errors import PictureError, PlanError
from planner.matrix_layout import matrix_point
from ui.matrix import export as matrix_export
from ui.matrix.backdrop import WAITING_TEXT
from ui.matrix.export import export_matrix, matrix_scene

SVG = "{http://www.w3.org/2000/svg}"


def dark_share(image: QImage) -> float:
    """Return the share of pixels darker than mid-grey."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    return sum(1 for b in data if b < 100) / len(data)


def rated(document: Document, axis: str = "combined") -> list:
    plan = document.plan
    return [item for item in plan.initiatives if matrix_point(item, plan, axis) is not None]


def test_png_has_the_size_times_the_scale_and_text_on_it(qapp, document, tmp_path):
    """A PNG at scale 2 has twice the pixels each way, says so in its resolution, and is not blank."""
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    export_matrix(document, one, size=(800, 500))
    export_matrix(document, two, size=(800, 500), scale=2)
    small, large = QImage(str(one)), QImage(str(two))
    assert (small.width(), small.height()) == (800, 500)
    assert (large.width(), large.height()) == (1600, 1000)
    assert large.dotsPerMeterX() == pytest.approx(2 * small.dotsPerMeterX(), abs=2)
    # Text, axes and markers draw many dark pixels on the light quadrants; a blank picture has none.
    assert dark_share(large) > 0.01


def test_svg_holds_the_title_every_label_and_every_marker_where_the_scene_puts_it(qapp, document, tmp_path):
    """The SVG parses, names the plan, writes each label as text and each marker as a path at its spot."""
    out = tmp_path / "m.svg"
    export_matrix(document, out, size=(1600, 1000))
    root = ET.parse(out).getroot()
    assert root.find(f"{SVG}title").text == document.plan.title
    assert "combined effort" in root.find(f"{SVG}desc").text
    texts = {t.text for t in root.iter(f"{SVG}text")}
    assert document.plan.title in texts
    # QSvgGenerator writes each item as a <g> whose transform moves it into place.
    spots = []
    for group in root.iter(f"{SVG}g"):
        found = re.fullmatch(r"matrix\(1,0,0,1,([-\d.e]+),([-\d.e]+)\)", group.get("transform", ""))
        if found and group.find(f"{SVG}path") is not None:
            spots.append((float(found[1]), float(found[2])))
    scene = matrix_scene(document, 1600, 1000)
    assert len(scene.markers) == len(rated(document))
    for marker in scene.markers.values():
        x, y = marker.pos().x(), marker.pos().y()
        assert any(abs(x - sx) < 0.01 and abs(y - sy) < 0.01 for sx, sy in spots), (x, y)
    labels = {line for text, _ in scene.labels.values() for line in text.text().split("\n")}  # a line each
    assert labels and labels <= texts


def test_svg_on_another_effort_axis_says_so(qapp, document, tmp_path):
    """The chosen effort axis is the one drawn and described."""
    out = tmp_path / "t.svg"
    export_matrix(document, out, effort="technical")
    root = ET.parse(out).getroot()
    assert "Technical effort  →" in {t.text for t in root.iter(f"{SVG}text")}
    assert "technical effort" in root.find(f"{SVG}desc").text


def test_pdf_is_a_vector_page_with_the_picture_s_shape(qapp, document, tmp_path):
    """The PDF is a real PDF with a page of the picture's aspect, in points at 96 pixels an inch."""
    out = tmp_path / "m.pdf"
    export_matrix(document, out, size=(1600, 1000))
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box and (float(box[1]), float(box[2])) == pytest.approx((1200, 750), abs=1)
    # Drawn with paths and embedded fonts, not a picture pasted in.
    assert b"/Subtype /Image" not in data and b"/FontFile" in data


def test_an_unknown_suffix_is_refused_in_one_sentence(qapp, document, tmp_path):
    """A .jpg is refused with a PlanError naming the allowed suffixes, and nothing is written."""
    with pytest.raises(PlanError) as caught:
        export_matrix(document, tmp_path / "m.jpg")
    message = str(caught.value)
    assert all(suffix in message for suffix in (".png", ".svg", ".pdf")) and "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_neither_half_a_file_nor_a_temporary_one(qapp, document, tmp_path, monkeypatch):
    """When the last step fails the old picture stays as it was and no temporary file is left."""
    out = tmp_path / "m.png"
    out.write_bytes(b"the old picture")

    def fail(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(matrix_export.os, "replace", fail)
    with pytest.raises(OSError):
        export_matrix(document, out)
    assert out.read_bytes() == b"the old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["m.png"]


def test_an_unwritable_folder_raises_oserror(qapp, document, tmp_path):
    """A folder that is not there is an OSError, as for any other file."""
    with pytest.raises(OSError):
        export_matrix(document, tmp_path / "missing" / "m.svg")


def test_replacing_a_picture_keeps_its_permissions(qapp, document, tmp_path):
    """An export over an existing file keeps that file's permissions rather than the temp file's."""
    out = tmp_path / "m.svg"
    out.write_text("old")
    os.chmod(out, 0o640)
    export_matrix(document, out)
    assert out.stat().st_mode & 0o777 == 0o640 and out.read_text().startswith("<?xml")


def test_exporting_leaves_the_open_document_alone(qapp, document, tmp_path, monkeypatch):
    """A one-off picture never subscribes to the open document, so it costs nothing after."""
    subscribed = []
    monkeypatch.setattr(document, "subscribe", lambda *a, **k: subscribed.append(a))
    export_matrix(document, tmp_path / "m.png", size=(400, 300))
    assert subscribed == []


@pytest.mark.parametrize("size, scale", [((100, 1000), 1), ((1600, 1000), 0), ((9000, 9000), 8)])
def test_sizes_out_of_range_are_refused(qapp, document, tmp_path, size, scale):
    """Too small, a scale of 0, or a PNG too big to hold in memory: PictureError, nothing written."""
    with pytest.raises(PictureError):
        export_matrix(document, tmp_path / "m.png", size=size, scale=scale)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("presentation", [False, True], ids=["screen", "presentation"])
def test_pictures_leave_the_tray_out_unless_asked(qapp, document, presentation):
    """An exported matrix has no tray of the not yet rated unless show_tray asks for it; milestones never."""
    document.plan.initiative("webcare").benefit = None
    plain = matrix_scene(document, 1024, 768, presentation=presentation)
    asked = matrix_scene(document, 1024, 768, presentation=presentation, show_tray=True)
    assert plain.tray == {} and not any(text.startswith("Not yet rated") for text in scene_texts(plain))
    assert set(asked.tray) == {"webcare"}  # the sample's unrated milestones are not "not yet rated"


@pytest.mark.parametrize("presentation", [False, True], ids=["screen", "presentation"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_legend_is_never_cut(qapp, document, presentation, size):
    """Every legend entry is whole, the red triangle's explained in words, wrapped within the side."""
    scene = matrix_scene(document, *size, presentation=presentation)
    texts = scene_texts(scene)
    # Titles (labels, the numbered key) may be elided; the legend's own entries never are.
    titled = {item for entry in scene.key for item in entry.items}
    legend = [item.text() for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)
              and item not in titled and not any(item.text().startswith(i.title[:8]) for i in document.plan.initiatives)]
    assert legend and not any("…" in text for text in legend)
    waiting = next(text for text in texts if text.startswith("Quick win"))
    assert " ".join(waiting.split()) == WAITING_TEXT
    for item in scene.items():
        if isinstance(item, QGraphicsSimpleTextItem) and item.sceneBoundingRect().left() >= scene.tray_rect.left():
            assert item.sceneBoundingRect().right() <= size[0], item.text()


def scene_texts(scene) -> list[str]:
    return [item.text() for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_presentation_pictures_label_at_a_fortieth_of_their_height(qapp, document, size):
    """`render --presentation`: the picture's height stands for the screen's; labels are at least 1/40 of it."""
    scene = matrix_scene(document, *size, presentation=True)
    texts = [text for text, _ in scene.labels.values() if isinstance(text, QGraphicsSimpleTextItem)]
    assert texts and all(text.font().pixelSize() >= size[1] / 40 for text in texts)
