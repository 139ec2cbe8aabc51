"""Reading and writing ``.bep`` plan files (JSON, UTF-8): see docs/file-format.md.

Reading validates everything (see ``validation``) and raises PlanFileError naming the first
problem and its place. Writing is deterministic and atomic, and keeps the previous file as
``NAME.bep.bak``.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import stat
import tempfile
import time
from pathlib import Path

from planner.errors import PlanFileError
from planner.formats.guarded_reader import loads_bounded, read_regular
from planner.language import _
from planner.model import (
    TECHNOGRAPHICS, Audience, Initiative, Objective, Plan, Strategy,
)
from planner.formats.round_document import rounds_document
from planner.validation import (
    FORMAT, QUADRANT_KEYS, VERSION, VERSION_WITHOUT_ROUNDS, NonFinite, parse_float, plan_from_document,
)

SUFFIX = ".bep"


# ---------------------------------------------------------------- reading

def load(path: str | os.PathLike) -> Plan:
    """Return the plan in the file at ``path``; raise PlanFileError or OSError."""
    return loads(read_regular(path))


def loads(data: bytes | str) -> Plan:
    """Return the plan encoded in ``data``; raise PlanFileError for anything that is not one."""
    if isinstance(data, bytes):
        if not data.strip():
            raise PlanFileError("", _("the file is empty"))
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise PlanFileError(_("byte {offset}").format(offset=e.start), _("the file is not UTF-8 text")) from None
    else:
        text = data
    if not text.strip():
        raise PlanFileError("", _("the file is empty"))
    try:
        doc = loads_bounded(text, parse_float=parse_float, parse_constant=NonFinite)
    except json.JSONDecodeError as e:
        body = text.rstrip()
        if e.pos >= len(body) or e.msg.startswith("Unterminated string"):
            line = body.count("\n") + 1
            column = len(body) - body.rfind("\n")
            raise PlanFileError(_("line {line}, column {column}").format(line=line, column=column),
                                _("the file ends too early; it may be truncated")) from None
        # Python's own words for the JSON problem (e.msg) stay English, as argparse's do.
        raise PlanFileError(_("line {line}, column {column}").format(line=e.lineno, column=e.colno),
                            _("the file is not valid JSON ({problem})").format(problem=e.msg.lower())) from None
    except RecursionError:
        raise PlanFileError("", _("the file nests too deeply to be a plan")) from None
    except ValueError as e:  # integers with thousands of digits
        raise PlanFileError("", _("the file holds a number too large to read ({problem})").format(problem=e)) from None
    try:
        return plan_from_document(doc)
    except PlanFileError as e:
        from planner.file_places import for_person
        e.for_person = for_person(e, doc)
        raise


# ---------------------------------------------------------------- writing

def plan_to_document(plan: Plan) -> dict:
    """Return the JSON document for ``plan``: known keys in a fixed order, then kept extras."""
    t = plan.thresholds
    # Only names a plan changed are written, so a plan with the usual names keeps its old text.
    renamed = plan.renamed_quadrants()
    names = {key: renamed[q] for key, q in QUADRANT_KEYS.items() if q in renamed}
    return {
        "format": FORMAT,
        "version": VERSION if plan.rounds else VERSION_WITHOUT_ROUNDS,
        "title": plan.title,
        "start": plan.start.isoformat(),
        "scale": {"min": plan.scale.min, "max": plan.scale.max, "step": plan.scale.step,
                  **plan.scale.extra},
        "effort_weights": {"technical": plan.effort_weights.technical,
                           "organisational": plan.effort_weights.organisational,
                           **plan.effort_weights.extra},
        "thresholds": {**({"benefit": t.benefit} if t.benefit is not None else {}),
                       **({"effort": t.effort} if t.effort is not None else {}), **t.extra},
        **({"quadrant_names": names} if names else {}),
        "lanes": [{"id": lane.id, "name": lane.name, **lane.extra} for lane in plan.lanes],
        # The version 2 parts are left out while unused, so a plan without them keeps its text.
        **({"strategy": _strategy_document(plan.strategy)} if plan.strategy != Strategy() else {}),
        **({"objectives": [_objective_document(o) for o in plan.objectives]} if plan.objectives else {}),
        **({"audiences": [_audience_document(a) for a in plan.audiences]} if plan.audiences else {}),
        "initiatives": [_initiative_document(item) for item in plan.initiatives],
        "dependencies": [{"from": d.from_, "to": d.to, "lag_days": d.lag_days, **d.extra}
                         for d in plan.dependencies],
        **({"rounds": rounds_document(plan.rounds)} if plan.rounds else {}),
        **plan.extra,
    }


def _strategy_document(s: Strategy) -> dict:
    doc = {"value_discipline": s.value_discipline, "ambition": s.ambition}
    if s.monthly_capacity is not None:
        doc["monthly_capacity"] = s.monthly_capacity
    doc["readiness"] = [{"item": a.item, "status": a.status, "note": a.note, **a.extra} for a in s.readiness]
    doc.update(s.extra)
    return doc


def _objective_document(o: Objective) -> dict:
    kpis = []
    for k in o.kpis:
        kpi = {"id": k.id, "name": k.name, "unit": k.unit}
        for key in ("baseline", "baseline_date", "target", "target_date", "current"):
            value = getattr(k, key)
            if value is not None:
                kpi[key] = value.isoformat() if key.endswith("_date") else value
        kpi["business_result"] = k.business_result
        kpi.update(k.extra)
        kpis.append(kpi)
    return {"id": o.id, "name": o.name, "kind": o.kind, "description": o.description, "kpis": kpis, **o.extra}


def _audience_document(a: Audience) -> dict:
    profile = {key: a.profile[key] for key in TECHNOGRAPHICS if a.profile.get(key) is not None}
    return {"id": a.id, "name": a.name, "description": a.description, "profile": profile, **a.extra}


def _initiative_document(item: Initiative) -> dict:
    doc = {"id": item.id, "title": item.title, "description": item.description,
           "owner": item.owner}
    for key in ("benefit", "technical_effort", "organisational_effort"):
        value = getattr(item, key)
        if value is not None:
            doc[key] = value
    doc["decision"] = item.decision
    if item.lane is not None:
        doc["lane"] = item.lane
    if item.start is not None:
        doc["start"] = item.start.isoformat()
    doc["fixed_start"] = item.fixed_start
    doc["duration_days"] = item.duration_days
    if item.objectives:
        doc["objectives"] = list(item.objectives)
    if item.audiences:
        doc["audiences"] = list(item.audiences)
    if item.run_effort is not None:
        doc["run_effort"] = item.run_effort
    doc.update(item.extra)
    return doc


def dumps(plan: Plan, compact: bool = False) -> str:
    """Return the file text for ``plan``: UTF-8-ready JSON, two-space indent, trailing newline.

    ``compact`` leaves out the indent, for copies no one reads (recovery copies): Python's JSON
    encoder takes its faster, C path without one, which counts while a room's votes pour in.
    """
    if compact:
        return json.dumps(plan_to_document(plan), ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    return json.dumps(plan_to_document(plan), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def save(plan: Plan, path: str | os.PathLike) -> None:
    """Write ``plan`` to ``path`` atomically, keeping any previous file as ``path + '.bak'``.

    The new text goes to a temporary file in the same folder, is flushed to disk, and then
    replaces the target in one step, so a crash leaves either the old file or the new one.
    """
    write_atomically(Path(path), dumps(plan).encode("utf-8"), keep_backup=True)


def write_atomically(path: Path, data: bytes, keep_backup: bool = False, private: bool = False) -> None:
    """Write ``data`` to ``path`` so a crash leaves the old file or the new one, never half of one.

    The data goes to a temporary file in the same folder, is flushed to disk, and replaces the
    target in one step. The file keeps the old one's permissions, or gets a new file's usual
    ones (``private``: owner only). ``keep_backup`` keeps the previous file as ``path + '.bak'``.
    A symbolic link is followed, so its target is written and the link stays; a file nobody
    may write (read-only) is refused with PermissionError rather than replaced.
    """
    path = Path(os.path.realpath(path))
    if path.is_symlink():  # realpath gives up on a loop and hands back a link
        raise OSError(errno.ELOOP, _("the link points to itself"), str(path))
    folder = path.parent
    if path.exists() and _read_only(path):
        raise PermissionError(errno.EACCES, _("it is read-only"), str(path))

    # A short fixed-length name, so any name that can be opened can be saved, and one pattern to
    # recognise the debris of a killed save by.
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
            if keep_backup:
                _keep_backup(path)
        elif not private:  # mkstemp makes the file private; a new file gets the usual mode
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    _remove_stale_temporaries(path)


TEMP_PREFIX, TEMP_SUFFIX = ".bep-", ".tmp"
STALE_AFTER = 3600  # seconds: no save takes an hour, so an older temporary file is a killed save's
_OURS = re.compile(r"\.bep-[A-Za-z0-9_]{8,}\.tmp")


def _read_only(path: Path) -> bool:
    """Return whether the user protected ``path`` from writing (root ignores the bits, we do not)."""
    return not path.stat().st_mode & 0o222 or not os.access(path, os.W_OK)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove our temporary files in ``path``'s folder that a killed save left over an hour ago."""
    # Earlier versions named them after the plan: .NAME.XXXXXXXX.tmp and .NAME.bak.tmp.
    older = re.compile(re.escape(f".{path.name}.") + r"(?:[A-Za-z0-9_]{8}|bak)\.tmp")
    cutoff = time.time() - STALE_AFTER
    try:
        with os.scandir(path.parent) as entries:
            for entry in entries:
                if not (_OURS.fullmatch(entry.name) or older.fullmatch(entry.name)):
                    continue
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    os.unlink(entry.path)
    except OSError:
        pass  # tidying is a courtesy; the save itself has succeeded


def _keep_backup(path: Path) -> None:
    backup = path.with_name(path.name + ".bak")
    staged = path.with_name(f"{TEMP_PREFIX}{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        os.link(path, staged)  # no copy: the backup keeps the old file's data when it is replaced
    except OSError:
        import shutil
        shutil.copy2(path, staged)
    try:
        os.replace(staged, backup)
    except OSError as e:
        staged.unlink(missing_ok=True)
        if e.errno != errno.ENAMETOOLONG:
            raise
        # NAME.bak is longer than the file system allows: the plan is still saved, without a backup.
    except BaseException:
        staged.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform lets a folder be opened
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
