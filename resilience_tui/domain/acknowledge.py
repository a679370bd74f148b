"""A kind acknowledgement after a check-in.

The wording is chosen deterministically from a few variants using a stable
hash of ``seed`` (zlib.crc32), so the same check-in always reads the same way,
in tests and across runs. Python's ``hash`` is randomised per process, which
is why it is not used here.

Rules for the wording: name low days plainly and say they are normal, offer
at most one small, optional step, never promise an outcome, never moralise,
and never count days in a row.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from .emotions import normalise
from .moods import mood as _mood_level

__all__ = ["HARD_DAYS_POINTER", "Acknowledgement", "REJECTION_EMOTIONS", "acknowledge"]


@dataclass(frozen=True)
class Acknowledgement:
    """What to say after a check-in, and one optional next step."""

    message: str
    next_step: str | None


_MESSAGES: dict[int, tuple[str, ...]] = {
    1: (
        "That sounds like a really hard day. A rejection can knock the wind out of anyone.",
        "Today is heavy, and it is okay to say so. Feeling this low after a no is very human.",
        "Thank you for checking in on a hard day. A rejection can hurt for a while, and that is normal.",
        "A very low day. After a rejection, that is a normal way to feel, not a failing.",
    ),
    2: (
        "A low day. A rejection can knock the wind out of anyone, and it takes time to settle.",
        "Feeling low after a no is normal. It shows you cared about the chance.",
        "Thank you for noting it. Low days are part of getting through a rejection.",
        "Not a great day, and that is allowed. Rejections sting, even when we expect them.",
    ),
    3: (
        "An okay day. That counts.",
        "Okay is a fair place to be. Thank you for checking in.",
        "A middling day, noted. Thank you for taking a moment for yourself.",
        "Okay is enough for today.",
    ),
    4: (
        "A good day. It is nice to hear.",
        "Good to hear today feels better.",
        "A good day is worth noticing. Thank you for checking in.",
        "That is good to hear. Let yourself enjoy it.",
    ),
    5: (
        "A great day. Enjoy it.",
        "That is lovely to hear. Let yourself enjoy it.",
        "A great day. You are allowed to feel good about it.",
        "Really good to hear. Take it in.",
    ),
}

# One gentle step each. All are phrased as an offer, never a task.
_STEPS: dict[int, tuple[str, ...]] = {
    1: (
        "If you can, get a glass of water and take a few minutes away from the screen.",
        "Think about telling someone you trust how today went.",
        "Something warm to drink and a few slow breaths might help a little.",
        "It is fine to put the job search down for today. Rest counts too.",
    ),
    2: (
        "If you can, get a glass of water and take a few minutes away from the screen.",
        "A short walk, even around the block, can help the feeling settle.",
        "If it helps, write one line about how this feels. One line is enough.",
        "Think about telling someone you trust how today went.",
        "Maybe step outside for a few minutes of fresh air.",
    ),
    3: (
        "If you feel like it, write down one small thing that went fine today.",
        "A short break away from the screen could be nice.",
        "If you have the energy, pick one small task for today and let that be enough.",
        "Maybe step outside for a few minutes of fresh air.",
    ),
    4: (
        "If you like, note what helped today. It can be useful to look back on.",
        "Take a moment to notice what made today better.",
        "Worth noticing what helped: people, sleep, a walk, a small win.",
    ),
    5: (
        "If you like, note what helped today. It can be useful to look back on.",
        "Take a moment to notice what made today feel this good.",
        "Worth noticing what helped: people, sleep, a walk, a small win.",
    ),
}

# Feelings that often follow a rejection, each with a kind line for a hard or
# middling day and a noun for a good day ("some disappointment").
_REJECTION_LINES: dict[str, tuple[str, str]] = {
    "disappointed": (
        "Disappointment often means you cared about the chance.",
        "disappointment",
    ),
    "doubting myself": (
        "Doubting yourself is common right now. One decision is not the measure of you.",
        "self-doubt",
    ),
    "embarrassed": (
        "Embarrassment often comes with a rejection. Most people have felt it too.",
        "embarrassment",
    ),
    "discouraged": (
        "Feeling discouraged makes sense. It does not undo the work you have put in.",
        "discouragement",
    ),
    "frustrated": (
        "Frustration makes sense when effort does not bring the answer you wanted.",
        "frustration",
    ),
    "anxious": (
        "Feeling anxious about what comes next is very common. Today is all you need to handle.",
        "worry",
    ),
}

REJECTION_EMOTIONS: frozenset[str] = frozenset(_REJECTION_LINES)

# Added after a very low check-in when the last days have been hard and the card on Today is showing
# (domain/safety_net.py).
HARD_DAYS_POINTER = "There are a few lines for you on Today, about the people you can reach."


def _choose(options: Sequence[str], seed: str, salt: str) -> str:
    key = f"{seed}\x1f{salt}".encode("utf-8", "surrogatepass")
    return options[zlib.crc32(key) % len(options)]


def _first_rejection_emotion(emotions: Sequence[str]) -> str | None:
    for text in emotions:
        if isinstance(text, str):
            word = normalise(text)
            if word in _REJECTION_LINES:
                return word
    return None


def acknowledge(
    mood: int,
    emotions: list[str] | tuple[str, ...] = (),
    seed: str = "",
    *,
    hard_days: bool = False,
) -> Acknowledgement:
    """A warm line for this mood, and one optional next step.

    ``hard_days``: the card for hard days is showing on Today; after a very low
    check-in the message ends with one sentence pointing to it.

    ``seed`` picks among the variants; the same seed always gives the same
    words (a check-in's id is a good seed). Raises ValueError for a mood
    outside 1..5.
    """
    level = _mood_level(mood).value
    seed = str(seed)
    message = _choose(_MESSAGES[level], seed, f"message-{level}")
    step = _choose(_STEPS[level], seed, f"step-{level}")

    feeling = _first_rejection_emotion(emotions)
    if feeling is not None:
        line, noun = _REJECTION_LINES[feeling]
        if level <= 3:
            message = f"{message} {line}"
        else:
            message = f"{message} Some {noun} can sit alongside it. Both can be true."
    if hard_days and level == 1:
        message = f"{message} {HARD_DAYS_POINTER}"
    return Acknowledgement(message=message, next_step=step)
