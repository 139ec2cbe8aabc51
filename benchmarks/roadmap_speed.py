"""Speed of the roadmap with a large plan: first paint, zoom, scroll and one bar drag.

The roadmap tab of the real main window, a synthetic plan of N initiatives and 2N dependencies.
Each figure runs from the input (a call, a posted wheel or mouse event) until the view has
painted, and is the median of several runs.
Targets: first paint <= 1 s; a zoom step or a scroll <= 16 ms; one bar drag-move event <= 16 ms.
Usage: python benchmarks/roadmap_speed.py [--n 5000] [--runs 15]
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
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.main_window import MainWindow  # noqa: E402


def settle(app) -> None:
    for _ in range(3):  # the update request, then the paint: each a posted event
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    plan = synthetic_plan(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp), autosave=False)
        window.resize(1600, 1000)
        window.show()
        settle(app)
        begin = time.perf_counter()
        window.set_plan(plan, None)
        window.show_view("roadmap")
        view = window.roadmap
        app.processEvents()  # lays out the tab and paints it
        first_paint = time.perf_counter() - begin
        port = view.viewport()

        def timed(action) -> float:
            t = time.perf_counter()
            action()
            view.viewport().repaint()  # the whole viewport: a zoom or scroll changes all of it
            return time.perf_counter() - t

        def wheel(delta: int):
            def run():
                centre = QPointF(port.width() / 2, port.height() / 2)
                event = QWheelEvent(centre, QPointF(port.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                                    QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                                    Qt.ScrollPhase.NoScrollPhase, False)
                view.wheelEvent(event)
            return run

        zooms = [timed(wheel(120 if k % 2 else -120)) for k in range(args.runs)]
        bar = view.verticalScrollBar()
        scrolls = [timed(lambda k=k: bar.setValue(bar.value() + (200 if k % 2 else -150))) for k in range(args.runs)]

        view.set_unit("week")
        bar.setValue(bar.maximum() // 2)
        settle(app)
        middle = view.mapToScene(port.rect().center())
        index = max(0, min(len(view.rows) - 1, int((middle.y() - 44) // 26)))
        iid = next(r.initiative_id for r in view.rows[index:] if r.kind == "item" and view.bar_rect(r.initiative_id))
        view.scroll_to(iid)
        settle(app)
        rect = view.bar_rect(iid)
        start = view.mapFromScene(rect.center())
        QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        moves = []
        for k in range(1, args.runs + 1):
            t = time.perf_counter()
            QTest.mouseMove(port, start + QPoint(round(k * view.px_per_day * 2), 0))  # two days a move
            settle(app)
            moves.append(time.perf_counter() - t)
        QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        steps = window.undo_stack.count()
        window.close_without_asking(remember_layout=False)

    def line(name, seconds, target):
        verdict = "ok" if seconds <= target else "MISSED"
        print(f"{name:<34}{seconds * 1000:8.1f} ms   <= {target * 1000:.0f} ms   {verdict}")
    print(f"Roadmap with {len(plan.initiatives)} initiatives and {len(plan.dependencies)} dependencies, "
          "window 1600x1000 offscreen, medians")
    line("first paint", first_paint, 1.0)
    line("zoom step (Ctrl+wheel) + repaint", statistics.median(zooms), 0.016)
    line("scroll + repaint", statistics.median(scrolls), 0.016)
    line("bar drag-move event", statistics.median(moves), 0.016)
    print(f"undo steps after the drag: {steps} (one expected)")


if __name__ == "__main__":
    main()
