"""The byte layer under every data file: how a file's bytes are kept at rest.

A folder is plain (files are TinyDB JSON as they are) or encrypted (a `keys.json`
is in it, and every file is sealed as `store/sealed_file.py` describes). Every
place the store reads or writes a file's bytes goes through the folder's codec,
with the file's *home*: its area and canonical name, such as `goals.json` or
`checkins/2026.json`. The atomic-write, lock, reload, backup, quarantine and
migration rules all sit above this layer and do not change.

This module never imports `cryptography`: a plain folder never loads it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath
from typing import Protocol

from resilience_tui.store.errors import StoreError

KEYS_FILE = "keys.json"
INBOX_DIR = "inbox"
MAGIC = b"RSLC"  # the first bytes of an encrypted data file (a plain one starts with "{")
_CRASH_FOLDER = "crash-reports"
_OPEN: dict[str, Codec] = {}  # data folder (resolved) -> the codec of a store open on it in this process


class Codec(Protocol):
    encrypted: bool

    def encode(self, data: bytes, home: str) -> bytes:
        """The bytes to keep at rest for the contents `data` of the file whose home is `home`."""

    def decode(self, data: bytes, home: str) -> bytes:
        """The contents of the file whose home is `home`, from its bytes at rest; ValueError if it is damaged."""


class EncryptedElsewhere(StoreError):
    """A plain store met a file another window encrypted meanwhile."""

    def __init__(self) -> None:
        super().__init__("Your data was encrypted meanwhile (by another window or command). "
                         "Close Resilience and open it again to unlock it with your passphrase.")


class PlainCodec:
    """Files are kept exactly as they are."""

    encrypted = False

    def encode(self, data: bytes, home: str) -> bytes:
        return data

    def decode(self, data: bytes, home: str) -> bytes:
        if data.startswith(MAGIC):
            raise EncryptedElsewhere()  # never moved aside as damaged: it is only locked
        return data


PLAIN = PlainCodec()


def is_encrypted(root: Path) -> bool:
    """Whether the data folder `root` has encryption turned on (or a conversion under way)."""
    return os.path.lexists(Path(root) / KEYS_FILE)


def register(root: Path, codec: Codec) -> None:
    _OPEN[os.path.realpath(root)] = codec


def unregister(root: Path) -> None:
    _OPEN.pop(os.path.realpath(root), None)


def codec_for(root: Path) -> Codec | None:
    """The codec for writing into `root` from here: a store's open on it, PLAIN for a plain folder, or
    None for an encrypted folder nobody unlocked in this process (nothing may be written then)."""
    found = _OPEN.get(os.path.realpath(root))
    if found is not None:
        return found
    return None if is_encrypted(root) else PLAIN


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _area_files() -> tuple[list[str], set[str]]:
    from resilience_tui.store.areas import AREAS

    return [a.file for a in AREAS.values() if not a.yearly], {a.file for a in AREAS.values() if a.yearly}


_YEAR = re.compile(r"(\d{4})")


def home_of(relative: PurePosixPath | str) -> str:
    """The home of a file at `relative` (inside the data folder): the data file it is, or a copy of.

    `goals.json` -> `goals.json`; `backups/2026-11-30/checkins/2026.json` -> `checkins/2026.json`;
    `goals.corrupt-20261130T120000.json`, `goals (conflicted copy 2026-11-30 120000).json` and
    `backups/merged/goals.sync-conflict-....json` -> `goals.json`. Anything else is its own home.
    """
    parts = PurePosixPath(relative).parts
    if parts and parts[0] == "backups" and len(parts) > 2:
        parts = parts[2:]  # backups/<day>/... and backups/merged/...
    if not parts:
        return ""
    if parts[0] == _CRASH_FOLDER:
        return _CRASH_FOLDER  # every report has one home: they are told apart by name, and hold no records
    name, folder = parts[-1], parts[:-1]
    single, yearly = _area_files()
    if len(folder) == 1 and folder[0] in yearly:
        year = _YEAR.match(name)
        if year:
            return f"{folder[0]}/{year.group(1)}.json"
    if not folder:
        for file in single:
            stem = file.removesuffix(".json")
            if name == file or any(name.startswith(stem + mark) for mark in (".", " ", "_")):
                return file
    return "/".join(parts)
