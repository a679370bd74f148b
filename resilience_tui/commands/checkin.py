"""`resilience checkin MOOD ...`: save one check-in and exit."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK, EXIT_USAGE
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "checkin"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checkin = commands.add_parser(NAME, help="save a mood check-in and exit")
    checkin.add_argument("mood", help="1 very low, 2 low, 3 okay, 4 good, 5 great")
    checkin.add_argument("--energy", help="1 drained to 5 buzzing")
    checkin.add_argument("--emotion", action="append", default=[], metavar="WORD", help="an emotion word (repeatable)")
    checkin.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    checkin.add_argument("--note", default="", metavar="TEXT", help="a note, as long as you like")
    checkin.add_argument("--at", default="now", metavar="WHEN", help='when: "now", "yesterday 21:00", "2026-11-02 08:30"')
    checkin.add_argument("--application", metavar="TEXT",
                         help="the application it is about: words of its company or role (or applied date)")
    add_passphrase_file(checkin)


def _usage_error(message: str) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience checkin: {visible(message)}", file=sys.stderr)
    return EXIT_USAGE


def _small_number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= 5:
        return int(text)
    return None


def run(context: Context) -> int:
    from resilience_tui.domain.checkin import CheckIn, validate
    from resilience_tui.domain.moods import mood as mood_level
    from resilience_tui.domain.records import ValidationError, now_local
    from resilience_tui.domain.tag_form import normalise_tag
    from resilience_tui.domain.visible import visible

    args = context.args

    mood = _small_number(args.mood)
    if mood is None:
        return _usage_error(f"mood must be a whole number from 1 (very low) to 5 (great), not {args.mood!r}.")
    energy = None
    if args.energy is not None:
        energy = _small_number(args.energy)
        if energy is None:
            return _usage_error(f"--energy must be a whole number from 1 (drained) to 5 (buzzing), not {args.energy!r}.")
    try:
        now = now_local()
        if args.at.strip().lower() in ("", "now"):  # the usual case: no phrase to read
            at = now
        else:
            from resilience_tui.domain.date_phrases import read_moment

            at = read_moment(args.at, now)
        tags = tuple(dict.fromkeys(t for t in (normalise_tag(tag) for tag in args.tag) if t))
        checkin = validate(CheckIn(mood=mood, energy=energy, emotions=tuple(args.emotion), tags=tags, note=args.note, at=at), now)
    except ValidationError as error:
        return _usage_error(error.message)
    about = None
    if args.application is not None:  # resolving it reads the applications: an encrypted folder asks to unlock
        from dataclasses import replace

        from resilience_tui.services.applications import NoMatch, find_application

        try:
            about = find_application(context.store.applications.all(), args.application)
        except NoMatch as error:
            return _usage_error(str(error))
        checkin = replace(checkin, application_id=about.id)
    sealed = context.add_record("checkins", checkin) is None
    context.report_problems()
    level = mood_level(checkin.mood)
    extras = ", ".join(checkin.emotions)
    when = checkin.at.strftime("%a %d %b %H:%M")
    about_text = f", about {about.title}" if about else ""
    print(visible(f"Saved: {level.glyph} {level.word} at {when}" + (f" ({extras})" if extras else "") + about_text
                  + ". Thank you for checking in."))
    if sealed:
        print("It is sealed in your encrypted folder's inbox, and joins the rest when you next unlock.")
    return EXIT_OK
