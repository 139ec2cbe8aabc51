"""The matrix and roadmap pictures and the board pack in Dutch: every text they paint comes from the catalogs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from planner.document import Document
from planner.samples import sample_plan
from tests.dutch import dutch
from tests.ui.test_roadmap_export import pdf_page_texts
from ui.matrix.export import export_matrix
from ui.roadmap.export import export_roadmap

SVG = "{http://www.w3.org/2000/svg}"


def _texts(path) -> str:
    return "\n".join(t.text or "" for t in ET.parse(path).getroot().iter(f"{SVG}text"))


def test_a_dutch_matrix_picture_has_dutch_axes_legend_and_quadrants(qapp, tmp_path):
    """Axis titles, the legend, its decisions and the default quadrant names are Dutch; English afterwards again."""
    document = Document(sample_plan())
    with dutch(window=True):
        export_matrix(document, tmp_path / "nl.svg", size=(1366, 768))
    export_matrix(document, tmp_path / "en.svg", size=(1366, 768))
    nl, en = _texts(tmp_path / "nl.svg"), _texts(tmp_path / "en.svg")
    for text in ("Gecombineerde inspanning", "Baat", "Besluit", "Bouwen", "Aansluiten", "Grote projecten",
                 "Opvullers", "Geldverslinders", "Quick win die wacht op een groot project"):
        assert text in nl, text
    for text in ("Combined effort", "Decision", "Big bets", "Money pits", "Fill-ins"):
        assert text in en and text not in nl, text


def test_a_dutch_roadmap_has_dutch_headers_and_legend(qapp, tmp_path):
    """Months "jan, feb, mrt", relative quarters "Kw 1", and the legend read Dutch, in the picture and the PDF."""
    document = Document(sample_plan())
    with dutch(window=True):
        export_roadmap(document, tmp_path / "m.svg", unit="month")
        export_roadmap(document, tmp_path / "q.svg", unit="quarter", relative=True)
        export_roadmap(document, tmp_path / "r.pdf", unit="month")
    month, quarter = _texts(tmp_path / "m.svg").splitlines(), _texts(tmp_path / "q.svg").splitlines()
    assert {"jan", "feb", "mrt", "mei", "okt", "Bouwen", "Aansluiten", "Mijlpaal"} <= set(month)
    assert "Mar" not in month and "Build" not in month
    assert {"Kw 1", "Kw 2", "Jaar 1"} <= set(quarter)
    (page,) = pdf_page_texts((tmp_path / "r.pdf").read_bytes())
    assert "Baan en initiatief" in page and "Vastgezette start" in page


def test_a_dutch_board_pack_has_dutch_pages(qapp, tmp_path):
    """The board pack's cover, contents, headings and footers are Dutch."""
    from ui.board_pack import write_board_pack

    document = Document(sample_plan())
    with dutch(window=True):
        write_board_pack(document, tmp_path / "pack.pdf")
    pages = pdf_page_texts((tmp_path / "pack.pdf").read_bytes())
    assert "Bestuursrapportage" in pages[0] and "Pagina 1 van" in pages[0]
    assert "Inhoud" in pages[1] and "Plangezondheid" in pages[1]
    assert any("Gekozen initiatieven op rangorde" in page and "Kwadrant" in page for page in pages)


def test_matrix_tooltips_speak_dutch_with_decimal_commas(qapp, document, undo_stack):
    """A marker's tooltip names benefit and decision in Dutch and writes 3,5 rather than 3.5."""
    from ui.matrix.view import MatrixView

    item = next(i for i in document.plan.initiatives if i.benefit == 3.5 and i.decision == "build")
    with dutch(window=True):
        view = MatrixView(document, undo_stack)
        text = view.tooltip(item.id)
    assert "Baat 3,5 · technische inspanning" in text and "Besluit: Bouwen" in text
    assert "Benefit 3.5 · technical effort" in MatrixView(document, undo_stack).tooltip(item.id)


def test_the_command_line_draws_in_the_language_it_is_given(tmp_path):
    """`render --lang nl` draws the roadmap's legend and headers in Dutch, without the window."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "r.svg"
    done = subprocess.run([sys.executable, "-m", "ui.cli", "--lang", "nl", "render",
                           str(root / "resources" / "samples" / "social-media-strategy.bep"), "--view", "roadmap",
                           "-o", str(out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert done.returncode == 0, done.stderr
    texts = _texts(out).splitlines()
    assert {"Bouwen", "Aansluiten", "Mijlpaal", "mrt"} <= set(texts) and "Build" not in texts
    assert "getekend" in done.stdout
