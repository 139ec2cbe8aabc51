"""A non-editable install carries everything the core needs, sample plans included."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stderr[-2000:]}")
    return next(out.glob("*.whl"))


def test_wheel_contains_the_sample_plan(wheel):
    """The wheel ships resources/samples as planner/resources/samples."""
    names = zipfile.ZipFile(wheel).namelist()
    assert "planner/resources/samples/social-media-strategy.bep" in names
    assert "planner/resources/samples/social-media-strategy.nl.bep" in names
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/"))]


def test_installed_core_runs_from_the_wheel_alone(wheel, tmp_path):
    """Unpacked on its own, with no site-packages, the core writes the sample plan."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = tmp_path / "sample.bep"
    done = subprocess.run([sys.executable, "-S", "-m", "planner", "new", str(out), "--sample"],
                          capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == (ROOT / "resources/samples/social-media-strategy.bep").read_bytes()


def test_installed_core_writes_a_template_from_the_wheel_alone(wheel, tmp_path):
    """The wheel carries every template: the Dutch five phases are written from it."""
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"planner/resources/templates/{p.name}" for p in (ROOT / "resources/templates").glob("*.bep")} <= set(names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = tmp_path / "plan.bep"
    done = subprocess.run([sys.executable, "-S", "-m", "planner", "new", str(out), "--template", "phases",
                           "--lang", "nl"], capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert done.returncode == 0, done.stderr
    assert "vijf fasen" in done.stdout
