"""The form a tag is kept in, and how long it may be: shared by check-ins, journal entries and `#tags` in text."""

from __future__ import annotations

MAX_TAG_LENGTH = 40


def normalise_tag(text: str) -> str:
    """Tags are kept lowercase, without a leading '#', with inner spaces as '-'."""
    return "-".join(text.strip().lstrip("#").split()).lower()
