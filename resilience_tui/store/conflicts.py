"""Two windows, one record: merging their edits, and the three ways out when both changed the same field.

A save carries the revision it was based on. If the stored record moved on since,
the store compares field by field against that base version (kept by the file's
`History`): a field changed on one side only takes that side; a field changed on
both sides to different values is a conflict. With no conflict the merged record is
written; otherwise nothing is written and `EditConflict` says which fields, and the
person chooses: keep mine, keep theirs, or keep both (mine as a marked copy).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any, Generic, TypeVar

from resilience_tui.store.areas import AREAS
from resilience_tui.store.errors import EditConflict
from resilience_tui.store.history import History, wrote_since
from resilience_tui.store.revisions import EDITS, REVISION, Doc, revision_of, stamped
from resilience_tui.store.tables import StoredRecord

R = TypeVar("R", bound=StoredRecord)

NOT_MERGED = frozenset({"id", "created_at", "updated_at", REVISION, EDITS})
COPY_MARK = " (my copy)"
MAX_TITLE = 200
_MISSING = object()

FIELD_WORDS = {
    "title": "the title", "notes": "the notes", "body": "the text", "at": "the date", "tags": "the tags",
    "starred": "the star", "kind": "whether it is a win", "steps": "the steps", "due": "the due date",
    "category": "the category", "column": "its column", "position": "its place on the board",
    "weekly": "whether it repeats weekly", "week_of": "its week", "weeks_done": "the weeks done",
    "source": "where it came from", "finished_at": "when it was finished", "mood": "the mood",
    "energy": "the energy", "emotions": "the feelings", "note": "the note",
}


def field_words(fields: Iterable[str]) -> str:
    """["title", "notes"] -> "the title and the notes"."""
    words = [FIELD_WORDS.get(name, "the " + name.replace("_", " ")) for name in fields]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def conflict_message(area: str, fields: list[str]) -> str:
    noun = AREAS[area].noun[0] if area in AREAS else "record"
    return (f"This {noun} was changed in another window while you were editing it ({field_words(fields)}), "
            "so it was not saved over. Your changes are still here.")


def merge(base: Doc | None, mine: Doc, theirs: Doc) -> tuple[Doc, list[str]]:
    """Three-way merge of record documents; returns (merged, the fields both sides changed differently).

    With no base known, every field that differs counts as changed on both sides.
    """
    base = _plain(base) if base is not None else None
    mine, theirs = _plain(mine), _plain(theirs)
    merged = dict(theirs)
    conflicts: list[str] = []
    for name in [*mine, *(key for key in theirs if key not in mine)]:
        if name in NOT_MERGED:
            continue
        mine_value, their_value = mine.get(name, _MISSING), theirs.get(name, _MISSING)
        if mine_value == their_value:
            continue
        base_value = base.get(name, _MISSING) if base is not None else None
        if base is not None and mine_value == base_value:
            continue  # only they changed it
        if base is not None and their_value == base_value:
            if mine_value is _MISSING:
                merged.pop(name, None)
            else:
                merged[name] = mine_value
            continue
        conflicts.append(name)
    merged["updated_at"] = max(mine.get("updated_at"), theirs.get("updated_at"), key=_moment)
    return merged, conflicts


def _plain(doc: Doc) -> Doc:
    """As it reads back from the file (tuples as lists), so that equal values compare equal."""
    plain: Doc = json.loads(json.dumps(doc))
    return plain


def _moment(value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo is not None else moment.astimezone()


def checked(area: str, record: R, stored: Doc | None, histories: Iterable[History], record_type: type[R]) -> Doc:
    """The document to write for `record` over `stored` (under the lock); raises EditConflict instead of overwriting.

    A record not stored (new, or deleted in another window meanwhile) is written as it is,
    one revision past the one it was read at.
    """
    mine = record.to_dict()
    if stored is None:
        return stamped(mine, {REVISION: revision_of(mine)})
    histories = list(histories)
    base_revision = revision_of(mine)
    if base_revision == revision_of(stored) or wrote_since(histories, stored, base_revision):
        return stamped(mine, stored)
    base = next((doc for h in histories if (doc := h.version(record.id, base_revision)) is not None), None)
    merged, fields = merge(base, mine, stored)
    if fields:
        plain = _plain(mine)
        mine_first = {**merged, **{name: plain[name] for name in fields if name in plain}, REVISION: revision_of(stored)}
        for name in fields:
            if name not in plain:
                mine_first.pop(name, None)
        raise EditConflict(conflict_message(area, fields), area=area, record_id=record.id, mine=record,
                           theirs=record_type.from_dict(stored), fields=fields, merged=record_type.from_dict(mine_first))
    return stamped(merged, stored)


def copy_of(doc: Doc, new_id: str, now: str) -> Doc:
    """`doc` as a new record: a new id, no history, its title (or first line) marked as a copy."""
    copy = {key: value for key, value in doc.items() if key != EDITS}
    copy.update(id=new_id, created_at=now, updated_at=now)
    copy[REVISION] = 0
    if isinstance(copy.get("title"), str):
        title = copy["title"].strip()
        if not title and isinstance(copy.get("body"), str):
            from resilience_tui.domain.journal import title_from_body  # only entries lack a title

            title = title_from_body(copy["body"])
        if len(title) > MAX_TITLE - len(COPY_MARK):
            title = title[: MAX_TITLE - len(COPY_MARK) - 1] + "…"
        copy["title"] = title + COPY_MARK
    return copy


class ConflictChoices(Generic[R]):
    """The three ways out of an `EditConflict`, for a repository that can `add` and `save` its records."""

    def _record(self, doc: Doc) -> R:
        raise NotImplementedError

    def add(self, record: R) -> R:
        raise NotImplementedError

    def save(self, record: R) -> R:
        raise NotImplementedError

    def keep_mine(self, conflict: EditConflict) -> R:
        """Write my version over the one stored, keeping what the other window changed elsewhere.

        Refused again (EditConflict) if the other window saved once more meanwhile.
        """
        mine: R = conflict.merged
        return self.save(mine)

    def keep_theirs(self, conflict: EditConflict) -> R:
        """Keep the stored version; nothing is written."""
        theirs: R = conflict.theirs
        return theirs

    def keep_both(self, conflict: EditConflict) -> R:
        """Leave the stored version as it is and add mine beside it as a new record, marked as a copy."""
        from resilience_tui.domain.records import iso, new_id, now_local

        return self.add(self._record(copy_of(conflict.mine.to_dict(), new_id(), iso(now_local()))))
