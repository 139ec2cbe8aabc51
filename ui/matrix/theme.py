"""How the benefit–effort matrix looks: on screen, and projected on a wall in a workshop."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from planner.palette import DECISION_COLOURS
from planner.scoring import BIG_BET, FILL_IN, MONEY_PIT, QUICK_WIN

# Each decision has a colour AND a shape (undecided also hollow), so the four stay apart in
# grey-scale print and for colour-blind readers.
DECISION_STYLE = {
    "build": (DECISION_COLOURS["build"], "circle", True),
    "join": (DECISION_COLOURS["join"], "square", True),
    "ignore": (DECISION_COLOURS["ignore"], "cross", True),
    "undecided": (DECISION_COLOURS["undecided"], "diamond", False),
}

DECISION_LABEL = {"build": QT_TRANSLATE_NOOP("Matrix", "Build"), "join": QT_TRANSLATE_NOOP("Matrix", "Join"),
                  "ignore": QT_TRANSLATE_NOOP("Matrix", "Ignore"), "undecided": QT_TRANSLATE_NOOP("Matrix", "Undecided")}


def shown_number(value: float, spec: str = "g") -> str:
    """``value`` formatted by ``spec`` with the decimal mark of the language in use: 3.5, or 3,5 in Dutch."""
    return format(value, spec).replace(".", QLocale().decimalPoint())


def matrix_text(text: str) -> str:
    """Return ``text``, marked QT_TRANSLATE_NOOP("Matrix", …), in the language in use."""
    return QCoreApplication.translate("Matrix", text)


@dataclass(frozen=True)
class MatrixTheme:
    background: str
    text: str            # labels, axis titles, ticks: at least 7:1 against background and tints
    quiet_text: str      # quadrant names, drawn large behind the markers
    grid: str
    tints: dict          # quadrant -> fill colour
    label_px: float      # label font size in pixels
    tick_px: float
    title_px: float
    quadrant_px: float
    marker_radius: float
    line_width: float
    key_px: float = 12.0      # the numbered key's type: as large as its room allows, never smaller than 12
    legend_px: float = 0.0    # the legend's type when not the labels' (0): it keeps its size as labels grow


def screen_theme(height: float) -> MatrixTheme:
    """The everyday theme, sized for a plot ``height`` pixels high."""
    unit = max(11.0, min(15.0, height / 60))
    return MatrixTheme(
        background="#ffffff", text="#1a1a1a", quiet_text="#5c5c5c", grid="#d0d0d0",
        tints={QUICK_WIN: "#e3f3e6", BIG_BET: "#e6eef8", FILL_IN: "#f4f4f4", MONEY_PIT: "#fbe9e7"},
        label_px=unit, tick_px=unit, title_px=unit * 1.5, quadrant_px=unit * 1.6,
        marker_radius=max(6.0, unit * 0.55), line_width=1.5, key_px=max(12.0, unit * 0.9))


# Presentation labels: 1/38 of the screen's height by default, so that even rounded to whole
# pixels they are at least 1/40: 28 px at 1080 (1/40 is 27), 20 px at 768 (19.2). Each step of
# the size setting is 15 %; two steps down (about 1/50, for a crowded plan on a near screen) is
# the floor, four up the top.
LABEL_STEP = 1.15
SMALLEST_LABEL_STEP, LARGEST_LABEL_STEP = -2, 4


def projection_theme(screen_height: float, label_step: int = 0) -> MatrixTheme:
    """High contrast and large type for a wall: labels at least 1/40 of the screen's height at step 0."""
    unit = screen_height / 38
    step = max(SMALLEST_LABEL_STEP, min(LARGEST_LABEL_STEP, label_step))
    return MatrixTheme(
        background="#ffffff", text="#000000", quiet_text="#3d3d3d", grid="#9a9a9a",
        tints={QUICK_WIN: "#d9f0dd", BIG_BET: "#dbe7f6", FILL_IN: "#ededed", MONEY_PIT: "#f9e0dc"},
        label_px=unit * LABEL_STEP ** step, tick_px=unit * 0.9, title_px=unit * 1.4, quadrant_px=unit * 1.3,
        marker_radius=unit * 0.55, line_width=3.0,
        # The key is read from the back of the room too: 1/40 of the screen whatever the labels' size.
        key_px=max(12.0, math.ceil(screen_height / 40)), legend_px=unit)


def contrast_ratio(foreground: str, background: str) -> float:
    """Return the WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
