"""A reflection worksheet: a calm look back at one interview (or a general one), in nine sections.

The sections, their prompts and hints are in `reflection_prompts.py`; the thinking
traps in `thinking_traps.py`; the Markdown rendering in `reflection_markdown.py`.
Text is kept exactly as typed; only the lists drop items left completely blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from resilience_tui.domain import stored
from resilience_tui.domain.goal import CATEGORIES
from resilience_tui.domain.records import JsonDict, ValidationError, iso, new_id, now_local, read_revision
from resilience_tui.domain.reflection_category import guess_category
from resilience_tui.domain.thinking_traps import TRAP_KEYS

DRAFT, COMPLETE = "draft", "complete"
STATUSES = (DRAFT, COMPLETE)
SECTION_KEYS = ("happened", "felt", "went_well", "differently", "gaps", "stories", "thoughts", "feedback", "actions")
MAX_ITEMS = 50  # questions, stories, thoughts or actions in one worksheet
MAX_ACTION_LENGTH = 200  # an action can become a goal, whose title is one line of up to 200 characters
CATEGORY_KEYS = tuple(c.key for c in CATEGORIES)
_BULLET = re.compile(r"^\s*(?:[-*•·]+|\d+[.)])\s+")


def _text(data: JsonDict, name: str) -> str:
    value = data.get(name, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{name} is not text")
    return value


def _items(data: JsonDict, name: str) -> list[Any]:
    value = data.get(name) or []
    if not isinstance(value, list):
        raise ValueError(f"{name} is not a list")
    return value


@dataclass(frozen=True)
class Story:
    """An answer in STAR form, tagged with the interview question it answers."""

    question: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    id: str = field(default_factory=new_id)

    PARTS = ("situation", "task", "action", "result")

    @property
    def is_blank(self) -> bool:
        return not any(part.strip() for part in (self.question, self.situation, self.task, self.action, self.result))

    def to_dict(self) -> JsonDict:
        return {"id": self.id, "question": self.question, "situation": self.situation, "task": self.task,
                "action": self.action, "result": self.result}

    @classmethod
    def from_dict(cls, data: object) -> Story:
        if not isinstance(data, dict):
            raise ValueError("a story is not a record")
        return cls(id=stored.record_id(data["id"], "story"), **{name: _text(data, name) for name in ("question", *cls.PARTS)})


@dataclass(frozen=True)
class Thought:
    """An unhelpful thought in the person's words, the traps it fits, and a kinder, balanced one."""

    text: str = ""
    traps: tuple[str, ...] = ()
    balanced: str = ""
    id: str = field(default_factory=new_id)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip() and not self.traps and not self.balanced.strip()

    def to_dict(self) -> JsonDict:
        return {"id": self.id, "text": self.text, "traps": list(self.traps), "balanced": self.balanced}

    @classmethod
    def from_dict(cls, data: object) -> Thought:
        if not isinstance(data, dict):
            raise ValueError("a thought is not a record")
        return cls(text=_text(data, "text"), traps=stored.texts(data.get("traps"), "traps"), balanced=_text(data, "balanced"),
                   id=stored.record_id(data["id"], "thought"))


@dataclass(frozen=True)
class Action:
    """One thing to do next; `goal_id` is the goal it became on the board.

    `category` is the goal category the person chose for it; None until they do, and
    then the one its words point to is shown, and used when it becomes a goal.
    """

    text: str = ""
    goal_id: str | None = None
    id: str = field(default_factory=new_id)
    category: str | None = None

    @property
    def shown_category(self) -> str:
        return self.category or guess_category(self.text)

    def to_dict(self) -> JsonDict:
        return {"id": self.id, "text": self.text, "goal_id": self.goal_id, "category": self.category}

    @classmethod
    def from_dict(cls, data: object) -> Action:
        if not isinstance(data, dict):
            raise ValueError("an action is not a record")
        chosen = data.get("category")
        return cls(text=_text(data, "text"), goal_id=stored.optional_id(data.get("goal_id"), "goal_id"),
                   id=stored.record_id(data["id"], "action"),
                   category=None if chosen is None else stored.one_of(chosen, "category", CATEGORY_KEYS))


@dataclass(frozen=True)
class Reflection:
    application_id: str | None = None  # None: a general reflection, not about one application
    status: str = DRAFT
    completed_at: datetime | None = None
    # 1. What happened
    stage: str = ""
    who: str = ""
    questions: tuple[str, ...] = ()
    # 2-5
    felt: str = ""
    went_well: str = ""
    differently: str = ""
    gaps: str = ""
    # 6-9
    stories: tuple[Story, ...] = ()
    thoughts: tuple[Thought, ...] = ()
    feedback: str = ""
    actions: tuple[Action, ...] = ()
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now_local)
    updated_at: datetime = field(default_factory=now_local)
    revision: int = field(default=0, compare=False)  # the stored revision this was read at (0: new)

    @property
    def is_complete(self) -> bool:
        return self.status == COMPLETE

    @property
    def status_words(self) -> str:
        return "complete" if self.is_complete else "draft"

    def to_dict(self) -> JsonDict:
        return {
            "id": self.id,
            "application_id": self.application_id,
            "status": self.status,
            "completed_at": iso(self.completed_at) if self.completed_at else None,
            "stage": self.stage,
            "who": self.who,
            "questions": list(self.questions),
            "felt": self.felt,
            "went_well": self.went_well,
            "differently": self.differently,
            "gaps": self.gaps,
            "stories": [story.to_dict() for story in self.stories],
            "thoughts": [thought.to_dict() for thought in self.thoughts],
            "feedback": self.feedback,
            "actions": [action.to_dict() for action in self.actions],
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "revision": self.revision,
        }

    @classmethod
    def from_dict(cls, data: JsonDict) -> Reflection:
        """Read a stored worksheet; raises ValueError or KeyError if it is not one."""
        return cls(
            id=stored.record_id(data["id"]),
            application_id=stored.optional_id(data.get("application_id"), "application_id"),
            status=stored.one_of(data["status"], "status", STATUSES),
            completed_at=stored.optional_moment(data.get("completed_at"), "completed_at"),
            questions=stored.texts(data.get("questions"), "questions"),
            stories=tuple(Story.from_dict(s) for s in _items(data, "stories")),
            thoughts=tuple(Thought.from_dict(t) for t in _items(data, "thoughts")),
            actions=tuple(Action.from_dict(a) for a in _items(data, "actions")),
            created_at=stored.moment(data["created_at"], "created_at"),
            updated_at=stored.moment(data["updated_at"], "updated_at"),
            revision=read_revision(data),
            **{name: _text(data, name) for name in ("stage", "who", "felt", "went_well", "differently", "gaps", "feedback")},
        )

    def edited(self, now: datetime | None = None, **changes: Any) -> Reflection:
        return replace(self, updated_at=now or now_local(), **changes)


# -- content -------------------------------------------------------------------------
def section_has_content(reflection: Reflection, key: str, received_feedback: bool = False) -> bool:
    """True when the section holds anything. `received_feedback`: feedback points came from a request."""
    r = reflection
    if key == "happened":
        return bool(r.stage.strip() or r.who.strip() or any(q.strip() for q in r.questions))
    if key == "stories":
        return any(not story.is_blank for story in r.stories)
    if key == "thoughts":
        return any(not thought.is_blank for thought in r.thoughts)
    if key == "actions":
        return any(action.text.strip() for action in r.actions)
    if key == "feedback":
        return received_feedback or bool(r.feedback.strip())
    return bool(getattr(r, key).strip())


def sections_with_content(reflection: Reflection, received_feedback: bool = False) -> tuple[str, ...]:
    return tuple(key for key in SECTION_KEYS if section_has_content(reflection, key, received_feedback))


def is_blank(reflection: Reflection) -> bool:
    return not sections_with_content(reflection)


def parse_questions(text: str) -> tuple[str, ...]:
    """One question per non-empty line; a leading bullet or number is dropped."""
    return tuple(line for line in (_BULLET.sub("", raw).strip() for raw in text.splitlines()) if line)


def from_values(base: Reflection, values: JsonDict) -> Reflection:
    """The worksheet the editor's values describe (the items keep their ids); blank items are dropped."""
    stories = tuple(Story(**{k: item[k] for k in ("id", "question", *Story.PARTS)}) for item in values["stories"])
    thoughts = tuple(Thought(text=item["text"], traps=tuple(item["traps"]), balanced=item["balanced"], id=item["id"])
                     for item in values["thoughts"])
    actions = tuple(Action(text=item["text"], goal_id=item.get("goal_id"), id=item["id"], category=item.get("category"))
                    for item in values["actions"])
    return replace(
        base,
        stage=values["stage"], who=values["who"], questions=parse_questions(values["questions"]),
        felt=values["felt"], went_well=values["went_well"], differently=values["differently"], gaps=values["gaps"],
        stories=tuple(s for s in stories if not s.is_blank),
        thoughts=tuple(t for t in thoughts if not t.is_blank),
        feedback=values["feedback"],
        actions=tuple(a for a in actions if a.text.strip()),
    )


# -- rules ---------------------------------------------------------------------------
def validate(reflection: Reflection) -> Reflection:
    """Raise ValidationError(message, field) for something that cannot be kept as it is."""
    if reflection.status not in STATUSES:
        raise ValidationError("A worksheet is a draft or complete.", "status")
    for name, items in (("questions", reflection.questions), ("stories", reflection.stories),
                        ("thoughts", reflection.thoughts), ("actions", reflection.actions)):
        if len(items) > MAX_ITEMS:
            raise ValidationError(f"A worksheet can hold up to {MAX_ITEMS} {name}. Perhaps start a second one?", name)
    for thought in reflection.thoughts:
        unknown = [trap for trap in thought.traps if trap not in TRAP_KEYS]
        if unknown:
            raise ValidationError(f'"{unknown[0]}" is not one of the thinking traps listed.', "thoughts")
    for action in reflection.actions:
        if action.category is not None and action.category not in CATEGORY_KEYS:
            raise ValidationError(f'"{action.category}" is not a goal category.', "actions")
        if "\n" in action.text or "\r" in action.text:
            raise ValidationError("Each action is one line. Add another action for the next step.", "actions")
    return reflection


def mark_complete(reflection: Reflection, now: datetime) -> Reflection:
    """The worksheet marked complete; it needs at least one thing that went well, however small."""
    if not reflection.went_well.strip():
        raise ValidationError(
            "Before marking it complete, write at least one thing that went well in section 3. "
            "However small it seems, it counts.", "went_well")
    return validate(reflection.edited(now, status=COMPLETE, completed_at=now))


def mark_draft(reflection: Reflection, now: datetime) -> Reflection:
    return reflection.edited(now, status=DRAFT, completed_at=None)


def for_application(reflections: Iterable[Reflection], application_id: str) -> list[Reflection]:
    """Worksheets about one application, the most recently changed first."""
    found = [r for r in reflections if r.application_id == application_id]
    return sorted(found, key=lambda r: r.updated_at, reverse=True)
