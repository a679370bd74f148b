"""`resilience worry TEXT [--check-in WHEN]`: write a worry down, with a day to look back on it.

It only adds: looking back (did it happen?) is on Today in the app when the day comes.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "worry"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    worry = commands.add_parser(NAME, help="write a worry down, with a day to look back on it",
                                description="Write a worry down, with a day to look back on it. When the day "
                                            "comes, Today asks whether it happened.")
    worry.add_argument("text", metavar="TEXT", help="the worry, as it sounds in your head")
    worry.add_argument("--check-in", dest="check_in", default="", metavar="WHEN",
                       help='when to look back (default in 2 weeks): "14d", "3w", "in 2 weeks", "friday", "2026-12-01"')


def run(context: Context) -> int:
    from resilience_tui.domain.day_words import friendly_day, local_day
    from resilience_tui.domain.records import ValidationError, now_local
    from resilience_tui.domain.visible import visible
    from resilience_tui.domain.worry import Worry, read_look_back, validate

    args = context.args
    now = now_local()
    today = local_day(now)
    try:
        worry = validate(Worry(text=args.text, look_back_on=read_look_back(args.check_in, today),
                               created_at=now, updated_at=now))
    except ValidationError as error:
        print(f"resilience worry: {visible(' '.join(error.message.split()))}", file=sys.stderr)
        return EXIT_USAGE
    saved = context.add_record("worries", worry) or worry  # sealed when the folder is encrypted
    context.report_problems()
    text = visible(" ".join(saved.text.split()))
    print(f"Written down: {text}. On {friendly_day(saved.look_back_on, today)} Today will ask whether it happened. "
          "Until then, you can set it down.")
    if not context.store_opened:
        print("It is sealed in your encrypted folder's inbox, and joins the rest when you next unlock.")
    return EXIT_OK
