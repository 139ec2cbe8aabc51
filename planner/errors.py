"""Errors a user can cause. Each carries data; ``str()`` gives one sentence for a person."""

from __future__ import annotations

from planner.language import _


class PlanError(Exception):
    """Base for every problem the core reports to a user."""


class PlanFileError(PlanError):
    """A plan file that cannot be read, with the place of the first problem.

    ``place`` is a path into the document such as ``initiatives[3].benefit``, a text position
    such as ``line 4, column 12``, or empty when the problem concerns the whole file;
    ``for_person`` says it as “Initiative 4 (‘Webcare team’), benefit: …” once the file is read.
    """

    def __init__(self, place: str, problem: str):
        super().__init__(f"{place}: {problem}" if place else problem)
        self.place = place
        self.problem = problem
        # What the window shows: the place as a person knows it (see planner.file_places).
        self.for_person = str(self)


class DependencyCycleError(PlanError):
    """Dependencies that loop back on themselves; ``cycle`` lists the ids, first one repeated last."""

    def __init__(self, cycle: list[str]):
        self.cycle = cycle
        super().__init__(_("the dependencies form a cycle: {cycle}").format(cycle=" → ".join(cycle)))



class ScheduleError(PlanError):
    """A plan that cannot be laid in time, such as one running past the last representable date."""


class PictureError(PlanError):
    """A picture or printout that cannot be made as asked: a range that ends before it starts, or
    a size, scale or page count out of bounds. The command line counts it as wrong usage."""
