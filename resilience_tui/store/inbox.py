"""The inbox of an encrypted folder: records a shell command added without the passphrase.

`resilience checkin` on an encrypted folder cannot read (or write) the data files, so it
seals the new record to the folder's inbox public key (`keys.json`) and writes it to
`inbox/<uuid>.sealed`. Only the data key opens the inbox's private key, so only an
unlocked app or command can read it; `services/inbox.py` merges it into the store.

Imported only when the data folder is encrypted.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from resilience_tui.store import sealed_file as sf
from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic
from resilience_tui.store.codec import INBOX_DIR
from resilience_tui.store.keys import read_keys
from resilience_tui.store.lock import FileLock

SUFFIX = ".sealed"


def inbox_folder(root: Path) -> Path:
    return Path(root) / INBOX_DIR


def seal_record(root: Path, area: str, record: dict[str, Any]) -> Path:
    """Seal one new record of `area` into the inbox; returns the file written. Reads nothing else."""
    public = read_keys(root).inbox_public
    data = json.dumps({"format": 1, "area": area, "record": record}, ensure_ascii=True).encode("ascii")
    folder = inbox_folder(root)
    make_private_dir(folder)
    path = folder / f"{uuid.uuid4()}{SUFFIX}"
    write_bytes_atomic(path, sf.seal(public, data))
    return path


def pending(root: Path) -> list[Path]:
    """Sealed records waiting to be merged, oldest name first (cheap: one listing, no reads)."""
    folder = inbox_folder(root)
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith(SUFFIX) and e.is_file(follow_symlinks=False))
    except OSError:
        return []
    return [folder / name for name in names]


def open_record(private: bytes, path: Path) -> tuple[str, dict[str, Any]]:
    """(area, record) of a sealed file; ValueError if it is damaged; FileNotFoundError if merged meanwhile."""
    doc = json.loads(sf.open_sealed(private, path.read_bytes()))
    if not isinstance(doc, dict) or not isinstance(doc.get("area"), str) or not isinstance(doc.get("record"), dict):
        raise ValueError("not a sealed record")
    return doc["area"], doc["record"]


@contextmanager
def inbox_lock(root: Path) -> Iterator[None]:
    """Held while merging: two windows unlocking at once merge each record once."""
    folder = Path(root) / ".locks"
    make_private_dir(folder)
    with FileLock(folder / "inbox.lock"):
        yield
