"""The workbook's Matrix chart: every point named, quadrant names inside, points apart, helpers unprinted."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import zipfile

import pytest

from benchmarks.generate_plan import synthetic_plan
from planner.formats.xlsx_chart import (
    KEY_ROW,
    LABEL_LIMIT,
    SPREAD_MM,
    Geometry,
    namespaces_at_root,
    place,
    text_mm,
)
from planner.formats.xlsx_export import write_xlsx
from planner.model import QUADRANTS, Initiative, Plan
from planner.samples import sample_plan
from planner.scoring import initiative_scores

openpyxl = pytest.importorskip("openpyxl")


def rated(plan: Plan) -> list[Initiative]:
    return [i for i in plan.initiatives
            if None not in (i.benefit, i.technical_effort, i.organisational_effort)]


def export(plan: Plan, path):
    write_xlsx(plan, path)
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    return chart, openpyxl.load_workbook(path)


def series(chart: str) -> list[dict]:
    """Each series of the chart: its name's cell and text, label settings, and cells it reads."""
    found = []
    for body in re.findall(r"<ser>(.*?)</ser>", chart, re.DOTALL):
        name = re.search(r"<tx><strRef><f>'Matrix'!\$([A-Z]+)\$(\d+)</f>.*?<v>(.*?)</v>", body, re.DOTALL)
        found.append({
            "name": (name.group(1), int(name.group(2)), name.group(3)) if name else None,
            "ser_name_shown": '<showSerName val="1"/>' in body,
            "side": (re.findall(r'<dLblPos val="(\w+)"/>', body) or [None])[0],
            "symbol": re.search(r'<symbol val="(\w+)"/>', body).group(1),
            "cells": re.findall(r"<f>'Matrix'!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?</f>", body)[1:] if name
            else re.findall(r"<f>'Matrix'!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?</f>", body)})
    return found


def unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


@pytest.fixture(scope="module")
def sample_chart(tmp_path_factory):
    plan = sample_plan()
    path = tmp_path_factory.mktemp("chart") / "sample.xlsx"
    chart, wb = export(plan, path)
    return plan, path, chart, wb


def test_every_initiative_is_a_series_labelled_with_its_name(sample_chart):
    """Each rated initiative is a series whose data label shows its name: its title, or its key number."""
    plan, _, chart, wb = sample_chart
    ws = wb["Matrix"]
    points = [s for s in series(chart) if s["symbol"] != "none"]
    assert len(points) == len(rated(plan))
    titles = set()
    for s in points:
        column, row, text = s["name"]
        assert s["ser_name_shown"] and s["side"] in ("r", "l", "t", "b")
        key_title = ws.cell(row, 2).value
        if column == "B":
            assert unescape(text) == key_title
        else:  # no room beside the point: its number, the key's first column on the same row
            assert column == "A" and text == str(ws.cell(row, 1).value) == str(row - KEY_ROW)
        titles.add(key_title)
    assert titles == {i.title for i in rated(plan)}
    named = sum(1 for s in points if s["name"][0] == "B")
    assert named >= 0.75 * len(points)  # the sample is named by title almost throughout


def test_beyond_the_limit_every_point_shows_its_key_number(tmp_path):
    """A plan of 60 numbers its points, and the key beside holds number, title, effort and benefit."""
    plan = synthetic_plan(60)
    chart, wb = export(plan, tmp_path / "p60.xlsx")
    ws = wb["Matrix"]
    points = [s for s in series(chart) if s["symbol"] != "none"]
    assert len(points) == len(rated(plan)) > LABEL_LIMIT
    assert all(s["name"][0] == "A" and s["ser_name_shown"] for s in points)
    assert [c.value for c in ws[KEY_ROW]][:5] == ["No.", "Title", "Effort", "Benefit", "Decision"]
    numbers = sorted(int(s["name"][2]) for s in points)
    assert numbers == list(range(1, len(points) + 1))
    keyed = {ws.cell(KEY_ROW + n, 2).value for n in numbers}
    assert keyed == {i.title for i in rated(plan)}


def test_quadrant_names_label_the_plot_s_corners(sample_chart):
    """Four marker-less series, one per quadrant, show the plan's quadrant names near the corners."""
    plan, _, chart, wb = sample_chart
    ws = wb["Matrix"]
    names = [s for s in series(chart) if s["symbol"] == "none" and s["name"]]
    assert sorted(unescape(s["name"][2]) for s in names) == sorted(plan.quadrant_name(q) for q in QUADRANTS)
    low, high, middle = plan.scale.min, plan.scale.max, (plan.scale.min + plan.scale.max) / 2
    for s in names:
        assert s["ser_name_shown"]
        (_, row, _), = [c for c in s["cells"] if c[0] == "C"]
        x, y = ws.cell(int(row), 3).value, ws.cell(int(row), 4).value
        assert min(x - low, high - x) < 0.1 * (high - low) and min(y - low, high - y) < 0.1 * (high - low)
        assert s["side"] == ("r" if x < middle else "l")  # the name reads into the plot


def test_points_that_coincide_are_spread_in_the_chart_only(tmp_path):
    """Three initiatives on one spot chart apart by at least a marker; their ratings stay as they are."""
    plan = Plan(title="Ties")
    plan.initiatives = [Initiative(id=f"i{k}", title=f"Tie {k}", benefit=4, technical_effort=2,
                                   organisational_effort=2, duration_days=5) for k in range(3)]
    plan.initiatives.append(Initiative(id="apart", title="Apart", benefit=2, technical_effort=4,
                                       organisational_effort=4, duration_days=5))
    geometry = Geometry.of(plan.scale.min, plan.scale.max)
    points = {i.id: (initiative_scores(i, plan).effort, i.benefit) for i in plan.initiatives}
    placed = place(points, {i.id: i.title for i in plan.initiatives}, {i.id: n for n, i in enumerate(plan.initiatives, 1)},
                   geometry, {q: plan.quadrant_name(q) for q in QUADRANTS}, (3, 3))
    spots = [geometry.mm(p.x, p.y) for p in placed.values()]
    assert min(math.dist(a, b) for k, a in enumerate(spots) for b in spots[k + 1:]) >= SPREAD_MM * 0.99
    assert (placed["apart"].x, placed["apart"].y) == (4, 2)
    _, wb = export(plan, tmp_path / "ties.xlsx")
    ws = wb["Initiatives"]
    from planner.formats.xlsx_export import INITIATIVE_COLUMN
    ratings = [INITIATIVE_COLUMN[key] for key in ("benefit", "technical", "organisational")]
    assert [tuple(ws[f"{c}{r}"].value for c in ratings) for r in range(2, 5)] == [(4, 2, 2)] * 3
    offsets = [wb["Matrix"].cell(KEY_ROW + 4 + 3 + k, 3).value for k in range(3)]  # key, blank, heading
    assert len(set(offsets)) == 3
    assert all(o.startswith(f"=IF(AND(ISNUMBER(Initiatives!{INITIATIVE_COLUMN['technical']}") for o in offsets)


def test_no_two_sample_points_share_a_spot_and_titles_do_not_collide(sample_chart):
    """In the sample as charted, markers sit apart and the title labels' estimated boxes do not overlap."""
    plan, _, _, _ = sample_chart
    from planner.formats.xlsx_chart import LABEL_PT, MM_PER_PT, label_box
    geometry = Geometry.of(plan.scale.min, plan.scale.max)
    items = rated(plan)
    placed = place({i.id: (initiative_scores(i, plan).effort, i.benefit) for i in items}, {i.id: i.title for i in items},
                   {i.id: n for n, i in enumerate(items, 1)}, geometry, {q: plan.quadrant_name(q) for q in QUADRANTS},
                   (plan.effort_threshold, plan.benefit_threshold))
    spots = {k: geometry.mm(p.x, p.y) for k, p in placed.items()}
    assert min(math.dist(a, b) for k, a in enumerate(spots.values()) for b in list(spots.values())[k + 1:]) > 1.0
    boxes = [label_box(spots[i.id], placed[i.id].side, text_mm(i.title, LABEL_PT), LABEL_PT * MM_PER_PT * 1.3)
             for i in items if placed[i.id].titled]
    assert not any(a.overlaps(b) for k, a in enumerate(boxes) for b in boxes[k + 1:])
    assert all(geometry.plot.contains(b) for b in boxes)


def test_the_chart_s_cells_are_hidden_below_the_print_area(sample_chart):
    """The print area holds the chart and the key; every cell the chart reads lies below it, in hidden rows."""
    plan, _, chart, wb = sample_chart
    ws = wb["Matrix"]
    area = re.fullmatch(r"'?Matrix'?!\$A\$1:\$([A-Z]+)\$(\d+)", ws.print_area)
    last_col, last_row = area.group(1), int(area.group(2))
    assert last_row == KEY_ROW + len(rated(plan))
    anchor = ws._charts[0].anchor
    assert anchor._from.row == 0 and anchor.to.row < KEY_ROW
    assert openpyxl.utils.column_index_from_string(last_col) == anchor.to.col
    read = [(c, int(r)) for s in series(chart) for c, r, _ in s["cells"]]
    assert read and all(row > last_row and ws.row_dimensions[row].hidden for _, row in read)
    assert ws.print_title_rows == f"${KEY_ROW}:${KEY_ROW}"


def test_drawings_declare_their_namespaces_at_the_root(sample_chart):
    """Chart and drawing parts name each prefix once, on the root, so Gnumeric keeps the chart."""
    _, path, _, _ = sample_chart
    with zipfile.ZipFile(path) as archive:
        for name in ("xl/charts/chart1.xml", "xl/drawings/drawing1.xml"):
            xml = archive.read(name).decode()
            root_end = xml.index(">", xml.index("<", xml.index("?>") + 2 if xml.startswith("<?") else 0))
            assert "xmlns:a=" in xml[:root_end] and "xmlns:a=" not in xml[root_end:], name
    moved = namespaces_at_root(b'<r xmlns="u"><a:b xmlns:a="v"><a:c xmlns:a="v"/></a:b></r>')
    assert moved == b'<r xmlns="u" xmlns:a="v"><a:b><a:c/></a:b></r>'
    clash = b'<r><a:b xmlns:a="v"/><a:c xmlns:a="w"/></r>'
    assert namespaces_at_root(clash) == clash


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="needs LibreOffice")
def test_libreoffice_opens_the_chart_s_cells_without_errors(sample_chart, tmp_path):
    """LibreOffice converts the workbook; the chart's cells hold numbers, one spot per point, near the scores."""
    plan, path, chart, _ = sample_chart
    profile = tmp_path / "lo-profile"
    done = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                           "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(path)],
                          check=False, capture_output=True, text=True, timeout=240)
    converted = tmp_path / "out" / path.name
    assert done.returncode == 0 and converted.exists(), done.stderr
    ws = openpyxl.load_workbook(converted, data_only=True)["Matrix"]
    points = [s for s in series(chart) if s["symbol"] != "none"]
    spots = []
    for s in points:
        row = int(s["cells"][0][1])
        x, y = ws.cell(row, 3).value, ws.cell(row, 4).value
        n = int(s["name"][1]) - KEY_ROW
        effort, benefit = ws.cell(KEY_ROW + n, 3).value, ws.cell(KEY_ROW + n, 4).value
        assert isinstance(x, float | int) and isinstance(y, float | int), (x, y)
        assert abs(x - effort) < 0.1 and abs(y - benefit) < 0.1
        spots.append((round(x, 6), round(y, 6)))
    assert len(set(spots)) == len(spots) == len(rated(plan))


@pytest.mark.skipif(shutil.which("ssconvert") is None, reason="needs Gnumeric's ssconvert")
def test_gnumeric_keeps_the_chart_and_its_values(sample_chart, tmp_path):
    """Gnumeric reads the chart (it drops one it cannot place) and computes the key without errors."""
    plan, path, _, _ = sample_chart
    out = tmp_path / "sample.gnumeric"
    done = subprocess.run(["ssconvert", str(path), str(out)], check=False, capture_output=True, text=True, timeout=240)
    assert out.exists(), done.stderr
    assert "Dropping" not in done.stderr
    import gzip
    xml = gzip.decompress(out.read_bytes()).decode()
    assert xml.count('<GogObject role="Series"') == len(rated(plan)) + 4 + 2  # points, names, lines
    csv = subprocess.run(["ssconvert", "-S", "-T", "Gnumeric_stf:stf_csv", str(path), str(tmp_path / "s.csv")],
                         check=False, capture_output=True, text=True, timeout=240)
    matrix = (tmp_path / "s.csv.1").read_text()
    assert "#DIV/0!" not in matrix and "#VALUE!" not in matrix, csv.stderr
