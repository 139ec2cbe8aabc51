"""Every text planner/ shows a person is marked for translation: an AST scan of the places texts go."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLANNER = ROOT / "planner"

MARKED_ELSEWHERE: set[str] = set()
# Refusal is the workshop web API's answer: its English message is for logs and old pages; the
# participant page shows the text for the stable code in the phone's language.
UNTRANSLATED_CALLS = {"Refusal", "AssertionError", "NotImplementedError", "TypeError", "ValueError", "KeyError"}
MARKERS = {"_", "N_", "ngettext", "pgettext"}
HELP_KEYWORDS = {"help", "description", "epilog"}
# Calls whose every text argument a person reads.
# ``__init__`` is an error class handing its sentence to super().__init__.
SINKS = {"print", "error", "usage_error", "_refuse", "Finding", "Compound", "ArgumentTypeError", "__init__"}
# Functions whose returned texts a person reads: rule sentences and undo texts.
RETURNING = re.compile(r"(_problem|^describe.*|^days|^_names|^_count)$")
WORDS = re.compile(r"[A-Za-z]{2}")
# A plain literal counts as a text when it holds a word and a space: a one-word literal given to an
# error is a place or a key ("version", "dependencies"), not a sentence.
SENTENCE = re.compile(r"[A-Za-z]{2}.*\s|\s.*[A-Za-z]{2}")
# Words a line keeps in every language: the "error:"/"warning:" prefix scripts match, option names.
KEPT = re.compile(r"\b(error|warning):|--[a-z][\w-]*")

# ui/cli.py is the command line's render and report: it speaks through the core's catalog.
FILES = sorted([*(p.relative_to(ROOT).as_posix() for p in PLANNER.rglob("*.py")), "ui/cli.py"])


def _name(func) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _unmarked(node) -> list[ast.AST]:
    """The literal texts in the expression ``node`` that reach a person without a marker."""
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and SENTENCE.search(KEPT.sub("", node.value)) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [node] if WORDS.search(KEPT.sub("", literal)) else []
    if isinstance(node, ast.BinOp):
        return _unmarked(node.left) + _unmarked(node.right)
    if isinstance(node, ast.IfExp):
        return _unmarked(node.body) + _unmarked(node.orelse)
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in MARKERS:
            return []
        if name == "format" and isinstance(node.func, ast.Attribute):
            return _unmarked(node.func.value)
        if name == "one_line":  # escapes the line's control characters, keeps its words
            return [n for arg in node.args for n in _unmarked(arg)]
        if name == "join" and isinstance(node.func, ast.Attribute):
            return [n for arg in node.args for n in _unmarked(_element(arg))]
    return []


def _element(node):
    """The element expression of a comprehension joined into a text, else nothing."""
    return node.elt if isinstance(node, (ast.GeneratorExp, ast.ListComp)) else ast.Constant(None)


def _call_texts(call: ast.Call) -> list[ast.AST]:
    name = _name(call.func)
    found = [n for kw in call.keywords if kw.arg in HELP_KEYWORDS or kw.arg in ("message", "text")
             for n in _unmarked(kw.value)]
    if name in UNTRANSLATED_CALLS:
        return []
    if name == "Finding":
        return found + [n for arg in call.args[2:3] for n in _unmarked(arg)]
    if name in SINKS or (name.endswith(("Error", "Problem")) and name not in UNTRANSLATED_CALLS):
        return found + [n for arg in call.args for n in _unmarked(arg)]
    return found


def unmarked_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found += _call_texts(node)
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)) and RETURNING.search(getattr(node, "name", "")):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return) and sub.value is not None:
                    found += _unmarked(sub.value)
    lines = path.read_text(encoding="utf-8").splitlines()
    return sorted({f"{path.relative_to(ROOT).as_posix()}:{n.lineno}: {lines[n.lineno - 1].strip()}" for n in found})


@pytest.mark.parametrize("name", [f for f in FILES if f not in MARKED_ELSEWHERE])
def test_every_text_a_person_reads_is_marked(name):
    """Texts given to errors, print, argparse help, findings and undo texts go through _()."""
    found = unmarked_texts(ROOT / name)
    assert not found, "mark these with _() / ngettext / N_:\n" + "\n".join(found)


def test_the_scan_finds_an_unmarked_text(tmp_path):
    """The scan flags an f-string raised as an error and passes the same text marked."""
    source = tmp_path / "planner" / "sample.py"
    source.parent.mkdir()
    source.write_text('def f(x):\n    raise PlanError(f"no lane {x}")\n\n'
                      'def g(x):\n    raise PlanError(_("no lane {x}").format(x=x))\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert unmarked_texts(source) == ['planner/sample.py:2: raise PlanError(f"no lane {x}")']
    finally:
        ROOT = saved


@pytest.mark.parametrize("name", [f for f in FILES if f not in MARKED_ELSEWHERE])
def test_no_marker_inside_an_f_string(name):
    """_() inside an f-string is invisible to the catalog's extractor, so its text is never translated."""
    tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
    hidden = [f"{name}:{node.lineno}" for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr)
              for node in ast.walk(joined) if isinstance(node, ast.Call) and _name(node.func) in MARKERS]
    assert not hidden, "make these texts outside the f-string:\n" + "\n".join(hidden)
