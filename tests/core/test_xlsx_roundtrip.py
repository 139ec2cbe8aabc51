"""Export to Excel and import back: the same plan, also after LibreOffice saved the workbook again."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from planner.formats import plan_file
from planner.formats.plan_import import import_plan
from planner.samples import sample_plan
from planner.formats.xlsx_export import write_xlsx
from planner.model import Audience, Kpi, Lane, Objective, Thresholds
from tests.core.strategies import plans

LIBREOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def comparable(plan) -> str:
    """The plan file's text, with unpinned starts left out: the workbook carries scheduled dates there.

    The order of dependencies means nothing, and the workbook holds them in its own.
    """
    plan = plan_file.loads(plan_file.dumps(plan))
    for item in plan.initiatives:
        if not item.fixed_start:
            item.start = None
    plan.dependencies.sort(key=lambda d: (d.from_, d.to))  # their order means nothing
    return plan_file.dumps(plan)


def test_export_then_import_gives_the_same_plan(tmp_path):
    """Every initiative, rating, lane (id and name), pin, duration, dependency, setting and the whole
    strategy frame (objectives with KPIs, audiences, readiness, links, run effort) survives."""
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(max_initiatives=8, near_start=True, typed=True))
def test_any_plan_comes_back_from_its_workbook(plan):
    """Export then import gives the same plan file for generated plans, strategy frame and links included."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "plan.xlsx"
        write_xlsx(plan, out)
        back, report = import_plan(out)
    assert report.problems == []
    assert comparable(back) == comparable(plan)


def resaved_by_libreoffice(path: Path, tmp_path: Path) -> Path:
    """Return ``path`` as LibreOffice saves it again: its own shared strings, styles and cached values."""
    folder = tmp_path / "resaved"
    folder.mkdir(exist_ok=True)
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder), str(path)],
                   check=True, capture_output=True, timeout=180)
    return folder / path.name


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_imports_the_same(tmp_path):
    """The sample, strategy included, comes back whole from a workbook LibreOffice saved again."""
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    back, report = import_plan(resaved_by_libreoffice(out, tmp_path))
    assert report.problems == []
    assert comparable(back) == comparable(plan)


def odd_plan():
    """The sample with what a rewrite could lose: per cents with decimals, a name with commas, two
    objectives of one name, far dates, text like a formula, an empty lane, thresholds left to the scale."""
    plan = sample_plan()
    plan.thresholds = Thresholds()
    plan.lanes.append(Lane("later", "Later, perhaps"))
    plan.audiences.append(Audience("odd", "Odd, shares", "=1+1", {"creators": 12.5, "critics": 99.9, "joiners": 0}))
    plan.objectives.append(Objective("twice", plan.objectives[0].name, "other", "@SUM(A1)",
                                     [Kpi("k-far", "Far", "€", 0.1, dt.date(1901, 1, 1), 1234567.25,
                                          dt.date(9999, 12, 31), -3, True)]))
    plan.initiatives[0].objectives = ["twice", plan.objectives[0].id]
    plan.initiatives[0].audiences = ["odd"]
    plan.strategy.monthly_capacity = 12.5
    return plan


def test_an_odd_plan_comes_back_from_its_workbook(tmp_path):
    """The odd plan survives export and import as it is."""
    plan = odd_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    back, report = import_plan(out)
    assert report.problems == []
    assert comparable(back) == comparable(plan)


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_an_odd_plan_survives_a_libreoffice_save(tmp_path):
    """The odd plan also survives LibreOffice's rewrite: cached formula values, per-cent cells, far dates."""
    plan = odd_plan()
    out = tmp_path / "plan.xlsx"
    write_xlsx(plan, out)
    back, report = import_plan(resaved_by_libreoffice(out, tmp_path))
    assert report.problems == []
    assert comparable(back) == comparable(plan)
