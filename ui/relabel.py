"""Showing the window in another language without a restart: its widgets are made again.

Every widget sets its texts with ``tr`` when it is made, so the one way to show a new language
everywhere is to make the widgets again (``MainWindow.build_widgets``); the views re-read the
document as they do after Open. What a person has in hand stays: the document, the undo stack
(history and clean state), the file and its lock, the window's geometry and docks, the current
tab, the search and the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMenuBar, QStatusBar

from planner import language as core_language
from ui import language

# What the Workshop menu remembers between rounds, carried over to the one made again.
FACILITATOR_STATE = ("round_id", "server_factory", "host", "port", "_addresses", "wants_network")
RETRY_MS = 1000


class ViewsDocument:
    """The document as one generation of the window's widgets sees it.

    Views subscribe to the document and most never unsubscribe; through this stand-in every
    listener they added goes in one ``close`` when they are made again. Everything else is the
    document's own.
    """

    def __init__(self, document):
        object.__setattr__(self, "_document", document)
        object.__setattr__(self, "_listeners", ([], []))  # after, before
        document.subscribe(self._after, self._before)

    def __getattr__(self, name):
        return getattr(self._document, name)

    def __setattr__(self, name, value):
        setattr(self._document, name, value)

    def subscribe(self, after, before=None) -> None:
        self._listeners[0].append(after)
        if before is not None:
            self._listeners[1].append(before)

    def unsubscribe(self, after, before=None) -> None:
        object.__setattr__(self, "_listeners", ([a for a in self._listeners[0] if a != after],
                                                [b for b in self._listeners[1] if before is None or b != before]))

    def close(self) -> None:
        """Stop telling this generation's widgets of changes."""
        self._document.unsubscribe(self._after, self._before)
        object.__setattr__(self, "_listeners", ([], []))

    def _after(self, change) -> None:
        for listener in self._listeners[0]:
            listener(change)

    def _before(self, change) -> None:
        for listener in self._listeners[1]:
            listener(change)


def busy(window) -> str | None:
    """Why the widgets cannot be made again now, as one sentence; None when they can."""
    translate = QCoreApplication.translate
    workshop = window.workshop
    if workshop.server is not None or getattr(workshop, "_retiring", None) is not None or workshop.walls:
        return translate("Relabel", "The language changes once the workshop round is no longer served to phones.")
    presentation = getattr(window, "presentation", None)
    if presentation is not None and _alive(presentation) and presentation.isVisible():
        return translate("Relabel", "The language changes once the presentation ends.")
    return None


def _alive(widget) -> bool:
    from shiboken6 import isValid
    return isValid(widget)


class LanguageSwitch(QObject):
    """Shows one window in another language: at once, or as soon as nothing holds it back."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.pending: str | None = None
        self.timer = QTimer(self, interval=RETRY_MS)
        self.timer.timeout.connect(self._retry)

    def request(self, code: str) -> str | None:
        """Show the window in ``code`` now, or once it is free; return the sentence saying when."""
        self.pending = code
        reason = busy(self.window)
        if reason is None:
            self._now()
        else:
            self.timer.start()
        return reason

    def _retry(self) -> None:
        if busy(self.window) is None:
            self._now()

    def _now(self) -> None:
        self.timer.stop()
        code, self.pending = self.pending, None
        if code is not None and code != core_language.current():
            language.apply(code)
            rebuild(self.window)


def switch(window, code: str) -> str | None:
    """Show ``window`` in ``code`` now, or as soon as it is free; return the sentence saying when."""
    return window.language_switch.request(code)


def rebuild(window) -> None:
    """Make the window's widgets again in the language now in use, keeping what is open."""
    state, tab = window.saveState(), window.views.currentIndex()
    width, height = window.details_dock.width(), window.health_dock.height()
    ids, search = window.table.selected_ids(), window.filters.search.text()
    filters = [combo.currentIndex() for combo in _filter_combos(window)]  # same items, any language
    header = window.table.horizontalHeader()
    sort = header.sortIndicatorSection(), header.sortIndicatorOrder()
    old = window.workshop
    kept = {name: getattr(old, name) for name in FACILITATOR_STATE if hasattr(old, name)}
    old.shutdown()
    window.document.unsubscribe(after=old._document_changed)
    window.views_document.close()
    for dock in (window.details_dock, window.history_dock, window.health_dock, old.dock):
        window.removeDockWidget(dock)
        # Out of the window at once: restoreState finds docks by name among its children, and
        # would find these until the event loop deletes them.
        dock.hide()
        dock.setObjectName("")
        dock.setParent(None)
        dock.deleteLater()
    for action in window.actions_by_name.values():
        action.deleteLater()
    old.deleteLater()
    window.setMenuBar(QMenuBar(window))  # deletes the old bar with its menus
    window.setStatusBar(QStatusBar(window))

    window.build_widgets()  # a new central widget replaces (and deletes) the old one
    for name, value in kept.items():
        setattr(window.workshop, name, value)
    window.workshop.refresh()
    window.restoreState(state)

    def sizes() -> None:
        # The state holds the docks' sizes, but new contents ask for their own until laid out once.
        window.resizeDocks([window.details_dock], [width], Qt.Orientation.Horizontal)
        window.resizeDocks([window.health_dock], [height], Qt.Orientation.Vertical)
    QTimer.singleShot(0, window, sizes)
    window.views.setCurrentIndex(tab)
    window.filters.search.setText(search)
    for combo, index in zip(_filter_combos(window), filters):
        combo.setCurrentIndex(index)
    if sort[0] >= 0:
        window.table.horizontalHeader().setSortIndicator(*sort)
    if ids:
        window.table.select_ids(ids)
    window._update_title()
    window._update_counts()


def _filter_combos(window) -> list:
    bar = window.filters
    return [bar.decision_filter, bar.quadrant_filter, bar.lane_filter, bar.objective_filter]
