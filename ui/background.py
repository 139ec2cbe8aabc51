"""Long work off the GUI thread, with a progress dialog that can cancel it.

The work is a plain function that touches no widget and no document; it runs on a worker
thread while the window stays responsive. Its result comes back on the GUI thread, where the
caller applies it (to the document, or by moving a finished file into place). Cancel stops
waiting: the result, whenever it arrives, is thrown away, so a cancelled export leaves no file
and a cancelled import changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    finished = Signal(object, object)  # result, exception

    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as e:  # handed to the GUI thread, which shows it as a sentence
            self.finished.emit(None, e)
            return
        self.finished.emit(result, None)


class BackgroundTask(QObject):
    """Run ``work`` on a thread; call ``done(result)`` or ``failed(exception)`` on the GUI thread.

    After a cancel, ``discard()`` runs instead, once the work has really stopped.
    """

    def __init__(self, parent: QWidget, label: str, work: Callable[[], object],
                 done: Callable[[object], None], failed: Callable[[Exception], None],
                 show_after_ms: int = 300, discard: Callable[[], None] | None = None):
        super().__init__(parent)
        self.cancelled = False
        self._done, self._failed, self._discard = done, failed, discard
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)  # 0..0: busy, no percentage
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)  # quick work finishes before it appears
        self.dialog.canceled.connect(self.cancel)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # The thread ends as soon as the work does (quit is thread-safe), so wait() never
        # depends on the GUI thread; the result itself is queued to the GUI thread.
        self.worker.finished.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.worker.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.thread.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.dialog.reset()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the work is over (for tests and for closing the window)."""
        return self.thread.wait(ms)

    def _finish(self, result, error) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.deleteLater()
        if self.cancelled:
            if self._discard is not None:
                self._discard()  # e.g. remove what the work wrote before anyone stopped it
            return
        if error is not None:
            self._failed(error)
        else:
            self._done(result)
