"""The main window: the initiative table, the details panel, menus, files and undo."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QDockWidget, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QMessageBox,
    QTabWidget, QUndoView, QVBoxLayout, QWidget,
)

from planner.formats import plan_file
from planner.document import Document
from planner import operations
from planner.edits import InsertInitiatives, MoveInitiative, RemoveInitiatives
from planner.errors import PlanError, PlanFileError
from planner.model import DECISIONS, Initiative, Plan
from planner.samples import sample_plan
from planner.scoring import QUADRANTS
from ui.details.panel import DetailsPanel
from ui.table.view import InitiativeTableView
from ui.messages import sentence
from ui.table.filter import InitiativeFilterProxy
from ui.table.model import InitiativeTableModel
from ui.undo_commands import push_edit

if TYPE_CHECKING:
    from planner.lock_file import Lock

# Locks, recovery copies and the settings dialog are imported where first used: none is
# needed before the window's first paint, which is on every start's critical path.

APP_NAME = "Benefit–Effort Planner"
FILE_FILTER = "Benefit–Effort plans (*.bep);;All files (*)"
MAX_RECENT = 8
AUTOSAVE_SECONDS = 30


def default_data_dir() -> Path:
    """The per-user folder for recovery copies."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, autosave: bool = True):
        super().__init__()
        self.settings = QSettings()
        self.recovery_dir = data_dir / "recovery"
        self.document = Document(Plan(title="Untitled plan"))
        self.undo_stack = QUndoStack(self)
        self.lock: Lock | None = None
        self.read_only = False
        self.recovery_path: Path | None = None
        self.setAcceptDrops(True)

        self.model = InitiativeTableModel(self.document, self.undo_stack, self)
        self.proxy = InitiativeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = InitiativeTableView(self)
        self.table.setModel(self.proxy)
        self.table.install(self.document)
        self.details = DetailsPanel(self.document, self.undo_stack, self)
        self.undo_view = QUndoView(self.undo_stack)
        self.undo_view.setEmptyLabel("Opened plan")

        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_status_bar()

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.edit_refused.connect(self.show_refusal)
        self.details.edit_refused.connect(self.show_refusal)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_status)
        self.document.subscribe(after=self._document_changed)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.write_recovery_copy)
        if autosave:
            seconds = int(self.settings.value("autosave_seconds", AUTOSAVE_SECONDS))
            self.autosave_timer.start(max(5, seconds) * 1000)

        self.resize(1400, 860)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.restoreState(self.settings.value("window/state"))
        else:
            QTimer.singleShot(0, self.fit_docks)
        self._update_title()
        self._update_counts()

    @property
    def matrix(self):
        """The matrix view, made on first use."""
        if self.matrix_panel is None:
            from ui.matrix.view import MatrixPanel
            self.matrix_panel = MatrixPanel(self.document, self.undo_stack)
            self._matrix_page.layout().addWidget(self.matrix_panel)
            view = self.matrix_panel.view
            view.selection_changed.connect(self._matrix_selection_changed)
            view.message.connect(self.show_refusal)
            self.matrix_panel.present_button.clicked.connect(self.present)
            self.matrix_panel.present_button.setToolTip("Present the matrix full screen (F5)")
            view.select_ids(self.table.selected_ids())
        return self.matrix_panel.view

    @property
    def roadmap(self):
        """The roadmap view, made on first use."""
        if self.roadmap_panel is None:
            from ui.roadmap.view import RoadmapPanel
            self.roadmap_panel = RoadmapPanel(self.document, self.undo_stack)
            self._roadmap_page.layout().addWidget(self.roadmap_panel)
            view = self.roadmap_panel.view
            view.selection_changed.connect(self._matrix_selection_changed)
            view.message.connect(self.show_refusal)
            view.select_ids(self.table.selected_ids())
        return self.roadmap_panel.view

    @property
    def strategy(self):
        """The Strategy tab, made on first use."""
        if self.strategy_view is None:
            from ui.strategy.view import StrategyView
            self.strategy_view = StrategyView(self.document, self.undo_stack)
            self._strategy_page.layout().addWidget(self.strategy_view)
            self.strategy_view.message.connect(self.show_refusal)
        return self.strategy_view

    VIEWS = ("table", "matrix", "roadmap", "strategy")

    def show_view(self, name: str) -> None:
        """Bring the view called ``name`` (one of VIEWS) to the front."""
        self.views.setCurrentIndex(self.VIEWS.index(name))

    def _make_view(self, index: int) -> None:
        """Make the tab at ``index`` when it is first shown."""
        name = self.VIEWS[index] if 0 <= index < len(self.VIEWS) else "table"
        if name != "table":
            getattr(self, name)

    def fit_docks(self) -> None:
        """Give the details panel a fixed share of the width, leaving the rest to the table."""
        width = max(320, min(360, self.width() // 4))
        self.resizeDocks([self.details_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.health_dock], [max(120, self.height() // 6)], Qt.Orientation.Vertical)

    # ------------------------------------------------------------ building

    def _build_central(self) -> None:
        self.search = QLineEdit(placeholderText="Search titles, descriptions and owners")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.decision_filter = QComboBox()
        self.decision_filter.addItem("All decisions", None)
        for decision in DECISIONS:
            self.decision_filter.addItem(decision.capitalize(), {decision})
        self.decision_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_decisions(self.decision_filter.currentData()))
        self.quadrant_filter = QComboBox()
        self.quadrant_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_quadrants(self.quadrant_filter.currentData()))
        self.lane_filter = QComboBox()
        self.lane_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_lane(self.lane_filter.currentData()))
        self.objective_filter = QComboBox()
        self.objective_filter.currentIndexChanged.connect(self._objective_filter_changed)
        self._fill_filters()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.decision_filter, self.quadrant_filter, self.lane_filter, self.objective_filter):
            bar.addWidget(combo, 1)
        table_page = QWidget()
        layout = QVBoxLayout(table_page)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        # The matrix is made when its tab is first shown: most starts never need it, and its
        # modules and Qt classes would otherwise delay the first paint.
        self.matrix_panel = self.roadmap_panel = self.strategy_view = None
        self._matrix_page, self._roadmap_page, self._strategy_page = QWidget(), QWidget(), QWidget()
        for page in (self._matrix_page, self._roadmap_page, self._strategy_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(table_page, "&Table")
        self.views.addTab(self._matrix_page, "&Matrix")
        self.views.addTab(self._roadmap_page, "&Roadmap")
        self.views.addTab(self._strategy_page, "Strate&gy")  # Alt+S is the Schedule menu
        self.views.currentChanged.connect(self._make_view)
        self.setCentralWidget(self.views)

    def _fill_filters(self) -> None:
        """List the plan's quadrant names and lanes in the filters, keeping what was chosen."""
        current = self.quadrant_filter.currentIndex()
        self.quadrant_filter.blockSignals(True)
        self.quadrant_filter.clear()
        self.quadrant_filter.addItem("All quadrants", None)
        for quadrant in QUADRANTS:
            self.quadrant_filter.addItem(self.document.plan.quadrant_name(quadrant), {quadrant})
        self.quadrant_filter.addItem("Unrated", {"unrated"})
        self.quadrant_filter.setCurrentIndex(max(current, 0))
        self.quadrant_filter.blockSignals(False)
        current = self.lane_filter.currentData()
        self.lane_filter.blockSignals(True)
        self.lane_filter.clear()
        self.lane_filter.addItem("All lanes", None)
        for lane in self.document.plan.lanes:
            self.lane_filter.addItem(lane.name, lane.id)
        index = self.lane_filter.findData(current)
        self.lane_filter.setCurrentIndex(max(index, 0))
        self.lane_filter.blockSignals(False)
        self.proxy.set_lane(self.lane_filter.currentData())
        self._fill_objective_filter()

    def _fill_objective_filter(self) -> None:
        """List the plan's objectives in the objective filter, keeping the one chosen while it exists."""
        current = self.objective_filter.currentData()
        self.objective_filter.blockSignals(True)
        self.objective_filter.clear()
        self.objective_filter.addItem("All objectives", None)
        for objective in self.document.plan.objectives:
            self.objective_filter.addItem(objective.name, objective.id)
        index = self.objective_filter.findData(current) if current is not None else 0
        self.objective_filter.setCurrentIndex(max(index, 0))
        self.objective_filter.blockSignals(False)
        self.objective_filter.setVisible(self.objective_filter.count() > 1)
        if self.objective_filter.currentData() != current:
            self._objective_filter_changed()

    def _objective_filter_changed(self, *_) -> None:
        # The proxy learns objectives in a later change to ui/table_filter.py; until then the
        # combo shows but does not filter.
        set_objective = getattr(self.proxy, "set_objective", None)
        if set_objective is not None:
            set_objective(self.objective_filter.currentData())

    def _build_docks(self) -> None:
        self.details_dock = QDockWidget("Details", self)
        self.details_dock.setObjectName("details")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.history_dock = QDockWidget("Undo history", self)
        self.history_dock.setObjectName("history")
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        from ui.strategy.health_panel import HealthPanel
        self.health = HealthPanel(self.document, self)
        self.health_dock = QDockWidget("Plan health", self)
        self.health_dock.setObjectName("health")
        self.health_dock.setWidget(self.health)
        self.health_dock.toggleViewAction().setText("Plan &health")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.health_dock)
        self.health.count_changed.connect(self._show_health_count)
        self.health.initiatives_chosen.connect(self._health_initiatives_chosen)
        self.health.strategy_chosen.connect(self._health_strategy_chosen)
        self._show_health_count(len(self.health.findings))

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = self.actions_by_name = {
            "new": self._action("&New", self.new_plan, K.New, "Start an empty plan"),
            "open": self._action("&Open…", self.open_dialog, K.Open),
            "save": self._action("&Save", self.save, K.Save),
            "save_as": self._action("Save &As…", self.save_as, K.SaveAs),
            "close": self._action("&Close", self.close_plan, K.Close, "Close this plan and start an empty one"),
            "quit": self._action("&Quit", self.close, K.Quit),
            "add": self._action("&Add initiative", self.add_initiative, "Ctrl+Shift+N"),
            "duplicate": self._action("D&uplicate", self.duplicate_selected, "Ctrl+D"),
            "delete": self._action("&Delete", self.delete_selected, K.Delete),
            "move_up": self._action("Move &up", lambda: self.move_selected(-1), "Ctrl+Shift+Up"),
            "move_down": self._action("Move do&wn", lambda: self.move_selected(1), "Ctrl+Shift+Down"),
            "find": self._action("&Find…", self.focus_search, K.Find),
            "settings": self._action("Plan &settings…", self.edit_settings, "Ctrl+,"),
            "schedule_early": self._action("Schedule as &early as possible", self.schedule_early, "Ctrl+Shift+E",
                                           "Set every start that is not pinned to its earliest date"),
            "unpin_all": self._action("&Unpin all starts", self.unpin_all,
                                      tip="Let every initiative start as early as its dependencies allow"),
            "present": self._action("&Present the matrix", self.present, "F5",
                                    "Full screen, large type, a spotlight on each initiative; Esc leaves"),
            "export_matrix": self._action("&Matrix as image…", self.export_matrix_dialog,
                                          tip="The matrix as PNG, SVG or PDF, with legend and title"),
            "import": self._action("&Import…", self.import_dialog, "Ctrl+I",
                                   "Add initiatives from an Excel workbook or a CSV file"),
            "export_excel": self._action("&Excel workbook…", self.export_excel_dialog, "Ctrl+E",
                                         "Initiatives, matrix chart, roadmap, dependencies and settings as .xlsx"),
            "export_roadmap": self._action("&Roadmap as image or PDF…", self.export_roadmap_dialog,
                                           tip="The roadmap as PNG, SVG or PDF (tiled over pages), as the tab shows it"),
        }
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence(K.Undo))
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence(K.Redo))
        a["undo"], a["redo"] = undo, redo

        files = self.menuBar().addMenu("&File")
        files.addActions([a["new"], a["open"]])
        self.recent_menu = files.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        files.addSeparator()
        files.addActions([a["save"], a["save_as"]])
        files.addAction(a["import"])
        export = files.addMenu("&Export")
        export.addActions([a["export_excel"], a["export_matrix"], a["export_roadmap"]])
        files.addSeparator()
        files.addActions([a["close"], a["quit"]])
        edit = self.menuBar().addMenu("&Edit")
        edit.addActions([undo, redo])
        edit.addSeparator()
        edit.addActions([a["add"], a["duplicate"], a["delete"], a["move_up"], a["move_down"]])
        edit.addSeparator()
        edit.addActions([a["find"], a["settings"]])
        schedule = self.menuBar().addMenu("&Schedule")
        schedule.addActions([a["schedule_early"], a["unpin_all"]])
        view = self.menuBar().addMenu("&View")
        for number, name in enumerate(self.VIEWS):
            show = self._action(f"&{name.capitalize()}", lambda checked=False, n=number: self.views.setCurrentIndex(n),
                                f"Ctrl+{number + 1}")
            a[f"show_{name}"] = show
            view.addAction(show)
        view.addAction(a["present"])
        view.addSeparator()
        view.addAction(self.details_dock.toggleViewAction())
        view.addAction(self.history_dock.toggleViewAction())
        view.addAction(self.health_dock.toggleViewAction())
        # Delete must not fire while someone edits text in a cell or the details panel.
        a["delete"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(a["delete"])

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.state_label = QLabel()
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)

    # ------------------------------------------------------------ state shown

    def _update_title(self, *_) -> None:
        name = self.document.path.name if self.document.path else f"{self.document.plan.title} (untitled)"
        suffix = " (read-only)" if self.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — {APP_NAME}")
        self.setWindowModified(not self.undo_stack.isClean())
        self._update_status()

    def _update_counts(self) -> None:
        items = self.document.plan.initiatives
        by = Counter(item.decision for item in items)
        parts = [f"{len(items)} initiatives"] + [f"{by[d]} {d}" for d in DECISIONS if by[d]]
        self.counts_label.setText(" · ".join(parts))

    def _update_status(self, *_) -> None:
        if self.read_only:
            state = "Read-only: use Save As to keep changes"
        elif not self.undo_stack.isClean():
            state = "Unsaved changes"
        elif self.document.path is None:
            state = "Not saved yet"
        else:
            state = "Saved"
        self.state_label.setText(state)
        self.actions_by_name["save"].setEnabled(not self.read_only)

    def _document_changed(self, change) -> None:
        if change.kind in ("structure", "reset") or "decision" in change.fields:
            self._update_counts()  # counted per change that can alter them, not per edit
        if change.kind in ("settings", "reset"):
            self._fill_filters()
        elif change.kind == "strategy":
            self._fill_objective_filter()
            self._update_title()

    @Slot()
    def _selection_changed(self) -> None:
        ids = self.table.selected_ids()
        self.details.set_initiative(ids[0] if len(ids) == 1 else None)
        if self.matrix_panel is not None:
            self.matrix.select_ids(ids)
        if self.roadmap_panel is not None:
            self.roadmap.select_ids(ids)
            if len(ids) == 1:
                self.roadmap.scroll_to(ids[0])

    def _show_health_count(self, count: int) -> None:
        self.health_dock.setWindowTitle(f"Plan health ({count})" if count else "Plan health")

    def _health_initiatives_chosen(self, ids: list[str]) -> None:
        if self.views.currentIndex() == self.VIEWS.index("strategy"):
            self.show_view("table")
        self.table.select_ids(ids)

    def _health_strategy_chosen(self, item: str) -> None:
        self.show_view("strategy")
        self.strategy.show_item(item)

    def _matrix_selection_changed(self, ids: list[str]) -> None:
        self.table.select_ids(ids)  # the table's own signal then updates the details panel
        if not ids:
            self.table.clearSelection()
        self.details.set_initiative(ids[0] if len(ids) == 1 else None)
    def show_refusal(self, message: str) -> None:
        self.statusBar().showMessage(sentence(message), 8000)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # ------------------------------------------------------------ editing

    def _push(self, edit) -> bool:
        try:
            push_edit(self.undo_stack, self.document, edit)
        except PlanError as e:
            self.show_refusal(str(e))
            return False
        return True

    def add_initiative(self) -> None:
        title = "New initiative"
        item = Initiative(self.document.new_id(title), title, duration_days=30)
        ids = self.table.selected_ids()
        index = self.document.row_of(ids[-1]) + 1 if ids else len(self.document.plan.initiatives)
        if self._push(InsertInitiatives(((index, item),))):
            self.table.select_ids([item.id], edit_title=True)

    def duplicate_selected(self) -> None:
        edit = operations.duplicate(self.document.plan, self.table.selected_ids())
        if edit is not None and self._push(edit):
            self.table.select_ids([copy.id for _, copy in edit.edits[0].items])

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if ids:
            self._push(RemoveInitiatives(tuple(ids)))

    def move_selected(self, step: int) -> None:
        ids = self.table.selected_ids()
        if len(ids) != 1:
            return
        if self.model.sort_column() != -1:
            # Moving changes the plan's own order, which a sorted table does not show.
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.statusBar().showMessage("Showing the plan's order, so the move can be seen.", 6000)
        row = self.document.row_of(ids[0])
        target = row + step
        if 0 <= target < len(self.document.plan.initiatives) and self._push(MoveInitiative(ids[0], target)):
            self.table.select_ids(ids)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def schedule_early(self) -> None:
        """Give every initiative that is not pinned its earliest start from the core: one undo step."""
        schedule = self.document.schedule
        if schedule is None:
            self.show_refusal(self.document.schedule_problem or "the plan cannot be scheduled")
            return
        edit = operations.schedule_as_early_as_possible(self.document.plan, schedule)
        if edit is None:
            self.statusBar().showMessage("Every start that is not pinned is already as early as possible.", 6000)
            return
        self._push(edit)

    def unpin_all(self) -> None:
        """Release every pinned start, so each initiative starts as early as its dependencies allow."""
        edit = operations.unpin_all_starts(self.document.plan)
        if edit is not None:
            self._push(edit)

    def present(self) -> None:
        """Show the matrix full screen for a workshop; Esc comes back here."""
        from ui.matrix.presentation import PresentationWindow
        window = PresentationWindow(self.document, self.undo_stack, self)
        window.closed.connect(window.deleteLater)
        self.presentation = window
        window.open(self.screen())

    def _export_path(self, what: str, default_suffix: str) -> Path | None:
        start = (self.document.path.with_suffix("") if self.document.path else Path(self.document.plan.title))
        filters = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)", "pdf": "PDF document (*.pdf)"}
        order = [default_suffix] + [k for k in filters if k != default_suffix]
        name, chosen = QFileDialog.getSaveFileName(self, f"Export the {what}", f"{start} {what}.{default_suffix}",
                                                   ";;".join(filters[k] for k in order))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg", ".pdf"):
            path = path.with_name(path.name + "." + chosen.split("*.")[1].rstrip(")"))
        return path

    def import_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Import initiatives", start,
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

        self.import_task = BackgroundTask(self, f"Reading {path.name}…", work,
                                          lambda result: self._add_imported(path, *result), failed)
        return self.import_task

    def ask_about_bad_rows(self, path: Path, problems: list[str]) -> bool:
        """Show every bad row; return True when the user wants the good rows imported anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Some rows cannot be imported",
                          f"{path.name} has {len(problems)} problem{'s' if len(problems) != 1 else ''}; "
                          "nothing has been imported.", parent=self)
        box.setDetailedText("\n".join(problems))
        box.setInformativeText("\n".join(problems[:8]) + ("\n…" if len(problems) > 8 else ""))
        good = box.addButton("Import the &good rows", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is good

    def _add_imported(self, path: Path, items, dependencies, report) -> None:
        edit = operations.add_imported(self.document.plan, items, dependencies, report.new_lanes, path.name)
        if edit is None:
            self.show_error("Nothing to import", f"{path.name} holds no initiatives.")
            return
        if self._push(edit):
            self.table.select_ids([item.id for item in items])
            extra = f"; ignored columns: {', '.join(report.ignored_columns)}" if report.ignored_columns else ""
            left = f"; left out {len(report.problems)} bad rows" if report.problems else ""
            self.statusBar().showMessage(f"Imported {len(items)} initiatives, {len(dependencies)} dependencies"
                                         f"{extra}{left}", 10000)

    def export_excel_dialog(self) -> None:
        start = (self.document.path.with_suffix(".xlsx") if self.document.path
                 else Path(f"{self.document.plan.title}.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self, "Export as Excel workbook", str(start),
                                              "Excel workbook (*.xlsx)")
        if name:
            path = Path(name)
            self.export_excel(path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx"))

    def export_excel(self, path: Path):
        """Write the workbook off the GUI thread; return the task (tests wait on it).

        The worker gets a copy of the plan, so editing on while it writes is safe. It writes
        beside the target and the finished file is moved into place only if not cancelled.
        """
        import os
        import tempfile

        from ui.background import BackgroundTask

        plan = plan_file.loads(plan_file.dumps(self.document.plan))
        unit = self.roadmap.unit if self.roadmap_panel is not None and self.roadmap.unit in (
            "week", "month", "quarter") else "month"
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".xlsx", dir=path.parent)
        except OSError as e:
            self.show_error("Cannot export to Excel", f"{path.name}: {e.strerror or e}.")
            return None
        os.close(fd)

        def work():
            from planner.formats.xlsx_export import write_xlsx
            write_xlsx(plan, tmp, unit=unit)

        def done(_):
            try:
                os.replace(tmp, path)
            except OSError as e:
                Path(tmp).unlink(missing_ok=True)
                self.show_error("Cannot export to Excel", f"{path.name}: {e.strerror or e}.")
                return
            self.statusBar().showMessage(f"Exported {path.name}", 6000)

        def failed(error):
            Path(tmp).unlink(missing_ok=True)
            text = sentence(str(error)) if isinstance(error, PlanError) else f"{error.__class__.__name__}: {error}"
            self.show_error("Cannot export to Excel", f"{path.name}: {text}")

        task = BackgroundTask(self, f"Writing {path.name}…", work, done, failed,
                              discard=lambda: Path(tmp).unlink(missing_ok=True))
        self.export_task = task
        return task

    def export_roadmap_dialog(self) -> None:
        path = self._export_path("roadmap", "pdf")
        if path is not None:
            self.export_roadmap(path)

    def export_roadmap(self, path: Path) -> bool:
        """Write the roadmap as the Roadmap tab shows it (scale, grouping, labels) to ``path``."""
        from ui.roadmap.export import export_roadmap
        view = self.roadmap
        try:
            export_roadmap(self.document, path, unit=view.unit, grouping=view.grouping,
                           relative=view.relative_labels, critical=view.show_critical,
                           scale=2.0 if path.suffix.lower() == ".png" else 1.0)
        except (PlanError, ValueError) as e:
            self.show_error("Cannot export the roadmap", sentence(str(e)))
            return False
        except OSError as e:
            self.show_error("Cannot export the roadmap", f"{path.name}: {e.strerror or e}.")
            return False
        self.statusBar().showMessage(f"Exported the roadmap to {path.name}", 6000)
        return True

    def export_matrix_dialog(self) -> None:
        path = self._export_path("matrix", "png")
        if path is not None:
            self.export_matrix(path)

    def export_matrix(self, path: Path) -> bool:
        """Write the matrix, as the matrix view shows it (effort axis, options), to ``path``."""
        from ui.matrix.export import export_matrix
        try:
            scene = self.matrix.matrix
            export_matrix(self.document, path, size=(1600, 1000), effort=scene.axis, scale=2.0,
                          show_dependencies=scene.show_dependencies, hide_ignored=scene.hide_ignored)
        except PlanError as e:
            self.show_error("Cannot export the matrix", sentence(str(e)))
            return False
        except OSError as e:
            self.show_error("Cannot export the matrix", f"{path.name}: {e.strerror or e}.")
            return False
        self.statusBar().showMessage(f"Exported the matrix to {path.name}", 6000)
        return True

    def edit_settings(self) -> None:
        from ui.settings_dialog import PlanSettingsDialog
        PlanSettingsDialog.run(self.document, self.undo_stack, self)

    # ------------------------------------------------------------ files

    def set_plan(self, plan: Plan, path: Path | None, read_only: bool = False,
                 lock: Lock | None = None) -> None:
        """Show ``plan`` as the open plan, with a fresh undo history."""
        self._drop_recovery()
        if self.lock is not None:
            self.lock.release()
        self.lock, self.read_only = lock, read_only
        self.undo_stack.clear()  # undo right after opening must not empty the plan
        self.document.replace(plan, path)
        self.undo_stack.setClean()
        self.details.set_initiative(None)
        self._update_title()

    def open_sample(self) -> None:
        """Open the bundled sample as an untitled copy."""
        self.set_plan(sample_plan(), None)

    def new_plan(self) -> None:
        if self.maybe_save():
            self.set_plan(Plan(title="Untitled plan"), None)

    def close_plan(self) -> None:
        self.new_plan()

    def open_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open plan", start, FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, ask_to_save: bool = True) -> bool:
        """Open the plan at ``path``; return False when it stays closed."""
        if ask_to_save and not self.maybe_save():
            return False
        try:
            plan = plan_file.load(path)
        except PlanFileError as e:
            self.show_error("Cannot open the plan", f"{path.name}: {e}")
            return False
        except OSError as e:
            self.show_error("Cannot open the plan", f"{path.name}: cannot read the file ({e.strerror or e}).")
            return False
        lock, read_only = self._lock(path)
        if lock is None and not read_only:
            return False
        self.set_plan(plan, path.resolve(), read_only, lock)
        self._remember_recent(path)
        return True

    def _lock(self, path: Path) -> tuple[Lock | None, bool]:
        """Lock ``path`` for this window; return (lock, read_only), (None, False) when cancelled."""
        from planner import lock_file
        try:
            return lock_file.acquire(path), False
        except lock_file.PlanLockedError as e:
            answer = self.ask_about_lock(str(e))
            if answer == "anyway":
                return lock_file.acquire(path, force=True), False
            return None, answer == "read-only"

    def ask_about_lock(self, message: str) -> str:
        """Ask what to do with a plan open elsewhere: "read-only", "anyway" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Plan in use", message, parent=self)
        box.setInformativeText("Open it read-only, or open it anyway and risk that one copy "
                               "overwrites the other's changes?")
        read_only = box.addButton("Open &read-only", QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton("Open &anyway", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return {read_only: "read-only", anyway: "anyway"}.get(box.clickedButton(), "cancel")

    def save(self) -> bool:
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path) if self.document.path else f"{self.document.plan.title}.bep"
        name, _ = QFileDialog.getSaveFileName(self, "Save plan as", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != plan_file.SUFFIX:
            path = path.with_name(path.name + plan_file.SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save under a new name: the plan is then that file, locked and writable."""
        path = path.resolve()
        if path != self.document.path:
            lock, _ = self._lock(path)
            if lock is None:
                return False
            if self.lock is not None:
                self.lock.release()
            self.lock, self.read_only = lock, False
        if not self._write(path):
            return False
        self.document.path = path
        self._remember_recent(path)
        self._update_title()
        return True

    def _write(self, path: Path) -> bool:
        try:
            plan_file.save(self.document.plan, path)
        except OSError as e:
            self.show_error("Cannot save the plan", f"{path.name}: {e.strerror or e}. Your changes are still open here.")
            return False
        self.undo_stack.setClean()
        self._drop_recovery()
        self.statusBar().showMessage(f"Saved {path.name}", 4000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; return False when the user cancels."""
        if self.undo_stack.isClean():
            return True
        name = self.document.path.name if self.document.path else self.document.plan.title
        answer = QMessageBox.question(
            self, "Unsaved changes", f"Save the changes to “{name}” first?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self.recent_files() if p != str(path.resolve())]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self.recent_files(), start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(name).name}")
            action.setStatusTip(name)
            action.triggered.connect(lambda checked=False, n=name: self.open_path(Path(n)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent plans").setEnabled(False)

    # ------------------------------------------------------------ recovery

    def write_recovery_copy(self) -> None:
        """Autosave: keep a recovery copy while there are unsaved changes, never over the plan."""
        from planner import recovery
        if self.undo_stack.isClean():
            return
        try:
            written = recovery.write_recovery(self.recovery_dir, self.document.plan, self.document.path,
                                              path=self.recovery_path)
        except OSError as e:
            self.statusBar().showMessage(f"Could not write a recovery copy: {e.strerror or e}", 8000)
            return
        if self.recovery_path is not None and self.recovery_path != written:
            recovery.remove_recovery(self.recovery_path)
        self.recovery_path = written

    def _drop_recovery(self) -> None:
        if self.recovery_path is not None:
            from planner import recovery
            recovery.remove_recovery(self.recovery_path)
            self.recovery_path = None

    def offer_recovery(self) -> None:
        """After a crash, offer the copies it left behind, newest first."""
        from planner import recovery
        for rec in recovery.find_recoveries(self.recovery_dir):
            source = rec.source.name if rec.source else "an untitled plan"
            answer = QMessageBox.question(
                self, "Recover unsaved work",
                f"Benefit–Effort Planner closed unexpectedly while “{rec.title}” ({source}) had unsaved "
                f"changes. Restore the copy from {rec.written:%Y-%m-%d %H:%M}?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.restore(rec)
                return
            if answer == QMessageBox.StandardButton.Discard:
                recovery.remove_recovery(rec.path)

    def restore(self, rec) -> None:
        """Open a recovery copy as unsaved changes to its plan: Save writes it to the plan's file."""
        from planner import recovery
        try:
            plan = recovery.load_recovery(rec)
        except PlanError as e:
            self.show_error("Cannot restore", str(e))
            return
        lock = None
        if rec.source is not None:
            lock, read_only = self._lock(rec.source)
            if lock is None and not read_only:
                return
        self.set_plan(plan, rec.source, lock=lock)
        self.undo_stack.resetClean()  # the restored work is unsaved until the user saves it
        self.recovery_path = rec.path
        self._update_title()

    # ------------------------------------------------------------ window events

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.close_without_asking()
        event.accept()

    def close_without_asking(self, remember_layout: bool = True) -> None:
        if remember_layout:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
        self.autosave_timer.stop()
        self._drop_recovery()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def dragEnterEvent(self, event) -> None:
        if any(url.toLocalFile().endswith(plan_file.SUFFIX) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(plan_file.SUFFIX):
                event.acceptProposedAction()
                self.open_path(Path(url.toLocalFile()))
                return
