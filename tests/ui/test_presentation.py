"""Presentation mode: full screen, a spotlight walk-through by keyboard, a readable caption, drag to rate."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from planner.edits import SetFields
from planner.matrix_layout import matrix_point
from planner.formats.plan_file import dumps
from ui.matrix.theme import LABEL_STEP, SMALLEST_LABEL_STEP, contrast_ratio
from ui.matrix.presentation import PresentationWindow, fitted
from ui.matrix.screens import named_screens, presentation_screens
from ui.undo_commands import push_edit

Key = Qt.Key
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, document, undo_stack):
    window = PresentationWindow(document, undo_stack)
    qtbot.addWidget(window)
    window.open()
    qtbot.waitExposed(window)
    return window


def rated_ids(document) -> list[str]:
    plan = document.plan
    return [item.id for item in plan.initiatives if matrix_point(item, plan, "combined") is not None]


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where a presenter's keys land: on the matrix, which has the focus."""
    QTest.keyClick(window.view, key, modifier)


def test_opens_frameless_and_full_screen_on_white(window):
    """open() shows a frameless, full-screen top-level window with a white background."""
    assert window.isVisible() and window.isFullScreen() and window.isWindow()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert window.view.hasFocus()
    assert window.scene.spotlight is None


def test_space_steps_the_spotlight_through_rated_initiatives_in_plan_order(window, document):
    """Each Space spotlights the next rated initiative in plan order; after the last, all are shown."""
    expected = rated_ids(document)
    seen = []
    for _ in expected:
        press(window, Key.Key_Space)
        seen.append(window.scene.spotlight)
    assert seen == expected
    press(window, Key.Key_Space)
    assert window.scene.spotlight is None


@pytest.mark.parametrize("forward, back", [(Key.Key_Space, Key.Key_Left), (Key.Key_Right, Key.Key_Up),
                                           (Key.Key_Down, Key.Key_Backspace), (Key.Key_PageDown, Key.Key_PageUp)],
                         ids=["space-left", "right-up", "down-backspace", "pagedown-pageup"])
def test_left_steps_back(window, document, forward, back):
    """The previous-keys step back by one; from the overview they go to the last initiative."""
    expected = rated_ids(document)
    for _ in range(3):
        press(window, forward)
    press(window, back)
    assert window.scene.spotlight == expected[1]
    press(window, Key.Key_Home)
    assert window.scene.spotlight is None
    press(window, back)
    assert window.scene.spotlight == expected[-1]


def test_arrow_keys_never_change_a_rating_in_presentation(window, document, undo_stack):
    """With a marker selected, arrows move the spotlight, not the marker: no edit, no undo step."""
    before = dumps(document.plan)
    window.view.select_ids([rated_ids(document)[0]])
    for key in (Key.Key_Up, Key.Key_Right, Key.Key_Down, Key.Key_Left, Key.Key_Tab):
        press(window, key)
    assert dumps(document.plan) == before and undo_stack.count() == 0


def test_the_spotlit_marker_stands_out(window, document):
    """The spotlit marker is drawn fully, the others dimmed."""
    press(window, Key.Key_Space)
    first = rated_ids(document)[0]
    assert window.scene.markers[first].opacity() == 1
    assert all(m.opacity() < 1 for iid, m in window.scene.markers.items() if iid != first)


def test_the_caption_shows_title_description_and_ratings(window, document):
    """The caption names the spotlit initiative, its description and its ratings."""
    press(window, Key.Key_Space)
    press(window, Key.Key_Space)
    item = document.plan.initiative(rated_ids(document)[1])
    assert window.heading.text() == item.title
    assert window.description.text().replace("\n", " ").startswith(item.description.split(".")[0][:30])
    # Whole, with the effort names shortened where the screen is too narrow for them (800 pixels here).
    assert window.details.text() in (f"Benefit {item.benefit:g} · technical effort {item.technical_effort:g} · "
                                     f"organisational effort {item.organisational_effort:g} · combined 2.2 · Quick wins · Build",
                                     f"Benefit {item.benefit:g} · tech. {item.technical_effort:g} · "
                                     f"org. {item.organisational_effort:g} · comb. 2.2 · Quick wins · Build")
    assert window.counter.text() == f"2 of {len(rated_ids(document))}"


def test_the_caption_is_large_and_high_contrast(window):
    """Caption type is at least 1/40 of the window's height and its text at least 7:1 on its background."""
    press(window, Key.Key_Space)
    background = window.caption.palette().color(QPalette.ColorRole.Window).name()
    for label in (window.heading, window.counter, window.description, window.details, window.notice):
        assert label.font().pixelSize() >= window.height() / 40
        assert contrast_ratio(label.palette().color(QPalette.ColorRole.WindowText).name(), background) >= 7
    assert window.scene.theme.label_px >= window.height() / 40  # the matrix's labels too


def test_a_long_description_is_cut_to_two_lines(qapp, window):
    """A description of many lines is wrapped into two, the second ending in an ellipsis."""
    font = window.description.font()
    text = fitted("word " * 400, font, 300, 2)
    assert text.count("\n") == 1 and text.endswith("…")
    assert fitted("short", font, 300, 2) == "short"


def test_an_initiative_leaving_the_matrix_leaves_the_spotlight(window, document, undo_stack):
    """Unrating the spotlit initiative clears the spotlight instead of dimming every marker."""
    press(window, Key.Key_Space)
    first = window.scene.spotlight
    push_edit(undo_stack, document, SetFields(first, {"benefit": None}))
    assert window.scene.spotlight is None
    assert all(m.opacity() == 1 for m in window.scene.markers.values())


def test_escape_closes_and_says_so(qtbot, window):
    """Esc closes the window and emits closed."""
    with qtbot.waitSignal(window.closed, timeout=1000):
        press(window, Key.Key_Escape)
    assert not window.isVisible()


def test_a_closed_window_no_longer_follows_the_document(qtbot, document, undo_stack):
    """Once closed and deleted, edits to the document do not reach the window's scene."""
    window = PresentationWindow(document, undo_stack)
    window.open()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": 2}))  # raises if it still listens
    assert document.plan.initiative("webcare").benefit == 2


def test_dragging_a_marker_rates_it_as_one_undo_step(window, document, undo_stack):
    """A mouse drag on a marker changes its benefit through the shared stack; Ctrl+Z undoes it all."""
    iid = "webcare"
    item = document.plan.initiative(iid)
    old = item.benefit
    marker = window.scene.markers[iid]
    x, _ = window.scene.transform.to_screen(*matrix_point(item, document.plan, "combined"))
    _, y = window.scene.transform.to_screen(0, 2)
    viewport = window.view.viewport()
    start = window.view.mapFromScene(marker.pos())
    middle = window.view.mapFromScene(QPointF(x, (marker.pos().y() + y) / 2))
    end = window.view.mapFromScene(QPointF(x, y))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert document.plan.initiative(iid).benefit == 2
    assert undo_stack.count() == 1
    assert window.scene.markers[iid].pos().y() == pytest.approx(y, abs=window.scene.theme.marker_radius * 2)
    press(window, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.plan.initiative(iid).benefit == old
    press(window, Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert document.plan.initiative(iid).benefit == 2
    assert start != QPoint()  # the marker was really on screen to be grabbed


def test_a_reopened_window_follows_the_document_again(qtbot, document, undo_stack):
    """Closing detaches the window; opening it again makes edits reach its matrix once more."""
    window = PresentationWindow(document, undo_stack)
    qtbot.addWidget(window)
    window.open()
    window.close()
    window.open()
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": None}))
    assert "webcare" not in window.scene.markers


def test_the_counter_is_right_from_the_first_frame(qtbot, document, undo_stack):
    """Before the first Space, and before the scene is even laid out, the caption counts the markers."""
    window = PresentationWindow(document, undo_stack)
    qtbot.addWidget(window)
    expected = f"{len(rated_ids(document))} on the matrix"
    assert window.counter.text() == expected  # built, not yet shown: the scene has no markers yet
    window.open()
    assert window.counter.text() == expected


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_labels_are_at_least_a_fortieth_of_the_screen_by_default(window, qtbot, size):
    """The painted labels' font is at least 1/40 of the window's (the screen's) height, not the matrix's."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.scene.sceneRect().width() == size[0])
    texts = [text for text, _ in window.scene.labels.values() if isinstance(text, QGraphicsSimpleTextItem)]
    assert texts and window.scene.sceneRect().height() < size[1]
    assert all(text.font().pixelSize() >= size[1] / 40 for text in texts)


def test_plus_and_minus_size_the_labels_within_limits_and_remember_it(window, qtbot, document, undo_stack):
    """+ enlarges the labels by a step, − shrinks them down to a floor; the notice says so; a new window keeps it."""
    default = window.scene.theme.label_px
    press(window, Key.Key_Plus)
    assert window.scene.theme.label_px == pytest.approx(default * LABEL_STEP)
    assert window.notice.text().startswith(f"Labels {round(default * LABEL_STEP)} px")
    for _ in range(10):
        press(window, Key.Key_Minus)
    smallest = window.scene.theme.label_px
    assert smallest == pytest.approx(default * LABEL_STEP ** SMALLEST_LABEL_STEP) and smallest >= window.height() / 60
    assert "smallest" in window.notice.text()
    again = PresentationWindow(document, undo_stack)
    qtbot.addWidget(again)
    again.open()
    again.resize(window.size())
    qtbot.waitUntil(lambda: again.scene.sceneRect().height() == window.scene.sceneRect().height())
    assert again.scene.theme.label_px == pytest.approx(smallest)


def test_l_toggles_all_labels_and_remembers_it(window, qtbot, document, undo_stack):
    """L switches the scene's all_labels on and off, says so in the caption, and a new window keeps it."""
    assert window.scene.all_labels is False
    press(window, Key.Key_L)
    assert window.scene.all_labels is True and window.notice.text().startswith("All labels shown")
    again = PresentationWindow(document, undo_stack)
    qtbot.addWidget(again)
    assert again.scene.all_labels is True
    press(window, Key.Key_L)
    assert window.scene.all_labels is False and window.notice.text().startswith("Labels where they fit")
    for key in ("+", "L"):
        assert key in window.description.text()  # the overview caption lists the new keys


def test_the_slide_shows_no_unrated_tray(window, document, undo_stack):
    """Not yet rated initiatives wait in no tray on the slide; the legend is there, whole."""
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": None}))
    texts = [item.text() for item in window.scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert window.scene.show_tray is False and window.scene.tray == {}
    assert not any(text.startswith("Not yet rated") for text in texts)
    assert "Decision" in texts


def test_a_presenter_view_follows_the_spotlight_and_takes_the_keys(qtbot, document, undo_stack):
    """Given a presenter screen, a presenter view shows now and next and the counter; its keys step the slide."""
    window = PresentationWindow(document, undo_stack)
    qtbot.addWidget(window)
    screen = window.screen()
    window.open(screen, presenter_screen=screen)  # off-screen Qt has one screen: both go on it
    presenter = window.presenter
    qtbot.waitExposed(presenter)
    order = rated_ids(document)
    plan = document.plan
    assert presenter.counter.text() == f"{len(order)} on the matrix"
    assert presenter.next_heading.text() == plan.initiative(order[0]).title
    QTest.keyClick(presenter, Key.Key_Tab)
    first, second = plan.initiative(order[0]), plan.initiative(order[1])
    assert window.scene.spotlight == first.id
    assert (presenter.heading.text(), presenter.counter.text()) == (first.title, f"1 of {len(order)}")
    assert presenter.description.text() == first.description
    assert presenter.details.text().startswith(f"Benefit {first.benefit:g}")
    assert presenter.next_heading.text() == second.title
    assert "Esc" in presenter.keys.text()
    QTest.keyClick(presenter, Key.Key_Plus)
    assert presenter.notice.text().startswith("Labels")
    with qtbot.waitSignal(window.closed, timeout=1000):
        QTest.keyClick(presenter, Key.Key_Escape)
    assert not window.isVisible() and not presenter.isVisible()


def test_one_screen_opens_no_presenter_view(window):
    """Without a presenter screen the presentation is the slide alone, as before."""
    assert window.presenter is None


class FakeScreen:
    """A stand-in for a QScreen: off-screen Qt has only one, a workshop has two."""

    def __init__(self, name, x, width, height):
        self._name, self._geometry = name, QRect(x, 0, width, height)

    def name(self):
        return self._name

    def geometry(self):
        return self._geometry


def test_the_slide_goes_to_the_second_screen_and_the_presenter_stays(qapp):
    """With a laptop and a beamer the slide goes to the beamer, the presenter view to the laptop; a choice is kept."""
    laptop, beamer = FakeScreen("eDP-1", 0, 1366, 768), FakeScreen("HDMI-1", 1366, 1024, 768)
    settings = QSettings()
    assert presentation_screens(laptop, settings, [laptop, beamer]) == (beamer, laptop)
    assert presentation_screens(laptop, settings, [laptop]) == (laptop, None)
    settings.setValue("presentation/screen", "eDP-1")
    assert presentation_screens(laptop, settings, [laptop, beamer]) == (laptop, None)


def test_view_present_on_lists_the_screens_and_remembers_the_choice(new_window):
    """View ▸ Present on offers Automatic and each screen; choosing one stores its name; F5 on one screen has no presenter."""
    main = new_window()
    main.open_sample()
    menu = main.present_on_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[0].text().startswith("Automatic") and actions[0].isChecked()
    assert len(actions) == 1 + len(QGuiApplication.screens())
    actions[1].trigger()
    assert QSettings().value("presentation/screen") == next(iter(named_screens()))
    menu.aboutToShow.emit()
    assert [a.isChecked() for a in menu.actions() if not a.isSeparator()][:2] == [False, True]
    main.present()
    assert main.presentation.isVisible() and main.presentation.presenter is None
    main.presentation.close()


TWO_SCREENS = """
import json
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
app = QApplication([])
from ui.main_window import MainWindow
laptop = next(s for s in QGuiApplication.screens() if s.name() == "eDP-1")
window = MainWindow(Path({data!r}), autosave=False)
window.open_sample()
window.setScreen(laptop)
window.setGeometry(laptop.availableGeometry().adjusted(0, 30, 0, 0))
window.show()
window.present()
app.processEvents()
slide = window.presentation
print(json.dumps({{"slide": [slide.screen().name(), slide.geometry().getRect()],
                  "presenter": [slide.presenter.screen().name(), slide.presenter.geometry().getRect()],
                  "label_px": slide.scene.theme.label_px, "tray": len(slide.scene.tray)}}))
slide.close()
window.close_without_asking(remember_layout=False)
"""


def test_f5_with_a_beamer_puts_the_slide_there_and_the_presenter_view_on_the_laptop(tmp_path):
    """Under two screens (off-screen Qt told of a laptop and a beamer) F5 fills the beamer and keeps the laptop."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "eDP-1", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "XDG_CONFIG_HOME": str(tmp_path / "settings"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", TWO_SCREENS.format(data=str(tmp_path / "data"))],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.splitlines()[-1])
    assert shown["slide"] == ["HDMI-1", [1366, 0, 1024, 768]]
    assert shown["presenter"] == ["eDP-1", [0, 0, 1366, 768]]
    assert shown["label_px"] >= 768 / 40 and shown["tray"] == 0


def label_px_of(item) -> int:
    """The type size of a title on the matrix, bare or on its backing."""
    text = item if isinstance(item, QGraphicsSimpleTextItem) else item.childItems()[0]
    return text.font().pixelSize()


def test_a_dutch_caption_shortens_the_effort_names_to_keep_quadrant_and_decision(dutch, window):
    """Where "technische inspanning … gecombineerd" would be cut, the line reads "techn. … gecomb." whole."""
    window.resize(1024, 768)
    window.spotlight("experiment-budget")
    assert window.details.text() == "Baat 3,5 · techn. 1 · org. 2,5 · gecomb. 2,2 · Quick wins · Bouwen"


@pytest.mark.parametrize("iid", ["experiment-budget", "content-calendar", "goal-workshops"])
def test_the_spotlit_title_is_never_set_smaller_than_one_step_below_the_labels(dutch, window, iid):
    """On a crowded Dutch matrix the spotlit title takes at most one step smaller type, where others may take three."""
    window.resize(1024, 768)
    window.spotlight(iid)
    label_px = window.scene.theme.label_px
    assert label_px_of(window.scene.labels[iid][0]) >= round(label_px * 0.8)
