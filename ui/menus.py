"""The main window's menus and the actions in them (File, Edit, Schedule, View; the Workshop menu is its own).

Made again, with the window's other widgets, when the language changes (see ui.relabel).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.workshop.facilitator import Facilitator


class Menus(QObject):
    """Builds the menu bar of ``window``; its actions are ``window.actions_by_name``."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._build()

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    @staticmethod
    def _history_action(action: QAction, text_changed, current: str, bare: str, named: str, shortcut) -> QAction:
        # Qt's own "Undo %1" reads "%1 ongedaan maken" in Dutch and its prefix form lacks the
        # colon the Dutch sentence needs: the wording is the window's catalog's.
        from shiboken6 import isValid

        def relabel(edit: str) -> None:
            if isValid(action):  # the stack outlives the actions of a window made again in another language
                action.setText(named.format(edit=edit) if edit else bare)
        text_changed.connect(relabel)
        relabel(current)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def _build(self) -> None:
        w = self.window
        K = QKeySequence.StandardKey
        a = self.actions = w.actions_by_name = {
            "new": self._action(self.tr("&New"), w.files.new_plan, K.New, self.tr("Start an empty plan")),
            "new_from_template": self._action(
                self.tr("New from &template…"), lambda: _new_from_template(w), None,
                self.tr("Start a plan from a framework: its phases as lanes, the readiness checklist")),
            "open": self._action(self.tr("&Open…"), w.files.open_dialog, K.Open),
            "save": self._action(self.tr("&Save"), w.files.save, K.Save),
            "save_as": self._action(self.tr("Save &As…"), w.files.save_as, K.SaveAs),
            "close": self._action(self.tr("&Close"), w.files.close_plan, K.Close,
                                  self.tr("Close this plan and start an empty one")),
            "quit": self._action(self.tr("&Quit"), w.close, K.Quit),
            "add": self._action(self.tr("&Add initiative"), w.add_initiative, "Ctrl+Shift+N"),
            "duplicate": self._action(self.tr("D&uplicate"), w.duplicate_selected, "Ctrl+D"),
            "delete": self._action(self.tr("&Delete"), w.delete_selected, K.Delete),
            "move_up": self._action(self.tr("Move &up"), lambda: w.move_selected(-1), "Ctrl+Shift+Up"),
            "move_down": self._action(self.tr("Move do&wn"), lambda: w.move_selected(1), "Ctrl+Shift+Down"),
            "find": self._action(self.tr("&Find…"), w.table_page.focus_search, K.Find),
            "settings": self._action(self.tr("Plan &settings…"), w.edit_settings, "Ctrl+Shift+,",
                                     self.tr("The plan's scales, weights, quadrant names, lanes and dates")),
            "preferences": self._action(self.tr("&Preferences…"), lambda: _preferences(w), "Ctrl+,",
                                        self.tr("The language the window speaks")),
            "schedule_early": self._action(self.tr("Schedule as &early as possible"), w.schedule_early,
                                           "Ctrl+Shift+E", self.tr("Set every start that is not pinned to its earliest date")),
            "unpin_all": self._action(self.tr("&Unpin all starts"), w.unpin_all,
                                      tip=self.tr("Let every initiative start as early as its dependencies allow")),
            "present": self._action(self.tr("&Present the matrix"), w.present, "F5",
                                    self.tr("Full screen, large type, a spotlight on each initiative (Space, ←); "
                                            "+ and − size the labels, L shows all; Esc leaves")),
            "export_matrix": self._action(self.tr("&Matrix as image…"), w.exchange.export_matrix_dialog,
                                          tip=self.tr("The matrix as PNG, SVG or PDF, with legend and title")),
            "import": self._action(self.tr("&Import…"), w.exchange.import_dialog, "Ctrl+I",
                                   self.tr("Add initiatives from an Excel workbook or a CSV file")),
            "export_excel": self._action(self.tr("&Excel workbook…"), w.exchange.export_excel_dialog,
                                         "Ctrl+E", self.tr("Initiatives, matrix chart, roadmap, dependencies and settings as .xlsx")),
            "print": self._action(self.tr("&Print…"), w.printing.print_dialog, K.Print,
                                  self.tr("Print the current tab")),
            "print_preview": self._action(self.tr("Print pre&view…"), w.printing.preview_dialog,
                                          tip=self.tr("The pages to print")),
            "export_board_pack": self._action(self.tr("&Board pack…"), w.exchange.export_board_pack_dialog,
                                              tip=self.tr("One PDF for a board: strategy, matrix, ranked initiatives, roadmap and plan health")),
            "export_roadmap": self._action(
                self.tr("&Roadmap as image or PDF…"), w.exchange.export_roadmap_dialog,
                tip=self.tr("The roadmap as PNG, SVG or PDF (tiled over pages), as the tab shows it")),
        }
        stack = w.undo_stack
        a["undo"] = self._history_action(stack.createUndoAction(w), stack.undoTextChanged, stack.undoText(),
                                         self.tr("&Undo"), self.tr("&Undo {edit}"), K.Undo)
        a["redo"] = self._history_action(stack.createRedoAction(w), stack.redoTextChanged, stack.redoText(),
                                         self.tr("&Redo"), self.tr("&Redo {edit}"), K.Redo)

        files = w.menuBar().addMenu(self.tr("&File"))
        files.addActions([a["new"], a["open"]])
        files.insertAction(a["open"], a["new_from_template"])
        w.recent_menu = files.addMenu(self.tr("Open &recent"))
        w.recent_menu.aboutToShow.connect(lambda: w.files.fill_recent_menu(w.recent_menu))
        files.addSeparator()
        files.addActions([a["save"], a["save_as"]])
        files.addAction(a["import"])
        export = files.addMenu(self.tr("&Export"))
        export.addActions([a["export_excel"], a["export_matrix"], a["export_roadmap"], a["export_board_pack"]])
        files.addSeparator()
        files.addActions([a["print_preview"], a["print"]])
        files.addSeparator()
        files.addActions([a["close"], a["quit"]])
        edit = w.menuBar().addMenu(self.tr("&Edit"))
        edit.addActions([a["undo"], a["redo"]])
        edit.addSeparator()
        edit.addActions([a["add"], a["duplicate"], a["delete"], a["move_up"], a["move_down"]])
        edit.addSeparator()
        edit.addActions([a["find"], a["settings"], a["preferences"]])
        schedule = w.menuBar().addMenu(self.tr("&Schedule"))
        schedule.addActions([a["schedule_early"], a["unpin_all"]])
        view = w.menuBar().addMenu(self.tr("&View"))
        names = (self.tr("&Table"), self.tr("&Matrix"), self.tr("&Roadmap"), self.tr("&Strategy"))
        for number, name in enumerate(w.VIEWS):
            show = self._action(names[number], lambda checked=False, n=number: w.views.setCurrentIndex(n),
                                f"Ctrl+{number + 1}")
            a[f"show_{name}"] = show
            view.addAction(show)
        view.addAction(a["present"])
        w.present_on_menu = view.addMenu(self.tr("Present &on"))
        w.present_on_menu.aboutToShow.connect(w._fill_present_on)
        view.addSeparator()
        view.addAction(w.details_dock.toggleViewAction())
        view.addAction(w.history_dock.toggleViewAction())
        view.addAction(w.health_dock.toggleViewAction())
        w.workshop = Facilitator(w, view)  # the Workshop menu and the round panel
        # Delete must not fire while someone edits text in a cell or the details panel.
        a["delete"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        w.table.addAction(a["delete"])


def _preferences(window) -> None:
    from ui.preferences_dialog import PreferencesDialog
    PreferencesDialog.run(window)


def _new_from_template(window) -> None:
    # Late: the templates are read only when asked for.
    from ui.template_dialog import new_from_template
    new_from_template(window)
