"""The main window: the views, the details panel, the menus, selection and undo.

What the File menu does lives beside it: the plan's file in ``plan_files``, import and export
in ``exchange``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QMainWindow, QMessageBox, QTabWidget, QUndoView, QVBoxLayout, QWidget,
)

from planner.document import Document
from planner import operations
from planner.edits import InsertInitiatives, MoveInitiative, RemoveInitiatives
from planner.errors import PlanError
from planner.model import DECISIONS, Initiative, Plan
from planner.samples import sample_name, sample_plan
from ui.details.panel import DetailsPanel
from ui.exchange import Exchange
from ui.menus import Menus
from ui.placement import place
from ui.plan_files import PlanFiles
from ui.printing import Printing
from ui.relabel import LanguageSwitch, ViewsDocument
from ui.table.page import TablePage
from ui.messages import sentence
from ui.undo_commands import push_edit

if TYPE_CHECKING:
    from planner.lock_file import Lock

# The views and the settings dialog are imported where first used: none is needed before the
# window's first paint, which is on every start's critical path.

APP_NAME = "Benefit–Effort Planner"


def default_data_dir() -> Path:
    """The per-user folder for recovery copies."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, autosave: bool = True):
        super().__init__()
        self.settings = QSettings()
        self.document = Document(Plan(title=self.tr("Untitled plan")))
        self.undo_stack = QUndoStack(self)
        self.files = PlanFiles(self, data_dir, autosave)  # also opens a plan file dropped on the window
        self.exchange = Exchange(self)
        self.printing = Printing(self)
        self.language_switch = LanguageSwitch(self)  # Preferences ▸ Language, without a restart
        self.build_widgets()
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(self._update_status)
        self.files.changed.connect(self._update_title)
        self.document.subscribe(after=self._document_changed)

        geometry = self.settings.value("window/geometry")
        place(self, geometry, self.settings.value("window/state"))
        if geometry is None:
            QTimer.singleShot(0, self.fit_docks)
        self._update_title()
        self._update_counts()

    def build_widgets(self) -> None:
        """Make every widget that shows a text; ui.relabel makes them again in another language."""
        self.views_document = ViewsDocument(self.document)
        self.table_page = TablePage(self.views_document, self.undo_stack)
        self.model, self.proxy, self.table = self.table_page.model, self.table_page.proxy, self.table_page.table
        self.filters = self.table_page.filters
        self.details = DetailsPanel(self.views_document, self.undo_stack, self)
        self.undo_view = QUndoView(self.undo_stack)
        self.undo_view.setEmptyLabel(self.tr("Opened plan"))

        self._build_central()
        self._build_docks()
        self.menus = Menus(self)
        self._build_status_bar()

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.edit_refused.connect(self.show_refusal)
        self.details.edit_refused.connect(self.show_refusal)

    @property
    def matrix(self):
        """The matrix view, made on first use."""
        if self.matrix_panel is None:
            from ui.matrix.view import MatrixPanel
            self.matrix_panel = MatrixPanel(self.views_document, self.undo_stack)
            self._matrix_page.layout().addWidget(self.matrix_panel)
            view = self.matrix_panel.view
            view.selection_changed.connect(self._matrix_selection_changed)
            view.message.connect(self.show_refusal)
            self.matrix_panel.present_button.clicked.connect(self.present)
            self.matrix_panel.present_button.setToolTip(self.tr("Present the matrix full screen (F5)"))
            view.select_ids(self.table.selected_ids())
        return self.matrix_panel.view

    @property
    def roadmap(self):
        """The roadmap view, made on first use."""
        if self.roadmap_panel is None:
            from ui.roadmap.view import RoadmapPanel
            self.roadmap_panel = RoadmapPanel(self.views_document, self.undo_stack)
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
            self.strategy_view = StrategyView(self.views_document, self.undo_stack)
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
        self._fit_health()

    def _fit_health(self) -> None:
        """Give the opened list of findings a sixth of the height (it stays one line when closed)."""
        self.resizeDocks([self.health_dock], [max(120, self.height() // 6)], Qt.Orientation.Vertical)

    # ------------------------------------------------------------ building

    def _build_central(self) -> None:
        # The matrix is made when its tab is first shown: most starts never need it, and its
        # modules and Qt classes would otherwise delay the first paint.
        self.matrix_panel = self.roadmap_panel = self.strategy_view = None
        self._matrix_page, self._roadmap_page, self._strategy_page = QWidget(), QWidget(), QWidget()
        for page in (self._matrix_page, self._roadmap_page, self._strategy_page):
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.table_page, self.tr("&Table"))
        self.views.addTab(self._matrix_page, self.tr("&Matrix"))
        self.views.addTab(self._roadmap_page, self.tr("&Roadmap"))
        self.views.addTab(self._strategy_page, self.tr("Strate&gy"))  # Alt+S is the Schedule menu
        self.views.currentChanged.connect(self._make_view)
        self.setCentralWidget(self.views)

    def _build_docks(self) -> None:
        self.details_dock = QDockWidget(self.tr("Details"), self)
        self.details_dock.setObjectName("details")
        self.details_dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.history_dock = QDockWidget(self.tr("Undo history"), self)
        self.history_dock.setObjectName("history")
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        from ui.strategy.health_panel import HealthPanel
        self.health = HealthPanel(self.views_document, self)
        self.health_dock = QDockWidget(self.tr("Plan health"), self)
        self.health_dock.setObjectName("health")
        self.health_dock.setWidget(self.health)
        self.health_dock.toggleViewAction().setText(self.tr("Plan &health"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.health_dock)
        self.health.count_changed.connect(self._show_health_count)
        self.health.initiatives_chosen.connect(self._health_initiatives_chosen)
        self.health.strategy_chosen.connect(self._health_strategy_chosen)
        self.health.expanded_changed.connect(lambda on: on and QTimer.singleShot(0, self._fit_health))
        self._show_health_count(len(self.health.findings))

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.state_label = QLabel()
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)

    # ------------------------------------------------------------ state shown

    def _update_title(self, *_) -> None:
        if self.document.path:
            name = self.document.path.name
        else:
            name = self.tr("{title} (untitled)").format(title=self.document.plan.title)
        if self.files.read_only:
            name = self.tr("{name}[*] (read-only)").format(name=name)
        else:
            name += "[*]"
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.setWindowModified(not self.undo_stack.isClean())
        self._update_status()

    def _update_counts(self) -> None:
        items = self.document.plan.initiatives
        by = Counter(item.decision for item in items)
        named = {"build": self.tr("{n} build"), "join": self.tr("{n} join"), "ignore": self.tr("{n} ignore"),
                 "undecided": self.tr("{n} undecided")}
        parts = [self.tr("{n} initiatives").format(n=len(items))]
        parts += [named.get(d, "{n} " + d).format(n=by[d]) for d in DECISIONS if by[d]]
        self.counts_label.setText(" · ".join(parts))

    def _update_status(self, *_) -> None:
        self.state_label.setText(self.files.state())
        self.actions_by_name["save"].setEnabled(not self.files.read_only)

    def _document_changed(self, change) -> None:
        if change.touches("decision"):
            self._update_counts()  # counted per change that can alter them, not per edit
        if change.touches_strategy:  # an import bringing a strategy announces a reset
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
        self.health_dock.setWindowTitle(self.tr("Plan health ({count})").format(count=count) if count
                                       else self.tr("Plan health"))

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
        title = self.tr("New initiative")
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
            self.statusBar().showMessage(self.tr("Showing the plan's order, so the move can be seen."), 6000)
        row = self.document.row_of(ids[0])
        target = row + step
        if 0 <= target < len(self.document.plan.initiatives) and self._push(MoveInitiative(ids[0], target)):
            self.table.select_ids(ids)

    def schedule_early(self) -> None:
        """Give every initiative that is not pinned its earliest start from the core: one undo step."""
        schedule = self.document.schedule
        if schedule is None:
            self.show_refusal(self.document.schedule_problem or self.tr("the plan cannot be scheduled"))
            return
        edit = operations.schedule_as_early_as_possible(self.document.plan, schedule)
        if edit is None:
            self.statusBar().showMessage(self.tr("Every start that is not pinned is already as early as possible."), 6000)
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
        from ui.matrix.screens import presentation_screens
        window = PresentationWindow(self.document, self.undo_stack, self)
        window.closed.connect(window.deleteLater)
        self.presentation = window
        self.workshop.presenting(window)  # the join card while a round collects
        window.open(*presentation_screens(self.screen(), self.settings))

    def _fill_present_on(self) -> None:
        from ui.matrix.screens import fill_screen_menu
        fill_screen_menu(self.present_on_menu, self.screen(), self.settings)

    def edit_settings(self) -> None:
        from ui.settings_dialog import PlanSettingsDialog
        PlanSettingsDialog.run(self.document, self.undo_stack, self)

    # ------------------------------------------------------------ the open plan

    def set_plan(self, plan: Plan, path: Path | None, read_only: bool = False,
                 lock: Lock | None = None) -> None:
        """Show ``plan`` as the open plan, with a fresh undo history."""
        self.files.adopt(lock, read_only)
        self.undo_stack.clear()  # undo right after opening must not empty the plan
        self.document.replace(plan, path)
        self.undo_stack.setClean()
        self.details.set_initiative(None)
        self._update_title()

    def open_sample(self) -> None:
        """Open the bundled sample as an untitled copy."""
        self.set_plan(sample_plan(sample_name()), None)

    # ------------------------------------------------------------ window events

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.close_without_asking()
        event.accept()

    def close_without_asking(self, remember_layout: bool = True) -> None:
        if remember_layout:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
        self.workshop.shutdown()
        self.files.release()
