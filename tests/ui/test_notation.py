"""Numbers and dates in the window follow the language: shown and typed the Dutch or English way, saved ISO/dot."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from planner.formats import plan_file
from ui import language
from ui.details.panel import DetailsPanel
from ui.notation import DateBox, date_text, number_text, percent_text, read_date, read_number
from ui.settings_dialog import PlanSettingsDialog
from ui.strategy.view import StrategyView
from ui.table.delegates import RatingSpinBox
from ui.table.filter import InitiativeFilterProxy
from ui.table.model import SORT_ROLE, InitiativeTableModel, column_of
from ui.table.view import InitiativeTableView


@pytest.fixture
def us_english(qapp):
    """The window in English (en_US), as the app starts for an English user; the old locale after."""
    previous = QLocale()
    language.apply("en")
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def table(qtbot, document, undo_stack):
    """The initiative table over the sample plan, made after the language is set."""
    model = InitiativeTableModel(document, undo_stack)
    proxy = InitiativeFilterProxy()
    proxy.setSourceModel(model)
    view = InitiativeTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.install(document)
    view.resize(1400, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def plain(text: str) -> str:
    """``text`` with its no-break spaces (dates never break over lines) as plain ones."""
    return text.replace("\u00a0", " ")


def cell(view, initiative_id, key):
    proxy = view.model()
    model = proxy.sourceModel()
    return proxy.mapFromSource(model.index(model.row_of_id(initiative_id), column_of(key)))


def type_into_cell(view, qtbot, index, text, kind):
    """Open the cell's editor with F2, type ``text`` over what it shows and press Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), kind))
    editor = QApplication.focusWidget()
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor.lineEdit(), text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


# ------------------------------------------------------------------ reading and writing


def test_dutch_writes_a_decimal_comma_and_a_day_month_year_date(dutch):
    """In Dutch 3.5 is "3,5", 1234.5 "1.234,5", 0.6 "60%" and 4 January 2027 "4 jan 2027"."""
    assert (number_text(3.5), number_text(1234.5), number_text(2.6, 2), number_text(4)) == ("3,5", "1.234,5", "2,60", "4")
    assert percent_text(0.6) == "60%"
    assert plain(date_text(dt.date(2027, 1, 4))) == "4 jan 2027"


def test_english_writes_a_decimal_point_and_a_month_day_year_date(us_english):
    """In English 3.5 is "3.5", 1234.5 "1,234.5" and 4 January 2027 "Jan 4, 2027"."""
    assert (number_text(3.5), number_text(1234.5), number_text(None)) == ("3.5", "1,234.5", "")
    assert plain(date_text(dt.date(2027, 1, 4))) == "Jan 4, 2027"


@pytest.mark.parametrize(("text", "number"), [
    ("3,5", 3.5), ("1.234,5", 1234.5), ("1.234", 1234), ("-2,5", -2.5),
    ("3.5", 3.5), ("1234.5", 1234.5),  # a dot that cannot group thousands is a decimal point
    ("1,234.5", None), ("veel", None)])
def test_dutch_reads_numbers_its_own_way_and_an_unambiguous_dot(dutch, text, number):
    """Dutch numbers are read with a comma; a dot is a decimal point only where it cannot group thousands."""
    assert read_number(text) == number


@pytest.mark.parametrize(("text", "number"), [("3.5", 3.5), ("1,234.5", 1234.5), ("1,234", 1234), ("3,5", 3.5)])
def test_english_reads_numbers_its_own_way(us_english, text, number):
    """English numbers are read with a point; "3,5" cannot group thousands, so it is 3.5."""
    assert read_number(text) == number


@pytest.mark.parametrize("text", ["4-1-2027", "04-01-2027", "4/1/2027", "4 jan 2027", "4 jan. 2027", "4 januari 2027",
                                  "2027-01-04", "4-1-27"])
def test_dutch_reads_a_date_day_first_by_name_or_iso(dutch, text):
    """Dutch dates are day-month-year, with or without the month's name; ISO is always understood."""
    assert read_date(text) == dt.date(2027, 1, 4)


@pytest.mark.parametrize("text", ["1/4/2027", "Jan 4, 2027", "January 4, 2027", "4 Jan 2027", "2027-01-04"])
def test_english_reads_a_date_month_first_by_name_or_iso(us_english, text):
    """English dates are month/day/year, or carry the month's name; ISO is always understood."""
    assert read_date(text) == dt.date(2027, 1, 4)


def test_no_date_is_read_from_text_that_is_none(dutch):
    """Words and impossible days give no date rather than a guess."""
    assert read_date("volgende week") is None and read_date("31-2-2027") is None and read_date("") is None


# ------------------------------------------------------------------ the table


def test_the_dutch_table_shows_decimal_commas_and_dutch_dates(dutch, table, document):
    """Ratings, combined effort, dates and the scale in the header's tip are written the Dutch way."""
    assert cell(table, "experiment-budget", "benefit").data() == "3,5"
    assert cell(table, "webcare", "combined_effort").data() == "3,6"
    assert plain(cell(table, "goal-workshops", "start").data()) == "4 jan 2027"
    tip = table.model().headerData(column_of("benefit"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "0,5" in tip and "0.5" not in tip


def test_a_rating_typed_with_a_comma_in_dutch_is_one_undoable_edit(dutch, table, document, undo_stack, qtbot):
    """Typing "2,5" into a Dutch rating cell rates 2.5; undo puts back 4.5; the file says 2.5."""
    before = plan_file.dumps(document.plan)
    type_into_cell(table, qtbot, cell(table, "webcare", "benefit"), "2,5", RatingSpinBox)
    assert document.plan.initiative("webcare").benefit == 2.5
    assert cell(table, "webcare", "benefit").data() == "2,5"
    assert '"benefit": 2.5' in plan_file.dumps(document.plan)
    assert undo_stack.count() == 1
    undo_stack.undo()
    assert plan_file.dumps(document.plan) == before


def test_a_rating_typed_with_a_dot_in_dutch_is_a_decimal_too(dutch, table, document, qtbot):
    """A rating box shows no thousands, so a Dutch "3.5" (the number pad's key) rates 3.5, not 35."""
    type_into_cell(table, qtbot, cell(table, "webcare", "benefit"), "3.5", RatingSpinBox)
    assert document.plan.initiative("webcare").benefit == 3.5


@pytest.mark.parametrize("typed", ["4-1-2027", "4 jan 2027"])
def test_a_start_typed_the_dutch_way_fixes_that_date(dutch, table, document, qtbot, typed):
    """A start typed day-first or with the month's name fixes 4 January 2027, saved as ISO."""
    type_into_cell(table, qtbot, cell(table, "livestream", "start"), typed, QDateEdit)
    item = document.plan.initiative("livestream")
    assert (item.start, item.fixed_start) == (dt.date(2027, 1, 4), True)
    assert '"start": "2027-01-04"' in plan_file.dumps(document.plan)


def test_the_dutch_table_sorts_dates_by_time_not_by_text(dutch, table, document):
    """Sorting the start column orders by date, though "10 feb" comes before "4 jan" as text."""
    model = table.model().sourceModel()
    model.sort(column_of("start"))
    starts = [model.index(row, column_of("start")).data(SORT_ROLE) for row in range(model.rowCount())]
    dated = [s for s in starts if s is not None]
    assert dated == sorted(dated) and len(set(dated)) > 3


def test_the_english_table_keeps_decimal_points_and_writes_months_first(us_english, table, document, qtbot):
    """In English the table shows "3.5" and "Jan 4, 2027", and a typed "2.5" rates 2.5."""
    assert cell(table, "experiment-budget", "benefit").data() == "3.5"
    assert plain(cell(table, "goal-workshops", "start").data()) == "Jan 4, 2027"
    type_into_cell(table, qtbot, cell(table, "webcare", "benefit"), "2.5", RatingSpinBox)
    assert document.plan.initiative("webcare").benefit == 2.5


# ------------------------------------------------------------------ details panel, strategy, settings


def test_the_dutch_details_panel_reads_and_writes_the_dutch_way(dutch, qtbot, document, undo_stack):
    """The panel shows "3,6" and Dutch dates, and takes "2,5" as a rating and "4-1-2027" as a start."""
    panel = DetailsPanel(document, undo_stack)
    qtbot.addWidget(panel)
    panel.resize(320, 900)
    panel.show()
    panel.set_initiative("activation-campaign")  # a fixed start, so the date box is open to typing
    assert panel.fact_labels["scheduled"].text().endswith("2027")
    assert "mei 2027" in panel.start_edit.text()
    spin = panel.rating_editors["benefit"].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "2,5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert document.plan.initiative("activation-campaign").benefit == 2.5
    panel.start_edit.lineEdit().selectAll()
    qtbot.keyClicks(panel.start_edit.lineEdit(), "4-1-2027")
    qtbot.keyClick(panel.start_edit, Qt.Key.Key_Return)
    assert document.plan.initiative("activation-campaign").start == dt.date(2027, 1, 4)
    assert panel.start_edit.text() == "4 jan 2027"
    saved = plan_file.dumps(document.plan)
    assert '"benefit": 2.5' in saved and '"start": "2027-01-04"' in saved


def test_a_dutch_kpi_takes_thousands_with_dots_and_a_dutch_date(dutch, qtbot, document, undo_stack):
    """A KPI baseline typed "1.234,5" is 1234.5, a target date "4 jan 2027" is ISO in the file; undo restores."""
    view = StrategyView(document, undo_stack)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    table = view.objectives.kpi_table
    before = plan_file.dumps(document.plan)
    table.item(0, 2).setText("1.234,5")
    table.item(0, 5).setText("4 jan 2027")
    kpi = document.plan.objectives[0].kpis[0]
    assert (kpi.baseline, kpi.target_date) == (1234.5, dt.date(2027, 1, 4))
    assert (table.item(0, 2).text(), plain(table.item(0, 5).text())) == ("1.234,5", "4 jan 2027")
    saved = plan_file.dumps(document.plan)
    assert '"baseline": 1234.5' in saved and '"target_date": "2027-01-04"' in saved
    while undo_stack.canUndo():
        undo_stack.undo()
    assert plan_file.dumps(document.plan) == before


def test_a_dutch_kpi_refuses_a_date_it_cannot_read(dutch, qtbot, document, undo_stack):
    """Text that is no date in a KPI date cell changes nothing and says so in Dutch."""
    view = StrategyView(document, undo_stack)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.message) as signal:
        view.objectives.kpi_table.item(0, 3).setText("volgende week")
    assert signal.args[0] == "“volgende week” is geen datum."
    assert undo_stack.count() == 0


def test_dutch_plan_settings_take_a_dutch_start_and_weights(dutch, qtbot, document, undo_stack):
    """The settings dialog shows Dutch dates and shares, and reads "0,3" and "4-1-2028" back."""
    dialog = PlanSettingsDialog(document, None, undo_stack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.weights_label.text() == "20% / 80%"
    assert dialog.start_edit.text() == plain(date_text(document.plan.start))
    for box, typed in ((dialog.technical_weight, "0,3"), (dialog.organisational_weight, "0.7"),
                       (dialog.start_edit, "4-1-2028")):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        box.interpretText()
    dialog.accept()
    assert document.plan.start == dt.date(2028, 1, 4)
    assert (document.plan.effort_weights.technical, document.plan.effort_weights.organisational) == (0.3, 0.7)
    assert '"start": "2028-01-04"' in plan_file.dumps(document.plan)


# ------------------------------------------------------------------ typing a whole date over the box


def type_over_box(view, qtbot, index, keys):
    """Open the cell's editor with F2, select all with Ctrl+A and type ``keys`` as a keyboard sends them."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QDateEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, keys)
    typed = editor.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    return typed


@pytest.mark.parametrize("typed", ["4-1-2027", "4 januari 2027", "2027-01-04"])
def test_a_whole_date_typed_over_a_selected_start_cell_is_read_whole(dutch, table, document, undo_stack,
                                                                      qtbot, typed):
    """Ctrl+A then "4-1-2027" shows as typed and fixes 4 January, not a date built section by section."""
    assert type_over_box(table, qtbot, cell(table, "livestream", "start"), typed) == typed
    item = document.plan.initiative("livestream")
    assert (item.start, item.fixed_start) == (dt.date(2027, 1, 4), True)
    assert undo_stack.count() == 1


def test_an_unreadable_date_typed_over_a_start_cell_changes_nothing(dutch, table, document, undo_stack, qtbot):
    """Text that is no date puts back the date shown and leaves no undo step fixing it."""
    before = plan_file.dumps(document.plan)
    type_over_box(table, qtbot, cell(table, "livestream", "start"), "volgende week")
    assert plan_file.dumps(document.plan) == before and undo_stack.count() == 0


def test_a_start_editor_closed_on_its_own_date_fixes_nothing(dutch, table, document, undo_stack, qtbot):
    """Enter on the scheduled start as shown leaves it free: the date did not change."""
    index = cell(table, "livestream", "start")
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QDateEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert not document.plan.initiative("livestream").fixed_start and undo_stack.count() == 0


def test_a_date_box_reads_a_date_typed_whole_in_english(us_english, qtbot):
    """An English date box takes "1/4/2027" and "Feb 12, 2027" typed over its whole text; Backspace edits them."""
    box = DateBox()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    for keys, date in (("1/4/2027", dt.date(2027, 1, 4)), ("Feb 12, 20277", dt.date(2027, 2, 12))):
        qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box, keys)
        if keys.endswith("77"):
            qtbot.keyClick(box, Qt.Key.Key_Backspace)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.date().toPython() == date
