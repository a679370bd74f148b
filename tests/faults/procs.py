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


HOLD_LOCK = """
import sys
from pathlib import Path
from resilience_tui.store.lock import FileLock
path = Path(sys.argv[1])
path.parent.mkdir(parents=True, exist_ok=True)
with FileLock(path):
    print("locked", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""


def hold_lock(path: Path) -> subprocess.Popen:
    """Another process holding a store lock (`.locks/AREA.lock`) until `release` is called."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            cwd=PROJECT, env=env)
    line = read_line(proc)
    assert line == b"locked\n", f"the lock holder did not start: {line!r}"
    return proc


def release(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.stdin.write(b"\n")
        proc.stdin.flush()
        assert read_line(proc) == b"released\n"
        proc.wait(timeout=LINE_TIMEOUT)
