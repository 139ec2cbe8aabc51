"""The initiative table as a widget: a configured QTableView that speaks in initiative ids."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractProxyModel, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from planner.document import Document
from ui.table.delegates import install_delegates
from ui.table.model import COLUMNS, ID_ROLE, InitiativeTableModel, column_of

# Text a column should fit without eliding, besides its header (typical, not the longest).
_SAMPLE_TEXT = {
    "title": "Company pages on networks", "quadrant": "Money pits", "decision": "Undecided",
    "lane": "Plan to execution", "owner": "Communications lead", "start": "2027-03-01",
    "finish": "2027-03-01",
}


class InitiativeTableView(QTableView):
    """Rows of initiatives; sorting by clicking a header (a third click returns to plan order)."""

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
        """Give each column room for its header and typical content."""
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        header_metrics = header.fontMetrics()
        for column, (key, label) in enumerate(COLUMNS):
            # The widest word of the header (it wraps between words), the sort arrow, the margins.
            words = max(header_metrics.horizontalAdvance(word) for word in label.split())
            width = max(words + 24, metrics.horizontalAdvance(_SAMPLE_TEXT.get(key, "")) + 16)
            header.resizeSection(column, width)
        # The title takes whatever width is left, so long titles show in full on a wide screen.
        header.setSectionResizeMode(column_of("title"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)

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
