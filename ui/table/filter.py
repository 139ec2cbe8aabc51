"""Filtering the initiative table: search text, decisions, quadrants and lane.

The proxy only filters. Sorting stays with the source model (InitiativeTableModel.sort),
which orders rows with keys computed once per row instead of a Python call per comparison.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSortFilterProxyModel, Qt

from planner.scoring import initiative_scores

UNRATED = "unrated"  # the quadrant filter's name for initiatives without a quadrant
NO_LANE_FILTER = ""  # set_lane(NO_LANE_FILTER) keeps the initiatives without a lane
NO_OBJECTIVE_FILTER = ""  # set_objective(NO_OBJECTIVE_FILTER) keeps those serving no objective


class InitiativeFilterProxy(QSortFilterProxyModel):
    """Rows of an InitiativeTableModel that match the search and every filter set."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._search = ""
        self._decisions: frozenset[str] | None = None
        self._quadrants: frozenset[str] | None = None
        self._lane: str | None = None
        self._objective: str | None = None
        self.setDynamicSortFilter(False)  # until a filter is set: see _follow_edits

    # ------------------------------------------------------------ filters

    def set_search(self, text: str) -> None:
        """Keep rows whose title, description or owner contains ``text``, ignoring case."""
        text = (text or "").strip().casefold()
        if text != self._search:
            self._change(lambda: setattr(self, "_search", text))

    def set_decisions(self, decisions: Iterable[str] | None) -> None:
        """Keep rows with one of ``decisions``; None keeps all."""
        value = None if decisions is None else frozenset(decisions)
        if value != self._decisions:
            self._change(lambda: setattr(self, "_decisions", value))

    def set_quadrants(self, quadrants: Iterable[str] | None) -> None:
        """Keep rows in one of ``quadrants`` (QUADRANTS names or UNRATED); None keeps all."""
        value = None if quadrants is None else frozenset(quadrants)
        if value != self._quadrants:
            self._change(lambda: setattr(self, "_quadrants", value))

    def set_lane(self, lane_id: str | None) -> None:
        """Keep rows in lane ``lane_id`` (NO_LANE_FILTER: rows without a lane); None keeps all."""
        if lane_id != self._lane:
            self._change(lambda: setattr(self, "_lane", lane_id))

    def set_objective(self, objective_id: str | None) -> None:
        """Keep rows serving ``objective_id`` (NO_OBJECTIVE_FILTER: rows serving none); None keeps all."""
        if objective_id != self._objective:
            self._change(lambda: setattr(self, "_objective", objective_id))

    def is_filtering(self) -> bool:
        return bool(self._search) or self._decisions is not None or self._quadrants is not None \
            or self._lane is not None or self._objective is not None

    def _change(self, update) -> None:
        # beginFilterChange/endFilterChange arrived in Qt 6.9 and replace the deprecated invalidateFilter.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            update()
            self._follow_edits()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            update()
            self._follow_edits()
            self.invalidateFilter()

    def _follow_edits(self) -> None:
        # With a filter set, an edited row is checked again (and may leave the view). With none,
        # that check is a Python call per changed row, thousands when a date edit moves them all.
        self.setDynamicSortFilter(self.is_filtering())

    def filterAcceptsRow(self, source_row, source_parent):
        if not self.is_filtering():
            return True
        source = self.sourceModel()
        item = source.initiative_at(source_row)
        if self._decisions is not None and item.decision not in self._decisions:
            return False
        if self._lane is not None and (item.lane or NO_LANE_FILTER) != self._lane:
            return False
        if self._objective is not None:
            if self._objective == NO_OBJECTIVE_FILTER:
                if item.objectives:
                    return False
            elif self._objective not in item.objectives:
                return False
        if self._quadrants is not None:
            quadrant = initiative_scores(item, source.document.plan).quadrant or UNRATED
            if quadrant not in self._quadrants:
                return False
        if self._search:
            s = self._search
            return s in item.title.casefold() or s in item.owner.casefold() \
                or s in item.description.casefold()
        return True

    # ------------------------------------------------------------ sorting

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder):
        """Ask the source model to sort; the proxy keeps the source's order."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
