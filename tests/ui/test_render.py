"""`benefit-planner-cli render`: pictures of a plan from the command line, with the CLI's exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner.cli import main
from planner.plan_file import save

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "social-media-strategy.bep"


def cli(*args) -> subprocess.CompletedProcess:
    """Run the CLI in a fresh interpreter, headless, as a user's shell would."""
    return subprocess.run([sys.executable, "-m", "planner", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def run(capsys, *args) -> tuple[int, str, str]:
    try:
        status = main([str(a) for a in args])
    except SystemExit as e:  # argparse on wrong usage
        status = e.code
    out, err = capsys.readouterr()
    return status, out, err


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


@pytest.mark.parametrize("args", [["--scale", "0"], ["--scale", "nan"], ["--view", "roadmap"],
                                  ["--effort", "social"]])
def test_other_bad_options_are_usage_errors(tmp_path, capsys, args):
    """A scale that is not positive, or an unknown view or effort axis, exits 2."""
    assert run(capsys, "render", SAMPLE, "-o", tmp_path / "m.png", *args)[0] == 2


def test_a_picture_too_big_to_hold_is_a_usage_error(qapp, tmp_path, capsys):
    """A size and scale that each pass but together are too many pixels exit 2 in one line."""
    status, _, err = run(capsys, "render", SAMPLE, "-o", tmp_path / "m.png", "--size", "9000x9000",
                         "--scale", "8")
    assert status == 2 and len(err.splitlines()) == 1 and err.startswith("benefit-planner-cli render: error:")


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
