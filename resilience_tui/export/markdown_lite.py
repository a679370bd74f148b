"""The plain part of Markdown, rendered exactly as markdown-it renders it, without its cost.

Handles "#" headings, paragraphs (with backslash escapes and hard breaks), "---" rules,
tight "- " lists and simple *emphasis* and **strong** text: what journal entries and the
reflection worksheets are mostly made of. `render` returns None for anything else (a
link, a table, an indented line, emphasis whose delimiters are not plainly paired...),
and the caller then uses markdown-it. tests/export/test_markdown_lite.py compares the
two on every journal entry and worksheet of the demo data.
"""

from __future__ import annotations

import re
import string

# Characters that start Markdown this renderer leaves to markdown-it, unless escaped.
_UNHANDLED = frozenset("`_[]<|~&\t\r\x00\x0b\x0c\u2028\u2029")
_ESCAPABLE = frozenset(string.punctuation)
_HEADING = re.compile(r"(#{1,6}) ([^ ].*)")
_BLOCK_START = re.compile(r"[ >+=]|\d{1,9}[.)]|[-*](?: |$)|#{1,6}(?: |$)|-+$|(?:- *){3,}$|(?:\* *){3,}$")
_SPECIAL = re.compile("[\\\\*`_\\[\\]<|~&\t\r\x00\x0b\x0c\u2028\u2029]")
_ODD_SPACE = re.compile(r"[^\S \n]")  # tabs, form feeds, no-break and other Unicode spaces
_ESCAPE_HTML = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord('"'): "&quot;"}


def render(text: str) -> str | None:
    """`text` as markdown-it (commonmark) renders it, or None when it holds more than this handles."""
    if _ODD_SPACE.search(text):
        return None
    out: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    after_list = False  # the last block was a list (a list after a blank line would make it loose)

    def close() -> bool:
        nonlocal after_list
        if paragraph:
            body = _inline("\n".join(paragraph))
            if body is None:
                return False
            out.append(f"<p>{body}</p>\n")
            paragraph.clear()
            after_list = False
        if items:
            rendered = [_inline(item) for item in items]
            if any(item is None for item in rendered):
                return False
            out.append("<ul>\n" + "".join(f"<li>{item}</li>\n" for item in rendered) + "</ul>\n")
            items.clear()
            after_list = True
        return True

    for line in text.split("\n"):
        if not line:
            if not close():
                return None
            continue
        if line[-1] == " ":
            return None  # a hard break, or spaces markdown-it would trim
        heading = _HEADING.fullmatch(line)
        if heading:
            if not close() or heading.group(2).endswith("#"):
                return None
            content = _inline(heading.group(2))
            if content is None:
                return None
            level = len(heading.group(1))
            out.append(f"<h{level}>{content}</h{level}>\n")
            after_list = False
        elif line == "---":
            if paragraph or items or not close():
                return None  # under a paragraph it would underline it
            out.append("<hr />\n")
            after_list = False
        elif line.startswith("- "):
            item = line[2:]
            if paragraph or not item or _BLOCK_START.match(item) or (after_list and not items):
                return None
            items.append(item)
        elif _BLOCK_START.match(line) or items:
            return None  # another block, or a lazy line of a list item
        else:
            paragraph.append(line)
    if not close():
        return None
    return "".join(out)


def _inline(text: str) -> str | None:
    """One block's text: escapes, hard breaks (a backslash at the end of a line) and plainly paired
    * and ** spans; None for anything else."""
    special = _SPECIAL.search(text)
    if special is None:
        return text.translate(_ESCAPE_HTML)
    out: list[str] = []
    opened: str | None = None  # the delimiter of the span open now
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        if char == "\\":
            following = text[i + 1] if i + 1 < end else ""
            if following == "\n":
                out.append("<br />\n")
                i += 2
            elif following in _ESCAPABLE and following:
                out.append(following.translate(_ESCAPE_HTML))
                i += 2
            else:
                out.append("\\")
                i += 1
            continue
        if char in _UNHANDLED:
            return None
        if char != "*":
            special = _SPECIAL.search(text, i)
            stop = special.start() if special else end
            out.append(text[i:stop].translate(_ESCAPE_HTML))
            i = stop
            continue
        run = 1
        while i + run < end and text[i + run] == "*":
            run += 1
        if run > 2:
            return None
        before = text[i - 1] if i else " "
        after = text[i + run] if i + run < end else " "
        if not (before.isascii() and after.isascii()):
            return None  # flanking by Unicode whitespace and punctuation: markdown-it's to judge
        left = not after.isspace() and (after not in _ESCAPABLE or before.isspace() or before in _ESCAPABLE)
        right = not before.isspace() and (before not in _ESCAPABLE or after.isspace() or after in _ESCAPABLE)
        delimiter = "*" * run
        if opened is None and left and not right:
            opened = delimiter
            out.append("\x00" + delimiter)  # replaced once its closer is found
        elif opened == delimiter and right and not left and out[-1] != "\x00" + delimiter:
            tag = "em" if run == 1 else "strong"
            at = len(out) - 1 - out[::-1].index("\x00" + delimiter)
            out[at] = f"<{tag}>"
            out.append(f"</{tag}>")
            opened = None
        else:
            return None
        i += run
    if opened is not None:
        return None
    return "".join(out)
