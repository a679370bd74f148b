"""Saving an `.eml` file where the person chose: readable by them alone, never over another file."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from resilience_tui.store.atomic import make_private_dir, write_bytes_atomic


def default_folder(home: Path | None = None) -> Path:
    """Their Documents folder if there is one, otherwise their home folder."""
    home = home or Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home


def file_name(company: str, day: date) -> str:
    """'feedback-request-acme-health-2026-11-26.eml' (letters and digits only, whatever the name)."""
    slug = re.sub(r"[^a-z0-9]+", "-", company.casefold()).strip("-")[:40].strip("-")
    return f"feedback-request-{slug + '-' if slug else ''}{day.isoformat()}.eml"


def save_new_file(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` as a new 0600 file in `folder` (made if missing); '-2', '-3'... if the name is taken."""
    folder = Path(folder).expanduser()
    if not folder.exists():
        make_private_dir(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder")
    stem, suffix = os.path.splitext(name)
    target = folder / name
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}{suffix}"
    write_bytes_atomic(target, data)
    return target
