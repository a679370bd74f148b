"""Start and drive the writer child process (writer.py) from the fault tests."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

WRITER = Path(__file__).with_name("writer.py")
PROJECT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT = 20.0


def spawn_writer(folder: Path, label: str, count: int = 0, year: int = 2026, pause: float = 0.0) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), str(count), str(year), label, str(pause)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=PROJECT,
        env=env,
    )


def read_line(proc: subprocess.Popen, timeout: float = LINE_TIMEOUT) -> bytes:
    """One line from the writer, with a timeout so a stuck writer fails the test instead of hanging it.

    Only called when nothing is buffered yet (before "go", or for the first id after it).
    """
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        proc.kill()
        raise AssertionError("the writer printed nothing in time")
    return proc.stdout.readline()


def wait_ready(proc: subprocess.Popen) -> None:
    """Wait until the writer has imported everything (it has not touched the folder yet)."""
    line = read_line(proc)
    assert line == b"ready\n", f"writer did not start: {line!r}"


def go(proc: subprocess.Popen) -> None:
    """Let a ready writer open the store and start adding."""
    proc.stdin.write(b"go\n")
    proc.stdin.flush()


def acknowledged(lines: bytes) -> set[str]:
    """Complete id lines only: a line cut short by the kill was never acknowledged."""
    ids = set()
    for line in lines.split(b"\n")[:-1]:  # the part after the last newline is incomplete
        text = line.decode()
        if text and text != "ready":
            assert len(text) == 36, f"unexpected output from the writer: {text!r}"
            ids.add(text)
    return ids
