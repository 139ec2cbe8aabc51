"""The Plan health dock: the core's plan_health findings, kept current as the plan changes.

The checks run in the core; this panel only lists them, under a one-line summary: the list
opens on demand (remembered), so the dock takes one line of a small screen rather than a sixth. Changes arrive in bursts (an import,
a drag), so it rechecks once after a short pause rather than once per change.
"""

from __future__ import annotations

from collections import Counter

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from planner.edits import ChangeKind
from planner.health import Finding, plan_health

DEBOUNCE_MS = 150
ICONS = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
         "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
         "info": QStyle.StandardPixmap.SP_MessageBoxInformation}
STRATEGY_PREFIXES = ("objective:", "kpi:", "readiness:")
EXPANDED_KEY = "health/expanded"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthPanel", text)


# English and Dutch both have one form for 1 and one for the rest, so two marked texts do.
COUNTS = {"finding": (QT_TRANSLATE_NOOP("HealthPanel", "1 finding"), QT_TRANSLATE_NOOP("HealthPanel", "{n} findings")),
          "error": (QT_TRANSLATE_NOOP("HealthPanel", "1 error"), QT_TRANSLATE_NOOP("HealthPanel", "{n} errors")),
          "warning": (QT_TRANSLATE_NOOP("HealthPanel", "1 warning"), QT_TRANSLATE_NOOP("HealthPanel", "{n} warnings")),
          "info": (QT_TRANSLATE_NOOP("HealthPanel", "1 note"), QT_TRANSLATE_NOOP("HealthPanel", "{n} notes"))}


def _count(kind: str, n: int) -> str:
    one, many = COUNTS[kind]
    return _tr(one) if n == 1 else _tr(many).format(n=n)


def summary(findings: list[Finding]) -> str:
    """One line saying how many findings there are, by severity: "3 findings: 1 error, 2 warnings"."""
    if not findings:
        return QCoreApplication.translate("HealthPanel", "No findings: the plan passes every check")
    counts = Counter(f.severity for f in findings)
    parts = [_count(s, counts[s]) for s in ICONS if counts[s]]
    return f"{_count('finding', len(findings))}: {', '.join(parts)}"


class HealthPanel(QWidget):
    """Lists the findings for ``document``'s plan; choosing one asks to show what it concerns."""

    initiatives_chosen = Signal(list)  # ids of the initiatives a chosen finding names
    strategy_chosen = Signal(str)  # "objective:ID", "kpi:ID" or "readiness:ITEM"
    count_changed = Signal(int)
    expanded_changed = Signal(bool)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.findings: list[Finding] = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap messages when the dock resizes
        self.list.setSpacing(2)
        self.list.itemSelectionChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda _item: self._chosen())
        self.summary = QLabel()
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.set_expanded)
        top = QHBoxLayout()
        top.setContentsMargins(6, 0, 6, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        document.subscribe(after=self._document_changed)
        self.refresh()
        self.set_expanded(QSettings().value(EXPANDED_KEY, False, bool), remember=False)

    @property
    def expanded(self) -> bool:
        return self.list.isVisibleTo(self)

    def set_expanded(self, expanded: bool, remember: bool = True) -> None:
        """Show the list of findings, or only the summary line; remember which for the next start."""
        self.list.setVisible(expanded)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(expanded)
        self.toggle.blockSignals(False)
        self.toggle.setText(self.tr("Hide") if expanded else self.tr("Show"))
        self.toggle.setToolTip(self.tr("Hide the list of findings") if expanded else self.tr("List the findings"))
        # Collapsed, the dock is held to the summary's height; it cannot be dragged taller.
        self.setMaximumHeight(16_777_215 if expanded else self.layout().itemAt(0).sizeHint().height())
        if remember:
            QSettings().setValue(EXPANDED_KEY, expanded)
        self.expanded_changed.emit(expanded)

    def _document_changed(self, change) -> None:
        if not shiboken6.isValid(self):
            return
        if change.kind is ChangeKind.ROUNDS:
            return  # no finding looks at rounds
        if change.kind is ChangeKind.RESET:
            # A different plan: never show the last one's findings, but check after the window
            # has painted the new plan (the checks schedule it, which a large plan feels).
            self.findings = []
            self.list.clear()
            self.summary.setText(self.tr("Checking the plan…"))
            self.count_changed.emit(0)
            self.timer.start(0)
        else:
            self.timer.start(DEBOUNCE_MS)  # restarts: a burst of changes is checked once

    def refresh(self) -> None:
        """Run the checks now and list what they find."""
        self.timer.stop()
        self.findings = plan_health(self.document.plan, self.document.schedule)
        self.list.blockSignals(True)
        self.list.clear()
        icons = {severity: self.style().standardIcon(icon) for severity, icon in ICONS.items()}
        for finding in self.findings:
            item = QListWidgetItem(icons[finding.severity], finding.message)
            severity = {"error": self.tr("Error"), "warning": self.tr("Warning"), "info": self.tr("Note")}
            item.setToolTip(self.tr("{severity} ({rule}): {message}").format(
                severity=severity.get(finding.severity, finding.severity), rule=finding.rule,
                message=finding.message))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.summary.setText(summary(self.findings))
        self.summary.setToolTip(self.findings[0].message if self.findings else "")
        self.count_changed.emit(len(self.findings))

    def rules(self) -> list[str]:
        """The rule of each finding listed, in order."""
        return [f.rule for f in self.findings]

    def _chosen(self) -> None:
        row = self.list.currentRow()
        if not self.list.selectedItems() or not 0 <= row < len(self.findings):
            return
        items = self.findings[row].items
        initiatives = [i for i in items if not i.startswith(STRATEGY_PREFIXES)]
        if initiatives:
            self.initiatives_chosen.emit(initiatives)
        elif items:
            self.strategy_chosen.emit(items[0])

