"""Turning encryption on and off: every file of the folder, one at a time, each write atomic.

A file is self-describing (an encrypted one starts with its header), so a conversion that
stops part-way (a kill, a full disk) leaves a folder of files each whole in one form or the
other. `keys.json` says a conversion is under way (`state`), so meanwhile both forms are
read, and running the same command again finishes it:

- encrypt: `keys.json` is written first (state "encrypting"), then each file, then the
  state becomes "on";
- decrypt: the state becomes "decrypting", each file is written plain, then `keys.json`
  goes. Until then the keys are there, so nothing is ever left that cannot be opened.

Imported only when the data folder is (being) encrypted.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from resilience_tui.store.areas import AREAS
from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic
from resilience_tui.store.codec import home_of, is_sealed, unregister
from resilience_tui.store.keys import Unlocked, keys_path, write_keys
from resilience_tui.store.lock import FileLock
from resilience_tui.store.owned import temp_base
from resilience_tui.store.sealed_file import EncryptedCodec
from resilience_tui.store.sync_conflicts import _patterns

_YEAR = re.compile(r"\d{4}")


@dataclass
class Converted:
    files: int = 0  # written in the new form
    left: list[Path] = field(default_factory=list)  # could not be opened (damaged): left as they are


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _beside(folder: Path, file_name: str) -> Iterator[Path]:
    """`file_name` in `folder`, its moved-aside copies and the sync services' conflict copies of it."""
    stem, _, suffix = file_name.rpartition(".")
    patterns = [p for _, p in _patterns(stem, "." + suffix)]
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        if (name == file_name or (name.startswith(f"{stem}.corrupt-") and name.endswith(f".{suffix}"))
                or any(p.fullmatch(name) for p in patterns)):
            if _regular(folder / name):
                yield folder / name


def data_files(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Every file the conversion turns over, with the area whose lock guards it (None: not a live file)."""
    for area in AREAS.values():
        folder = area.path(root)
        if not area.yearly:
            yield from ((p, area.name) for p in _beside(root, area.file))
            continue
        try:
            years = sorted({name[:4] for name in os.listdir(folder) if _YEAR.match(name)})
        except OSError:
            continue
        for year in years:
            yield from ((p, area.name) for p in _beside(folder, f"{year}.json"))
    for top in ("backups", "crash-reports"):
        for base, _, names in sorted(os.walk(root / top)):
            for name in sorted(names):
                path = Path(base) / name
                if temp_base(name) is None and _regular(path):
                    yield path, None


def _lock(root: Path, area: str | None) -> FileLock | None:
    if area is None:
        return None
    folder = root / ".locks"
    make_private_dir(folder)
    return FileLock(folder / f"{area}.lock")


def convert(root: Path, codec: EncryptedCodec, *, to_sealed: bool) -> Converted:
    """Write every file of the folder encrypted (`to_sealed`) or plain; files already so are left alone."""
    done = Converted()
    if to_sealed:  # what Today showed and the prompt line, in plain words: not kept once the folder is encrypted
        from resilience_tui.store.summary import forget

        forget(root)
    for path, area in list(data_files(root)):
        lock = _lock(root, area)
        if lock is not None:
            lock.__enter__()
        try:
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            if is_sealed(raw) == to_sealed:
                continue
            home = home_of(path.relative_to(root).as_posix())
            if to_sealed:
                new = codec.encode(raw, home)
            else:
                try:
                    new = codec.decode(raw, home)
                except ValueError:
                    done.left.append(path)
                    continue
            write_bytes_atomic(path, new)
            done.files += 1
        finally:
            if lock is not None:
                lock.__exit__(None, None, None)
    return done


def encrypt_folder(root: Path, unlocked: Unlocked) -> Converted:
    """Encrypt every file (after `keys.json` is written), then mark encryption as on."""
    write_keys(root, unlocked.keyfile.with_state("encrypting"))
    done = convert(root, unlocked.codec(), to_sealed=True)
    write_keys(root, unlocked.keyfile.with_state("on"))
    return done


def decrypt_folder(root: Path, unlocked: Unlocked) -> Converted:
    """Write every file plain, then remove `keys.json`. The inbox must be merged first (see commands/decrypt)."""
    write_keys(root, unlocked.keyfile.with_state("decrypting"))
    done = convert(root, unlocked.codec(), to_sealed=False)
    live = [p for p in done.left if _is_live(root, p)]
    if live:
        return done  # stays encrypted (state "decrypting"): a damaged data file must not become unreadable
    if done.left:  # damaged copies (moved aside, backups) stay encrypted: their keys are kept beside them
        folder = root / "backups"
        make_private_dir(folder)
        write_bytes_atomic(folder / "keys-for-damaged-copies.json", keys_path(root).read_bytes())
    os.unlink(keys_path(root))
    unregister(root)  # crash reports written from here on are plain, like the folder
    return done


def _is_live(root: Path, path: Path) -> bool:
    relative = path.relative_to(root).as_posix()
    return home_of(relative) == relative
