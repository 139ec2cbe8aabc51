"""``benefit-planner-cli render``: draw a view of a plan to a picture file, without a window.

planner.cli imports this module only for the render command, so the other commands never
load Qt. Errors are raised as the CLI's InputError (exit 1): a picture too large for the
plan is a bad input, not wrong usage.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.cli import InputError, load_plan
from planner.document import Document
from planner.errors import PictureError, PlanError
from planner.prose import system_problem
from ui.matrix.export import check_format, ensure_app, export_matrix


def _matrix(document: Document, args) -> str:
    round_ = _round(document.plan, args.round) if args.round else None
    export_matrix(document, args.output, size=args.size, effort=args.effort,
                  presentation=args.presentation, scale=args.scale, show_tray=args.tray,
                  layout_path=args.layout_json, round_id=round_ and round_.id, votes=args.votes)
    width, height = args.size
    return f"{width}x{height}" + (QCoreApplication.translate("Render", ", round ‘{name}’").format(name=round_.name) if round_ else "")


def _round(plan, name: str):
    """The plan's round called ``name`` (or with that id); InputError naming the rounds there are."""
    found = [r for r in plan.rounds if r.name == name] or [r for r in plan.rounds if r.id == name]
    if found:
        return found[-1]  # the latest of rounds sharing a name
    names = ", ".join(f"‘{r.name}’" for r in plan.rounds)
    raise InputError(QCoreApplication.translate("Render", "no round ‘{name}’ in the plan; its rounds are {names}").format(name=name, names=names)
                     if names else QCoreApplication.translate("Render", "no round ‘{name}’ in the plan; it has no rounds").format(name=name))


UNIT_NAMES = {"week": QT_TRANSLATE_NOOP("Render", "by week"), "month": QT_TRANSLATE_NOOP("Render", "by month"),
              "quarter": QT_TRANSLATE_NOOP("Render", "by quarter"), "half": QT_TRANSLATE_NOOP("Render", "by half-year"),
              "year": QT_TRANSLATE_NOOP("Render", "by year")}


def _roadmap(document: Document, args) -> str:
    from ui.roadmap.export import roadmap_picture  # the matrix never needs it

    kind = check_format(args.output, "roadmap")
    picture = roadmap_picture(document, args.unit, args.first, args.last, args.group,
                              args.relative, args.critical, args.size, args.fit_width, args.paper)
    picture.write(args.output, args.scale)
    shown = (QCoreApplication.translate("Render", "no initiatives on the timeline yet") if picture.empty
             else f"{picture.range_text()} {QCoreApplication.translate('Render', UNIT_NAMES[args.unit])}")
    if kind == ".pdf":
        count = len(picture.pages())
        pages = (QCoreApplication.translate("Render", "{n} page") if count == 1
                 else QCoreApplication.translate("Render", "{n} pages"))
        return f"{shown}, " + pages.format(n=count)
    width, height = picture.size()
    scale = args.scale if kind == ".png" else 1
    drawn = f"{shown}, {round(width * scale)}x{round(height * scale)}"
    if picture.left_out:
        drawn += QCoreApplication.translate("Render", "; {n} of {count} rows left out at the bottom, too many for this size (a PDF shows "
                                              "them all)").format(n=picture.left_out, count=len(picture.rows))
    return drawn


# view name -> function drawing it and returning what it drew (its size); planner.cli.RENDER_VIEWS
# lists the same names.
RENDERERS = {"matrix": _matrix, "roadmap": _roadmap}


def run(args) -> int:
    """Draw ``args.view`` of the plan ``args.plan`` to ``args.output``; return the exit status."""
    out = args.output
    try:
        check_format(out, args.view)  # before loading anything, so a wrong name fails fast
    except PlanError as e:
        raise InputError(f"{out}: {e}") from None
    layout = getattr(args, "layout_json", None)
    if layout and not Path(layout).resolve().parent.is_dir():
        raise InputError(QCoreApplication.translate("Render", "{path}: cannot write the file (no such folder)").format(path=layout))
    plan = load_plan(args.plan)
    ensure_app(headless=True)
    try:
        drawn = RENDERERS[args.view](Document(plan, Path(args.plan)), args)
    except PictureError as e:  # e.g. too wide for this plan: the arguments were fine, the picture is not
        raise InputError(f"{out}: {e}") from None
    except PlanError as e:  # the plan loads but cannot be drawn, e.g. a dependency cycle
        raise InputError(f"{args.plan}: {e}") from None
    except OSError as e:
        raise InputError(QCoreApplication.translate("Render", "{path}: cannot write the file ({reason})").format(path=out, reason=system_problem(e))) from None
    views = {"matrix": QCoreApplication.translate("Render", "matrix"), "roadmap": QCoreApplication.translate("Render", "roadmap")}
    print(QCoreApplication.translate("Render", "{path}: drew the {view} of “{title}”, {drawn}").format(
        path=out, view=views.get(args.view, args.view), title=plan.title, drawn=drawn))
    return 0
