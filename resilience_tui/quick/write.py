"""`resilience write WORD... [--star]` and `resilience win WORD... [--star]`, the quick way
(commands/write.py's `save_written` is the full one).

Only words that are plainly the entry's text are taken here. Text that may begin with a date
("yesterday: Rough day.") goes the full way: reading a date phrase needs domain/date_phrases.py,
so any colon the full command could read as the end of a date phrase sends the text there, to be
read as it always is. The rest of the reading (title, body, tags, what the confirmation shows) is
domain/journal_title.py and domain/tags.py, which the full command uses too.
"""

from __future__ import annotations

from resilience_tui.domain.journal_title import LEADING, MAX_TITLE_LENGTH, title_and_body, title_from_body
from resilience_tui.domain.records import iso, new_id, now_local
from resilience_tui.domain.tags import merge_tags, tags_in_text
from resilience_tui.domain.visible import visible
from resilience_tui.quick.data_file import AreaFile, NotQuick, data_folder
from resilience_tui.quick.form import Form

# The command's name -> the kind of entry it keeps (domain/journal.py's ENTRY and WIN).
KINDS = {"write": "entry", "win": "win"}


def run(form: Form) -> int:
    kind = KINDS[form.command]
    text = " ".join(form.words)
    if not text.strip() or LEADING.match(text) is not None:
        raise NotQuick  # no words (the full command reads stdin or says what to write), or maybe a date first
    title, body = title_and_body(text)
    if len(title) > MAX_TITLE_LENGTH:
        raise NotQuick  # never so (title_and_body keeps titles short), but validation's word is the full command's
    starred = form.options.get("--star") is True
    folder = data_folder(form.folder)
    now = now_local()
    AreaFile(folder, "journal", f"journal/{now.year}.json").add({
        "id": new_id(), "at": iso(now), "kind": kind, "title": title, "body": body, "tags": [],
        "starred": starred, "created_at": iso(now), "updated_at": iso(now), "revision": 0,
    })
    print(confirmation(kind, title, body, now.astimezone().strftime("%a %d %b %Y %H:%M"), starred))
    return 0


def confirmation(kind: str, title: str, body: str, when: str, starred: bool) -> str:
    """What commands/write.py's `_confirmation` says of an entry with no tags set directly."""
    heading = title.strip() or title_from_body(body)
    tags = " ".join(f"#{tag}" for tag in merge_tags(tags_in_text(title), tags_in_text(body)))
    details = when + (f", {tags}" if tags else "") + (", starred" if starred else "")
    if kind == "win":
        return f"Kept as a win: {visible(heading)} ({details}). Well done; it counts."
    return f"Saved in your journal: {visible(heading)} ({details}). Thank you for writing it down."
