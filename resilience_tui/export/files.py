"""Where exports go, and writing them: new files only, readable by their owner alone (0600)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from resilience_tui.export import ExportFailed
from resilience_tui.store.atomic import make_private_dir, write_chunks_atomic

EXTENSIONS = {"markdown": ".md", "html": ".html", "json": ".json"}


def default_target(folder: Path, fmt: str, moment: datetime) -> Path:
    """A new name in `folder`: resilience-export-2026-11-26.json (or a folder for markdown
    and html), with -2, -3, ... added when that name is taken."""
    stem = f"resilience-export-{moment:%Y-%m-%d}"
    suffix = EXTENSIONS["json"] if fmt == "json" else ""
    candidate = folder / f"{stem}{suffix}"
    counter = 1
    while candidate.exists() or candidate.is_symlink():
        counter += 1
        candidate = folder / f"{stem}-{counter}{suffix}"
    return candidate


def check_new(path: Path) -> None:
    """Raise ExportFailed if `path` is taken (checked again when it is written)."""
    if path.exists() or path.is_symlink():
        raise ExportFailed(f"{path} already exists. Choose another name with --out, or move that file first.")


def write_new(path: Path, text: str) -> Path:
    """Write `text` to `path`, which must not exist yet; 0600, atomically. Returns the path."""
    return write_new_stream(path, (text,))


def write_new_stream(path: Path, pieces: Iterable[str]) -> Path:
    """`write_new` for a document made piece by piece: the pieces go to the file as they come
    (in blocks of about 256 KiB), and the file appears only once the last one is written."""
    check_new(path)
    try:
        if not path.parent.is_dir():
            make_private_dir(path.parent)
        write_chunks_atomic(path, _blocks(pieces))
    except OSError as error:
        raise ExportFailed(f"{path} could not be written ({error.strerror or error}). Nothing was changed.") from error
    return path


def write_new_bytes(path: Path, data: bytes) -> Path:
    """`write_new` for bytes made whole (a passphrase-protected export)."""
    check_new(path)
    try:
        if not path.parent.is_dir():
            make_private_dir(path.parent)
        write_chunks_atomic(path, (data,))
    except OSError as error:
        raise ExportFailed(f"{path} could not be written ({error.strerror or error}). Nothing was changed.") from error
    return path


def _blocks(pieces: Iterable[str], size: int = 1 << 18) -> Iterator[bytes]:
    block: list[str] = []
    length = 0
    for piece in pieces:
        block.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(block).encode("utf-8", errors="replace")
            block, length = [], 0
    yield "".join(block).encode("utf-8", errors="replace")


def check_folder(folder: Path) -> None:
    """Raise ExportFailed unless `folder` can take one file per area: it is new or empty."""
    if folder.exists() and not folder.is_dir():
        raise ExportFailed(f"{folder} is a file. Markdown and html exports go into a folder, one file per area.")
    if folder.is_dir() and any(folder.iterdir()):
        raise ExportFailed(f"{folder} is not empty. Choose a new or empty folder with --out.")


def prepare_folder(folder: Path) -> Path:
    """A folder for one file per area: new (created 0700) or empty."""
    check_folder(folder)
    try:
        make_private_dir(folder)
    except OSError as error:
        raise ExportFailed(f"The folder {folder} could not be made ({error.strerror or error}).") from error
    return folder


def is_private(path: Path) -> bool:
    return os.name != "posix" or path.stat().st_mode & 0o777 == 0o600
