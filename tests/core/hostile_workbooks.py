"""Hypothesis strategies for hostile workbooks, built from the sample plan's own export.

Each strategy draws a ``Hostile``: the bytes of an .xlsx and whether its Initiatives sheet was
left as exported (then an import that succeeds must give the sample's initiatives). The zip is
written here byte by byte, so its local and central headers can claim sizes the data does not
have.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from hypothesis import strategies as st

from planner.formats.spreadsheet import MAX_UNPACKED_BYTES
from planner.formats.workbook_archive import MAX_PARTS, MAX_SHARED_STRINGS, MAX_SHEETS

SHEET = "xl/worksheets/sheet1.xml"  # the exported Initiatives sheet
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


@dataclass(frozen=True)
class Hostile:
    """A drawn workbook: its bytes, how it was made, and whether the initiatives must survive."""
    data: bytes = field(repr=False)  # a failing example is named by ``how``, not by 30 KB of bytes
    how: str
    keeps_initiatives: bool


@functools.cache
def exported_parts() -> dict[str, bytes]:
    """The parts of the sample plan's export, in archive order."""
    from planner.formats.xlsx_export import xlsx_bytes
    from planner.samples import sample_plan
    from planner.scheduling import schedule

    plan = sample_plan()
    with zipfile.ZipFile(io.BytesIO(xlsx_bytes(plan, schedule(plan)))) as z:
        return {name: z.read(name) for name in z.namelist()}


@dataclass(frozen=True)
class Packed:
    """A part already deflated: a bomb is packed once, not held unpacked."""
    packed: bytes
    crc: int
    size: int


def archive(parts: dict[str, bytes | Packed], lie=None) -> bytes:
    """A zip of ``parts``, deflated; ``lie(name, sizes)`` may change the sizes each header claims.

    ``sizes`` is a dict with the true ``local`` and ``central`` (compressed, uncompressed) pairs.
    """
    local, central = io.BytesIO(), io.BytesIO()
    for name, content in parts.items():
        if not isinstance(content, Packed):
            content = Packed(_deflate(content), zlib.crc32(content), len(content))
        packed, crc = content.packed, content.crc
        sizes = {"local": (len(packed), content.size), "central": (len(packed), content.size)}
        if lie is not None:
            lie(name, sizes)
        raw = name.encode()
        offset = local.tell()
        local.write(struct.pack("<IHHHHHIII", 0x04034B50, 20, 0, 8, 0, 0x21, crc, *sizes["local"])
                    + struct.pack("<HH", len(raw), 0) + raw + packed)
        central.write(struct.pack("<IHHHHHHIII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, *sizes["central"])
                      + struct.pack("<HHHHHII", len(raw), 0, 0, 0, 0, 0, offset) + raw)
    directory = central.getvalue()
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), local.tell(), 0)
    return local.getvalue() + directory + end


def _deflate(content: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(content) + packer.flush()


def _with_sheets(parts: dict[str, bytes], count: int, sheet: bytes) -> dict[str, bytes]:
    """``parts`` with ``count`` more worksheets named in the workbook, its relationships and content types."""
    parts = dict(parts)
    sheets = "".join(f'<sheet xmlns:r="{REL_NS}" name="Extra {i}" sheetId="{100 + i}" r:id="rX{i}"/>'
                     for i in range(count))
    rels = "".join(f'<Relationship Type="{REL_NS}/worksheet" Target="/xl/worksheets/extra{i}.xml" Id="rX{i}"/>'
                   for i in range(count))
    types = "".join(f'<Override PartName="/xl/worksheets/extra{i}.xml" ContentType="{WORKSHEET_TYPE}"/>'
                    for i in range(count))
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b"</sheets>", sheets.encode() + b"</sheets>")
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", rels.encode() + b"</Relationships>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", types.encode() + b"</Types>")
    for i in range(count):
        parts[f"xl/worksheets/extra{i}.xml"] = sheet
    return parts


def _worksheet(rows: str, dimension: str = "") -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<worksheet xmlns="{MAIN_NS}">{dim}<sheetData>{rows}</sheetData></worksheet>'.encode()


@st.composite
def many_sheets(draw) -> Hostile:
    """Up to beyond the part limit of extra sheets, empty or each holding a few cells."""
    count = draw(st.one_of(st.integers(1, 60), st.sampled_from([MAX_SHEETS - 8, MAX_SHEETS + 1, 5_000, MAX_PARTS - 30,
                                                               MAX_PARTS + 1, 12_000])))
    sheet = _worksheet(draw(st.sampled_from(["", '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'])))
    return Hostile(archive(_with_sheets(exported_parts(), count, sheet)), f"{count} extra sheets", True)


COLUMNS = st.sampled_from(["A", "T", "XFD", "XFE", "ZZZZ", "AAAAAAAA"]) | st.text("ABCXYZ", min_size=1, max_size=9)
ROWS = st.sampled_from([1, 2, 1_048_576, 1_048_577, 2**31, 10**12]) | st.integers(1, 10**15)


@st.composite
def huge_references(draw) -> Hostile:
    """A stale or absurd ``<dimension>`` on the Initiatives sheet, and cells far beyond the sheet's end."""
    parts = dict(exported_parts())
    dimension = f"A1:{draw(COLUMNS)}{draw(ROWS)}"
    sheet = re.sub(rb"<dimension [^>]*/>", b"", parts[SHEET]).replace(
        b"<sheetData", f'<dimension ref="{dimension}"/><sheetData'.encode(), 1)
    where = draw(st.sampled_from(["none", "initiatives", "extra sheet"]))
    cell = f"{draw(COLUMNS)}{draw(ROWS)}"
    row = f'<row r="{cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{cell}"><v>1</v></c></row>'
    if where == "initiatives":
        sheet = sheet.replace(b"</sheetData>", row.encode() + b"</sheetData>")
    parts[SHEET] = sheet
    if where == "extra sheet":
        parts = _with_sheets(parts, 1, _worksheet(row, f"A1:{cell}"))
    return Hostile(archive(parts), f"dimension {dimension}, cell {cell} in {where}", where != "initiatives")


@st.composite
def zip_bombs(draw) -> Hostile:
    """A part of zeros or spaces unpacking to just under or over the limit, its sizes honest or lying."""
    size = draw(st.sampled_from([MAX_UNPACKED_BYTES // 4, MAX_UNPACKED_BYTES - 2**20, MAX_UNPACKED_BYTES + 1,
                                 MAX_UNPACKED_BYTES * 3 // 2]))
    # zeros in a part nobody parses, or spaces inside the Initiatives sheet, which openpyxl parses
    name, filler = draw(st.sampled_from([("xl/media/pad.bin", b"\0"), (SHEET, b" ")]))
    payload = _payload(filler, size)
    liars = draw(st.sampled_from(["honest", "local", "central", "both"]))
    claimed = draw(st.sampled_from([0, 100, size // 1000, 2**32 - 1]) | st.integers(0, 2**32 - 1))

    def lie(part, sizes):
        if part == name:
            for where in ("local", "central"):
                if liars in (where, "both"):
                    sizes[where] = (sizes[where][0], claimed)

    parts = {**exported_parts(), name: payload}
    return Hostile(archive(parts, lie), f"{size:,} bytes of {filler!r} in {name}, sizes {liars} ({claimed})", True)


@functools.lru_cache(maxsize=8)
def _payload(filler: bytes, size: int) -> Packed:
    """``size`` bytes of ``filler`` (spaces go before the Initiatives sheet's data), packed in 1 MB steps."""
    head, tail = exported_parts()[SHEET].partition(b"<sheetData")[::2] if filler == b" " else (b"", b"")
    tail = b"<sheetData" + tail if tail else tail
    packer, crc = zlib.compressobj(6, zlib.DEFLATED, -15), zlib.crc32(head)
    packed = [packer.compress(head)]
    left, block = size - len(head) - len(tail), filler * 2**20
    while left > 0:
        piece = block[:left]
        packed.append(packer.compress(piece))
        crc = zlib.crc32(piece, crc)
        left -= len(piece)
    packed += [packer.compress(tail), packer.flush()]
    return Packed(b"".join(packed), zlib.crc32(tail, crc), size)


ENTITY_PROLOGS = st.sampled_from([
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY a{i} "{("&a%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]>",
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE x [<!ENTITY % p "<!ENTITY q \'q\'>"> %p;]>',
    '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',
    "<!doctype x>",
    "<!DOCTYPE\n\tx [ <!ENTITY\ta 'b'> ]>",
])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be", "cp037", "utf-7"])


@st.composite
def entity_parts(draw) -> Hostile:
    """Entity declarations (expansion, external, parameter) in any XML part, in any encoding lxml reads."""
    parts = dict(exported_parts())
    name = draw(st.sampled_from(sorted(n for n in parts if n.endswith((".xml", ".rels")))))
    prolog = draw(ENTITY_PROLOGS)
    encoding = draw(ENCODINGS)
    body = parts[name].decode("utf-8")
    label = {"utf-8-sig": "utf-8", "cp037": "IBM037"}.get(encoding, encoding).upper()
    if draw(st.booleans()):  # reference the entity where the text of a first element would be
        body = re.sub(r"(<[^?!][^>]*[^/]>)", r"\1&a9;", body, count=1)
    declaration = f'<?xml version="1.0" encoding="{label}"?>'
    plain = draw(st.booleans())  # the declaration in ASCII, so only the rest is in the odd encoding
    parts[name] = declaration.encode("ascii") + (prolog + body).encode(encoding) if plain else \
        (declaration + prolog + body).encode(encoding)
    return Hostile(archive(parts), f"{prolog[:30]!r} in {name} as {encoding}{' after ASCII' * plain}", False)


@st.composite
def many_shared_strings(draw) -> Hostile:
    """A shared-string table of up to beyond the limit of entries, in a few spellings, after the used ones."""
    count = draw(st.one_of(st.integers(0, 50), st.sampled_from([50_000, MAX_SHARED_STRINGS - 5,
                                                                MAX_SHARED_STRINGS + 1, 3_000_000])))
    item = draw(st.sampled_from(["<si/>", "<si><t>x</t></si>", "<x:si/>", "<si><r><t>a</t></r><r><t>b</t></r></si>",
                                 "<si>\n</si>", '<si><r><rPr><b/><sz val="11"/><rFont val="A"/></rPr><t>a</t></r></si>']))
    prefix = ' xmlns:x="%s"' % MAIN_NS if "x:" in item else ""
    parts = dict(exported_parts())
    parts["xl/sharedStrings.xml"] = (f'<sst xmlns="{MAIN_NS}"{prefix} count="{count}">'.encode()
                                     + item.encode() * count + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SST_TYPE}"/></Types>'.encode())
    return Hostile(archive(parts), f"{count:,} shared strings as {item}", True)


@st.composite
def mutated_zips(draw) -> Hostile:
    """The zip's own structure damaged: cut short, bytes flipped in the central directory or its end record."""
    data = bytearray(archive(exported_parts()))
    directory = data.index(b"PK\x01\x02")
    end = data.rindex(b"PK\x05\x06")
    kind = draw(st.sampled_from(["truncate", "directory", "end", "counts"]))
    if kind == "truncate":
        data = data[:draw(st.integers(0, len(data) - 1))]
    elif kind == "counts":  # entry count, directory size and offset in the end record
        at = draw(st.sampled_from([8, 10, 12, 16]))
        width = 2 if at < 12 else 4
        data[end + at:end + at + width] = draw(st.integers(0, 2**(8 * width) - 1)).to_bytes(width, "little")
    else:
        low, high = (directory, end) if kind == "directory" else (end, len(data))
        for _ in range(draw(st.integers(1, 6))):
            data[draw(st.integers(low, high - 1))] = draw(st.integers(0, 255))
    return Hostile(bytes(data), f"zip {kind}", False)


HOSTILE_WORKBOOKS = {"many sheets": many_sheets(), "huge references": huge_references(), "zip bombs": zip_bombs(),
                     "entities": entity_parts(), "shared strings": many_shared_strings(),
                     "broken zips": mutated_zips()}
