"""`resilience status [--prompt]`: what is due today, in one short paragraph or one short line.

`--prompt` is for a shell prompt or a login message: one line of plain ASCII (no colour, nothing the
person typed), or nothing at all when nothing is due. It reads only the files it needs (this year's
check-ins, not every year's: see `services.due_today`), and does not make a data folder that is not there.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.services.due_today import DueToday

NAME = "status"
NAMED = 2  # items named in the paragraph before "and N more"
WIDTH = 78


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = commands.add_parser(NAME, help="what is due today: check-in, follow-ups, goals, recovery steps")
    status.add_argument("--prompt", action="store_true",
                        help="at most one short plain line (nothing when nothing is due), for a shell prompt")


def run(context: Context) -> int:
    if context.args.prompt:
        line = _prompt(context)
        if line:
            print(line)
        return EXIT_OK
    import textwrap

    from resilience_tui.domain.records import now_local
    from resilience_tui.services.due_today import DueToday, due_today

    now = now_local()
    if context.folder.is_dir():
        found = due_today(context.store, now)
        context.report_problems()
    else:
        found = DueToday(now.date())  # nothing kept yet: say so without making the folder
    print(textwrap.fill(paragraph(found), WIDTH, break_long_words=False, break_on_hyphens=False))
    # The hard-days card, in one line when Today shows it (never in the prompt line above).
    card = None
    if context.folder.is_dir():
        from resilience_tui.services.safety_net import status as card_status

        card = card_status(context.store, now)
    if card:
        print(textwrap.fill(card, WIDTH, break_long_words=False, break_on_hyphens=False))
    return EXIT_OK


def _prompt(context: Context) -> str:
    """The prompt line: the one kept in `cache/` while nothing it came from has changed (prompt_cache.py),
    else made from the data and kept."""
    import time

    from resilience_tui.store import prompt_cache
    from resilience_tui.store.codec import is_encrypted

    folder = context.folder
    if is_encrypted(folder):
        prompt_cache.forget(folder)  # nothing of a locked folder stays in plain text
        return ""  # a prompt never asks for a passphrase, and says nothing of what is locked
    day = time.strftime("%Y-%m-%d")
    if folder.is_dir():
        kept = prompt_cache.cached_line(folder, day)
        if kept is not None:
            return kept
    from resilience_tui.domain.records import now_local
    from resilience_tui.services.due_today import DueToday, due_today

    now = now_local()
    if not folder.is_dir():
        return prompt_line(DueToday(now.date()))  # nothing kept yet: say so without making the folder
    store = context.store
    found = due_today(store, now)
    line = prompt_line(found)
    said = len(store.problems) + len(store.warnings) + len(store.notices)
    context.report_problems()
    if not said and now.date().isoformat() == day:  # what was reported is reported again next time
        prompt_cache.keep_line(folder, day, store.files_opened(), line)
    return line


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def prompt_line(due: DueToday) -> str:
    """'Resilience: no check-in yet, 1 follow-up, 2 goals due, 4 recovery steps', or "" when nothing is due."""
    parts = []
    if not due.checkins_today:
        parts.append("no check-in yet")
    if due.follow_ups:
        parts.append(_plural(len(due.follow_ups), "follow-up", "follow-ups"))
    if due.goals_due:
        parts.append(f"{_plural(due.goals_due, 'goal', 'goals')} due")
    if due.open_steps:
        parts.append(_plural(due.open_steps, "recovery step", "recovery steps"))
    return f"Resilience: {', '.join(parts)}" if parts else ""


def _named(names: list[str]) -> str:
    shown = names[:NAMED]
    more = len(names) - len(shown)
    return "; ".join(shown) + (f" and {more} more" if more else "")


def _text(text: str, width: int = 48) -> str:
    from resilience_tui.domain.shorten import shorten
    from resilience_tui.domain.visible import visible

    return visible(shorten(" ".join(text.split()), width))


def paragraph(due: DueToday) -> str:
    """A few plain sentences; the person's text made visible and kept short."""
    from resilience_tui.domain.day_words import due_words, friendly_day

    today = due.today
    said = []
    if due.checkins_today:
        times = "" if due.checkins_today == 1 else f" ({_plural(due.checkins_today, 'time', 'times')})"
        said.append(f"You checked in today{times}. Thank you.")
    else:
        said.append("You haven't checked in today; resilience checkin 3 (a mood from 1 to 5) takes a moment.")
    if due.follow_ups:
        names = [_text(f.application.title if f.application else (f.request.recipient or "a request"))
                 + (f" (sent {friendly_day(f.request.sent_on, today)})" if f.request.sent_on else "")
                 for f in due.follow_ups]
        what = ("A follow-up is due on your feedback request about" if len(names) == 1
                else f"{len(names)} follow-ups are due on your feedback requests about")
        said.append(f"{what} {_named(names)}. No reply is common; a gentle nudge is fine.")
    if due.goals_due:
        goals = [*due.overdue_goals, *due.goals_due_today]
        names = [f'"{_text(g.title, 40)}" ({due_words(g.due, today)})' for g in goals if g.due is not None]
        said.append(f"{'A goal is' if len(names) == 1 else f'{len(names)} goals are'} due: {_named(names)}.")
    if due.recoveries:
        first = due.recoveries[0]
        step = first.next_step
        heard = f", heard back {friendly_day(first.application.rejected_on, today)}" if first.application.rejected_on else ""
        open_here = len(first.steps) - first.done_count
        line = (f"After {_text(first.application.title)}{heard}: "
                f"{_plural(open_here, 'recovery step is', 'recovery steps are')} still open")
        said.append(line + (f"; next, {step.title.lower()}." if step else "."))
        others = due.recoveries[1:]
        if others:
            steps = sum(len(p.steps) - p.done_count for p in others)
            said.append(f"{_plural(steps, 'more step is', 'more steps are')} open after "
                        f"{_plural(len(others), 'other recent rejection', 'other recent rejections')}.")
    if not (due.follow_ups or due.goals_due or due.recoveries):
        said.append("Nothing else is due today. Go gently.")
    return " ".join(said)
