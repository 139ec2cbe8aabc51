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

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner import operations
from planner.errors import PlanError
from planner.formats import plan_file
from ui.messages import sentence

if TYPE_CHECKING:
    from ui.background import BackgroundTask
    from ui.main_window import MainWindow

BOARD_PACK_PAPER_KEY = "export/board_pack_paper"  # "a4" or "letter", as last chosen
PICTURE_FILTERS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "pdf": "PDF document (*.pdf)"}


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
        name, _ = QFileDialog.getOpenFileName(self.window, "Import initiatives", start,
                                              "Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)")
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, skip_bad_rows: bool = False):
        """Read ``path`` off the GUI thread and add what it holds as one undo step; return the task."""
        from ui.background import BackgroundTask

        plan = plan_file.loads(plan_file.dumps(self.document.plan))  # the worker's own copy

        def work():
            from planner.formats.plan_import import import_rows_into
            return import_rows_into(plan, path, skip_bad_rows=skip_bad_rows)

        def failed(error):
            problems = getattr(error, "problems", None)
            if problems and len(problems) > 0 and not skip_bad_rows and self.ask_about_bad_rows(path, problems):
                self.import_file(path, skip_bad_rows=True)
            elif isinstance(error, (PlanError, OSError)):
                text = "\n".join(problems) if problems else sentence(str(error))
                self.show_error("Cannot import", f"{path.name}: {text}")
            else:
                self.show_error("Cannot import", f"{path.name}: {error.__class__.__name__}: {error}")

        self.import_task = BackgroundTask(self.window, f"Reading {path.name}…", work,
                                          lambda result: self._add_imported(path, *result), failed)
        return self.import_task

    def ask_about_bad_rows(self, path: Path, problems: list[str]) -> bool:
        """Show every bad row; return True when the user wants the good rows imported anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Some rows cannot be imported",
                          f"{path.name} has {len(problems)} problem{'s' if len(problems) != 1 else ''}; "
                          "nothing has been imported.", parent=self.window)
        box.setDetailedText("\n".join(problems))
        box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
        good = box.addButton("Import the &good rows", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is good

    def _add_imported(self, path: Path, items, dependencies, report) -> None:
        edit = operations.add_imported(self.document.plan, items, dependencies, report.new_lanes, path.name,
                                       report.strategy)
        if edit is None:
            self.show_error("Nothing to import", f"{path.name} holds no initiatives.")
            return
        if self.window._push(edit):
            self.window.table.select_ids([item.id for item in items])
            extra = f"; ignored columns: {', '.join(report.ignored_columns)}" if report.ignored_columns else ""
            left = f"; left out {len(report.problems)} bad rows" if report.problems else ""
            conflicts = report.strategy.conflicts
            places = f"{len(conflicts)} place{'s' if len(conflicts) != 1 else ''}"
            kept = f"; the plan's strategy kept in {places}" if conflicts else ""
            self.window.statusBar().showMessage(f"Imported {len(items)} initiatives, {len(dependencies)} dependencies"
                                                f"{extra}{left}{kept}", 10000)
            if conflicts:
                self.show_conflicts(path, conflicts)

    def show_conflicts(self, path: Path, conflicts: list[str]) -> None:
        """List where the workbook's strategy differs from the plan's, which was kept; without blocking."""
        box = QMessageBox(QMessageBox.Icon.Information, "Strategy kept",
                          f"{path.name} differs from the plan's strategy in {len(conflicts)} "
                          f"place{'s' if len(conflicts) != 1 else ''}; the plan's is kept.", parent=self.window)
        box.setInformativeText("\n".join(conflicts[:8]) + ("\n…" if len(conflicts) > 8 else ""))
        box.setDetailedText("\n".join(conflicts))
        self.conflicts_box = box
        box.open()

    # ------------------------------------------------------------ export

    def export_excel_dialog(self) -> None:
        start = (self.document.path.with_suffix(".xlsx") if self.document.path
                 else Path(f"{self.document.plan.title}.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self.window, "Export as Excel workbook", str(start),
                                              "Excel workbook (*.xlsx)")
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
        return self._write(path, "Cannot export to Excel", work, f"Exported {path.name}")

    def export_matrix_dialog(self) -> None:
        path = self._picture_path("matrix", "png")
        if path is not None:
            self.export_matrix(path)

    def export_matrix(self, path: Path) -> BackgroundTask | None:
        """Write the matrix, as the matrix view shows it (effort axis, options), to ``path``; return the task."""
        from ui.matrix.export import matrix_drawing
        scene = self.window.matrix.matrix
        return self._export_picture(
            path, "Cannot export the matrix", f"Exported the matrix to {path.name}",
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
            path, "Cannot export the roadmap", f"Exported the roadmap to {path.name}",
            lambda: roadmap_picture(self.document, unit=view.unit, grouping=view.grouping,
                                    relative=view.relative_labels, critical=view.show_critical,
                                    ).drawing(path, scale=2.0 if path.suffix.lower() == ".png" else 1.0))

    def export_board_pack_dialog(self) -> None:
        """Ask where to write the board pack and on which paper (remembered), then write it."""
        settings = self.window.settings
        filters = {"a4": "PDF on A4 paper (*.pdf)", "letter": "PDF on US Letter paper (*.pdf)"}
        paper = settings.value(BOARD_PACK_PAPER_KEY)
        if paper not in filters:
            paper = "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"
        start = self.document.path.with_suffix("") if self.document.path else Path(self.document.plan.title)
        order = [paper] + [k for k in filters if k != paper]
        name, chosen = QFileDialog.getSaveFileName(self.window, "Export the board pack", f"{start} board pack.pdf",
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
        return self._export_picture(path, "Cannot export the board pack", f"Exported the board pack to {path.name}",
                                    draw)

    def _picture_path(self, what: str, default_suffix: str) -> Path | None:
        start = (self.document.path.with_suffix("") if self.document.path else Path(self.document.plan.title))
        order = [default_suffix] + [k for k in PICTURE_FILTERS if k != default_suffix]
        name, chosen = QFileDialog.getSaveFileName(self.window, f"Export the {what}",
                                                   f"{start} {what}.{default_suffix}",
                                                   ";;".join(PICTURE_FILTERS[k] for k in order))
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

        self.export_task = BackgroundTask(self.window, f"Writing {path.name}…", work, write,
                                          lambda error: self._failed(title, path, error))
        return self.export_task

    def _failed(self, title: str, path: Path, error: Exception) -> None:
        if isinstance(error, OSError):
            text = f"{error.strerror or error}."
        elif isinstance(error, PlanError):
            text = sentence(str(error))
        else:
            text = f"{error.__class__.__name__}: {error}"
        self.show_error(title, f"{path.name}: {text}")
