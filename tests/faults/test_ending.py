"""SIGTERM, SIGHUP, SIGINT or a closed terminal end the app at any moment of its first second.

Each launch runs the real app on a pseudo-terminal, as a person's terminal would, and ends it
one of four ways in turn at a random moment; the process must be gone within two seconds.
Fifty launches in all, in five groups so they spread over the test workers.
"""

from __future__ import annotations

import os
import pty
import random
import select
import signal
import sys
import time
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
WAYS = ("SIGTERM", "SIGHUP", "SIGINT", "close")
GROUPS = 5
PER_GROUP = 10
GONE_WITHIN = 2.0


def _drain(fd: int, seconds: float) -> None:
    """Read what the app draws (a terminal that is not read stops the app writing)."""
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], min(left, 0.02))
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def _launch(folder: Path) -> tuple[int, int]:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, as `resilience` runs it
        try:
            os.environ.update(TERM="xterm-256color", PYTHONPATH=str(PROJECT), TEXTUAL="")
            os.chdir(PROJECT)
            os.execv(sys.executable, [sys.executable, "-m", "resilience_tui", "--data-dir", str(folder)])
        finally:
            os._exit(127)
    # Until the child has become the app, a signal would reach a copy of this test process.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if b"resilience_tui" in Path(f"/proc/{pid}/cmdline").read_bytes():
                break
        except OSError:
            pass
        time.sleep(0.001)
    return pid, fd


def _end(pid: int, fd: int, way: str) -> float | None:
    """End the app one way; how long it took to be gone, or None if it was still there after the limit."""
    start = time.monotonic()
    if way == "close":
        os.close(fd)
    else:
        os.kill(pid, getattr(signal, way))
    while time.monotonic() - start < GONE_WITHIN:
        if way != "close":
            _drain(fd, 0.02)
        else:
            time.sleep(0.02)
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return time.monotonic() - start
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


@pytest.mark.parametrize("group", range(GROUPS))
def test_every_way_of_ending_ends_the_app_within_two_seconds(tmp_path: Path, group: int):
    seed = int.from_bytes(os.urandom(4), "big")
    moments = random.Random(seed)
    stuck, slowest = [], 0.0
    for launch in range(PER_GROUP):
        way = WAYS[(group * PER_GROUP + launch) % len(WAYS)]
        after = moments.random()  # somewhere in the first second, start-up included
        pid, fd = _launch(tmp_path / "data")
        _drain(fd, after)
        took = _end(pid, fd, way)
        if way != "close":
            os.close(fd)
        if took is None:
            stuck.append(f"{way} after {after:.2f} s")
        else:
            slowest = max(slowest, took)
    print(f"group {group} (seed {seed}): {PER_GROUP} launches, slowest ending {slowest:.2f} s")
    assert stuck == [], f"still running {GONE_WITHIN} s after being ended (seed {seed}): {stuck}"
