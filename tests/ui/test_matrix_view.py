"""The matrix view: drag to rate, keys to nudge, the tray, options, and selection shared with the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from planner.edits import SetFields
from planner.formats import plan_file
from planner.scoring import initiative_scores
from ui.matrix.view import MatrixView
from ui.undo_commands import push_edit


@pytest.fixture
def view(qtbot, document, undo_stack):
    v = MatrixView(document, undo_stack)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def window(window):
    """The sample's main window, shown with the matrix in front."""
    window.resize(1600, 1000)
    window.show()
    window.show_view("matrix")
    return window


def point_of(view, data_effort, data_benefit) -> QPoint:
    """The viewport position of a data point on the matrix."""
    x, y = view.matrix.transform.to_screen(data_effort, data_benefit)
    return view.mapFromScene(x, y)


def marker_point(view, iid) -> QPoint:
    return view.mapFromScene(view.matrix.markers[iid].pos())


def drag(view, start: QPoint, path: list[QPoint]) -> None:
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for point in path:
        QTest.mouseMove(port, point)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, path[-1])


def test_every_rated_initiative_has_a_marker_and_the_unrated_wait_in_the_tray(view, document, undo_stack):
    """Markers for the rated, tray chips for the unrated but never for a milestone, nothing twice."""
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": None}))
    rated = {i.id for i in document.plan.initiatives if initiative_scores(i, document.plan).quadrant is not None}
    milestones = {i.id for i in document.plan.initiatives if i.is_milestone}
    assert set(view.matrix.markers) == rated
    assert set(view.matrix.tray) == {i.id for i in document.plan.initiatives} - rated - milestones == {"webcare"}
    assert milestones - rated  # the sample has unrated milestones, and they are not in the tray


def test_the_tray_heading_shows_only_while_something_waits(view, document, undo_stack):
    """With nothing unrated the window's tray has no heading counting zero; un-rating one brings it back."""
    def headings():
        return [item.text() for item in view.matrix.items()
                if hasattr(item, "text") and item.text().startswith("Not yet rated")]
    assert view.matrix.tray == {} and headings() == []
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": None}))
    assert headings() == ["Not yet rated (1)"]


def test_markers_sit_at_their_ratings(view, document):
    """A marker's position maps back to its benefit and combined effort."""
    item = document.plan.initiative("webcare")
    effort = initiative_scores(item, document.plan).effort
    pos = view.matrix.markers["webcare"].pos()
    got_effort, got_benefit = view.matrix.to_data(pos)
    assert got_benefit == pytest.approx(item.benefit, abs=0.05)
    assert got_effort == pytest.approx(effort, abs=0.05)


def test_dragging_a_marker_up_rates_it_by_the_snapped_amount_in_one_undo_step(view, document, undo_stack):
    """A drag in several moves changes benefit to the snapped value; one undo restores it."""
    before = plan_file.dumps(document.plan)
    item = document.plan.initiative("webcare")
    effort = initiative_scores(item, document.plan).effort
    start = marker_point(view, "webcare")
    target = point_of(view, effort, 2.1)  # snaps to 2
    path = [QPoint(start.x(), start.y() + (target.y() - start.y()) * k // 4) for k in range(1, 5)]
    drag(view, start, path)
    assert item.benefit == 2
    assert item.technical_effort == 2 and item.organisational_effort == 4  # sideways: unchanged
    assert undo_stack.count() == 1
    assert "Webcare team" in undo_stack.undoText()
    undo_stack.undo()
    assert plan_file.dumps(document.plan) == before


def test_dragging_sideways_on_combined_effort_moves_both_efforts_by_the_same_amount(view, document, undo_stack):
    """Combined mode: one step right adds the step to technical and organisational effort."""
    item = document.plan.initiative("webcare")  # technical 2, organisational 4, combined 3.6
    start = marker_point(view, "webcare")
    target = point_of(view, 4.6, item.benefit)
    hints = []
    view.message.connect(hints.append)
    drag(view, start, [QPoint((start.x() + target.x()) // 2, start.y()), target])
    assert (item.technical_effort, item.organisational_effort) == (3, 5)
    assert initiative_scores(item, document.plan).effort == pytest.approx(4.6)
    assert hints and "same amount" in hints[0]
    undo_stack.undo()
    assert (item.technical_effort, item.organisational_effort) == (2, 4)


def test_on_the_technical_axis_a_sideways_drag_changes_technical_effort_only(view, document):
    """The effort toggle decides which rating a horizontal drag changes."""
    view.set_effort_axis("technical")
    item = document.plan.initiative("webcare")
    start = marker_point(view, "webcare")
    drag(view, start, [point_of(view, 3.5, item.benefit)])
    assert (item.technical_effort, item.organisational_effort) == (3.5, 4)


def test_arrow_keys_move_the_selected_marker_one_step(view, document, undo_stack):
    """Up adds a step of benefit, Left takes a step of effort; each press is one undo step."""
    item = document.plan.initiative("webcare")
    view.select_ids(["webcare"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert item.benefit == 5
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert (item.technical_effort, item.organisational_effort) == (1.5, 3.5)
    assert undo_stack.count() == 2
    QTest.keyClick(view, Qt.Key.Key_Up)  # already at the top of the scale: nothing to do
    assert item.benefit == 5 and undo_stack.count() == 2


def test_tab_walks_through_the_rated_initiatives_in_plan_order(view, document):
    """Tab selects the next rated initiative, Shift+Tab the one before."""
    rated = [i.id for i in document.plan.initiatives if i.id in view.matrix.markers]
    seen = []
    view.selection_changed.connect(seen.append)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert seen == [[rated[0]], [rated[1]], [rated[0]]]


def test_dragging_a_tray_chip_onto_the_matrix_rates_it(view, document, undo_stack):
    """An unrated initiative dropped on the matrix takes the benefit and effort of the drop point."""
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": None, "technical_effort": None,
                                                          "organisational_effort": None}))
    iid = next(iter(view.matrix.tray))
    chip = view.mapFromScene(view.matrix.tray[iid].sceneBoundingRect().center())
    drop = point_of(view, 2, 4)
    drag(view, chip, [QPoint((chip.x() + drop.x()) // 2, chip.y()), drop])
    item = document.plan.initiative(iid)
    assert (item.benefit, item.technical_effort, item.organisational_effort) == (4, 2, 2)
    assert iid in view.matrix.markers and iid not in view.matrix.tray
    undo_stack.undo()
    assert item.benefit is None and iid in view.matrix.tray


def test_clicking_a_marker_selects_it_and_a_rubber_band_selects_several(view, qtbot):
    """A click selects one; a band drawn over empty space selects the markers inside."""
    seen = []
    view.selection_changed.connect(seen.append)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=marker_point(view, "webcare"))
    assert seen[-1] == ["webcare"]
    plot = view.matrix.plot
    corner = view.mapFromScene(plot.topLeft()) + QPoint(2, 2)
    drag(view, corner, [view.mapFromScene(plot.center())])
    assert len(seen[-1]) >= 5 and "webcare" not in seen[-1]


def test_hide_ignored_and_dependency_arrows_options(view, document):
    """Hiding ignored drops their markers; the arrow overlay draws one path per rated dependency."""
    ignored = {i.id for i in document.plan.initiatives if i.decision == "ignore"}
    assert ignored & set(view.matrix.markers)
    view.set_option("hide_ignored", True)
    assert not ignored & set(view.matrix.markers)
    view.set_option("show_dependencies", True)
    both = [d for d in document.plan.dependencies if d.from_ in view.matrix.markers and d.to in view.matrix.markers]
    arrows = [i for i in view.matrix._overlay if i.zValue() == 3]  # Z_ARROW
    assert len(arrows) == len(both) > 0


def test_labels_never_overlap_each_other_or_markers(view):
    """Every placed label box is clear of the others and of every marker."""
    boxes = [text.sceneBoundingRect() for text, _ in view.matrix.labels.values()]
    assert len(boxes) >= 15
    for i, a in enumerate(boxes):
        assert all(not a.intersects(b) for b in boxes[i + 1:])
        for marker in view.matrix.markers.values():
            assert not a.intersects(marker.sceneBoundingRect())


def test_quadrant_names_come_from_the_plan(view, document):
    """The quadrant names drawn are the plan's own words."""
    texts = {item.text() for item in view.matrix.items() if hasattr(item, "text")}
    assert {"Quick wins", "Big bets", "Fill-ins", "Money pits"} <= texts


def test_selection_is_shared_between_table_and_matrix(window):
    """Selecting in the table highlights on the matrix, and clicking a marker selects its row."""
    window.table.select_ids(["webcare"])
    assert window.matrix.selected_ids() == ["webcare"]
    window.matrix.walk(1)  # as Tab does: select the next one on the matrix
    chosen = window.matrix.selected_ids()
    assert chosen != ["webcare"]
    assert window.table.selected_ids() == chosen
    assert window.details.title_edit.text() == window.document.plan.initiative(chosen[0]).title


def test_a_drag_on_the_matrix_updates_the_table_live(window):
    """While a drag goes on, the table's benefit cell already shows the new value."""
    view = window.matrix
    item = window.document.plan.initiative("webcare")
    start = marker_point(view, "webcare")
    target = point_of(view, initiative_scores(item, window.document.plan).effort, 1.5)
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(port, target)
    row = window.model.row_of_id("webcare")
    from ui.table.model import column_of
    assert window.model.index(row, column_of("benefit")).data() == "1.5"
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert window.undo_stack.count() == 1


def test_file_export_writes_the_matrix_as_shown(window, qtbot, tmp_path, monkeypatch):
    """File ▸ Export writes a picture with the view's effort axis; a bad folder is one clear error."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QMessageBox
    window.matrix_panel.axis_button("technical").click()
    out = tmp_path / "m.png"
    assert window.exchange.export_matrix(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (3200, 2000)  # twice the size, for slides
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    missing = tmp_path / "missing" / "m.png"
    window.exchange.export_matrix(missing)
    qtbot.waitUntil(lambda: len(shown) > 0, timeout=5000)
    assert not missing.exists()
    assert len(shown) == 1 and shown[0].startswith("m.png: ")


def test_f5_presents_the_matrix_and_escape_comes_back(window, qtbot):
    """The Present action opens the full-screen matrix; Esc closes it."""
    window.actions_by_name["present"].trigger()
    presentation = window.presentation
    assert presentation.isVisible()
    with qtbot.waitSignal(presentation.closed, timeout=2000):
        QTest.keyClick(presentation, Qt.Key.Key_Escape)
    assert not presentation.isVisible()


def test_colour_and_filter_by_objective(view, document):
    """Colouring by objective gives each objective's markers its colour; the filter keeps its own."""
    from PySide6.QtGui import QColor
    from planner.palette import NO_OBJECTIVE_COLOUR
    plan = document.plan
    view.set_option("colour_by", "objective")
    colours = view.matrix.objective_colours()
    for iid, marker in view.matrix.markers.items():
        item = plan.initiative(iid)
        expected = colours[item.objectives[0]] if item.objectives else NO_OBJECTIVE_COLOUR
        assert marker.pen().color() == QColor(expected)
    objective = plan.objectives[0].id
    view.set_option("objective_filter", objective)
    serving = {i.id for i in plan.initiatives if objective in i.objectives
               and initiative_scores(i, plan).quadrant is not None}
    assert serving and set(view.matrix.markers) == serving


def test_the_dutch_tray_hint_wraps_whole_beside_a_laptop_matrix(dutch, view, document, undo_stack):
    """"Sleep er een op de matrix om het te beoordelen" takes two lines in a narrow tray, never an ellipsis."""
    view.resize(1010, 570)
    push_edit(undo_stack, document, SetFields("webcare", {"benefit": None}))
    from ui.matrix.theme import matrix_text
    whole = matrix_text("Drag one onto the matrix to rate it")
    assert whole.startswith("Sleep")
    hints = [item.text() for item in view.matrix.items() if hasattr(item, "text") and item.text().startswith("Sleep")]
    assert [" ".join(hint.split()) for hint in hints] == [whole]
