"""Exporting the roadmap to PNG, SVG and PDF: size, content, the chosen range, and pages that tile."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
import zlib

import pytest
from PySide6.QtGui import QColor, QImage

from planner.document import Document
from planner.errors import PictureError, PlanError
from planner.model import Dependency, Initiative, Lane, Plan
from ui.roadmap import paper
from ui.roadmap.export import export_roadmap, roadmap_picture
from ui.roadmap.painter import COLOURS

SVG = "{http://www.w3.org/2000/svg}"


def svg_texts(path) -> list[str]:
    """Return the text of every <text> element of an SVG file, in drawing order."""
    return [t.text for t in ET.parse(path).getroot().iter(f"{SVG}text")]


def pdf_page_texts(data: bytes) -> list[str]:
    """Return the text drawn on each page of a PDF written by Qt, one line per text run.

    Qt writes each text run as glyph ids (``<0001> Tj``) in a Type0 font whose ToUnicode map
    gives their characters; reading those needs no PDF library.
    """
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S)}

    def stream(number: int) -> bytes:
        body = objects[number]
        raw = body[re.search(rb"stream\r?\n", body).end():body.rindex(b"endstream")]
        return zlib.decompress(raw) if b"/FlateDecode" in body[:200] else raw

    def to_unicode(font: int) -> dict[int, str]:
        cmap, chars = stream(int(re.search(rb"/ToUnicode (\d+) 0 R", objects[font])[1])).decode("latin-1"), {}
        for start, end, targets in re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)> \[([^\]]*)\]", cmap):
            for code, target in zip(range(int(start, 16), int(end, 16) + 1), re.findall(r"<([0-9A-F]+)>", targets)):
                chars[code] = chr(int(target, 16))
        for code, target in re.findall(r"^<([0-9A-F]{4})> <([0-9A-F]{4})>$", cmap, re.M):
            chars[int(code, 16)] = chr(int(target, 16))
        return chars

    pages = objects[next(n for n, b in objects.items() if re.search(rb"/Type /Pages\b", b))]
    texts = []
    for page in map(int, re.findall(rb"(\d+) 0 R", pages[pages.index(b"/Kids"):])):
        body = objects[page]
        resources = objects[int(re.search(rb"/Resources (\d+) 0 R", body)[1])]
        fonts = {name: to_unicode(int(n)) for name, n in re.findall(rb"/(F\d+) (\d+) 0 R", resources)}
        content, font, lines = stream(int(re.search(rb"/Contents (\d+) 0 R", body)[1])), {}, []
        for name, glyphs, end in re.findall(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\b(ET)\b", content):
            if name:
                font, line = fonts[name], []
            elif glyphs:
                line.append(font.get(int(glyphs, 16), "?"))
            elif end:
                lines.append("".join(line).replace("\t", " "))
        texts.append("\n".join(lines))
    return texts


def long_plan(weeks: int = 80, count: int = 30) -> Plan:
    """A plan of three lanes whose chain of ``count`` initiatives runs ``weeks`` weeks, and a parked one."""
    lanes = [Lane("prep", "Preparation"), Lane("build", "Building"), Lane("run", "Running")]
    plan = Plan(title="A long plan", start=dt.date(2027, 1, 4), lanes=lanes)
    step = weeks * 7 // count
    for i in range(count):
        plan.initiatives.append(Initiative(f"i{i}", f"Step {i + 1}", decision=("build", "join", "undecided")[i % 3],
                                           lane=lanes[i * 3 // count].id, start=plan.start, duration_days=step))
        if i:
            plan.dependencies.append(Dependency(f"i{i - 1}", f"i{i}"))
    plan.initiatives.append(Initiative("x", "Parked idea", decision="ignore"))
    return plan


def test_png_has_the_picture_s_size_times_the_scale_and_draws_the_bars(qapp, document, tmp_path):
    """A PNG is the picture's size at scale 1 and twice each way at scale 2, with the bars' colour on it."""
    width, height = roadmap_picture(document).size()
    one, two = tmp_path / "one.png", tmp_path / "two.png"
    export_roadmap(document, one)
    export_roadmap(document, two, scale=2)
    small, large = QImage(str(one)), QImage(str(two))
    assert (small.width(), small.height()) == (width, height)
    assert (large.width(), large.height()) == (2 * width, 2 * height)
    assert large.dotsPerMeterX() == pytest.approx(2 * small.dotsPerMeterX(), abs=2)
    build = QColor(COLOURS["build"]).rgb()
    bar_pixels = sum(small.pixel(x, y) == build for x in range(0, width, 2) for y in range(0, height, 2))
    assert bar_pixels > 200  # a blank or header-only picture has none


def test_svg_names_the_plan_its_range_every_lane_and_every_bar(qapp, document, tmp_path):
    """The SVG's title is the plan's; it writes the range, each lane with its count, and each shown title."""
    out = tmp_path / "r.svg"
    export_roadmap(document, out)
    root = ET.parse(out).getroot()
    assert root.find(f"{SVG}title").text == document.plan.title
    texts = svg_texts(out)
    picture = roadmap_picture(document)
    assert texts[:2] == [document.plan.title, picture.range_text()]
    plan = document.plan
    for lane in plan.lanes:
        count = sum(item.lane == lane.id and item.decision != "ignore" for item in plan.initiatives)
        assert f"▾ {lane.name} ({count})" in texts
    shown = [item.title for item in plan.initiatives if item.decision != "ignore"]
    parked = [item.title for item in plan.initiatives if item.decision == "ignore"]
    assert set(shown) <= set(texts) and not set(parked) & set(texts)


def test_the_legend_explains_each_mark_and_counts_the_parked(qapp, document, tmp_path):
    """The legend names the bar styles, milestone, pin and conflict; the critical path only when shown."""
    plain, critical = tmp_path / "plain.svg", tmp_path / "critical.svg"
    export_roadmap(document, plain)
    export_roadmap(document, critical, critical=True)
    texts = svg_texts(plain)
    for entry in ("Build", "Join", "Undecided", "Milestone", "Pinned start",
                  "Pinned earlier than its predecessor allows", "2 parked (decided ignore), not on the timeline"):
        assert entry in texts
    assert "Critical path" not in texts and "Critical path" in svg_texts(critical)


def test_the_default_range_holds_the_whole_schedule_in_whole_periods(qapp, document):
    """By default the picture runs from a month start before the first bar to a month end after the last."""
    picture = roadmap_picture(document)
    schedule = document.schedule
    assert picture.first <= min(s.earliest_start for s in schedule.items.values())
    assert picture.last >= schedule.finish
    assert picture.first.day == 1 and (picture.last + dt.timedelta(days=1)).day == 1
    assert picture.body_width == ((picture.last - picture.first).days + 1) * 2.0  # 2 px a day by the month


def test_from_and_to_limit_the_header_and_name_every_row(qapp, document, tmp_path):
    """A chosen range shows only its months in the header, says so, and adds a column naming each row."""
    out = tmp_path / "r.svg"
    export_roadmap(document, out, first=dt.date(2027, 3, 1), last=dt.date(2027, 6, 30))
    texts = svg_texts(out)
    assert "1 Mar 2027 – 30 Jun 2027" in texts
    months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
    assert months & set(texts) == {"Mar", "Apr", "May", "Jun"}
    # Bars before March are cut off with their titles, so the column names them instead.
    assert "Goals & ambitions (3)" in texts and "Goals & ambition workshops" in texts


def test_grouping_and_relative_periods_are_drawn(qapp, document, tmp_path):
    """Grouped by owner the owners head the rows; relative periods count from the plan start."""
    out = tmp_path / "r.svg"
    export_roadmap(document, out, grouping="owner", relative=True)
    texts = svg_texts(out)
    assert "▾ Web team (1)" in texts and "▾ Goals & ambitions (3)" not in texts
    assert "Month 1" in texts and "Year 1" in texts and "Jan" not in texts


def test_a_long_plan_at_week_scale_tiles_pdf_pages_that_each_name_their_rows(qapp, tmp_path):
    """Week by week a long plan takes several A4 pages; each repeats the title, its header and its row names."""
    document = Document(long_plan())
    out = tmp_path / "long.pdf"
    export_roadmap(document, out, unit="week")
    data = out.read_bytes()
    picture = roadmap_picture(document, "week")
    pages = picture.pages()
    assert len(re.findall(rb"/Type /Page\b", data)) == len(pages) > 2
    assert len({rows for _, rows in pages}) == 2  # too tall for one page, as well as too wide
    texts = pdf_page_texts(data)
    assert len(texts) == len(pages)
    for number, (text, ((x0, _), (row0, row1))) in enumerate(zip(texts, pages), 1):
        assert f"A long plan\n{picture.range_text()}\npage {number} of {len(pages)}" in text
        # The column on the left: its heading, the lane a band starts inside, then every row's name.
        lines = text.splitlines()
        column = lines[lines.index("Lane and initiative") + 1:]
        rows = picture.rows[row0:row1]
        if rows[0].kind == "item":
            lane = next(r for r in reversed(picture.rows[:row0]) if r.kind == "group")
            assert column.pop(0) == f"{lane.label} (continued)"
        assert column[:len(rows)] == [f"{r.label} ({r.count})" if r.kind == "group" else r.label for r in rows]
        first_week = picture.timeline.axis.day_at(x0 + 1).isocalendar().week
        assert f"W{first_week}" in text.splitlines()
        assert "1 parked (decided ignore), not on the timeline" in text


def test_a_lane_continued_on_the_next_page_says_so_in_dutch(dutch, tmp_path):
    """A band of rows that starts inside a lane names it “(vervolg)” in a Dutch PDF."""
    document = Document(long_plan())
    out = tmp_path / "long.pdf"
    export_roadmap(document, out, unit="week")
    picture = roadmap_picture(document, "week")
    continued = [(text, row0) for text, (_, (row0, _end)) in zip(pdf_page_texts(out.read_bytes()), picture.pages())
                 if picture.rows[row0].kind == "item"]
    assert continued
    for text, row0 in continued:
        lane = next(r for r in reversed(picture.rows[:row0]) if r.kind == "group")
        assert f"{lane.label} (vervolg)" in text.splitlines() and "(continued)" not in text


def test_the_pdf_is_vector_on_a4_landscape(qapp, document, tmp_path):
    """Pages are A4 landscape, drawn with paths and embedded fonts, never a picture pasted in."""
    out = tmp_path / "r.pdf"
    export_roadmap(document, out, unit="week")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes and {(float(w), float(h)) for w, h in boxes} == {(842.0, 595.0)}
    assert b"/Subtype /Image" not in data and b"/FontFile2" in data


def test_a_short_plan_fits_one_page(qapp, tmp_path):
    """A plan that fits A4 by the month is one page, numbered so."""
    document = Document(long_plan(weeks=20, count=8))
    out = tmp_path / "short.pdf"
    export_roadmap(document, out)
    texts = pdf_page_texts(out.read_bytes())
    assert len(texts) == 1 and "page 1 of 1" in texts[0] and "Preparation (3)" in texts[0]


def test_an_unknown_suffix_is_refused_in_one_sentence(qapp, document, tmp_path):
    """A .jpg is a PlanError naming the roadmap and the suffixes there are; nothing is written."""
    with pytest.raises(PlanError) as caught:
        export_roadmap(document, tmp_path / "r.jpg")
    assert str(caught.value) == "cannot export the roadmap to a file with ‘.jpg’; name it .png, .svg or .pdf"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kwargs, error", [
    ({"unit": "fortnight"}, ValueError), ({"grouping": "team"}, ValueError), ({"scale": 0}, PictureError),
    ({"first": dt.date(2027, 6, 1), "last": dt.date(2027, 5, 1)}, PictureError),
    ({"first": dt.date(2040, 1, 1)}, PictureError),  # after the plan's end, where the range would stop
    ({"first": "2027-01-01"}, ValueError),
    ({"unit": "week", "scale": 8, "last": dt.date(2027, 12, 31)}, PictureError),  # a PNG too large to hold
    ({"unit": "week", "first": dt.date(1000, 1, 1), "last": dt.date(3000, 1, 1)}, PictureError),
])
def test_arguments_out_of_range_are_refused(qapp, document, tmp_path, kwargs, error):
    """A range, size or scale a user can ask for: PictureError; an unknown unit or grouping, or a
    date that is not one (a caller's mistake): ValueError. Nothing is written."""
    with pytest.raises(error):
        export_roadmap(document, tmp_path / "r.png", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_too_many_pages_are_refused(qapp, document, tmp_path, monkeypatch):
    """More pages with bars than MAX_PAGES are refused before drawing."""
    monkeypatch.setattr(paper, "MAX_PAGES", 2)
    with pytest.raises(PictureError, match="3 pages, more than 2"):
        export_roadmap(document, tmp_path / "r.pdf", unit="week")
    assert list(tmp_path.iterdir()) == []


def test_a_plan_that_cannot_be_scheduled_is_a_plan_error(qapp, document, tmp_path):
    """A dependency cycle leaves nothing to lay in time: PlanError naming the cycle."""
    first = document.plan.dependencies[0]
    document.plan.dependencies.append(Dependency(first.to, first.from_))
    with pytest.raises(PlanError, match="cycle"):
        export_roadmap(document, tmp_path / "r.png")


def test_exporting_leaves_the_open_document_alone(qapp, document, tmp_path, monkeypatch):
    """A one-off picture never subscribes to the open document."""
    subscribed = []
    monkeypatch.setattr(document, "subscribe", lambda *a, **k: subscribed.append(a))
    export_roadmap(document, tmp_path / "r.png")
    assert subscribed == []


def test_an_unwritable_folder_raises_oserror(qapp, document, tmp_path):
    """A folder that is not there is an OSError, as for any other file."""
    with pytest.raises(OSError):
        export_roadmap(document, tmp_path / "missing" / "r.pdf")


def test_a_printer_gets_the_same_pages_as_the_pdf(qapp, tmp_path):
    """A QPrinter is one more paged device: paint_pages prints every page, each naming its number."""
    from PySide6.QtPrintSupport import QPrinter

    picture = roadmap_picture(Document(long_plan()), "week")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(picture.page_layout())
    picture.paint_pages(printer)
    texts = pdf_page_texts((tmp_path / "printed.pdf").read_bytes())
    count = len(picture.pages())
    assert len(texts) == count and all(f"page {n} of {count}" in text for n, text in enumerate(texts, 1))
