"""Journal entries and wins: free writing in Markdown, and the good things worth keeping."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.journal_title import LINE_MARKS
from resilience_tui.domain.journal_title import MAX_TITLE_LENGTH as MAX_TITLE_LENGTH  # kept here for its users
from resilience_tui.domain.journal_title import title_from_body as title_from_body
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision
from resilience_tui.domain.tag_form import MAX_TAG_LENGTH
from resilience_tui.domain.tags import clean_tag, merge_tags, tags_in_text

ENTRY, WIN = "entry", "win"
KINDS = (ENTRY, WIN)
# An entry a few minutes ahead is a clock difference, not a mistake.
_CLOCK_SLACK = timedelta(minutes=5)
_ONLY_TAGS = re.compile(r"^(?:#[\w-]+\s*)+$")


@dataclass(frozen=True)
class JournalEntry:
    """One entry. `title` is empty unless the person gave one; `heading` is what to show."""

    body: str
    at: datetime
    title: str = ""
    tags: tuple[str, ...] = ()  # tags set directly; `#tags` in the text are found when read
    kind: str = ENTRY
    starred: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    @property
    def heading(self) -> str:
        """The given title, or the first line that says something."""
        return self.title.strip() or title_from_body(self.body)

    @property
    def all_tags(self) -> tuple[str, ...]:
        """Tags set directly, then the `#tags` written in the title and text."""
        return merge_tags(self.tags, tags_in_text(self.title), tags_in_text(self.body))

    @property
    def is_win(self) -> bool:
        return self.kind == WIN

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "at": iso(self.at),
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "tags": list(self.tags),
            "starred": self.starred,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> JournalEntry:
        """Read a stored entry; raises ValueError or KeyError if it is not one."""
        if not isinstance(data["body"], str):
            raise ValueError("body is not text")
        return cls(
            id=stored.record_id(data["id"]),
            at=stored.moment(data["at"], "at"),
            kind=stored.one_of(data.get("kind", ENTRY), "kind", KINDS),
            title=stored.text(data, "title"),
            body=data["body"],
            tags=stored.texts(data.get("tags"), "tags"),
            starred=stored.flag(data.get("starred"), "starred"),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, **changes: Any) -> JournalEntry:
        return replace(self, updated_at=now_local(), **changes)


def excerpt(entry: JournalEntry, limit: int = 240) -> str:
    """The text after the heading, without Markdown marks, as one short paragraph."""
    lines = [LINE_MARKS.sub("", line).replace("**", "").replace("__", "").strip() for line in entry.body.splitlines()]
    words = [line for line in lines if line and not _ONLY_TAGS.match(line)]
    if words and not entry.title.strip() and words[0] == entry.heading:
        words = words[1:]
    text = " ".join(words)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def is_blank(entry: JournalEntry) -> bool:
    return not entry.body.strip() and not entry.title.strip()


def validate(entry: JournalEntry, now: datetime | None = None) -> JournalEntry:
    """Raise ValidationError with a plain message when a field cannot be kept; return it tidied."""
    if entry.kind not in KINDS:
        raise ValidationError("An entry is either a journal entry or a win.", "kind")
    if len(entry.title) > MAX_TITLE_LENGTH:
        raise ValidationError(f"A title can be up to {MAX_TITLE_LENGTH} characters; the rest can go in the text.", "title")
    tags = []
    for tag in entry.tags:
        cleaned = clean_tag(tag)
        if len(cleaned) > MAX_TAG_LENGTH:
            raise ValidationError(f"A tag can be up to {MAX_TAG_LENGTH} characters long.", "tags")
        if cleaned and cleaned not in tags:
            tags.append(cleaned)
    if entry.at > (now or now_local()) + _CLOCK_SLACK:
        raise ValidationError("That date is still to come. A journal entry is about today or earlier.", "at")
    return replace(entry, tags=tuple(tags))


def pick_win(wins: Iterable[JournalEntry], day: date) -> JournalEntry | None:
    """One of the person's wins for `day`: the same all day, a different one the next.

    `wins` in any order; returns None when there are none.
    """
    ordered = sorted(wins, key=lambda w: (w.at, w.id))
    if not ordered:
        return None
    starred = [w for w in ordered if w.starred]
    pool = starred if len(starred) >= 3 else ordered  # starred wins first, once there are a few
    return pool[day.toordinal() % len(pool)]
