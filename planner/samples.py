"""The sample plans bundled with the app (``resources/samples`` in the source tree)."""

from __future__ import annotations

from planner import resource_folder
from planner.model import Plan

SAMPLE = "social-media-strategy.bep"
# The same plan written in each language the app speaks; quadrant names are left to follow the language.
SAMPLES = {"en": SAMPLE, "nl": "social-media-strategy.nl.bep"}


def sample_name(language: str | None = None) -> str:
    """Return the sample's file name in ``language`` (by default the language in use); English otherwise."""
    if language is None:
        from planner.language import current
        language = current()
    return SAMPLES.get(language, SAMPLE)


def sample_bytes(name: str = SAMPLE) -> bytes:
    """Return the file contents of the bundled sample plan ``name``."""
    return resource_folder("samples").joinpath(name).read_bytes()


def sample_plan(name: str = SAMPLE) -> Plan:
    """Return the bundled sample plan ``name``, loaded and validated."""
    from planner.formats.plan_file import loads
    return loads(sample_bytes(name))
