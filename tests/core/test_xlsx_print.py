"""The workbook on paper: headings, print areas, page setup, 8 pt text, diamonds, titles, file mode."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from collections import Counter

import pytest

from planner.formats.plan_import import import_plan
from planner.formats.xlsx_export import INITIATIVE_COLUMN, INITIATIVE_COLUMNS, PRINTED, column_letter, write_xlsx
from planner.formats.xlsx_print import PRINT_WIDTH, wrapped_lines
from planner.formats.xlsx_roadmap import DIAMOND, RM_ENDS, RM_FIRST, RM_FIRST_PERIOD_COLUMN, RM_STARTS
from planner.model import Dependency, Initiative, Lane, Plan
from planner.samples import sample_plan
from tests.core.test_xlsx_roundtrip import comparable

openpyxl = pytest.importorskip("openpyxl")

OWNED = {"Initiatives": "landscape", "Roadmap": "landscape", "Health": "landscape",
         "Dependencies": "portrait", "Settings": "portrait", "About": "portrait"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample plan exported with its default (monthly) roadmap; (plan, path, workbook)."""
    plan = sample_plan()
    path = tmp_path_factory.mktemp("print") / "sample.xlsx"
    write_xlsx(plan, path)
    return plan, path, openpyxl.load_workbook(path)


def printed_columns(ws) -> range:
    """The 1-based columns the sheet prints: its print area's, or all it has."""
    if ws.print_area:
        first, last = re.findall(r"\$([A-Z]+)\$\d+", ws.print_area[0] if isinstance(ws.print_area, list)
                                 else ws.print_area)
        index = {column_letter(k): k for k in range(1, 200)}
        return range(index[first], index[last] + 1)
    return range(1, ws.max_column + 1)


def test_initiative_headings_read_as_words_and_the_reader_s_columns_print(sample):
    """Sentence-case headings, title first, the scores and dates in the print area, ids and pins after it."""
    plan, _, wb = sample
    ws = wb["Initiatives"]
    headings = [c.value for c in ws[1]]
    assert headings == list(INITIATIVE_COLUMNS)
    assert all(h[0].isupper() and h[1:] == h[1:].lower() for h in headings), headings
    printed = headings[:PRINTED]
    assert printed[:8] == ["Title", "Decision", "Benefit", "Technical effort", "Organisational effort",
                           "Combined effort", "Quadrant", "Rank"]
    assert {"Lane", "Owner", "Start", "Finish", "Predecessors"} <= set(printed)
    assert {"Id", "Fixed start", "Lane id"} <= set(headings[PRINTED:])
    assert ws.print_area == f"'Initiatives'!$A$1:${column_letter(PRINTED)}${len(plan.initiatives) + 1}"
    assert ws.print_title_rows == "$1:$1"
    # Headings wrap within their columns, on a row two lines tall, instead of being cut.
    assert all(ws.cell(1, k).alignment.wrap_text for k in range(1, len(headings) + 1))
    assert ws.row_dimensions[1].height >= 2 * 13


def test_every_sheet_sets_up_its_pages(sample):
    """A4, fitted to its width, the plan's title above, page numbers below, headings on every page."""
    plan, _, wb = sample
    for name, orientation in OWNED.items():
        ws = wb[name]
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToHeight) == (orientation, 9, 0), name
        assert setup.fitToWidth >= 1 and ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert ws.oddHeader.center.text == plan.title and ws.oddFooter.center.text == "Page &P of &N", name
        assert ws.print_title_rows, name


def test_printed_text_is_8_pt_or_larger(sample):
    """Printed columns fit their pages' width at a scale of 80 % or more, in fonts of 10 pt, never shrunk."""
    _, _, wb = sample
    for name, orientation in OWNED.items():
        ws = wb[name]
        columns = printed_columns(ws)
        widths = [ws.column_dimensions[column_letter(k)].width for k in columns]
        repeated = widths[0] if ws.print_title_cols else 0
        pages = ws.page_setup.fitToWidth
        assert sum(widths) <= PRINT_WIDTH[orientation] + (pages - 1) * (PRINT_WIDTH[orientation] - repeated), name
        for row in ws.iter_rows(min_col=columns.start, max_col=columns.stop - 1):
            for cell in row:
                if cell.value is not None:
                    assert cell.font.sz >= 10 and not cell.alignment.shrink_to_fit, (name, cell.coordinate)


def test_ids_are_never_cut(tmp_path):
    """The id column is as wide as the longest id, also past 12 characters."""
    plan = sample_plan()
    plan.initiatives[0].id = "a-rather-long-initiative-id"
    path = tmp_path / "ids.xlsx"
    write_xlsx(plan, path)
    wb = openpyxl.load_workbook(path)
    assert wb["Initiatives"].column_dimensions[INITIATIVE_COLUMN["id"]].width >= len(plan.initiatives[0].id)


def test_a_milestone_is_a_diamond_in_the_period_of_its_day(sample):
    """A milestone's row holds a formula giving the diamond in the period of its day; its rule fills nothing."""
    plan, _, wb = sample
    ws = wb["Roadmap"]
    last = column_letter(ws.max_column)
    milestones = 0
    for row in range(RM_FIRST, ws.max_row + 1):
        start, finish = ws.cell(row, 4).value, ws.cell(row, 5).value
        if start is None or start != finish:
            continue
        milestones += 1
        cell = ws.cell(row, RM_FIRST_PERIOD_COLUMN)
        first = column_letter(RM_FIRST_PERIOD_COLUMN)
        assert cell.value.ref == f"{first}{row}:{last}{row}"
        assert cell.value.text == (f'=IF(($D{row}=$E{row})*($D{row}>={first}${RM_STARTS}:{last}${RM_STARTS})'
                                   f'*($D{row}<={first}${RM_ENDS}:{last}${RM_ENDS}),"{DIAMOND}","")')
        assert cell.alignment.horizontal == "center" and cell.font.b
    assert milestones == sum(1 for item in plan.initiatives if item.is_milestone and item.decision != "ignore")
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    milestone_rule = next(rule for rule in rules if f"$D{RM_FIRST}=$E{RM_FIRST}" in rule.formula[0])
    assert milestone_rule.stopIfTrue and milestone_rule.dxf.fill is None and milestone_rule.dxf.font.b


def test_predecessors_read_by_title_and_come_back_exactly(tmp_path):
    """Titles name predecessors on every sheet; one that could name another initiative falls back to its id."""
    plan = Plan(title="Ambassadeurs", start=dt.date(2027, 1, 4), lanes=[Lane("team", "Team")])
    plan.initiatives = [
        Initiative("caf-avond-met-ambassadeurs", "Café-avond met ambassadeurs", duration_days=0, lane="team"),
        Initiative("launch-a", "Launch", duration_days=5, lane="team"),
        Initiative("launch-b", "Launch", duration_days=5, lane="team"),
        Initiative("pilot", "Bouwen, testen", duration_days=5, lane="team"),
        Initiative("review", "launch-a", duration_days=5, lane="team"),
        Initiative("wrap-up", "Afronding", duration_days=5, lane="team")]
    plan.dependencies = [Dependency("caf-avond-met-ambassadeurs", "launch-a"), Dependency("launch-a", "pilot"),
                         Dependency("launch-b", "pilot", 3), Dependency("pilot", "review"),
                         Dependency("review", "wrap-up"), Dependency("launch-b", "wrap-up")]
    path = tmp_path / "titles.xlsx"
    write_xlsx(plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Initiatives"]
    column = INITIATIVE_COLUMNS.index("Predecessors") + 1
    shown = {ws.cell(r, 1).value: ws.cell(r, column).value for r in range(2, len(plan.initiatives) + 2)}
    assert shown["Launch"] in ("Café-avond met ambassadeurs", None)  # the first Launch follows the café evening
    assert shown["Bouwen, testen"] == "launch-a, launch-b"  # two initiatives are titled Launch
    assert shown["launch-a"] == "pilot"  # the title holds a comma
    assert shown["Afronding"] == "review, launch-b"  # that title is another initiative's id
    roadmap = {row[0]: row[5] for row in wb["Roadmap"].iter_rows(min_row=RM_FIRST, values_only=True)}
    assert roadmap["Afronding"] == "launch-a, Launch"  # for reading only: every predecessor by its title
    assert "caf-avond" not in "".join(str(v) for row in wb["Roadmap"].iter_rows(values_only=True) for v in row)
    deps = [[c.value for c in row] for row in wb["Dependencies"].iter_rows(min_row=2)]
    assert deps[0] == ["Café-avond met ambassadeurs", "launch-a", 0]
    back, report = import_plan(path)
    assert report.problems == []
    assert comparable(back) == comparable(plan)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_the_workbook_gets_a_new_file_s_usual_mode(tmp_path, umask, mode):
    """Colleagues on a shared drive can open it: a new workbook gets 0666 less the umask, as plans do."""
    old = os.umask(umask)
    try:
        write_xlsx(sample_plan(), tmp_path / "plan.xlsx")
    finally:
        os.umask(old)
    assert (tmp_path / "plan.xlsx").stat().st_mode & 0o777 == mode


def test_a_rewritten_workbook_keeps_its_mode(tmp_path):
    """Writing over a workbook keeps the mode its owner gave it."""
    path = tmp_path / "plan.xlsx"
    write_xlsx(sample_plan(), path)
    os.chmod(path, 0o664)
    write_xlsx(sample_plan(), path)
    assert path.stat().st_mode & 0o777 == 0o664


def test_old_and_new_headings_import_alike(sample, tmp_path):
    """A workbook with the former lowercase headings, in their former order (and this version's strategy columns), gives the same plan."""
    plan, path, _ = sample
    wb = openpyxl.load_workbook(path)
    ws = wb["Initiatives"]
    old = ("id", "title", "description", "owner", "lane", "benefit", "technical effort", "organisational effort",
           "combined effort", "quadrant", "priority", "rank", "decision", "start", "finish", "duration",
           "predecessors", "fixed start", "lane id", "objectives",
           # Columns this version added for the strategy's round trip keep their headings.
           "Audiences", "Run effort", "Pinned start", "Objective ids", "Audience ids")
    new_of = {"duration": "Duration (days)", "Audiences": "Audiences", "Run effort": "Run effort",
              "Pinned start": "Pinned start", "Objective ids": "Objective ids", "Audience ids": "Audience ids"}
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    index = {h: k for k, h in enumerate(rows[0])}
    ids_before = {}
    for dep in plan.dependencies:
        ids_before.setdefault(dep.to, []).append(dep.from_)
    del ws.tables["Initiatives"]
    ws.delete_cols(1, ws.max_column)
    for r, values in enumerate(rows, start=1):
        for k, heading in enumerate(old, start=1):
            value = values[index[new_of.get(heading, heading.capitalize())]]
            if r > 1 and heading == "predecessors":  # the former export named predecessors by id
                value = ", ".join(ids_before.get(values[index["Id"]], ())) or None
            ws.cell(r, k, heading if r == 1 else value)
    old_path = tmp_path / "old.xlsx"
    wb.save(old_path)
    (new_plan, new_report), (old_plan, old_report) = import_plan(path), import_plan(old_path)
    assert old_report.problems == new_report.problems == []
    assert old_report.ignored_columns == new_report.ignored_columns == []  # objectives link up since the round trip
    assert comparable(old_plan) == comparable(new_plan) == comparable(plan)


def test_wrapped_lines_count_as_a_cell_wraps():
    """Words wrap whole; a word wider than the column breaks; paragraphs start new lines; bold is wider."""
    assert wrapped_lines("Plan to execution", 15) == 1
    assert wrapped_lines("Company pages on existing networks", 27) == 2
    assert wrapped_lines("x" * 30, 10) == 3
    assert wrapped_lines("one\n\ntwo", 20) == 3
    assert wrapped_lines("", 5) == 1
    assert wrapped_lines("Organisational", 14) == 1 and wrapped_lines("Organisational effort", 14, bold=True) == 2


def pdf_pages(pdf) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                            text=True, check=True).stdout)[1])
    return [subprocess.run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout for k in range(1, count + 1)]


def word_heights(pdf, page: int) -> list[float]:
    """The heights of the words on ``page``: proportional to the size they print at."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [float(b) - float(a) for a, b in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', xml)]


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftotext") is None
                    or shutil.which("pdfinfo") is None, reason="needs LibreOffice and poppler-utils")
def test_libreoffice_prints_each_sheet_on_the_pages_it_needs(sample, tmp_path):
    """Printed by LibreOffice: no spill page, 8 pt or more, headings on every page, one diamond a milestone."""
    plan, path, _ = sample
    done = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "sample.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    pages = pdf_pages(pdf)

    signatures = (("Roadmap", ["Title", "Lane", "Decision"]), ("Initiatives", ["Title", "Decision", "Benefit"]),
                  ("Initiatives", ["Technical", "Organisational", "Combined"]), ("Health", ["Severity", "Rule"]),
                  ("Dependencies", ["From", "To", "Lag"]), ("Settings", ["Setting", "Value"]),
                  ("About", ["App", "version"]))

    def sheet(text: str) -> str | None:
        """The sheet of mine a page belongs to, by the headings repeated near its top."""
        lines = [line.split() for line in text.splitlines() if line.strip()][1:7]
        return next((name for name, words in signatures if any(line[:len(words)] == words for line in lines)), None)

    found = Counter(sheet(text) for text in pages)
    # 22 initiatives in rows up to five lines tall take two landscape pages, as do the roadmap's 27 rows.
    assert {name: found[name] for name in OWNED} == {"Initiatives": 2, "Roadmap": 2, "Health": 1,
                                                     "Dependencies": 1, "Settings": 1, "About": 1}
    assert all(f"Page {k} of {len(pages)}" in text for k, text in enumerate(pages, start=1))
    whole = "".join(pages)
    assert whole.count("start and finish.") == 1 and "Settings sheet;" in pages[-1]  # About's note is whole
    for hidden in ("Fixed start", "Lane id", "ScaleMin"):  # technical columns stay off paper
        assert hidden not in whole
    milestones = [item.title for item in plan.initiatives if item.is_milestone and item.decision != "ignore"]
    roadmap = "".join(text for text in pages if sheet(text) == "Roadmap")
    assert roadmap.count(DIAMOND) == len(milestones) + 1  # and one in the legend
    # Settings prints at full size (it is narrow): every other page's words are at least 80 % as tall.
    full = max(word_heights(pdf, next(k for k, t in enumerate(pages, 1) if sheet(t) == "Settings")))
    for k, text in enumerate(pages, start=1):
        if sheet(text) is not None:
            assert min(word_heights(pdf, k)) >= 0.8 * full, (k, sheet(text))


@pytest.mark.skipif(shutil.which("libreoffice") is None or shutil.which("pdftotext") is None
                    or shutil.which("pdfinfo") is None, reason="needs LibreOffice and poppler-utils")
def test_a_roadmap_two_pages_wide_prints_every_page(tmp_path):
    """Weeks print two pages across, the titles on each, and a page holding only bars is not left out."""
    path = tmp_path / "weeks.xlsx"
    write_xlsx(sample_plan(), path, unit="week")
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=240)
    roadmap = [text for text in pdf_pages(tmp_path / "weeks.pdf") if re.search(r"\bW1[34]\b", text)]
    assert len(roadmap) == 4  # two across, two down
    # The last rows' page on the right holds only bars: it prints, with the row titles.
    assert sum("Community management" in text for text in roadmap) == 2
