"""A workbook's zip archive checked before openpyxl parses it: every part unpacked once, as a stream.

openpyxl trusts the zip's directory and parses every part it needs in full, so a hostile file
could make it unpack gigabytes, expand entities, or build millions of cells. This pass reads
the real bytes (not the sizes the directory claims), refuses any XML part that declares a
document type (a spreadsheet never needs one; entity expansion needs one), and counts what
would be costly to build: shared strings and cells in one row.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib

from planner import prose
from planner.language import _

MAX_PARTS = 10_000
# openpyxl sets up every sheet a workbook lists, in more than linear time: 1,000 sheets take
# 0.3 s, 10,000 took 4 to over 10 s. Workbooks people keep have tens.
MAX_SHEETS = 1_000
# openpyxl parses the whole table of texts before any sheet, at 6-16 µs an XML element (measured
# on a busy 2-core machine): a million texts took 16 s, a million formatted ones 31 s. Three text
# columns of 100,000 distinct rows fit, parsed in at most about 5 s.
MAX_SHARED_STRINGS = 300_000
MAX_SHARED_STRING_ELEMENTS = 700_000  # a formatted text's runs and their formatting are elements too
MAX_ROW_CELLS = 16_384  # Excel's own column limit (XFD): more cells in a row cannot be a real sheet
_CHUNK = 1024 * 1024
_DOCTYPE = re.compile(rb"<!doctype|<!entity", re.IGNORECASE)
_TOKEN = re.compile(rb"<(?:[\w.-]+:)?(row|c|si|sst|sheet)[\s/>]")
_ELEMENT = re.compile(rb"<[A-Za-z_]")
# Encodings in which the markup is plain ASCII once NULs are dropped, so the scan above sees a
# declaration. In UTF-7 or EBCDIC, which XML parsers also read, ``<!DOCTYPE`` would be hidden.
_SEEN_ENCODINGS = re.compile(rb"(utf-?(8|16|32)(le|be)?|(us-)?ascii|iso-?8859-\d+|latin-?1|(windows|cp)-?125\d)\Z",
                             re.IGNORECASE)
_DECLARED = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']*)")
_XML_NAMES = (".xml", ".rels", ".vml")


class ArchiveProblem(Exception):
    """What makes the archive unsafe or unreadable, as one sentence."""


def check_archive(path, max_unpacked: int) -> None:
    """Read every part of the workbook at ``path`` once; raise ArchiveProblem for the first problem."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise ArchiveProblem(_("the workbook has more than {count} parts, too many to import").format(
                    count=prose.count(MAX_PARTS)))
            if sum(info.file_size for info in parts) > max_unpacked:
                raise ArchiveProblem(_too_large(max_unpacked))
            left = max_unpacked
            for info in parts:
                if not info.is_dir():
                    left = _check_part(archive, info, left, max_unpacked)
    except ArchiveProblem:
        raise
    # A damaged stream, an unknown compression or zip version, or an encrypted part; zipfile also
    # trips over a damaged directory itself (an empty part name: IndexError; a cut extra field).
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, RuntimeError,
            EOFError, OSError, ValueError, IndexError, KeyError, struct.error) as e:
        raise ArchiveProblem(_("the file is not an Excel workbook that can be read ({problem})").format(
            problem=type(e).__name__)) from None


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, left: int, max_unpacked: int) -> int:
    """Stream one part, checking its real size and content; return how many bytes may still be unpacked."""
    xml = not info.filename.lower().endswith((".bin", ".png", ".jpeg", ".jpg", ".gif", ".emf", ".wmf"))
    tail = b""
    strings = row_cells = elements = sheets = 0
    table_of_texts = False
    first = info.filename.lower().endswith(_XML_NAMES)
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            if first:
                _check_encoding(chunk)
                first = False
            left -= len(chunk)
            if left < 0:
                raise ArchiveProblem(_too_large(max_unpacked))
            if not xml:
                continue
            # UTF-16 XML hides its markup between NULs; tokens cut by the chunk end are kept for the next.
            text = tail + chunk.replace(b"\x00", b"")
            cut = text.rfind(b"<")
            text, tail = (text[:cut], text[cut:]) if cut >= 0 and len(text) - cut < 256 else (text, b"")
            if _DOCTYPE.search(text):
                raise ArchiveProblem(_("the workbook declares XML entities, which a spreadsheet never needs; "
                                       "it is refused as unsafe"))
            for token in _TOKEN.finditer(text):
                kind = token[1]
                if kind == b"c":
                    row_cells += 1
                    if row_cells > MAX_ROW_CELLS:
                        raise ArchiveProblem(_("a row holds more than {count} cells, more than a spreadsheet can have")
                                             .format(count=prose.count(MAX_ROW_CELLS)))
                elif kind == b"row":
                    row_cells = 0
                elif kind == b"sst":
                    table_of_texts = True
                elif kind == b"sheet":
                    sheets += 1
                    if sheets > MAX_SHEETS:
                        raise ArchiveProblem(_("the workbook has more than {count} sheets, too many to import").format(
                            count=prose.count(MAX_SHEETS)))
                else:
                    strings += 1
                    if strings > MAX_SHARED_STRINGS:
                        raise ArchiveProblem(_("the workbook holds more than {count} different texts, too many "
                                               "to import").format(count=prose.count(MAX_SHARED_STRINGS)))
            if table_of_texts:
                elements += len(_ELEMENT.findall(text))
                if elements > MAX_SHARED_STRING_ELEMENTS:
                    raise ArchiveProblem(_("the workbook's texts carry more formatting than can be imported "
                                           "(over {count} XML elements)").format(
                        count=prose.count(MAX_SHARED_STRING_ELEMENTS)))
    if xml and _DOCTYPE.search(tail):
        raise ArchiveProblem(_("the workbook declares XML entities, which a spreadsheet never needs; "
                               "it is refused as unsafe"))
    return left


def _check_encoding(head: bytes) -> None:
    """Refuse an XML part that does not start as XML in an encoding the scan can read."""
    head = head[:1024].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    declared = _DECLARED.match(head)
    if head and (not head.startswith(b"<") or declared and not _SEEN_ENCODINGS.match(declared[1].strip())):
        raise ArchiveProblem(_("the file is not an Excel workbook that can be read "
                               "(a part is not XML in UTF-8 or UTF-16, as spreadsheets write it)"))


def _too_large(max_unpacked: int) -> str:
    return _("the workbook unpacks to more than {size} MB, too large to import").format(
        size=max_unpacked // (1024 * 1024))
