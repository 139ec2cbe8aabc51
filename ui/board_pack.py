"""The board pack as one vector PDF: cover, contents, strategy, matrix, ranked table, roadmap, plan health.

What each section says comes from the core (planner.board_pack); this module lays it out on
landscape pages with a PageFlow and adds the two pictures with their own painters: the matrix
scene as the matrix export draws it, and the roadmap's pages as its PDF tiles them, each under
the section's heading. Every page carries the pack's page number; the contents give each
section's first page, known from a first pass that only counts.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

from planner.board_pack import BoardPack, Table, Text, board_pack
from planner.document import Document
from planner.formats.plan_file import write_atomically
from planner.prose import system_problem
from ui.matrix.export import CREATOR, SCREEN_DPI, ensure_app
from ui.page_flow import RULE, STYLES, Grid, PageFlow
from ui.roadmap.paper import PAPERS

PAPER_NAMES = {"a4": "A4", "letter": "Letter"}

MARGINS_PT = (40, 34, 40, 46)  # left, top, right, bottom; the footer sits in the bottom one
HEADING_PT = 34  # room for a section's heading over a picture, taken from the top margin
PICTURE_TOP_PT = 6  # a picture page starts its heading nearer the edge: the roadmap needs the height
TEXT_WIDTH_PT = 600  # paragraphs wrap short of the landscape page's width, for lines that read
ROADMAP_UNITS = ("month", "quarter", "half", "year")  # the finest whose span fits one page across is used


def write_board_pack(document: Document, path: str | os.PathLike, paper: str = "a4",
                     today: dt.date | None = None) -> int:
    """Write the board pack of ``document`` to ``path`` in one step; return its number of pages."""
    data, pages = board_pack_pdf(document, paper, today)
    write_atomically(Path(path), data)
    return pages


def board_pack_pdf(document: Document, paper: str = "a4", today: dt.date | None = None) -> tuple[bytes, int]:
    """Return the board pack's PDF bytes and its number of pages; ``paper`` is a key of PAPERS."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}")
    ensure_app()
    pack = BoardPackPainter(document, paper, today)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("BoardPack", "{title} — board pack").format(title=document.plan.title))
    writer.setCreator(CREATOR)
    writer.setResolution(SCREEN_DPI)  # as the roadmap's PDF: its hatched bars are sized in device units
    pages = pack.paint(writer)
    return bytes(buffer.data()), pages


class BoardPackPainter:
    """Lays out one plan's board pack on a PDF writer."""

    def __init__(self, document: Document, paper: str, today: dt.date | None = None):
        self.document = document
        self.content: BoardPack = board_pack(document.plan, document.schedule, today, document.schedule_problem)
        left, top, right, bottom = MARGINS_PT
        self.layout = QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Orientation.Landscape,
                                  QMarginsF(left, top, right, bottom), QPageLayout.Unit.Point)
        self.picture_layout = QPageLayout(self.layout)
        self.picture_layout.setTopMargin(PICTURE_TOP_PT + HEADING_PT)
        self.roadmap, self.roadmap_pages = self._roadmap()

    def _roadmap(self):
        """The roadmap at the finest scale whose span fits across one page, and its pages."""
        schedule = self.document.schedule
        if schedule is None or not schedule.items:
            return None, []
        from ui.roadmap.export import roadmap_picture
        for unit in ROADMAP_UNITS:
            picture = roadmap_picture(self.document, unit)
            picture.title_line = False  # the section's heading names the span; its rows get the height
            pages = picture.page_plan(self.picture_layout).pages
            if len({x for x, _ in pages}) == 1 or unit == ROADMAP_UNITS[-1]:
                return picture, pages
        raise AssertionError("unreachable")

    def paint(self, writer: QPdfWriter) -> int:
        """Draw the pack on ``writer``; return its number of pages."""
        starts: dict[str, int] = {}
        writer.setPageLayout(self.layout)
        count = self._flow(writer, None, starts, None)  # counts the pages and finds where sections start
        writer.setPageLayout(self.layout)
        painter = QPainter(writer)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            self._flow(writer, painter, starts, count)
        finally:
            painter.end()
        return count

    def _flow(self, writer: QPdfWriter, painter: QPainter | None, starts: dict[str, int], count: int | None) -> int:
        title, made = self.content.cover.title, self.content.cover.made
        header = QCoreApplication.translate("BoardPack", "{title} · Board pack, {made}").format(title=title, made=made)
        page = QCoreApplication.translate("BoardPack", "Page {number} of {count}")
        flow = PageFlow(writer, painter, lambda n, total: (header, page.format(number=n, count=total or "?")), count)
        self._cover(flow)
        flow.new_page()
        self._contents(flow, starts)
        for number, section in enumerate(self.content.sections, 1):
            if section.key == "roadmap" and self.roadmap is not None:
                writer.setPageLayout(self.picture_layout)
            flow.new_page()
            starts[section.key] = flow.number
            heading = f"{number}   {section.title}"
            if section.key == "roadmap" and self.roadmap is not None:
                self._roadmap_pages(flow, heading)
                flow.end_page()  # under the roadmap's layout, before the next section's
                writer.setPageLayout(self.layout)
                continue
            self._heading(flow, heading)
            draw_blocks(flow, section.blocks)
            if section.key == "matrix":
                self._matrix(flow)
        flow.end_page()
        return flow.number

    # ------------------------------------------------------------ pages

    def _cover(self, flow: PageFlow) -> None:
        cover = self.content.cover
        width = TEXT_WIDTH_PT * flow.pt
        flow.y = flow.bottom * 0.22
        flow.text(QCoreApplication.translate("BoardPack", "Board pack"), "subheading")
        flow.text(cover.title, "title", width=width)
        if cover.ambition:
            flow.text(cover.ambition, "lead", width=width)
        if cover.discipline:
            flow.text(QCoreApplication.translate("BoardPack", "Value discipline: {discipline}").format(discipline=cover.discipline), "body", width=width)
        flow.space(14)
        for fact in cover.facts:
            flow.text(fact, "body", width=width)
        flow.space(14)
        flow.text(QCoreApplication.translate("BoardPack", "Made on {day} with {creator}").format(day=cover.made, creator=CREATOR), "note", width=width)

    def _contents(self, flow: PageFlow, starts: dict[str, int]) -> None:
        self._heading(flow, QCoreApplication.translate("BoardPack", "Contents"))
        font = flow.fonts["lead"]
        for number, section in enumerate(self.content.sections, 1):
            height = flow.line_height(font) * 1.6
            if flow.painter is not None:
                painter = flow.painter
                row = QRectF(0, flow.y, TEXT_WIDTH_PT * flow.pt, height)
                painter.setFont(font)
                painter.setPen(QColor(STYLES["lead"][2]))
                painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 f"{number}   {section.title}")
                painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(starts.get(section.key, "")))
                painter.setPen(QColor(RULE))
                painter.drawLine(row.bottomLeft(), row.bottomRight())
            flow.y += height

    def _heading(self, flow: PageFlow, text: str) -> None:
        flow.text(text, "heading")
        flow.space(4)

    def _matrix(self, flow: PageFlow) -> None:
        """The matrix scene, fitted to the rest of the page (a page of its own when little is left)."""
        if flow.room < flow.bottom * 0.6:
            flow.new_page()
        target = QRectF(0, flow.y, flow.width, flow.room)
        if flow.painter is not None:
            from ui.matrix.export import matrix_scene, paper_size
            width, height = paper_size(target.width() / flow.pt, target.height() / flow.pt)
            scene = matrix_scene(self.document, width, height)
            flow.painter.save()
            scene.render(flow.painter, target, QRectF(0, 0, width, height))
            flow.painter.restore()
        flow.y = flow.bottom

    def _roadmap_pages(self, flow: PageFlow, heading: str) -> None:
        """Each roadmap page as its PDF draws it, under the section's heading in the top margin."""
        total = flow.count or 0
        for k, page in enumerate(self.roadmap_pages):
            if k:
                flow.new_page()
            if flow.painter is not None:
                painter = flow.painter
                painter.setFont(flow.fonts["heading"])
                painter.setPen(QColor(STYLES["heading"][2]))
                band = QRectF(0, -HEADING_PT * flow.pt, flow.width, (HEADING_PT - 8) * flow.pt)
                painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 (QCoreApplication.translate("BoardPack", "{heading}, {span} (continued)") if k else QCoreApplication.translate("BoardPack", "{heading}, {span}")).format(
                                     heading=heading, span=self.roadmap.range_text()))
                self.roadmap.paint_pages(flow.device, [page], painter=painter, numbering=(flow.number, total),
                                         layout=self.picture_layout)
            flow.y = flow.bottom


def draw_blocks(flow: PageFlow, blocks: Sequence[Text | Table]) -> None:
    """Write a section's paragraphs and tables down the pages, a table's title kept with its first rows."""
    for block in blocks:
        if isinstance(block, Table):
            if block.title:
                flow.space(6)
                flow.keep(60)
                flow.text(block.title, "subheading")
            flow.table(Grid(block.columns, block.rows, block.right))
        else:
            flow.text(block.text, block.style, width=min(flow.width, TEXT_WIDTH_PT * flow.pt))


def run(args) -> int:
    """``benefit-planner-cli report``: write the board pack of ``args.plan`` to ``args.output``."""
    from planner.cli import InputError, load_plan
    from planner.errors import PlanError

    plan = load_plan(args.plan)
    ensure_app(headless=True)
    try:
        pages = write_board_pack(Document(plan, Path(args.plan)), args.output, args.paper)
    except PlanError as e:
        raise InputError(f"{args.plan}: {e}") from None
    except OSError as e:
        raise InputError(QCoreApplication.translate("BoardPack", "{path}: cannot write the file ({reason})").format(
            path=args.output, reason=system_problem(e))) from None
    print(QCoreApplication.translate("BoardPack", "{path}: wrote the board pack of “{title}”, {pages} pages on {paper}").format(
        path=args.output, title=plan.title, pages=pages, paper=PAPER_NAMES[args.paper]))
    return 0
