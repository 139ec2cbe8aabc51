"""File ▸ Print and Print preview: each tab printed through the dialogs' own drawing path to a PDF printer."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]


def print_to_pdf(window, view, path, paper=QPageSize.PageSizeId.A4) -> int:
    """Print ``view`` as File ▸ Print does once the dialog is accepted, to a PDF file."""
    window.show_view(view)
    printer = window.printing.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(paper))
    printer.setOutputFileName(str(path))
    return window.printing.paint(printer)


def test_the_file_menu_has_print_and_print_preview(window):
    """Print (Ctrl+P) and Print preview sit in the File menu; Board pack in File ▸ Export."""
    files = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    actions = window.actions_by_name
    assert actions["print"] in files.actions() and actions["print_preview"] in files.actions()
    assert actions["print"].shortcut().toString() == "Ctrl+P"
    export = next(a.menu() for a in files.actions() if a.text() == "&Export")
    assert actions["export_board_pack"] in export.actions()


def test_the_table_prints_every_row_with_its_header_on_each_page(window, tmp_path):
    """All initiatives in the table's order, the header repeated on every page, numbered pages."""
    from benchmarks.generate_plan import synthetic_plan
    from planner.formats.plan_file import save
    save(synthetic_plan(50), tmp_path / "p50.bep")
    out = tmp_path / "table.pdf"
    # The sample's 22 rows with their dates written out in English ("Mar 19, 2027") take two pages.
    assert print_to_pdf(window, "table", out) == 2
    assert window.files.open_path(tmp_path / "p50.bep", ask_to_save=False)
    count = print_to_pdf(window, "table", out)
    pages = pdf_pages(out)
    assert len(pages) == count >= 2
    for n, page in enumerate(pages, 1):
        assert re.search(r"Title\s+Benefit", page) and f"Page {n} of {count}" in page
    text = re.sub(r"\s+", " ", " ".join(pages))
    assert all(item.title.split()[0] in text for item in window.document.plan.initiatives)
    titles = [item.title for item in window.document.plan.initiatives]
    # Plan order, as the tab shows; a title may wrap, so its first two words find its row.
    first, last = (" ".join(title.split()[:2]) for title in (titles[0], titles[-1]))
    assert text.index(first) < text.rindex(last)


def test_a_table_leaves_no_row_alone_on_its_last_page(qapp, tmp_path):
    """Rows that would leave one alone on a last page are set tighter, or the last two pages share them evenly."""
    from PySide6.QtGui import QPdfWriter
    from ui.page_flow import TIGHT_PAD_PT, PageFlow
    writer = QPdfWriter(str(tmp_path / "w.pdf"))
    writer.setResolution(72)  # one device unit a point
    flow = PageFlow(writer, None)
    assert flow._no_widow([10] * 21, 3, 320, 320) == (TIGHT_PAD_PT, None)  # tighter, all on one page
    assert flow._no_widow([100] * 21, 3, 2120, 2120) == (3, 10)  # too tall to squeeze: 10 and 11 rows
    assert flow._no_widow([10] * 30, 3, 320, 320) == (3, None)  # 20 and 10: nothing to mend


def test_the_table_prints_what_the_filter_shows_and_leaves_hidden_columns_out(window, tmp_path):
    """A filtered table prints its rows only, says so, and a hidden column is not printed."""
    from ui.table.model import column_of
    window.filters.decision_filter.setCurrentIndex(window.filters.decision_filter.findText("Ignore"))
    window.table.setColumnHidden(column_of("owner"), True)
    out = tmp_path / "table.pdf"
    assert print_to_pdf(window, "table", out) == 1
    text = pdf_pages(out)[0]
    assert "2 of 22 initiatives (filtered)" in text
    assert "TikTok channel" in text and "Webcare team" not in text and "Owner" not in text


def test_the_matrix_prints_on_one_page_with_every_rated_initiative(window, tmp_path):
    """One landscape page holding the matrix with its title and the initiatives' labels."""
    out = tmp_path / "matrix.pdf"
    assert print_to_pdf(window, "matrix", out) == 1
    pages = pdf_pages(out)
    assert len(pages) == 1 and "Social media strategy 2027" in pages[0] and "Webcare team" in pages[0]


@pytest.mark.parametrize("paper", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_the_roadmap_prints_its_pages_for_the_printer_s_paper(window, tmp_path, paper):
    """The roadmap's pages as its PDF tiles them, laid out for the paper the printer holds."""
    out = tmp_path / "roadmap.pdf"
    count = print_to_pdf(window, "roadmap", out, paper)
    pages = pdf_pages(out)
    assert len(pages) == count
    assert all(f"page {n} of {count}" in page for n, page in enumerate(pages, 1))
    size = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert ("(A4)" if paper == QPageSize.PageSizeId.A4 else "(letter)") in size


def test_the_strategy_tab_prints_the_strategy(window, tmp_path):
    """The Strategy tab prints objectives with KPIs and audiences."""
    out = tmp_path / "strategy.pdf"
    assert print_to_pdf(window, "strategy", out) == 1
    text = pdf_pages(out)[0]
    assert "Mentions per month" in text and "Enthusiasts and fans" in text


def test_print_preview_shows_the_pages_the_printer_would_get(window, monkeypatch):
    """The preview dialog draws the current tab through the same path: the table's pages."""
    counts = []

    def show(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        counts.append(preview.pageCount())
        return 0
    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    window.show_view("table")
    window.actions_by_name["print_preview"].trigger()
    assert counts == [2]  # the sample's 22 rows, as print_to_pdf prints them


def test_the_paper_chosen_is_remembered(window, monkeypatch):
    """After printing on Letter, the next print starts on Letter."""
    def show(dialog):
        dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        return 0
    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    window.printing.preview_dialog()
    assert window.printing.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter


@pytest.mark.parametrize("paper", [QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter])
def test_the_matrix_on_paper_prints_no_type_under_8_pt(qapp, document, paper):
    """Laid out smaller and printed larger, the matrix's finest type (legend, key, badges) is at least 8 pt."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from ui.matrix.export import PAPER_ZOOM, matrix_scene, paper_size

    layout = QPageLayout(QPageSize(paper), QPageLayout.Orientation.Landscape, QMarginsF(28, 28, 28, 28),
                         QPageLayout.Unit.Point)
    area = layout.paintRect(QPageLayout.Unit.Point)
    width, height = paper_size(area.width(), area.height())
    scene = matrix_scene(document, width, height)
    scale = area.width() / width  # points per scene pixel as printed
    assert scale == pytest.approx(0.75 * PAPER_ZOOM, rel=0.01)
    sizes = [item.font().pixelSize() * scale for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    assert sizes and min(sizes) >= 8


def test_the_dutch_table_print_says_how_many_initiatives_plainly(dutch, window, tmp_path):
    """The note under the title reads "Alle 22 initiatieven", not "Initiatieven: alle 22 initiatieven"."""
    out = tmp_path / "tabel.pdf"
    print_to_pdf(window, "table", out)
    text = pdf_pages(out)[0]
    assert "Alle 22 initiatieven" in text and "Initiatieven:" not in text
