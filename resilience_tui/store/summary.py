"""A small saved summary of what a screen showed, used again only while every file it came from is unchanged.

Today's later sections (goals, recovery paths, follow-ups, a past win, a worry to look back on) read whole
files: at thirty years that costs about 70 ms after the first frame. What they showed is kept in
`cache/NAME.json` with the stamp (inode, modification time in ns, size) of every file it was made from,
as the store read it, and the names in the data folder and its yearly folders (a new year's file or a
sync service's conflict copy appearing changes those). It is used only while each stamp is still the same, so a save by this app,
another window or a command makes it stale at once and it is made again from the records.

Never kept for an encrypted folder: that would put the person's words at rest in plain text
(`forget` removes one left from before encryption was turned on).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_tui.store.areas import AREAS
from resilience_tui.store.stamps import file_stamp

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

FOLDER = "cache"  # one of the folders the store owns (store/owned.py)
Stamp = list[int] | None


def _stamp(path: Path) -> Stamp:
    try:
        found = file_stamp(path)
    except NotADirectoryError:  # a file where a folder should be: nothing of the summary's is there
        return None
    return list(found) if found is not None else None


def _path(store: Store, name: str) -> Path:
    return store.root / FOLDER / f"{name}.json"


def _names(folder: Path) -> list[str] | None:
    """What a folder holds that could change what is read from it: not our own folders, not temp files."""
    from resilience_tui.store.owned import OWNED_FOLDERS, temp_base

    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return sorted(name for name in names if name not in OWNED_FOLDERS and temp_base(name) is None)


def folder_stamps(store: Store) -> dict[str, Stamp | list[str]]:
    """What the data folder and the yearly folders hold, by name (a new year's file, a sync service's
    conflict copy): taken before the records are read. Under keys ending in "/", apart from the files."""
    names = ["."] + sorted({area.file for area in AREAS.values() if area.yearly})
    return {f"{name}/": _names(store.root / name) for name in names}


def file_stamps(store: Store, areas: tuple[str, ...]) -> dict[str, Stamp | list[str]]:
    """The stamp each loaded file of `areas` had when the store read (or wrote) what it holds now."""
    found: dict[str, Stamp | list[str]] = {}
    for path, stamp in store.read_stamps(*areas).items():
        found[path.relative_to(store.root).as_posix()] = list(stamp) if stamp is not None else None
    return found


def _current(store: Store, relative: str, held: Mapping[Path, tuple[int, int, int] | None]) -> Stamp | list[str]:
    """A file's stamp as the store holds it when it has read it (so the summary matches the records
    the screen shows beside it), else as it is on disk; a folder's names."""
    if relative.endswith("/"):
        return _names(store.root / relative[:-1])
    path = store.root / relative
    if path in held:
        stamp = held[path]
        return list(stamp) if stamp is not None else None
    return _stamp(path)


def still_valid(store: Store, stamps: Mapping[str, Any]) -> bool:
    """Whether every file and folder in `stamps` is as it was when they were taken."""
    held = store.read_stamps()
    return all(_current(store, relative, held) == stamp for relative, stamp in stamps.items())


def read_summary(store: Store, name: str, key: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(body, stamps) of the summary saved for `key`, or None when there is none or it is stale."""
    if store.codec.encrypted:
        forget(store.root)
        return None
    try:
        saved = json.loads(_path(store, name).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(saved, dict) or saved.get("key") != dict(key):
        return None
    stamps, body = saved.get("stamps"), saved.get("body")
    if not isinstance(stamps, dict) or not isinstance(body, dict) or "./" not in stamps:
        return None
    if not still_valid(store, stamps):
        return None
    return body, stamps


def write_summary(store: Store, name: str, key: Mapping[str, Any], stamps: Mapping[str, Stamp | list[str]],
                  body: Mapping[str, Any]) -> None:
    """Save a summary (atomically, 0600, in a 0700 folder); an error leaves none, never a damaged one."""
    from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic

    if store.codec.encrypted:
        return
    data = json.dumps({"key": dict(key), "stamps": dict(stamps), "body": dict(body)}, ensure_ascii=False)
    path = _path(store, name)
    try:
        make_private_dir(path.parent)
        write_bytes_atomic(path, data.encode("utf-8"))
    except OSError:
        with contextlib.suppress(OSError):
            _remove(path)  # a stale one must not outlive a failed write


def _remove(path: Path) -> None:
    if stat.S_ISREG(os.lstat(path).st_mode):  # never through a link
        os.unlink(path)


def forget(root: Path) -> None:
    """Remove every saved summary (encryption is being turned on)."""
    folder = root / FOLDER
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return
        names = os.listdir(folder)
    except OSError:
        return
    for entry in names:
        if entry.endswith(".json"):
            with contextlib.suppress(OSError):
                _remove(folder / entry)
