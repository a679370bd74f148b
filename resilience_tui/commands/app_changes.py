"""`resilience app update|reject|offer|withdraw|predict APP`: change one application, found by its words.

APP is matched as `resilience checkin --application` matches it (`services.applications.find_application`):
words of the company or role, or words and the applied date. None or several matching exits 2 with one
line naming the candidates, and nothing is written. The change is checked and saved as the Applications
screen saves it; the store merges it with an edit made meanwhile in the open app, or refuses it.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK
from resilience_tui.commands.app_text import one_line, usage_error

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.domain.application import Application
    from resilience_tui.domain.recovery import RecoveryPath

# The Applications screen a step's number is pressed on, for the steps with no command of their own.
ON_SCREEN = "open the app, press a, choose it, then press {number}"


def run(context: Context) -> int:
    from resilience_tui.domain.records import ValidationError, now_local
    from resilience_tui.services.applications import NoMatch, find_application

    args = context.args
    words = " ".join(args.app)
    if not words.strip():
        return usage_error("APP needs a word of the company or role to look for.")
    if args.action == "update" and args.stage is None and args.interview is None:
        return usage_error("Say what changed: --stage (how far it got) or --interview (a day), or both.")
    if args.action == "predict" and args.chance is None and args.feel is None and args.days is None:
        return usage_error("Give at least one guess: --chance (0 to 100), --feel (1 to 5) or --days.")
    store = context.store
    everything = store.applications.all()
    context.report_problems()
    if not everything:
        return usage_error(f'no application matches "{words}": none are logged yet '
                           '(add one with: resilience app add COMPANY ROLE).')
    try:
        found = find_application(everything, words)
    except NoMatch as error:
        return usage_error(str(error))
    now = now_local()
    if args.action == "predict":
        from resilience_tui.commands.app_predict import predict

        return predict(context, found, now)
    try:
        changed = _changed(found, args, now.date())
    except ValidationError as error:
        return usage_error(error.message)
    if changed is None:
        already = "an offer" if found.outcome == "offer" else found.outcome_words
        print(f"{one_line(found.title)} is already marked as {already}. Nothing changed.")
        return EXIT_OK
    saved = store.applications.update(changed)
    context.report_problems()
    if args.action == "reject":
        _after_rejection(context, saved, words, now, everything)
    else:
        print(_said(saved, args.action, now.date()))
    return EXIT_OK


def _changed(found: Application, args: argparse.Namespace, today: date) -> Application | None:
    """The application as changed, checked as the form checks it; None when it is already so."""
    from resilience_tui.domain.application import validate
    from resilience_tui.domain.application_words import read_stage
    from resilience_tui.domain.date_phrases import read_day, read_days
    from resilience_tui.domain.records import ValidationError

    action = args.action
    if action == "update":
        stage, rounds = (found.stage, found.rounds) if args.stage is None else read_stage(args.stage)
        added = read_days(args.interview, today, "past") if args.interview is not None else ()
        if args.interview is not None and not added:
            raise ValidationError("--interview needs a day, like \"friday\" or \"2026-11-02\".", "interview_dates")
        record = found.edited(stage=stage, rounds=rounds, interview_dates=(*found.interview_dates, *added))
    elif action == "reject":
        on, reason = args.on, args.reason
        # Heard back today unless told otherwise; a rejection recorded before keeps its day and reason.
        heard = read_day(on, today, "past") if on is not None else (found.rejected_on or today)
        if heard is None:
            raise ValidationError("--on needs the day you heard back, like \"today\" or \"monday\".", "rejected_on")
        record = found.edited(outcome="rejected", rejected_on=heard, reason=found.reason if reason is None else reason)
    else:
        outcome = "offer" if action == "offer" else "withdrawn"
        if found.outcome == outcome:
            return None
        record = found.edited(outcome=outcome, rejected_on=None)  # a rejection day goes with a rejection only
    return validate(record, today)


def _said(saved: Application, action: str, today: date) -> str:
    from resilience_tui.domain.day_words import friendly_day

    title = one_line(saved.title)
    if action == "offer":
        return f"Saved: {title}, an offer. Congratulations! Take a moment to enjoy it."
    if action == "withdraw":
        return f"Saved: {title}, withdrawn. Choosing where to spend your energy is a good decision too."
    interviews = ", ".join(friendly_day(day, today) for day in saved.interview_dates)
    return f"Saved: {title}, {saved.stage_words}" + (f" (interviews: {interviews})" if interviews else "") + "."


def _after_rejection(context: Context, saved: Application, words: str, now: datetime,
                     everything: list[Application]) -> None:
    """Say it was saved, kindly, then the first step of its recovery path still open and how to take it."""
    from resilience_tui.domain.day_words import friendly_day
    from resilience_tui.services.applications import recovery_for

    today = now.date()
    heard = friendly_day(saved.rejected_on, today) if saved.rejected_on else "today"
    print(f"Saved: {one_line(saved.title)}, heard back {heard}. I'm sorry. A no is hard news, and it says "
          "nothing final about you.")
    applications = [saved if a.id == saved.id else a for a in everything]
    # The app always has its Reflection screen, so the path reads as the Applications screen shows it.
    path = recovery_for(context.store, saved, now, can_reflect=True, applications=applications)
    context.report_problems()
    print(_first_step(path, words))


def _first_step(path: RecoveryPath, words: str) -> str:
    import shlex

    step = path.next_step
    if step is None:
        return f"Your recovery path: {path.summary}"
    if path.done_count:
        start = f"Your recovery path ({path.done_count} of {len(path.steps)} steps taken): next is step {step.number}"
    else:
        start = f"Your recovery path starts with step {step.number}"
    lines = [f"{start}, {step.title}. {step.words}"]
    if step.key == "acknowledge":
        lines.append(f"  To take it now: resilience checkin MOOD --application {one_line(shlex.quote(words))}"
                     "   (MOOD from 1, very low, to 5, great)")
    else:
        lines.append(f"  To take it: {ON_SCREEN.format(number=step.number)} ({step.action}).")
    return "\n".join(lines)
