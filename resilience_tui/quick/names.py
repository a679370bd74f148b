"""The store's own names the quick way uses, without importing the store (tests/quick/ check each
against the store's modules)."""

from __future__ import annotations

KEYS_FILE = "keys.json"  # there: the folder is encrypted (store/codec.py)
LOCKS_DIR = ".locks"  # one lock file per area (store/datafile.py)
META_TABLE = "_meta"  # store/tables.py
RECORDS_TABLE = "_default"
VERSIONS = {"checkins": 1, "journal": 1, "goals": 1, "applications": 1}  # each area's schema version (store/areas.py)
