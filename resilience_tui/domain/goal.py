"""A goal on the Goals board: a small, concrete step in one of five areas of life.

The rules that move goals around the board live in `goal_rules.py`; due dates in
words in `day_words.py`; the starter goals in `goal_starters.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.goal_words import (
    CATEGORY_ROWS,
    COLUMN_TITLES,
    COLUMNS,
    DOING,
    DONE,
    MAX_STEP_LENGTH,
    MAX_STEPS,
    MAX_TITLE_LENGTH,
    SOURCE_KINDS,
    TODO,
    category_key,
    title_problem,
)
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision

__all__ = [
    "CATEGORIES", "COLUMNS", "COLUMN_TITLES", "DOING", "DONE", "MAX_STEPS", "MAX_STEP_LENGTH", "MAX_TITLE_LENGTH",
    "SOURCE_KINDS", "SOURCE_WORDS", "TODO", "Category", "Goal", "Source", "Step", "category", "category_choices",
    "find_category", "find_column", "validate",
]


@dataclass(frozen=True)
class Category:
    """One kind of goal. `value` is the digit that shows it on the board.

    The colours are muted mid-tones in the family of the mood colours, readable on
    dark and light themes; the word is always shown too, so colour never stands alone.
    """

    value: int
    key: str
    word: str
    colour: str
    glyph: str = "■"


CATEGORIES: tuple[Category, ...] = tuple(Category(*row) for row in CATEGORY_ROWS)
_CATEGORY_BY_KEY = {c.key: c for c in CATEGORIES}

SOURCE_WORDS = {"application": "an application", "feedback": "a feedback request", "reflection": "a reflection"}


def category(key: str) -> Category:
    """The category stored as `key`; KeyError if there is none."""
    return _CATEGORY_BY_KEY[key]


def find_category(text: str) -> Category | None:
    """'job search', 'Job-Search', 'job', '1' or 'skills' -> the category; None if unknown."""
    key = category_key(text)
    return None if key is None else _CATEGORY_BY_KEY[key]


def category_choices() -> str:
    return ", ".join(f'"{c.word}"' for c in CATEGORIES)


def find_column(text: str) -> str | None:
    """'to do', 'todo', 'To-Do', 'doing', 'done' -> the column key; None if unknown."""
    wanted = "".join(str(text).lower().replace("-", " ").split())
    return {"todo": TODO, "doing": DOING, "done": DONE, "inprogress": DOING}.get(wanted)


@dataclass(frozen=True)
class Step:
    """One item of a goal's checklist."""

    text: str
    done: bool = False

    def to_dict(self) -> JsonDict:
        return {"text": self.text, "done": self.done}

    @classmethod
    def from_dict(cls, data: object) -> Step:
        if not isinstance(data, dict) or not isinstance(data["text"], str) or not isinstance(data.get("done", False), bool):
            raise ValueError("a step is not text with a done flag")
        return cls(data["text"], stored.flag(data.get("done"), "done"))


@dataclass(frozen=True)
class Source:
    """Where a goal came from: an application, a feedback request or a reflection, by id."""

    kind: str
    id: str

    def to_dict(self) -> JsonDict:
        return {"kind": self.kind, "id": self.id}

    @classmethod
    def from_dict(cls, data: object) -> Source | None:
        if data is None:
            return None
        if not isinstance(data, dict) or data["kind"] not in SOURCE_KINDS:
            raise ValueError("a goal's source is not an application, feedback request or reflection")
        return cls(data["kind"], stored.record_id(data["id"], "source"))


@dataclass(frozen=True)
class Goal:
    title: str
    category: str = "job-search"
    column: str = TODO
    position: int = 0
    due: date | None = None
    steps: tuple[Step, ...] = ()
    notes: str = ""
    weekly: bool = False
    # Weekly goals: the Monday of the week the steps belong to, and the Mondays of weeks done.
    week_of: date | None = None
    weeks_done: tuple[date, ...] = ()
    source: Source | None = None
    finished_at: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    @property
    def done(self) -> bool:
        return self.column == DONE

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "title": self.title,
            "category": self.category,
            "column": self.column,
            "position": self.position,
            "due": self.due.isoformat() if self.due else None,
            "steps": [step.to_dict() for step in self.steps],
            "notes": self.notes,
            "weekly": self.weekly,
            "week_of": self.week_of.isoformat() if self.week_of else None,
            "weeks_done": [week.isoformat() for week in self.weeks_done],
            "source": self.source.to_dict() if self.source else None,
            "finished_at": iso(self.finished_at) if self.finished_at else None,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> Goal:
        """Read a stored goal; raises ValueError or KeyError if it is not one."""
        if not isinstance(data["title"], str):
            raise ValueError("a goal's title is not text")
        return cls(
            id=stored.record_id(data["id"]),
            title=data["title"],
            category=stored.one_of(data["category"], "category", tuple(_CATEGORY_BY_KEY)),
            column=stored.one_of(data["column"], "column", COLUMNS),
            position=stored.whole(data["position"], "position", -stored.MAX_COUNT, stored.MAX_COUNT),
            due=stored.optional_day(data.get("due"), "due"),
            steps=tuple(Step.from_dict(step) for step in stored.items(data.get("steps"), "steps")),
            notes=stored.text(data, "notes"),
            weekly=stored.flag(data.get("weekly"), "weekly"),
            week_of=stored.optional_day(data.get("week_of"), "week_of"),
            weeks_done=stored.days(data.get("weeks_done"), "weeks_done"),
            source=Source.from_dict(data.get("source")),
            finished_at=stored.optional_moment(data.get("finished_at"), "finished_at"),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
        )

    def edited(self, now: datetime | None = None, **changes: Any) -> Goal:
        return replace(self, updated_at=now or now_local(), **changes)


def validate(goal: Goal) -> Goal:
    """Raise ValidationError with a plain message when a field cannot be kept.

    Text is kept exactly as typed; only blank titles and steps are refused.
    """
    problem = title_problem(goal.title)
    if problem is not None:
        raise ValidationError(problem, "title")
    if goal.category not in _CATEGORY_BY_KEY:
        raise ValidationError(f"The category is one of {category_choices()}.", "category")
    if goal.column not in COLUMNS:
        raise ValidationError('A goal is in "to do", "doing" or "done".', "column")
    if len(goal.steps) > MAX_STEPS:
        raise ValidationError(f"A goal can have up to {MAX_STEPS} steps. Perhaps split it into two goals?", "steps")
    for step in goal.steps:
        if not step.text.strip():
            raise ValidationError("Each step needs a few words.", "steps")
        if len(step.text) > MAX_STEP_LENGTH or "\n" in step.text:
            raise ValidationError(f"A step is one line of up to {MAX_STEP_LENGTH} characters.", "steps")
    if goal.source is not None and goal.source.kind not in SOURCE_KINDS:
        raise ValidationError("A goal can come from an application, a feedback request or a reflection.", "source")
    return goal
