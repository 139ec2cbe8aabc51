"""Numbers and dates as the user writes them: "3,5" and "4 jan 2027" in Dutch, "3.5" and "Jan 4, 2027" in English.

Everything here follows QLocale() — the locale ui.language.apply makes the default — and only
what the window shows and accepts: files keep ISO dates and dot decimals. Reading is lenient
where the meaning is unambiguous:

- a number box (a rating, a weight, a capacity) never shows a thousands separator, so the other
  mark ("." in Dutch, "," in English) typed in one is the decimal separator: "3.5" is 3,5 on a
  Dutch rating scale, as the number pad's decimal key types "." on the keyboards most Dutch
  people use;
- free text (a KPI's baseline) is read the locale's way first ("1.234,5" in Dutch), then the
  other mark counts as the decimal separator only where it cannot group thousands ("3.5",
  "1234.5"; Dutch "1.234" stays 1234);
- a date is read in ISO ("2027-01-04") always, in the locale's numeric order ("4-1-2027",
  "4/1/2027" in Dutch; "1/4/2027" in English) and with the month's name in either order
  ("4 jan 2027", "Jan 4, 2027"), since a named month cannot be mistaken.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox

NO_BREAK = "\u00a0"
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
_NAMED_FORMATS = ("d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy")


def number_text(value: float | None, decimals: int | None = None) -> str:
    """Return ``value`` in the locale: 3.5 → "3,5" in Dutch; "" for None.

    With ``decimals`` it shows exactly that many; without, as many as the value needs.
    """
    if value is None:
        return ""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    value = float(f"{value:.12g}")  # no binary noise: 0.30000000000000004 shows as 0,3
    return locale.toString(int(value)) if value.is_integer() else locale.toString(value, "f", _SHORTEST)


def percent_text(fraction: float) -> str:
    """Return ``fraction`` as a whole percentage in the locale: 0.6 → "60%"."""
    locale = QLocale()
    return locale.toString(round(fraction * 100)) + locale.percent()


def read_number(text: str) -> float | None:
    """Return the number ``text`` writes in the locale (leniently, see the module), or None."""
    text = text.strip()
    locale = QLocale()
    number, ok = locale.toDouble(text)
    if ok:
        return number
    group, point = locale.groupSeparator(), locale.decimalPoint()
    # The other mark as the decimal separator, where it cannot be grouping thousands.
    if text.count(group) == 1 and point not in text and not re.search(re.escape(group) + r"\d{3}$", text):
        number, ok = locale.toDouble(text.replace(group, point))
        if ok:
            return number
    return None


def date_format() -> str:
    """The locale's date with the month's short name: "d MMM yyyy" in Dutch, "MMM d, yyyy" in English."""
    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    without_weekday = re.sub(r"d{4}[,.]?\s*", "", long).strip()
    return re.sub(r"M{4}", "MMM", without_weekday)


def date_text(date: dt.date | None) -> str:
    """Return ``date`` in the locale: "4 jan 2027" in Dutch, "Jan 4, 2027" in English; "" for None.

    Its spaces do not break, so a date is never split over two lines of a cell, a label or a print.
    """
    if date is None:
        return ""
    return QLocale().toString(QDate(date.year, date.month, date.day), date_format()).replace(" ", NO_BREAK)


def _numeric_formats() -> list[str]:
    """The locale's numeric order with one- or two-digit fields and any of its usual separators."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    order = re.sub(r"[^dMy]+", " ", short).split()
    fields = [{"d": "d", "M": "M", "y": "yyyy"}[part[0]] for part in order]
    formats = []
    for separator in dict.fromkeys((re.sub(r"[dMy]", "", short)[:1] or "-", "-", "/", ".")):
        formats.append(separator.join(fields))
        formats.append(separator.join(f if f != "yyyy" else "yy" for f in fields))
    return formats


def read_date(text: str) -> dt.date | None:
    """Return the date ``text`` writes (ISO, the locale's numeric order or a named month), or None."""
    text = re.sub(r"(?<=[^\W\d])\.", "", " ".join(text.split()))  # "4 jan. 2027": the dot is optional
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    locale = QLocale()
    for form in (*_numeric_formats(), *_NAMED_FORMATS):
        date = locale.toDate(text, form, 2000) if "yy" in form and "yyyy" not in form else locale.toDate(text, form)
        if not date.isValid() and any(c.isalpha() for c in text):
            date = locale.toDate(text.lower(), form)  # "4 JAN 2027"
        if date.isValid():
            return date.toPython()
    return None


class NumberBox(QDoubleSpinBox):
    """A number box in the locale that also takes the other decimal mark: "3.5" in Dutch is 3,5."""

    def _local(self, text: str) -> str:
        if self.decimals() <= 0:
            return text
        locale = self.locale()
        return text.replace(locale.groupSeparator(), locale.decimalPoint())

    def validate(self, text, pos):
        return super().validate(self._local(text), pos)

    def valueFromText(self, text):
        return super().valueFromText(self._local(text))


class DateBox(QDateEdit):
    """A date box showing the locale's date that also takes a date typed whole in any form read_date reads."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDisplayFormat(date_format())
        self.setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31))
        self.setCalendarPopup(True)
        self._typing = False  # a whole date is being typed over the box's text

    def keyPressEvent(self, event):
        # The date edit types into one section at a time, so "4-1-2027" typed over the whole
        # text would land in the day section; a date typed whole is taken as text and read on Enter.
        edit, text = self.lineEdit(), event.text()
        if text and text.isprintable() and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier \
                and (self._typing or edit.selectedText() == edit.text()):
            self._typing = True
            self._type(edit.insert, text)
            return
        if self._typing and event.key() == Qt.Key.Key_Backspace:
            self._type(edit.backspace)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self._typing = False
        super().keyPressEvent(event)

    def _type(self, change, *args) -> None:
        # Unheard by the date edit, which would put its sections back; Enter reads the text.
        edit = self.lineEdit()
        blocked = edit.blockSignals(True)
        change(*args)
        edit.blockSignals(blocked)

    def focusOutEvent(self, event):
        self._typing = False
        super().focusOutEvent(event)

    def validate(self, text, pos):
        if read_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if self._typing:  # left as typed until Enter: the date edit would refill its sections
            return QValidator.State.Intermediate, text, pos
        state, text, pos = super().validate(text, pos)
        # Half a date ("4-1-") may become one; Enter or leaving the box puts back the last good one.
        return (QValidator.State.Intermediate if state == QValidator.State.Invalid else state), text, pos

    def dateTimeFromText(self, text):
        date = read_date(text)
        if date is None:
            return super().dateTimeFromText(text)
        return QDateTime(QDate(date.year, date.month, date.day), self.time())
