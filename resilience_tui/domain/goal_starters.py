"""Starter goals an empty board offers, one or two for each of the six strategies.

They are suggestions: the person ticks the ones they want, and only those are added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from resilience_tui.domain.goal import Goal, Step


@dataclass(frozen=True)
class Starter:
    title: str
    category: str
    strategy: str  # a key of domain.strategies.STRATEGIES
    why: str
    steps: tuple[str, ...] = ()
    weekly: bool = False

    def goal(self, now: datetime, position: int = 0) -> Goal:
        return Goal(
            title=self.title,
            category=self.category,
            position=position,
            steps=tuple(Step(text) for text in self.steps),
            weekly=self.weekly,
            created_at=now,
            updated_at=now,
        )


STARTERS: tuple[Starter, ...] = (
    Starter(
        "Apply to three roles that fit this week", "job-search", "persist",
        "A small, steady number keeps you going without wearing you out.",
        ("First application", "Second application", "Third application"), weekly=True,
    ),
    Starter(
        "Ask for feedback on the last interview", "job-search", "feedback",
        "A short, polite note can turn a no into something useful.",
        ("Find the interviewer's email", "Write three friendly lines", "Send it"),
    ),
    Starter(
        "Finish one module of a course", "skills", "grow",
        "Little and often: one module is plenty for a week.",
        ("Choose the course", "Block an hour in the diary", "Do the module"),
    ),
    Starter(
        "Ask two former colleagues for a coffee chat", "network", "persist",
        "People who know your work are often glad to help.",
        ("Message the first person", "Message the second person"),
    ),
    Starter(
        "Get outside for a walk, five mornings this week", "wellbeing", "positive",
        "Fresh air and movement lift the mood more than it seems they should.",
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"), weekly=True,
    ),
    Starter(
        "Check in with how I feel each evening", "wellbeing", "acknowledge",
        "Naming a feeling takes a little of its weight away.",
    ),
    Starter(
        "Write down three things that went well", "mindset", "positive",
        "Small wins are easy to forget; writing them down keeps them.",
        ("One", "Two", "Three"), weekly=True,
    ),
    Starter(
        "Note one thing that went well in the interview, and one to change", "mindset", "reflect",
        "Looking back calmly, for learning rather than blame.",
    ),
)
