"""``benefit-planner [PLAN]``: start the desktop app, or render one screenshot and exit."""

from __future__ import annotations

import argparse
from collections import Counter
import os
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="benefit-planner", description="Benefit–Effort Planner")
    parser.add_argument("plan", nargs="?", metavar="PLAN", help="a .bep plan to open")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the main window once, offscreen, to OUT.png and exit")
    parser.add_argument("--size", default="1600x1000", metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--view", default="table", choices=["table", "matrix", "roadmap", "strategy"], help="the view to show for --screenshot")
    parser.add_argument("--lang", choices=["en", "nl"],
                        help="the language for this run (default: Preferences, else the system's)")
    return parser


def window_icon():
    """Return the app's icon (resources/icons) in every size drawn for it."""
    from PySide6.QtGui import QIcon

    from planner import resource_folder

    icon = QIcon()
    for png in sorted(resource_folder("icons").iterdir(), key=lambda entry: entry.name):
        if png.name.startswith("benefit-planner-") and png.name.endswith(".png"):
            icon.addFile(str(png))
    return icon


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"benefit-planner: error: --size {text}: use WIDTHxHEIGHT, e.g. 1600x1000") from None
    if not (200 <= w <= 10_000 and 200 <= h <= 10_000):
        raise SystemExit(f"benefit-planner: error: --size {text}: each side must be 200 to 10000 pixels")
    return w, h


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        size = _size(args.size)

    from PySide6.QtWidgets import QApplication

    from ui import language
    from ui.main_window import MainWindow, default_data_dir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Benefit-Effort Planner")
    app.setApplicationName("Benefit-Effort Planner")
    app.setApplicationDisplayName("Benefit–Effort Planner")
    app.setDesktopFileName("benefit-planner")  # the desktop entry packaging/linux installs
    app.setWindowIcon(window_icon())
    # Before the window is built: its texts are translated as they are made.
    language.apply(args.lang or language.preferred())

    window = MainWindow(data_dir=default_data_dir(), autosave=not args.screenshot)
    if args.screenshot:
        return _screenshot(window, args.plan, args.screenshot, size, args.view)
    if args.plan:
        window.files.open_path(Path(args.plan), ask_to_save=False)
    else:
        window.open_sample()
    window.show()
    window.files.offer_recovery()
    return app.exec()


def _screenshot(window, plan_path: str | None, out: str, size: tuple[int, int], view: str) -> int:
    """Render the window once with the plan (or the sample) and write it to ``out``."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from planner.errors import PlanFileError
    from planner.formats.plan_file import load
    from planner.rules import one_line

    if plan_path:
        try:
            window.set_plan(load(plan_path), Path(plan_path).resolve(), read_only=True)
        except (PlanFileError, OSError) as e:
            print(f"benefit-planner: error: {one_line(plan_path)}: {one_line(e)}", file=sys.stderr)
            return 1
    else:
        window.open_sample()
    window.resize(*size)
    window.show_view(view)
    window.show()
    window.fit_docks()
    # A selected initiative shows the details panel at work rather than its empty hint.
    plan = window.document.plan
    if plan.initiatives:
        predecessors = Counter(d.to for d in plan.dependencies)
        chosen = max(plan.initiatives, key=lambda item: predecessors[item.id])
        window.table.select_ids([chosen.id])
    QApplication.processEvents()
    ok = window.grab().save(out)
    window.close_without_asking(remember_layout=False)
    if not ok:
        reason = QCoreApplication.translate("app", "cannot write the image")
        print(f"benefit-planner: error: {one_line(out)}: {reason}", file=sys.stderr)
        return 1
    return 0

