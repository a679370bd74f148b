"""`resilience goal add TITLE` and `resilience goal list`, the quick way (commands/goal.py is the full one).

Every goal in the file is read with the same checks `Goal.from_dict` makes (domain/stored.py), so a
file the store would call damaged goes the full way, which says so. `goal add` puts the new goal at
the top of To do, as `services.goals.add_goal` does, with --category and --weekly read as the full
command reads them (a due date is left to the full command). `goal list` shows the
board as it is stored: a weekly goal whose week has turned since it was last saved (the board starts
its new week when shown) is left to the full command, which shows it as the board will.
"""

from __future__ import annotations

import os

from resilience_tui.domain import stored
from resilience_tui.domain.day_words import due_words, local_day, week_start
from resilience_tui.domain.goal_words import (
    CATEGORY_WORDS,
    COLUMN_TITLES,
    COLUMNS,
    DEFAULT_CATEGORY,
    DOING,
    DONE,
    SOURCE_KINDS,
    TODO,
    category_key,
    title_problem,
    weeks_done_words,
)
from resilience_tui.domain.records import iso, new_id, now_local, read_revision
from resilience_tui.domain.visible import visible
from resilience_tui.quick.data_file import AreaFile, NotQuick, data_folder
from resilience_tui.store.atomic import DIR_MODE, FILE_MODE

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from datetime import date, datetime

    from resilience_tui.quick.form import Form
    from resilience_tui.store.revisions import Doc

GOALS_FILE = "goals.json"
CATEGORY_KEYS = tuple(CATEGORY_WORDS)
NO_GOALS = 'No goals yet. Add one with: resilience goal add "Finish one module of the SQL course" --category skills'
DONE_HINT = "Done: {} finished (resilience goal list --column done lists them)."


class Seen:
    """What the list shows of one stored goal, read as `Goal.from_dict` reads it."""

    __slots__ = ("id", "title", "category", "column", "position", "due", "steps_done", "steps", "weekly",
                 "week_of", "weeks_done", "finished_at", "created_at")

    def __init__(self, doc: Doc) -> None:
        if not isinstance(doc["title"], str):
            raise ValueError("a goal's title is not text")
        self.id = stored.record_id(doc["id"])
        self.title: str = doc["title"]
        self.category = stored.one_of(doc["category"], "category", CATEGORY_KEYS)
        self.column = stored.one_of(doc["column"], "column", COLUMNS)
        self.position = stored.whole(doc["position"], "position", -stored.MAX_COUNT, stored.MAX_COUNT)
        self.due: date | None = stored.optional_day(doc.get("due"), "due")
        steps = [_step_done(step) for step in stored.items(doc.get("steps"), "steps")]
        self.steps_done, self.steps = sum(steps), len(steps)
        stored.text(doc, "notes")
        self.weekly = stored.flag(doc.get("weekly"), "weekly")
        self.week_of: date | None = stored.optional_day(doc.get("week_of"), "week_of")
        self.weeks_done = len(stored.days(doc.get("weeks_done"), "weeks_done"))
        _check_source(doc.get("source"))
        self.finished_at: datetime | None = stored.optional_moment(doc.get("finished_at"), "finished_at")
        self.created_at = stored.moment(doc["created_at"], "created_at")
        stored.moment(doc["updated_at"], "updated_at")
        read_revision(doc)

    def line(self, today: date) -> str:
        """The goal's line in the list, as commands/goal.py writes it."""
        facts = [CATEGORY_WORDS[self.category]]
        if self.column == DONE and self.finished_at:
            facts.append(self.finished_at.strftime("finished %a %d %b %Y"))
        elif self.due:
            facts.append(due_words(self.due, today))
        if self.steps:
            facts.append(f"{self.steps_done}/{self.steps} steps")
        if self.weekly:
            facts.append(weeks_done_words(self.weeks_done))
        return f"  {visible(self.title)}  ({' · '.join(facts)})"


def _step_done(data: object) -> bool:
    """A step as `Step.from_dict` accepts it: whether it is ticked."""
    if not isinstance(data, dict) or not isinstance(data["text"], str) or not isinstance(data.get("done", False), bool):
        raise ValueError("a step is not text with a done flag")
    return stored.flag(data.get("done"), "done")


def _check_source(data: object) -> None:
    """A goal's source as `Source.from_dict` accepts it: none, or a kind and an id."""
    if data is None:
        return
    if not isinstance(data, dict) or data["kind"] not in SOURCE_KINDS:
        raise ValueError("a goal's source is not an application, feedback request or reflection")
    stored.record_id(data["id"], "source")


def read_goals(area: AreaFile, docs: list[Doc] | None = None) -> list[Seen]:
    """Every goal of the file (or of its records `docs`, as read), in stored order; NotQuick unless
    the store would read each one as it is."""
    if docs is None:
        docs = area.records()
    if _mode(area.folder) != DIR_MODE or _mode(area.path) != FILE_MODE:
        raise NotQuick  # the store makes them private again as it opens the folder
    try:
        goals = [Seen(doc) for doc in docs]
    except (ValueError, KeyError, TypeError, OverflowError):
        raise NotQuick from None
    if len({goal.id for goal in goals}) != len(goals):
        raise NotQuick  # the store keeps one record of an id given twice
    return goals


def _mode(path: str) -> int:
    return os.stat(path).st_mode & 0o7777


def run(form: Form) -> int:
    return _add(form) if form.command == "goal add" else _list(form)


def _add(form: Form) -> int:
    if len(form.words) != 1 or set(form.options) - {"--category", "--weekly"}:
        raise NotQuick  # a due date is read by the full command's date phrases
    title = form.words[0]
    category = category_key(form.text("--category", CATEGORY_WORDS[DEFAULT_CATEGORY]))
    if category is None or title_problem(title) is not None or any("\ud800" <= char <= "\udfff" for char in title):
        raise NotQuick  # the full command says what is wrong; a title that cannot be printed goes that way too
    weekly = form.options.get("--weekly") is True
    area = AreaFile(data_folder(form.folder), "goals", GOALS_FILE)
    now = now_local()
    week_of = week_start(local_day(now)).isoformat() if weekly else None  # a weekly goal starts this week

    def on_top(docs: list[Doc]) -> Doc:
        positions = [goal.position for goal in read_goals(area, docs) if goal.column == TODO]
        top = min(positions) - 1 if positions else 0
        if top < -stored.MAX_COUNT:
            raise NotQuick
        return {
            "id": new_id(), "title": title, "category": category, "column": TODO, "position": top,
            "due": None, "steps": [], "notes": "", "weekly": weekly, "week_of": week_of, "weeks_done": [],
            "source": None, "finished_at": None, "created_at": iso(now), "updated_at": iso(now), "revision": 0,
        }

    area.add(on_top)
    details = CATEGORY_WORDS[category] + (", weekly" if weekly else "")
    print(f"Added to {COLUMN_TITLES[TODO]}: {visible(title)} ({details}).")
    return 0


def _list(form: Form) -> int:
    if form.words or form.options:
        raise NotQuick
    goals = read_goals(AreaFile(data_folder(form.folder), "goals", GOALS_FILE))
    now = now_local()
    today = local_day(now)
    this_week = week_start(today)
    if any(goal.weekly and goal.week_of != this_week for goal in goals):
        raise NotQuick  # the board starts a new week for it when shown: the full command shows that
    if not goals:
        print(NO_GOALS)
        return 0
    lines = []
    for column in (TODO, DOING):
        members = sorted((g for g in goals if g.column == column), key=lambda g: (g.position, g.created_at, g.id))
        lines.append(f"{COLUMN_TITLES[column]} ({len(members)})")
        lines.extend(goal.line(today) for goal in members)
    finished = sum(1 for goal in goals if goal.column == DONE)
    if finished:
        lines.append(DONE_HINT.format(finished))
    print("\n".join(lines))  # one write: should it fail, nothing was printed and the full command runs
    return 0
