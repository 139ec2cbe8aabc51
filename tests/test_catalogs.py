"""The Dutch catalogs are complete and the compiled files the app reads match their sources."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

babel_po = pytest.importorskip("babel.messages.pofile")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(?\w*\)?[sdrif]")


def _po():
    with (FOLDER / "core.nl.po").open("rb") as file:
        return babel_po.read_po(file, locale="nl")


def _ids(message) -> tuple:
    return message.id if isinstance(message.id, tuple) else (message.id,)


def _strings(message) -> tuple:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def test_every_marked_core_message_has_a_finished_dutch_translation():
    """A text marked in planner/ that the Dutch catalog lacks, or has empty or fuzzy, is listed."""
    catalog = _po()
    missing = []
    for message in translations.core_template():
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        if found is None or found.fuzzy or not all(_strings(found)):
            missing.append(f"{message.locations[0][0]}:{message.locations[0][1]}: {_ids(message)[0]!r}")
    assert not missing, "run tools/translations.py and translate:\n" + "\n".join(missing)


def test_dutch_core_messages_keep_their_placeholders():
    """A Dutch message has the same {name} and %s fields as its English one, or formatting fails."""
    wrong = []
    for message in _po():
        if not message.id or not all(_strings(message)):
            continue
        english = set(PLACEHOLDER.findall(" ".join(_ids(message))))
        for dutch in _strings(message):
            if set(PLACEHOLDER.findall(dutch)) != english:
                wrong.append(f"{_ids(message)[0]!r} → {dutch!r}")
    assert not wrong, "\n".join(wrong)


def test_compiled_core_catalog_matches_its_source():
    """core.nl.mo holds exactly the finished entries of core.nl.po (run tools/translations.py compile)."""
    with (FOLDER / "core.nl.mo").open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    catalog = _po()
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 1) == message.string[0]
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[1]
        elif message.context:
            assert compiled.pgettext(message.context, message.id) == message.string
        else:
            assert compiled.gettext(message.id) == message.string
    entries = sum(1 for message in catalog if message.id and not message.fuzzy and all(_strings(message)))
    assert len([key for key in compiled._catalog if key]) >= entries


def test_every_window_text_has_a_finished_dutch_translation(tmp_path):
    """pyside6-lupdate over ui/ finds no text the Dutch window catalog lacks or leaves unfinished."""
    fresh = tmp_path / "window.nl.ts"
    fresh.write_bytes((FOLDER / "window.nl.ts").read_bytes())
    subprocess.run([translations._tool("pyside6-lupdate"), "-no-obsolete", *translations.window_sources(),
                    "-ts", str(fresh)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    unfinished = []
    for context in ET.parse(fresh).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                unfinished.append(f"{name}: {message.findtext('source')!r}")
    assert not unfinished, "run tools/translations.py and translate:\n" + "\n".join(unfinished)


def test_compiled_window_catalog_matches_its_source(tmp_path):
    """window.nl.qm is what pyside6-lrelease makes of window.nl.ts (run tools/translations.py compile)."""
    qm = tmp_path / "window.nl.qm"
    subprocess.run([translations._tool("pyside6-lrelease"), "-silent", str(FOLDER / "window.nl.ts"),
                    "-qm", str(qm)], check=True)
    assert qm.read_bytes() == (FOLDER / "window.nl.qm").read_bytes()


# English texts that deliberately read differently in the window and in the core's catalog.
SAME_ENGLISH_OTHER_DUTCH = {
    "Effort": "the table's narrow column says 'Gecomb. insp.'; the workbook's chart column says 'Inspanning'",
    "to": "a scale '1 tot 5' in plan settings; the 'naar' end of a dependency in the workbook",
    "Rating sheets…": "the round's tool bar says 'Formulieren…' where the menu has room for the whole word",
    "Serve to phones…": "the round's tool bar says 'Via telefoons…' where the menu says 'Openen voor telefoons…'",
}
MNEMONIC = re.compile(r"&(?=\S)")


def test_one_english_text_has_one_dutch_text_across_both_catalogs():
    """The same English text, with its & shortcut ignored, reads the same in Dutch in every catalog and context."""
    dutch: dict[str, dict[str, str]] = {}
    for message in _po():
        if message.id and not isinstance(message.id, tuple) and not message.context and message.string:
            dutch.setdefault(message.id, {})[message.string] = "core.nl.po"
    for context in ET.parse(FOLDER / "window.nl.ts").getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes" or message.findtext("comment"):
                continue
            english = MNEMONIC.sub("", message.findtext("source"))
            text = MNEMONIC.sub("", message.findtext("translation") or "")
            dutch.setdefault(english, {}).setdefault(text, f"window.nl.ts ({context.findtext('name')})")
    differing = [f"{english!r}: " + "; ".join(f"{text!r} in {where}" for text, where in texts.items())
                 for english, texts in sorted(dutch.items())
                 if len(texts) > 1 and english not in SAME_ENGLISH_OTHER_DUTCH]
    assert not differing, "one Dutch per English text, or add it to SAME_ENGLISH_OTHER_DUTCH:\n" + "\n".join(differing)


def test_every_deliberate_difference_still_differs():
    """An entry in SAME_ENGLISH_OTHER_DUTCH that the catalogs now agree on is stale and is removed."""
    core = {m.id: m.string for m in _po() if m.id and not isinstance(m.id, tuple) and not m.context}
    window = {MNEMONIC.sub("", m.findtext("source")): MNEMONIC.sub("", m.findtext("translation") or "")
              for m in ET.parse(FOLDER / "window.nl.ts").getroot().iter("message") if m.get("numerus") != "yes"}
    stale = [english for english in SAME_ENGLISH_OTHER_DUTCH if core.get(english) == window.get(english)]
    assert not stale, stale
