"""The open plan's file: new, open, save, its lock, recent plans and recovery copies.

The window owns one PlanFiles and its File menu calls these methods. Locks and recovery copies
are imported where first used: none is needed before the window's first paint, which is on
every start's critical path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from planner.errors import PlanError, PlanFileError
from planner.formats import plan_file
from planner.model import Plan
from planner.prose import system_problem
from ui.recovery_writer import RecoveryWriter

if TYPE_CHECKING:
    from planner.lock_file import Lock
    from ui.main_window import MainWindow

FILE_FILTER = QT_TRANSLATE_NOOP("PlanFiles", "Benefit–Effort plans (*.bep);;All files (*)")  # translated where shown
MAX_RECENT = 8
AUTOSAVE_SECONDS = 30


class PlanFiles(QObject):
    """Which file the window's plan is, whether this window may write it, and its recovery copy."""

    changed = Signal()  # the file, or whether it is read-only, changed: the title says both

    def __init__(self, window: MainWindow, data_dir: Path, autosave: bool = True):
        super().__init__(window)
        self.window = window
        self.document, self.undo_stack, self.settings = window.document, window.undo_stack, window.settings
        self.recovery_dir = data_dir / "recovery"
        self.lock: Lock | None = None
        self.read_only = False
        self.recovery_path: Path | None = None  # the copy written last
        self._recovery_target: Path | None = None  # where copies go, once one was asked for
        self._recovery_generation = 0  # counts drops: a copy asked for before one is not kept
        self.recovery_writer = RecoveryWriter(self)
        self.recovery_writer.done.connect(self._recovery_written, Qt.ConnectionType.QueuedConnection)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.write_recovery_copy)
        if autosave:
            seconds = int(self.settings.value("autosave_seconds", AUTOSAVE_SECONDS))
            self.autosave_timer.start(max(5, seconds) * 1000)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def state(self) -> str:
        """Whether the plan is saved, as the status bar says it."""
        if self.read_only:
            return self.tr("Read-only: use Save As to keep changes")
        if not self.undo_stack.isClean():
            return self.tr("Unsaved changes")
        return self.tr("Not saved yet") if self.document.path is None else self.tr("Saved")

    def adopt(self, lock: Lock | None, read_only: bool) -> None:
        """Let go of the last plan's lock and recovery copy: the window now shows another plan."""
        self._drop_recovery()
        self._hold(lock, read_only)

    def _hold(self, lock: Lock | None, read_only: bool) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock, self.read_only = lock, read_only

    def release(self) -> None:
        """Stop autosaving and let go of the recovery copy and the lock: the window is closing."""
        self.autosave_timer.stop()
        self._drop_recovery()
        self._hold(None, self.read_only)

    # ------------------------------------------------------------ opening

    def new_plan(self) -> None:
        if self.maybe_save():
            self.window.set_plan(Plan(title=self.tr("Untitled plan")), None)

    def close_plan(self) -> None:
        self.new_plan()

    def open_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open plan"), start, self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, ask_to_save: bool = True) -> bool:
        """Open the plan at ``path``; return False when it stays closed."""
        if ask_to_save and not self.maybe_save():
            return False
        try:
            plan = plan_file.load(path)
        except PlanFileError as e:
            self.window.show_error(self.tr("Cannot open the plan"), f"{path.name}: {e.for_person}")
            return False
        except OSError as e:
            self.window.show_error(self.tr("Cannot open the plan"), self.tr(
                "{name}: cannot read the file ({reason}).").format(name=path.name, reason=system_problem(e)))
            return False
        lock, read_only = self._lock(path)
        if lock is None and not read_only:
            return False
        self.window.set_plan(plan, path.resolve(), read_only, lock)
        self._remember_recent(path)
        return True

    def eventFilter(self, watched, event) -> bool:
        """Open the first plan file dropped on the window."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
            plans = [path for path in paths if path.name.endswith(plan_file.SUFFIX)]
            if plans:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.open_path(plans[0])
                return True
        return super().eventFilter(watched, event)

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
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Plan in use"), message, parent=self.window)
        box.setInformativeText(self.tr("Open it read-only, or open it anyway and risk that one copy "
                                       "overwrites the other's changes?"))
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Open &anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return {read_only: "read-only", anyway: "anyway"}.get(box.clickedButton(), "cancel")

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path) if self.document.path else f"{self.document.plan.title}.bep"
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save plan as"), start, self.tr(FILE_FILTER))
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
            self._hold(lock, False)
        if not self._write(path):
            return False
        self.document.path = path
        self._remember_recent(path)
        self.changed.emit()
        return True

    def _write(self, path: Path) -> bool:
        try:
            plan_file.save(self.document.plan, path)
        except OSError as e:
            self.window.show_error(self.tr("Cannot save the plan"), self.tr(
                "{name}: {reason}. Your changes are still open here.").format(name=path.name, reason=system_problem(e)))
            return False
        self.undo_stack.setClean()
        self._drop_recovery()
        self.window.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; return False when the user cancels."""
        if self.undo_stack.isClean():
            return True
        name = self.document.path.name if self.document.path else self.document.plan.title
        from ui.messages import ButtonNames
        with ButtonNames({"Discard": self.tr("Do&n't Save")}):
            answer = QMessageBox.question(
                self.window, self.tr("Unsaved changes"), self.tr("Save the changes to “{name}” first?").format(name=name),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------ recent plans

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self.recent_files() if p != str(path.resolve())]
        self.settings.setValue("recent_files", recent[:MAX_RECENT])

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        return [value] if isinstance(value, str) else list(value or [])

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for number, name in enumerate(self.recent_files(), start=1):
            action = menu.addAction(f"&{number} {Path(name).name}")
            action.setStatusTip(name)
            action.triggered.connect(lambda checked=False, n=name: self.open_path(Path(n)))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent plans")).setEnabled(False)

    # ------------------------------------------------------------ recovery

    def write_recovery_copy(self) -> None:
        """Autosave: keep a recovery copy while there are unsaved changes, never over the plan.

        Only the snapshot is taken here; the copy is written on the writer's thread, so
        ``recovery_path`` names it (and a failure shows on the status bar) a moment later.
        """
        from planner import recovery
        if self.undo_stack.isClean():
            return
        try:
            snap = recovery.snapshot(self.document.plan)
        except (ValueError, TypeError, RecursionError, PlanError) as e:
            self._recovery_failed(str(e))
            return
        # One name for the plan's copies until it is dropped, even while the first is being written.
        self._recovery_target = (self.recovery_path or self._recovery_target
                                 or recovery.recovery_path(self.recovery_dir, self.document.path))
        self.recovery_writer.submit(self._recovery_generation, self._recovery_target, snap, self.document.path)

    def finish_recovery_copy(self) -> None:
        """Return once the recovery copy asked for last is written (the window closes)."""
        self.recovery_writer.finish()

    def _recovery_written(self, generation: int, written: Path, problem: str) -> None:
        if generation != self._recovery_generation:
            return  # dropped (saved, closed, another plan) while it was written, and removed since
        if problem:
            self._recovery_failed(problem)
            return
        if self.recovery_path is not None and self.recovery_path != written:
            from planner import recovery
            recovery.remove_recovery(self.recovery_path)
        self.recovery_path = written

    def _recovery_failed(self, reason: str) -> None:
        self.window.statusBar().showMessage(self.tr("Could not write a recovery copy: {reason}").format(reason=reason), 8000)

    def _drop_recovery(self) -> None:
        # A copy still being written would otherwise appear after the removal: a stale copy offered
        # after the next crash, holding work that was saved (or discarded) since.
        self._recovery_generation += 1
        self.recovery_writer.cancel()
        from planner import recovery
        for path in {self.recovery_path, self._recovery_target} - {None}:
            recovery.remove_recovery(path)
        self.recovery_path = self._recovery_target = None

    def offer_recovery(self) -> None:
        """After a crash, offer the copies it left behind, newest first."""
        from planner import recovery
        for rec in recovery.find_recoveries(self.recovery_dir):
            source = rec.source.name if rec.source else self.tr("an untitled plan")
            answer = QMessageBox.question(
                self.window, self.tr("Recover unsaved work"),
                self.tr("Benefit–Effort Planner closed unexpectedly while “{title}” ({source}) had unsaved "
                        "changes. Restore the copy from {written}?").format(
                    title=rec.title, source=source, written=f"{rec.written:%Y-%m-%d %H:%M}"),
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
            self.window.show_error(self.tr("Cannot restore"), str(e))
            return
        lock = None
        if rec.source is not None:
            lock, read_only = self._lock(rec.source)
            if lock is None and not read_only:
                return
        self.window.set_plan(plan, rec.source, lock=lock)
        self.undo_stack.resetClean()  # the restored work is unsaved until the user saves it
        self.recovery_path = rec.path
        self.changed.emit()
