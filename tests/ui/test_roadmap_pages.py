"""Roadmap pictures on paper and slides: tight ranges, relative periods, pages that fit, slides of a given size."""

from __future__ import annotations

import datetime as dt
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from benchmarks.generate_plan import synthetic_plan
from planner.document import Document
from planner.formats.plan_file import save
from planner.model import Initiative, Plan
from planner.roadmap_pages import MIN_TYPE_PT, PT_PER_PX, TYPE_PX
from planner.samples import sample_plan
from tests.cli_run import run
from tests.ui.test_roadmap_export import pdf_page_texts
from ui.roadmap.export import EMPTY_TEXT, MIN_BODY, TITLE_H, export_roadmap, roadmap_picture
from ui.roadmap.painter import COLOURS, HEADER_H, ROW_H

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "social-media-strategy.bep"

SVG = "{http://www.w3.org/2000/svg}"
LONG = ("A title far too long for any slide or page, which a strategist pasted from a proposal "
        "without a second thought, and which goes on and on about community management for ever")[:200]


def _texts(path) -> list[str]:
    return [t.text for t in ET.parse(path).getroot().iter(f"{SVG}text")]


def _check_pages(picture) -> None:
    """Every page has a bar, no title drawn on a page runs past its edge, and type is at least 8 pt."""
    plan = picture.page_plan()
    assert TYPE_PX * PT_PER_PX * plan.scale >= MIN_TYPE_PT - 1e-9
    anchors = picture.title_anchors()
    timeline = picture.timeline
    for (x0, x1), (row0, row1) in plan.pages:
        rows = picture.rows[row0:row1]
        bars = [timeline.bar_rect(r.initiative_id) for r in rows if r.kind == "item"]
        assert any(b is not None and b.left() < x1 and b.right() > x0 for b in bars)
        edge = x0 + plan.width - picture.names_width()  # the page's right edge, in timeline x
        for row in rows:
            if row.kind == "item" and row.initiative_id in anchors:
                anchor, right = anchors[row.initiative_id]
                if x0 <= anchor < x1:  # drawn here, and whole
                    assert timeline.title_box(row.initiative_id).left() >= x0 - 0.5 and right <= edge + 0.5
        assert (row1 - row0) * ROW_H <= plan.height


@pytest.mark.parametrize("unit, count", [("month", 1), ("week", 3)])
def test_the_sample_pdf_takes_as_few_pages_as_readable_type_allows(qapp, document, unit, count):
    """By the month all 25 rows fit one A4 page; by the week three pages, each with bars and whole titles."""
    picture = roadmap_picture(document, unit)
    assert len(picture.pages()) == count
    _check_pages(picture)


def test_a_300_initiative_plan_pages_with_bars_and_whole_titles(qapp):
    """A generated plan of 300 pages down and across; no page is empty, no title cut, the type readable."""
    picture = roadmap_picture(Document(synthetic_plan(300)), "month")
    assert len(picture.pages()) > 4
    _check_pages(picture)


@pytest.mark.parametrize("size, unit", [(0, "week"), (0, "month"), (50, "week"), (50, "month"),
                                        (300, "week"), (300, "month")])
def test_pages_are_filled_and_no_two_slices_would_share_one(qapp, size, unit):
    """Each slice takes at least 60% of its page's timeline width, and no two neighbours would fit one page."""
    document = Document(synthetic_plan(size) if size else sample_plan())
    picture = roadmap_picture(document, unit)
    plan = picture.page_plan()
    room = plan.width - picture.names_width()
    widths = [x1 - x0 for x0, x1 in plan.slices]
    assert all(w <= room + 0.5 for w in widths)
    if picture.body_width > 0.6 * room:
        assert min(widths) >= 0.6 * room
    assert all(a + b > room for a, b in zip(widths, widths[1:]))
    _check_pages(picture)


def test_fit_to_width_puts_the_whole_span_across_each_page(qapp):
    """With fit_width there is one slice, the whole timeline, and pages run downwards only."""
    picture = roadmap_picture(Document(synthetic_plan(300)), "month", fit_width=True)
    pages = picture.pages()
    assert {s for s, _ in pages} == {(0.0, picture.body_width)}
    assert [rows for _, rows in pages] == sorted(rows for _, rows in pages)
    assert picture.body_width + picture.overhang <= picture.page_plan().width - picture.names_width() + 0.5
    _check_pages(picture)


def test_letter_paper_is_landscape_letter(qapp, document, tmp_path):
    """paper="letter" gives 11 × 8.5 inch pages."""
    out = tmp_path / "r.pdf"
    export_roadmap(document, out, paper="letter")
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", out.read_bytes())
    assert {(float(w), float(h)) for w, h in boxes} == {(792.0, 612.0)}


# ---------------------------------------------------------------- ranges and relative periods

@pytest.mark.parametrize("unit", ["week", "month", "quarter", "half", "year"])
def test_a_short_span_is_stretched_not_padded(qapp, document, unit):
    """The range is the work's periods; a timeline shorter than MIN_BODY is widened, never given more periods."""
    picture = roadmap_picture(document, unit)
    assert picture.first == {"week": dt.date(2027, 1, 4)}.get(unit, dt.date(2027, 1, 1))
    assert picture.body_width >= MIN_BODY


@pytest.mark.parametrize("unit, labels", [
    ("week", [f"Week {n}" for n in range(1, 53)]),
    ("month", [f"Month {n}" for n in range(1, 13)]),
    ("quarter", ["Q1", "Q2", "Q3", "Q4"]),
    ("half", ["H1", "H2"]),
    ("year", ["Year 1"]),
])
def test_relative_headers_count_from_1_with_none_missing(qapp, document, tmp_path, unit, labels):
    """A year from the start, relative: every period is labelled, from 1, and the subtitle names the first and last."""
    out = tmp_path / "r.svg"
    export_roadmap(document, out, unit, last=dt.date(2027, 12, 31) if unit != "week" else dt.date(2028, 1, 2),
                   relative=True)
    title, *texts = _texts(out)
    assert title == "Social media strategy 2027"
    short = [re.sub(r"^(Month|Week|Year) ", lambda m: m.group(1)[0], label) for label in labels]
    assert all(label in texts for label in labels) or all(label in texts for label in short)
    assert (f"{labels[0]} – {labels[-1]}" if len(labels) > 1 else labels[0]) == texts[0]  # the subtitle
    assert not any(re.search(r"\b20\d\d\b", t) for t in texts if t)  # no absolute date anywhere
    assert not any(re.fullmatch(r"(Month|Week|Year) 0|Q0|H0", t or "") for t in texts)


# ---------------------------------------------------------------- slides

@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1024, 768)])
def test_a_slide_png_is_exactly_the_size_asked(qapp, document, tmp_path, size):
    """size=(W, H) gives a W × H PNG holding every row of the sample, its time axis filling the width."""
    out = tmp_path / "s.png"
    export_roadmap(document, out, size=size)
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    picture = roadmap_picture(document, size=size)
    assert picture.left_out == 0
    assert picture.body_width + picture.overhang == pytest.approx(size[0] / picture.zoom - 32, abs=1)


def test_a_200_character_title_does_not_widen_the_picture(qapp, tmp_path):
    """The sample with one 200-character title: the same picture width, and the same timeline on a slide."""
    plan = sample_plan()
    long = sample_plan()
    for item in long.initiatives:
        item.title = LONG if item.title == "Community management" else item.title
    for kwargs in ({}, {"size": (1366, 768)}):
        a, b = roadmap_picture(Document(plan), **kwargs), roadmap_picture(Document(long), **kwargs)
        assert a.size() == b.size() and b.body_width == pytest.approx(a.body_width)
    out = tmp_path / "long.png"
    export_roadmap(Document(long), out, size=(1366, 768))
    assert QImage(str(out)).width() == 1366


def test_a_short_title_beside_the_last_bar_is_bounded(qapp):
    """A 200-character title beside a short bar is elided: the picture grows by at most the title limit."""
    plan = sample_plan()
    last = next(i for i in plan.initiatives if i.title == "KPI dashboard & monthly reporting")
    last.title = LONG
    picture = roadmap_picture(Document(plan))
    assert picture.overhang < 300 and picture.size()[0] < 1000


def test_too_many_rows_for_a_slide_are_left_out_and_said(qapp, tmp_path, capsys):
    """300 initiatives on a 1366x768 slide: rows shrink to the floor, the rest are left out, and the CLI says so."""
    plan_path, out = tmp_path / "big.bep", tmp_path / "s.png"
    save(synthetic_plan(300), plan_path)
    status, said, _ = run(capsys, "render", plan_path, "--view", "roadmap", "--size", "1366x768", "-o", out)
    assert status == 0 and "1366x768" in said and re.search(r"; \d+ of 290 rows left out", said)
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1366, 768)


def test_slide_means_full_hd_and_a_pdf_takes_no_size(qapp, tmp_path, capsys):
    """--slide draws the roadmap at 1920x1080; a PDF is paged, so --size with one is a usage error."""
    out = tmp_path / "s.png"
    status, said, _ = run(capsys, "render", SAMPLE, "--view", "roadmap", "--slide", "-o", out)
    assert status == 0 and said.rstrip().endswith("by month, 1920x1080")
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1920, 1080)
    status, _, err = run(capsys, "render", SAMPLE, "--view", "roadmap", "--slide", "-o", tmp_path / "s.pdf")
    assert status == 2 and "a roadmap PDF is paged" in err


def test_fit_width_and_letter_reach_the_pdf(qapp, tmp_path, capsys):
    """render --fit-width --paper letter: a Letter PDF whose pages each hold the whole span."""
    out = tmp_path / "r.pdf"
    status, said, _ = run(capsys, "render", SAMPLE, "--view", "roadmap", "--scale", "week", "--fit-width",
                          "--paper", "letter", "-o", out)
    assert status == 0 and said.rstrip().endswith("by week, 1 page")
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", out.read_bytes())
    assert {(float(w), float(h)) for w, h in boxes} == {(792.0, 612.0)}


def _page_image(picture, number: int) -> QImage:
    """Page ``number`` (from 1) drawn as paint_pages draws it, one pixel a view pixel."""
    plan = picture.page_plan()
    image = QImage(round(plan.width), round(plan.height), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        picture.paint_page(painter, plan.pages[number - 1], number, len(plan.pages), plan.width, plan.height)
    finally:
        painter.end()
    return image


LONG_TAIL = " and a tail longer than the widest name column holds"


def _long_titles(plan):
    """``plan`` with every title too long for the name column, so each is drawn by its bar too."""
    for item in plan.initiatives:
        item.title += LONG_TAIL
    return plan


@pytest.mark.parametrize("size, unit, paper", [(0, "week", "a4"), (300, "month", "letter")])
def test_no_bar_runs_past_its_page_s_slice(qapp, size, unit, paper):
    """Where a title crosses a page's right seam it is drawn whole on a white label; its bar stops at the seam."""
    picture = roadmap_picture(Document(_long_titles(synthetic_plan(size) if size else sample_plan())), unit, paper=paper)
    plan, anchors = picture.page_plan(), picture.title_anchors()
    build, checked = QColor(COLOURS["build"]), 0
    for number, ((x0, x1), (row0, row1)) in enumerate(plan.pages, 1):
        crossing = [i for i, row in enumerate(picture.rows[row0:row1]) if row.initiative_id in anchors
                    and x0 <= anchors[row.initiative_id][0] < x1 < anchors[row.initiative_id][1]]
        if not crossing:
            continue
        image, edge = _page_image(picture, number), picture.names_width() + x1 - x0
        top = HEADER_H + (TITLE_H if picture.title_line else 0)
        for i in crossing:
            checked += 1
            for y in range(round(top + i * ROW_H) + 2, round(top + (i + 1) * ROW_H) - 2):
                for x in range(math.ceil(edge) + 2, image.width()):
                    pixel = image.pixelColor(x, y)
                    assert (abs(pixel.red() - build.red()) + abs(pixel.green() - build.green())
                            + abs(pixel.blue() - build.blue())) > 60, (number, x, y)
    assert checked


def test_a_page_names_each_initiative_once_and_repeats_only_a_cut_name_by_its_bar(qapp, document, tmp_path):
    """The name column shows each title; a bar carries it too only where the column cuts it short."""
    document.plan.initiative("cross-links").title += " for every team"  # past the widest column, not past TITLE_LIMIT
    picture = roadmap_picture(document, "week")
    named = picture.named_whole()
    cut = {r.initiative_id for r in picture.rows if r.kind == "item"} - named
    assert cut == {"cross-links"} and "policy" in named
    assert set(picture.title_anchors()) == cut
    out = tmp_path / "w.pdf"
    export_roadmap(document, out, unit="week")
    texts = "\n".join(pdf_page_texts(out.read_bytes())).splitlines()
    assert texts.count("Social media policy") == len(picture.pages())  # once a page, in the column
    assert "Link social with website and e-mail for every team" in texts  # whole by its bar, on one page


def test_the_name_column_widens_for_the_dutch_sample_names(qapp):
    """The Dutch sample's longest name, cut at the old 220 px, is shown whole in a wider column."""
    from planner.samples import sample_plan as sample
    from ui.roadmap.paper import LEFT_COLUMN, MAX_LEFT_COLUMN
    picture = roadmap_picture(Document(sample("social-media-strategy.nl.bep")), "month")
    assert LEFT_COLUMN < picture.names_width() <= MAX_LEFT_COLUMN
    titles = {r.initiative_id: r.label for r in picture.rows if r.kind == "item"}
    assert titles["employee-advocacy"] == "Programma medewerkers als ambassadeur" and "employee-advocacy" in picture.named_whole()


@pytest.mark.parametrize("plan", [Plan(title="Nothing yet"),
                                  Plan(title="All parked", initiatives=[Initiative("a", "A", decision="ignore")])])
def test_an_empty_roadmap_says_so_in_one_line(qapp, tmp_path, plan):
    """No bars: the SVG and the PDF page say "No initiatives on the timeline yet" instead of drawing a bare grid."""
    document = Document(plan)
    export_roadmap(document, tmp_path / "e.svg")
    texts = _texts(tmp_path / "e.svg")
    assert any(t and t.startswith(EMPTY_TEXT) for t in texts)
    assert not any(t in ("Nov", "Jan", "Feb") for t in texts)  # no grid's periods
    export_roadmap(document, tmp_path / "e.pdf")
    (page,) = pdf_page_texts((tmp_path / "e.pdf").read_bytes())
    assert EMPTY_TEXT in page and "Lane and initiative" not in page


def test_a_long_bar_s_title_goes_beside_it_where_other_titles_run_on_anyway(qapp):
    """In the 50-initiative picture "Roll out onboarding workflow" is drawn whole beside its bar, not elided inside."""
    picture = roadmap_picture(Document(synthetic_plan(50)))
    timeline = picture.timeline
    iid = next(r.initiative_id for r in picture.rows if r.label == "Roll out onboarding workflow")
    text, inside = timeline.title_placed(iid)
    assert text == "Roll out onboarding workflow" and not inside
    assert timeline.title_box(iid).right() <= picture.body_width + picture.overhang
