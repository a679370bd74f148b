"""What one data file remembers of its records' earlier versions, so that two windows' edits can merge.

A window saves a record based on the revision it read. When another window saved
that record since, the store merges field by field against that base version
(`store/conflicts.py`). This keeps the base: each version a reload or a save of
ours replaced, a few per record, so memory grows only with edits actually made.
It also knows which writes were made here, so one window saving again from a copy
it read before its own last save is taken as its latest word, not as a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from resilience_tui.store.revisions import Doc, edits_of, revision_of
from resilience_tui.store.tables import RECORDS_TABLE

KEEP_VERSIONS = 8  # earlier versions kept per record: a base older than this is merged as unknown


class History:
    def __init__(self) -> None:
        self._versions: dict[str, dict[int, Doc]] = {}
        self._own: dict[str, set[int]] = {}  # revisions of each record written here
        self._marks: set[str] = set()  # edit marks of the writes made here

    def remember(self, doc: Doc) -> None:
        """Keep `doc`, a version about to be replaced, as a possible base of a later merge."""
        record_id = doc.get("id")
        if not isinstance(record_id, str):
            return
        versions = self._versions.setdefault(record_id, {})
        versions[revision_of(doc)] = doc
        if len(versions) > KEEP_VERSIONS:
            del versions[min(versions)]

    def version(self, record_id: str, revision: int) -> Doc | None:
        return self._versions.get(record_id, {}).get(revision)

    def wrote(self, stored: Doc | None, written: Doc) -> None:
        """This file's save put `written` over `stored` (None: a new record)."""
        if stored is not None:
            self.remember(stored)
        record_id, marks = written.get("id"), edits_of(written)
        if isinstance(record_id, str) and marks:
            self._own.setdefault(record_id, set()).add(revision_of(written))
            self._marks.add(marks[-1])

    def made(self, mark: str) -> bool:
        """True when the write with this edit mark was made here."""
        return mark in self._marks

    def own(self, record_id: str) -> set[int]:
        """The revisions of `record_id` written here."""
        return self._own.get(record_id, set())

    def replaced(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        """A reload put the tables `new` in place of `old`: keep each record version it replaced."""
        old_docs, new_docs = old.get(RECORDS_TABLE), new.get(RECORDS_TABLE)
        if not old_docs:
            return
        new_docs = new_docs or {}
        now = {doc.get("id"): revision_of(doc) for doc in new_docs.values()}
        for doc in old_docs.values():
            record_id = doc.get("id")
            if now.get(record_id, -1) != revision_of(doc):  # changed, or gone (deleted, or moved to another year)
                self.remember(doc)


def wrote_since(histories: Iterable[History], stored: Doc, revision: int) -> bool:
    """True when every save of `stored` after `revision` was made here (no other window's in between).

    `histories`: those of every file the record may have been in (an area's year files).
    """
    histories = list(histories)
    record_id, marks = stored.get("id"), edits_of(stored)
    newest = revision_of(stored)
    if not isinstance(record_id, str) or newest <= revision or not marks:
        return False
    if not any(h.made(marks[-1]) for h in histories):
        return False
    own = set().union(*(h.own(record_id) for h in histories))
    return all(number in own for number in range(revision + 1, newest + 1))
