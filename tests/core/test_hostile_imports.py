"""Hostile workbooks and CSVs: each is refused with one clear line, quickly, or imported; never a traceback.

The hostile files are built here byte by byte. BEP_FUZZ_EXAMPLES raises the fuzzing's example
count for a long run (the default keeps this module under about 30 s).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import struct
import subprocess
import sys
import time
import warnings
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import cli
from planner.formats import spreadsheet
from planner.formats.plan_import import import_plan
from planner.formats.spreadsheet import PlanImportError
from planner.formats.xlsx_export import xlsx_bytes
from planner.samples import sample_plan
from planner.scheduling import schedule
from tests.core.case_limits import bounded_case

FUZZ_EXAMPLES = int(os.environ.get("BEP_FUZZ_EXAMPLES", "150"))
ENTITIES = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY a{i} "{("&a%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]>")
SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


@pytest.fixture(scope="module")
def exported() -> bytes:
    """The sample plan as the app exports it."""
    plan = sample_plan()
    return xlsx_bytes(plan, schedule(plan))


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def rebuilt(data: bytes, changed: dict[str, bytes]) -> bytes:
    """The workbook ``data`` with the parts ``changed`` names replaced or added."""
    names = dict(changed)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts(data).items():
            z.writestr(name, names.pop(name, content))
        for name, content in names.items():
            z.writestr(name, content)
    return out.getvalue()


def with_prolog(xml: bytes, prolog: str) -> bytes:
    """``xml`` with ``prolog`` after its XML declaration."""
    head, sep, rest = xml.partition(b"?>")
    return head + sep + prolog.encode() + rest if sep and head.startswith(b"<?xml") else prolog.encode() + xml


def refused(path) -> str:
    """Import ``path``; return the one problem it is refused with."""
    with pytest.raises(PlanImportError) as caught:
        import_plan(path)
    (problem,) = caught.value.problems
    return problem


def cli_import(tmp_path, source) -> tuple[int, list[str]]:
    """Run ``import`` in-process; return its exit status and stderr lines, a library's warnings among them."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), \
            warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")  # as Python shows a warning the first time, on stderr
        code = cli.main(["import", str(source), "-o", str(tmp_path / "out.bep"), "--force"])
    return code, err.getvalue().splitlines() + [f"warned: {w.message}" for w in warned]


# ---------------------------------------------------------------- library errors

@pytest.mark.parametrize("part", ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                  "xl/styles.xml", "docProps/core.xml", "xl/sharedStrings.xml",
                                  "xl/worksheets/sheet1.xml"])
def test_entity_declarations_in_any_part_are_refused(tmp_path, exported, part):
    """The README's promise holds for every XML part, not only the sheets and shared strings."""
    content = parts(exported).get(part, f"{SST}</sst>".encode())
    path = tmp_path / "e.xlsx"
    path.write_bytes(rebuilt(exported, {part: with_prolog(content, ENTITIES)}))
    assert "declares XML entities" in refused(path)


def test_an_entity_declaration_in_utf16_is_refused(tmp_path, exported):
    """Markup hidden between the NULs of UTF-16 is still seen."""
    xml = ('<?xml version="1.0" encoding="UTF-16"?>' + ENTITIES + "<workbook/>").encode("utf-16")
    path = tmp_path / "u.xlsx"
    path.write_bytes(rebuilt(exported, {"xl/workbook.xml": xml}))
    assert "declares XML entities" in refused(path)


@pytest.mark.parametrize("content", [b"<workbook \xff\xfe>", b"not xml at all", b""])
def test_invalid_xml_is_one_line(tmp_path, exported, content):
    """lxml's XMLSyntaxError on a broken part becomes the project's sentence."""
    path = tmp_path / "x.xlsx"
    path.write_bytes(rebuilt(exported, {"xl/workbook.xml": content}))
    assert refused(path).startswith("the file is not an Excel workbook that can be read")


def test_a_bad_shared_string_index_is_one_line(tmp_path, exported):
    """A cell pointing past the shared strings (IndexError in openpyxl) is refused, not a traceback."""
    sheet = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             b'<row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>')
    names = [n for n in parts(exported) if n.startswith("xl/worksheets/sheet")]
    path = tmp_path / "i.xlsx"
    path.write_bytes(rebuilt(exported, {n: sheet for n in names}))
    assert "not an Excel workbook that can be read" in refused(path)


def local_header(data: bytes, name: bytes) -> int:
    """Where the part ``name``'s local header starts (its name follows the 30 fixed bytes)."""
    return data.index(name) - 30


def test_a_bad_deflate_stream_is_one_line(tmp_path, exported):
    """Garbage inside a compressed part (zlib.error) is refused."""
    data = bytearray(exported)
    start = local_header(data, b"xl/workbook.xml") + 30 + len(b"xl/workbook.xml")
    data[start:start + 40] = b"\xff" * 40
    path = tmp_path / "z.xlsx"
    path.write_bytes(bytes(data))
    assert "not an Excel workbook that can be read" in refused(path)


def test_an_unknown_zip_version_or_method_is_one_line(tmp_path, exported):
    """A compression method zipfile lacks (NotImplementedError) is refused."""
    data = bytearray(exported)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 10, 99)  # compression method 99 (AES): not supported
    path = tmp_path / "v.xlsx"
    path.write_bytes(bytes(data))
    assert "not an Excel workbook that can be read" in refused(path)


def test_a_part_with_an_empty_name_is_one_line(tmp_path):
    """A part whose name is empty (IndexError inside zipfile) is refused."""
    from tests.core.hostile_workbooks import archive, exported_parts
    path = tmp_path / "n.xlsx"
    path.write_bytes(archive({**exported_parts(), "": b"x"}))
    assert "not an Excel workbook that can be read" in refused(path)


@pytest.mark.parametrize("data", [b"\xff\xfet\x00i\x00t\x00l\x00e\x00\n", b"\xff\xfe" + "title\n".encode("utf-16-le")[:-1],
                                  b"\xff\xfe" + b"\x00\xd8A\x00\n\x00", b"\xfe\xff\xdc\x00\x00A"])
def test_broken_utf16_csv_is_one_line(tmp_path, data):
    """An odd length or a lone surrogate in a UTF-16 CSV is refused, not a UnicodeDecodeError."""
    path = tmp_path / "u.csv"
    path.write_bytes(data)
    assert "is not valid UTF-16" in refused(path)


# ---------------------------------------------------------------- slow or huge

def test_the_csv_separator_is_found_quickly_on_an_adversarial_sample(tmp_path):
    """csv.Sniffer takes over 20 s on this 60 KB; the header line's fields are counted instead."""
    path = tmp_path / "s.csv"
    path.write_text("title;benefit\n\"a" + ",'" * 30_000)
    began = time.monotonic()
    try:
        import_plan(path, skip_bad_rows=True)
    except PlanImportError:
        pass
    assert time.monotonic() - began < 5
    path.write_text("title;benefit\nA;3\n")
    assert import_plan(path)[0].initiatives[0].benefit == 3


def test_many_rows_with_one_title_get_ids_in_linear_time(tmp_path):
    """20,000 rows titled alike import in seconds with ids x, x-2, … x-20000."""
    path = tmp_path / "same.csv"
    path.write_text("title\n" + "Same\n" * 20_000)
    plan, _ = import_plan(path)
    ids = [item.id for item in plan.initiatives]
    assert (ids[0], ids[1], ids[-1], len(set(ids))) == ("same", "same-2", "same-20000", 20_000)


def test_a_row_with_millions_of_cells_is_refused_early(tmp_path, exported):
    """More cells in one row than Excel allows columns is refused before openpyxl builds them."""
    row = b'<row r="1">' + b"<c/>" * 2_000_000 + b"</row>"
    sheet = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + row + \
        b"</sheetData></worksheet>"
    path = tmp_path / "wide.xlsx"
    path.write_bytes(rebuilt(exported, {"xl/worksheets/sheet1.xml": sheet}))
    assert "more than 16,384 cells" in refused(path)


def test_millions_of_shared_strings_are_refused_early(tmp_path, exported):
    """5 million empty shared strings in a small file are counted, not parsed."""
    sst = SST.encode() + b"<si/>" * 5_000_000 + b"</sst>"
    path = tmp_path / "sst.xlsx"
    path.write_bytes(rebuilt(exported, {"xl/sharedStrings.xml": sst}))
    assert path.stat().st_size < 1_000_000
    assert "different texts, too many to import" in refused(path)


def test_thousands_of_sheets_are_refused_before_openpyxl_sets_them_up(tmp_path):
    """10,000 tiny sheets took openpyxl over 10 s to set up: more than 1,000 are refused from the scan."""
    from tests.core.hostile_workbooks import _with_sheets, _worksheet, archive, exported_parts
    path = tmp_path / "sheets.xlsx"
    path.write_bytes(archive(_with_sheets(exported_parts(), 1_001, _worksheet(""))))
    assert refused(path) == "the workbook has more than 1,000 sheets, too many to import"


def test_a_zip_bomb_with_an_honest_size_is_refused(tmp_path, exported, monkeypatch):
    """The directory's sizes already say too much."""
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(rebuilt(exported, {"xl/media/pad.bin": bytes(2 * 1024 * 1024)}))
    assert "unpacks to more than 1 MB" in refused(path)


def test_a_zip_bomb_with_lying_sizes_is_refused(tmp_path, exported, monkeypatch):
    """Sizes the directory understates are caught by counting the bytes while unpacking."""
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 1024 * 1024)
    data = bytearray(rebuilt(exported, {"xl/media/pad.bin": bytes(2 * 1024 * 1024)}))
    name = b"xl/media/pad.bin"
    for header, size_at in ((local_header(data, name), 22),
                            (data.rindex(name) - 46, 24)):
        struct.pack_into("<I", data, header + size_at, 100)
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))
    problem = refused(path)
    assert "unpacks to more than 1 MB" in problem or "not an Excel workbook that can be read" in problem


def test_a_stale_dimension_does_not_refuse_a_small_sheet(tmp_path, exported):
    """<dimension ref="A1:T1048576"/> on a short sheet: the real rows are counted."""
    stale = b'<dimension ref="A1:T1048576"/><sheetData'
    sheets = {n: re.sub(rb"<dimension [^>]*/>", b"", c).replace(b"<sheetData", stale, 1)
              for n, c in parts(exported).items() if n.startswith("xl/worksheets/sheet")}
    path = tmp_path / "dim.xlsx"
    path.write_bytes(rebuilt(exported, sheets))
    plan, _ = import_plan(path)
    assert len(plan.initiatives) == len(sample_plan().initiatives)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_reading_past_its_time_budget_stops_in_one_line(tmp_path, exported, monkeypatch, suffix):
    """With the budget at zero, the first row read stops the import with the budget's sentence, exit 1."""
    source = tmp_path / f"in{suffix}"
    if suffix == ".xlsx":
        source.write_bytes(exported)
    else:
        source.write_text("title,benefit\nA,3\n")
    assert cli_import(tmp_path, source)[0] == 0  # the budget as set is far from reached
    monkeypatch.setattr(spreadsheet, "READ_SECONDS", 0)
    code, lines = cli_import(tmp_path, source)
    assert code == 1 and lines == [f"error: {source}: reading the file took longer than 0 seconds, far longer "
                                   "than any real spreadsheet needs, and was stopped"]


# ---------------------------------------------------------------- messages

def test_problems_are_one_short_line_whatever_the_cells_hold(tmp_path):
    """A 100,000-character id, a newline and a NUL in cells stay one escaped, elided line."""
    path = tmp_path / "m.csv"
    long_id = "x" * 100_000
    path.write_text(f'id,title,benefit\n{long_id},A,"hoog\nx\x00"\n{long_id},B,3\nz,C,"\x1b[31m"\n')
    with pytest.raises(PlanImportError) as caught:
        import_plan(path)
    for problem in caught.value.problems:
        assert len(problem) <= spreadsheet.MAX_PROBLEM_CHARS
        assert not any(ord(ch) < 32 for ch in problem), problem
    assert '"hoog\\nx\\x00"' in str(caught.value)


def test_the_cli_prints_one_line_per_problem_without_control_characters(tmp_path):
    """`import` says error: FILE: what, each on a line of its own."""
    path = tmp_path / "c.csv"
    path.write_text('title,benefit\nA,"one\ntwo"\n')
    code, lines = cli_import(tmp_path, path)
    assert code == 1 and lines == [f'error: {path}: row 2, benefit: "one\\ntwo" is not a number in 1–5']


# ---------------------------------------------------------------- fuzzing

def assert_clean(tmp_path, source) -> None:
    """Exit 0, or exit 1 with error lines only: no traceback, no stray line, each case within the case limits."""
    with bounded_case(source):
        code, lines = cli_import(tmp_path, source)
    assert code in (0, 1), lines
    assert all(line.startswith(("error: ", "warning: ")) for line in lines), lines
    if code == 1:
        assert lines and lines[0].startswith("error: ") and not any(line.startswith("warning: ") for line in lines)


HOSTILE_XML = st.sampled_from([ENTITIES.encode() + b"<x/>", b"<x>" * 5000, b"<?xml version='1.0'?><a b='\x00'/>",
                               b"\xef\xbb\xbf<x/>", "<x>\ud7ff</x>".encode(), b"<x:y xmlns:x='u'/>", b"]]>", b""])
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize="BEP_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(data=st.data())
def test_mutated_workbooks_import_or_fail_in_one_line(tmp_path, exported, data):
    """Bytes flipped or cut in a part, parts replaced by random or hostile XML, or the zip itself damaged."""
    names = sorted(parts(exported))
    kind = data.draw(st.sampled_from(["flip", "truncate", "replace", "hostile", "zip"]))
    if kind == "zip":
        blob = bytearray(exported)
        for _ in range(data.draw(st.integers(1, 8))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        blob = bytes(blob[:data.draw(st.integers(len(blob) // 2, len(blob)))])
    else:
        name = data.draw(st.sampled_from(names))
        content = parts(exported)[name]
        if kind == "flip" and content:
            content = bytearray(content)
            for _ in range(data.draw(st.integers(1, 8))):
                content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
            content = bytes(content)
        elif kind == "truncate":
            content = content[:data.draw(st.integers(0, len(content)))]
        elif kind == "replace":
            content = data.draw(st.binary(max_size=400))
        else:
            content = data.draw(HOSTILE_XML)
        blob = rebuilt(exported, {name: content})
    source = tmp_path / "fuzz.xlsx"
    source.write_bytes(blob)
    assert_clean(tmp_path, source)


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list('tile,;\t"\n\r\x00ab1é\ud800 ')), max_size=300),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252", "latin-1"]),
       cut=st.integers(0, 3))
def test_random_csvs_import_or_fail_in_one_line(tmp_path, text, encoding, cut):
    """Random CSV text in several encodings, some with lone surrogates or a cut final byte."""
    body = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    if encoding == "utf-16-be":
        body = b"\xfe\xff" + body
    source = tmp_path / "fuzz.csv"
    source.write_bytes(body[:len(body) - cut] if cut < len(body) else body)
    assert_clean(tmp_path, source)



@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_import_of_a_pipe_a_device_or_a_folder_is_one_line_at_once(tmp_path, kind):
    """No waiting on a pipe's writer, no reading /dev/zero until memory runs out: one sentence, exit 1."""
    if kind == "fifo":
        source = tmp_path / "in.csv"
        os.mkfifo(source)
    else:
        source = "/dev/zero" if kind == "device" else tmp_path
    done = subprocess.run([sys.executable, "-m", "planner", "import", str(source), "-o", str(tmp_path / "out.bep")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "not a file" in lines[0]
