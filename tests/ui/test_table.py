"""The initiative table: model, filter proxy, cell editors and the view, on the sample plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QSpinBox

from planner.edits import AddDependency, ChangeSettings, MoveInitiative, RemoveInitiatives
from planner.model import Dependency, EffortWeights
from planner.formats.plan_file import dumps
from planner.scoring import initiative_scores
from ui.notation import date_text
from ui.table.view import InitiativeTableView
from ui.table.delegates import RatingSpinBox
from ui.table.filter import UNRATED, InitiativeFilterProxy
from ui.table.model import COLUMNS, ID_ROLE, KEYS, NO_LANE, SORT_ROLE, InitiativeTableModel, column_of

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def model(document, undo_stack):
    return InitiativeTableModel(document, undo_stack)


@pytest.fixture
def proxy(model):
    proxy = InitiativeFilterProxy()
    proxy.setSourceModel(model)
    return proxy


@pytest.fixture
def view(qtbot, document, proxy):
    view = InitiativeTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.install(document)
    view.resize(1400, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(model, initiative_id, key, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.row_of_id(initiative_id), column_of(key)).data(role)


def view_cell(view, initiative_id, key):
    """Return the view's index of ``initiative_id``'s cell in column ``key``."""
    proxy = view.model()
    source = proxy.sourceModel()
    return proxy.mapFromSource(source.index(source.row_of_id(initiative_id), column_of(key)))


def column_texts(model, key):
    return [model.index(row, column_of(key)).data() for row in range(model.rowCount())]


# ------------------------------------------------------------------ model → view


def test_columns_are_listed_in_order_and_found_by_key(model):
    """The column constant gives the agreed order, and column_of finds a column by its key."""
    assert [label for _, label in COLUMNS] == [
        "Title", "Benefit", "Technical effort", "Organisational effort", "Combined effort", "Quadrant",
        "Decision", "Lane", "Owner", "Start", "Finish", "Duration (days)"]
    assert column_of("duration_days") == 11 and KEYS[column_of("quadrant")] == "quadrant"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)] == [
        "Title", "Benefit", "Tech. effort", "Org. effort", "Effort", "Quadrant",
        "Decision", "Lane", "Owner", "Start", "Finish", "Days"]


def test_short_headers_name_the_full_column_in_their_tooltip(model):
    """A shortened header's tooltip starts with the column's full name; an unshortened one keeps its tip."""
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.headerData(column_of("technical_effort"), Qt.Orientation.Horizontal, tip).startswith(
        "Technical effort: 1 to 5")
    assert model.headerData(column_of("duration_days"), Qt.Orientation.Horizontal, tip) == \
        "Duration (days): calendar days; 0 makes a milestone"
    assert model.headerData(column_of("start"), Qt.Orientation.Horizontal, tip).startswith("Scheduled earliest")


def test_every_column_shows_the_plan(model, document):
    """Each cell of a rated, scheduled initiative shows the document's value, formatted."""
    entry = document.schedule.items["webcare"]
    shown = {key: cell(model, "webcare", key) for key in KEYS}
    assert shown == {
        "title": "Webcare team", "benefit": "4.5", "technical_effort": "2.0",
        "organisational_effort": "4.0", "combined_effort": "3.6", "quadrant": "Big bets",
        "decision": "Build", "lane": "Execution", "owner": "Customer service manager",
        "start": date_text(entry.earliest_start), "finish": date_text(entry.earliest_finish),
        "duration_days": "60"}
    assert cell(model, "webcare", "combined_effort") == f"{initiative_scores(document.plan.initiative('webcare'), document.plan).effort:.1f}"
    assert cell(model, "webcare", "title", ID_ROLE) == "webcare"
    assert "within a few hours" in cell(model, "webcare", "title", Qt.ItemDataRole.ToolTipRole)


def test_numbers_are_right_aligned_and_text_left_aligned(model):
    """Ratings, combined effort and duration sit right; text columns sit left."""
    align = Qt.ItemDataRole.TextAlignmentRole
    for key in ("benefit", "technical_effort", "organisational_effort", "combined_effort", "duration_days"):
        assert cell(model, "webcare", key, align) & Qt.AlignmentFlag.AlignRight
    for key in ("title", "quadrant", "lane", "owner"):
        assert cell(model, "webcare", key, align) & Qt.AlignmentFlag.AlignLeft


def test_unrated_and_unscheduled_cells_are_blank(model, document):
    """An unrated milestone has empty ratings and quadrant; an ignored initiative has no dates."""
    for key in ("benefit", "technical_effort", "organisational_effort", "combined_effort", "quadrant"):
        assert cell(model, "strategy-approved", key) == ""
        assert cell(model, "strategy-approved", key, SORT_ROLE) is None
    assert cell(model, "own-app", "start") == "" and cell(model, "own-app", "finish") == ""
    assert cell(model, "own-app", "decision") == "Ignore"


def test_critical_path_titles_and_fixed_starts_are_bold(model, document):
    """Titles on the critical path are bold, others not; a fixed start is bold."""
    font = Qt.ItemDataRole.FontRole
    for initiative_id in document.schedule.critical_path():
        assert cell(model, initiative_id, "title", font).bold()
    assert cell(model, "tone-of-voice", "title", font) is None
    assert cell(model, "activation-campaign", "start", font).bold()


def test_view_paints_the_model(view, document):
    """The view shows every initiative and the texts the model gives."""
    assert view.model().rowCount() == len(document.plan.initiatives)
    assert view_cell(view, "webcare", "quadrant").data() == "Big bets"
    assert not view.verticalHeader().isVisible()
    title = column_of("title")
    header = view.horizontalHeader()
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != title)
    assert header.sectionSize(title) == max(view.title_minimum(), view.viewport().width() - others)


# ------------------------------------------------------------------ view → model


@pytest.mark.parametrize(("key", "value", "field", "stored", "text"), [
    ("title", "Webcare desk", "title", "Webcare desk", "Rename ‘Webcare team’ to ‘Webcare desk’"),
    ("benefit", 3.5, "benefit", 3.5, "Rate ‘Webcare team’ benefit 3.5"),
    ("technical_effort", 3.0, "technical_effort", 3, "Rate ‘Webcare team’ technical effort 3"),
    ("organisational_effort", "2.5", "organisational_effort", 2.5,
     "Rate ‘Webcare team’ organisational effort 2.5"),
    ("decision", "Join", "decision", "join", "Decide join for ‘Webcare team’"),
    ("lane", "Management & growth", "lane", "growth", "Set lane of ‘Webcare team’ to Management & growth"),
    ("lane", None, "lane", None, "Clear lane of ‘Webcare team’"),
    ("owner", "Service desk", "owner", "Service desk", "Set owner of ‘Webcare team’ to Service desk"),
    ("duration_days", 30, "duration_days", 30, "Set duration of ‘Webcare team’ to 30 days"),
])
def test_set_data_edits_the_document_as_one_undo_step(model, document, undo_stack, key, value,
                                                     field, stored, text):
    """Editing a cell sets the field in the document, with one undo step named for the edit."""
    assert model.setData(model.index(model.row_of_id("webcare"), column_of(key)), value, EDIT)
    item = document.plan.initiative("webcare")
    assert getattr(item, field) == stored and type(getattr(item, field)) is type(stored)
    assert undo_stack.count() == 1 and undo_stack.text(0) == text


def test_whole_ratings_are_stored_as_whole_numbers(model, document):
    """A rating of 3.0 is saved as 3, so the file does not change to 3.0."""
    model.setData(model.index(model.row_of_id("webcare"), column_of("benefit")), 3.0, EDIT)
    assert '"benefit": 3,' in dumps(document.plan)


def test_editing_start_fixes_it_in_one_step(model, document, undo_stack):
    """A start typed in sets the date and fixes it in one step; undo restores both."""
    before = dumps(document.plan)
    index = model.index(model.row_of_id("cross-links"), column_of("start"))
    assert model.setData(index, QDate(2027, 9, 1), EDIT)
    item = document.plan.initiative("cross-links")
    assert (item.start, item.fixed_start) == (dt.date(2027, 9, 1), True)
    assert undo_stack.count() == 1
    assert undo_stack.text(0) == "Fix the start of ‘Link social with website and e-mail’ on 2027-09-01"
    assert index.data() == date_text(dt.date(2027, 9, 1))
    undo_stack.undo()
    assert dumps(document.plan) == before


def test_clearing_a_fixed_start_frees_it(model, document, undo_stack):
    """Setting no date on a fixed start frees it and leaves the date as a hint."""
    model.setData(model.index(model.row_of_id("activation-campaign"), column_of("start")), None, EDIT)
    item = document.plan.initiative("activation-campaign")
    assert item.fixed_start is False and item.start == dt.date(2027, 5, 24)
    assert undo_stack.text(0) == "Free the start of ‘Activation campaign’"


@pytest.mark.parametrize("blank", [None, "", "  "])
def test_a_rating_can_be_cleared(model, document, blank):
    """An empty value makes a rating unrated, and the quadrant goes blank."""
    model.setData(model.index(model.row_of_id("webcare"), column_of("benefit")), blank, EDIT)
    assert document.plan.initiative("webcare").benefit is None
    assert cell(model, "webcare", "benefit") == "" and cell(model, "webcare", "quadrant") == ""


def test_computed_columns_follow_a_rating_at_once(model, qtbot):
    """Changing organisational effort updates combined effort and quadrant, with dataChanged."""
    row = model.row_of_id("cross-links")
    assert cell(model, "cross-links", "quadrant") == "Fill-ins"
    with qtbot.waitSignal(model.dataChanged, timeout=0) as changed:
        model.setData(model.index(row, column_of("organisational_effort")), 5, EDIT)
    top, bottom = changed.args[:2]
    assert top.row() <= row <= bottom.row() and top.column() == 0 and bottom.column() == len(COLUMNS) - 1
    assert cell(model, "cross-links", "combined_effort") == "4.4"
    assert cell(model, "cross-links", "quadrant") == "Money pits"


def test_finish_and_later_starts_follow_a_duration(model, document):
    """A longer duration moves the finish and the start of what depends on it."""
    finish, webcare_start = cell(model, "policy", "finish", SORT_ROLE), cell(model, "webcare", "start", SORT_ROLE)
    model.setData(model.index(model.row_of_id("policy"), column_of("duration_days")), 100, EDIT)
    assert cell(model, "policy", "finish", SORT_ROLE) > finish
    assert cell(model, "webcare", "start", SORT_ROLE) > webcare_start
    assert cell(model, "policy", "finish") == date_text(document.schedule.items["policy"].earliest_finish)


@pytest.mark.parametrize(("key", "value"), [
    ("title", "Webcare desk"), ("benefit", 1), ("technical_effort", None),
    ("organisational_effort", 5), ("decision", "ignore"), ("lane", "Goals & ambitions"),
    ("owner", ""), ("start", QDate(2028, 2, 29)), ("duration_days", 0),
])
def test_edit_undo_redo_restores_the_same_file(model, document, undo_stack, key, value):
    """An edit, its undo and its redo leave exactly the file texts before and after."""
    before = dumps(document.plan)
    assert model.setData(model.index(model.row_of_id("webcare"), column_of(key)), value, EDIT)
    after = dumps(document.plan)
    assert after != before
    undo_stack.undo()
    assert dumps(document.plan) == before
    undo_stack.redo()
    assert dumps(document.plan) == after


@pytest.mark.parametrize(("key", "value", "message"), [
    ("title", "", "an initiative needs a title"),
    ("benefit", 7, "7 is outside the scale 1–5"),
    ("benefit", "lots", "“lots” is not a number"),
    ("lane", "Nowhere", "there is no lane called “Nowhere”"),
    ("decision", "maybe", '"maybe" is not a decision (use one of build, join, ignore, undecided)'),
    ("duration_days", -3, "-3 days is not a duration (use 0 to 36500)"),
    ("start", "next week", "“next week” is not a date; write it as 2027-03-01"),
])
def test_a_refused_edit_says_why_and_changes_nothing(model, document, undo_stack, qtbot, key, value, message):
    """An edit the core refuses emits edit_refused with its sentence and leaves no trace."""
    before = dumps(document.plan)
    with qtbot.waitSignal(model.edit_refused, timeout=0) as refused:
        ok = model.setData(model.index(model.row_of_id("webcare"), column_of(key)), value, EDIT)
    assert ok is False and refused.args == [message]
    assert dumps(document.plan) == before and undo_stack.count() == 0


def test_setting_the_same_value_leaves_no_undo_step(model, undo_stack):
    """Committing an editor without a change does not fill the undo history."""
    assert model.setData(model.index(model.row_of_id("webcare"), column_of("benefit")), 4.5, EDIT)
    assert model.setData(model.index(model.row_of_id("webcare"), column_of("lane")), "Execution", EDIT)
    assert undo_stack.count() == 0


def test_calculated_columns_are_read_only(model):
    """Combined effort, quadrant and finish cannot be edited; the rest can."""
    editable = {key for key in KEYS
                if model.flags(model.index(0, column_of(key))) & Qt.ItemFlag.ItemIsEditable}
    assert editable == {"title", "benefit", "technical_effort", "organisational_effort", "decision",
                        "lane", "owner", "start", "duration_days"}
    assert not model.setData(model.index(0, column_of("quadrant")), "Quick win", EDIT)


# ------------------------------------------------------------------ cell editors


def open_editor(view, qtbot, index, kind):
    """Open the cell editor at ``index`` as a user would (F2) and return it once it has focus."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), kind))
    return QApplication.focusWidget()


def press_enter(view, qtbot, editor):
    """Press Enter in ``editor``; the delegate commits and closes it on the next event loop pass."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_rating_editor_shows_and_commits_a_rating(view, qtbot, document):
    """The rating spin box starts at the current rating, and typing a value plus Enter saves it."""
    editor = open_editor(view, qtbot, view_cell(view, "webcare", "benefit"), RatingSpinBox)
    assert editor.value() == 4.5 and editor.maximum() == 5 and editor.singleStep() == 0.5
    editor.selectAll()
    qtbot.keyClicks(editor, "2.5")
    press_enter(view, qtbot, editor)
    assert document.plan.initiative("webcare").benefit == 2.5
    assert view_cell(view, "webcare", "benefit").data() == "2.5"


def test_rating_editor_clears_a_rating_when_emptied(view, qtbot, document):
    """Deleting the spin box's text and pressing Enter leaves the initiative unrated."""
    editor = open_editor(view, qtbot, view_cell(view, "webcare", "organisational_effort"), RatingSpinBox)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    press_enter(view, qtbot, editor)
    assert document.plan.initiative("webcare").organisational_effort is None


def test_rating_editor_reads_unrated_below_the_scale(view, qtbot, document):
    """Stepping below the scale's minimum shows “Unrated” and commits no rating."""
    editor = open_editor(view, qtbot, view_cell(view, "tiktok-channel", "technical_effort"), RatingSpinBox)
    assert editor.value() == 1
    editor.stepDown()
    assert editor.text() == "Unrated" and editor.rating() is None
    press_enter(view, qtbot, editor)
    assert document.plan.initiative("tiktok-channel").technical_effort is None


def test_decision_editor_offers_every_decision(view, qtbot, document, undo_stack):
    """The decision combo starts on the current decision and commits the chosen one."""
    editor = open_editor(view, qtbot, view_cell(view, "livestream", "decision"), QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Build", "Join", "Ignore", "Undecided"]
    assert editor.currentData() == "undecided"
    editor.setCurrentIndex(editor.findData("ignore"))
    press_enter(view, qtbot, editor)
    assert document.plan.initiative("livestream").decision == "ignore"
    assert undo_stack.text(0) == "Decide ignore for ‘Monthly livestream show’"


def test_lane_editor_offers_no_lane_and_every_lane(view, qtbot, document):
    """The lane combo lists “No lane” and the lane names; choosing “No lane” clears the lane."""
    editor = open_editor(view, qtbot, view_cell(view, "webcare", "lane"), QComboBox)
    names = [editor.itemText(i) for i in range(editor.count())]
    assert names == ["No lane", *(lane.name for lane in document.plan.lanes)]
    assert editor.currentText() == "Execution"
    editor.setCurrentIndex(0)
    press_enter(view, qtbot, editor)
    assert document.plan.initiative("webcare").lane is None
    assert view_cell(view, "webcare", "lane").data() == NO_LANE


def test_start_editor_fixes_the_chosen_date(view, qtbot, document):
    """The date editor shows the scheduled start in the locale's form and fixes the date committed."""
    editor = open_editor(view, qtbot, view_cell(view, "cross-links", "start"), QDateEdit)
    scheduled = document.schedule.items["cross-links"].earliest_start
    assert editor.date().toPython() == scheduled and editor.calendarPopup()
    assert editor.text() == date_text(scheduled).replace("\u00a0", " ")
    editor.setDate(QDate(2027, 10, 4))
    press_enter(view, qtbot, editor)
    item = document.plan.initiative("cross-links")
    assert (item.start, item.fixed_start) == (dt.date(2027, 10, 4), True)
    assert view_cell(view, "cross-links", "start").data() == date_text(dt.date(2027, 10, 4))


def test_duration_editor_commits_whole_days(view, qtbot, document):
    """The duration spin box allows 0 to 36500 days and commits the value typed."""
    editor = open_editor(view, qtbot, view_cell(view, "webcare", "duration_days"), QSpinBox)
    assert (editor.minimum(), editor.maximum(), editor.value()) == (0, 36_500, 60)
    editor.selectAll()
    qtbot.keyClicks(editor, "45")
    press_enter(view, qtbot, editor)
    assert document.plan.initiative("webcare").duration_days == 45


def test_delegate_set_model_data_goes_through_the_proxy(view, qtbot, document, undo_stack):
    """A delegate's setModelData, given proxy indexes, edits the right initiative."""
    view.model().set_search("tone")
    index = view_cell(view, "tone-of-voice", "benefit")
    delegate = view.itemDelegateForColumn(column_of("benefit"))
    editor = delegate.createEditor(view.viewport(), None, index)
    delegate.setEditorData(editor, index)
    editor.set_rating(5)
    delegate.setModelData(editor, view.model(), index)
    editor.deleteLater()
    assert document.plan.initiative("tone-of-voice").benefit == 5
    assert undo_stack.count() == 1


# ------------------------------------------------------------------ sorting


def sort_keys(model, key):
    return [model.index(row, column_of(key)).data(SORT_ROLE) for row in range(model.rowCount())]


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_orders_rows_with_blanks_last(model, key, order):
    """Sorting by any column orders its values either way, with blank values always last."""
    model.sort(column_of(key), order)
    keys = sort_keys(model, key)
    values = [k for k in keys if k is not None]
    assert keys == values + [None] * (len(keys) - len(values))
    assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_sorting_by_benefit_and_title(model):
    """Benefit sorts numerically with the unrated milestones last; title ignores case."""
    model.sort(column_of("benefit"), Qt.SortOrder.DescendingOrder)
    benefits = column_texts(model, "benefit")
    assert benefits[:3] == ["4.5", "4.5", "4.5"] and benefits[-2:] == ["", ""]
    model.sort(column_of("title"), Qt.SortOrder.AscendingOrder)
    titles = column_texts(model, "title")
    assert titles == sorted(titles, key=str.casefold) and titles[0] == "Activation campaign"


def test_sort_column_minus_one_is_plan_order(model, document):
    """Sorting by column -1 shows the plan's own order again."""
    model.sort(column_of("title"))
    model.sort(-1)
    assert [model.id_at(r) for r in range(model.rowCount())] == [i.id for i in document.plan.initiatives]


def test_clicking_a_header_sorts_through_the_proxy_and_keeps_the_selection(view, qtbot):
    """A header click sorts the source model; the selected rows stay selected."""
    view.select_ids(["webcare", "tiktok-channel"])
    section = view.horizontalHeader().sectionViewportPosition(column_of("benefit")) + 10
    qtbot.mouseClick(view.horizontalHeader().viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(section, 5))
    source = view.source_model()
    assert source.sort_column() == column_of("benefit")
    assert view.model().sortColumn() == -1  # the proxy itself never sorts
    benefits = [view.model().index(r, column_of("benefit")).data() for r in range(view.model().rowCount())]
    assert benefits[-2:] == ["", ""]
    assert sorted(view.selected_ids()) == ["tiktok-channel", "webcare"]
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    assert [view.model().index(r, 0).data(ID_ROLE) for r in rows] == view.selected_ids()


@pytest.mark.parametrize("every", [1, 3])
def test_a_sort_keeps_the_selection_without_telling_selection_listeners(view, qtbot, every):
    """Whole or scattered, the selection survives a sort and selectionChanged stays quiet."""
    source = view.source_model()
    if every == 1:
        view.selectAll()
    else:
        view.select_ids([source.id_at(r) for r in range(0, source.rowCount(), every)])
    before = sorted(view.selected_ids())
    current = view.currentIndex().data(ID_ROLE)
    with qtbot.assertNotEmitted(view.selectionModel().selectionChanged):
        view.sortByColumn(column_of("owner"), Qt.SortOrder.DescendingOrder)
    assert sorted(view.selected_ids()) == before
    assert view.currentIndex().data(ID_ROLE) == current
    selected_rows = {i.row() for i in view.selectionModel().selectedRows()}
    assert {view.model().index(r, 0).data(ID_ROLE) for r in selected_rows} == set(before)


def test_a_third_header_click_returns_to_plan_order(view, qtbot, document):
    """Clicking a header cycles ascending, descending, and back to the plan's own order."""
    header = view.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column_of("title")) + 10, 5)
    source = view.source_model()
    seen = []
    for _ in range(3):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        seen.append((source.sort_column(), source.sort_order()))
    assert seen[:2] == [(0, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder)]
    assert seen[2][0] == -1
    assert [source.id_at(r) for r in range(source.rowCount())] == [i.id for i in document.plan.initiatives]


def test_an_edit_after_sorting_does_not_move_the_row(model, document):
    """After a sort, editing the sorted column keeps the row in place and shows the new value."""
    model.sort(column_of("benefit"), Qt.SortOrder.DescendingOrder)
    top = model.id_at(0)
    model.setData(model.index(0, column_of("benefit")), 1, EDIT)
    assert model.id_at(0) == top and model.index(0, column_of("benefit")).data() == "1.0"
    assert document.plan.initiative(top).benefit == 1


def test_models_pass_the_model_tester_sorted_and_filtered(qtmodeltester, model, proxy):
    """The source model and the proxy keep Qt's model rules, plain, sorted and filtered."""
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.sort(column_of("combined_effort"), Qt.SortOrder.DescendingOrder)
    proxy.set_decisions({"build"})
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


# ------------------------------------------------------------------ filters


def proxy_ids(proxy):
    return {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}


@pytest.mark.parametrize(("text", "expected"), [
    ("WEBCARE", {"webcare"}),  # title, any case
    ("ring-fence", {"experiment-budget"}),  # description
    ("community manager", {"platform-launch", "community-mgmt"}),  # owner
])
def test_search_matches_title_description_and_owner(proxy, text, expected):
    """The search keeps rows whose title, description or owner contains the text."""
    proxy.set_search(text)
    assert proxy_ids(proxy) == expected
    proxy.set_search("")
    assert proxy.rowCount() == 22


def test_filters_by_decision_quadrant_and_lane(proxy, document):
    """Decision, quadrant (with unrated) and lane filters each keep only their rows, and combine."""
    proxy.set_decisions({"ignore"})
    assert proxy_ids(proxy) == {"own-app", "tiktok-channel"}
    proxy.set_decisions(None)
    proxy.set_quadrants({UNRATED})
    assert proxy_ids(proxy) == {"strategy-approved", "platform-launch"}
    proxy.set_quadrants({"quick win", "fill-in"})
    expected = {i.id for i in document.plan.initiatives
                if initiative_scores(i, document.plan).quadrant in ("quick win", "fill-in")}
    assert proxy_ids(proxy) == expected
    proxy.set_quadrants(None)
    proxy.set_lane("goals")
    assert proxy_ids(proxy) == {"goal-workshops", "experiment-budget", "strategy-approved"}
    proxy.set_decisions({"build"})
    proxy.set_search("board")
    assert proxy_ids(proxy) == {"strategy-approved"}
    proxy.set_lane(None), proxy.set_decisions(None), proxy.set_search("")
    assert proxy.rowCount() == len(document.plan.initiatives)


def test_a_filtered_row_follows_an_edit(proxy, model, document):
    """A row leaves a decision filter once its decision no longer matches."""
    proxy.set_decisions({"ignore"})
    model.setData(model.index(model.row_of_id("own-app"), column_of("decision")), "build", EDIT)
    assert proxy_ids(proxy) == {"tiktok-channel"}


def test_select_ids_selects_shown_rows_and_selected_ids_reads_them(view):
    """select_ids selects the shown rows of those ids; selected_ids returns them top to bottom."""
    view.select_ids(["webcare", "goal-workshops", "no-such-id"])
    assert view.selected_ids() == ["goal-workshops", "webcare"]
    view.model().set_lane("execution")
    view.select_ids(["webcare", "goal-workshops"])
    assert view.selected_ids() == ["webcare"]
    view.select_ids([])
    assert view.selected_ids() == []


def test_select_ids_can_start_renaming(view, qtbot):
    """select_ids with edit_title opens the title editor of the first id."""
    view.select_ids(["webcare"], edit_title=True)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    assert view.currentIndex().column() == column_of("title")
    assert view.currentIndex().data(ID_ROLE) == "webcare"


# ------------------------------------------------------------------ other document changes


def test_removing_and_restoring_an_initiative_keeps_the_models_consistent(
        qtmodeltester, document, model, proxy):
    """A removal and its undo reset the rows, keep the sort, and keep both models valid."""
    proxy.sort(column_of("benefit"), Qt.SortOrder.AscendingOrder)
    proxy.set_lane("execution")
    inverse = document.apply(RemoveInitiatives(("webcare", "tiktok-channel")))
    assert model.rowCount() == 20 and "webcare" not in proxy_ids(proxy)
    with pytest.raises(KeyError):
        model.row_of_id("webcare")
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    document.apply(inverse)
    assert model.rowCount() == 22 and "webcare" in proxy_ids(proxy)
    keys = sort_keys(model, "benefit")
    assert [k for k in keys if k is not None] == sorted(k for k in keys if k is not None)
    assert [model.id_at(model.row_of_id(i.id)) for i in document.plan.initiatives] == \
        [i.id for i in document.plan.initiatives]
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_moving_an_initiative_shows_the_new_plan_order(model, document):
    """In plan order, a moved initiative shows at its new position."""
    document.apply(MoveInitiative("webcare", 0))
    assert model.id_at(0) == "webcare"
    assert model.index(0, column_of("title")).data() == "Webcare team"


def test_settings_change_updates_computed_columns_and_headers(model, document, qtbot):
    """New effort weights change combined effort and quadrant, and the header tooltip follows."""
    with qtbot.waitSignal(model.headerDataChanged, timeout=0):
        document.apply(ChangeSettings({"effort_weights": EffortWeights(1, 1)}))
    assert cell(model, "policy", "combined_effort") == "2.5"
    assert cell(model, "policy", "quadrant") == "Quick wins"
    assert "50% technical" in model.headerData(column_of("combined_effort"), Qt.Orientation.Horizontal,
                                               Qt.ItemDataRole.ToolTipRole)


def test_quadrant_names_show_and_keep_sorting_and_filtering_by_quadrant(model, proxy, document, qtbot):
    """Renamed quadrants show in the column; sorting and the filter still go by the quadrant itself."""
    model.sort(column_of("quadrant"))
    order = [model.id_at(r) for r in range(model.rowCount())]
    names = {**document.plan.quadrant_names, "quick win": "Zebra", "money pit": "Aardvark"}
    with qtbot.waitSignal(model.dataChanged, timeout=0):
        document.apply(ChangeSettings({"quadrant_names": names}))
    assert cell(model, "baseline", "quadrant") == "Zebra"
    assert cell(model, "own-app", "quadrant") == "Aardvark"
    assert cell(model, "cross-links", "quadrant") == "Fill-ins"
    assert [model.id_at(r) for r in range(model.rowCount())] == order
    model.sort(column_of("quadrant"))
    assert [model.id_at(r) for r in range(model.rowCount())] == order
    proxy.set_quadrants({"quick win"})
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == {
        i.id for i in document.plan.initiatives if initiative_scores(i, document.plan).quadrant == "quick win"}


def test_a_new_dependency_moves_the_dependent_start(model, document, qtbot):
    """Adding a dependency updates the start of the initiative that now waits."""
    before = cell(model, "livestream", "start", SORT_ROLE)
    with qtbot.waitSignal(model.dataChanged, timeout=0):
        document.apply(AddDependency(Dependency("community-mgmt", "livestream")))
    assert cell(model, "livestream", "start", SORT_ROLE) > before
    assert cell(model, "livestream", "start") == date_text(document.schedule.items["livestream"].earliest_start)


def test_opening_another_plan_resets_the_rows(model, document, qtbot):
    """Replacing the plan resets the model to the new plan's initiatives."""
    from planner.model import Initiative, Plan
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=0):
        document.replace(Plan(initiatives=[Initiative("a", "Alpha")]), None)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Alpha"
    assert model.index(0, column_of("lane")).data() == NO_LANE


def test_filter_by_objective_keeps_the_initiatives_serving_it(document, undo_stack):
    """Filtering by an objective keeps exactly its initiatives; the empty key keeps those serving none."""
    from ui.table.filter import NO_OBJECTIVE_FILTER
    model = InitiativeTableModel(document, undo_stack)
    proxy = InitiativeFilterProxy()
    proxy.setSourceModel(model)
    objective = document.plan.objectives[0].id
    proxy.set_objective(objective)
    shown = {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}
    assert shown and shown == {i.id for i in document.plan.initiatives if objective in i.objectives}
    proxy.set_objective(NO_OBJECTIVE_FILTER)
    shown = {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}
    assert shown == {i.id for i in document.plan.initiatives if not i.objectives}
    proxy.set_objective(None)
    assert proxy.rowCount() == len(document.plan.initiatives)


def test_titles_carry_the_colour_of_their_first_objective(model, document):
    """The title cell's swatch is the objective's colour the matrix uses, grey for none."""
    from PySide6.QtGui import QColor

    from planner.palette import NO_OBJECTIVE_COLOUR, objective_colours
    colours = objective_colours(document.plan)
    for row in range(model.rowCount()):
        item = model.initiative_at(row)
        swatch = model.index(row, column_of("title")).data(Qt.ItemDataRole.DecorationRole)
        expected = colours[item.objectives[0]] if item.objectives else NO_OBJECTIVE_COLOUR
        assert swatch == QColor(expected)
    assert model.index(0, column_of("benefit")).data(Qt.ItemDataRole.DecorationRole) is None
