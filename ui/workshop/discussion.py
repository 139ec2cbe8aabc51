""""Discuss first": a revealed round's initiatives, the most disputed first, with the room's numbers.

A small widget the round panel and the matrix's side panel host: per initiative and criterion the
median, the middle half of the votes (interquartile range), all of them (min–max) and the count.
Clicking an initiative spotlights it on the matrix. It reads the plan each time it refreshes and
keeps no copy; initiatives collecting again in a re-vote show no numbers until revealed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from shiboken6 import isValid

from planner.document import Document
from planner.edits import Change
from planner.errors import PlanError
from planner.language import _
from planner.matrix_layout import snap
from planner.round_edits import CRITERION_NAMES, find_round
from planner.round_geometry import answers_text, median_text, shown_state, span, withheld_initiatives
from planner.round_results import discuss_first, results
from ui.matrix.layers import fitted

TITLE_LINES = 3  # a long title wraps rather than being cut; beyond this many lines, the tooltip has it
SPLIT, SOME = 0.4, 0.2  # disagreement (see round_results.disagreement) read as split, or as some


def agreement(score: float) -> str:
    """The room's disagreement as a key: "split", "some disagreement" or "agrees"."""
    return "split" if score >= SPLIT else "some disagreement" if score >= SOME else "agrees"


def columns() -> tuple[str, ...]:
    """The list's headings."""
    return ("", QCoreApplication.translate("DiscussionList", "Median"),
            QCoreApplication.translate("DiscussionList", "Middle half"),
            QCoreApplication.translate("DiscussionList", "All"),
            QCoreApplication.translate("DiscussionList", "Answers"))


def short_name(criterion: str) -> str:
    """A criterion in one word, as the list's rows name it."""
    return {"benefit": QCoreApplication.translate("DiscussionList", "Benefit"),
            "technical_effort": QCoreApplication.translate("DiscussionList", "Technical"),
            "organisational_effort": QCoreApplication.translate("DiscussionList", "Organisational")}[criterion]


def number(value: float) -> str:
    """A rating the way the user writes numbers: "3.5", or "3,5" in Dutch."""
    return QLocale().toString(float(value), "g", 6)


def verdict(key: str) -> str:
    """An agreement key (or "re-voting") in words, capitalised, as a listed title starts."""
    return {"split": QCoreApplication.translate("DiscussionList", "Split"),
            "some disagreement": QCoreApplication.translate("DiscussionList", "Some disagreement"),
            "agrees": QCoreApplication.translate("DiscussionList", "Agrees"),
            "re-voting": QCoreApplication.translate("DiscussionList", "Re-voting")}[key]


class DiscussionList(QWidget):
    """A round's initiatives by disagreement; ``scene`` (a MatrixScene), when given, spotlights the one clicked."""

    chosen = Signal(str)  # the initiative clicked

    def __init__(self, document: Document, scene=None, parent=None):
        super().__init__(parent)
        self.document, self.scene = document, scene
        self.round_id: str | None = None
        self.state: tuple | None = None  # the listed round's shown_state at the last refresh
        self.heading = QLabel(self.tr("Discuss first"))
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(columns()))
        self.tree.setHeaderLabels(columns())
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setWordWrap(True)
        # Narrow enough for a side panel: each title on a line of its own, the numbers in columns under it.
        self.tree.header().setStretchLastSection(False)
        for column in range(len(columns())):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        # Votes arrive one by one in a re-vote: many changes, one refresh.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.refresh)
        document.subscribe(after=self._document_changed)
        self.destroyed.connect(lambda: document.unsubscribe(after=self._document_changed))

    def set_round(self, round_id: str | None, _votes: bool = False) -> None:
        """List ``round_id``'s initiatives (None: none). Takes MatrixScene.round_shown's arguments."""
        self.round_id = round_id
        self.refresh()

    def width_wanted(self) -> int:
        """The width that shows every column of numbers."""
        return self.tree.header().length() + self.tree.verticalScrollBar().sizeHint().width() + 2 * self.tree.frameWidth()

    def agreements(self) -> list[str]:
        """How far the room agrees on each listed initiative, in order ("split", … or "re-voting")."""
        return [self.tree.topLevelItem(n).data(1, Qt.ItemDataRole.UserRole) for n in range(self.tree.topLevelItemCount())]

    def initiatives(self) -> list[str]:
        """The ids listed, in order."""
        return [self.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) for n in range(self.tree.topLevelItemCount())]

    def refresh(self) -> None:
        self.tree.clear()
        plan = self.document.plan
        try:
            round_ = None if self.round_id is None else find_round(plan, self.round_id)
        except PlanError:
            round_ = None
        self.state = None if round_ is None else shown_state(round_)
        if round_ is None:
            self.heading.setText(self.tr("Discuss first: no round shown"))
            return
        self.heading.setText(self.tr("Discuss first: round ‘{name}’, the most disputed at the top; "
                                     "3.3 → 3.5 is a median and the value Accept writes").format(name=round_.name))
        withheld, table = set(withheld_initiatives(round_)), results(round_)
        titles = {item.id: item.title for item in plan.initiatives}
        for iid, score in discuss_first(round_, plan.scale):
            if iid not in titles:
                continue
            hidden = iid in withheld
            # The verdict first: a title too long for the panel is cut, the verdict never.
            key = "re-voting" if hidden else agreement(score)
            text = self.tr("{verdict}: {title}").format(verdict=verdict(key), title=titles[iid])
            top = QTreeWidgetItem()
            font = top.font(0)
            font.setBold(True)
            top.setText(0, fitted(text, font, self._title_width(), TITLE_LINES))
            top.setData(0, Qt.ItemDataRole.UserRole, iid)
            top.setData(1, Qt.ItemDataRole.UserRole, key)
            top.setToolTip(0, text)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            if hidden:
                continue  # the room is still answering: no numbers until the next reveal
            for criterion in round_.criteria:
                row = _criterion_row(iid, short_name(criterion), table[(iid, criterion)], plan.scale)
                row.setToolTip(0, _(CRITERION_NAMES[criterion]).capitalize())
                top.addChild(row)
            top.setExpanded(True)

    def _title_width(self) -> float:
        """The width a title wraps to: the list's, less its frame and a little air."""
        return max(80.0, self.tree.viewport().width() - 8.0)

    def eventFilter(self, watched, event) -> bool:
        # Titles wrap to the list's width: a wider or narrower panel wraps them again.
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            if event.size().width() != event.oldSize().width():
                self._later.start()
        return False

    def _clicked(self, item: QTreeWidgetItem) -> None:
        iid = item.data(0, Qt.ItemDataRole.UserRole)
        if self.scene is not None:
            self.scene.set_spotlight(iid)
        self.chosen.emit(iid)

    def _document_changed(self, change: Change) -> None:
        if not isValid(self) or self.round_id is None:
            return
        if change.touches_rounds and not change.touches("title"):
            try:
                if shown_state(find_round(self.document.plan, self.round_id)) == self.state:
                    return  # a vote on an initiative still collecting: nothing listed changes
            except PlanError:
                pass
        if change.touches_rounds or change.touches("title"):
            self._later.start()


def _criterion_row(iid: str, name: str, spread, scale) -> QTreeWidgetItem:
    """A criterion's line: median (→ the value Accept writes, where that differs), middle half, all,
    and the answers ("11 rated, 1 don't know")."""
    votes = answers_text(spread.votes, spread.dont_know)
    if spread.median is None:
        row = QTreeWidgetItem([name, "–", "–", "–", votes])
    else:
        accepted = snap(spread.median, scale)
        row = QTreeWidgetItem([name, median_text(spread.median, accepted), span(spread.q1, spread.q3),
                               span(spread.low, spread.high), votes])
        if accepted != spread.median:
            row.setToolTip(1, QCoreApplication.translate(
                "DiscussionList", "Median {median}; Accept writes {accepted}, the nearest step of the scale").format(
                median=number(spread.median), accepted=number(accepted)))
    row.setData(0, Qt.ItemDataRole.UserRole, iid)
    return row
