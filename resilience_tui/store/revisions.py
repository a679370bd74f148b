"""Record revisions: how the store tells one edit of a record from another.

Every record document the store writes carries two fields the domain never sees
as data of its own:

- `revision`: a whole number, one more than the stored one each time the record
  is written (a record from before revisions counts as 0). Two windows compare
  it under the lock, so a stale save can never overwrite a newer one unseen.
- `edits`: the short marks of the last few writes, newest last. Two copies of a
  file (a synced folder's conflict copy and ours) can then tell whether one
  version of a record grew out of the other, or whether both sides changed it.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the quick commands (quick/) use this module
if TYPE_CHECKING:
    from typing import Any, TypeAlias

REVISION = "revision"
EDITS = "edits"
KEEP_EDITS = 4  # how many marks a record keeps: enough to see a few edits back, a few bytes each
STORE_FIELDS = (REVISION, EDITS)

if TYPE_CHECKING:
    Doc: TypeAlias = dict[str, Any]
else:
    Doc = dict  # the same at run time


def revision_of(doc: Doc | None) -> int:
    """The stored revision of `doc` (0 for a record written before revisions, or none at all)."""
    if not doc:
        return 0
    value = doc.get(REVISION, 0)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def edits_of(doc: Doc | None) -> list[str]:
    if not doc:
        return []
    value = doc.get(EDITS)
    if not isinstance(value, list):
        return []
    return [mark for mark in value if isinstance(mark, str)]


def stamped(doc: Doc, stored: Doc | None) -> Doc:
    """`doc` as it is to be written over `stored` (None for a new record): next revision, one more mark."""
    result = dict(doc)
    result[REVISION] = revision_of(stored) + 1
    result[EDITS] = [*edits_of(stored), os.urandom(3).hex()][-KEEP_EDITS:]
    return result


def descends_from(newer: Doc, older: Doc) -> bool:
    """True when `newer` is `older` or was made from it by later edits (so it may replace it).

    Known for certain only while `older`'s last mark is among `newer`'s marks; an
    older record without marks is taken as an ancestor of any record with a higher
    revision. False means both may have changed on their own, so neither may win.
    """
    older_marks, newer_marks = edits_of(older), edits_of(newer)
    if not older_marks:
        return revision_of(newer) >= revision_of(older)
    return older_marks[-1] in newer_marks
