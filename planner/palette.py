"""The plan's colours, as ``#rrggbb`` text: the screen, the pictures and the workbook take them from here.

The core holds no Qt, so the views turn these into QColor, and the Excel export drops the ``#``.
"""

from __future__ import annotations

# Each decision has its colour everywhere: the matrix's markers, the roadmap's bars, the
# workbook's chart and roadmap cells. (The matrix adds a shape per decision for grey-scale print.)
DECISION_COLOURS = {"build": "#1f5fa8", "join": "#0f8a6a", "ignore": "#6b6b6b", "undecided": "#b35c00"}
# A zero-day initiative's cell in the workbook's roadmap; on screen and in pictures a milestone
# is a diamond in its decision's colour.
MILESTONE_CELL = "#1a1a1a"
CRITICAL = "#b3261e"   # the critical path
CONFLICT = "#e4002b"   # a dependency the dates break; drawn dashed, so it differs from the critical path's solid red

# Objectives: colours apart from each other and from the quadrant tints (Okabe–Ito based),
# the same in the table and on the matrix.
OBJECTIVE_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")
NO_OBJECTIVE_COLOUR = "#9a9a9a"


def objective_colours(plan) -> dict[str, str]:
    """A colour per objective of ``plan``, in plan order."""
    return {o.id: OBJECTIVE_COLOURS[n % len(OBJECTIVE_COLOURS)] for n, o in enumerate(plan.objectives)}
