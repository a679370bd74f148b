"""`resilience remind ics FILE [--checkin TIME]` and `resilience remind notify`: reminders with nothing
running in the background. The calendar holds the reminders; cron or a systemd user timer, printed by
`resilience remind --help`, runs `notify` once a day."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from resilience_tui.commands.columns import terminal_columns

if TYPE_CHECKING:
    from pathlib import Path

    from resilience_tui.commands.context import Context
    from resilience_tui.services.due_today import DueToday

NAME = "remind"
_SCHEDULE = "(the cron line and the systemd timer, made when the help is shown)"


class _ScheduleHelp(argparse.RawDescriptionHelpFormatter):
    """The help's layout, with the schedule (which names this computer's `resilience`) kept line for line."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)

    def add_text(self, text: str | None) -> None:
        if text == _SCHEDULE:
            from resilience_tui.commands.remind_schedule import schedule_help

            text = schedule_help()
        super().add_text(text)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    remind = commands.add_parser(
        NAME, help="reminders in your calendar, or a notification of what is due today",
        description="Reminders with nothing running in the background: an .ics file for your calendar, and a "
                    "notification of what is due today for cron or a systemd timer to show once a day.",
        epilog=_SCHEDULE, formatter_class=_ScheduleHelp)
    actions = remind.add_subparsers(dest="action", metavar="ACTION", required=True, prog=remind.prog)  # see command_line.py
    ics = actions.add_parser("ics", help="write an iCalendar file: a daily check-in, follow-ups and goal due dates")
    ics.add_argument("file", metavar="FILE", help='where to write it, e.g. resilience.ics ("-" prints it)')
    ics.add_argument("--checkin", default="20:30", metavar="TIME",
                     help='the daily check-in reminder\'s time, e.g. "20:30" (the default) or "8am"')
    actions.add_parser("notify", help="show one desktop notification of what is due today (uses notify-send)")


def _say(message: str, code: int) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience remind: {visible(message)}", file=sys.stderr)
    return code


def run(context: Context) -> int:
    return _ics(context) if context.args.action == "ics" else _notify(context)


def _ics(context: Context) -> int:
    from pathlib import Path

    from resilience_tui.domain.business_days import follow_up_days
    from resilience_tui.domain.day_words import local_day
    from resilience_tui.domain.ical import calendar
    from resilience_tui.domain.records import now_local
    from resilience_tui.domain.reminder_events import (
        CLOCK_HELP,
        checkin_event,
        follow_up_events,
        goal_events,
        read_clock,
    )
    from resilience_tui.domain.visible import visible
    from resilience_tui.store.settings_keys import FOLLOW_UP_DAYS

    args = context.args
    clock = read_clock(args.checkin)
    if clock is None:
        return _say(f"--checkin takes {CLOCK_HELP}, not {args.checkin!r}.", EXIT_USAGE)
    path = None if args.file == "-" else Path(args.file).expanduser()
    if path is not None:
        if not args.file.strip():
            return _say("FILE needs a name, e.g. resilience.ics.", EXIT_USAGE)
        if path.is_dir():
            return _say(f"{path} is a folder. Give a file name, e.g. {path / 'resilience.ics'}", EXIT_USAGE)
        if path.exists() and not path.is_file():
            return _say(f"{path} is not a plain file, so it is left alone. Give another file name.", EXIT_USAGE)
    now = now_local()
    store = context.store
    follow_ups = follow_up_events(store.feedback.all(), store.applications.all(),
                                  follow_up_days(store.settings.get(FOLLOW_UP_DAYS)))
    goals = goal_events(store.goals.all())
    context.report_problems()
    text = calendar([checkin_event(clock, local_day(now)), *follow_ups, *goals], now)
    if path is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return EXIT_OK
    failed = _write(path, text.encode("utf-8"))
    if failed is not None:
        return _say(failed, EXIT_FAILED)
    counts = f"{_count(len(follow_ups), 'follow-up')} and {_count(len(goals), 'goal due date')}"
    print(f"Wrote {visible(str(path))}: a daily check-in at {clock.strftime('%H:%M')}, {counts}. Import it into "
          "your calendar; importing a newer one updates these entries rather than adding copies.")
    return EXIT_OK


def _write(path: Path, data: bytes) -> str | None:
    """Write the file atomically; None when done, or what went wrong in plain words (naming `path`)."""
    from resilience_tui.commands.context import describe_os_error
    from resilience_tui.store.atomic import write_bytes_atomic

    if not path.parent.is_dir():
        return f"{path} could not be written: the folder {path.parent} does not exist."
    try:
        write_bytes_atomic(path, data)
    except OSError as error:
        # The error may name the temporary file beside `path`: name the file the person asked for.
        return describe_os_error(OSError(error.errno, error.strerror, str(path)), None)
    return None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def notify_lines(due: DueToday) -> list[str]:
    """What is due, one line each, most pressing first (the same gathering as `resilience status`);
    one kind line when nothing is. The person's words are in it: pass each through `visible()`."""
    from resilience_tui.domain.day_words import due_words

    lines = []
    if not due.checkins_today:
        lines.append("No check-in yet today. It takes a moment: resilience checkin 1-5")
    for follow in due.follow_ups:
        if follow.request.sent_on is None:
            continue
        name = follow.application.title if follow.application else (follow.request.recipient.strip() or "a feedback request")
        lines.append(f"Follow-up due: {name} (sent {follow.request.sent_on.strftime('%a %d %b')})")
    for goal in due.goals_due_today:
        lines.append(f"Goal due today: {goal.title}")
    for goal in due.overdue_goals:
        if goal.due is not None:
            lines.append(f"Goal still open ({due_words(goal.due, due.today).removeprefix('overdue: ')}): {goal.title}")
    for path in due.recoveries:
        step = path.next_step
        if step is not None:
            lines.append(f"After {path.application.title}: next, {step.title.lower()}")
    if not lines:
        lines.append("Nothing is due today, and you have checked in. Be kind to yourself.")
    return lines


def _notify(context: Context) -> int:
    import shutil
    import subprocess

    from resilience_tui.domain.records import now_local
    from resilience_tui.domain.visible import visible
    from resilience_tui.services.due_today import due_today

    program = shutil.which("notify-send")
    if program is None:
        return _say("notify-send was not found, so no notification can be shown. It comes with libnotify "
                    "(the libnotify-bin package on Debian and Ubuntu, libnotify on Fedora and Arch).", EXIT_FAILED)
    due = due_today(context.store, now_local())
    context.report_problems()
    lines = [visible(line) for line in notify_lines(due)]
    print("\n".join(lines))
    try:
        done = subprocess.run([program, "--app-name=Resilience", "Resilience: today", "\n".join(lines)],
                              capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        return _say(f"notify-send could not be run ({type(error).__name__}), so no notification was shown.", EXIT_FAILED)
    if done.returncode != 0:
        said = " ".join(done.stderr.split())[:200]
        return _say(f"notify-send did not show the notification (it said: {said or 'nothing'}; exit {done.returncode}). "
                    "From cron, it needs DBUS_SESSION_BUS_ADDRESS: see resilience remind --help.", EXIT_FAILED)
    return EXIT_OK
