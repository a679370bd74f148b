"""`resilience app add|list|update|reject|offer|withdraw|predict`: applications from a shell.

Records are made and checked as the Applications screen makes them (`domain.application.validate`,
saved through the store), so an application logged here is the same as one logged in the app, and a
rejection here starts the same recovery path. Changes to one application live in `app_changes.py`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK
from resilience_tui.commands.app_text import one_line, usage_error

if TYPE_CHECKING:
    from datetime import date

    from resilience_tui.commands.context import Context


NAME = "app"
APP_HELP = 'words of its company or role (or its applied date, like "acme 2026-10-20")'
DAY_HELP = '"today", "yesterday", "monday", "3 days ago", "2 nov" or "2026-11-02"'


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    app = commands.add_parser(NAME, help="log an application, list them, or say how one went")
    actions = app.add_subparsers(dest="action", metavar="ACTION", required=True, prog=app.prog)  # see command_line.py
    add = _action(actions, "add", "log a new application")
    add.add_argument("company", metavar="COMPANY", help='the company, e.g. "Acme Health"')
    add.add_argument("role", metavar="ROLE", help='the role, in your own words, e.g. "Product Designer"')
    add.add_argument("--applied", metavar="P", help=f"when you applied (default today; \"\" for no date): {DAY_HELP}")
    add.add_argument("--source", default="", metavar="S", help='where you found it, e.g. "LinkedIn" or "a friend"')
    add.add_argument("--contact", metavar='"Name <email>"', help="who you are in touch with there (a name, an email, or both)")
    listing = _action(actions, "list", "list your applications, most recently applied first")
    listing.add_argument("--outcome", metavar="O", help="in-progress, rejected, withdrawn, offer or all (the default)")
    update = _action(actions, "update", "say how far an application got, or add an interview day")
    update.add_argument("app", nargs="+", metavar="APP", help=APP_HELP)
    update.add_argument("--stage", metavar="S",
                        help="applied, screening, interview, round-2 (or any later round), final-round or offer")
    update.add_argument("--interview", metavar="P", help=f"an interview day to add: {DAY_HELP}")
    reject = _action(actions, "reject", "record a rejection; prints the first step of its recovery path")
    reject.add_argument("app", nargs="+", metavar="APP", help=APP_HELP)
    reject.add_argument("--on", metavar="P", help=f"when you heard back (default today): {DAY_HELP}")
    reject.add_argument("--reason", metavar="TEXT", help="their reason, if they gave one")
    offer = _action(actions, "offer", "record an offer")
    offer.add_argument("app", nargs="+", metavar="APP", help=APP_HELP)
    withdraw = _action(actions, "withdraw", "record that you withdrew")
    withdraw.add_argument("app", nargs="+", metavar="APP", help=APP_HELP)
    predict = _action(actions, "predict", "note your guesses while it is in progress, to compare with what happens")
    predict.add_argument("app", nargs="+", metavar="APP", help=APP_HELP)
    predict.add_argument("--chance", metavar="N", help="how likely an offer seems, from 0 to 100 (percent)")
    predict.add_argument("--feel", metavar="N", help="if it is a no, how you think you would feel: 1 (very low) to 5 (great)")
    predict.add_argument("--days", metavar="N", help="if it is a no, for how many days you think it would last")


def _action(actions: argparse._SubParsersAction[argparse.ArgumentParser], name: str, about: str) -> argparse.ArgumentParser:
    """An action's parser, which says what it does in its own --help too."""
    return actions.add_parser(name, help=about, description=about[0].upper() + about[1:] + ".")


def run(context: Context) -> int:
    action = context.args.action
    if action == "add":
        return _add(context)
    if action == "list":
        return _list(context)
    from resilience_tui.commands import app_changes

    return app_changes.run(context)


def _add(context: Context) -> int:
    from resilience_tui.domain.application import Application, validate
    from resilience_tui.domain.application_words import read_contact
    from resilience_tui.domain.day_words import friendly_day, local_day
    from resilience_tui.domain.records import ValidationError, now_local

    args = context.args
    now = now_local()
    today = local_day(now)
    try:
        # As the form does: applied today unless told otherwise, and these days are looked back on.
        applied_on: date | None = today
        if args.applied is not None:
            from resilience_tui.domain.date_phrases import read_day

            applied_on = read_day(args.applied, today, "past")
        name, email = read_contact(args.contact) if args.contact is not None else ("", "")
        record = validate(Application(company=args.company, role=args.role, applied_on=applied_on, source=args.source,
                                      contact_name=name, contact_email=email, created_at=now, updated_at=now), today)
    except ValidationError as error:
        return usage_error(error.message)
    saved = context.add_record("applications", record) or record  # sealed when the folder is encrypted
    context.report_problems()
    facts = [f"applied {friendly_day(saved.applied_on, today)}" if saved.applied_on else "no applied date"]
    if saved.source.strip():
        facts.append(f"via {one_line(saved.source)}")
    contact = " ".join(part for part in (saved.contact_name.strip(), f"<{saved.contact_email}>" if saved.contact_email else "")
                       if part)
    if contact:
        facts.append(f"contact {one_line(contact)}")
    print(f"Saved: {one_line(saved.title)} ({', '.join(facts)}). Good luck with it.")
    if context.store_opened is False:
        print("It is sealed in your encrypted folder's inbox, and joins the rest when you next unlock.")
    return EXIT_OK


def _list(context: Context) -> int:
    from resilience_tui.domain.application import OUTCOME_LABELS
    from resilience_tui.domain.application_words import OUTCOME_HELP, read_outcome
    from resilience_tui.domain.day_words import friendly_day, local_day
    from resilience_tui.domain.records import now_local
    from resilience_tui.services.applications import by_applied

    args = context.args
    outcome = None
    if args.outcome is not None and args.outcome.strip().lower() != "all":
        outcome = read_outcome(args.outcome)
        if outcome is None:
            return usage_error(f'--outcome is one of {OUTCOME_HELP.replace(" or ", ", ")} or all, not "{args.outcome.strip()}".')
    everything = context.store.applications.all()
    context.report_problems()
    if not everything:
        print('No applications yet. Log one with: resilience app add "Acme Health" "Product Designer"')
        return EXIT_OK
    shown = by_applied([a for a in everything if outcome is None or a.outcome == outcome])
    today = local_day(now_local())
    if outcome is None:
        print(f"Applications ({len(shown)})")
    else:
        print(f"{OUTCOME_LABELS[outcome].capitalize()} ({len(shown)} of {len(everything)})")
        if not shown:
            print(f"  None {OUTCOME_LABELS[outcome]} just now.")
    for application in shown:
        if application.is_rejection and application.rejected_on:
            outcome_words = f"rejected {friendly_day(application.rejected_on, today)}"
        else:
            outcome_words = application.outcome_words
        facts = [outcome_words]
        if application.stage not in ("applied", "offer"):  # said by "applied <day>" and the outcome
            facts.append(application.stage_words)
        facts.append(f"applied {friendly_day(application.applied_on, today)}" if application.applied_on else "no applied date")
        guess = application.prediction
        if guess is not None and not guess.empty:  # `app predict`: compared with what happened in Insights
            facts.append(f"guessed a {guess.chance}% chance" if guess.chance is not None else "guesses noted")
        print(f"  {one_line(application.title)}  ({' · '.join(facts)})")
    return EXIT_OK
