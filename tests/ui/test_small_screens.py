"""The window on the screens people have: a 1024×768 beamer and a 1366×768 laptop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QImage

from ui.app import main
from ui.placement import first_rect, fitted_rect
from ui.table.model import column_of
from ui.table.view import TITLE_CHARACTERS

SIZES = [(1024, 768), (1366, 768)]
VIEWS = ("table", "matrix", "roadmap", "strategy")


def shown(window, qtbot, size):
    """Show ``window`` at ``size`` with its docks fitted, as a first start does."""
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.fit_docks()
    QGuiApplication.processEvents()
    return window


# ------------------------------------------------------------------ where the window opens


def test_first_start_takes_most_of_the_screen_and_no_more():
    """A first start takes 90% of the available area each way, centred."""
    assert first_rect((0, 0, 1366, 740)) == (68, 37, 1229, 666)
    assert first_rect((1920, 0, 1024, 768)) == (1920 + 51, 38, 921, 691)


def test_a_window_from_a_screen_that_is_gone_opens_on_the_one_there_is():
    """A window remembered on a second screen to the right lands wholly on the laptop."""
    laptop = (0, 0, 1366, 740)
    assert fitted_rect((1500, 100, 1800, 1000), [laptop]) == (0, 0, 1366, 740)
    assert fitted_rect((1500, 100, 800, 600), [laptop]) == (566, 100, 800, 600)


def test_a_window_larger_than_its_screen_is_shrunk_onto_it():
    """A remembered 1400×860 window on a 1024×768 beamer is shrunk and moved to fit it."""
    assert fitted_rect((-50, -20, 1400, 860), [(0, 0, 1024, 768)]) == (0, 0, 1024, 768)


def test_a_window_on_a_screen_that_still_exists_stays_there():
    """With both screens present the window keeps the screen it overlaps most, and its place."""
    screens = [(0, 0, 1366, 740), (1366, 0, 1920, 1050)]
    assert fitted_rect((1500, 100, 1200, 800), screens) == (1500, 100, 1200, 800)
    assert fitted_rect((1300, 100, 1200, 800), screens) == (1366, 100, 1200, 800)


def test_a_remembered_geometry_off_every_screen_is_brought_back(new_window):
    """A window saved far off the screens there are now opens inside the available area."""
    first = new_window()
    first.setGeometry(QRect(5000, 3000, 3000, 2000))
    QSettings().setValue("window/geometry", first.saveGeometry())
    window = new_window()
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())


# ------------------------------------------------------------------ every tab fits


@pytest.mark.parametrize("size", SIZES)
def test_every_tab_fits_the_screen(window, qtbot, size):
    """No tab asks for more than 1024 px; showing each keeps the window at the screen's size."""
    shown(window, qtbot, size)
    for view in VIEWS:
        window.show_view(view)
        QGuiApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1024, view
        assert window.views.currentWidget().minimumSizeHint().width() <= 1024 - 320, view
        assert (window.width(), window.height()) == size, view


@pytest.mark.parametrize("size", SIZES)
def test_the_matrix_options_wrap_inside_the_tab(window, qtbot, size):
    """Every option above the matrix, Present included, lies within the tab, above the matrix."""
    shown(window, qtbot, size)
    window.show_view("matrix")
    QGuiApplication.processEvents()
    panel = window.matrix_panel
    controls = [*panel.axis_buttons.buttons(), panel.arrows, panel.hide_ignored, panel.colour_by,
                panel.objective, panel.present_button]
    for control in controls:
        box = QRect(control.mapTo(panel, control.rect().topLeft()), control.size())
        assert panel.rect().contains(box), control
        assert box.bottom() < panel.view.geometry().top(), control


@pytest.mark.parametrize("size", SIZES)
def test_the_title_column_keeps_a_readable_width(window, qtbot, size):
    """With the details panel open the Title column shows the first 24 characters of every sample title whole."""
    shown(window, qtbot, size)
    assert window.details_dock.isVisible()
    table = window.table
    title = table.horizontalHeader().sectionSize(column_of("title"))
    room = title - table.title_minimum(0)  # less the colour swatch and the cell's padding
    bold = QFont(table.font())
    bold.setBold(True)  # titles on the critical path are bold, the widest way a title is drawn
    widest = max(QFontMetrics(bold).horizontalAdvance(item.title[:TITLE_CHARACTERS])
                 for item in window.document.plan.initiatives)
    assert room >= widest
    # Where the other columns leave more, the title takes all of it: nothing beyond the last column.
    header = table.horizontalHeader()
    assert header.length() >= table.viewport().width()


def test_the_title_takes_what_a_hidden_column_leaves(window, qtbot):
    """Hiding the Owner column widens the title by as much, once the table is wide enough."""
    shown(window, qtbot, (1920, 1080))
    header = window.table.horizontalHeader()
    before, owner = header.sectionSize(column_of("title")), header.sectionSize(column_of("owner"))
    window.table.set_column_hidden("owner", True)
    assert header.sectionSize(column_of("title")) == before + owner


def test_lanes_and_owners_give_way_on_a_laptop_and_widen_on_a_wide_screen(window, qtbot):
    """Lane and owner elide at 1366×768 and show in full at 1920×1080; a width set by hand stays."""
    shown(window, qtbot, (1366, 768))
    header, metrics = window.table.horizontalHeader(), window.table.fontMetrics()
    full = metrics.horizontalAdvance("Plan to execution")
    assert header.sectionSize(column_of("lane")) < full
    window.resize(1920, 1080)
    QGuiApplication.processEvents()
    assert header.sectionSize(column_of("lane")) > full
    header.resizeSection(column_of("owner"), 70)
    window.resize(1366, 768)
    QGuiApplication.processEvents()
    assert header.sectionSize(column_of("owner")) == 70
    assert header.sectionSize(column_of("lane")) < full


def test_the_strategy_tab_needs_no_sideways_scrolling(window, qtbot):
    """At 1024×768 the Strategy tab stacks its columns instead of cutting off the objectives."""
    shown(window, qtbot, (1024, 768))
    window.show_view("strategy")
    QGuiApplication.processEvents()
    assert window.strategy.scroll_area.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_dutch_objective_and_audience_names_wrap_whole_in_their_lists(dutch, window, qtbot, size):
    """"Weten wat klanten over ons zeggen" wraps inside the narrow list instead of being cut."""
    shown(window, qtbot, size)
    window.show_view("strategy")
    QGuiApplication.processEvents()
    strategy = window.strategy
    for listing in (strategy.objectives.objective_list, strategy.audiences.audience_list):
        width = listing.viewport().width()
        metrics = listing.fontMetrics()
        for row in range(listing.count()):
            item, rect = listing.item(row), listing.visualItemRect(listing.item(row))
            needed = metrics.boundingRect(QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text())
            assert rect.right() < width and needed.width() <= rect.width() and needed.height() <= rect.height()


# ------------------------------------------------------------------ columns a person hides


def test_header_menu_hides_and_shows_columns_and_remembers(new_window, qtbot):
    """The header's menu lists every column but the title; a hidden column stays hidden next start."""
    window = new_window()
    window.open_sample()
    menu = window.table.header_menu()
    names = [action.text() for action in menu.actions()]
    assert "Title" not in names and names[0] == "Benefit" and "Technical effort" in names
    owner = menu.actions()[names.index("Owner")]
    assert owner.isChecked()
    owner.trigger()
    assert window.table.horizontalHeader().isSectionHidden(column_of("owner"))
    assert window.table.hidden_columns() == ["owner"]
    again = new_window()
    assert again.table.hidden_columns() == ["owner"]
    again.table.header_menu().actions()[names.index("Owner")].trigger()
    assert new_window().table.hidden_columns() == []


def test_the_title_column_cannot_be_hidden(window):
    """Asking to hide the title does nothing."""
    window.table.set_column_hidden("title", True)
    assert not window.table.horizontalHeader().isSectionHidden(column_of("title"))


# ------------------------------------------------------------------ the plan-health dock


def test_plan_health_is_one_line_until_opened_and_remembers(new_window, qtbot):
    """The dock shows a one-line summary; Show opens the list, and the choice holds next start."""
    window = shown(new_window(), qtbot, (1024, 768))
    window.open_sample()
    health = window.health
    qtbot.waitUntil(lambda: health.findings != [], timeout=2000)
    assert not health.expanded and health.toggle.text() == "Show"
    assert health.summary.text().startswith(f"{len(health.findings)} findings: 1 error")
    assert window.health_dock.height() < 80
    health.toggle.click()
    assert health.expanded and health.list.isVisible() and health.toggle.text() == "Hide"
    qtbot.waitUntil(lambda: window.health_dock.height() >= 120, timeout=2000)
    assert new_window().health.expanded
    health.toggle.click()
    assert not new_window().health.expanded


# ------------------------------------------------------------------ screenshots


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_has_exactly_the_size_asked_for(qapp, tmp_path, view, size):
    """`--screenshot OUT --size WxH --view V` writes a W×H picture for every tab."""
    out = tmp_path / f"{view}.png"
    assert main(["--screenshot", str(out), "--size", "{}x{}".format(*size), "--view", view]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == size



def test_every_decision_fits_its_column_whole_however_long_it_reads(dutch, new_window):
    """A decision longer than any sample ("Nog niet besloten") shows whole: the decisions size the column."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from planner.model import DECISIONS
    from ui.table.model import column_of, decision_text

    class Longer(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "Nog niet besloten" if (context, source) == ("Decision", "Undecided") else None
    longer = Longer()
    QCoreApplication.installTranslator(longer)
    try:
        window = new_window()
        window.open_sample()
        table = window.table
        width = table.columnWidth(column_of("decision"))
        assert decision_text("undecided") == "Nog niet besloten"
        assert all(table.fontMetrics().horizontalAdvance(decision_text(d)) + 12 <= width for d in DECISIONS)
    finally:
        QCoreApplication.removeTranslator(longer)


def test_the_dutch_search_field_keeps_room_at_1024(dutch, window, qtbot):
    """At 1024×768 the search field shows the start of its hint and each filter its whole "Alle …"."""
    shown(window, qtbot, (1024, 768))
    bar = window.filters
    metrics = bar.search.fontMetrics()
    assert bar.search.width() >= metrics.horizontalAdvance("Zoek in titels")
    for combo in (bar.decision_filter, bar.quadrant_filter, bar.lane_filter, bar.objective_filter):
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 20
    assert bar.mapTo(window, bar.rect().topRight()).x() < window.details_dock.x()
