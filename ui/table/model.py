"""The initiative table's model: one row per initiative, read straight from the document.

The model holds no plan data, only an ordering: ``_order[row]`` is a position in
``plan.initiatives``. Sorting permutes that list with keys computed once per row, because
QSortFilterProxyModel's own sort calls ``data()`` from Python for every comparison and is far
too slow at thousands of rows. Scores and dates come from the core, never from here.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QUndoStack

from planner.document import Document
from planner.edits import Change, ChangeKind, SetFields
from planner.errors import PlanError
from planner.model import DECISIONS, RATINGS, Initiative
from planner.palette import NO_OBJECTIVE_COLOUR, objective_colours
from planner.scoring import QUADRANTS, initiative_scores
from ui.notation import date_text, number_text, percent_text, read_date, read_number
from ui.undo_commands import push_edit

__all__ = ["COLUMNS", "EDITABLE", "ID_ROLE", "KEYS", "NO_LANE", "NUMERIC", "SHORT_HEADERS", "SORT_ROLE",
           "InitiativeTableModel", "column_of", "column_name", "decision_text", "header_text"]

COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("InitiativeTableModel", "Title")),
    ("benefit", QT_TRANSLATE_NOOP("InitiativeTableModel", "Benefit")),
    ("technical_effort", QT_TRANSLATE_NOOP("InitiativeTableModel", "Technical effort")),
    ("organisational_effort", QT_TRANSLATE_NOOP("InitiativeTableModel", "Organisational effort")),
    ("combined_effort", QT_TRANSLATE_NOOP("InitiativeTableModel", "Combined effort")),
    ("quadrant", QT_TRANSLATE_NOOP("InitiativeTableModel", "Quadrant")),
    ("decision", QT_TRANSLATE_NOOP("InitiativeTableModel", "Decision")),
    ("lane", QT_TRANSLATE_NOOP("InitiativeTableModel", "Lane")),
    ("owner", QT_TRANSLATE_NOOP("InitiativeTableModel", "Owner")),
    ("start", QT_TRANSLATE_NOOP("InitiativeTableModel", "Start")),
    ("finish", QT_TRANSLATE_NOOP("InitiativeTableModel", "Finish")),
    ("duration_days", QT_TRANSLATE_NOOP("InitiativeTableModel", "Duration (days)")),
)
KEYS = tuple(key for key, _ in COLUMNS)
# Headers short enough to leave the title its room; the full name is in the header's tooltip.
SHORT_HEADERS = {"technical_effort": QT_TRANSLATE_NOOP("InitiativeTableModel", "Tech. effort"),
                 "organisational_effort": QT_TRANSLATE_NOOP("InitiativeTableModel", "Org. effort"),
                 "combined_effort": QT_TRANSLATE_NOOP("InitiativeTableModel", "Effort"),
                 "duration_days": QT_TRANSLATE_NOOP("InitiativeTableModel", "Days")}
EDITABLE = frozenset({"title", *RATINGS, "decision", "lane", "owner", "start", "duration_days"})
NUMERIC = frozenset({*RATINGS, "combined_effort", "duration_days"})
NO_LANE = "—"  # what a row without a lane shows

ID_ROLE = Qt.ItemDataRole.UserRole + 1    # the row's initiative id
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw value to sort by; None for blank

_COLUMN = {key: i for i, key in enumerate(KEYS)}
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_FLAGS = tuple(_READ_ONLY | Qt.ItemFlag.ItemIsEditable if key in EDITABLE else _READ_ONLY for key in KEYS)
_DISPLAY, _EDIT, _TIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_DECORATION = Qt.ItemDataRole.DecorationRole
_TITLE_COLUMN = KEYS.index("title")
_ROLES = frozenset({_DISPLAY, _EDIT, _TIP, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                    ID_ROLE, SORT_ROLE, Qt.ItemDataRole.DecorationRole})
# A sort says it only moves rows, so a selection model over this model itself tracks one index
# per row, not per cell. (QSortFilterProxyModel does not pass the hint on; see the view.)
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
_VERTICAL_SORT = QAbstractTableModel.LayoutChangeHint.VerticalSortHint


def column_of(key: str) -> int:
    """Return the column number of ``key`` (one of KEYS); KeyError for an unknown key."""
    return _COLUMN[key]


def column_name(key: str) -> str:
    """Return the full name of ``key``'s column in the language in use."""
    return QCoreApplication.translate("InitiativeTableModel", COLUMNS[_COLUMN[key]][1])


def header_text(key: str) -> str:
    """Return the text over ``key``'s column: its short header, or its name if that is short."""
    short = SHORT_HEADERS.get(key)
    return QCoreApplication.translate("InitiativeTableModel", short) if short else column_name(key)


_DECISION_TEXTS = {"build": QT_TRANSLATE_NOOP("Decision", "Build"), "join": QT_TRANSLATE_NOOP("Decision", "Join"),
                   "ignore": QT_TRANSLATE_NOOP("Decision", "Ignore"),
                   "undecided": QT_TRANSLATE_NOOP("Decision", "Undecided")}


def decision_text(decision: str) -> str:
    """Return how ``decision`` (one of DECISIONS) reads in the language in use: "Build", "Bouwen"."""
    text = _DECISION_TEXTS.get(decision)
    return QCoreApplication.translate("Decision", text) if text else decision.capitalize()


def _decimals(step: float) -> int:
    text = f"{step:g}"
    return min(len(text.partition(".")[2]), 3)


class InitiativeTableModel(QAbstractTableModel):
    """The plan's initiatives as table rows; edits go through undo commands on ``undo_stack``."""

    edit_refused = Signal(str)  # one sentence saying why the core refused an edit
    # Around each sort, so a view can set its selection aside and restore it by id: a selection
    # model carries a selection of many scattered rows through a re-layout one cell at a time.
    sort_starting = Signal()
    sort_finished = Signal()

    def __init__(self, document: Document, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._order: list[int] = []
        self._swatches: dict | None = None  # objective id (None: no objective) → QColor
        self._row_at: list[int] = []  # inverse of _order: plan position → row
        self._bold = QFont()
        self._bold.setBold(True)
        self._rebuild_order()
        document.subscribe(self._after_change, self._before_change)

    # ------------------------------------------------------------ rows and ids

    def initiative_at(self, row: int) -> Initiative:
        return self.document.plan.initiatives[self._order[row]]

    def id_at(self, row: int) -> str:
        return self.initiative_at(row).id

    def row_of_id(self, initiative_id: str) -> int:
        """Return the table row showing ``initiative_id``; KeyError if it is not in the plan."""
        return self._row_at[self.document.row_of(initiative_id)]

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # ------------------------------------------------------------ Qt model interface

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == _DISPLAY else None
        if not 0 <= section < len(COLUMNS):
            return None
        if role == _DISPLAY:
            return header_text(KEYS[section])
        if role == _TIP:
            tip, name = self._header_tip(KEYS[section]), column_name(KEYS[section])
            if name == header_text(KEYS[section]):
                return tip
            return self.tr("{name}: {tip}").format(name=name, tip=f"{tip[0].lower()}{tip[1:]}") if tip else name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Centred over numbers, not right-aligned: the sort arrow is drawn at the right edge.
            return (_CENTRE if KEYS[section] in NUMERIC else _LEFT) | Qt.TextFlag.TextWordWrap
        return None

    def flags(self, index):
        # Precomputed: selection models ask once per selected cell when rows move.
        return _FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index, role=_DISPLAY):
        # Views ask for about a dozen roles per cell on each repaint; most get nothing.
        if role not in _ROLES or not index.isValid():
            return None
        if role == _DECORATION and index.column() != _TITLE_COLUMN:
            return None
        item = self.document.plan.initiatives[self._order[index.row()]]
        key = KEYS[index.column()]
        if role == _DISPLAY:
            return self._display(item, key)
        if role == _EDIT:
            return self._edit_value(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if key in NUMERIC else _LEFT
        if role == ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            return self._sort_key(item, key)
        if role == _DECORATION:
            return self._objective_swatch(item)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(item, key)
        if role == _TIP:
            return self._tooltip(item, key)
        return None

    def setData(self, index, value, role=_EDIT):
        if role != _EDIT or not index.isValid() or KEYS[index.column()] not in EDITABLE:
            return False
        item = self.initiative_at(index.row())
        key = KEYS[index.column()]
        try:
            values = self._edit_for(item, key, value)
            if all(getattr(item, k) == v and type(getattr(item, k)) is type(v) for k, v in values.items()):
                return True  # nothing changes: no undo step
            push_edit(self.undo_stack, self.document, SetFields(item.id, values))
        except PlanError as e:
            self.edit_refused.emit(str(e))
            return False
        return True

    # ------------------------------------------------------------ what cells show

    def _display(self, item: Initiative, key: str):
        if key in RATINGS:
            value = getattr(item, key)
            return number_text(value, self._rating_decimals())
        if key == "combined_effort":
            effort = initiative_scores(item, self.document.plan).effort
            if effort is None:
                return ""
            # Two decimals, trimmed to the ratings' own: 2.6 not 2.60, but 2.95 not 3.0.
            needed = len(f"{effort:.2f}".rstrip("0").partition(".")[2])
            return number_text(effort, max(needed, self._rating_decimals()))
        if key == "quadrant":
            plan = self.document.plan
            return plan.quadrant_name(initiative_scores(item, plan).quadrant)
        if key == "decision":
            return decision_text(item.decision)
        if key == "lane":
            return self._lane_name(item.lane) or NO_LANE
        if key in ("start", "finish"):
            date = self._scheduled(item, key)
            return date_text(date)
        if key == "duration_days":
            return str(item.duration_days)
        return getattr(item, key)  # title, owner

    def _edit_value(self, item: Initiative, key: str):
        if key == "lane":
            return self._lane_name(item.lane)
        if key == "start":
            date = (item.start if item.fixed_start else None) or self._scheduled(item, "start") \
                or item.start or self.document.plan.start
            return QDate(date.year, date.month, date.day)
        if key in RATINGS or key in ("title", "owner", "decision", "duration_days"):
            return getattr(item, key)
        return self._display(item, key)

    def _sort_key(self, item: Initiative, key: str):
        """Return the value rows are ordered by in ``key``'s column; None sorts last."""
        if key == "title" or key == "owner":
            return getattr(item, key).casefold() or None
        if key == "combined_effort":
            return initiative_scores(item, self.document.plan).effort
        if key == "quadrant":
            quadrant = initiative_scores(item, self.document.plan).quadrant
            return None if quadrant is None else QUADRANTS.index(quadrant)
        if key == "decision":
            return DECISIONS.index(item.decision) if item.decision in DECISIONS else None
        if key == "lane":
            lanes = [lane.id for lane in self.document.plan.lanes]
            return lanes.index(item.lane) if item.lane in lanes else None
        if key in ("start", "finish"):
            return self._scheduled(item, key)
        return getattr(item, key)  # ratings, duration

    def _objective_swatch(self, item: Initiative):
        """A square in the colour of the initiative's first objective, as the matrix colours it."""
        if self._swatches is None:  # made again after a change to the strategy or a new plan
            colours = objective_colours(self.document.plan)
            self._swatches = {key: QColor(colour) for key, colour in colours.items()}
            self._swatches[None] = QColor(NO_OBJECTIVE_COLOUR)
        if len(self._swatches) == 1:
            return None  # a plan without objectives: no swatches at all
        return next((self._swatches[o] for o in item.objectives if o in self._swatches), self._swatches[None])

    def _font(self, item: Initiative, key: str):
        if key == "title":
            schedule = self.document.schedule
            entry = schedule.items.get(item.id) if schedule else None
            return self._bold if entry is not None and entry.critical else None
        if key == "start" and item.fixed_start:
            return self._bold
        return None

    def _tooltip(self, item: Initiative, key: str):
        if key == "title":
            tip = f"<b>{html.escape(item.title)}</b>"
            if item.description:
                tip += f"<p>{html.escape(item.description)}</p>"
            schedule = self.document.schedule
            entry = schedule.items.get(item.id) if schedule else None
            if entry is not None and entry.critical:
                tip += "<p><i>{}</i></p>".format(self.tr("On the critical path."))
            return tip
        if key in ("start", "finish"):
            problem = self.document.schedule_problem
            if problem:
                return self.tr("No dates: {problem}").format(problem=problem)
            if item.decision == "ignore":
                return self.tr("Left out of the schedule: decided ignore")
            if key == "start":
                if item.fixed_start:
                    return self.tr("Fixed start (bold); dependencies may still push it later")
                return self.tr("Earliest start, after the plan start and every dependency")
            return self.tr("Last day of work") if item.duration_days else self.tr("A milestone: finishes on its start")
        if key == "quadrant" and initiative_scores(item, self.document.plan).quadrant is None:
            return self.tr("Unrated: rate benefit, technical effort and organisational effort")
        if key == "lane" and item.lane is None:
            return self.tr("No lane")
        return None

    def _header_tip(self, key: str) -> str | None:
        plan = self.document.plan
        if key == "combined_effort":
            w = plan.effort_weights
            total = w.technical + w.organisational
            return self.tr("Weighted mean of the efforts: {technical} technical, {organisational} organisational").format(
                technical=percent_text(w.technical / total), organisational=percent_text(w.organisational / total))
        if key == "quadrant":
            return self.tr("Benefit {benefit} or more is high; combined effort {effort} or more is high").format(
                benefit=number_text(plan.benefit_threshold), effort=number_text(plan.effort_threshold))
        if key in RATINGS:
            return self.tr("{low} to {high} in steps of {step}; clear the cell to leave it unrated").format(
                low=number_text(plan.scale.min), high=number_text(plan.scale.max), step=number_text(plan.scale.step))
        if key == "start":
            return self.tr("Scheduled earliest start; a start you enter is fixed and shown in bold")
        if key == "finish":
            return self.tr("Scheduled earliest finish: the last day of work")
        return self.tr("Calendar days; 0 makes a milestone") if key == "duration_days" else None

    def _rating_decimals(self) -> int:
        return _decimals(self.document.plan.scale.step)

    def _lane_name(self, lane_id: str | None) -> str | None:
        for lane in self.document.plan.lanes:
            if lane.id == lane_id:
                return lane.name
        return None

    def _scheduled(self, item: Initiative, key: str) -> dt.date | None:
        schedule = self.document.schedule
        entry = schedule.items.get(item.id) if schedule else None
        if entry is None:
            return None
        return entry.earliest_start if key == "start" else entry.earliest_finish

    # ------------------------------------------------------------ edits

    def _edit_for(self, item: Initiative, key: str, value) -> dict:
        """Return the field values for putting ``value`` in ``key``'s cell of ``item``."""
        if key in RATINGS:
            values = {key: _rating(value)}
        elif key == "decision":
            typed = str(value).strip().lower()
            values = {key: next((d for d in DECISIONS if decision_text(d).lower() == typed), typed)}
        elif key == "lane":
            values = {key: self._lane_id(value)}
        elif key == "duration_days":
            values = {key: _whole_number(value)}
        elif key == "start":
            date = _date(value)
            return {"fixed_start": False} if date is None else {"start": date, "fixed_start": True}
        else:  # title, owner
            values = {key: "" if value is None else str(value).strip()}
        return values

    def _lane_id(self, value) -> str | None:
        if value is None or str(value).strip() in ("", NO_LANE, "No lane", self.tr("No lane")):
            return None
        lanes = self.document.plan.lanes
        named = [lane.id for lane in lanes if lane.name == value]
        if len(named) == 1:
            return named[0]
        if any(lane.id == value for lane in lanes):
            return value
        raise PlanError(f"there is no lane called “{value}”")

    # ------------------------------------------------------------ sorting

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder):
        """Order rows by ``column`` (-1: the plan's order), blanks last either way."""
        self.sort_starting.emit()
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _VERTICAL_SORT)
        old = self.persistentIndexList()
        positions = [self._order[index.row()] for index in old]
        self._sort_column, self._sort_order = column, order
        self._rebuild_order()
        new = [self.index(self._row_at[p], index.column()) for p, index in zip(positions, old)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], _VERTICAL_SORT)
        self.sort_finished.emit()

    def _rebuild_order(self) -> None:
        items = self.document.plan.initiatives
        order = list(range(len(items)))
        if 0 <= self._sort_column < len(COLUMNS):
            key = KEYS[self._sort_column]
            keyed = [(self._sort_key(items[i], key), i) for i in order]
            valued = [pair for pair in keyed if pair[0] is not None]
            valued.sort(key=lambda pair: pair[0],
                        reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
            order = [i for _, i in valued] + [i for k, i in keyed if k is None]
        self._order = order
        self._row_at = [0] * len(order)
        for row, position in enumerate(order):
            self._row_at[position] = row

    # ------------------------------------------------------------ document changes

    def _before_change(self, change: Change) -> None:
        if change.touches_rows:
            self.beginResetModel()

    def _after_change(self, change: Change) -> None:
        if change.touches_strategy:
            self._swatches = None
        if change.touches_rows:
            self._rebuild_order()
            self.endResetModel()
            return
        last_row, last_column = len(self._order) - 1, len(COLUMNS) - 1
        if change.kind is ChangeKind.SETTINGS:  # weights, thresholds, scale and lane names change what shows
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if last_row < 0:
            return
        if change.kind is ChangeKind.SETTINGS:
            self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_column))
            return
        if change.kind is ChangeKind.ROUNDS:
            return  # the table shows no round
        if change.kind is ChangeKind.STRATEGY:  # objectives added, removed or reordered: new swatch colours
            title = column_of("title")
            self.dataChanged.emit(self.index(0, title), self.index(last_row, title))
            return
        if change.kind is ChangeKind.FIELDS:
            if len(change.ids) > 50:
                self.dataChanged.emit(self.index(0, 0), self.index(last_row, last_column))
                return
            for initiative_id in change.ids:
                try:
                    row = self.row_of_id(initiative_id)
                except (KeyError, IndexError):
                    continue  # a refused edit of an id that is not in the plan
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        if change.moves_dates:  # dependencies, or a field that moves dates
            start, finish, title = column_of("start"), column_of("finish"), column_of("title")
            self.dataChanged.emit(self.index(0, start), self.index(last_row, finish))
            self.dataChanged.emit(self.index(0, title), self.index(last_row, title))  # critical path


def _rating(value) -> float | int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = read_number(value) if isinstance(value, str) else value
    try:
        number = float(number)
    except (TypeError, ValueError):
        raise PlanError(QCoreApplication.translate("InitiativeTableModel", "“{value}” is not a number").format(
            value=value)) from None
    # Whole numbers are stored as int so a saved file says 4, not 4.0.
    return int(number) if number.is_integer() else number


def _whole_number(value) -> int:
    try:
        number = float(read_number(value) if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise PlanError(QCoreApplication.translate(
            "InitiativeTableModel", "“{value}” is not a number of days").format(value=value)) from None
    if not number.is_integer():
        raise PlanError(QCoreApplication.translate(
            "InitiativeTableModel", "{value} is not a whole number of days").format(value=number_text(number)))
    return int(number)


def _date(value) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    date = read_date(str(value))
    if date is None:
        raise PlanError(QCoreApplication.translate(
            "InitiativeTableModel", "“{value}” is not a date; write it as 2027-03-01").format(value=value))
    return date


