"""The recovery copy's writer: one background thread encodes and writes what the GUI thread snapshotted.

Encoding a plan with a room's votes and syncing it to disk takes far longer than a window may stall
(tens of milliseconds of CPU, hundreds of wall time while the workshop server runs), so the GUI
thread only takes a ``recovery.snapshot`` and hands it here. One copy is written at a time; a newer
snapshot replaces one still waiting, since it holds everything the older one did.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal


class RecoveryWriter(QObject):
    """Writes recovery copies in the order asked, the latest waiting one only, off the GUI thread."""

    # From the worker thread, queued to the GUI thread: the caller's tag, the copy's path, and why it
    # could not be written ("" when written).
    done = Signal(object, object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._state = threading.Condition()
        self._waiting: tuple | None = None  # (tag, target, snapshot, source), not yet started
        self._running = False
        self._thread: threading.Thread | None = None
        app = QCoreApplication.instance()
        if app is not None:  # the app quitting must not cut off a copy with the last votes
            app.aboutToQuit.connect(self.finish)

    def submit(self, tag, target: Path, snap, source: Path | None) -> None:
        """Write ``snap`` to ``target`` soon; ``done`` then carries ``tag`` back."""
        with self._state:
            self._waiting = (tag, target, snap, source)
            if self._thread is None:
                # A thread only while there is work: a window left open idle holds none.
                self._thread = threading.Thread(target=self._run, name="recovery copy", daemon=True)
                self._thread.start()
            self._state.notify_all()

    def finish(self) -> None:
        """Return once every copy asked for is written (the window closes or the app quits)."""
        with self._state:
            self._state.wait_for(lambda: self._waiting is None and not self._running)

    def cancel(self) -> None:
        """Drop a copy still waiting and return once the one being written, if any, is done."""
        with self._state:
            self._waiting = None
            self._state.wait_for(lambda: not self._running)

    def busy(self) -> bool:
        """Whether a copy waits or is being written."""
        with self._state:
            return self._waiting is not None or self._running

    def _run(self) -> None:
        from planner import recovery
        while True:
            with self._state:
                if self._waiting is None:
                    self._thread = None
                    return
                (tag, target, snap, source), self._waiting = self._waiting, None
                self._running = True
            problem = ""
            try:
                recovery.write_snapshot(target, snap, source)
            # Besides a full disk, the plan itself may not encode (text that is not UTF-8, unknown
            # keys nested too deeply): autosave must say so and carry on, and so must this thread.
            except Exception as e:  # noqa: BLE001
                problem = (e.strerror if isinstance(e, OSError) and e.strerror else str(e)) or type(e).__name__
            finally:
                with self._state:
                    self._running = False
                    self._state.notify_all()
            try:
                self.done.emit(tag, target, problem)
            except RuntimeError:
                pass  # the window is gone; the copy on disk is all that matters now
