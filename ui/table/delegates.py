"""Cell editors for the initiative table: ratings, decision, lane, start date and duration.

A rating is cleared (made unrated) by deleting the spin box's text, or by stepping below the
scale's minimum, where the box reads "Unrated". Title and owner use Qt's default line edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate

from planner.document import Document
from planner.model import DECISIONS, RATINGS
from planner.rules import MAX_DURATION_DAYS
from ui.notation import DateBox, NumberBox
from ui.table.model import column_of, decision_text

UNRATED_TEXT = QT_TRANSLATE_NOOP("RatingSpinBox", "Unrated")  # translated where shown
_EDIT = Qt.ItemDataRole.EditRole


class _Delegate(QStyledItemDelegate):
    """An editor at least as wide as it needs, over narrow columns such as a date's."""

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        editor.setGeometry(rect.x(), rect.y(), max(rect.width(), editor.sizeHint().width()), rect.height())


class RatingSpinBox(NumberBox):
    """A spin box over the plan's scale whose lowest value, one step below it, means unrated.

    Empty text also means unrated, so select-all and Delete clears a rating.
    """

    def __init__(self, scale_min: float, scale_max: float, step: float, parent=None):
        super().__init__(parent)
        self.unrated = self.tr(UNRATED_TEXT)  # before any value: setRange already validates
        text = f"{step:g}"
        self.setDecimals(min(len(text.partition(".")[2]), 3))
        self.setRange(scale_min - step, scale_max)
        self.setSingleStep(step)
        self.setSpecialValueText(self.unrated)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def validate(self, text, pos):
        typed = text.strip().casefold()
        if not typed or typed == self.unrated.casefold():
            return QValidator.State.Acceptable, text, pos
        if self.unrated.casefold().startswith(typed):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text):
        if not text.strip() or text.strip().casefold() == self.unrated.casefold():
            return self.minimum()
        return super().valueFromText(text)

    def rating(self) -> float | None:
        """Return the rating shown, or None for unrated."""
        self.interpretText()
        if not self.cleanText().strip() or self.value() <= self.minimum():
            return None
        return self.value()

    def set_rating(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class RatingDelegate(_Delegate):
    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document

    def createEditor(self, parent, option, index):
        scale = self.document.plan.scale
        return RatingSpinBox(scale.min, scale.max, scale.step, parent)

    def setEditorData(self, editor, index):
        editor.set_rating(index.data(_EDIT))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.rating(), _EDIT)


class DecisionDelegate(_Delegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for decision in DECISIONS:
            combo.addItem(decision_text(decision), decision)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), _EDIT)


class LaneDelegate(_Delegate):
    """Lane names, plus "No lane"; the model is given the lane's name (None for no lane)."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("LaneDelegate", "No lane"), None)
        for lane in self.document.plan.lanes:
            combo.addItem(lane.name, lane.name)
        return combo

    def setEditorData(self, editor, index):
        name = index.data(_EDIT)
        editor.setCurrentIndex(0 if name is None else max(editor.findData(name), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), _EDIT)


class StartDelegate(_Delegate):
    """A date with a calendar; committing fixes the initiative's start on that date."""

    def createEditor(self, parent, option, index):
        return DateBox(parent)

    def setEditorData(self, editor, index):
        date = index.data(_EDIT)
        if isinstance(date, QDate) and date.isValid():
            editor.setDate(date)

    def setModelData(self, editor, model, index):
        editor.interpretText()
        if editor.date() != index.data(_EDIT):  # the date as it was is not a start to fix
            model.setData(index, editor.date(), _EDIT)


class DurationDelegate(_Delegate):
    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_DURATION_DAYS)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor, index):
        editor.setValue(int(index.data(_EDIT) or 0))

    def setModelData(self, editor, model, index):
        editor.interpretText()
        model.setData(index, editor.value(), _EDIT)


def install_delegates(view, document: Document) -> dict[str, QStyledItemDelegate]:
    """Give ``view``'s columns their editors; return them by column key. The view owns them."""
    delegates: dict[str, QStyledItemDelegate] = {key: RatingDelegate(document, view) for key in RATINGS}
    delegates["decision"] = DecisionDelegate(view)
    delegates["lane"] = LaneDelegate(document, view)
    delegates["start"] = StartDelegate(view)
    delegates["duration_days"] = DurationDelegate(view)
    for key, delegate in delegates.items():
        view.setItemDelegateForColumn(column_of(key), delegate)
    return delegates
