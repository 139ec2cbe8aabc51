"""The standalone bundle, built once per test session with PyInstaller, and a way to run it bare."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "benefit-planner.spec"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The built one-folder app (dist/benefit-planner); BEP_BUNDLE names one already built to reuse."""
    if built := os.environ.get("BEP_BUNDLE"):
        return Path(built)
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[bundle]')")
    work = tmp_path_factory.mktemp("bundle-build")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-4000:]
    return work / "dist" / "benefit-planner"


@pytest.fixture
def bare(tmp_path):
    """Run a command as on a machine without this project's Python: no venv, no PYTHONPATH, a new HOME."""
    home = tmp_path / "home"
    home.mkdir()

    def run(*args, **extra_env) -> subprocess.CompletedProcess:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra_env}
        return subprocess.run([str(a) for a in args], env=env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120)
    return run
