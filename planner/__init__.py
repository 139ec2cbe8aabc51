"""Benefit–Effort Planner core: the plan model, plan files, scoring and scheduling.

This package never imports Qt; the desktop app in ``ui`` is a thin adapter over it.
"""

__version__ = "0.1.0"


def resource_folder(name: str):
    """Return the bundled folder ``resources/NAME`` (a Traversable): this checkout's own in a source
    tree, else the installed ``planner.resources``.

    An editable install of another checkout maps planner.resources to that checkout, whose files are
    not this one's; an installed copy (wheel or bundle) has no resources folder beside the package.
    """
    from pathlib import Path
    here = Path(__file__).resolve().parent.parent / "resources" / name
    if here.is_dir():
        return here
    from importlib import resources
    return resources.files("planner.resources").joinpath(name)
