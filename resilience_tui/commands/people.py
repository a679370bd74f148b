"""`resilience people add NAME --note TEXT` and `resilience people list`: the people to reach on a hard day."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "people"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    people = commands.add_parser(NAME, help="add someone you can reach on a hard day, or list them")
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True, prog=people.prog)  # see command_line.py
    add = actions.add_parser("add", help="add someone to your people")
    add.add_argument("name", metavar="NAME", help='who, e.g. "Sam"')
    add.add_argument("--note", default="", metavar="TEXT", help='how to reach them, e.g. "text or call, evenings"')
    actions.add_parser("list", help="list your people")


def run(context: Context) -> int:
    return _add(context) if context.args.action == "add" else _list(context)


def _add(context: Context) -> int:
    from resilience_tui.domain.person import Person, validate
    from resilience_tui.domain.records import ValidationError, now_local
    from resilience_tui.domain.safety_net_words import person_line
    from resilience_tui.domain.visible import visible

    now = now_local()
    try:
        person = validate(Person(name=context.args.name, note=context.args.note, created_at=now, updated_at=now))
    except ValidationError as error:
        print(f"resilience people: {visible(error.message)}", file=sys.stderr)
        return EXIT_USAGE
    saved = context.add_record("people", person)
    context.report_problems()
    print(f"Added to your people: {visible(person_line(saved or person))}")
    if saved is None:
        print("It is sealed in your encrypted folder's inbox, and joins the rest when you next unlock.")
    return EXIT_OK


def _list(context: Context) -> int:
    from resilience_tui.domain.person import in_order
    from resilience_tui.domain.safety_net_words import person_line
    from resilience_tui.domain.visible import visible

    people = in_order(context.store.people.all())
    context.report_problems()
    if not people:
        print('No one here yet. Add someone with: resilience people add "Sam" --note "text or call, evenings"')
        return EXIT_OK
    print(f"Your people ({len(people)})")
    for person in people:
        print(f"  {visible(person_line(person))}")
    return EXIT_OK
