"""The initiative table as a widget: a configured QTableView that speaks in initiative ids."""

from __future__ import annotations

import datetime as dt
import math

from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractProxyModel, QItemSelection, QItemSelectionModel, QSettings, Qt,
)
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView

from planner.document import Document
from planner.model import DECISIONS
from ui.notation import date_text
from ui.table.delegates import install_delegates
from ui.table.model import ID_ROLE, KEYS, InitiativeTableModel, column_name, column_of, decision_text, header_text

# Text a column should fit without eliding, besides its header (typical, not the longest: owners
# and lanes elide so that the title keeps its room). Translated: Dutch lanes and quadrants are
# longer words, and a column sized for the English ones cuts them.
_SAMPLE_TEXT = {
    "quadrant": QT_TRANSLATE_NOOP("InitiativeTableView", "Money pits"),
    "lane": QT_TRANSLATE_NOOP("InitiativeTableView", "Plan to exec"),
    "owner": QT_TRANSLATE_NOOP("InitiativeTableView", "Marketing lead"),
}
_DATES = ("start", "finish")  # these fit the widest date of the year in the locale's writing
# On a wide table lanes and owners widen to this before the title grows past TITLE_COMFORT.
_WIDE_TEXT = {"lane": QT_TRANSLATE_NOOP("InitiativeTableView", "Plan to execution"),
              "owner": QT_TRANSLATE_NOOP("InitiativeTableView", "Communications lead")}
TITLE_CHARACTERS = 24  # the title column never gets narrower than this many characters of a title
TYPICAL_TITLE = "Community management, Own community platform, Webcare team, Employee advocacy programme"
TITLE_COMFORT = 40
# Translated into a typical title of the language, when its words are longer than English ones
# (English keeps TITLE_CHARACTERS characters).
READABLE_TITLE = QT_TRANSLATE_NOOP("InitiativeTableView", "Goals & ambition workshops")
HIDDEN_KEY = "table/hidden_columns"  # the columns a person hid, as comma-separated keys


class InitiativeTableView(QTableView):
    """Rows of initiatives; sorting by clicking a header (a third click returns to plan order)."""

    # Class-level until size_columns: Qt lays the view out while it is still being constructed.
    _elastic: dict[str, tuple[int, int]] = {}  # lane and owner → (narrow, wide) width
    _user_sized: frozenset[str] | set[str] = frozenset()
    _fitting = False

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # Long labels wrap onto two lines so the numeric columns stay narrow.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 8)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # plan order until a click
        self.setSortingEnabled(True)
        self.delegates: dict = {}
        self._set_aside: list[str] | None = None
        self._watched: InitiativeTableModel | None = None

    def setModel(self, model) -> None:
        super().setModel(model)
        if self._watched is not None:
            self._watched.sort_starting.disconnect(self._set_selection_aside)
            self._watched.sort_finished.disconnect(self._restore_selection)
        self._watched = self.source_model()
        if isinstance(self._watched, InitiativeTableModel):
            self._watched.sort_starting.connect(self._set_selection_aside)
            self._watched.sort_finished.connect(self._restore_selection)
        else:
            self._watched = None

    def install(self, document: Document) -> None:
        """Install the cell editors for ``document`` and size the columns; call after setModel."""
        self.delegates = install_delegates(self, document)
        self.size_columns()

    def size_columns(self) -> None:
        """Give each column room for its header and typical content; the title takes the rest."""
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        header_metrics = header.fontMetrics()
        self._elastic, self._user_sized = {}, set()
        for column, key in enumerate(KEYS):
            # The widest word of the header (it wraps between words), the sort arrow, the margins.
            words = max(header_metrics.horizontalAdvance(word) for word in header_text(key).split())
            if key in _DATES:
                samples = [date_text(dt.date(2027, month, 28)) for month in range(1, 13)]
            elif key == "decision":  # the few choices it shows, every one whole
                samples = [decision_text(decision) for decision in DECISIONS]
            else:
                samples = [self._sample(_SAMPLE_TEXT, key)]
            width = max(words + 20, max(metrics.horizontalAdvance(text) for text in samples) + 16)
            header.resizeSection(column, width)
            if key in _WIDE_TEXT:
                self._elastic[key] = (width, max(width, metrics.horizontalAdvance(self._sample(_WIDE_TEXT, key)) + 16))
        header.setSectionResizeMode(column_of("title"), QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self._section_resized)
        hidden = str(QSettings().value(HIDDEN_KEY, "") or "").split(",")
        for key in hidden:
            if key in KEYS and key != "title":
                header.setSectionHidden(column_of(key), True)
        self._fit_title()

    def _sample(self, texts: dict[str, str], key: str) -> str:
        text = texts.get(key, "")
        return self.tr(text) if text and not text[0].isdigit() else text

    def title_minimum(self, characters: int = TITLE_CHARACTERS) -> int:
        """The narrowest the title column gets: ``characters`` of text beside its colour swatch."""
        icon = self.iconSize().width()
        if icon < 0:  # not set: the style's small icon size is what the swatch is drawn at
            icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
        # Titles are words in mixed case, wider than the font's average glyph, and those on the
        # critical path are bold: measure a typical one in bold.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        width = characters * metrics.horizontalAdvance(TYPICAL_TITLE) / len(TYPICAL_TITLE)
        readable = self.tr(READABLE_TITLE)
        if characters == TITLE_CHARACTERS and readable != READABLE_TITLE:
            # A language of longer words names a title the minimum must show whole.
            width = max(width, metrics.horizontalAdvance(readable))
        return math.ceil(width) + icon + 16

    def _section_resized(self, column: int, *_) -> None:
        key = KEYS[column]
        if key == "title":
            return
        if not self._fitting and key in self._elastic:
            self._user_sized.add(key)  # a width a person chose is left alone from now on
        self._fit_title()

    def _fit_title(self) -> None:
        """Give the title the width the other columns leave, but never less than its minimum.

        Lanes and owners are elided to their narrow width until the title has a comfortable
        width; beyond that they widen first.
        """
        header = self.horizontalHeader()
        shown = [key for column, key in enumerate(KEYS) if key != "title" and not header.isSectionHidden(column)]
        elastic = [key for key in shown if key in self._elastic and key not in self._user_sized]
        fixed = sum(header.sectionSize(column_of(key)) for key in shown if key not in elastic)
        room = self.viewport().width() - fixed
        wide = room - sum(self._elastic[key][1] for key in elastic) >= self.title_minimum(TITLE_COMFORT)
        self._fitting = True
        try:
            for key in elastic:
                width = self._elastic[key][wide]
                if header.sectionSize(column_of(key)) != width:
                    header.resizeSection(column_of(key), width)
            others = fixed + sum(header.sectionSize(column_of(key)) for key in elastic)
            width = max(self.title_minimum(), self.viewport().width() - others)
            if header.sectionSize(column_of("title")) != width:
                header.resizeSection(column_of("title"), width)
        finally:
            self._fitting = False

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._fit_title()  # the viewport changed: a resize, or a scroll bar came or went

    def hidden_columns(self) -> list[str]:
        """The keys of the columns a person has hidden, in column order."""
        header = self.horizontalHeader()
        return [key for column, key in enumerate(KEYS) if header.isSectionHidden(column)]

    def set_column_hidden(self, key: str, hidden: bool) -> None:
        """Hide or show ``key``'s column (never the title) and remember it for the next start."""
        if key == "title":
            return
        self.horizontalHeader().setSectionHidden(column_of(key), hidden)
        QSettings().setValue(HIDDEN_KEY, ",".join(self.hidden_columns()))
        self._fit_title()

    def header_menu(self) -> QMenu:
        """The header's context menu: a check box per column that can be hidden."""
        menu = QMenu(self)
        header = self.horizontalHeader()
        for column, key in enumerate(KEYS):
            if key == "title":
                continue
            action = menu.addAction(column_name(key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, k=key: self.set_column_hidden(k, not shown))
        return menu

    def _header_menu(self, pos) -> None:
        menu = self.header_menu()
        menu.exec(self.horizontalHeader().viewport().mapToGlobal(pos))
        menu.deleteLater()

    # ------------------------------------------------------------ ids

    def source_model(self) -> InitiativeTableModel | None:
        model = self.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        return model

    def selected_ids(self) -> list[str]:
        """Return the ids of the selected rows, top to bottom."""
        selection = self.selectionModel()
        if selection is None:
            return []
        # Rows are selected whole, so the ranges' rows are the answer; selectedRows() would
        # check every cell of every row, thousands of Python calls for a large selection.
        rows = {row for r in selection.selection() for row in range(r.top(), r.bottom() + 1)}
        model = self.model()
        return [model.index(row, 0).data(ID_ROLE) for row in sorted(rows)]

    def select_ids(self, ids: Iterable[str], edit_title: bool = False) -> None:
        """Select the rows of ``ids`` that are shown, scroll to the first, maybe start renaming it."""
        rows = self._select(ids)
        if not rows:
            return
        flags = QItemSelectionModel.SelectionFlag
        selection_model = self.selectionModel()
        first = self.model().index(rows[0], column_of("title"))
        selection_model.setCurrentIndex(first, flags.NoUpdate)
        self.scrollTo(first)
        if edit_title:
            self.edit(first)

    def _select(self, ids: Iterable[str]) -> list[int]:
        """Make the rows of ``ids`` the selection; return those rows in the order of ``ids``."""
        source, selection_model = self.source_model(), self.selectionModel()
        if source is None or selection_model is None:
            return []
        rows = []
        for initiative_id in ids:
            try:
                index = self._from_source(source.index(source.row_of_id(initiative_id), 0))
            except KeyError:
                continue
            if index.isValid():
                rows.append(index.row())
        selection = QItemSelection()
        model, last_column = self.model(), self.model().columnCount() - 1
        for first, last in _runs(sorted(set(rows))):
            selection.select(model.index(first, 0), model.index(last, last_column))
        flags = QItemSelectionModel.SelectionFlag
        selection_model.select(selection, flags.ClearAndSelect | flags.Rows)
        return rows

    # A sort keeps the same rows selected, so listeners hear nothing; the selection is set aside
    # by id and put back as merged row ranges, which is far faster than letting the selection
    # model follow each selected cell through the re-layout.
    def _set_selection_aside(self) -> None:
        selection_model = self.selectionModel()
        if selection_model is None or not selection_model.hasSelection():
            return
        ranges = selection_model.selection()
        if len(ranges) == 1 and ranges[0].top() == 0 and ranges[0].bottom() == self.model().rowCount() - 1:
            return  # everything selected: the selection model has its own fast path for that
        self._set_aside = self.selected_ids()
        selection_model.blockSignals(True)
        selection_model.clearSelection()

    def _restore_selection(self) -> None:
        if self._set_aside is None:
            return
        ids, self._set_aside = self._set_aside, None
        try:
            self._select(ids)
        finally:
            self.selectionModel().blockSignals(False)
        self.viewport().update()

    def _from_source(self, index):
        chain, model = [], self.model()
        while isinstance(model, QAbstractProxyModel):
            chain.append(model)
            model = model.sourceModel()
        for proxy in reversed(chain):
            index = proxy.mapFromSource(index)
        return index


def _runs(rows: list[int]):
    """Yield (first, last) of each run of consecutive numbers in sorted ``rows``."""
    start = previous = None
    for row in rows:
        if start is None:
            start = previous = row
        elif row == previous + 1:
            previous = row
        else:
            yield start, previous
            start = previous = row
    if start is not None:
        yield start, previous
