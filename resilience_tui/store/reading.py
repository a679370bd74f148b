"""Reading a data file's bytes: parse, bring up to the current schema, check every record.

Used by the data files and by the backups (to find the newest valid copy), so
neither needs the other to read a file.
"""

from __future__ import annotations

import json
from typing import Any

from resilience_tui.store.migrations import migrate
from resilience_tui.store.schema import check_records
from resilience_tui.store.tables import ShapeError, Tables, check_tinydb_shape


def load_tables(data: bytes, area: str) -> tuple[Tables, bool]:
    """Parse and check file contents; returns (tables, migrated). Raises ValueError if unusable."""
    tables, migrated, _ = read_tables(data, area)
    return tables, migrated


def read_tables(data: bytes, area: str) -> tuple[Tables, bool, list[Any] | None]:
    """load_tables, plus the records read while checking them, so they are read only once.

    Any failure while reading is a damaged file (ShapeError), never a crash: that
    includes JSON nested too deep to parse (RecursionError), numbers too large for
    anything (OverflowError) and a file too large for memory (MemoryError).
    A file of a newer schema raises NewerSchema, a ShapeError the data file treats apart.
    """
    if not data.strip():
        raise ShapeError("it is empty")
    try:
        tables = json.loads(data)
    except (ValueError, RecursionError, MemoryError):  # JSONDecodeError, UnicodeDecodeError, a number too long
        raise ShapeError("it is damaged (it is not complete, valid JSON)") from None
    try:
        check_tinydb_shape(tables)
        tables, migrated = migrate(area, tables)
        parsed = check_records(area, tables)
    except ShapeError:
        raise
    except Exception:  # noqa: BLE001 - whatever a hand-edited file holds, it is a damaged file
        raise ShapeError("its records are not in a form this program understands") from None
    return tables, migrated, parsed
