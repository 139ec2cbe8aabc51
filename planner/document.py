"""The open plan: the one object through which every change to a plan passes.

Views subscribe to it and hold no copies of the data. Each change is announced twice, before
and after it happens, with a Change record saying what it touches; the Qt adapter turns these
into model signals. Computed results (the schedule) are cached here and dropped when a change
can move dates.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planner.edits import Change, ChangeKind, Edit
from planner.errors import PlanError
from planner.ids import new_id
from planner.model import Initiative, Plan
from planner.scheduling import Schedule, schedule

Listener = Callable[[Change], None]


class Document:
    def __init__(self, plan: Plan, path: Path | None = None):
        self.plan = plan
        self.path = path
        self._before: list[Listener] = []
        self._after: list[Listener] = []
        self._schedule: Schedule | None = None
        self._schedule_problem: str | None = None
        self._rows: dict[str, int] | None = None

    def subscribe(self, after: Listener, before: Listener | None = None) -> None:
        """Call ``before(change)`` ahead of each change and ``after(change)`` once it is made."""
        self._after.append(after)
        if before is not None:
            self._before.append(before)

    def unsubscribe(self, after: Listener, before: Listener | None = None) -> None:
        """Stop calling listeners given to ``subscribe``, as a view that closes must; unknown ones are ignored."""
        # New lists rather than remove(): a change being announced goes on to its listeners unharmed.
        self._after = [listener for listener in self._after if listener != after]
        if before is not None:
            self._before = [listener for listener in self._before if listener != before]

    def apply(self, edit: Edit) -> Edit:
        """Make ``edit`` and return its inverse; raise PlanError, changing nothing, if it cannot be made."""
        change = edit.change(self.plan)
        for listener in self._before:
            listener(change)
        try:
            inverse = edit.apply(self.plan)
        finally:
            self._forget(change)
            for listener in self._after:
                listener(change)
        return inverse

    def replace(self, plan: Plan, path: Path | None) -> None:
        """Show a different plan altogether, as after New or Open."""
        change = Change(ChangeKind.RESET)
        for listener in self._before:
            listener(change)
        self.plan, self.path = plan, path
        self._forget(change)
        for listener in self._after:
            listener(change)

    def _forget(self, change: Change) -> None:
        if change.touches_rows:
            self._rows = None
        if change.moves_dates:
            self._schedule = None
            self._schedule_problem = None

    # ------------------------------------------------------------ derived data

    @property
    def schedule(self) -> Schedule | None:
        """The plan's schedule, or None when it cannot be made (see ``schedule_problem``)."""
        if self._schedule is None and self._schedule_problem is None:
            try:
                self._schedule = schedule(self.plan)
            except PlanError as e:
                self._schedule_problem = str(e)
        return self._schedule

    @property
    def schedule_problem(self) -> str | None:
        self.schedule  # noqa: B018 - computes it when needed
        return self._schedule_problem

    def row_of(self, initiative_id: str) -> int:
        """Return the position of an initiative in the plan's order."""
        if self._rows is None:
            self._rows = {item.id: i for i, item in enumerate(self.plan.initiatives)}
        return self._rows[initiative_id]

    def initiative(self, initiative_id: str) -> Initiative:
        """Return the initiative with ``initiative_id``; KeyError when the plan has none."""
        return self.plan.initiatives[self.row_of(initiative_id)]

    def new_id(self, title: str) -> str:
        """Return an unused id made from ``title`` (``"Webcare team"`` → ``"webcare-team"``)."""
        return new_id(title, {item.id for item in self.plan.initiatives}, "initiative")
