"""``benefit-planner-cli``: the core's commands plus ``render``, which draws with Qt.

The core (planner.cli) never imports this package; this module adds ``render`` to the core's
parser and is the installed console script. It loads no Qt itself: only running ``render``
imports ui.render, so every other command starts as fast as ``python -m planner``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from planner.cli import COMMANDS, InputError, parser_and_commands, parse_date, run, speak
from planner.language import _
from planner.matrix_layout import EFFORT_AXES
from planner.rules import one_line
from planner.roadmap_layout import GROUPINGS, UNITS

RENDER_VIEWS = ("matrix", "roadmap")  # the views `render` can draw (ui.render.RENDERERS)
SLIDE = (1920, 1080)  # --slide: full HD, 16:9
PAPERS = ("a4", "letter")
MAX_SCALE = 8.0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    speak(argv)  # --lang or the environment, before any help or message is made
    parser, commands = parser_and_commands()
    _add_render(commands)
    _add_report(commands)
    return run(parser.parse_args(argv), {**COMMANDS, "render": _render, "report": _report})  # exits 2 on wrong usage


def _add_render(commands) -> None:
    render = commands.add_parser(
        "render", help=_("draw a view of a plan to a PNG, SVG or PDF file"),
        description=_("Draw a view of a plan to a picture file, without a window. --scale takes a number "
                      "for any view (a PNG's pixel factor) and, for the roadmap, also a time unit; give "
                      "both as --scale week --scale 2."))
    render.set_defaults(usage_error=render.error, check_usage=_check_render)
    render.add_argument("plan", metavar="PLAN")
    render.add_argument("--view", choices=RENDER_VIEWS, default=RENDER_VIEWS[0],
                        help=_("the view to draw (default: %(default)s)"))
    render.add_argument("-o", "--output", required=True, metavar="OUT",
                        help=_("the picture to write: .png, .svg or .pdf (a roadmap PDF is paged on A4 or Letter)"))
    render.add_argument("--scale", type=_scale, action="append", metavar="F|UNIT",
                        help=_("a number F draws a PNG F times as many pixels each way, for sharp slides "
                               "(default: 1); for the roadmap, a time unit (week, month, quarter, half or "
                               "year) sets the time scale (default: month)"))
    render.add_argument("--size", type=_size, metavar="WxH",
                        help=_("the picture's size in pixels (matrix default: 1600x1000; the roadmap is then "
                               "fitted to it, its time axis to the width and its rows to the height)"))
    render.add_argument("--slide", action="store_true",
                        help=_("a 16:9 slide: --size {size}").format(size=f"{SLIDE[0]}x{SLIDE[1]}"))
    matrix = render.add_argument_group(_("matrix options"))
    matrix.add_argument("--effort", choices=EFFORT_AXES,
                        help=_("the effort shown across the matrix (default: combined)"))
    matrix.add_argument("--presentation", action="store_true",
                        help=_("large type and high contrast, as in presentation mode"))
    matrix.add_argument("--tray", action="store_true",
                        help=_("include the tray of initiatives not yet rated (left out by default)"))
    matrix.add_argument("--layout-json", metavar="FILE",
                        help=_("also write the layout as painted, as JSON: each marker with its label or "
                               "number, the key, the thresholds and the quadrants' names"))
    matrix.add_argument("--round", metavar="NAME",
                        help=_("draw a workshop round's answer: each initiative at the room's median with its spread"))
    matrix.add_argument("--votes", action="store_true", help=_("with --round: a faint dot per vote"))
    roadmap = render.add_argument_group(_("roadmap options"))
    roadmap.add_argument("--from", dest="first", type=parse_date, metavar="DATE",
                         help=_("the first day shown, YYYY-MM-DD (default: the start of the period the plan "
                                "starts in)"))
    roadmap.add_argument("--to", dest="last", type=parse_date, metavar="DATE",
                         help=_("the last day shown, YYYY-MM-DD (default: the end of the period the plan ends in)"))
    roadmap.add_argument("--group", choices=GROUPINGS, help=_("group the rows by (default: lane)"))
    roadmap.add_argument("--relative", action="store_true",
                         help=_("label periods Month 1, Q1 … from the plan start, as in a proposal"))
    roadmap.add_argument("--critical", action="store_true", help=_("mark the critical path"))
    roadmap.add_argument("--fit-width", action="store_true",
                         help=_("a PDF: fit the whole span to the page's width; pages then run only downwards"))
    roadmap.add_argument("--paper", choices=PAPERS, help=_("a PDF's paper, landscape (default: a4)"))


def _size(text: str) -> tuple[int, int]:
    """Return (width, height) from ``WxH``; argparse turns the error into a usage message."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text}: use WIDTHxHEIGHT, e.g. 1600x1000").format(text=text)) from None
    if not (200 <= width <= 10_000 and 200 <= height <= 10_000):
        raise argparse.ArgumentTypeError(_("{text}: each side must be 200 to 10000 pixels").format(text=text))
    return width, height


def _scale(text: str) -> float | str:
    """Return a PNG factor (a float) or a roadmap time unit (a str) from ``--scale``."""
    if text.strip().lower() in UNITS:
        return text.strip().lower()
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text}: use a number such as 2, or for the roadmap a time unit: "
                                           "{units}").format(text=text, units=", ".join(UNITS))) from None
    if not 0 < value <= MAX_SCALE:  # also refuses nan
        raise argparse.ArgumentTypeError(_("{text}: use a number more than 0 and at most {limit}").format(
            text=text, limit=f"{MAX_SCALE:g}"))
    return value


def _check_render(args) -> None:
    """Split --scale into the PNG factor and the time unit; refuse options of the other view (exit 2)."""
    values = args.scale or []
    units = [v for v in values if isinstance(v, str)]
    factors = [v for v in values if not isinstance(v, str)]
    args.unit = units[-1] if units else None
    args.scale = factors[-1] if factors else 1.0
    if args.slide and args.size and args.size != SLIDE:
        args.usage_error(_("--slide is {size}; give --slide or --size, not both").format(size=f"{SLIDE[0]}x{SLIDE[1]}"))
    args.size = SLIDE if args.slide else args.size
    if args.view == "roadmap":
        misplaced = [name for name, value in (("--effort", args.effort), ("--presentation", args.presentation),
                                              ("--tray", args.tray), ("--layout-json", args.layout_json),
                                              ("--round", args.round), ("--votes", args.votes)) if value]
    else:
        misplaced = [name for name, value in (("--scale " + (args.unit or ""), args.unit), ("--from", args.first),
                                              ("--to", args.last), ("--group", args.group),
                                              ("--relative", args.relative), ("--critical", args.critical),
                                              ("--fit-width", args.fit_width), ("--paper", args.paper)) if value]
    if misplaced:
        other = "matrix" if args.view == "roadmap" else "roadmap"
        args.usage_error(_("{options}: only for --view {view}").format(options=", ".join(misplaced), view=other))
    if args.first and args.last and args.last < args.first:
        args.usage_error(_("--from {first} is after --to {last}").format(first=args.first, last=args.last))
    pdf = str(args.output).lower().endswith(".pdf")
    if args.view == "roadmap" and args.size and pdf:
        args.usage_error(_("--size and --slide: a roadmap PDF is paged; draw the slide as .png or .svg"))
    if args.view == "roadmap" and not pdf and (args.fit_width or args.paper):
        args.usage_error(_("--fit-width and --paper: only for a roadmap PDF"))
    if args.view == "matrix":
        args.size = args.size or (1600, 1000)
        if args.votes and not args.round:
            args.usage_error(_("--votes: only with --round NAME"))
    args.paper = args.paper or "a4"
    args.effort = args.effort or "combined"
    args.unit, args.group = args.unit or "month", args.group or "lane"


def _drawing(module: str, output: str):
    """Import the drawing module ``ui.<module>``: only render and report need Qt, the other commands stay Qt-free."""
    try:
        return importlib.import_module(f"ui.{module}")
    except ModuleNotFoundError as e:
        if (e.name or "").split(".")[0] not in {"PySide6", "shiboken6"}:
            raise  # a bug, not a missing install: let it show
        raise InputError(_("{path}: drawing needs PySide6, which cannot be loaded ({problem})").format(
            path=output, problem=e)) from None


def _render(args) -> int:
    return _drawing("render", args.output).run(args)


def _add_report(commands) -> None:
    report = commands.add_parser(
        "report", help=_("write a board pack: one PDF with strategy, matrix, ranked initiatives, roadmap and health"),
        description=_("Write the plan's board pack, one vector PDF a board reads in ten minutes: a cover, "
                      "contents, the strategy on one page, the matrix, the chosen initiatives ranked, the "
                      "roadmap and the plan-health findings, on numbered landscape pages."))
    report.set_defaults(usage_error=report.error, check_usage=_check_report)
    report.add_argument("plan", metavar="PLAN")
    report.add_argument("-o", "--output", required=True, metavar="PACK.pdf", help=_("the PDF to write"))
    report.add_argument("--paper", choices=PAPERS, default="a4",
                        help=_("the paper size (default: %(default)s)"))


def _check_report(args) -> None:
    """Refuse an output that is not .pdf (exit 2)."""
    if Path(args.output).suffix.lower() != ".pdf":
        args.usage_error(_("{name}: the board pack's name must end in .pdf").format(name=one_line(args.output)))



def _report(args) -> int:
    return _drawing("board_pack", args.output).run(args)


if __name__ == "__main__":
    sys.exit(main())
