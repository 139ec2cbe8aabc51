"""The pictures' texts the core makes, in Dutch: time headers, quadrant names, the board pack, round captions."""

from __future__ import annotations

import datetime as dt

from planner.board_pack import board_pack, long_date, number_text, short_date
from planner.formats import plan_file
from planner.model import Plan
from planner.roadmap_layout import header_rows, periods, roadmap_rows
from planner.samples import sample_plan
from planner.scheduling import schedule
from tests.dutch import dutch

START = dt.date(2027, 1, 4)


def labels(unit, first, last, origin=None):
    return [p.label for p in periods(unit, first, last, origin)]


def test_time_headers_in_dutch_and_english():
    """Months are "jan … dec", quarters "Kw 1", relative periods "Maand 1"; English stays "Jan", "Q1", "Month 1"."""
    year = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    english = (labels("month", *year), labels("quarter", *year), labels("month", *year, START)[:2],
               labels("quarter", *year, START)[:1], labels("year", *year, START), header_rows("week", START, dt.date(2027, 2, 1))[0][0].label)
    assert english == (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                       ["Q1", "Q2", "Q3", "Q4"], ["Month 1", "Month 2"], ["Q1"], ["Year 1"], "Jan 2027")
    with dutch():
        assert labels("month", *year) == ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
                                          "nov", "dec"]
        assert labels("quarter", *year) == ["Kw 1", "Kw 2", "Kw 3", "Kw 4"]
        relative = periods("month", *year, START)
        assert [p.label for p in relative[:2]] == ["Maand 1", "Maand 2"] and relative[10].short == "M11"
        assert labels("quarter", *year, START)[:1] == ["Kw 1"] and labels("year", *year, START) == ["Jaar 1"]
        assert header_rows("week", START, dt.date(2027, 2, 1))[0][0].label == "jan 2027"
    assert labels("month", *year)[2] == "Mar"  # English again afterwards


def test_default_quadrant_names_follow_the_language_and_renamed_ones_stay():
    """A plan left at the defaults shows them in Dutch and saves no names; a renamed quadrant keeps its name."""
    plan = Plan()
    plan.quadrant_names = {**plan.quadrant_names, "fill-in": "Kleine klusjes"}
    with dutch():
        assert plan.quadrant_name("big bet") == "Grote projecten" and plan.quadrant_name("money pit") == "Geldverslinders"
        assert plan.quadrant_name("fill-in") == "Kleine klusjes"
        saved = plan_file.plan_to_document(plan)
    assert saved["quadrant_names"] == {"fill_in": "Kleine klusjes"}
    assert plan.quadrant_name("big bet") == "Big bets"
    plan.quadrant_names = {**plan.quadrant_names, "big bet": "Grote projecten"}  # as a Dutch dialog sends it back
    with dutch():
        assert plan_file.plan_to_document(plan)["quadrant_names"] == {"fill_in": "Kleine klusjes"}
    older = plan_file.loads(plan_file.dumps(Plan()))  # a file of a plan at the defaults
    with dutch():
        assert older.quadrant_name("quick win") == "Quick wins" and older.quadrant_name("fill-in") == "Opvullers"


def test_the_board_pack_speaks_dutch():
    """Sections, dates, numbers, decisions and the matrix note of a board pack are Dutch."""
    plan = sample_plan()
    with dutch():
        pack = board_pack(plan, schedule(plan), today=dt.date(2027, 3, 5))
        assert long_date(dt.date(2027, 3, 5)) == "5 maart 2027" and short_date(dt.date(2027, 10, 1)) == "1 okt 2027"
        assert number_text(1200) == "1.200" and number_text(2.5) == "2,5"
    assert pack.cover.made == "5 maart 2027"
    assert [s.title for s in pack.sections] == ["Strategie", "Baat en inspanning", "Gekozen initiatieven op rangorde",
                                                "Roadmap", "Plangezondheid"]
    table = next(b for s in pack.sections if s.key == "initiatives" for b in s.blocks if hasattr(b, "columns"))
    assert table.columns[:3] == ("Rang", "Initiatief", "Besluit") and {row[2] for row in table.rows} <= {"Bouwen", "Aansluiten"}
    assert pack.sections[1].blocks[0].text.endswith("valt in ‘Quick wins’, linksboven.")
    strategy = "\n".join(str(b) for b in pack.sections[0].blocks)
    assert "(luisteren)" in strategy and "Toeschouwers" in strategy
    assert "listening" not in strategy and "Spectators" not in strategy


def test_round_numbers_take_a_decimal_comma_in_dutch():
    """The room's medians and spreads read 3,3 and 3,5–4,5 in Dutch, 3.3 and 3.5–4.5 in English."""
    from planner.round_geometry import number, span

    assert (number(3.25), span(3.5, 4.5)) == ("3.3", "3.5–4.5")
    with dutch():
        assert (number(3.25), span(3.5, 4.5), number(4)) == ("3,3", "3,5–4,5", "4")


def test_roadmap_groups_are_named_in_dutch():
    """Grouped by decision, the roadmap's groups are Bouwen, Aansluiten and Onbeslist; no lane is "Geen baan"."""
    plan = sample_plan()
    with dutch():
        groups = [row.label for row in roadmap_rows(plan, "decision")[0] if row.kind == "group"]
        plan.initiatives[0].lane = None
        lanes = [row.label for row in roadmap_rows(plan, "lane")[0] if row.kind == "group"]
    assert groups == ["Bouwen", "Aansluiten", "Onbeslist"] and lanes[-1] == "Geen baan"
