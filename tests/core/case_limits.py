"""The time and memory every fuzzed case may take: a hang or a memory blow-up fails the example.

A case runs under a SIGALRM interval timer that raises CaseTooSlow inside it after
``CASE_SECONDS`` (so a hang ends as a failing example, not a stuck run), and its real elapsed time
and its peak resident memory (``ru_maxrss``, which counts what C libraries such as lxml allocate,
unlike tracemalloc) are checked afterwards.
"""

from __future__ import annotations

import contextlib
import resource
import signal
import time

# A legitimate case here parses a workbook of a few hundred rows or a plan of 20 initiatives in
# well under a second; ten seconds means a hang or a blow-up, even on a loaded 2-core machine.
CASE_SECONDS = 10
# The costliest case allowed in: a workbook at the 200 MB unpacked limit whose sheet is one run
# of 200 MB of spaces, which the XML parser holds twice (about 400 MB). The blow-ups the fuzzers
# look for took 0.5 to 6 GB.
CASE_MEGABYTES = 600


class CaseTooSlow(AssertionError):
    """Raised inside a case that runs past its time limit."""


def current_megabytes() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def peak_megabytes() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


@contextlib.contextmanager
def bounded_case(what, seconds: float = CASE_SECONDS, megabytes: float = CASE_MEGABYTES):
    """Run the block as one fuzzed case: fail it when it takes over ``seconds`` or grows the process
    by over ``megabytes`` at its peak. ``what`` names the case in the failure."""
    def too_slow(signum, frame):
        raise CaseTooSlow(f"over {seconds} s: {what}")

    before, peak_before = current_megabytes(), peak_megabytes()
    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    began = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.monotonic() - began
    # A handler that swallowed the alarm still shows in the clock.
    assert elapsed < seconds, f"{elapsed:.1f} s: {what}"
    peak = peak_megabytes()
    # ru_maxrss only rises: a rise during this case is this case's peak.
    assert peak <= peak_before or peak - before < megabytes, f"{peak - before:.0f} MB more: {what}"
