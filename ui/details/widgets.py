"""The details panel's smaller parts: a rating editor, the strategy links, the computed facts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QToolButton,
    QWidget,
)

from planner.document import Document
from planner.model import Initiative
from planner.scoring import initiative_scores
from planner.undo_texts import days
from ui.messages import sentence
from ui.notation import NumberBox, date_text, number_text


def _decimals(step: float) -> int:
    text = f"{step:g}"
    return min(len(text.split(".")[1]), 4) if "." in text else 0


class RatingEditor(QWidget):
    """A rating spin box whose lowest value reads “unrated”, with a button to clear it."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.spin = NumberBox()
        self.spin.setSpecialValueText(self.tr("unrated"))
        self.spin.setKeyboardTracking(False)  # commit on Enter, focus out or a step, not per key
        self.spin.setAccelerated(True)
        self.spin.setToolTip(self.tr("{name}; step below the scale's minimum to leave it unrated").format(name=name))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Make {name} unrated").format(name=name.lower()))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.spin)

    def value(self) -> float | None:
        v = self.spin.value()
        return None if v == self.spin.minimum() else v

    def set_value(self, value: float | None) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else value)

    def set_scale(self, low: float, high: float, step: float) -> None:
        current = self.value()
        self.spin.setDecimals(max(_decimals(step), _decimals(low)))
        self.spin.setRange(low - step, high)
        self.spin.setSingleStep(step)
        self.set_value(current if current is None or low <= current <= high else None)


class LinkList(QListWidget):
    """The plan's objectives (or audiences) as a checkable list: those an initiative links to are checked."""

    def __init__(self, tip: str, parent=None):
        super().__init__(parent)
        self.setToolTip(tip)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_choices(self, choices, linked: list[str]) -> None:
        """List ``choices`` (objectives or audiences), checking those whose ids are in ``linked``."""
        self.clear()
        for choice in choices:
            row = QListWidgetItem(choice.name)
            row.setToolTip(choice.name)
            row.setData(Qt.ItemDataRole.UserRole, choice.id)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if choice.id in linked else Qt.CheckState.Unchecked)
            self.addItem(row)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.setFixedHeight(min(max(len(choices), 1), 5) * row_height + 2 * self.frameWidth() + 2)

    def checked_ids(self) -> set[str]:
        return {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked}


class FactsBox(QGroupBox):
    """What the core computes for an initiative: combined effort, quadrant, dates, slack, criticality."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Computed"), parent)
        self.labels: dict[str, QLabel] = {}
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, text in (("effort", self.tr("Combined effort:")), ("quadrant", self.tr("Quadrant:")),
                          ("scheduled", self.tr("Scheduled:")), ("slack", self.tr("Slack:")),
                          ("critical", self.tr("Critical:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = value
            facts.addRow(text, value)
        self.setLayout(facts)

    def show_facts(self, document: Document, item: Initiative) -> None:
        plan = document.plan
        effort, quadrant, _ = initiative_scores(item, plan)
        facts = {"effort": self.tr("unrated") if effort is None else number_text(effort),
                 "quadrant": self.tr("unrated") if quadrant is None else plan.quadrant_name(quadrant)}
        schedule = document.schedule
        placed = schedule.items.get(item.id) if schedule is not None else None
        if placed is not None:
            start, finish = date_text(placed.earliest_start), date_text(placed.earliest_finish)
            span = (self.tr("{start} (milestone)").format(start=start) if item.is_milestone
                    else f"{start} – {finish}")
            facts.update(scheduled=span, slack=days(placed.slack_days),
                         critical=self.tr("Yes, on the critical path") if placed.critical else self.tr("No"))
        else:
            why = (self.tr("Not scheduled: decided ignore") if item.decision == "ignore"
                   else sentence(document.schedule_problem or self.tr("not scheduled")))
            facts.update(scheduled=why, slack="–", critical="–")
        for key, text in facts.items():
            self.labels[key].setText(text)
