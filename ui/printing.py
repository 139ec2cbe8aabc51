"""File ▸ Print and Print preview: the current tab on paper, drawn by the painters its exports use.

- The table: the rows the Table tab shows, in its order, with its visible columns; a header row
  repeats on every page.
- The matrix: one page, the matrix scene laid out for the page, with the view's options.
- The roadmap: its pages as its PDF tiles them, for the printer's paper.
- The strategy: the board pack's strategy section.

``paint(printer)`` is the one drawing path: the print dialog calls it with the chosen printer,
the preview dialog for each preview, and a test with a PDF printer. The paper a person chose
is remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ui.main_window import MainWindow

PAGE_SIZE_KEY = "print/page_size"  # the QPageSize id last printed on
MARGIN_PT = 30


class Printing(QObject):
    """Print and preview the window's current tab."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def view_name(self) -> str:
        """The current tab as a sentence names it: "the table" in "Print the table"."""
        names = {"table": self.tr("table"), "matrix": self.tr("matrix"), "roadmap": self.tr("roadmap"),
                 "strategy": self.tr("strategy")}
        return names.get(self.view(), self.view())

    def view(self) -> str:
        """The tab that would be printed: one of MainWindow.VIEWS."""
        index = self.window.views.currentIndex()
        return self.window.VIEWS[index] if 0 <= index < len(self.window.VIEWS) else "table"

    def printer(self) -> QPrinter:
        """A printer set to the current tab's page layout on the paper last chosen."""
        from PySide6.QtPrintSupport import QPrinter
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{self.window.document.plan.title} — {self.view_name()}")
        printer.setPageLayout(self.page_layout())
        return printer

    def page_layout(self) -> QPageLayout:
        """Landscape, with margins of about 10 mm, on the paper last printed on (A4 at first)."""
        stored = self.window.settings.value(PAGE_SIZE_KEY)
        try:
            size = QPageSize(QPageSize.PageSizeId(int(stored))) if stored is not None else None
        except (TypeError, ValueError):
            size = None
        if size is None or not size.isValid():
            size = QPageSize(QPageSize.PageSizeId.A4)
        return QPageLayout(size, QPageLayout.Orientation.Landscape,
                           QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT + 12), QPageLayout.Unit.Point)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        printer = self.printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the {view}").format(view=self.view_name()))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._remember(printer)
            self.paint(printer)

    def preview_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        printer = self.printer()
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview: the {view}").format(view=self.view_name()))
        dialog.paintRequested.connect(self.paint)
        self.preview = dialog  # for tests, which look at its pages
        dialog.exec()
        self._remember(printer)

    def _remember(self, printer: QPrinter) -> None:
        self.window.settings.setValue(PAGE_SIZE_KEY, int(printer.pageLayout().pageSize().id().value))

    def paint(self, printer: QPagedPaintDevice) -> int:
        """Draw the current tab on ``printer``; return the number of pages. A failure shows one sentence."""
        from planner.errors import PlanError
        painters: dict[str, Callable[[QPagedPaintDevice], int]] = {
            "table": self._table, "matrix": self._matrix, "roadmap": self._roadmap, "strategy": self._strategy}
        try:
            return painters[self.view()](printer)
        except (PlanError, MemoryError) as e:
            from ui.messages import sentence
            self.window.show_error(self.tr("Cannot print"), sentence(str(e)))
            return 0

    # ------------------------------------------------------------ the tabs

    def _table(self, device: QPagedPaintDevice) -> int:
        from ui.page_flow import Grid
        from ui.table.model import COLUMNS, KEYS, NUMERIC, header_text
        window = self.window
        proxy, table = window.proxy, window.table
        columns = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
        rows = [[str(proxy.index(r, c).data() or "") for c in columns] for r in range(proxy.rowCount())]
        grid = Grid([header_text(KEYS[c]) for c in columns], rows,
                    frozenset(i for i, c in enumerate(columns) if KEYS[c] in NUMERIC))
        total = len(window.document.plan.initiatives)
        shown = (self.tr("All {total} initiatives").format(total=total) if len(rows) == total
                 else self.tr("{n} of {total} initiatives (filtered)").format(n=len(rows), total=total))

        def draw(flow) -> None:
            flow.text(window.document.plan.title, "heading")
            flow.text(shown, "note")
            flow.table(grid)
        return self._flow(device, self.tr("initiatives"), draw)

    def _strategy(self, device: QPagedPaintDevice) -> int:
        from planner.board_pack import strategy_blocks
        from ui.board_pack import draw_blocks
        plan = self.window.document.plan

        def draw(flow) -> None:
            flow.text(self.tr("{title}: strategy").format(title=plan.title), "heading")
            draw_blocks(flow, strategy_blocks(plan))
        return self._flow(device, self.tr("strategy"), draw)

    def _flow(self, device: QPagedPaintDevice, what: str, draw) -> int:
        """Draw with a PageFlow twice: once to count the pages, then with page numbers in the footers."""
        from ui.page_flow import PageFlow
        title = self.window.document.plan.title

        page = self.tr("Page {number} of {count}")

        def footer(number: int, count: int | None) -> tuple[str, str]:
            return f"{title} — {what}", page.format(number=number, count=count)
        counting = PageFlow(device, None, footer)
        draw(counting)
        painter = QPainter(device)
        try:
            _hints(painter)
            flow = PageFlow(device, painter, footer, counting.number)
            draw(flow)
            flow.end_page()
        finally:
            painter.end()
        return counting.number

    def _matrix(self, device: QPagedPaintDevice) -> int:
        from ui.matrix.export import matrix_scene, paper_size
        scene_options = self.window.matrix.matrix
        width, height = paper_size(device.width() / device.logicalDpiX() * 72, device.height() / device.logicalDpiY() * 72)
        scene = matrix_scene(self.window.document, width, height, scene_options.axis,
                             show_dependencies=scene_options.show_dependencies,
                             hide_ignored=scene_options.hide_ignored)
        painter = QPainter(device)
        try:
            _hints(painter)
            scene.render(painter, QRectF(0, 0, device.width(), device.height()), QRectF(0, 0, width, height))
        finally:
            painter.end()
        return 1

    def _roadmap(self, device: QPagedPaintDevice) -> int:
        from ui.roadmap.export import roadmap_picture
        view = self.window.roadmap
        picture = roadmap_picture(self.window.document, unit=view.unit, grouping=view.grouping,
                                  relative=view.relative_labels, critical=view.show_critical)
        pages = picture.page_plan(device.pageLayout()).pages
        picture.paint_pages(device, pages)
        return len(pages)


def _hints(painter: QPainter) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
