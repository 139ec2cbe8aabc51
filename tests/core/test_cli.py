"""The command line: commands, output, exit statuses and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner import __version__
from planner.cli import SCHEDULE_COLUMNS
from planner.formats.plan_file import load
from tests.cli_run import run




@pytest.fixture
def sample(tmp_path, capsys):
    path = tmp_path / "sample.bep"
    assert run(capsys, "new", str(path), "--sample")[0] == 0
    return path


def test_new_sample_writes_the_bundled_plan(sample):
    """`new --sample` writes a plan that loads with its initiatives."""
    assert len(load(sample).initiatives) >= 18


def test_new_writes_an_empty_plan_with_a_title(tmp_path, capsys):
    """`new --title` makes an empty plan carrying that title."""
    path = tmp_path / "empty.bep"
    status, out, _ = run(capsys, "new", str(path), "--title", "Intranet 2028")
    plan = load(path)
    assert status == 0 and plan.title == "Intranet 2028" and plan.initiatives == []
    assert "Intranet 2028" in out


def test_new_refuses_to_overwrite_without_force(sample, capsys):
    """An existing file is never replaced by accident."""
    before = sample.read_bytes()
    status, _, err = run(capsys, "new", str(sample))
    assert status == 1 and err == f"error: {sample}: the file exists already; add --force to replace it\n"
    assert sample.read_bytes() == before
    assert run(capsys, "new", str(sample), "--force")[0] == 0
    assert load(sample).initiatives == []


def test_validate_reports_counts(sample, capsys):
    """`validate` on a good plan says so and exits 0, with warnings on stderr."""
    status, out, err = run(capsys, "validate", str(sample))
    plan = load(sample)
    assert status == 0
    assert out == f"{sample}: valid plan, {len(plan.initiatives)} initiatives, {len(plan.dependencies)} dependencies\n"
    assert all(line.startswith("warning: ") for line in err.splitlines())


def test_validate_reports_the_first_problem_in_one_line(tmp_path, capsys):
    """A bad plan gives exit status 1 and `error: FILE: place: what`."""
    path = tmp_path / "bad.bep"
    path.write_text(json.dumps({"format": "benefit-effort-plan", "version": 1,
                                "initiatives": [{"id": "a", "title": "A", "benefit": 7}]}))
    assert run(capsys, "validate", str(path)) == \
        (1, "", f"error: {path}: initiatives[0].benefit: 7 is outside the scale 1–5\n")


def test_missing_file_is_a_one_line_error(tmp_path, capsys):
    """A file that is not there is reported, not thrown."""
    status, out, err = run(capsys, "schedule", str(tmp_path / "nope.bep"))
    assert status == 1 and err.startswith(f"error: {tmp_path / 'nope.bep'}: cannot read the file")
    assert len(err.splitlines()) == 1


def test_wrong_usage_exits_2(capsys):
    """Unknown commands and missing arguments are usage errors."""
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "schedule")[0] == 2


def test_version(capsys):
    """`--version` prints the app's version."""
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.strip() == f"benefit-planner-cli {__version__}"


def test_schedule_csv_has_a_row_per_scheduled_initiative(sample, capsys):
    """`schedule --csv` writes the documented columns for every non-ignored initiative."""
    status, out, _ = run(capsys, "schedule", str(sample), "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    plan = load(sample)
    assert status == 0
    assert tuple(rows[0].keys()) == SCHEDULE_COLUMNS
    assert {r["id"] for r in rows} == {i.id for i in plan.initiatives if i.decision != "ignore"}
    assert all(r["critical"] == ("yes" if r["slack_days"] == "0" else "no") for r in rows)
    assert [r["earliest_start"] for r in rows] == sorted(r["earliest_start"] for r in rows)


def test_schedule_table_is_readable(sample, capsys):
    """The default output is a table with one line per scheduled initiative and the plan's finish."""
    status, out, _ = run(capsys, "schedule", str(sample))
    assert status == 0 and out.splitlines()[0].split() == ["title", "start", "finish", "slack", "critical"]
    assert "plan finishes" in out.splitlines()[-1]


def test_console_script_and_module_run_without_traceback(tmp_path):
    """The installed `benefit-planner-cli` and `python -m planner` both work end to end."""
    bad = tmp_path / "bad.bep"
    bad.write_bytes(b"\xff\xfe not a plan")
    script = shutil.which("benefit-planner-cli", path=str(Path(sys.executable).parent))
    assert script, "the console script is not installed next to this Python"
    for command in ([sys.executable, "-m", "planner"], [script]):
        done = subprocess.run(command + ["validate", str(bad)], capture_output=True, text=True)
        assert done.returncode == 1
        assert done.stderr == f"error: {bad}: byte 0: the file is not UTF-8 text\n"


def test_many_warnings_are_summarised(tmp_path, capsys):
    """Hundreds of dependencies through ignored initiatives give a few lines, not hundreds."""
    items = [{"id": f"i{k}", "title": f"I{k}", "decision": "ignore" if k == 0 else "build"} for k in range(40)]
    deps = [{"from": "i0", "to": f"i{k}"} for k in range(1, 40)]
    path = tmp_path / "p.bep"
    path.write_text(json.dumps({"format": "benefit-effort-plan", "version": 1, "initiatives": items,
                                "dependencies": deps}))
    status, _, err = run(capsys, "validate", str(path))
    assert status == 0 and len(err.splitlines()) == 6
    assert err.splitlines()[-1] == f"warning: {path}: … and 34 more like these"


@pytest.mark.parametrize("command", ["new", "import"])
def test_a_title_the_terminal_could_not_decode_is_one_clear_line(tmp_path, capsys, command):
    """`--title $'bad\\xffbyte'` (a surrogate-escaped argument) is refused in one line, exit 1."""
    title = b"bad\xffbyte".decode("utf-8", "surrogateescape")
    args = ["new", str(tmp_path / "p.bep")] if command == "new" else \
        ["import", str(tmp_path / "in.csv"), "-o", str(tmp_path / "p.bep")]
    status, _, err = run(capsys, *args, "--title", title)
    assert status == 1 and err.count("\n") == 1
    assert err.startswith("error: --title: the text holds a character that cannot be written")
    assert not (tmp_path / "p.bep").exists()


HOSTILE_NAME = "bad\nname\x1b[31m\u2028\udcff"  # a newline, a terminal colour, a line separator, a byte not UTF-8
SHOWN_NAME = "bad\\nname\\x1b[31m\\u2028\\xff"


def hostile_paths(tmp_path) -> tuple[Path, Path]:
    """A file under the hostile name holding a broken plan, and a name in a folder that is not there."""
    bad = tmp_path / HOSTILE_NAME
    bad.write_bytes(b"not a plan\n")
    return bad, tmp_path / "missing" / HOSTILE_NAME


def core_argvs(tmp_path) -> list[list[str]]:
    """Each core command with the hostile name in each of its path arguments, all ending in exit 1."""
    bad, unwritable = hostile_paths(tmp_path)
    good = tmp_path / "good.bep"
    shutil.copy(Path(__file__).parents[2] / "resources/samples/social-media-strategy.bep", good)
    csv_bad = tmp_path / f"{HOSTILE_NAME}.csv"
    csv_bad.write_text("title,benefit\nA,9\n")
    return [["new", bad], ["new", unwritable], ["validate", bad], ["schedule", bad], ["schedule", bad, "--csv"],
            ["check", bad], ["import", csv_bad, "-o", tmp_path / "p.bep"], ["import", tmp_path / "in.csv", "-o", bad],
            ["export", bad, "-o", tmp_path / "o.xlsx"], ["export", good, "-o", f"{unwritable}.xlsx"]]


def test_a_file_name_with_control_characters_stays_one_escaped_error_line(tmp_path, capsys):
    """A newline or escape sequence in any path argument is escaped: exit 1 and exactly one line."""
    (tmp_path / "in.csv").write_text("title\nA\n")
    for argv in core_argvs(tmp_path):
        status, _, err = run(capsys, *argv)
        lines = err.split("\n")[:-1]  # the sample's own warnings may come first
        errors = [line for line in lines if line.startswith("error: ")]
        assert status == 1 and len(errors) == 1 and all(line.startswith(("warning: ", "error: ")) for line in lines)
        assert SHOWN_NAME in errors[0] and not any(c in err[:-1] for c in "\x1b\u2028\udcff"), (argv, err)


def test_a_warning_and_a_usage_error_escape_the_file_name(tmp_path, capsys):
    """`validate`'s warnings and export's wrong suffix show the name escaped, each on its own line."""
    path = tmp_path / f"{HOSTILE_NAME}.bep"
    path.write_text(json.dumps({"format": "benefit-effort-plan", "version": 1, "initiatives": [
        {"id": "a", "title": "A"}], "dependencies": [{"from": "a", "to": "gone"}]}))
    status, _, err = run(capsys, "validate", str(path))
    assert status in (0, 1) and err.splitlines() and all(
        line.startswith(("warning: ", "error: ")) and SHOWN_NAME in line for line in err.splitlines()), err
    status, _, err = run(capsys, "export", str(path), "-o", f"{HOSTILE_NAME}.txt")
    assert status == 2 and err.splitlines()[-1].endswith(f"error: {SHOWN_NAME}.txt: the workbook's name must end in .xlsx")
