"""Start-up of the standalone bundle beside the pip-installed app, measured side by side.

Each run is a fresh process: the window renders the sample once (``--screenshot``) and exits, and
the CLI prints the sample's schedule. Runs alternate between the two so machine noise hits both
alike; after one warm-up each, the figure is the median of --runs. The bundle runs bare (PATH
/usr/bin:/bin, a new HOME, no venv); the installed app in this environment. Target: the bundle
no more than 1.2x the installed app's time.
Usage: python benchmarks/bundle_start.py [--bundle dist/benefit-planner] [--runs 5]
       (without --bundle it builds one with PyInstaller first, which takes a minute or so)
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "packaging" / "benefit-planner.spec")], cwd=ROOT, check=True)
    return work / "dist" / "benefit-planner"


def installed(name: str, module: str) -> list[str]:
    """The pip-installed entry point beside this Python, else the module it runs."""
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.is_file() else [sys.executable, "-m", module]


def wall(command: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, help="a built dist/benefit-planner folder (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # An installed app runs from bytecode (pip compiles it at install), as the bundle does.
    for package in ("planner", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        bundle = args.bundle.resolve() if args.bundle else build(tmp / "work")
        home = tmp / "home"
        home.mkdir()
        bare = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        pip_env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        sample = bundle / "_internal" / "planner" / "resources" / "samples" / "social-media-strategy.bep"
        window = ["--screenshot", str(tmp / "shot.png"), "--size", "1366x768"]
        cli = ["schedule", str(sample)]
        pairs = {
            "window --screenshot of the sample": ([str(bundle / "benefit-planner"), *window],
                                                  [*installed("benefit-planner", "ui"), *window]),
            "benefit-planner-cli schedule": ([str(bundle / "benefit-planner-cli"), *cli],
                                             [*installed("benefit-planner-cli", "ui.cli"), *cli]),
        }
        times = {name: ([], []) for name in pairs}
        for name, (frozen, pip) in pairs.items():
            wall(frozen, bare), wall(pip, pip_env)  # warm-up: both from the disk cache from here on
            for _ in range(args.runs):
                times[name][0].append(wall(frozen, bare))
                times[name][1].append(wall(pip, pip_env))
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle: {bundle}  {size / 2**20:.0f} MiB (target <= 150 MB)")
    print(f"{'median of ' + str(args.runs):<36}{'bundle':>9}{'pip':>9}{'ratio':>8}")
    for name, (frozen, pip) in times.items():
        f, p = statistics.median(frozen), statistics.median(pip)
        print(f"{name:<36}{f:8.3f}s{p:8.3f}s{f / p:7.2f}x  (target <= 1.2x)")


if __name__ == "__main__":
    main()
