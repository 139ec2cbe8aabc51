"""Import into the open plan, and export it: an Excel workbook, the matrix and roadmap as pictures, a board pack.

The window owns one Exchange and its File menu calls these methods. Reading and writing run in
a BackgroundTask, with a progress dialog that can cancel them, so the window stays responsive:

- An import reads a copy of the plan on a worker thread; what it found is added to the document
  on the GUI thread, as one undo step.
- An Excel export builds the workbook's bytes from a copy of the plan on a worker thread.
- A picture is drawn on the GUI thread, because drawing asks the matrix scene or the roadmap
  view, which belong to it; that is quick. The slow part, encoding a PNG, runs on the worker
  (an SVG or PDF is already its bytes when drawn).

Every export ends in one atomic write (``plan_file.write_atomically``) on the GUI thread, once the
bytes are back. Writing there rather than on the worker is what makes Cancel exact: a cancelled
export's bytes are thrown away unwritten, so it leaves no file and keeps any old one, where a
write already under way on the worker could not be called back. A failure shows one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner import operations
from planner.errors import PlanError
from planner.formats import plan_file
from planner.prose import system_problem
from ui.messages import sentence

if TYPE_CHECKING:
    from ui.background import BackgroundTask
    from ui.main_window import MainWindow

BOARD_PACK_PAPER_KEY = "export/board_pack_paper"  # "a4" or "letter", as last chosen
# Translated where shown (the Exchange context).
PICTURE_FILTERS = {"png": QT_TRANSLATE_NOOP("Exchange", "PNG image (*.png)"),
                   "svg": QT_TRANSLATE_NOOP("Exchange", "SVG drawing (*.svg)"),
                   "pdf": QT_TRANSLATE_NOOP("Exchange", "PDF document (*.pdf)")}


class Exchange(QObject):
    """Import and export for one window; the last task started is kept for tests to wait on."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.import_task: BackgroundTask | None = None
        self.conflicts_box: QMessageBox | None = None  # the last import's strategy conflicts, while shown
        self.export_task: BackgroundTask | None = None

    def show_error(self, title: str, message: str) -> None:
        self.window.show_error(title, message)

    # ------------------------------------------------------------ import

    def import_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import initiatives"), start,
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, skip_bad_rows: bool = False):
        """Read ``path`` off the GUI thread and add what it holds as one undo step; return the task."""
        from ui.background import BackgroundTask

        plan = plan_file.loads(plan_file.dumps(self.document.plan))  # the worker's own copy

        def work():
            from planner.formats.plan_import import import_rows_into
            try:
                return import_rows_into(plan, path, skip_bad_rows=skip_bad_rows)
            except PlanError as error:
                if not skip_bad_rows and getattr(error, "problems", None):
                    # Leaving the bad rows out is offered only where it leaves rows to import; a
                    # file that cannot be read at all raises here, and that is what is shown.
                    error.good_rows = len(import_rows_into(plan, path, skip_bad_rows=True)[0])
                raise

        def failed(error):
            problems = getattr(error, "problems", None)
            if getattr(error, "good_rows", 0) and not skip_bad_rows:
                if self.ask_about_bad_rows(path, problems):
                    self.import_file(path, skip_bad_rows=True)
                # Cancel: the question listed every problem already, so nothing more is shown.
            elif isinstance(error, (PlanError, OSError)):
                text = "\n".join(map(sentence, problems)) if problems else sentence(str(error))
                self.show_error(self.tr("Cannot import"), f"{path.name}: {text}")
            else:
                self.show_error(self.tr("Cannot import"), f"{path.name}: {error.__class__.__name__}: {error}")

        self.import_task = BackgroundTask(self.window, self.tr("Reading {name}…").format(name=path.name), work,
                                          lambda result: self._add_imported(path, *result), failed)
        return self.import_task

    def ask_about_bad_rows(self, path: Path, problems: list[str]) -> bool:
        """Show every bad row; return True when the user wants the good rows imported anyway."""
        text = (self.tr("{name} has {n} problems; nothing has been imported.") if len(problems) != 1
                else self.tr("{name} has 1 problem; nothing has been imported."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some rows cannot be imported"),
                          text.format(name=path.name, n=len(problems)), parent=self.window)
        box.setDetailedText("\n".join(map(sentence, problems)))
        box.setInformativeText("\n".join(map(sentence, problems[:8])) + ("\n…" if len(problems) > 8 else ""))
        good = box.addButton(self.tr("Import the &good rows"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is good

    def _add_imported(self, path: Path, items, dependencies, report) -> None:
        edit = operations.add_imported(self.document.plan, items, dependencies, report.new_lanes, path.name,
                                       report.strategy)
        if edit is None:
            self.show_error(self.tr("Nothing to import"),
                            self.tr("{name} holds no initiatives.").format(name=path.name))
            return
        if self.window._push(edit):
            self.window.table.select_ids([item.id for item in items])
            parts = [self.tr("Imported {items} initiatives, {dependencies} dependencies").format(
                items=len(items), dependencies=len(dependencies))]
            if report.ignored_columns:
                parts.append(self.tr("ignored columns: {columns}").format(columns=", ".join(report.ignored_columns)))
            if report.problems:
                parts.append(self.tr("left out {n} bad rows").format(n=len(report.problems)))
            conflicts = report.strategy.conflicts
            if conflicts:
                parts.append(self.tr("the plan's strategy kept in {n} places").format(n=len(conflicts))
                             if len(conflicts) != 1 else self.tr("the plan's strategy kept in 1 place"))
            self.window.statusBar().showMessage("; ".join(parts), 10000)
            if conflicts:
                self.show_conflicts(path, conflicts)

    def show_conflicts(self, path: Path, conflicts: list[str]) -> None:
        """List where the workbook's strategy differs from the plan's, which was kept; without blocking."""
        text = (self.tr("{name} differs from the plan's strategy in {n} places; the plan's is kept.")
                if len(conflicts) != 1 else self.tr("{name} differs from the plan's strategy in 1 place; the plan's is kept."))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Strategy kept"),
                          text.format(name=path.name, n=len(conflicts)), parent=self.window)
        box.setInformativeText("\n".join(conflicts[:8]) + ("\n…" if len(conflicts) > 8 else ""))
        box.setDetailedText("\n".join(conflicts))
        self.conflicts_box = box
        box.open()

    # ------------------------------------------------------------ export

    def export_excel_dialog(self) -> None:
        start = (self.document.path.with_suffix(".xlsx") if self.document.path
                 else Path(f"{self.document.plan.title}.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as Excel workbook"), str(start),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            path = Path(name)
            self.export_excel(path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx"))

    def export_excel(self, path: Path) -> BackgroundTask:
        """Write the workbook of a copy of the plan, so editing on while it is made is safe; return the task."""
        from planner.formats.xlsx_export import UNITS, xlsx_bytes  # no openpyxl yet: it loads on the worker

        plan = plan_file.loads(plan_file.dumps(self.document.plan))
        window = self.window
        unit = window.roadmap.unit if window.roadmap_panel is not None and window.roadmap.unit in UNITS else "month"

        def work():
            return xlsx_bytes(plan, unit=unit)
        return self._write(path, self.tr("Cannot export to Excel"), work,
                           self.tr("Exported {name}").format(name=path.name))

    def export_matrix_dialog(self) -> None:
        path = self._picture_path("matrix", "png")
        if path is not None:
            self.export_matrix(path)

    def export_matrix(self, path: Path) -> BackgroundTask | None:
        """Write the matrix, as the matrix view shows it (effort axis, options), to ``path``; return the task."""
        from ui.matrix.export import matrix_drawing
        scene = self.window.matrix.matrix
        return self._export_picture(
            path, self.tr("Cannot export the matrix"), self.tr("Exported the matrix to {name}").format(name=path.name),
            lambda: matrix_drawing(self.document, path, size=(1600, 1000), effort=scene.axis, scale=2.0,
                                   show_dependencies=scene.show_dependencies, hide_ignored=scene.hide_ignored))

    def export_roadmap_dialog(self) -> None:
        path = self._picture_path("roadmap", "pdf")
        if path is not None:
            self.export_roadmap(path)

    def export_roadmap(self, path: Path) -> BackgroundTask | None:
        """Write the roadmap as the Roadmap tab shows it (scale, grouping, labels) to ``path``; return the task."""
        from ui.roadmap.export import roadmap_picture
        view = self.window.roadmap
        return self._export_picture(
            path, self.tr("Cannot export the roadmap"), self.tr("Exported the roadmap to {name}").format(name=path.name),
            lambda: roadmap_picture(self.document, unit=view.unit, grouping=view.grouping,
                                    relative=view.relative_labels, critical=view.show_critical,
                                    ).drawing(path, scale=2.0 if path.suffix.lower() == ".png" else 1.0))

    def export_board_pack_dialog(self) -> None:
        """Ask where to write the board pack and on which paper (remembered), then write it."""
        settings = self.window.settings
        filters = {"a4": self.tr("PDF on A4 paper (*.pdf)"), "letter": self.tr("PDF on US Letter paper (*.pdf)")}
        paper = settings.value(BOARD_PACK_PAPER_KEY)
        if paper not in filters:
            paper = "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"
        start = self.document.path.with_suffix("") if self.document.path else Path(self.document.plan.title)
        order = [paper] + [k for k in filters if k != paper]
        name, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export the board pack"),
                                                   self.tr("{plan} board pack.pdf").format(plan=start),
                                                   ";;".join(filters[k] for k in order))
        if not name:
            return
        paper = next((k for k, text in filters.items() if text == chosen), paper)
        settings.setValue(BOARD_PACK_PAPER_KEY, paper)
        path = Path(name)
        self.export_board_pack(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"), paper)

    def export_board_pack(self, path: Path, paper: str = "a4") -> BackgroundTask | None:
        """Write the board pack on ``paper`` ("a4" or "letter") to ``path``; return the task.

        Drawn here, as the pictures are (it asks the matrix scene and the roadmap painter); the
        PDF is its bytes when drawn, so the worker only hands them back for the one atomic write.
        """
        from ui.board_pack import board_pack_pdf

        def draw() -> Callable[[], bytes]:
            data, _ = board_pack_pdf(self.document, paper)
            return lambda: data
        return self._export_picture(path, self.tr("Cannot export the board pack"),
                                    self.tr("Exported the board pack to {name}").format(name=path.name), draw)

    def _picture_path(self, what: str, default_suffix: str) -> Path | None:
        start = (self.document.path.with_suffix("") if self.document.path else Path(self.document.plan.title))
        order = [default_suffix] + [k for k in PICTURE_FILTERS if k != default_suffix]
        title, suggested = {"matrix": (self.tr("Export the matrix"), self.tr("{plan} matrix")),
                            "roadmap": (self.tr("Export the roadmap"), self.tr("{plan} roadmap"))}[what]
        name, chosen = QFileDialog.getSaveFileName(self.window, title,
                                                   f"{suggested.format(plan=start)}.{default_suffix}",
                                                   ";;".join(self.tr(PICTURE_FILTERS[k]) for k in order))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_name(path.name + "." + chosen.split("*.")[1].rstrip(")"))
        return path

    def _export_picture(self, path: Path, title: str, done: str,
                        draw: Callable[[], Callable[[], bytes]]) -> BackgroundTask | None:
        """Draw now, on the GUI thread; encode on a worker and write back here. None when drawing fails."""
        try:
            encode = draw()
        except (PlanError, OSError, MemoryError) as e:
            self._failed(title, path, e)
            return None
        return self._write(path, title, encode, done)

    def _write(self, path: Path, title: str, work: Callable[[], bytes], done: str) -> BackgroundTask:
        """Run ``work`` on a worker thread and write the bytes it returns to ``path``, unless cancelled."""
        from ui.background import BackgroundTask

        def write(data: bytes) -> None:
            try:
                plan_file.write_atomically(path, data)
            except OSError as e:
                self._failed(title, path, e)
                return
            self.window.statusBar().showMessage(done, 6000)

        self.export_task = BackgroundTask(self.window, self.tr("Writing {name}…").format(name=path.name), work, write,
                                          lambda error: self._failed(title, path, error))
        return self.export_task

    def _failed(self, title: str, path: Path, error: Exception) -> None:
        if isinstance(error, OSError):
            text = f"{system_problem(error)}."
        elif isinstance(error, PlanError):
            text = sentence(str(error))
        else:
            text = f"{error.__class__.__name__}: {error}"
        self.show_error(title, f"{path.name}: {text}")
