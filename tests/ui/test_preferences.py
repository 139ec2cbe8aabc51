"""Preferences: the language chosen is remembered and shown at once, with nothing open lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

from planner import language as core_language
from planner.edits import SetFields
from ui import language
from ui.preferences_dialog import PreferencesDialog
from ui.relabel import switch
from ui.undo_commands import push_edit


@pytest.fixture
def dutch_afterwards(qapp):
    yield
    language.apply("en")


def test_preferences_remember_the_language_chosen(qapp, dutch_afterwards):
    """The dialog offers the system's language, English and Nederlands and stores the choice."""
    dialog = PreferencesDialog(QSettings())
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", "en", "nl"]
    assert dialog.language.itemText(0).startswith("System (")
    dialog.language.setCurrentIndex(2)
    assert dialog.remember() == "nl"
    assert QSettings().value(language.SETTING) == "nl"
    assert PreferencesDialog(QSettings()).language.currentData() == "nl"


def test_switching_language_remakes_the_window_and_keeps_the_work(window, qtbot, dutch_afterwards):
    """Dutch menus and tabs at once; the plan, its undo history, clean state, tab and selection stay."""
    first = window.document.plan.initiatives[0]
    push_edit(window.undo_stack, window.document, SetFields(first.id, {"title": "Renamed"}))
    window.undo_stack.setClean()
    second = window.document.plan.initiatives[1]
    push_edit(window.undo_stack, window.document, SetFields(second.id, {"title": "Also renamed"}))
    window.show_view("matrix")
    window.show_view("strategy")
    window.show_view("roadmap")
    window.filters.decision_filter.setCurrentIndex(1)  # build
    window.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # by benefit
    window.table.select_ids([second.id])
    count, clean = window.undo_stack.count(), window.undo_stack.cleanIndex()

    assert switch(window, "nl") is None
    assert core_language.current() == "nl"
    assert [m.title() for m in (a.menu() for a in window.menuBar().actions())][:2] == ["&Bestand", "B&ewerken"]
    assert window.views.tabText(0) == "&Tabel"
    assert window.views.currentIndex() == window.VIEWS.index("roadmap")
    assert window.table.selected_ids() == [second.id]
    assert window.filters.decision_filter.currentData() == {"build"}
    assert window.proxy.rowCount() == sum(1 for i in window.document.plan.initiatives if i.decision == "build")
    assert window.model.sort_column() == 1
    assert (window.undo_stack.count(), window.undo_stack.cleanIndex()) == (count, clean)
    assert window.isWindowModified()

    window.undo_stack.undo()  # reaches the new views, and no listener of the old ones is left
    assert window.model.data(window.model.index(window.model.row_of_id(second.id), 0)) == second.title
    window.undo_stack.redo()
    assert window.document.plan.initiatives[1].title == "Also renamed"
    assert window.details_dock.windowTitle() == "Details"
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the old widgets are gone
    window.open_sample()  # every view hears of it, and no listener of a deleted one is left to fail
    assert window.model.rowCount() == len(window.document.plan.initiatives)
    switch(window, "en")
    assert window.views.tabText(0) == "&Table"


def test_preferences_open_with_ctrl_comma_and_plan_settings_moved_aside(window):
    """Ctrl+, is Preferences, as on most desktops; Plan settings take Ctrl+Shift+,."""
    actions = window.actions_by_name
    assert actions["preferences"].shortcut().toString() == "Ctrl+,"
    assert actions["settings"].shortcut().toString() == "Ctrl+Shift+,"


def test_a_round_served_to_phones_delays_the_switch_until_it_ends(window, qtbot, dutch_afterwards):
    """While phones are served the window stays as it is and says when it will change; then it changes."""
    window.workshop.server = object()
    when = switch(window, "nl")
    assert when and "workshop" in when
    assert window.views.tabText(0) == "&Table"
    window.workshop.server = None
    qtbot.waitUntil(lambda: window.views.tabText(0) == "&Tabel", timeout=3000)


def test_in_dutch_a_typical_title_and_lane_read_whole_on_a_laptop(window, qtbot, dutch_afterwards):
    """At 1366×768 in Dutch the columns are sized for Dutch words: a typical title and lane are not cut."""
    from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication

    from ui.table.model import column_of
    switch(window, "nl")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.fit_docks()
    QGuiApplication.processEvents()
    table, header = window.table, window.table.horizontalHeader()
    bold = QFont(table.font())
    bold.setBold(True)
    room = header.sectionSize(column_of("title")) - table.title_minimum(0)
    assert room >= QFontMetrics(bold).horizontalAdvance("Workshops doelen & ambitie")
    assert header.sectionSize(column_of("lane")) - 16 >= table.fontMetrics().horizontalAdvance("Doelen & ambities")


def test_lang_overrides_the_language_for_one_run(qapp, tmp_path, dutch_afterwards):
    """``--lang nl`` shows the window in Dutch whatever Preferences say, without remembering it."""
    from ui.app import main
    qapp.setOrganizationName("Benefit-Effort Planner")  # as main names it, so both read one settings file
    qapp.setApplicationName("Benefit-Effort Planner")
    QSettings().setValue(language.SETTING, "en")
    assert main(["--lang", "nl", "--screenshot", str(tmp_path / "w.png"), "--size", "800x600"]) == 0
    assert core_language.current() == "nl"
    assert QSettings().value(language.SETTING) == "en"


def test_switching_keeps_the_docks_as_wide_as_they_were(window, qtbot, dutch_afterwards):
    """The details panel keeps its width and place when the window is made again in Dutch."""
    from PySide6.QtGui import QGuiApplication
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.fit_docks()
    QGuiApplication.processEvents()
    width = window.details_dock.width()
    switch(window, "nl")
    qtbot.waitUntil(lambda: abs(window.details_dock.width() - width) <= 2, timeout=2000)
    assert window.dockWidgetArea(window.details_dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_switching_to_dutch_writes_numbers_and_dates_the_dutch_way_in_the_details(window, qtbot, dutch_afterwards):
    """After a switch the remade Details panel writes "3,5" and "24 mei 2027", as the table does."""
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    language.apply("en")
    assert switch(window, "nl") is None
    window.table.select_ids(["activation-campaign"])
    panel = window.details
    qtbot.waitUntil(lambda: panel.start_edit.text().endswith("2027"))
    assert window.locale().name() == "nl_NL"
    assert panel.rating_editors["benefit"].spin.text() == "3,5"
    assert panel.start_edit.text() == "24 mei 2027"
    switch(window, "en")
    assert panel is not window.details and window.details.start_edit.locale().name() == "en_US"
