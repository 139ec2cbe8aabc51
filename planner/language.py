"""The language the core speaks to people in: English (the source text) or Dutch.

Messages are marked with ``_("…")`` (or ``ngettext``/``pgettext``) and looked up in the compiled
catalog ``resources/translations/core.LANG.mo`` when they are made; texts kept in module-level
constants are marked with ``N_`` and translated where they are shown. The window installs its
own Qt catalog and calls ``use`` so both follow one setting; the CLI takes ``--lang`` or the
environment. Files never change with the language: they stay ISO dates and dot decimals.
"""

from __future__ import annotations

import functools
import gettext
import os

LANGUAGES = ("en", "nl")
# Each language named in itself, as a chooser lists them.
NAMES = {"en": "English", "nl": "Nederlands"}

_translations: gettext.NullTranslations = gettext.NullTranslations()
_code = "en"


def supported(tag: str | None) -> str | None:
    """Return "en" or "nl" for a locale tag such as ``nl_NL.UTF-8``, ``nl-BE`` or ``en``, else None."""
    if not tag:
        return None
    code = tag.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
    return code if code in LANGUAGES else None


def from_environment(environ=os.environ) -> str:
    """Return the language the environment asks for, the way gettext reads it; English otherwise.

    LANGUAGE is a priority list ("fr:nl:en") and counts only when a locale is set at all; of
    LC_ALL, LC_MESSAGES and LANG the first that is set decides, and C or POSIX means English.
    """
    locale_tag = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    if locale_tag and locale_tag.split(".")[0] not in ("C", "POSIX"):
        for tag in environ.get("LANGUAGE", "").split(":"):
            if code := supported(tag):
                return code
    return supported(locale_tag) or "en"


def catalog_path(language: str, kind: str = "core", suffix: str = "mo"):
    """Return the compiled catalog ``KIND.LANGUAGE.SUFFIX`` (a Traversable; it may not exist)."""
    from planner import resource_folder
    return resource_folder("translations").joinpath(f"{kind}.{language}.{suffix}")



def use(language: str) -> None:
    """Speak ``language`` ("en" or "nl") from now on; any other value means English."""
    global _translations, _code
    language = language if language in LANGUAGES else "en"
    _translations, _code = catalog(language), language


@functools.cache
def catalog(language: str) -> gettext.NullTranslations:
    """Return ``language``'s compiled catalog, read once; English, the source text, has none."""
    path = catalog_path(language)
    if language == "en" or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as file:
        return gettext.GNUTranslations(file)


def current() -> str:
    """Return the language in use: "en" or "nl"."""
    return _code


def _(message: str) -> str:
    """Return ``message`` in the language in use."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Return the singular or plural of a message in the language in use, chosen by ``n``."""
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """Return ``message`` in the language in use where the same English word means two things."""
    return _translations.pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it yet (it is translated where shown)."""
    return message
