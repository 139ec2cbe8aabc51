"""Bring the catalogs up to date with the code: ``python tools/translations.py [extract|compile]``.

extract  collects every marked text: the core's ``_``/``ngettext``/``pgettext``/``N_`` from
         planner/ into resources/translations/core.nl.po (Babel keeps the translations already
         made and marks changed ones fuzzy), the window's ``tr``/``translate`` from ui/ into
         window.nl.ts (pyside6-lupdate, obsolete entries dropped).
compile  writes core.nl.mo (Babel; fuzzy entries left out) and window.nl.qm (pyside6-lrelease),
         the files the app reads; they are committed so a plain pip install carries them.
With no argument it does both. Babel is a development tool here (the test extra), not a
dependency of the app: the app reads .mo files with the standard library's gettext.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)
# Dates in the header would change the file on every run; the history is in git.
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
HEADER = "# The core's messages in Dutch: errors, plan-health findings, CLI output, pictures, workbooks."
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
# The desktop package's command-line part (render, report) prints through the core's catalog: it
# loads no Qt, so Qt's catalogs cannot speak for it.
CORE_SOURCES_IN_UI = ("cli.py",)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project with its test extra")
    return found


def core_template():
    """Return a Babel catalog of every marked text in planner/."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="Benefit-Effort Planner", charset="utf-8", creation_date=FIXED_DATE,
                       revision_date=FIXED_DATE, header_comment=HEADER)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(ROOT / "planner"), method_map=[("**.py", "python")], keywords=KEYWORDS,
            comment_tags=("Translators:",), strip_comment_tags=True):
        template.add(message, None, [(f"planner/{filename}", lineno)], auto_comments=comments,
                     context=context)
    from babel.messages.extract import extract_from_file
    for filename in CORE_SOURCES_IN_UI:
        for lineno, message, comments, context in extract_from_file(
                "python", str(ROOT / "ui" / filename), keywords=KEYWORDS, comment_tags=("Translators:",),
                strip_comment_tags=True):
            template.add(message, None, [(f"ui/{filename}", lineno)], auto_comments=comments, context=context)
    return template



def window_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def extract() -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = core_template()
    for language in LANGUAGES:
        po = FOLDER / f"core.{language}.po"
        if po.exists():
            with po.open("rb") as file:
                catalog = read_po(file, locale=language)
        else:
            catalog = Catalog(locale=language, project="Benefit-Effort Planner", charset="utf-8",
                              creation_date=FIXED_DATE, revision_date=FIXED_DATE, header_comment=HEADER,
                              fuzzy=False)
        catalog.revision_date = FIXED_DATE
        catalog.update(template, no_fuzzy_matching=True)
        with po.open("wb") as file:
            write_po(file, catalog, width=100, omit_header=False, sort_by_file=True, ignore_obsolete=True,
                     include_previous=False)
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *window_sources(),
                        "-ts", str(FOLDER / f"window.{language}.ts")], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def compile_catalogs() -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for language in LANGUAGES:
        with (FOLDER / f"core.{language}.po").open("rb") as file:
            catalog = read_po(file, locale=language)
        with (FOLDER / f"core.{language}.mo").open("wb") as file:
            write_mo(file, catalog, use_fuzzy=False)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(FOLDER / f"window.{language}.ts"),
                        "-qm", str(FOLDER / f"window.{language}.qm")], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    steps = argv or ["extract", "compile"]
    if any(step not in ("extract", "compile") for step in steps):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    if "extract" in steps:
        extract()
    if "compile" in steps:
        compile_catalogs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
