"""``benefit-planner-cli render``: draw a view of a plan to a picture file, without a window.

planner.cli imports this module only for the render command, so the other commands never
load Qt. Errors are raised as the CLI's InputError (exit 1) or reported as usage (exit 2).
"""

from __future__ import annotations

import sys
from pathlib import Path

from planner.cli import InputError, load_plan
from planner.document import Document
from planner.errors import PlanError
from ui.matrix_export import check_format, ensure_app, export_matrix


def _matrix(document: Document, args) -> None:
    export_matrix(document, args.output, size=args.size, effort=args.effort,
                  presentation=args.presentation, scale=args.scale)


# view name -> function drawing it; planner.cli.RENDER_VIEWS lists the same names.
RENDERERS = {"matrix": _matrix}


def run(args) -> int:
    """Draw ``args.view`` of the plan ``args.plan`` to ``args.output``; return the exit status."""
    out = args.output
    try:
        check_format(out)  # before loading anything, so a wrong name fails fast
    except PlanError as e:
        raise InputError(f"{out}: {e}") from None
    plan = load_plan(args.plan)
    ensure_app(headless=True)
    try:
        RENDERERS[args.view](Document(plan, Path(args.plan)), args)
    except PlanError as e:  # the plan loads but cannot be drawn, e.g. a dependency cycle
        raise InputError(f"{args.plan}: {e}") from None
    except ValueError as e:  # a size and scale that only together are too large
        print(f"benefit-planner-cli render: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        raise InputError(f"{out}: cannot write the file ({e.strerror or e})") from None
    width, height = args.size
    print(f"{out}: drew the {args.view} of “{plan.title}”, {width}x{height}")
    return 0
