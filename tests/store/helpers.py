"""Small helpers shared by the storage and fault tests."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from resilience_tui.domain.checkin import CheckIn

UTC = timezone.utc
PLUS_ONE = timezone(timedelta(hours=1))
FIXED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def make_checkin(i: int = 0, *, year: int = 2026, **changes) -> CheckIn:
    """A distinct check-in with fixed timestamps (so equality after a round trip is exact)."""
    at = datetime(year, 3, 1, 9, 0, tzinfo=PLUS_ONE) + timedelta(minutes=i)
    fields = dict(
        mood=1 + i % 5,
        at=at,
        energy=None if i % 3 == 0 else 1 + i % 5,
        emotions=("hopeful",) if i % 2 else ("anxious", "tired"),
        tags=(f"tag-{i % 4}",),
        note=f"note number {i}",
        created_at=at,
        updated_at=at,
    )
    fields.update(changes)
    return CheckIn(**fields)


def year_file(root: Path, year: int = 2026) -> Path:
    return root / "checkins" / f"{year}.json"


def temp_files(root: Path) -> list[Path]:
    """Leftover temp files of `write_bytes_atomic` anywhere under root."""
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.startswith(".") and ".tmp-" in p.name)


def stored_docs(path: Path) -> list[dict]:
    """The records of a data file, read with json only (no store code involved)."""
    tables = json.loads(path.read_bytes())
    return list(tables["_default"].values())


def stored_ids(path: Path) -> list[str]:
    return [doc["id"] for doc in stored_docs(path)]


def stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class Days:
    """A `today` callable a test can move forward: `days = Days(date(2026, 3, 1)); days.advance()`."""

    def __init__(self, start: date) -> None:
        self.current = start

    def __call__(self) -> date:
        return self.current

    def advance(self, n: int = 1) -> date:
        self.current += timedelta(days=n)
        return self.current


def patch_file_ops(monkeypatch, **overrides) -> None:
    """Replace some of the store's file operations (`write`, `fsync`, `replace`, ...) for one test.

    Only the store's save path sees the fakes; the `os` module itself is never patched.
    """
    from resilience_tui.store import atomic

    for name, function in overrides.items():
        assert hasattr(atomic.FileOps, name), name
        monkeypatch.setattr(atomic.ops, name, function)


def content(doc: dict) -> dict:
    """A stored record without the store's own fields (its revision and edit marks)."""
    return {key: value for key, value in doc.items() if key not in ("revision", "edits")}
