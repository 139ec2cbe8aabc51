"""The layers hold: import-linter's contracts (pyproject.toml) pass here and fail on a broken copy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
pytestmark = pytest.mark.skipif(LINT_IMPORTS is None, reason="import-linter is not installed")


def lint(root: Path) -> subprocess.CompletedProcess:
    """Run ``lint-imports`` with the project's contracts on the packages under ``root``."""
    return subprocess.run([LINT_IMPORTS, "--no-cache", "--config", str(root / "pyproject.toml")],
                          capture_output=True, text=True, cwd=root, env={"PYTHONPATH": str(root)})


def broken_copy(tmp_path: Path, module: str, line: str) -> Path:
    """Copy planner/, ui/ and pyproject.toml to ``tmp_path`` and append ``line`` to ``module``."""
    for name in ("planner", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with open(tmp_path / module, "a", encoding="utf-8") as f:
        f.write(f"\n\ndef _late():\n    {line}\n")
    return tmp_path


def test_the_project_keeps_its_layers():
    """ui imports planner, planner imports neither ui nor Qt: both contracts are kept."""
    done = lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 kept, 0 broken" in done.stdout


def test_a_core_module_importing_the_app_breaks_the_layers(tmp_path):
    """Even a late, inside-a-function import of ui from planner is caught."""
    done = lint(broken_copy(tmp_path, "planner/cli.py", "from ui import render"))
    assert done.returncode == 1
    assert "sits above the core (planner), never the reverse BROKEN" in done.stdout
    assert "planner.cli -> ui.render" in done.stdout


def test_a_core_module_importing_qt_is_caught(tmp_path):
    """A Qt import anywhere in planner/ breaks the no-Qt contract."""
    done = lint(broken_copy(tmp_path, "planner/scoring.py", "from PySide6.QtGui import QColor"))
    assert done.returncode == 1
    assert "The core never imports Qt BROKEN" in done.stdout and "1 kept, 1 broken" in done.stdout
    assert "planner.scoring -> PySide6" in done.stdout
