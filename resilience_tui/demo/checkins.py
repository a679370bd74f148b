"""The demo check-ins: about two a day, their moods, energy, emotions, tags and notes.

`demo_checkins(rng, plan, first_day)` turns the story (`plan.Plan`) into
check-ins. Weekends are a little better, some days have no check-in at all, and
a rejection is followed by a dip of a few days and then a recovery.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from resilience_tui.demo.common import COMPANIES, COURSES, PEOPLE, SKILLS, display
from resilience_tui.demo.notes import DETAILS, EMOJI_GOOD, EMOJI_LOW, LIFE_NOTES, NOTES, ODDITIES
from resilience_tui.demo.plan import Plan
from resilience_tui.domain.checkin import CheckIn

__all__ = ["demo_checkins"]

Pool = tuple[tuple[str, int], ...]
Event = tuple[str, str, str]

# -- emotion pools (word, weight) ------------------------------------------------
_REJECTED = (
    ("disappointed", 6), ("doubting myself", 5), ("discouraged", 5), ("sad", 3), ("hurt", 2),
    ("frustrated", 2), ("numb", 1), ("embarrassed", 1), ("lonely", 1), ("stuck", 1),
    ("angry", 1), ("worn out", 1),
)
_REJECTED_FIRST = (("disappointed", 3), ("doubting myself", 2), ("discouraged", 2))
_RECOVERING = (
    ("hopeful", 4), ("determined", 4), ("relieved", 2), ("accepting", 3), ("calm", 1),
    ("encouraged", 2), ("worn out", 1), ("doubting myself", 1),
)
_INTERVIEW = (("nervous", 4), ("anxious", 3), ("excited", 2), ("determined", 2), ("hopeful", 1))
_OFFER = (("relieved", 4), ("proud", 3), ("excited", 3), ("grateful", 2), ("confident", 2))
_LOW_HIGH = (("frustrated", 3), ("anxious", 3), ("stressed", 3), ("overwhelmed", 2), ("restless", 2))
_LOW_LOW = (("sad", 3), ("worn out", 3), ("stuck", 2), ("lonely", 1), ("numb", 1), ("discouraged", 2))
_MID = (
    ("calm", 3), ("content", 3), ("accepting", 1), ("worn out", 2), ("stressed", 1),
    ("curious", 1), ("restless", 1),
)
_MID_SEARCH = (("anxious", 2), ("hopeful", 2), ("doubting myself", 1))
_HIGH_HIGH = (
    ("motivated", 3), ("confident", 2), ("curious", 2), ("encouraged", 2), ("excited", 1),
    ("proud", 2),
)
_HIGH_LOW = (("content", 3), ("calm", 3), ("grateful", 3), ("at ease", 2), ("relieved", 1))
_HIGH_SEARCH = (("determined", 3), ("hopeful", 3), ("encouraged", 1))
_GOOD_NEWS = (("encouraged", 4), ("hopeful", 3), ("excited", 3), ("proud", 2), ("relieved", 1))

_LIFE_TAGS = (("exercise", 0.11), ("sleep", 0.07), ("family", 0.07), ("friends", 0.04), ("walk", 0.06), ("reading", 0.03))

# How a rejection moves the day's mood, by days since it arrived: a dip of a few
# days, then a small rebound as the person picks themselves up.
_DIP = (-1.9, -1.7, -1.35, -1.0, -0.6, -0.25, 0.1, 0.25, 0.25, 0.15, 0.05)


# -- one check-in ----------------------------------------------------------------------
def _pick(rng: random.Random, pool: Pool, count: int) -> tuple[str, ...]:
    words = [w for w, _ in pool]
    weights = [wt for _, wt in pool]
    chosen: list[str] = []
    for _ in range(count * 3):
        if len(chosen) >= count:
            break
        word = rng.choices(words, weights)[0]
        if word not in chosen:
            chosen.append(word)
    return tuple(chosen)


def _emotions(rng: random.Random, mood: int, energy: int | None, context: str, searching: bool) -> tuple[str, ...]:
    roll = rng.random()
    count = 0 if roll < 0.18 else 1 if roll < 0.62 else 2 if roll < 0.9 else 3
    if count == 0 and context != "rejected":
        return ()
    count = max(count, 1)
    high = (energy or mood) >= 3
    if context == "rejected":
        # Most people name the same few words first after a no.
        first = _pick(rng, _REJECTED_FIRST, 1)
        rest = tuple(w for w in _pick(rng, _REJECTED, count) if w not in first)
        return (first + rest)[:count]
    pool: Pool
    if context == "offer":
        pool = _OFFER
    elif context == "interview":
        pool = _INTERVIEW
    elif context == "good news":
        pool = _GOOD_NEWS
    elif context == "recovering" and mood >= 3:
        pool = _RECOVERING
    elif mood <= 2:
        pool = (_LOW_HIGH if high else _LOW_LOW) + ((("doubting myself", 2),) if searching else ())
    elif mood == 3:
        pool = _MID + (_MID_SEARCH if searching else ())
    else:
        pool = (_HIGH_HIGH if high else _HIGH_LOW) + (_HIGH_SEARCH if searching else ())
    return _pick(rng, pool, count)


def _fill(rng: random.Random, text: str, company: str) -> str:
    return text.format(
        co=display(company or rng.choice(COMPANIES)),
        person=rng.choice(PEOPLE),
        course=rng.choice(COURSES),
        skill=rng.choice(SKILLS),
        hour=f"{rng.randint(9, 16)}:{rng.choice(('00', '30'))}",
    )


def _fresh(rng: random.Random, options: tuple[str, ...], used: list[str]) -> str:
    """A fragment not yet used today (a person rarely writes the same line twice a day)."""
    left = [text for text in options if text not in used] or list(options)
    text = rng.choice(left)
    used.append(text)
    return text


def _note(rng: random.Random, mood: int, context: str, events: Sequence[Event], tags: Sequence[str],
          searching: bool, used: list[str]) -> str:
    parts: list[str] = []
    for kind, company, scripted in events:
        parts.append(_fill(rng, scripted or _fresh(rng, NOTES[kind], used), company))
        if kind == "rejection":
            parts.append(_fill(rng, rng.choice(NOTES["rejection_after"]), company))
    # News speaks for itself; a dip or a recovery often gets a line more.
    if not parts or (context in ("rejected", "recovering") and rng.random() < 0.3):
        if context == "rejected":
            key = "dip"
        elif context == "recovering" and mood >= 3 and rng.random() < 0.6:
            key = "recovering"
        elif searching and rng.random() < 0.35:
            key = "search"
        else:
            key = "low" if mood <= 2 else "mid" if mood == 3 else "high"
        parts.append(_fill(rng, _fresh(rng, NOTES[key], used), ""))
    if rng.random() < 0.35:
        parts.append(_fill(rng, _fresh(rng, DETAILS, used), ""))
    for tag in tags:
        if tag in LIFE_NOTES and rng.random() < 0.5:
            parts.append(_fill(rng, _fresh(rng, LIFE_NOTES[tag], used), ""))
    if rng.random() < 0.015:
        parts.append(rng.choice(ODDITIES))
    text = " ".join(p for p in parts if p)
    if text and rng.random() < 0.04:
        text += rng.choice(EMOJI_GOOD if mood >= 4 else EMOJI_LOW)
    return text


def _times(rng: random.Random, day: date, count: int, *, afternoon_only: bool, is_today: bool) -> list[datetime]:
    """Local, offset-aware moments for `count` check-ins on `day`, oldest first."""
    if is_today:
        first = rng.randint(7 * 60, 8 * 60 + 20)
        minutes = [first] + ([min(first + rng.randint(25, 70), 9 * 60 + 30)] if count > 1 else [])
    else:
        morning = rng.randint(7 * 60, 10 * 60 - 1)
        midday = rng.randint(12 * 60, 16 * 60 - 1)
        evening = rng.randint(18 * 60 + 30, 23 * 60 - 1)
        if afternoon_only:
            slots = [midday, evening]
        elif count == 1:
            slots = [rng.choices((morning, midday, evening), (3, 2, 5))[0]]
        elif count == 2:
            slots = rng.choices(([morning, evening], [midday, evening], [morning, midday]), (8, 2, 1))[0]
        else:
            slots = [morning, midday, evening]
        minutes = sorted(slots[:count]) if count <= len(slots) else sorted(slots)
    moments = []
    for minute in minutes:
        second = 0 if is_today else rng.randint(0, 59)
        naive = datetime.combine(day, time(minute // 60, minute % 60, second))
        moments.append(naive.astimezone())
    return moments


def demo_checkins(rng: random.Random, plan: Plan, first_day: date) -> list[CheckIn]:
    days = len(plan.events)
    found: list[CheckIn] = []
    since_rejection = 99
    since_offer = 99
    since_good = 99
    for index in range(days):
        day = first_day + timedelta(days=index)
        is_today = index == days - 1
        events = plan.events[index]
        kinds = [kind for kind, _, _ in events]
        scripted = any(note for _, _, note in events)
        since_rejection += 1
        since_offer += 1
        since_good += 1
        if "rejection" in kinds:
            since_rejection = 0
        if "offer" in kinds:
            since_offer = 0
        if "invite" in kinds or "feedback" in kinds or "win" in kinds:
            since_good = 0

        roll = rng.random()
        if is_today:
            count = 1 if roll < 0.5 else 2
        elif since_rejection <= 1 or scripted or "offer" in kinds or "interview" in kinds:
            count = 1 if roll < 0.3 else 2  # big days always get a check-in
        else:
            count = 0 if roll < 0.05 else 1 if roll < 0.18 else 2 if roll < 0.73 else 3
        if count == 0:
            continue

        searching = plan.search[index]
        level = 3.05 if searching else 3.55
        if day.weekday() >= 5:
            level += 0.35
        if since_rejection < len(_DIP):
            level += _DIP[since_rejection]
        level += 1.3 * max(0.0, 1 - since_offer / 21)
        level += 0.5 * max(0.0, 1 - since_good / 3)
        # Calmer days in a dip and in the scripted recovery, so the story reads clearly.
        in_script_recovery = index >= days - 9 and since_rejection <= 9
        steady = since_rejection <= 2 or in_script_recovery
        level += rng.gauss(0, 0.25 if steady else 0.45)
        if in_script_recovery and since_rejection >= 5:
            level += 0.3  # the feedback helped; the Today screen shows a clear way back up
        if since_rejection <= 1:
            context = "rejected"
        elif since_rejection <= 3:
            context = "rejected" if level < 2.5 else "recovering"
        elif since_rejection <= 8:
            context = "recovering"
        elif since_offer <= 3:
            context = "offer"
        else:
            context = ""

        moments = _times(rng, day, count, afternoon_only="rejection" in kinds, is_today=is_today)
        # The news of the day goes with the check-in after it: the first one on a
        # rejection day (all afternoon), otherwise the last one of the day.
        carrier = 0 if "rejection" in kinds else len(moments) - 1
        good_news = any(kind in _GOOD_KINDS for kind in kinds) and "rejection" not in kinds
        used_notes: list[str] = []
        for slot, moment in enumerate(moments):
            mood = max(1, min(5, round(level + rng.gauss(0, 0.45))))
            if good_news and slot == carrier:
                mood = max(mood, 4)
            if scripted and "rejection" in kinds and slot == carrier:
                mood = 1  # the no after a final round, the low point of the recent weeks
            if since_rejection <= 2:
                mood = min(mood, 2)
            elif since_rejection <= 4:
                mood = min(mood, 3)
            if is_today:
                mood = max(3, min(mood, 4))
            energy: int | None = max(1, min(5, round(mood + rng.gauss(0, 0.8) - (0.4 if moment.hour >= 18 else 0))))
            if rng.random() < 0.1:
                energy = None
            mine = events if slot == carrier else []
            here = context
            if slot == carrier and context != "rejected":
                if good_news:
                    here = "good news"
                elif "interview" in kinds:
                    here = "interview"
            emotions = _emotions(rng, mood, energy, here, searching)
            tags: list[str] = []
            for kind, company, _ in mine:
                for tag in (_TAG_FOR[kind], company):
                    if tag and tag not in tags:
                        tags.append(tag)
            for tag, chance in _LIFE_TAGS:
                if rng.random() < chance and tag not in tags:
                    tags.append(tag)
            wants_note = rng.random() < (0.9 if mine else 0.55) or (scripted and slot == carrier)
            note = _note(rng, mood, context, mine, tags, searching, used_notes) if wants_note else ""
            found.append(
                CheckIn(
                    mood=mood,
                    at=moment,
                    energy=energy,
                    emotions=emotions,
                    tags=tuple(tags[:5]),
                    note=note,
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    created_at=moment,
                    updated_at=moment,
                )
            )
    return found


_GOOD_KINDS = ("invite", "feedback", "offer", "win")

_TAG_FOR = {
    "rejection": "rejection",
    "interview": "interview",
    "invite": "interview",
    "applied": "application",
    "feedback": "feedback",
    "feedback_request": "feedback",
    "offer": "offer",
    "networking": "networking",
    "course": "course",
    "win": "work",
}
