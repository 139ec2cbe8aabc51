"""Generated hostile workbooks through ``import``: a correct plan or one error line, in bounded time and memory.

Each fuzzer draws from one generator in tests/core/hostile_workbooks.py (many sheets, huge
references, zip bombs with honest and lying sizes, entities in any XML part, many shared strings,
a damaged zip) and runs ``import`` in-process through planner.cli.main under the per-case limits
of tests/core/case_limits.py. BEP_FUZZ_EXAMPLES raises the example counts for a long campaign.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import time
import warnings

import pytest
from hypothesis import HealthCheck, given, settings

from planner import cli
from planner.formats.plan_file import load
from planner.samples import sample_plan
from tests.core import case_limits
from tests.core.case_limits import CaseTooSlow, bounded_case
from tests.core.hostile_workbooks import HOSTILE_WORKBOOKS, Hostile

EXAMPLES = int(os.environ.get("BEP_FUZZ_EXAMPLES", "12"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="BEP_FUZZ_EXAMPLES" not in os.environ,
                database=None, suppress_health_check=list(HealthCheck))
TITLES = [item.title for item in sample_plan().initiatives]
ROW_PROBLEM = re.compile(r"row \d+, |… and \d+ more")
# What each generator must never get past the import, and the sentences it may be refused with.
ALWAYS_REFUSED = {"entities": ("declares XML entities", "is not XML in UTF-8 or UTF-16")}


def imported(tmp_path, workbook: Hostile) -> tuple[int, list[str]]:
    """Import the workbook in-process under the case limits; return the status and stderr lines, warnings included."""
    source, out = tmp_path / "hostile.xlsx", tmp_path / "out.bep"
    source.write_bytes(workbook.data)
    out.unlink(missing_ok=True)
    err = io.StringIO()
    with bounded_case(workbook.how), contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), \
            warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        code = cli.main(["import", str(source), "-o", str(out), "--force"])
    return code, err.getvalue().splitlines() + [f"warned: {w.message}" for w in warned]


def check(tmp_path, kind: str, workbook: Hostile) -> None:
    """Exit 0 with the sample's initiatives (when the generator left them), or exit 1 with one error line (a line per bad row)."""
    code, lines = imported(tmp_path, workbook)
    assert code in (0, 1), (workbook.how, lines)
    if code == 1:
        assert lines and all(line.startswith(f"error: {tmp_path / 'hostile.xlsx'}: ") for line in lines), (workbook.how, lines)
        # One line for the file; a line per problem only where rows are at fault (row 24, title: …).
        assert len(lines) == 1 or all(ROW_PROBLEM.match(line.split(": ", 2)[2]) for line in lines), (workbook.how, lines)
        assert any(reason in lines[0] for reason in ALWAYS_REFUSED.get(kind, [""])), (workbook.how, lines)
        return
    assert kind not in ALWAYS_REFUSED, workbook.how
    assert all(line.startswith("warning: ") for line in lines), (workbook.how, lines)
    plan = load(tmp_path / "out.bep")
    if workbook.keeps_initiatives:
        assert [item.title for item in plan.initiatives] == TITLES, workbook.how


# One test per generator, so Hypothesis' statistics count each one's examples.

@FUZZ
@given(workbook=HOSTILE_WORKBOOKS["many sheets"])
def test_many_sheets(tmp_path, workbook):
    """Up to beyond 10,000 parts of extra sheets: imported with the initiatives, or refused in one line."""
    check(tmp_path, "many sheets", workbook)


@FUZZ
@given(workbook=HOSTILE_WORKBOOKS["huge references"])
def test_huge_dimensions_and_references(tmp_path, workbook):
    """Dimensions and cells at XFD1048576 and beyond: a stale dimension is ignored, the rest refused in one line."""
    check(tmp_path, "huge references", workbook)


@FUZZ
@given(workbook=HOSTILE_WORKBOOKS["zip bombs"])
def test_zip_bombs_with_honest_and_lying_sizes(tmp_path, workbook):
    """Parts unpacking near or past the limit, whatever the headers claim."""
    check(tmp_path, "zip bombs", workbook)


@FUZZ
@given(workbook=HOSTILE_WORKBOOKS["entities"])
def test_entities_in_any_xml_part_are_refused(tmp_path, workbook):
    """Entity declarations in any part and encoding never get through."""
    check(tmp_path, "entities", workbook)


@FUZZ
@given(workbook=HOSTILE_WORKBOOKS["shared strings"])
def test_many_shared_strings(tmp_path, workbook):
    """Shared-string tables up to beyond a million entries."""
    check(tmp_path, "shared strings", workbook)


@FUZZ
@given(workbook=HOSTILE_WORKBOOKS["broken zips"])
def test_damaged_zip_structures(tmp_path, workbook):
    """A cut-short zip, or bytes flipped in its central directory or end record."""
    check(tmp_path, "broken zips", workbook)


def test_the_case_limits_stop_a_hanging_case():
    """The guard every fuzzer runs under stops a case that hangs."""
    with pytest.raises(CaseTooSlow):
        with bounded_case("a hang", seconds=0.2):
            time.sleep(5)


def test_the_case_limits_fail_a_case_whose_peak_memory_grew_too_much(monkeypatch):
    """A case during which the process's peak resident memory rose past the allowance fails.

    The readings are stood in for: the real peak depends on what earlier tests held, and a
    late test's allocation may not raise it reliably on a shared machine.
    """
    readings = iter([500.0, 800.0])  # the peak before the case, then after it
    monkeypatch.setattr(case_limits, "current_megabytes", lambda: 400.0)
    monkeypatch.setattr(case_limits, "peak_megabytes", lambda: next(readings))
    with pytest.raises(AssertionError, match="400 MB more: a blow-up"):
        with bounded_case("a blow-up", megabytes=20):
            pass
    readings = iter([500.0, 500.0])  # below the earlier peak: nothing this case did
    with bounded_case("a quiet case", megabytes=20):
        pass
