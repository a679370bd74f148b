"""A realistic demo dataset: years of check-ins from a life with job searches in it.

`write_demo(folder, years)` writes into an empty (or new) folder through the
store, so the files are exactly what the app itself would write. The data is
deterministic: one `random.Random(seed)` drives everything (ids included), and
the only link to the real clock is that `today` defaults to `date.today()`.

The story: settled stretches alternate with job searches. A search comes in
bursts of applications and interviews; every few weeks a rejection lands and is
followed by a dip of a few days (very low or low, disappointed, doubting
myself) and then a recovery. A search ends with an offer. Weekends are a little
better, and some days have no check-in at all, which is normal.

The last weeks are scripted so the Today screen has something to show: a
final-round rejection nine days before `today`, the dip, feedback, recovery,
and one or two check-ins on `today` itself.

Times on `today` are never later than 09:30 (`TODAY_CUTOFF`), a fixed time
rather than "now", so tests with a fixed clock see the same data whatever
hour they run. (Run at 07:00, that means a demo check-in may sit a little
ahead of the clock; that is a demo, not a person's record.)
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from resilience_tui.domain.checkin import CheckIn

__all__ = ["write_demo", "TODAY_CUTOFF", "MAX_YEARS"]

MAX_YEARS = 30
TODAY_CUTOFF = time(9, 30)
# How many days at the end follow the script rather than the random story.
_SCRIPT_DAYS = 60

COMPANIES = (
    "northwind", "acme-health", "lumen-labs", "bluepeak", "fernway-bank",
    "orbit-logistics", "harbor-analytics", "kestrel-games", "quillmedia", "tessellate",
    "greenfield-energy", "paperplane",
)
PEOPLE = ("Sam", "Mum", "Priya", "Jonas", "my sister", "Alex", "Dad", "Mei", "my old manager")
COURSES = ("SQL", "cloud fundamentals", "UX research", "public speaking", "Python testing", "data visualisation")
SKILLS = ("Kubernetes", "stakeholder management", "data modelling", "React", "people leadership", "system design")

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

# -- note fragments ----------------------------------------------------------------
_NOTES = {
    "rejection": (
        "Heard back from {co}. Not this time.",
        "{co} said no. Form email, no feedback.",
        "The {co} email came in. They went with someone with more {skill} experience.",
        "Rejected by {co} after the final round. I really thought that one went well.",
        "Got the no from {co}.",
        "{co} passed on me. Stings more than I expected.",
    ),
    "rejection_after": (
        "Going to let myself feel it today.",
        "Made tea and went for a walk.",
        "Told {person}. That helped a little.",
        "Not opening the job boards tonight.",
        "I'll ask them for feedback later this week.",
        "",
    ),
    "dip": (
        "Slept badly.",
        "Hard to get started today.",
        "Kept replaying the panel questions.",
        "Didn't look at any listings. That's okay.",
        "Called {person}, it helped a bit.",
        "Everything feels slow.",
        "Stayed in most of the day.",
        "Reread my interview notes [what went well / what to change].",
        "Wondering if I'm aiming too high.",
        "Ate properly at least.",
    ),
    "recovering": (
        "Feeling more like myself.",
        "Sent two applications, small steps.",
        "{person} looked over my CV, really useful.",
        "Did the reflection worksheet. The {skill} gap is fixable.",
        "Back at the desk for a couple of hours.",
        "One rejection is not a verdict on me.",
        "Wrote down three things I did well in that interview.",
    ),
    "interview": (
        "Interview with {co} at {hour}.",
        "First round with {co} done. Talked too fast, but okay.",
        "Technical screen at {co}. Went okay-ish.",
        "Panel interview at {co}, four people!",
        "Second round with {co}. Prepared well, and it showed.",
        "Nice chat with the hiring manager at {co}.",
    ),
    "invite": (
        "{co} want a second round!",
        "Invite to the final round at {co}.",
        "Recruiter from {co} called back, next stage next week.",
    ),
    "applied": (
        "Applied to {co}.",
        "Sent the application to {co}, tailored the cover letter properly this time.",
        "Put in for a role at {co}.",
        "{co} application done. Out of my hands now.",
    ),
    "feedback": (
        "Feedback from {co}: 'strong communicator, wanted more depth on {skill}'.",
        "{co} replied to my feedback request. Kind and specific, which helps.",
        "Got feedback from {co}. Mostly about {skill}. Noted.",
    ),
    "feedback_request": (
        "Emailed {co} to ask for feedback.",
        "Sent a short note to {co} asking what I could do better.",
    ),
    "offer": (
        "OFFER from {co}!!",
        "{co} made me an offer. I can't stop smiling.",
        "Accepted the offer at {co}.",
    ),
    "networking": (
        "Coffee with {person}, who knows people at {co}.",
        "Went to a meetup. Talked to three strangers!",
        "Messaged an old colleague about {co}.",
        "Informational call with someone from {co}.",
    ),
    "course": (
        "Finished a module of the {course} course.",
        "An hour on the {course} course.",
        "Signed up for a {course} workshop.",
        "{course} quiz passed.",
    ),
    "win": (
        "Presented at work and it went well.",
        "My manager thanked me in the team meeting.",
        "Shipped the thing I've been stuck on for weeks.",
        "Helped a new colleague settle in.",
    ),
    "low": (
        "Tired of waiting for replies.",
        "Heavy day.",
        "Not much energy.",
        "Money worries again.",
        "Couldn't focus.",
        "Argued with {person}, felt bad after.",
        "Headache most of the day.",
        "Everything took twice as long.",
        "Comparing myself to others on LinkedIn. Stopped.",
        "Cancelled plans, needed the quiet.",
        "Grey, in every sense.",
    ),
    "mid": (
        "Quiet day.",
        "Fine. Just fine.",
        "Rain all day [again].",
        "Did the washing, answered emails.",
        "Busy day.",
        "Nothing much to report.",
        "Long to-do list, got through half.",
        "Ordinary, which is okay.",
        "Bit flat this afternoon.",
        "Sorted out some paperwork.",
        "Groceries, cleaning, the usual.",
        "Too much screen time.",
        "Half-decent day.",
        "Watched a film with {person}.",
    ),
    "high": (
        "Feeling good.",
        "Long walk by the river.",
        "Cooked for {person}.",
        "Good chat with {person}.",
        "Sunny out.",
        "Productive morning.",
        "Laughed a lot today.",
        "Finally fixed the bike.",
        "Tried a new recipe, it worked!",
        "Good energy all day.",
        "Spent time in the garden.",
        "Got a lot done.",
        "Lovely evening with {person}.",
        "Bought flowers for no reason.",
    ),
    "search": (
        "Updated my portfolio.",
        "Three applications out today.",
        "Spent a while on listings.",
        "Practised answers out loud.",
        "Rewrote my CV summary [v4].",
        "No replies yet.",
        "Tidied up my LinkedIn profile.",
        "Two recruiters messaged, one looked real.",
        "Made a spreadsheet of every application so far.",
        "Read up on {co} before applying.",
        "Did a mock interview with {person}.",
    ),
}
# Small everyday things, added to some notes so that no two days read the same.
_DETAILS = (
    "Coffee was good.",
    "The cat sat on my keyboard.",
    "Rain again.",
    "Tidied the desk.",
    "Long shower helped.",
    "Bed by eleven.",
    "Ate well today.",
    "Too much coffee.",
    "Phone off after nine.",
    "Podcast on the walk.",
    "Watered the plants.",
    "Got some fresh air.",
    "Early start.",
    "The neighbours are drilling again.",
    "Bread from the new bakery.",
    "Texted {person}.",
    "Cold out.",
    "Nice light this evening.",
    "Wrote three lines in my journal.",
    "Listened to the old playlist.",
)
_LIFE_NOTES = {
    "exercise": ("Went for a run.", "Gym this morning.", "Went for a swim.", "Yoga class."),
    "sleep": ("Slept well for once.", "Bad night, woke at 4.", "Early night planned."),
    "family": ("Dinner with family.", "Call with {person}.", "Visited {person}."),
    "friends": ("Board games with friends.", "Drinks with {person}."),
    "walk": ("Walk at lunch.", "Walked the long way home."),
    "reading": ("Reading a good novel.", "Read a few chapters."),
}
# Occasional oddities, so screens are exercised with markup-like text and emoji.
_ODDITIES = (
    "Note to self: [ask about team size] next time.",
    "Wrote [bold] KEEP GOING [/bold] on a sticky note.",
    "[todo] update the portfolio links",
    "Typed [/] by accident, leaving it.",
    "Price of coffee: [redacted].",
)
_EMOJI_GOOD = (" 🙂", " 💪", " 🎉", " 🌱")
_EMOJI_LOW = (" ☕", " 🌧", " 🫖")
_LIFE_TAGS = (("exercise", 0.11), ("sleep", 0.07), ("family", 0.07), ("friends", 0.04), ("walk", 0.06), ("reading", 0.03))

# How a rejection moves the day's mood, by days since it arrived: a dip of a few
# days, then a small rebound as the person picks themselves up.
_DIP = (-1.9, -1.7, -1.35, -1.0, -0.6, -0.25, 0.1, 0.25, 0.25, 0.15, 0.05)


def _display(company: str) -> str:
    return company.replace("-", " ").title()


class _Plan:
    """What happens on each day: whether a search is on, and the day's events."""

    def __init__(self, days: int) -> None:
        self.search = [False] * days
        # (kind, company, note); an empty note means "compose one".
        self.events: list[list[tuple[str, str, str]]] = [[] for _ in range(days)]

    def add(self, day: int, kind: str, company: str = "", note: str = "") -> None:
        if 0 <= day < len(self.events):
            self.events[day].append((kind, company, note))


def _plan(rng: random.Random, days: int) -> _Plan:
    plan = _Plan(days)
    script_start = max(0, days - _SCRIPT_DAYS)
    i = 0
    in_search = rng.random() < 0.4
    while i < script_start:
        if in_search:
            length = rng.randint(42, 120)
            if i + length > script_start - 30:
                in_search = False  # the story before the script ends settled
                continue
            _search(rng, plan, i, i + length)
        else:
            length = rng.randint(90, 300)
            _settled(rng, plan, i, min(i + length, script_start))
        i += length
        in_search = not in_search
    _script(rng, plan, days)
    return plan


def _search(rng: random.Random, plan: _Plan, start: int, end: int) -> None:
    """A search from `start` to `end`: applications, interviews, a no every few weeks, then an offer."""
    for day in range(start, end):
        plan.search[day] = True
    pool = list(COMPANIES)
    rng.shuffle(pool)
    offer_company = pool.pop()
    last_rejection = start - 30
    day = start + rng.randint(3, 9)
    stop = end - 12  # the last stretch belongs to the offer
    while day < stop:
        company = rng.choice(pool)
        applied = day - rng.randint(6, 14)
        if applied >= start:
            plan.add(applied, "applied", company)
        plan.add(day, "interview", company)
        outcome = rng.randint(day + 4, day + 14)
        if outcome < stop and outcome - last_rejection >= 14 and rng.random() < 0.7:
            plan.add(outcome, "rejection", company)
            last_rejection = outcome
            if rng.random() < 0.5:
                plan.add(outcome + rng.randint(1, 3), "feedback_request", company)
                if rng.random() < 0.6:
                    plan.add(outcome + rng.randint(4, 8), "feedback", company)
        elif rng.random() < 0.4:
            plan.add(outcome, "invite", company)
        day += rng.randint(6, 13)
    for day in range(start, end):
        if rng.random() < 0.2:
            plan.add(day, "applied", rng.choice(pool))
        if rng.random() < 0.05:
            plan.add(day, "networking", rng.choice(pool))
        if rng.random() < 0.04:
            plan.add(day, "course")
    plan.add(end - 10, "interview", offer_company)
    plan.add(end - 6, "invite", offer_company)
    plan.add(end - 1, "offer", offer_company)


def _settled(rng: random.Random, plan: _Plan, start: int, end: int) -> None:
    course_weeks = start + rng.randint(20, 80)
    for day in range(start, end):
        if course_weeks <= day < course_weeks + 42 and rng.random() < 0.25:
            plan.add(day, "course")
        elif rng.random() < 0.02:
            plan.add(day, "win")
        elif rng.random() < 0.008:
            plan.add(day, "networking", rng.choice(COMPANIES))


def _script(rng: random.Random, plan: _Plan, days: int) -> None:
    """The last weeks: a search, a final-round rejection 9 days ago, a dip, feedback, recovery."""
    end = days - 1  # index of today
    start = max(0, days - _SCRIPT_DAYS)
    for day in range(start, days):
        plan.search[day] = True
    pool = list(COMPANIES)
    rng.shuffle(pool)
    focus, others = pool[0], pool[1:]
    skill = rng.choice(SKILLS)  # the rejection's reason and the feedback agree
    for back, kind, company, note in (
        (55, "applied", others[0], ""),
        (52, "applied", others[1], ""),
        (47, "networking", others[2], ""),
        (44, "interview", others[0], ""),
        (41, "applied", others[3], ""),
        (37, "applied", focus, "Applied to {co}. This one feels like a real fit."),
        (33, "course", "", ""),
        (28, "applied", others[4], ""),
        (23, "interview", focus, "First round with {co}. Talked too fast, but they laughed at my joke."),
        (20, "invite", focus, "{co} invited me to the final round!"),
        (18, "applied", others[5], ""),
        (15, "interview", focus, "Final round at {co}: four interviews back to back. I think it went well."),
        (12, "applied", others[6], ""),
        (9, "rejection", focus, "{co} said no after the final round. They went with someone with more {skill} experience."),
        (7, "feedback_request", focus, "Emailed {co} to ask for feedback. Took me three drafts."),
        (4, "feedback", focus, "Feedback from {co}: 'strong communicator, wanted more depth on {skill}'. Fair, and fixable."),
        (3, "applied", others[7], ""),
        (2, "networking", others[8], ""),
        (1, "course", "", ""),
    ):
        plan.add(end - back, kind, company, note.replace("{skill}", skill))


# -- one check-in ----------------------------------------------------------------------
def _pick(rng: random.Random, pool, count: int) -> tuple[str, ...]:
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
    elif context == "offer":
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
        co=_display(company or rng.choice(COMPANIES)),
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


def _note(rng: random.Random, mood: int, context: str, events, tags, searching: bool, used: list[str]) -> str:
    parts: list[str] = []
    for kind, company, scripted in events:
        parts.append(_fill(rng, scripted or _fresh(rng, _NOTES[kind], used), company))
        if kind == "rejection":
            parts.append(_fill(rng, rng.choice(_NOTES["rejection_after"]), company))
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
        parts.append(_fill(rng, _fresh(rng, _NOTES[key], used), ""))
    if rng.random() < 0.35:
        parts.append(_fill(rng, _fresh(rng, _DETAILS, used), ""))
    for tag in tags:
        if tag in _LIFE_NOTES and rng.random() < 0.5:
            parts.append(_fill(rng, _fresh(rng, _LIFE_NOTES[tag], used), ""))
    if rng.random() < 0.015:
        parts.append(rng.choice(_ODDITIES))
    text = " ".join(p for p in parts if p)
    if text and rng.random() < 0.04:
        text += rng.choice(_EMOJI_GOOD if mood >= 4 else _EMOJI_LOW)
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


def _checkins(rng: random.Random, plan: _Plan, first_day: date) -> list[CheckIn]:
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


def write_demo(folder: Path, years: int = 1, *, seed: int = 2026, today: date | None = None) -> dict[str, int]:
    """Write `years` of demo data ending on `today` into the empty or new `folder`.

    Returns how many records were written per area, e.g. ``{"checkins": 730}``.
    Raises ValueError with a plain message for a folder that holds anything or
    for `years` outside 1..30; nothing is written then.
    """
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise ValueError(f"The number of years must be a whole number from 1 to {MAX_YEARS}.")
    folder = Path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise ValueError(f"{folder} is a file, not a folder. Choose an empty or new folder for the demo.")
        if any(folder.iterdir()):
            raise ValueError(
                f"{folder} is not empty. The demo only writes into an empty or new folder, "
                "so nothing already there is overwritten."
            )
    today = today or date.today()
    rng = random.Random(seed)
    days = 365 * years
    first_day = today - timedelta(days=days - 1)
    plan = _plan(rng, days)
    checkins = _checkins(rng, plan, first_day)
    from resilience_tui.demo_applications import DemoApplications

    applications = DemoApplications(plan, first_day, today, seed)
    checkins = applications.link(checkins)

    from resilience_tui.store.store import Store

    store = Store(folder)
    written = store.checkins.add_many(checkins)
    from resilience_tui.demo_goals import write_goals
    from resilience_tui.demo_journal import write_journal
    from resilience_tui.demo_reflections import write_reflections

    return {"checkins": written, **applications.write(store), **write_journal(store, plan, first_day, seed), **write_goals(store, plan, first_day, seed), **write_reflections(store, today, seed)}
