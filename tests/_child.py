"""Run a piece of work in a forked child with a CPU-time budget, so a hang fails a test instead of the suite.

The budget is the child's own CPU seconds (``RLIMIT_CPU``): a machine busy with other work slows the
child's wall clock, not its CPU time, so the budget catches superlinear work and not a loaded machine.
A wall-clock deadline of ``WALL_FACTOR`` times the budget stays as a backstop (a child blocked on
something other than the CPU).
"""

from __future__ import annotations

import math
import os
import pickle
import resource
import signal
import time
from collections.abc import Callable

from trendbeeld.errors import TrendbeeldError

WALL_FACTOR = 10


def in_child(work: Callable[[], object], budget: float) -> tuple[str, str]:
    """Run ``work`` in a forked child: ("ok" | "error" | "crash" | "hang", detail); "hang" when it
    uses more than ``budget`` seconds of CPU."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        used = resource.getrusage(resource.RUSAGE_SELF)
        limit = math.ceil(used.ru_utime + used.ru_stime + budget)  # the fork's CPU so far counts too
        resource.setrlimit(resource.RLIMIT_CPU, (limit, limit + 1))  # SIGXCPU at the soft limit
        try:
            work()
            outcome = ("ok", "")
        except TrendbeeldError as exc:
            outcome = ("error", str(exc))
        except BaseException as exc:
            outcome = ("crash", f"{type(exc).__name__}: {str(exc)[:200]}")
        os.write(write_fd, pickle.dumps(outcome))
        os._exit(0)
    os.close(write_fd)
    deadline = time.monotonic() + budget * WALL_FACTOR
    status = 0
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        return "hang", f"over {budget * WALL_FACTOR:.0f} s wall clock"
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGXCPU, signal.SIGKILL):
        os.close(read_fd)
        return "hang", f"over {budget:.0f} s CPU"
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    return pickle.loads(data) if data else ("crash", "child died")
