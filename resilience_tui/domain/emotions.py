"""Feeling words a person can pick at a check-in, in four groups.

The groups follow two plain questions: does it feel pleasant or unpleasant,
and is the energy high or low? The words after a rejection come first,
because those are the ones most people reach for in these weeks.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

__all__ = [
    "Emotion",
    "EMOTIONS",
    "GROUPS",
    "normalise",
    "find_emotion",
    "unknown_emotion_message",
]


@dataclass(frozen=True)
class Emotion:
    """A feeling word with a one-line meaning."""

    word: str
    definition: str
    pleasant: bool
    energy: str  # "high" or "low"


def _e(word: str, definition: str, pleasant: bool, energy: str) -> Emotion:
    return Emotion(word, definition, pleasant, energy)


_UNPLEASANT_HIGH = (
    _e("frustrated", "Wanting something to go differently and feeling blocked.", False, "high"),
    _e("anxious", "Worried about what comes next, with a tight, busy feeling.", False, "high"),
    _e("embarrassed", "Feeling exposed, as if others saw you at a bad moment.", False, "high"),
    _e("angry", "A hot sense that something was unfair.", False, "high"),
    _e("nervous", "Jittery and on edge about something coming up.", False, "high"),
    _e("overwhelmed", "Too much at once, hard to know where to start.", False, "high"),
    _e("stressed", "Under pressure, with little room to breathe.", False, "high"),
    _e("restless", "Unable to settle, wanting to do something, anything.", False, "high"),
    _e("envious", "Wishing you had what someone else got.", False, "high"),
)

_UNPLEASANT_LOW = (
    _e("disappointed", "Sad that something you hoped for did not happen.", False, "low"),
    _e("doubting myself", "Unsure of your own skills or worth right now.", False, "low"),
    _e("discouraged", "Less willing to try again after a setback.", False, "low"),
    _e("sad", "A heavy, low feeling, sometimes close to tears.", False, "low"),
    _e("hurt", "Stung by how something went or how you were treated.", False, "low"),
    _e("lonely", "Feeling on your own with this.", False, "low"),
    _e("worn out", "Tired in body and mind, running on empty.", False, "low"),
    _e("numb", "Not feeling much at all, a bit switched off.", False, "low"),
    _e("stuck", "Not sure how to move forward from here.", False, "low"),
)

_PLEASANT_LOW = (
    _e("relieved", "A weight has lifted, even a small one.", True, "low"),
    _e("hopeful", "Sensing that good things are still possible.", True, "low"),
    _e("calm", "Settled and quiet inside.", True, "low"),
    _e("content", "Fine with how things are, for now.", True, "low"),
    _e("grateful", "Thankful for someone or something in your life.", True, "low"),
    _e("at ease", "Relaxed, with nothing pressing on you.", True, "low"),
    _e("accepting", "Letting what happened be what it was.", True, "low"),
)

_PLEASANT_HIGH = (
    _e("determined", "Set on keeping going, whatever the last answer was.", True, "high"),
    _e("motivated", "Ready and willing to get on with things.", True, "high"),
    _e("proud", "Pleased with something you did or who you are.", True, "high"),
    _e("confident", "Trusting in what you can do.", True, "high"),
    _e("curious", "Interested to learn or try something new.", True, "high"),
    _e("encouraged", "Lifted by a kind word or a bit of progress.", True, "high"),
    _e("excited", "Looking forward to something with a buzz.", True, "high"),
)

GROUPS: tuple[tuple[str, tuple[Emotion, ...]], ...] = (
    ("Unpleasant, high energy", _UNPLEASANT_HIGH),
    ("Unpleasant, low energy", _UNPLEASANT_LOW),
    ("Pleasant, low energy", _PLEASANT_LOW),
    ("Pleasant, high energy", _PLEASANT_HIGH),
)

EMOTIONS: tuple[Emotion, ...] = tuple(e for _, group in GROUPS for e in group)

_BY_WORD: dict[str, Emotion] = {e.word: e for e in EMOTIONS}


def normalise(text: str) -> str:
    """Lowercase, trim, treat "-" and "_" as spaces, squeeze repeated spaces."""
    cleaned = text.strip().lower().replace("-", " ").replace("_", " ")
    return " ".join(cleaned.split())


def find_emotion(text: object) -> Emotion | None:
    """The emotion named by ``text`` ("Doubting-Myself" works), or None."""
    if not isinstance(text, str):
        return None
    return _BY_WORD.get(normalise(text))


def _shown(text: str, limit: int = 30) -> str:
    # Keep the message on one line and a sensible length, whatever was typed.
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def unknown_emotion_message(text: str) -> str:
    """One plain line saying the word is not known and what would work."""
    key = normalise(text) if isinstance(text, str) else ""
    close = difflib.get_close_matches(key, list(_BY_WORD), n=3, cutoff=0.6) if key else []
    shown = _shown(text if isinstance(text, str) else "")
    opening = f'"{shown}" is not one of the feeling words here.' if shown else (
        "That is empty, so there is no feeling word to add."
    )
    if close:
        if len(close) == 1:
            suggestion = f"Did you mean {close[0]}?"
        else:
            suggestion = "Did you mean " + ", ".join(close[:-1]) + f" or {close[-1]}?"
        if any(" " in word for word in close):
            suggestion += " Use - for spaces, as in doubting-myself."
        return f"{opening} {suggestion}"
    return (
        f"{opening} Try a word like disappointed, anxious or hopeful, "
        "with - for spaces (doubting-myself)."
    )
