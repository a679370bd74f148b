"""`resilience journal [WORDS...]`: print the journal entries that match, newest last.

The words are the Journal screen's search (every word must appear; `#tag`,
`is:win`, `is:starred`, `from:DATE`, `to:DATE`; a word with spaces stays
together as a phrase), and the options narrow it further.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.domain.journal import JournalEntry
    from resilience_tui.domain.journal_search import JournalQuery
    from resilience_tui.store.journal import JournalRepository

NAME = "journal"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journal = commands.add_parser(
        NAME, help="print journal entries that match, newest last",
        description="Print your journal entries, newest last. WORDS search as the Journal screen does: every word "
                    'must appear; #tag, is:win, is:starred, from:DATE and to:DATE filter; "quoted words" stay together.')
    journal.add_argument("words", nargs="*", metavar="WORDS", help="words to look for, and filters")
    journal.add_argument("-n", dest="count", metavar="N", help="only the last N that match")
    journal.add_argument("--tag", action="append", default=[], metavar="T", help="entries with this tag (repeatable)")
    journal.add_argument("--from", dest="start", metavar="WHEN", help='on or after: "2026-11-02", "2026-11", "monday"')
    journal.add_argument("--to", dest="end", metavar="WHEN", help='on or before: "yesterday", "2026-11-30", "2026"')
    journal.add_argument("--wins", action="store_true", help="wins only")
    journal.add_argument("--starred", action="store_true", help="starred entries only")
    journal.add_argument("--format", default="text", metavar="F",
                         help="text (the default), markdown, or json (in the shape jrnl writes)")


def _usage_error(message: str) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience journal: {visible(message)}", file=sys.stderr)
    return EXIT_USAGE


def query_text(words: list[str]) -> str:
    """The words as one search: a word the shell kept whole with spaces in it is a quoted phrase."""
    parts = []
    for word in words:
        if '"' not in word and any(character.isspace() for character in word):
            parts.append(f'"{word}"')
        else:
            parts.append(word)
    return " ".join(parts)


def run(context: Context) -> int:
    from dataclasses import replace

    from resilience_tui.domain.day_words import local_day
    from resilience_tui.domain.journal import WIN
    from resilience_tui.domain.journal_output import FORMATS, as_jrnl_json, as_markdown, as_text
    from resilience_tui.domain.journal_search import date_bound, parse_query, search
    from resilience_tui.domain.records import now_local
    from resilience_tui.domain.tags import clean_tag

    args = context.args
    form = args.format.strip().lower()
    if form == "md":
        form = "markdown"
    if form not in FORMATS:
        return _usage_error(f"--format is text, markdown or json, not {args.format!r}.")
    count = None
    if args.count is not None:
        text = args.count.strip()
        if not text.isdigit() or int(text) < 1:
            return _usage_error(f"-n takes how many entries to show, a whole number from 1, not {args.count!r}.")
        count = int(text)
    today = local_day(now_local())
    query = parse_query(query_text(args.words), today)
    if query.problems:
        return _usage_error("; ".join(query.problems) + ".")
    tags = list(query.tags)
    for given in args.tag:
        tag = clean_tag(given)
        if not tag:
            return _usage_error(f"--tag needs a tag, like --tag acme, not {given!r}.")
        tags.append(tag)
    query = replace(query, tags=tuple(dict.fromkeys(tags)))
    for option, value, is_end in (("--from", args.start, False), ("--to", args.end, True)):
        if value is None:
            continue
        bound = date_bound(value, today, end=is_end)
        if bound is None:
            return _usage_error(f'{option}: "{value}" is not a date I can read. '
                                'Try "2026-11-02", "2026-11", "2026", "yesterday" or "monday".')
        query = replace(query, end=bound) if is_end else replace(query, start=bound)
    if query.start and query.end and query.start > query.end:
        return _usage_error("the start date comes after the end date, so nothing could match.")
    if args.wins:
        query = replace(query, kind=WIN)
    if args.starred:
        query = replace(query, starred=True)

    journal = context.store.journal
    if count is None:
        found = search(journal.index(), query)
    else:
        found = newest_matching(journal, query, count)
    context.report_problems()
    found.reverse()  # newest last, as jrnl prints them
    if form == "json":
        print(as_jrnl_json(found))
    elif not found:
        empty = not journal.recent(1)
        message = ("Your journal is empty so far. Write the first entry with: "
                   'resilience write "Rough day. Acme said no."') if empty else "No journal entries match that."
        print(message, file=sys.stderr if form == "markdown" else sys.stdout)
    else:
        print(as_markdown(found) if form == "markdown" else as_text(found))
    return EXIT_OK


def newest_matching(journal: JournalRepository, query: JournalQuery, count: int) -> list[JournalEntry]:
    """The newest `count` entries that match, newest first, reading a year at a time from the newest.

    `-n 10` on ten years of entries then reads one or two years' files, not all of them.
    """
    from datetime import datetime

    from resilience_tui.domain.journal_search import build_index, search

    years = journal.years()
    if not years:
        return []
    found: list[JournalEntry] = []
    seen: set[str] = set()
    # Every year between the newest file and the oldest, and one beyond each: a moment near
    # New Year with another offset can sit in the neighbouring year of this computer's clock.
    for year in range(years[0] + 1, years[-1] - 2, -1):
        if query.start is not None and year < query.start.year - 1:
            break
        if query.end is not None and year > query.end.year + 1:
            continue
        entries = [e for e in journal.between(datetime(year, 1, 1).astimezone(), datetime(year + 1, 1, 1).astimezone())
                   if e.id not in seen]
        seen.update(e.id for e in entries)
        found += search(build_index(entries), query, limit=count - len(found))
        if len(found) >= count:
            break
    return found
