"""Hostile plans: mutated sample plans through the command line end in a result or one error line.

Each example takes the sample plan's JSON, mutates it (a value deleted or replaced by an extreme
number, a huge text, a lone surrogate, deep nesting or a date at the calendar's edges) and runs
``validate``, ``schedule`` and ``check`` (on a quarter of the examples also ``export``) in-process
with a strict UTF-8 standard output, as a terminal has. Each run must exit 0 (or 3 for ``check``'s
error findings), or exit 1 with exactly one line ``error: …`` on standard error — never a
traceback — within the time and memory limits of tests/core/case_limits.py. Set
``BEP_FUZZ_EXAMPLES`` to run more examples (the default keeps the module to a few seconds).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from planner import cli
from tests.core.case_limits import bounded_case

SAMPLE = json.loads((Path(__file__).parents[2] / "resources/samples/social-media-strategy.bep")
                    .read_text(encoding="utf-8"))
EXAMPLES = int(os.environ.get("BEP_FUZZ_EXAMPLES", "100"))
NEST = "\u0000nest\u0000"  # stands in for deep nesting, spliced into the text after json.dumps

extreme_values = st.one_of(
    st.sampled_from([0, -1, 2**31, -2**31, 2**63, 2**70, -2**70, 10**15 + 1, 36_500, 36_501]),
    st.sampled_from([1e308, -1e308, 5e-324, -0.0, 0.5, 4.999999999]),
    st.sampled_from(["0001-01-01", "0001-01-02", "9999-12-31", "9999-12-30", "9999-06-01",
                     "2026-02-29", "2024-02-29", "0000-01-01"]),
    st.sampled_from(["X\ud800Y", "\udcff", "\ud83d", "a\nb", "\x00", "", " ", "build", "ignore"]),
    st.sampled_from(["x" * 100_001, "é" * 50_000]),
    st.sampled_from([None, True, False, [], {}, NEST]),
    st.text(max_size=12),
)


def paths(doc, prefix=()):
    """Yield the path of every value inside ``doc``."""
    yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from paths(v, prefix + (i,))


ALL_PATHS = [p for p in paths(SAMPLE) if p]


@st.composite
def mutated_plans(draw) -> str:
    """Return the text of the sample plan with a few values deleted or replaced."""
    doc = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]]  # noqa: B018 - an earlier mutation may have removed it
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, (dict, list)):  # an earlier mutation made it a text, which indexes too
            continue
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(extreme_values)
    if draw(st.booleans()):  # the calendar's edges, where schedules and roadmaps overflow
        edge = draw(st.sampled_from(["0001-01-01", "9999-12-01", "9999-12-31"]))
        doc["start"] = edge
        initiatives = doc.get("initiatives")
        for item in (initiatives if isinstance(initiatives, list) else [])[: draw(st.integers(0, 6))]:
            if isinstance(item, dict):
                item.update(start=edge, fixed_start=True)
                if draw(st.booleans()):  # a milestone or a one-day task on the edge itself
                    item["duration_days"] = draw(st.sampled_from([0, 1]))
    text = json.dumps(doc)
    depth = draw(st.sampled_from([10, 70, 5_000, 200_000]))
    return text.replace(json.dumps(NEST), "[" * depth + "]" * depth)


def run_command(*argv) -> tuple[int, str]:
    """Run the core's command line in-process with a strict UTF-8 stdout; return status and stderr."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
        out.flush()
        err.flush()
    return status, err.buffer.getvalue().decode("utf-8")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.data_too_large])
@given(mutated_plans(), st.integers(0, 3))
def test_every_command_ends_in_a_result_or_one_error_line(text, draw_export):
    """validate, schedule, check and (one example in four) export: exit 0 (3: findings) or 1 with one error line."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.bep"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        commands = [("validate",), ("schedule",), ("check",)]
        if draw_export == 0:  # an export costs about ten times a check: a sample of the examples
            commands.append(("export", "-o", str(Path(folder) / "out.xlsx")))
        for command, *options in commands:
            with bounded_case(f"{command} of {text[:200]!r}"):
                status, err = run_command(command, str(path), *options)
            lines = err.splitlines()  # also splits at U+0085 and U+2028, as some readers do
            assert status in ((0, 1, 3) if command == "check" else (0, 1)), (command, err)
            assert all(line.startswith(("warning: ", "error: ")) for line in lines), (command, err)
            errors = [line for line in lines if line.startswith("error: ")]
            assert len(errors) == (status == 1), (command, err)


def edge_plan(kind: str) -> dict:
    """Return the sample plan moved to an edge of the calendar: its first days, or its last day."""
    doc = copy.deepcopy(SAMPLE)
    day = "0001-01-01" if kind == "year 1" else "9999-12-31"
    doc["start"] = day
    for item in doc["initiatives"]:
        item.update(start=day, fixed_start=kind != "year 1")
        if kind != "year 1":  # work of one day and milestones, all ending on the last date there is
            item["duration_days"] = min(item["duration_days"], 1)
    if kind != "year 1":
        doc["dependencies"] = []
    return doc


def test_plans_at_the_calendars_edges_pass_every_command(tmp_path):
    """A plan in year 1 and one ending 9999-12-31 with milestones validate, schedule, check and export."""
    for kind in ("year 1", "9999-12-31"):
        path = tmp_path / "edge.bep"
        path.write_text(json.dumps(edge_plan(kind)), encoding="utf-8")
        for argv in (["validate"], ["schedule"], ["schedule", "--csv"], ["check"],
                     ["export", "-o", str(tmp_path / "edge.xlsx")]):
            status, err = run_command(argv[0], str(path), *argv[1:])
            assert status in (0, 3) and "error" not in err, (kind, argv, err)
