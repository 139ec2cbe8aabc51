"""A workbook's strategy frame imported into an open plan: added to it as one undo step, conflicts reported."""

from __future__ import annotations

from planner import operations
from planner.document import Document
from planner.formats import plan_file
from planner.formats.plan_import import import_rows_into
from planner.formats.xlsx_export import write_xlsx
from planner.model import Kpi, Objective, Plan, Strategy
from planner.samples import sample_plan


def open_plan() -> Plan:
    """A plan of its own: one objective named as the sample's first, with another KPI, and its own discipline."""
    sample = sample_plan()
    return Plan(title="Ours", start=sample.start, objectives=[Objective("mine", sample.objectives[0].name,
                                                                        kpis=[Kpi("k", "Our KPI")])],
                strategy=Strategy("product_leadership"))


def test_an_import_adds_the_workbooks_strategy_as_one_undo_step(tmp_path):
    """New objectives and audiences are added, unset fields taken, and one undo takes it all back."""
    sample = sample_plan()
    out = tmp_path / "sample.xlsx"
    write_xlsx(sample, out)
    document = Document(open_plan())
    before = plan_file.dumps(document.plan)
    items, deps, report = import_rows_into(document.plan, out)
    edit = operations.add_imported(document.plan, items, deps, report.new_lanes, out.name, report.strategy)
    change = edit.change(document.plan)
    assert change.touches_rows and change.touches_strategy  # every view refreshes: rows and what they serve
    undo = document.apply(edit)
    plan = document.plan
    assert [o.name for o in plan.objectives] == [o.name for o in sample.objectives]
    assert plan.objectives[0].id == "mine" and [k.name for k in plan.objectives[0].kpis] == ["Our KPI"]
    assert [a.name for a in plan.audiences] == [a.name for a in sample.audiences]
    assert plan.strategy.value_discipline == "product_leadership"  # the plan's own, kept
    assert plan.strategy.ambition == sample.strategy.ambition  # the plan had none
    assert plan.strategy.readiness == sample.strategy.readiness
    served = {item.title: item.objectives for item in plan.initiatives}
    names = {o.id: o.name for o in plan.objectives}
    sample_names = {o.id: o.name for o in sample.objectives}
    for item in sample.initiatives:
        assert [names[i] for i in served[item.title]] == [sample_names[i] for i in item.objectives]
    assert report.strategy.conflicts[0].startswith("Strategy sheet, row ")
    assert any(", objective: “" in c and c.endswith("the plan's is kept") for c in report.strategy.conflicts)
    assert any(", value discipline: the plan's “Product leadership” is kept, not “Customer intimacy”" in c
               for c in report.strategy.conflicts)
    document.apply(undo)
    assert plan_file.dumps(document.plan) == before


def test_an_import_into_an_empty_plan_takes_the_strategy_whole(tmp_path):
    """A plan that sets nothing takes every field, objective and audience, without conflicts."""
    sample = sample_plan()
    out = tmp_path / "sample.xlsx"
    write_xlsx(sample, out)
    document = Document(Plan(start=sample.start))
    items, deps, report = import_rows_into(document.plan, out)
    document.apply(operations.add_imported(document.plan, items, deps, report.new_lanes, "", report.strategy))
    assert report.strategy.conflicts == []
    assert plan_file.dumps(Plan(strategy=document.plan.strategy, objectives=document.plan.objectives,
                                audiences=document.plan.audiences, start=sample.start)) == \
        plan_file.dumps(Plan(strategy=sample.strategy, objectives=sample.objectives, audiences=sample.audiences,
                             start=sample.start))
