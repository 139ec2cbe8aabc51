"""`benefit-planner-cli render`: pictures of a plan from the command line, with the CLI's exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner.document import Document
from planner.formats.plan_file import load, save
from tests.cli_run import run

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "social-media-strategy.bep"


def cli(*args) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh interpreter, headless, as a user's shell would."""
    return subprocess.run([sys.executable, "-m", "ui.cli", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})




@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_render_writes_each_format(tmp_path, suffix, magic):
    """`render --view matrix -o OUT` exits 0, writes that format and says what it wrote."""
    out = tmp_path / f"matrix{suffix}"
    done = cli("render", SAMPLE, "--view", "matrix", "-o", out, "--size", "800x500")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(magic)
    assert done.stdout == f"{out}: drew the matrix of “Social media strategy 2027”, 800x500\n"


def test_size_and_scale_give_the_pixels_of_the_png(qapp, tmp_path, capsys):
    """--size and --scale together set the PNG's pixels."""
    out = tmp_path / "m.png"
    assert run(capsys, "render", SAMPLE, "-o", out, "--size", "640x400", "--scale", "1.5")[0] == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (960, 600)


def test_presentation_draws_a_different_picture(qapp, tmp_path, capsys):
    """--presentation uses the large, high-contrast theme: the picture differs from the everyday one."""
    plain, big = tmp_path / "plain.png", tmp_path / "big.png"
    assert run(capsys, "render", SAMPLE, "-o", plain, "--size", "800x500")[0] == 0
    assert run(capsys, "render", SAMPLE, "-o", big, "--size", "800x500", "--presentation")[0] == 0
    a, b = QImage(str(plain)), QImage(str(big))
    assert a.size() == b.size() and a != b


@pytest.mark.parametrize("size", ["800", "axb", "10x10", "800x500x2", "20000x500"])
def test_a_bad_size_is_a_usage_error(tmp_path, capsys, size):
    """A size that is not WxH within 200..10000 exits 2 with a usage message, and writes nothing."""
    status, _, err = run(capsys, "render", SAMPLE, "-o", tmp_path / "m.png", "--size", size)
    assert status == 2
    assert err.startswith("usage: benefit-planner-cli render")
    assert f"error: argument --size: {size}:" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["--scale", "0"], ["--scale", "nan"], ["--view", "gantt"],
                                  ["--effort", "social"]])
def test_other_bad_options_are_usage_errors(tmp_path, capsys, args):
    """A scale that is not positive, or an unknown view or effort axis, exits 2."""
    assert run(capsys, "render", SAMPLE, "-o", tmp_path / "m.png", *args)[0] == 2


def test_a_picture_too_big_to_hold_exits_1_in_one_line(qapp, tmp_path, capsys):
    """A size and scale that each pass but together are too many pixels: a bad input, exit 1, one line."""
    out = tmp_path / "m.png"
    status, _, err = run(capsys, "render", SAMPLE, "-o", out, "--size", "9000x9000", "--scale", "8")
    assert status == 1 and len(err.splitlines()) == 1 and err.startswith(f"error: {out}: ")
    assert not out.exists()


def test_a_roadmap_too_wide_for_a_png_exits_1_in_one_line(qapp, tmp_path, capsys):
    """Weeks at scale 8 over a long plan make a PNG too wide: exit 1 with one line, not a usage error."""
    out = tmp_path / "r.png"
    status, _, err = run(capsys, "render", SAMPLE, "--view", "roadmap", "-o", out, "--scale", "week",
                         "--scale", "8", "--to", "2035-12-31")
    assert status == 1 and len(err.splitlines()) == 1 and err.startswith(f"error: {out}: ")
    assert "pixels" in err and not out.exists()


def test_a_bad_plan_exits_1_with_the_core_s_sentence(tmp_path):
    """A plan that does not validate gives exit 1 and one line, `error: FILE: place: what`."""
    bad = tmp_path / "bad.bep"
    bad.write_text(json.dumps({"format": "benefit-effort-plan", "version": 1,
                               "initiatives": [{"id": "a", "title": "A", "benefit": 7}]}))
    out = tmp_path / "m.png"
    done = cli("render", bad, "--view", "matrix", "-o", out)
    assert done.returncode == 1
    assert done.stderr == f"error: {bad}: initiatives[0].benefit: 7 is outside the scale 1–5\n"
    assert not out.exists()


def test_a_plan_with_a_dependency_cycle_exits_1(qapp, tmp_path, capsys):
    """A plan whose dependencies loop is refused in one line naming the cycle, and nothing is drawn."""
    from planner.model import Dependency
    from planner.samples import sample_plan
    plan = sample_plan()
    first = plan.dependencies[0]
    plan.dependencies.append(Dependency(from_=first.to, to=first.from_))  # the way back closes a loop
    path = tmp_path / "cycle.bep"
    save(plan, path)
    status, _, err = run(capsys, "render", path, "-o", tmp_path / "m.png")
    assert status == 1 and len(err.splitlines()) == 1
    assert err.startswith(f"error: {path}: dependencies: the dependencies form a cycle: ")
    assert not (tmp_path / "m.png").exists()


def test_a_wrong_suffix_exits_1_before_loading_anything(tmp_path, capsys):
    """OUT.jpg is refused in one line naming the formats there are, even for a plan not there."""
    status, _, err = run(capsys, "render", tmp_path / "missing.bep", "-o", tmp_path / "m.jpg")
    assert status == 1
    assert err == (f"error: {tmp_path / 'm.jpg'}: cannot export the matrix to a file with ‘.jpg’; "
                   "name it .png, .svg or .pdf\n")


def test_an_unwritable_output_exits_1(qapp, tmp_path, capsys):
    """A folder that is not there gives `error: OUT: cannot write the file (...)`."""
    out = tmp_path / "missing" / "m.png"
    status, _, err = run(capsys, "render", SAMPLE, "-o", out)
    assert status == 1 and err.startswith(f"error: {out}: cannot write the file (")


# ---------------------------------------------------------------- the roadmap

@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_render_roadmap_writes_each_format(tmp_path, suffix, magic):
    """`render --view roadmap -o OUT` exits 0, writes that format and says what range it drew."""
    out = tmp_path / f"roadmap{suffix}"
    done = cli("render", SAMPLE, "--view", "roadmap", "-o", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(magic)
    assert done.stdout.startswith(f"{out}: drew the roadmap of “Social media strategy 2027”, "
                                  "1 Jan 2027 – 31 Oct 2027 by month, ")


def test_scale_takes_a_time_unit_and_a_pixel_factor_together(qapp, tmp_path, capsys):
    """--scale week --scale 2 draws weeks, at twice the pixels of the picture each way."""
    from ui.roadmap.export import roadmap_picture

    out = tmp_path / "r.png"
    status, said, _ = run(capsys, "render", SAMPLE, "--view", "roadmap", "-o", out, "--scale", "week", "--scale", "2")
    assert status == 0
    width, height = roadmap_picture(Document(load(SAMPLE)), "week").size()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (2 * width, 2 * height)
    assert f"by week, {2 * width}x{2 * height}\n" in said


def test_from_to_group_and_relative_reach_the_picture(tmp_path, capsys):
    """--from/--to set the range in the title line; --group owner and --relative change the rows and labels."""
    out = tmp_path / "r.svg"
    status, said, _ = run(capsys, "render", SAMPLE, "--view", "roadmap", "-o", out, "--scale", "quarter",
                          "--from", "2027-03-01", "--to", "2027-12-31", "--group", "owner", "--relative")
    assert status == 0 and "Q1 – Q4 by quarter" in said  # relative: periods, not dates
    texts = {t.text for t in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text")}
    # Q1 shows only its last month here, too narrow for its label, which is then left out whole.
    assert {"Q1 – Q4", "Web team (1)", "Q2", "Q4"} <= texts and "Q5" not in texts and "2027" not in texts


def test_a_long_roadmap_pdf_says_how_many_pages(tmp_path, capsys):
    """By the week the sample's PDF is tiled, and the command reports the pages."""
    out = tmp_path / "r.pdf"
    status, said, _ = run(capsys, "render", SAMPLE, "--view", "roadmap", "-o", out, "--scale", "week")
    pages = len(re.findall(rb"/Type /Page\b", out.read_bytes()))
    assert status == 0 and pages > 1 and said.endswith(f"by week, {pages} pages\n")


@pytest.mark.parametrize("args, complaint", [
    (["--view", "roadmap", "--scale", "fortnight"], "argument --scale: fortnight: use a number"),
    (["--view", "roadmap", "--from", "2027-02-30"], "argument --from: 2027-02-30: use a date as YYYY-MM-DD"),
    (["--view", "roadmap", "--from", "2027-06-01", "--to", "2027-05-01"], "--from 2027-06-01 is after --to 2027-05-01"),
    (["--view", "roadmap", "--group", "team"], "argument --group: invalid choice"),
    (["--view", "roadmap", "--size", "800x500", "--slide"], "--slide is 1920x1080; give --slide or --size, not both"),
    (["--view", "roadmap", "--fit-width"], "--fit-width and --paper: only for a roadmap PDF"),
    (["--view", "roadmap", "--effort", "technical", "--presentation"], "--effort, --presentation: only for --view matrix"),
    (["--view", "roadmap", "--tray"], "--tray: only for --view matrix"),
    (["--scale", "week"], "--scale week: only for --view roadmap"),
    (["--view", "matrix", "--from", "2027-01-01", "--relative"], "--from, --relative: only for --view roadmap"),
])
def test_bad_roadmap_options_are_usage_errors(tmp_path, capsys, args, complaint):
    """An unknown unit, date or grouping, an empty range, or an option of the other view exit 2."""
    status, _, err = run(capsys, "render", SAMPLE, "-o", tmp_path / "r.png", *args)
    assert status == 2
    assert err.startswith("usage: benefit-planner-cli render") and f"error: {complaint}" in err
    assert list(tmp_path.iterdir()) == []


def test_a_roadmap_range_after_the_plan_exits_1_in_one_line(qapp, tmp_path, capsys):
    """--from past the plan's end leaves an empty range for this plan: exit 1, one line, nothing written."""
    out = tmp_path / "r.png"
    status, _, err = run(capsys, "render", SAMPLE, "--view", "roadmap", "-o", out, "--from", "2040-01-01")
    assert status == 1 and len(err.splitlines()) == 1
    assert err.startswith(f"error: {out}: the range 2040-01-01 to ")
    assert list(tmp_path.iterdir()) == []


def test_a_wrong_suffix_for_the_roadmap_names_the_roadmap(tmp_path, capsys):
    """OUT.jpg for the roadmap is refused in one line that names the roadmap (exit 1)."""
    status, _, err = run(capsys, "render", SAMPLE, "--view", "roadmap", "-o", tmp_path / "r.jpg")
    assert status == 1
    assert err == (f"error: {tmp_path / 'r.jpg'}: cannot export the roadmap to a file with ‘.jpg’; "
                   "name it .png, .svg or .pdf\n")


def test_render_leaves_the_unrated_tray_out_unless_asked(qapp, tmp_path, capsys):
    """A matrix picture shows no tray of initiatives not yet rated; --tray adds it."""
    plan = load(SAMPLE)
    plan.initiative("webcare").benefit = None
    source = tmp_path / "unrated.bep"
    save(plan, source)
    pictures = {}
    for name, extra in (("plain", []), ("tray", ["--tray"])):
        out = tmp_path / f"{name}.png"
        status, _, err = run(capsys, "render", source, "--view", "matrix", "--size", "1024x768", "-o", out, *extra)
        assert status == 0, err
        pictures[name] = QImage(str(out))
    assert pictures["tray"] != pictures["plain"]


def test_render_of_an_empty_roadmap_says_there_is_nothing_on_it(tmp_path):
    """A new plan's roadmap is drawn with its one line, and the command says so rather than give a span."""
    plan, out = tmp_path / "empty.bep", tmp_path / "empty.png"
    assert cli("new", plan).returncode == 0
    done = cli("render", plan, "--view", "roadmap", "-o", out)
    assert done.returncode == 0 and out.exists()
    assert "no initiatives on the timeline yet" in done.stdout and " by month" not in done.stdout


@pytest.mark.parametrize("kind", ["year 1", "9999-12-31"])
def test_roadmaps_at_the_calendars_edges_are_drawn(tmp_path, capsys, kind):
    """Roadmap pictures of a plan in year 1 or ending on 9999-12-31 are drawn at every scale."""
    from tests.core.test_hostile_plans import edge_plan
    path = tmp_path / "edge.bep"
    path.write_text(json.dumps(edge_plan(kind)), encoding="utf-8")
    for scale in ("week", "month", "quarter", "half", "year"):
        status, _, err = run(capsys, "render", path, "--view", "roadmap", "--scale", scale,
                             "-o", tmp_path / "r.png", "--size", "1024x768")
        assert status == 0, (scale, err)
