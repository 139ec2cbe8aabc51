"""The board pack's content: its sections, the ranked table of chosen initiatives, and plans with little in them."""

from __future__ import annotations

import datetime as dt

from planner.board_pack import CHOSEN, Table, Text, board_pack, number_text, strategy_blocks
from planner.model import Dependency, Initiative, Plan
from planner.samples import sample_plan
from planner.scheduling import schedule
from planner.scoring import plan_ranks

DAY = dt.date(2026, 11, 30)


def pack_of(plan: Plan):
    return board_pack(plan, schedule(plan), DAY)


def tables(section) -> list[Table]:
    return [b for b in section.blocks if isinstance(b, Table)]


def texts(section) -> str:
    return " ".join(b.text for b in section.blocks if isinstance(b, Text))


def test_the_sections_come_in_the_order_a_board_reads_them():
    """Strategy, matrix, ranked initiatives, roadmap, health: one each, in that order."""
    assert [s.key for s in pack_of(sample_plan()).sections] == ["strategy", "matrix", "initiatives", "roadmap",
                                                                 "health"]


def test_the_cover_names_the_plan_its_ambition_and_discipline():
    """The cover carries the title, the ambition, the value discipline and the date it was made."""
    plan = sample_plan()
    cover = pack_of(plan).cover
    assert (cover.title, cover.ambition, cover.discipline, cover.made) == (
        plan.title, plan.strategy.ambition, "Customer intimacy", "30 November 2026")


def test_every_chosen_initiative_is_ranked_best_first():
    """Each build or join initiative has one row, ranked ones by rank, the unrated after them."""
    plan = sample_plan()
    table, = tables(pack_of(plan).sections[2])
    chosen = {item.title for item in plan.initiatives if item.decision in CHOSEN}
    assert sorted(row[1] for row in table.rows) == sorted(chosen)
    ranks = [row[0] for row in table.rows]
    numbers = [int(r) for r in ranks if r != "—"]
    assert numbers == sorted(numbers) and ranks[len(numbers):] == ["—"] * (len(ranks) - len(numbers))
    best = min(plan_ranks(plan).items(), key=lambda kv: kv[1])[0]
    assert table.rows[0][1] == plan.initiative(best).title


def test_the_strategy_lists_each_kpi_with_baseline_and_target():
    """A KPI's row gives its baseline with date and its target with date, in its unit."""
    objectives = next(t for t in strategy_blocks(sample_plan()) if isinstance(t, Table) and "KPI" in t.columns)
    row = next(r for r in objectives.rows if r[1] == "Mentions per month")
    assert row[2:] == ("420 mentions on 15 Jan 2027", "600 mentions by 31 Dec 2027")
    assert any(r[2] == "Not measured yet" for r in objectives.rows)  # the KPI without a baseline


def test_a_plan_without_strategy_says_so_rather_than_leaving_a_blank_page():
    """No ambition, discipline, objectives or audiences: one sentence saying none is set."""
    plan = sample_plan()
    plan.objectives, plan.audiences = [], []
    plan.strategy.ambition, plan.strategy.value_discipline, plan.strategy.monthly_capacity = "", "none", None
    blocks = strategy_blocks(plan)
    assert len(blocks) == 1 and "No strategy has been set" in blocks[0].text
    assert pack_of(plan).cover.discipline == ""


def test_an_empty_plan_still_has_every_section():
    """Nothing chosen, nothing scheduled: each section says so in words."""
    pack = pack_of(Plan(title="Empty", start=dt.date(2027, 1, 4)))
    sections = {s.key: s for s in pack.sections}
    assert len(sections) == 5
    assert "No initiative is decided build or join" in texts(sections["initiatives"])
    assert "no initiatives to schedule" in texts(sections["roadmap"])
    assert pack.cover.facts[0].startswith("0 initiatives")


def test_a_plan_that_cannot_be_scheduled_says_why_instead_of_a_roadmap():
    """A dependency cycle: no dates in the table, and the roadmap section names the problem."""
    plan = Plan(title="Loop", initiatives=[Initiative("a", "A", decision="build", duration_days=5),
                                           Initiative("b", "B", decision="build", duration_days=5)],
                dependencies=[Dependency("a", "b"), Dependency("b", "a")])
    pack = board_pack(plan, None, DAY, "a cycle: A → B → A")
    sections = {s.key: s for s in pack.sections}
    assert "cannot be scheduled" in texts(sections["roadmap"]) and "A → B → A" in texts(sections["roadmap"])
    table, = tables(sections["initiatives"])
    assert {row[6] for row in table.rows} == {"—"}


def test_numbers_read_as_a_board_expects():
    """Whole numbers without decimals and with thousands separated; fractions trimmed."""
    assert [number_text(v) for v in (3800, 1.2, 0.25, None)] == ["3,800", "1.2", "0.25", "—"]
