"""The core never imports Qt: every planner module loads with Qt made unimportable."""

from __future__ import annotations

import subprocess
import sys

BLOCK_QT = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6', 'PyQt5', 'PyQt6', 'qtpy'}:
            raise ModuleNotFoundError(f'Qt is not available here ({name})', name=name)

sys.meta_path.insert(0, NoQt())
"""
BLOCK_QT_AND_IMPORT_ALL = BLOCK_QT + r"""import planner
names = [m.name for m in pkgutil.walk_packages(planner.__path__, 'planner.') if m.name != 'planner.__main__']
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_planner_module_imports_without_qt():
    """Import each module of planner/ in a fresh interpreter where Qt cannot be imported."""
    done = subprocess.run([sys.executable, "-c", BLOCK_QT_AND_IMPORT_ALL], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 8  # the walk really found the modules


def test_the_schedule_command_does_not_import_heavy_libraries(tmp_path):
    """Scheduling from the command line keeps networkx, openpyxl and Qt off its path."""
    code = ("import sys; from planner.cli import main; main(['new', sys.argv[1], '--sample']);"
            "main(['schedule', sys.argv[1], '--csv']);"
            "print(sorted(m for m in ('networkx', 'openpyxl', 'PySide6') if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p.bep")], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr.splitlines()[-1] == "[]"


def test_render_without_qt_fails_in_one_line(tmp_path):
    """Where Qt cannot load, `render` says so in one line (exit 1); its help still works."""
    code = BLOCK_QT + (
        "from ui.cli import main\n"
        "main(['new', sys.argv[1], '--sample'])\n"
        "sys.exit(main(['render', sys.argv[1], '-o', sys.argv[2]]))\n")
    out = tmp_path / "m.png"
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p.bep"), str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"error: {out}: drawing needs PySide6, which cannot be loaded")
    assert len(done.stderr.splitlines()) == 1 and not out.exists()
    help_code = BLOCK_QT + "from ui.cli import main\nmain(['render', '--help'])\n"
    helped = subprocess.run([sys.executable, "-c", help_code], capture_output=True, text=True)
    assert helped.returncode == 0 and "--presentation" in helped.stdout
