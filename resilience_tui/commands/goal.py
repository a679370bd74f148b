"""`resilience goal add TITLE ...` and `resilience goal list ...`: goals from a shell."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK, EXIT_USAGE
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "goal"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    goal = commands.add_parser(NAME, help="add a goal, or list your goals")
    actions = goal.add_subparsers(dest="action", metavar="ACTION", required=True, prog=goal.prog)  # see command_line.py
    add = actions.add_parser("add", help="add a goal to the top of To do")
    add.add_argument("title", metavar="TITLE", help='what you want to do, e.g. "Finish one module of the SQL course"')
    add.add_argument("--category", default="job search", metavar="C",
                     help='job search (the default), skills, network, wellbeing or mindset')
    add.add_argument("--due", metavar="WHEN", help='"friday", "tomorrow", "in 2 weeks", "end of month", "2026-12-03"')
    add.add_argument("--weekly", action="store_true", help="repeats every week")  # adds need no passphrase
    listing = actions.add_parser("list", help="list your goals (To do and Doing, unless --column says otherwise)")
    listing.add_argument("--column", metavar="COLUMN", help='"to do", "doing", "done" or "all"')
    add_passphrase_file(listing)


def _usage_error(message: str) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience goal: {visible(message)}", file=sys.stderr)
    return EXIT_USAGE


def run(context: Context) -> int:
    return _add(context) if context.args.action == "add" else _list(context)


def _add(context: Context) -> int:
    from resilience_tui.domain.day_words import local_day, short_date
    from resilience_tui.domain.goal import COLUMN_TITLES, Goal, category_choices, find_category, validate
    from resilience_tui.domain.records import ValidationError, now_local
    from resilience_tui.domain.visible import visible
    from resilience_tui.services.goals import add_goal

    args = context.args
    found = find_category(args.category)
    if found is None:
        return _usage_error(f"--category is one of {category_choices()}, not {args.category!r}.")
    now = now_local()
    try:
        due = None
        if args.due is not None:
            from resilience_tui.domain.date_phrases import read_due

            due = read_due(args.due, local_day(now))
        goal = validate(Goal(title=args.title, category=found.key, due=due, weekly=args.weekly, created_at=now, updated_at=now))
    except ValidationError as error:
        return _usage_error(error.message)
    saved = context.add_record("goals", goal, lambda store: add_goal(store, goal, now)) or goal
    context.report_problems()
    details = [found.word] + ([f"due {short_date(due, local_day(now))}"] if due else []) + (["weekly"] if saved.weekly else [])
    print(f"Added to {COLUMN_TITLES[saved.column]}: {visible(saved.title)} ({', '.join(details)}).")
    return EXIT_OK


def _list(context: Context) -> int:
    from resilience_tui.domain import goal_rules as rules
    from resilience_tui.domain.day_words import due_words, local_day
    from resilience_tui.domain.goal import COLUMN_TITLES, COLUMNS, DOING, DONE, TODO, category, find_column
    from resilience_tui.domain.records import now_local
    from resilience_tui.domain.visible import visible

    args = context.args
    if args.column is None:
        columns: tuple[str, ...] = (TODO, DOING)
    elif args.column.strip().lower() == "all":
        columns = COLUMNS
    else:
        column = find_column(args.column)
        if column is None:
            return _usage_error(f'--column is "to do", "doing", "done" or "all", not {args.column!r}.')
        columns = (column,)
    store = context.store
    now = now_local()
    today = local_day(now)
    goals = store.goals.all()
    context.report_problems()
    rolled = {g.id: g for g in rules.roll_weeks(goals, now)}  # as the board will show them; nothing is written
    goals = [rolled.get(g.id, g) for g in goals]
    if not goals:
        print('No goals yet. Add one with: resilience goal add "Finish one module of the SQL course" --category skills')
        return EXIT_OK
    for column in columns:
        members = rules.ordered(goals, column)
        print(f"{COLUMN_TITLES[column]} ({len(members)})")
        for goal in members:
            facts = [category(goal.category).word]
            if goal.done and goal.finished_at:
                facts.append(goal.finished_at.strftime("finished %a %d %b %Y"))
            elif goal.due:
                facts.append(due_words(goal.due, today))
            done, total = rules.progress(goal)
            if total:
                facts.append(f"{done}/{total} steps")
            if goal.weekly:
                facts.append(rules.weeks_done_words(goal))
            print(f"  {visible(goal.title)}  ({' · '.join(facts)})")
    if args.column is None:
        finished = sum(1 for g in goals if g.column == DONE)
        if finished:
            print(f"Done: {finished} finished (resilience goal list --column done lists them).")
    return EXIT_OK

