"""Export to Excel and import back: the same plan, also after LibreOffice saved the workbook again."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from planner.formats import plan_file
from planner.formats.plan_import import import_plan
from planner.model import Strategy
from planner.samples import sample_plan
from planner.formats.xlsx_export import write_xlsx


def comparable(plan) -> str:
    """The plan as text, with unpinned starts left out: the workbook carries scheduled dates there.

    The strategy frame (format version 2: strategy, objectives, audiences, the initiatives' links
    and running effort) is left out too: the workbook does not carry it yet.
    """
    plan = plan_file.loads(plan_file.dumps(plan))
    plan.strategy, plan.objectives, plan.audiences = Strategy(), [], []
    for item in plan.initiatives:
        item.objectives, item.audiences, item.run_effort = [], [], None
        if not item.fixed_start:
            item.start = None
    plan.dependencies.sort(key=lambda d: (d.from_, d.to))  # their order means nothing
    return plan_file.dumps(plan)


def test_export_then_import_gives_the_same_plan(tmp_path):
    """Every initiative, rating, lane (id and name), pin, duration, dependency and setting survives."""
    plan = sample_plan()
    plan.quadrant_names = {**plan.quadrant_names, "quick win": "Laaghangend fruit"}
    plan.title = "=HYPERLINK(\"http://example.com\",\"click\")"  # user text stays text both ways
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    back, report = import_plan(out)
    assert report.problems == [] and report.rows_imported == len(plan.initiatives)
    assert comparable(back) == comparable(plan)


def test_unpinned_starts_come_back_as_their_scheduled_dates(tmp_path):
    """An unpinned initiative's start in the workbook is where the schedule put it, still unpinned."""
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    back, _ = import_plan(out)
    from planner.scheduling import schedule
    dates = schedule(plan).items
    for item in back.initiatives:
        if item.id in dates and not item.fixed_start:
            assert item.start == dates[item.id].earliest_start


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_imports_the_same(tmp_path):
    """LibreOffice rewrites the file its own way (shared strings, styles, cached formula values)."""
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    resaved = tmp_path / "resaved"
    resaved.mkdir()
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(resaved), str(out)],
                   check=True, capture_output=True, timeout=180)
    back, report = import_plan(resaved / "plan.xlsx")
    assert report.problems == []
    assert comparable(back) == comparable(plan)
