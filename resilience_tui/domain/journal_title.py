"""A journal entry's title and the line its lists show: the pure text rules, kept lean.

The journal's records (journal.py), the reading of written text (journal_text.py) and the
quick `write` and `win` (quick/write.py) all use these, so each splits and shows text the
same way. Only `re` is imported: no dataclasses and no typing at run time.
"""

from __future__ import annotations

import re

MAX_TITLE_LENGTH = 200

# A sentence ends at a run of . ? ! (and closing quotes or brackets) before a space or a line's end.
SENTENCE_END = re.compile(r"[.?!]+[\"'”’»)\]]*(?=\s|$)")
# A leading date phrase: a few words on the first line, then the first colon before a space (or the end).
LEADING = re.compile(r"^[ \t]*([^\n]{1,40}?)[ \t]*:(?=\s|$)")
# Marks that start a Markdown line but are not part of what it says.
LINE_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}(?:\s+|$)|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)*")


def split_title(text: str) -> tuple[str, str]:
    """The first sentence of `text` (at most its first line) and the rest, both without surrounding whitespace."""
    text = text.strip()
    first_line, _, rest_of_text = text.partition("\n")
    for match in SENTENCE_END.finditer(first_line):
        if first_line[: match.start()].strip():  # "... and then" does not end before it begins
            return first_line[: match.end()], text[match.end():].strip()
    return first_line.rstrip(), rest_of_text.strip()


def title_and_body(text: str) -> tuple[str, str]:
    """The title and body a new entry's text gives: its first sentence and the rest, or, when that
    sentence is too long for a title, no title and all of the text (the first line is what lists show)."""
    title, body = split_title(text)
    if len(title) > MAX_TITLE_LENGTH:
        return "", text.strip()
    return title, body


def title_from_body(body: str, width: int = MAX_TITLE_LENGTH) -> str:
    """The first line with words in it, without Markdown's heading, quote or list marks."""
    for line in body.splitlines():
        text = LINE_MARKS.sub("", line).strip()
        if text:
            return text if len(text) <= width else text[: width - 1] + "…"
    return ""
