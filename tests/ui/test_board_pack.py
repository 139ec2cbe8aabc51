"""The board pack PDF: `report` on the command line and File ▸ Export ▸ Board pack, read back with pdftotext."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import unicodedata

import pytest

from planner.board_pack import CHOSEN
from planner.document import Document
from planner.formats import plan_file
from planner.model import Plan
from planner.samples import sample_plan
from tests.cli_run import run

SAMPLE = "resources/samples/social-media-strategy.bep"
SECTIONS = ("Strategy", "Benefit and effort", "Chosen initiatives, ranked", "Roadmap", "Plan health")


def pdf_pages(path, mode: str = "-layout") -> list[str]:
    """The text of each page of the PDF at ``path``, ligatures (ﬁ) spelt out."""
    text = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]


def page_size(path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return re.search(r"Page size:\s+(.*)", info).group(1)


def contents(pages: list[str]) -> dict[str, int]:
    """The table of contents on page 2: section title → page number."""
    found = {}
    for line in pages[1].splitlines():
        m = re.match(r"\s*\d+\s+(.+?)\s{2,}(\d+)\s*$", line)
        if m:
            found[m.group(1)] = int(m.group(2))
    return found


def test_report_writes_numbered_pages_with_contents_and_every_section(qapp, tmp_path, capsys):
    """Cover, contents and the five sections; every page says "Page n of N"; the contents point at each heading."""
    out = tmp_path / "pack.pdf"
    status, said, err = run(capsys, "report", SAMPLE, "-o", out)
    assert status == 0 and err == ""
    pages = pdf_pages(out)
    assert f"{len(pages)} pages on A4" in said
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
    assert "Social media strategy 2027" in pages[0] and "Customer intimacy" in pages[0]
    toc = contents(pages)
    assert list(toc) == list(SECTIONS)
    for number, (title, page) in enumerate(toc.items(), 1):
        assert re.search(rf"{number}\s+{re.escape(title)}", pages[page - 1]), title
    assert sorted(toc.values()) == list(toc.values())


def test_every_chosen_initiative_appears_in_the_ranked_table(qapp, tmp_path, capsys):
    """Each initiative decided build or join is named on the ranked table's pages."""
    out = tmp_path / "pack.pdf"
    assert run(capsys, "report", SAMPLE, "-o", out)[0] == 0
    pages = pdf_pages(out)
    toc = contents(pages)
    ranked = " ".join(pages[toc["Chosen initiatives, ranked"] - 1:toc["Roadmap"] - 1])
    ranked = re.sub(r"\s+", " ", ranked)
    for item in sample_plan().initiatives:
        assert (item.title in ranked) == (item.decision in CHOSEN), item.title


@pytest.mark.parametrize("paper, size", [("a4", "842 x 595 pts (A4)"), ("letter", "792 x 612 pts (letter)")])
def test_the_paper_is_a4_or_letter(qapp, tmp_path, capsys, paper, size):
    """--paper sets every page's size, landscape."""
    out = tmp_path / "pack.pdf"
    assert run(capsys, "report", SAMPLE, "-o", out, "--paper", paper)[0] == 0
    assert page_size(out) == size


def test_an_unwritable_path_is_one_clear_line_and_exit_1(qapp, tmp_path, capsys):
    """A folder that does not exist: exit 1, one sentence naming the file, and no traceback."""
    status, _, err = run(capsys, "report", SAMPLE, "-o", tmp_path / "missing" / "pack.pdf")
    assert status == 1
    assert err.strip().splitlines() == [f"error: {tmp_path / 'missing' / 'pack.pdf'}: cannot write the file "
                                        "(No such file or directory)"]


def test_a_name_that_is_not_pdf_is_a_usage_error(tmp_path, capsys):
    """The pack is a PDF only: another suffix exits 2 before any work."""
    status, _, err = run(capsys, "report", SAMPLE, "-o", tmp_path / "pack.png")
    assert status == 2 and "must end in .pdf" in err


def test_report_needs_no_window_and_runs_from_the_installed_command(tmp_path):
    """The console script's module writes the pack in a fresh process, off-screen."""
    out = tmp_path / "pack.pdf"
    done = subprocess.run([sys.executable, "-m", "ui.cli", "report", SAMPLE, "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("name", ["empty", "no strategy", "300 initiatives"])
def test_edge_plans_give_a_complete_pack(qapp, tmp_path, capsys, name):
    """An empty plan, one without strategy and a large one all get every section and numbered pages."""
    if name == "empty":
        plan = Plan(title="Empty plan")
    elif name == "no strategy":
        plan = sample_plan()
        plan.objectives, plan.audiences = [], []
        plan.strategy.ambition, plan.strategy.value_discipline, plan.strategy.monthly_capacity = "", "none", None
        for item in plan.initiatives:
            item.objectives, item.audiences = [], []
    else:
        from benchmarks.generate_plan import synthetic_plan
        plan = synthetic_plan(300)
    path = tmp_path / "plan.bep"
    plan_file.save(plan, path)
    out = tmp_path / "pack.pdf"
    started = time.perf_counter()
    status, said, err = run(capsys, "report", path, "-o", out)
    print(f"{name}: {said.strip()} in {time.perf_counter() - started:.2f} s")  # shown with -s; no timed assertion
    assert status == 0, err
    pages = pdf_pages(out)
    assert list(contents(pages)) == list(SECTIONS)
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    if name == "no strategy":
        assert "No strategy has been set" in " ".join(pages)


def test_a_long_title_wraps_and_is_not_cut(qapp, tmp_path):
    """A 300-character title without spaces is drawn whole, over as many lines as it takes."""
    from ui.board_pack import write_board_pack
    plan = sample_plan()
    plan.initiatives[0].title = "Long" * 75
    out = tmp_path / "pack.pdf"
    write_board_pack(Document(plan), out)
    text = re.sub(r"\s+", "", " ".join(pdf_pages(out, "-raw")))
    assert "Long" * 75 in text


def test_export_board_pack_from_the_window_writes_the_pdf(window, qtbot, tmp_path):
    """File ▸ Export ▸ Board pack: drawn, then written once by a background task, on the paper asked for."""
    out = tmp_path / "pack.pdf"
    task = window.exchange.export_board_pack(out, "letter")
    assert task.wait()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert page_size(out) == "792 x 612 pts (letter)"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["pack.pdf"]


def test_the_board_pack_dialog_remembers_the_paper(window, qtbot, tmp_path, monkeypatch):
    """Choosing US Letter in the save dialog writes Letter and offers it first next time."""
    from PySide6.QtWidgets import QFileDialog
    offered = []

    def answer(parent, caption, start, filters):
        offered.append(filters)
        return str(tmp_path / "pack"), "PDF on US Letter paper (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    window.exchange.export_board_pack_dialog()
    assert window.exchange.export_task.wait()
    qtbot.waitUntil((tmp_path / "pack.pdf").exists, timeout=5000)
    window.exchange.export_board_pack_dialog()
    assert offered[0].startswith("PDF on A4") and offered[1].startswith("PDF on US Letter")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_samples_roadmap_takes_one_page_of_the_pack(qapp, paper):
    """The section's heading names the span, so the 22-row roadmap gets the page's height and fits one page."""
    from ui.board_pack import BoardPackPainter

    pack = BoardPackPainter(Document(sample_plan()), paper)
    assert pack.roadmap is not None and not pack.roadmap.title_line
    assert len(pack.roadmap_pages) == 1
