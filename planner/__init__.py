"""Benefit–Effort Planner core: the plan model, plan files, scoring and scheduling.

This package never imports Qt; the desktop app in ``ui`` is a thin adapter over it.
"""

__version__ = "0.1.0"
