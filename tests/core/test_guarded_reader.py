"""The guarded reader: regular files only, a size cap, bounded nesting — one sentence, never a hang."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, strategies as st

from planner.errors import PlanFileError
from planner.formats import guarded_reader
from planner.formats.guarded_reader import MAX_DEPTH, loads_bounded, nesting_problem, read_regular
from planner.formats.plan_file import load


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    """A FIFO named like a plan is refused at once instead of blocking the reader forever."""
    fifo = tmp_path / "plan.bep"
    os.mkfifo(fifo)
    with pytest.raises(PlanFileError, match="this is a pipe, not a file"):
        load(fifo)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_device_is_refused_before_reading():
    """/dev/zero never ends; it is refused as a device, not read until memory runs out."""
    with pytest.raises(PlanFileError, match="this is a device, not a file"):
        load("/dev/zero")


def test_a_folder_is_refused_as_a_folder(tmp_path):
    """A folder given as a plan gets one sentence saying it is a folder."""
    with pytest.raises(PlanFileError, match="this is a folder, not a file"):
        load(tmp_path)


def test_a_file_over_the_cap_is_refused_reading_at_most_one_byte_more(tmp_path, monkeypatch):
    """A file past the limit is refused; the reader never takes more than limit + 1 bytes."""
    path = tmp_path / "big.bep"
    path.write_bytes(b" " * 5000)
    with pytest.raises(PlanFileError, match="larger than 4 KB"):
        read_regular(path, 4096)
    path.write_bytes(b" " * 50_000)
    got = []
    real_read = os.read

    def counting_read(fd, n):
        got.append(real_read(fd, n))
        return got[-1]
    monkeypatch.setattr(guarded_reader.os, "read", counting_read)
    with pytest.raises(PlanFileError):
        read_regular(path, 4096)
    assert sum(map(len, got)) <= 4097


def test_the_plan_cap_is_fifty_megabytes(tmp_path):
    """A plan file of 50 MB plus a byte is refused before it is parsed, with the limit named."""
    path = tmp_path / "huge.bep"
    with open(path, "wb") as f:
        f.truncate(guarded_reader.MAX_PLAN_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(PlanFileError, match="larger than 50 MB"):
        load(path)


def test_deep_nesting_is_a_clear_error_not_a_recursion_error():
    """A hundred thousand nested lists are refused by the depth check, before json parses them."""
    with pytest.raises(PlanFileError, match="nests too deeply"):
        loads_bounded("[" * 100_000 + "]" * 100_000)
    assert nesting_problem('{"a": "[[[[[[[[" }' + " " * 10, limit=2) is None  # brackets in text don't count


@given(st.integers(min_value=1, max_value=3 * MAX_DEPTH), st.sampled_from("[{"))
def test_nesting_is_measured_exactly(depth, opener):
    """Exactly MAX_DEPTH levels pass and one more is refused, for lists and objects alike."""
    inner = "0"
    for _ in range(depth):
        inner = f"[{inner}]" if opener == "[" else f'{{"k\\"[": {inner}}}'
    assert (nesting_problem(inner) is None) == (depth <= MAX_DEPTH)
