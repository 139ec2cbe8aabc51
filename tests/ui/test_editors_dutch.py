"""The details panel, the Strategy tab and the plan health dock speak Dutch when the window does."""

from __future__ import annotations

from planner.health import Finding
from ui.details.panel import DetailsPanel
from ui.strategy.health_panel import summary
from ui.strategy.view import StrategyView


def test_the_details_panel_names_its_fields_in_dutch(dutch, qtbot, document, undo_stack):
    """Labels, choices and computed facts of the panel are Dutch."""
    panel = DetailsPanel(document, undo_stack)
    qtbot.addWidget(panel)
    panel.set_initiative("webcare")
    assert panel.facts.title() == "Berekend"
    assert [panel.decision_combo.itemText(i) for i in range(4)] == ["Bouwen", "Aansluiten", "Negeren",
                                                                    "Onbeslist"]
    assert panel.lane_combo.itemText(0) == "Geen baan"
    assert panel.fact_labels["critical"].text() in ("Ja, op het kritieke pad", "Nee")
    assert panel.predecessors.title() == "V&oorgangers (eerst klaar)"


def test_the_strategy_tab_asks_its_questions_in_dutch(dutch, qtbot, document, undo_stack):
    """Boxes, readiness questions and answers, and the KPI headers are Dutch."""
    view = StrategyView(document, undo_stack)
    qtbot.addWidget(view)
    assert view.objectives.title() == "Doelstellingen" and view.audiences.title() == "Doelgroepen"
    combo = view.status_combos["experiment_budget"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ja", "Deels", "Nee", "Onbekend"]
    headers = [view.objectives.kpi_table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Naam", "Eenheid", "Nulmeting"]


def test_the_health_summary_counts_in_dutch_singular_and_plural(dutch):
    """One finding is "bevinding", more are "bevindingen"; each severity likewise."""
    findings = [Finding("a", "error", "x"), Finding("b", "warning", "y"), Finding("c", "warning", "z")]
    assert summary(findings) == "3 bevindingen: 1 fout, 2 waarschuwingen"
    assert summary(findings[:1]) == "1 bevinding: 1 fout"
    assert summary([]) == "Geen bevindingen: het plan doorstaat elke controle"


def test_the_strategy_tab_writes_shares_as_the_board_pack_does(dutch, qtbot, document, undo_stack):
    """An audience's technographic shares read "60%", with no space, like percent_text and the board pack."""
    from ui.notation import percent_text
    view = StrategyView(document, undo_stack)
    qtbot.addWidget(view)
    shares = [spin.text() for spin in view.audiences.share_spins.values() if spin.value() >= 0]
    assert shares and all(text.endswith("%") and " " not in text for text in shares)
    assert percent_text(0.6) in shares


def test_the_value_disciplines_read_as_the_workbook_and_board_pack_name_them(dutch, qtbot, document, undo_stack):
    """The Strategy tab's value discipline choices are the core's Dutch names, never English."""
    from planner.language import _
    from planner.model import DISCIPLINE_NAMES, VALUE_DISCIPLINES
    view = StrategyView(document, undo_stack)
    qtbot.addWidget(view)
    combo = view.discipline_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [_(DISCIPLINE_NAMES[d]) for d in VALUE_DISCIPLINES]
    assert combo.itemText(0) != "Operational excellence"
