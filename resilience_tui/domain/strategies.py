"""The six coping strategies from DESIGN.md, with a short card for each.

Their titles are the names of the six steps of a recovery path too (`domain.recovery`),
so a step reads the same on Today, on Applications, on the Goals board and in the README.

The Today screen shows one card a day, rotating through all six by date, so
the same day always shows the same card.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

__all__ = ["Strategy", "STRATEGIES", "strategy_for_day"]


@dataclass(frozen=True)
class Strategy:
    """One coping strategy and where the app supports it."""

    key: str
    title: str
    summary: str
    card: str
    screen: str | None


STRATEGIES: tuple[Strategy, ...] = (
    Strategy(
        key="acknowledge",
        title="Acknowledge your feelings",
        summary="Notice how you feel and let it be okay.",
        card=(
            "A rejection hurts, and it is fine to feel it. "
            "Naming the feeling often takes a little of its weight away. "
            "A quick check-in is enough."
        ),
        screen="checkin",
    ),
    Strategy(
        key="feedback",
        title="Ask for feedback",
        summary="A short, polite note can turn a no into something useful.",
        card=(
            "It is fair to ask the interviewer what would have made you a stronger fit. "
            "Keep it short and thank them for their time. "
            "Not everyone replies, and that says nothing about you."
        ),
        screen="feedback",
    ),
    Strategy(
        key="reflect",
        title="Reflect on the interview",
        summary="Look back calmly at what went well and what you would change.",
        card=(
            "When you feel ready, think back over the interview. "
            "Note one thing that went well and one you might do differently. "
            "Go easy on yourself: this is for learning, not for blame."
        ),
        screen="reflection",
    ),
    Strategy(
        key="positive",
        title="Be kind to yourself",
        summary="Remember your strengths and look after yourself.",
        card=(
            "One rejection is one decision, not a judgement of you. "
            "Write down a recent win or a strength someone saw in you. "
            "Sleep, food and fresh air matter too."
        ),
        screen="journal",
    ),
    Strategy(
        key="persist",
        title="Keep going",
        summary="Keep applying at a pace you can sustain.",
        card=(
            "Most job searches include many rejections, and each is part of the search. "
            "Set a small, kind goal for the week, like two applications. "
            "Rest days are part of the plan."
        ),
        screen="applications",
    ),
    Strategy(
        key="grow",
        title="Keep growing",
        summary="Pick up a skill that brings you closer to the role you want.",
        card=(
            "Choose one thing to learn: a short course, a workshop or a small project. "
            "Little and often works well. "
            "It gives you something new to talk about next time."
        ),
        screen="goals",
    ),
)


def strategy_for_day(day: datetime.date) -> Strategy:
    """Today's strategy card; six days in a row show all six."""
    return STRATEGIES[day.toordinal() % len(STRATEGIES)]
