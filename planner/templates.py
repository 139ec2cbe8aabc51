"""The template plans a new plan can start from (``resources/templates``: KEY.LANG.bep)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner import resource_folder
from planner.language import _
from planner.model import Plan

LANGUAGES = ("en", "nl")
# The core framework first, the empty plan last; a template added later sorts between them.
ORDER = ("phases", "oasis", "cycle")


@dataclasses.dataclass(frozen=True, slots=True)
class Template:
    key: str
    language: str
    title: str
    description: str


class UnknownTemplateError(LookupError):
    """No template has this key in this language; the message lists the keys there are."""


def _read(key: str, language: str) -> Plan:
    from planner.formats.plan_file import loads
    return loads(resource_folder("templates").joinpath(f"{key}.{language}.bep").read_bytes())


def templates(language: str | None = None) -> list[Template]:
    """Return the templates (in ``language``, or all), in the order a user chooses from."""
    found = []
    for entry in sorted(resource_folder("templates").iterdir(), key=lambda e: e.name):
        key, _, rest = entry.name.partition(".")
        lang = rest.removesuffix(".bep")
        if not rest.endswith(".bep") or (language is not None and lang != language):
            continue
        plan = _read(key, lang)
        about = plan.extra.get("template", {})
        # "name" where the chooser says it otherwise than the new plan's title ("Empty plan", "Untitled plan").
        found.append(Template(key, lang, about.get("name") or plan.title, about.get("description", "")))
    rank = {key: i for i, key in enumerate(ORDER)}
    return sorted(found, key=lambda t: (t.language, t.key == "empty", rank.get(t.key, len(ORDER)), t.key))


def template_plan(key: str, language: str = "en", start: dt.date | None = None) -> Plan:
    """Return a fresh plan from template ``key`` in ``language``, starting on ``start`` (today)."""
    keys = [t.key for t in templates(language)]
    if key not in keys:
        raise UnknownTemplateError(_("no template “{key}” in “{language}”; choose one of: {keys}").format(
            key=key, language=language, keys=", ".join(keys)))

    plan = _read(key, language)
    plan.extra.pop("template", None)
    plan.start = start or dt.date.today()
    return plan
