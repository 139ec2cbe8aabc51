"""Start-up of the desktop app against a bare PySide6 window, measured side by side.

Each run is a fresh process that shows a window, paints it, grabs it and exits; the figure is
the median wall time. Target: the app with the sample plan within 1.5x of the bare window, and
a 5,000-initiative plan open and painted within 1 s.
Usage: python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1600, 1000); w.show()
app.processEvents(); w.grab().save(sys.argv[1])
"""

PHASES = """
import time; T = time.perf_counter()
import sys
def mark(name): print(f"  {name:<34}{(time.perf_counter() - T) * 1000:7.0f} ms")
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1]); mark("PySide6 and QApplication")
import planner.document, planner.formats.plan_file; mark("core modules")
from ui.main_window import MainWindow; mark("ui modules and their Qt classes")
from pathlib import Path
w = MainWindow(Path(sys.argv[2]), autosave=False); mark("main window built")
w.open_sample(); w.resize(1600, 1000); w.show(); app.processEvents(); mark("sample shown and painted")
image = w.grab(); mark("grabbed")
image.save(sys.argv[1]); mark("saved as PNG")
w.close_without_asking(False)
"""

HEAVY = """
import sys
from ui.app import main
code = main(['--screenshot', sys.argv[1]] + sys.argv[2:])
print(sorted(m for m in ('networkx', 'openpyxl') if m in sys.modules))
sys.exit(code)
"""


def wall(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(Path(__file__).parent))
    from generate_plan import synthetic_plan

    from planner.formats.plan_file import save

    # An installed app runs from bytecode (pip compiles it at install); an editable checkout
    # with PYTHONDONTWRITEBYTECODE set would compile every module on every start instead.
    root = Path(__file__).resolve().parents[1]
    for package in ("planner", "ui"):
        compileall.compile_dir(root / package, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        png = str(Path(tmp) / "shot.png")
        big = Path(tmp) / "big.bep"
        save(synthetic_plan(5000), big)
        py = sys.executable
        # Interleave the two so machine noise hits both alike.
        bare, app, large = [], [], []
        for _ in range(args.runs):
            bare.append(wall([py, "-c", BARE, png], 1))
            app.append(wall([py, "-c", HEAVY, png], 1))
            large.append(wall([py, "-c", HEAVY, png, str(big)], 1))
        heavy = subprocess.run([py, "-c", HEAVY, png], capture_output=True, text=True).stdout.strip()
        phases = subprocess.run([py, "-c", PHASES, png, tmp], capture_output=True, text=True).stdout
    b, a, g = (statistics.median(x) for x in (bare, app, large))
    print(f"bare QMainWindow: show, paint, grab, exit   {b:.3f} s")
    print(f"app with the sample plan                   {a:.3f} s   {a / b:.2f}x bare (target <= 1.5x)")
    print(f"app with 5,000 initiatives                 {g:.3f} s   (target <= 1 s)")
    print(f"networkx/openpyxl imported by then: {heavy or '?'}")
    print("where one start of the app with the sample spends its time, from the interpreter's start:")
    print(phases.rstrip())


if __name__ == "__main__":
    main()
