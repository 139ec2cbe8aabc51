"""The Linux desktop files and the app icon, checked without building the bundle."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def test_desktop_entry_is_valid_and_opens_plans():
    """The .desktop entry passes desktop-file-validate and takes the .bep type and a file argument."""
    entry = (LINUX / "benefit-planner.desktop").read_text(encoding="utf-8").splitlines()
    assert "MimeType=application/x-benefit-planner;" in entry
    assert "Exec=benefit-planner %f" in entry and "Icon=benefit-planner" in entry
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-utils is not installed (desktop-file-validate)")
    result = subprocess.run(["desktop-file-validate", LINUX / "benefit-planner.desktop"], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_mime_type_claims_bep_files():
    """The shared-mime-info package names the type the desktop entry takes and matches *.bep."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "benefit-planner-mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-benefit-planner"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.bep"]
    # The magic matches what every plan file starts with.
    sample = (ROOT / "resources" / "samples" / "social-media-strategy.bep").read_text(encoding="utf-8")
    assert mime.find("m:magic/m:match", ns).get("value") in sample[:64]


def test_window_icon_has_every_drawn_size(qapp):
    """The window's icon offers each PNG size rendered from the SVG, each square at its size."""
    from PySide6.QtGui import QImage

    from ui.app import window_icon

    for size in SIZES:
        image = QImage(str(ICONS / f"benefit-planner-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert sorted(s.width() for s in window_icon().availableSizes()) == list(SIZES)
