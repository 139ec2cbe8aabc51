"""The sample plans bundled with the app (``resources/samples`` in the source tree)."""

from __future__ import annotations

from importlib import resources

from planner.model import Plan

SAMPLE = "social-media-strategy.bep"


def sample_bytes(name: str = SAMPLE) -> bytes:
    """Return the file contents of the bundled sample plan ``name``."""
    return resources.files("planner.resources").joinpath("samples", name).read_bytes()


def sample_plan(name: str = SAMPLE) -> Plan:
    """Return the bundled sample plan ``name``, loaded and validated."""
    from planner.formats.plan_file import loads
    return loads(sample_bytes(name))
