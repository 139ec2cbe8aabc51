"""Start-up of the desktop app against a bare PySide6 window, measured side by side.

Each run is a fresh process that shows a window, paints it, grabs it and exits; the figure is
the median wall time. Target: the app with the sample plan within 1.5x of the bare window, and
a 5,000-initiative plan open and painted within 1 s.
Usage: python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
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

    from planner.plan_file import save

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
    b, a, g = (statistics.median(x) for x in (bare, app, large))
    print(f"bare QMainWindow: show, paint, grab, exit   {b:.3f} s")
    print(f"app with the sample plan                   {a:.3f} s   {a / b:.2f}x bare (target <= 1.5x)")
    print(f"app with 5,000 initiatives                 {g:.3f} s   (target <= 1 s)")
    print(f"networkx/openpyxl imported by then: {heavy or '?'}")


if __name__ == "__main__":
    main()
