"""The standalone bundle runs on its own: each tab, both languages and the command line, without a venv."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

SAMPLE = "_internal/planner/resources/samples/social-media-strategy.bep"
VIEWS = ("table", "matrix", "roadmap", "strategy")
MAX_SIZE = 150 * 1024 * 1024


def picture(path: Path):
    """The PNG at ``path`` as a QImage (PNG reading needs no plugin and no application object)."""
    from PySide6.QtGui import QImage
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a readable PNG"
    return image


def colours(image) -> int:
    """How many different colours a 40×40 grid over the image meets: a blank window meets one or two."""
    return len({image.pixel(image.width() * i // 40, image.height() * j // 40) for i in range(40) for j in range(40)})


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_carries_both_programs_and_the_app_data(bundle):
    """Window and CLI beside each other, with the plans, catalogs, icons and the participant page."""
    for program in ("benefit-planner", "benefit-planner-cli", "install-desktop.sh"):
        assert (bundle / program).is_file() and (bundle / program).stat().st_mode & 0o111, program
    data = bundle / "_internal" / "planner" / "resources"
    for name in ("samples/social-media-strategy.nl.bep", "templates/oasis.nl.bep", "translations/core.nl.mo",
                 "translations/window.nl.qm", "workshop/index.html", "workshop/app.js", "icons/benefit-planner.svg",
                 "icons/benefit-planner-16.png", "icons/benefit-planner-256.png"):
        assert (data / name).is_file(), name


def test_leaves_out_what_the_app_does_not_use(bundle):
    """No QML, Quick, WebEngine, network or GTK libraries; Qt's texts only in English and Dutch; ≤ 150 MB."""
    names = [p.name for p in (bundle / "_internal").rglob("*")]
    unused = [n for n in names if n.startswith(("libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt6Network",
                                                "libQt6Multimedia", "libQt63D", "libQt6Designer", "libgtk-3"))]
    assert unused == []
    qt_texts = {p.stem.rsplit("_", 1)[-1] for p in bundle.glob("_internal/PySide6/Qt/translations/*.qm")}
    assert qt_texts <= {"en", "nl"} and "nl" in qt_texts
    assert folder_size(bundle) <= MAX_SIZE, f"{folder_size(bundle) / 2**20:.0f} MB"


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_of_each_tab(bundle, bare, tmp_path, view):
    """The window draws each tab of the sample at the size asked for."""
    out = tmp_path / f"{view}.png"
    result = bare(bundle / "benefit-planner", "--screenshot", out, "--size", "1366x768", "--view", view)
    assert result.returncode == 0, result.stderr
    image = picture(out)
    assert (image.width(), image.height()) == (1366, 768)
    assert colours(image) > 20


def test_dutch_window_differs_from_english(bundle, bare, tmp_path):
    """--lang nl finds the bundled catalogs: the Dutch window is not the English one."""
    shots = {}
    for lang in ("en", "nl"):
        shots[lang] = tmp_path / f"{lang}.png"
        result = bare(bundle / "benefit-planner", "--lang", lang, "--screenshot", shots[lang], "--size", "1024x768")
        assert result.returncode == 0, result.stderr
    assert picture(shots["en"]) != picture(shots["nl"])


def test_cli_schedule_in_both_languages(bundle, bare):
    """benefit-planner-cli schedule prints the sample's dates, headed in the language asked for."""
    english = bare(bundle / "benefit-planner-cli", "schedule", bundle / SAMPLE)
    dutch = bare(bundle / "benefit-planner-cli", "--lang", "nl", "schedule", bundle / SAMPLE)
    assert english.returncode == dutch.returncode == 0, english.stderr + dutch.stderr
    assert english.stdout.split()[:3] == ["title", "start", "finish"]
    assert dutch.stdout.split()[:3] == ["titel", "start", "einde"]
    assert "Goals & ambition workshops" in english.stdout


def test_cli_export_writes_a_workbook(bundle, bare, tmp_path):
    """export writes an Excel workbook that openpyxl reads back with every initiative."""
    import openpyxl

    out = tmp_path / "plan.xlsx"
    result = bare(bundle / "benefit-planner-cli", "export", bundle / SAMPLE, "-o", out)
    assert result.returncode == 0, result.stderr
    workbook = openpyxl.load_workbook(out)
    texts = {str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row if cell.value}
    assert {"Goals & ambition workshops", "Activation campaign", "KPI dashboard & monthly reporting"} <= texts


def test_cli_new_from_a_template(bundle, bare, tmp_path):
    """new --template reads the bundled template plans."""
    out = tmp_path / "oasis.bep"
    result = bare(bundle / "benefit-planner-cli", "new", "--template", "oasis", "--lang", "nl", out)
    assert result.returncode == 0, result.stderr
    assert bare(bundle / "benefit-planner-cli", "validate", out).returncode == 0


@pytest.mark.parametrize("view, size", [("matrix", (1600, 1000)), ("roadmap", None)])
def test_cli_render(bundle, bare, tmp_path, view, size):
    """render draws the sample's matrix and roadmap to PNG with Qt from the bundle."""
    out = tmp_path / f"{view}.png"
    result = bare(bundle / "benefit-planner-cli", "render", bundle / SAMPLE, "--view", view, "-o", out)
    assert result.returncode == 0, result.stderr
    image = picture(out)
    if size:
        assert (image.width(), image.height()) == size
    assert colours(image) > 10


def test_desktop_install_maps_plans_to_the_app(bundle, bare, tmp_path):
    """After install-desktop.sh, .bep files are application/x-benefit-planner and open in the bundle."""
    if subprocess.run(["sh", "-c", "command -v xdg-mime"], capture_output=True).returncode:
        pytest.skip("xdg-utils is not installed (xdg-mime)")
    xdg = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = bare("sh", bundle / "install-desktop.sh", **xdg)
    assert result.returncode == 0, result.stderr
    query = bare("xdg-mime", "query", "default", "application/x-benefit-planner", **xdg)
    assert query.stdout.strip() == "benefit-planner.desktop"
    entry = (tmp_path / "data" / "applications" / "benefit-planner.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle / "benefit-planner"}" %f' in entry.splitlines()
    assert (tmp_path / "data" / "icons" / "hicolor" / "16x16" / "apps" / "benefit-planner.png").is_file()
    if (tmp_path / "data" / "mime" / "globs2").is_file():  # written by shared-mime-info's update-mime-database
        assert "application/x-benefit-planner:*.bep" in (tmp_path / "data" / "mime" / "globs2").read_text()
