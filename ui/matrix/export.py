"""The benefit–effort matrix as a picture file: PNG for slides, SVG and PDF as vector drawings.

The picture is the same MatrixScene the window shows, rendered once at a fixed size. The file
is written in one step, so a failed export never leaves half a picture behind.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QCoreApplication, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from planner.document import Document
from planner.errors import PictureError, PlanError
from planner.matrix_layout import EFFORT_AXES
from planner.formats.plan_file import write_atomically
from ui.matrix.scene import AXIS_TITLES, MatrixScene
from ui.matrix.theme import projection_theme, screen_theme, matrix_text

FORMATS = (".png", ".svg", ".pdf")
MIN_SIDE, MAX_SIDE = 200, 10_000    # the scene's size, in pixels
MAX_PIXELS_SIDE = 20_000            # a PNG side after scaling: 20k × 20k × 4 bytes is already 1.6 GB
SCREEN_DPI = 96                     # one scene pixel is 1/96 inch in SVG, PDF and the PNG's metadata
# On paper the scene is laid out this much smaller and printed larger: its finest type (0.9 of
# the 11 px labels, the key's 10 px) then prints at 8 pt or more, not 7.5.
PAPER_ZOOM = 1.1
CREATOR = "Benefit–Effort Planner"

_app = None  # the QApplication ensure_app made; kept so Python does not collect it


def ensure_app(headless: bool = False) -> QApplication:
    """Return the running QApplication, or create one: off-screen when there is no display.

    ``headless`` asks for the off-screen platform even when a display is set, as a command
    line tool wants (nothing is shown, and a stale DISPLAY would otherwise abort). An explicit
    QT_QPA_PLATFORM always wins. Only Linux is switched: elsewhere the native platform needs no
    display server.
    """
    global _app
    app = QApplication.instance()
    if app is not None:
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and (headless or no_display):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(sys.argv[:1])
    # Drawn without the window (the command line), a picture speaks the core's language: --lang or LANG.
    from planner.language import current
    from ui.language import apply
    apply(current())
    return _app


def check_format(path: str | os.PathLike, view: str = "matrix") -> str:
    """Return the picture format of ``path`` (its lower-case suffix), or raise PlanError naming ``view``."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        views = {"matrix": QCoreApplication.translate("Picture", "matrix"), "roadmap": QCoreApplication.translate("Picture", "roadmap")}
        named = f"‘{suffix}’" if suffix else QCoreApplication.translate("Picture", "no suffix")
        raise PlanError(QCoreApplication.translate("Picture", "cannot export the {view} to a file with {named}; name it .png, .svg or .pdf").format(
            view=views.get(view, view), named=named))
    return suffix


def export_matrix(document: Document, path: str | os.PathLike, size: tuple[int, int] = (1600, 1000),
                  effort: str = "combined", presentation: bool = False, scale: float = 1.0,
                  show_dependencies: bool = False, hide_ignored: bool = False, show_tray: bool = False,
                  layout_path: str | os.PathLike | None = None, round_id: str | None = None,
                  votes: bool = False) -> None:
    """Write the matrix of ``document`` to ``path`` as PNG, SVG or PDF, chosen by the suffix.

    ``size`` is the picture in scene pixels: type and markers are laid out for it. A PNG is
    rendered at ``size × scale`` pixels (scale 2 stays sharp on a slide); SVG and PDF are
    vector drawings of ``size`` pixels at 96 per inch and ignore ``scale``. ``presentation``
    uses the high-contrast, large-type theme of presentation mode. ``show_dependencies`` and
    ``hide_ignored`` are the matrix view's options of those names. ``show_tray`` adds the tray of
    initiatives not yet rated, an editing aid a picture leaves out unless asked. ``layout_path``
    also writes the layout as painted, as JSON (see ui.matrix.layout_record). ``round_id`` draws
    that workshop round's answer (see MatrixScene.show_round), with ``votes`` a dot per vote.

    Raises PlanError for an unknown suffix, PictureError for a size or scale out of range,
    ValueError for an unknown effort axis, and OSError when a file cannot be written.
    """
    encode = matrix_drawing(document, path, size, effort, presentation, scale, show_dependencies, hide_ignored,
                            show_tray, layout_path, round_id, votes)
    write_atomically(Path(path), encode())


def matrix_drawing(document: Document, path: str | os.PathLike, size: tuple[int, int] = (1600, 1000),
                   effort: str = "combined", presentation: bool = False, scale: float = 1.0,
                   show_dependencies: bool = False, hide_ignored: bool = False,
                   show_tray: bool = False,
                   layout_path: str | os.PathLike | None = None, round_id: str | None = None,
                   votes: bool = False) -> Callable[[], bytes]:
    """Draw the matrix for ``path``'s format now; return a function that gives the file's bytes.

    The arguments and errors are export_matrix's. Drawing needs the scene, which belongs to the
    GUI thread; the returned function touches only the drawing (a QImage, or SVG or PDF bytes)
    and may run on any thread, so the window encodes a PNG, the slow part, off the GUI thread.
    """
    kind = check_format(path)
    width, height = _checked_size(size, scale, kind)
    if effort not in EFFORT_AXES:
        raise ValueError(f"unknown effort axis {effort!r}; use one of {', '.join(EFFORT_AXES)}")
    ensure_app()
    scene = matrix_scene(document, width, height, effort, presentation,
                         show_dependencies=show_dependencies, hide_ignored=hide_ignored, show_tray=show_tray,
                         round_id=round_id, votes=votes)
    if layout_path is not None:
        from ui.matrix.layout_record import layout_record  # only the command line asks for it

        record = json.dumps(layout_record(scene, presentation), ensure_ascii=False, indent=1)
        write_atomically(Path(layout_path), record.encode("utf-8"))
    if kind == ".png":
        image = _image(scene, width, height, scale)
        return lambda: png_bytes(image)
    if kind == ".svg":
        data = _svg(scene, width, height, document.plan.title, effort)
    else:
        data = _pdf(scene, width, height, document.plan.title)
    return lambda: data


def paper_size(width_pt: float, height_pt: float) -> tuple[int, int]:
    """Return the scene size in pixels to lay the matrix out in for an area of paper given in points."""
    return tuple(max(1, round(side * SCREEN_DPI / 72 / PAPER_ZOOM)) for side in (width_pt, height_pt))


def matrix_scene(document: Document, width: int, height: int, effort: str = "combined",
                 presentation: bool = False, show_dependencies: bool = False,
                 hide_ignored: bool = False, show_tray: bool = False, round_id: str | None = None,
                 votes: bool = False) -> MatrixScene:
    """Return a scene of the document's matrix, built at ``width × height``, for one rendering.

    The scene listens to a private Document over the same plan: a one-off picture must not stay
    subscribed to the open document (it has no way to unsubscribe) and be rebuilt on every edit.
    """
    scene = MatrixScene(Document(document.plan, document.path))
    scene.axis = effort
    scene.show_title = True
    scene.show_dependencies, scene.hide_ignored = show_dependencies, hide_ignored
    scene.show_tray = show_tray
    scene.interactive = False  # a picture or a page: nothing to hover
    scene.theme_for = projection_theme if presentation else screen_theme
    if round_id is not None:
        scene.show_round(round_id, votes)  # before the size: the scene is built once, at that size
    scene.set_size(width, height)
    return scene


def _checked_size(size: tuple[int, int], scale: float, kind: str) -> tuple[int, int]:
    width, height = (int(side) for side in size)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise PictureError(QCoreApplication.translate("Picture", "size {size}: each side must be {low} to {high} pixels").format(
            size=f"{width}x{height}", low=MIN_SIDE, high=MAX_SIDE))
    if not scale > 0:
        raise PictureError(QCoreApplication.translate("Picture", "scale {scale}: must be more than 0").format(scale=scale))
    if kind == ".png" and max(width, height) * scale > MAX_PIXELS_SIDE:
        raise PictureError(QCoreApplication.translate("Picture", "scale {scale}: a {size} picture would be more than {most} pixels wide or "
                                                      "high").format(scale=f"{scale:g}", size=f"{width}x{height}",
                                                                     most=MAX_PIXELS_SIDE))
    if kind == ".png" and min(width, height) * scale < 1:
        raise PictureError(QCoreApplication.translate("Picture", "scale {scale}: the picture would be smaller than one pixel").format(
            scale=f"{scale:g}"))
    return width, height


def _render(scene: MatrixScene, painter: QPainter, target: QRectF, width: int, height: int) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, target, QRectF(0, 0, width, height))


def _image(scene: MatrixScene, width: int, height: int, scale: float) -> QImage:
    w, h = round(width * scale), round(height * scale)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError(QCoreApplication.translate("Picture", "not enough memory for a {size} picture").format(size=f"{w}x{h}"))
    image.fill(QColor(scene.theme.background))
    # Scaled pictures say so in their resolution, so a slide program places a 2× PNG at the
    # same size as a 1× one, only sharper.
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        _render(scene, painter, QRectF(0, 0, w, h), width, height)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """Return ``image`` encoded as PNG; safe on any thread."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the PNG encoder failed")
    return bytes(buffer.data())


def _svg(scene: MatrixScene, width: int, height: int, title: str, effort: str) -> bytes:
    description = matrix_text(QT_TRANSLATE_NOOP("Matrix", "Benefit–effort matrix of “{title}”, benefit up and {effort} across; "
                                                 "made with {creator}.")).format(
        title=title, effort=matrix_text(AXIS_TITLES[effort]).lower(), creator=CREATOR)
    return svg_bytes(width, height, title, description,
                     lambda painter: _render(scene, painter, QRectF(0, 0, width, height), width, height))


def svg_bytes(width: int, height: int, title: str, description: str, paint) -> bytes:
    """Return an SVG drawing of ``width × height`` pixels at screen resolution that ``paint(painter)`` draws."""
    from PySide6.QtSvg import QSvgGenerator  # only SVG export needs the module

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    try:
        paint(painter)
    finally:
        painter.end()
    return bytes(buffer.data())


def _pdf(scene: MatrixScene, width: int, height: int, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setResolution(SCREEN_DPI * 4)  # finer than the scene, so coordinates keep their detail
    points = QSizeF(width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI)
    page = QPageSize(points, QPageSize.Unit.Point, "Matrix", QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        _render(scene, painter, QRectF(0, 0, writer.width(), writer.height()), width, height)
    finally:
        painter.end()
    return bytes(buffer.data())


