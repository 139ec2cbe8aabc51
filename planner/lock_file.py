"""A lock file beside an open plan, so a second instance opening it can warn and offer read-only.

The lock for ``/some/folder/NAME.bep`` is ``/some/folder/.~lock.NAME.bep#``, the pattern office
suites use: hidden in file managers, and already ignored by common ``.gitignore`` templates, which
matters because plans are meant to live in version control. It holds one line of JSON:
``{"user", "host", "pid", "since", "token"}``; ``token`` makes each lock's content unique, so a
release never removes a lock that someone else has taken over since.

The lock is a courtesy, not a guarantee: it only warns instances of this app, a lock from another
computer cannot be checked (it counts as held until the user chooses to open anyway), and two
instances taking over the same stale lock at the same instant may both succeed. On a folder that
cannot be written (read-only media, a share without write access) ``acquire`` returns a Lock that
holds nothing (``held`` is False) rather than refusing to open the plan.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from planner.errors import PlanError
from planner.language import _


# Pids are C ints to the kernel (os.kill overflows beyond); a larger one was not written by this app.
MAX_PID = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a lock: ``since`` is timezone-aware."""

    user: str
    host: str
    pid: int
    since: dt.datetime


class PlanLockedError(PlanError):
    """The plan is open in another running instance, described by ``holder``."""

    def __init__(self, plan_path: str | os.PathLike, holder: Holder):
        self.plan_path = Path(plan_path)
        self.holder = holder
        who = _("{user} on {host}").format(user=holder.user, host=holder.host) if holder.user else holder.host
        super().__init__(_("{name} is open in another Benefit–Effort Planner ({who}, since {when})").format(
            name=self.plan_path.name, who=who, when=_when(holder.since)))


def _when(moment: dt.datetime) -> str:
    from planner import prose
    local = moment.astimezone()
    if local.date() == dt.date.today():
        return local.strftime("%H:%M")
    return f"{prose.date(local.date())} {local:%H:%M}"



class Lock:
    """A lock taken by ``acquire``; ``held`` is False when the folder could not be written."""

    __slots__ = ("path", "held", "_content")

    def __init__(self, path: Path, content: bytes, held: bool):
        self.path = path
        self.held = held
        self._content = content

    def release(self) -> None:
        """Remove the lock file if it still holds our content; safe to call more than once."""
        if not self.held:
            return
        self.held = False
        from planner.formats.guarded_reader import MAX_LOCK_BYTES, read_regular
        try:
            if read_regular(self.path, MAX_LOCK_BYTES) == self._content:
                self.path.unlink()
        except (OSError, PlanError):
            pass  # gone already, or taken over: either way no longer ours to remove

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def lock_path(plan_path: str | os.PathLike) -> Path:
    """Return the path of the lock file for the plan at ``plan_path``."""
    plan_path = Path(plan_path)
    return plan_path.with_name(f".~lock.{plan_path.name}#")


def acquire(plan_path: str | os.PathLike, force: bool = False) -> Lock:
    """Return a Lock on the plan at ``plan_path``; raise PlanLockedError if a live instance holds it.

    A stale lock (same computer, process gone; our own process; unreadable) is taken over.
    ``force=True`` takes over any lock: the user chose to open the plan anyway.
    """
    path = lock_path(plan_path)
    content = _our_content()
    for _ in range(3):  # only loops when another instance races us for a stale lock
        try:
            _create_exclusive(path, content)
            return Lock(path, content, held=True)
        except FileExistsError:
            pass
        except OSError:
            return Lock(path, content, held=False)  # read-only folder: open without a lock
        holder = _settled_holder(path)
        if holder is not None and not force and holder_is_live(holder):
            raise PlanLockedError(plan_path, holder)
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return Lock(path, content, held=False)
    return Lock(path, content, held=False)


def read_holder(plan_path: str | os.PathLike) -> Holder | None:
    """Return who holds the lock on the plan at ``plan_path``, or None if nobody readable does."""
    return _read(lock_path(plan_path))


def holder_is_live(holder: Holder) -> bool:
    """Return whether ``holder`` may still have the plan open (another computer: assume so)."""
    if holder.host != this_host():
        return True
    if holder.pid == os.getpid():
        return False  # our own process: an earlier open of the same plan, or a reused pid
    return process_is_running(holder.pid)


def this_host() -> str:
    """Return this computer's name as locks and recovery copies record it."""
    return socket.gethostname()


def process_is_running(pid: int) -> bool:
    """Return whether a process with ``pid`` is running on this computer."""
    if not 0 < pid <= MAX_PID:
        return False  # 0 and negatives address process groups; larger ones no process has
    if sys.platform == "win32":
        return _windows_process_is_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, but belongs to another user
    except OSError:
        return False
    return True


def _windows_process_is_running(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows, so ask the kernel instead.
    import ctypes
    from ctypes import wintypes
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = wintypes.DWORD()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return not ok or code.value == 259  # STILL_ACTIVE; if we cannot tell, assume it runs
    finally:
        kernel32.CloseHandle(handle)


def _user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except Exception:  # no login name in a sandbox or service: the lock still works without one
        return ""


def _our_content() -> bytes:
    doc = {"user": _user(), "host": this_host(), "pid": os.getpid(),
           "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
           "token": secrets.token_hex(8)}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _create_exclusive(path: Path, content: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        written = os.write(fd, content)
        if written != len(content):
            raise OSError(_("the lock file was only partly written"))
    except OSError:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)


def _settled_holder(path: Path) -> Holder | None:
    holder = _read(path)
    if holder is None:
        # Another instance may have created the file and not yet written it: look once more.
        time.sleep(0.1)
        holder = _read(path)
    return holder


def _read(path: Path) -> Holder | None:
    """Return the lock's holder, or None for anything that is not a lock this app could write."""
    from planner.formats.guarded_reader import MAX_LOCK_BYTES, loads_bounded, read_regular
    try:
        doc = loads_bounded(read_regular(path, MAX_LOCK_BYTES).decode("utf-8"))
        since = dt.datetime.fromisoformat(doc["since"])
        if since.tzinfo is None:
            since = since.astimezone()  # written without an offset: take it as local time
        # Near year 1 or 9999 an offset makes comparing or showing the moment overflow; no lock
        # this app wrote is that old or that new.
        if not 1 < since.astimezone(dt.timezone.utc).year < 9999:
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError, PlanError):
        return None
    user, host, pid = doc.get("user", ""), doc.get("host"), doc.get("pid")
    if not (isinstance(user, str) and isinstance(host, str)
            and isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid <= MAX_PID):
        return None
    return Holder(user, host, pid, since)
