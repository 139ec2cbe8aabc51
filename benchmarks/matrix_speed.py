"""Speed of the benefit–effort matrix with thousands of rated initiatives.

First paint: the matrix tab of the real main window shown with the plan and painted once.
Drag: mouse-move events posted to the viewport during a marker drag, each timed from posting to
the event handled (the edit made, the table, details panel and matrix told) and the dirty
region painted.
Targets: first paint <= 0.5 s; one drag-move event <= 16 ms.
Usage: python benchmarks/matrix_speed.py [--n 5000] [--moves 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generate_plan import synthetic_plan  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.main_window import MainWindow  # noqa: E402


def rated_plan(n: int):
    plan = synthetic_plan(n)
    for i, item in enumerate(plan.initiatives):  # everything rated, spread over the scale
        item.benefit = 1 + (i * 7 % 9) / 2
        item.technical_effort = 1 + (i * 5 % 9) / 2
        item.organisational_effort = 1 + (i * 3 % 9) / 2
    return plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--moves", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    plan = rated_plan(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp), autosave=False)
        window.resize(1600, 1000)
        window.show()
        for _ in range(3):  # let the window settle (docks take their width) before the clock starts
            app.processEvents()
        begin = time.perf_counter()
        window.set_plan(plan, None)
        window.show_view("matrix")
        view = window.matrix
        app.processEvents()  # lays out the tab and paints it
        first_paint = time.perf_counter() - begin

        marker_id = next(iter(view.matrix.markers))
        port = view.viewport()
        start = view.mapFromScene(view.matrix.markers[marker_id].pos())
        QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        times, rated = [], []
        for k in range(1, args.moves + 1):
            # Back and forth across the plot, so many moves cross a snapping step.
            offset = round(300 * abs(((k / 20) % 2) - 1))
            point = QPoint(start.x() + offset, start.y() - offset // 2)
            before = window.undo_stack.command(0).edit.values if window.undo_stack.count() else None
            t = time.perf_counter()
            QTest.mouseMove(port, point)
            for _ in range(3):  # the scene's update, then the view's paint: each a posted event
                app.processEvents()
            times.append(time.perf_counter() - t)
            after = window.undo_stack.command(0).edit.values if window.undo_stack.count() else None
            if after != before:  # this move crossed a step: the ratings changed
                rated.append(times[-1])
        QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        steps_after = window.undo_stack.count()
        window.close_without_asking(remember_layout=False)

    print(f"Matrix with {args.n} rated initiatives, window 1600x1000 offscreen")
    print(f"first paint of the matrix      {first_paint * 1000:8.0f} ms   <= 500 ms   "
          f"{'ok' if first_paint <= 0.5 else 'MISSED'}")
    median, worst = statistics.median(times), max(times)
    print(f"drag-move event, median        {median * 1000:8.1f} ms   <= 16 ms    {'ok' if median <= 0.016 else 'MISSED'}")
    if rated:
        m = statistics.median(rated)
        print(f"  of the {len(rated):3d} that re-rated   {m * 1000:8.1f} ms   <= 16 ms    {'ok' if m <= 0.016 else 'MISSED'}")
    print(f"drag-move event, slowest       {worst * 1000:8.1f} ms")
    print(f"undo steps after the whole drag: {steps_after} (one expected)")


if __name__ == "__main__":
    main()
