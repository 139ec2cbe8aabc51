"""``benefit-planner-cli render``: draw a view of a plan to a picture file, without a window.

planner.cli imports this module only for the render command, so the other commands never
load Qt. Errors are raised as the CLI's InputError (exit 1): a picture too large for the
plan is a bad input, not wrong usage.
"""

from __future__ import annotations

from pathlib import Path

from planner.cli import InputError, load_plan
from planner.document import Document
from planner.errors import PictureError, PlanError
from ui.matrix.export import check_format, ensure_app, export_matrix


def _matrix(document: Document, args) -> str:
    round_ = _round(document.plan, args.round) if args.round else None
    export_matrix(document, args.output, size=args.size, effort=args.effort,
                  presentation=args.presentation, scale=args.scale, show_tray=args.tray,
                  layout_path=args.layout_json, round_id=round_ and round_.id, votes=args.votes)
    width, height = args.size
    return f"{width}x{height}" + (f", round ‘{round_.name}’" if round_ else "")


def _round(plan, name: str):
    """The plan's round called ``name`` (or with that id); InputError naming the rounds there are."""
    found = [r for r in plan.rounds if r.name == name] or [r for r in plan.rounds if r.id == name]
    if found:
        return found[-1]  # the latest of rounds sharing a name
    names = ", ".join(f"‘{r.name}’" for r in plan.rounds)
    raise InputError(f"no round ‘{name}’ in the plan; " + (f"its rounds are {names}" if names else "it has no rounds"))


UNIT_NAMES = {"week": "week", "month": "month", "quarter": "quarter", "half": "half-year", "year": "year"}


def _roadmap(document: Document, args) -> str:
    from ui.roadmap.export import roadmap_picture  # the matrix never needs it

    kind = check_format(args.output, "roadmap")
    picture = roadmap_picture(document, args.unit, args.first, args.last, args.group,
                              args.relative, args.critical, args.size, args.fit_width, args.paper)
    picture.write(args.output, args.scale)
    shown = ("no initiatives on the timeline yet" if picture.empty
             else f"{picture.range_text()} by {UNIT_NAMES[args.unit]}")
    if kind == ".pdf":
        count = len(picture.pages())
        return f"{shown}, {count} page{'s' if count != 1 else ''}"
    width, height = picture.size()
    scale = args.scale if kind == ".png" else 1
    drawn = f"{shown}, {round(width * scale)}x{round(height * scale)}"
    if picture.left_out:
        drawn += (f"; {picture.left_out} of {len(picture.rows)} rows left out at the bottom, too many "
                  "for this size (a PDF shows them all)")
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
        raise InputError(f"{layout}: cannot write the file (no such folder)")
    plan = load_plan(args.plan)
    ensure_app(headless=True)
    try:
        drawn = RENDERERS[args.view](Document(plan, Path(args.plan)), args)
    except PictureError as e:  # e.g. too wide for this plan: the arguments were fine, the picture is not
        raise InputError(f"{out}: {e}") from None
    except PlanError as e:  # the plan loads but cannot be drawn, e.g. a dependency cycle
        raise InputError(f"{args.plan}: {e}") from None
    except OSError as e:
        raise InputError(f"{out}: cannot write the file ({e.strerror or e})") from None
    print(f"{out}: drew the {args.view} of “{plan.title}”, {drawn}")
    return 0
