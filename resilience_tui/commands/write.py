"""`resilience write [TEXT...]`: save a journal entry and exit (`resilience win` keeps one as a win).

The text comes from the words after the command, from stdin (`-`, or no words
when stdin is not a terminal), or from the person's own editor (no words at a
terminal). The first sentence is the title; `#tags` are found in the text.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.domain.journal import JournalEntry

NAME = "write"

EXAMPLE = 'resilience write "Rough day. Acme said no, and I went for a long walk. #acme"'


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    write = commands.add_parser(
        NAME, help="save a journal entry and exit",
        description="Save a journal entry. The first sentence is its title, #tags in it are its tags. "
                    "With no TEXT it is read from stdin, or written in your $VISUAL or $EDITOR at a terminal.")
    add_text_arguments(write)


def add_text_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments `write` and `win` share."""
    parser.add_argument("text", nargs="*", metavar="TEXT",
                        help='the words of the entry; "-" reads them from stdin; may begin with a date and a colon '
                             '("yesterday: Rough day.")')
    parser.add_argument("--at", metavar="WHEN", help='when: "now" (the default), "yesterday 21:00", "friday", "2026-11-02"')
    parser.add_argument("--star", action="store_true", help="star it")


def run(context: Context) -> int:
    return save_written(context, "entry")


def _usage_error(command: str, message: str) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience {command}: {visible(message)}", file=sys.stderr)
    return EXIT_USAGE


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _read_stdin(command: str) -> str | int:
    """What stdin holds, or an exit code when it cannot be read as text."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a stdin replaced by text (as under some test runners)
        return str(sys.stdin.read()) if sys.stdin is not None else ""
    data: bytes = stream.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _usage_error(command, "the text on stdin is not UTF-8, so nothing was saved. "
                                     "Convert it first, for example with iconv -t UTF-8.")


def save_written(context: Context, kind: str) -> int:
    """Read the text `write` or `win` was given, save it as an entry of `kind`, and say so."""
    from resilience_tui.domain.journal import JournalEntry, validate
    from resilience_tui.domain.journal_text import EmptyText, read_written
    from resilience_tui.domain.records import ValidationError, now_local

    args = context.args
    command = args.command
    now = now_local()
    try:
        at_given = None
        if args.at is not None:
            from resilience_tui.domain.date_phrases import read_moment

            at_given = read_moment(args.at, now)
    except ValidationError as error:
        return _usage_error(command, f"--at: {error.message}")

    from_editor = False
    if args.text == ["-"] or (not args.text and not _stdin_is_terminal()):
        read = _read_stdin(command)
        if isinstance(read, int):
            return read
        text = read
    elif args.text:
        text = " ".join(args.text)
    else:
        from resilience_tui.commands.write_editor import text_from_editor

        edited = text_from_editor(command)
        if isinstance(edited, int):
            return edited
        text, from_editor = edited, True

    try:
        written = read_written(text, now, leading_date=at_given is None)
    except EmptyText:
        if from_editor:
            print(f"resilience {command}: the editor came back empty, so nothing was saved.", file=sys.stderr)
            return EXIT_FAILED
        return _usage_error(command, f"there is nothing to save: the entry has no words. For example: {EXAMPLE}")
    at = at_given or written.at or now.replace(microsecond=0)
    try:
        entry = validate(JournalEntry(body=written.body, title=written.title, at=at, kind=kind, starred=args.star,
                                      created_at=now, updated_at=now), now)
    except ValidationError as error:
        if from_editor:
            return _keep_text(command, error.message, text)
        return _usage_error(command, error.message)
    if from_editor:
        try:
            saved = context.add_record("journal", entry)
        except Exception:  # the text exists nowhere else: show it before the usual one-line error
            _keep_text(command, "it could not be saved.", text)
            raise
    else:
        saved = context.add_record("journal", entry)
    context.report_problems()
    print(_confirmation(saved or entry))
    if saved is None:
        print(SEALED)
    return EXIT_OK


SEALED = "It is sealed in your encrypted folder's inbox, and joins the rest when you next unlock."


def _keep_text(command: str, why: str, text: str) -> int:
    """After an edit that cannot be saved: the reason on stderr, and the text on stdout so it is not lost."""
    from resilience_tui.domain.visible import visible

    print(f"resilience {command}: {visible(why)} Here is what you wrote, so you can keep it:", file=sys.stderr)
    print(visible(text))
    return EXIT_USAGE


def _confirmation(entry: JournalEntry) -> str:
    from resilience_tui.domain.visible import visible

    when = entry.at.astimezone().strftime("%a %d %b %Y %H:%M")
    tags = " ".join(f"#{tag}" for tag in entry.all_tags)
    details = when + (f", {tags}" if tags else "") + (", starred" if entry.starred else "")
    if entry.is_win:
        return f"Kept as a win: {visible(entry.heading)} ({details}). Well done; it counts."
    return f"Saved in your journal: {visible(entry.heading)} ({details}). Thank you for writing it down."
