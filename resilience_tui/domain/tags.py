"""Tags written into text as `#tag`, and tags given directly, kept in one normal form.

A tag in text is a `#` that does not follow a letter, a digit, `#`, `&`, `/` or
a backslash, then a letter or digit, then any letters, digits, `-` and `_`.
So `#acme-health` and `#café` are tags, while a Markdown heading (`# Title`),
`C#`, `issue#12`, a link anchor (`/page#part`), a number alone (`#1`) and
anything inside code (`` `#include` ``) are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from resilience_tui.domain.tag_form import MAX_TAG_LENGTH, normalise_tag

__all__ = ["tags_in_text", "merge_tags", "clean_tag"]

_TAG = re.compile(r"(?<![\w#&/\\])#(\w[\w-]*)")
_FENCE = re.compile(r"^ {0,3}(```|~~~).*?(?:^ {0,3}\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)


def clean_tag(text: str) -> str:
    """One tag in its kept form: lowercase, no leading `#` or `@`, inner spaces as `-`."""
    tag = normalise_tag(text.strip().lstrip("#@"))
    return tag.strip("-_")


def tags_in_text(text: str) -> tuple[str, ...]:
    """The `#tags` written in `text`, in order of first appearance, each once."""
    if "#" not in text:
        return ()
    if "`" in text or "~~~" in text:
        text = _CODE_SPAN.sub(" ", _FENCE.sub(" ", text))
    found: list[str] = []
    for match in _TAG.finditer(text):
        tag = clean_tag(match.group(1))
        if tag and not tag.isdigit() and len(tag) <= MAX_TAG_LENGTH and tag not in found:
            found.append(tag)
    return tuple(found)


def merge_tags(*groups: Iterable[str]) -> tuple[str, ...]:
    """Join groups of tags, keeping the first appearance of each."""
    merged: dict[str, None] = {}
    for group in groups:
        for tag in group:
            merged.setdefault(tag, None)
    return tuple(merged)
