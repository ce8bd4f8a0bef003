"""Run a piece of work in a forked child with a time budget, so a hang fails a test instead of the suite."""

from __future__ import annotations

import os
import pickle
import signal
import time
from collections.abc import Callable

from trendbeeld.errors import TrendbeeldError


def in_child(work: Callable[[], object], budget: float) -> tuple[str, str]:
    """Run ``work`` in a forked child: ("ok" | "error" | "crash" | "hang", detail)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
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
    deadline = time.monotonic() + budget
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        return "hang", f"over {budget:.0f} s"
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    return pickle.loads(data) if data else ("crash", "child died")
