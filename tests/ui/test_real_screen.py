"""The app under a real X server (Xvfb, no window manager): what offscreen rendering cannot show.

Offscreen, a window takes any size it is given; on X the window's own minimum size wins and a
first start is sized from the screen. Each test starts the app in its own X server; without
``xvfb-run`` (Debian's ``xvfb``) the group skips.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None,
                                reason="xvfb-run is not installed (Debian package xvfb)")

SCREENS = [(1024, 768), (1366, 768)]
VIEWS = ("table", "matrix", "roadmap", "strategy")
ROOT = Path(__file__).resolve().parents[2]

# Started as the app is, with a timer that reports the window on every tab and then quits.
PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ui import app as entry
from ui.main_window import MainWindow

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if sys.argv[1:] == ["too-big"]:
        window.move(2000, 1200)
        window.resize(3000, 2000)
        QApplication.processEvents()
    seen = {}
    for view in window.VIEWS:
        window.show_view(view)
        QApplication.processEvents()
        f = window.frameGeometry()
        seen[view] = [f.x(), f.y(), f.width(), f.height()]
    a = window.screen().availableGeometry()
    print(json.dumps({"screen": [a.x(), a.y(), a.width(), a.height()], "views": seen}))
    window.close_without_asking(remember_layout=True)
    app.exit(0)

QTimer.singleShot(1500, report)
sys.exit(entry.main([]))
"""


def run_on_x(screen: tuple[int, int], args: list[str], home: Path) -> subprocess.CompletedProcess:
    """Run ``python args`` on a fresh Xvfb screen of ``screen`` size, settings kept in ``home``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    command = ["xvfb-run", "-a", "-s", "-screen 0 {}x{}x24".format(*screen), sys.executable, *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    if "Could not load the Qt platform plugin" in done.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load (install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0)")
    return done


def inside(rect, area) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


@pytest.mark.parametrize("screen", SCREENS)
def test_screenshots_on_x_have_the_size_asked_for(tmp_path, screen):
    """`--screenshot --size` on X writes exactly the screen's size for every tab."""
    size = "{}x{}".format(*screen)
    for view in VIEWS:
        out = tmp_path / f"{view}.png"
        done = run_on_x(screen, ["-m", "ui", "--screenshot", str(out), "--size", size, "--view", view], tmp_path)
        assert done.returncode == 0, done.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == screen, view


@pytest.mark.parametrize("screen", SCREENS)
def test_a_first_start_on_x_fits_the_screen_on_every_tab(tmp_path, screen):
    """Without a window manager the first window lies inside the screen, whichever tab is shown."""
    done = run_on_x(screen, ["-c", PROBE], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"][2:] == list(screen)
    for view, frame in report["views"].items():
        assert inside(frame, report["screen"]), (view, frame)
    assert report["views"]["table"][2] >= 0.8 * screen[0]  # most of the screen, not a postage stamp


def test_a_window_remembered_too_big_and_off_screen_opens_inside_it(tmp_path):
    """A window left 3000×2000 at (2000, 1200) on a big screen opens within a 1024×768 beamer."""
    first = run_on_x((3840, 2160), ["-c", PROBE, "too-big"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.strip().splitlines()[-1])["views"]["table"][2:] == [3000, 2000]
    done = run_on_x((1024, 768), ["-c", PROBE], tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    for view, frame in report["views"].items():
        assert inside(frame, report["screen"]), (view, frame)
