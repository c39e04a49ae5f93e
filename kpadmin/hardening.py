"""What kpadmin does to its own process so that a crash cannot leak the API key.

The key lives in this process's memory while a profile is open (the SDK
holds it to sign every request). A core dump is that memory written to a
file, often into the working directory or a system crash collector, where
other tools and people read it. So at start-up kpadmin turns core dumps off
for itself:

- everywhere ``resource`` exists (Linux, macOS, the BSDs): the core file size
  limit is set to 0 (``RLIMIT_CORE``), so the kernel writes no core file;
- on Linux also ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even through a
  ``core_pattern`` pipe to a crash collector (systemd-coredump, apport), and
  other processes of the same user can no longer attach with ptrace or read
  ``/proc/<pid>/mem``;
- on Windows nothing is done: Windows writes no dump of a crashing program
  unless an administrator configured Windows Error Reporting's LocalDumps,
  and that setting is the machine owner's to keep or remove.

Qt-free and safe to call more than once; a step the platform refuses is
skipped and not reported as done.
"""

from __future__ import annotations

import ctypes
import sys

# linux/prctl.h
_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> list[str]:
    """Turn off core dumps for this process; returns what was done (for the log)."""
    done: list[str] = []
    try:
        import resource
    except ImportError:  # Windows
        resource = None  # type: ignore[assignment]
    if resource is not None:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("RLIMIT_CORE=0")
        except (ValueError, OSError):
            pass
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("PR_SET_DUMPABLE=0")
        except (OSError, AttributeError):
            pass
    return done
