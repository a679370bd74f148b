"""Demo journal entries and wins, following the same story as the demo check-ins.

About one entry a day, written in the evening (on `today`, before TODAY_CUTOFF):
short everyday notes, longer ones after interviews and rejections, and wins
(offers, invitations, feedback, courses, small everyday things), some starred.
The text is Markdown composed from the fragments below, with `#tags` now and
then. Its own `random.Random` (seeded from the demo's seed) drives everything,
so the check-ins stay exactly as they were and the journal is deterministic.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_tui.demo.common import COMPANIES, COURSES, PEOPLE, SKILLS, TODAY_CUTOFF, display
from resilience_tui.demo.plan import Plan
from resilience_tui.domain.journal import ENTRY, WIN, JournalEntry

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

__all__ = ["journal_entries", "write_journal"]

_TITLES = {
    "rejection": ("{co} said no", "Not this time, {co}", "The email from {co}", "A no from {co}", "Hard news today"),
    "dip": ("Heavy day", "Slow going", "Low, and that's allowed", "Still sore", "One foot in front of the other",
            "Quiet one"),
    "recovering": ("Coming back to myself", "A bit lighter", "Picking things up again", "Better than yesterday",
                   "Back at it, gently"),
    "interview": ("Interview with {co}", "{co}, round two", "Talked to {co} today", "Panel at {co}"),
    "search": ("Search notes", "Applications, again", "Another search day", "Keeping the search moving"),
    "low": ("Flat day", "Grey", "Tired", "Not my best day", "Low battery"),
    "mid": ("Ordinary day", "Notes", "An okay day", "Middle of the week", "Nothing special"),
    "high": ("Good day", "A bright one", "Feeling like myself", "Lovely evening", "Small joys"),
}
_WIN_TITLES = {
    "offer": ("Offer from {co}!", "{co} said yes", "I got the job at {co}"),
    "invite": ("Through to the next round at {co}", "{co} want to see me again", "Next stage with {co}"),
    "feedback": ("Asked for feedback, and got it", "Useful words from {co}", "Feedback I can use"),
    "course": ("Finished a {course} module", "{course}: another step", "Learning {course}"),
    "applied": ("A strong application to {co}", "Sent it, and I'm proud of it"),
    "networking": ("Reached out to someone new", "A good conversation about {co}"),
    "win": ("Good day at work", "Recognised at work", "Shipped it"),
    "small": ("Small win", "A small thing that went right", "Worth writing down", "Today I did a hard thing"),
}
_PARAGRAPHS = {
    "rejection": (
        "The email came in the afternoon. I read it twice, closed the laptop and sat with it for a while. "
        "It's strange how one paragraph from a stranger can change the colour of a whole day.",
        "They went with someone with more {skill} experience. It stings, because I wanted this one, and because "
        "I'd already started picturing the commute and the people.",
        "I'm allowed to be disappointed. It doesn't mean I was wrong to try, and it doesn't mean I'll never get "
        "there. It means this one didn't work out.",
        "Told {person}. They said the thing I needed to hear: one no is not a verdict. Then they made me laugh "
        "about something else entirely, which helped even more.",
        "Not opening the job boards tonight. Tea, a walk round the block, an early night. Tomorrow can wait "
        "until tomorrow.",
    ),
    "dip": (
        "Kept replaying the interview questions in my head, rewriting my answers. I stopped when I noticed, "
        "and came back to the room I was actually in.",
        "Didn't get much done, and I'm trying not to be hard on myself about it. Rest is part of this too, "
        "even when it doesn't feel productive.",
        "Went for a short walk. The air helped more than I expected, and the dog two doors down was very "
        "pleased to see me.",
        "Called {person}. We didn't talk about the job at all, which was exactly right. Forty minutes of "
        "ordinary life.",
        "Some part of me wonders if I'm aiming too high. Writing it down makes it smaller. The evidence says "
        "I keep getting interviews, so something is working.",
        "Ate properly, slept a bit, answered one message. That counts today.",
        "Felt the urge to apply for everything at once, just to make the feeling stop. Didn't. Made a cup of "
        "tea instead and looked out of the window for a while.",
    ),
    "recovering": (
        "Feeling more like myself. Sent one application, which was enough, and spent the rest of the day on "
        "things that have nothing to do with work.",
        "Read my interview notes again with fresher eyes. The {skill} gap is real, and it's fixable: a course, "
        "a small project, and a better story about what I already know.",
        "{person} looked over my CV with me. Two small changes, and it reads better. Funny how much easier "
        "it is to see someone else's strengths than your own.",
        "Made a plan for the week: three applications, one course session, one coffee with someone new. "
        "Small enough to actually do.",
        "Wrote down three things I did well in that interview. There were more than three, once I started.",
        "The sting has faded to a dull ache. I can think about it without my stomach dropping, which is "
        "progress.",
    ),
    "interview": (
        "I prepared well and it showed in the first half. I talked too fast in the second, but I caught "
        "myself and slowed down.",
        "They asked about {skill}. I gave a real example with numbers in it and I could see it landed. "
        "The follow-up question was a good sign.",
        "Nice people. The hiring manager laughed at my joke, which helped my nerves, and they were honest "
        "about what's hard in the role.",
        "Four interviews back to back. Tired, but I think I did myself justice. Whatever happens now is out "
        "of my hands.",
    ),
    "search": (
        "Spent the morning on listings and tailored two cover letters properly instead of sending ten "
        "generic ones. Quality over quantity, as {person} keeps saying.",
        "Updated my portfolio and tidied my profile. Slow work, but it adds up, and the portfolio looks like "
        "someone I'd want to hire.",
        "No replies yet. Waiting is the hardest part of this. I've decided to check email twice a day, not "
        "twenty times.",
        "Practised answers out loud with {person}. Awkward, then useful. My answer about {skill} is much "
        "tighter now.",
        "Read up on {co} before applying. I like what they're building, and the job ad sounded like it was "
        "written by a human.",
        "Kept a list of every application and when I sent it. Seeing them in one place makes the effort "
        "visible, even when the replies aren't.",
    ),
    "low": (
        "Low energy all day. Everything took twice as long and I went to bed early without finishing the list.",
        "Money worries again. I wrote the numbers down and they're less scary on paper than in my head at "
        "three in the morning.",
        "Couldn't focus, so I stopped trying and cleaned the kitchen instead. At least the kitchen is clean.",
        "Caught myself comparing my path to everyone else's highlight reel. Closed the app and went outside.",
        "Headache most of the afternoon. Water, dark room, a podcast. Tomorrow will be better.",
    ),
    "mid": (
        "Quiet day. Emails, washing, a bit of reading. Nothing to report, and that's fine.",
        "Nothing much happened. I'm learning that ordinary days are not wasted days.",
        "Long to-do list; got through half. The other half can wait, and probably half of that can go.",
        "Watched a film with {person}. Good to switch off and think about someone else's problems for a while.",
        "Rain all day. Stayed in with a book and a blanket, and made soup that was better than it had any "
        "right to be.",
        "Sorted out some paperwork I'd been avoiding. Twenty minutes of work and a week of dread. Noted.",
    ),
    "high": (
        "Long walk by the river. I came back lighter, with cold hands and a clear head.",
        "Cooked for {person} and we talked for hours about everything except work.",
        "Productive morning, lazy afternoon. Both felt earned.",
        "Laughed a lot today. I'd forgotten how good that feels, and how long it had been.",
        "Finally fixed the bike. Rode it round the block twice, grinning like a kid.",
        "Good energy all day. Got through the hard task first, and the rest of the day felt easy.",
    ),
}
_CLOSINGS = (
    "Tomorrow: one application, one walk, one kind thing for myself.",
    "Bed by eleven.",
    "Grateful for {person} today.",
    "Enough for today.",
    "Still here, still trying. That matters.",
    "Note for future me: this feeling passes. It always has.",
    "Phone off, book on.",
)
_WIN_STORIES = {
    "offer": ("{co} called with an offer. I said I'd think about it, then did a little dance in the kitchen.",),
    "invite": ("{co} want me for the next round. The work on {skill} is paying off.",),
    "feedback": ("I asked {co} for feedback and they answered: clear, kind and specific. More depth on {skill}.",),
    "course": ("Finished another module of the {course} course. Slowly, it's becoming mine.",),
    "applied": ("Sent the application to {co}. Tailored, checked twice, and out of my hands now.",),
    "networking": ("Had coffee with someone who knows people at {co}. Easier than I feared.",),
    "win": ("My manager thanked me in front of the team for the work on {skill}.",),
    "small": (
        "Went for a run even though I didn't feel like it.",
        "Answered the email I'd been avoiding for a week.",
        "Helped {person} with their CV. I know more than I give myself credit for.",
        "Kept to my plan for the whole day.",
        "Said no to something I didn't have room for.",
        "Cooked a proper meal instead of grabbing toast.",
    ),
}
_STRENGTHS = ("persistence", "curiosity", "kindness", "preparation", "honesty", "patience", "courage", "focus")
_GRATITUDE = (
    "a warm coffee", "a message from {person}", "sunshine at lunch", "a good night's sleep", "the library",
    "a long shower", "{person} checking in", "a quiet morning", "a funny video", "fresh bread", "my own stubbornness",
)
_INTERVIEW_WELL = ("I had examples ready", "I asked good questions", "I stayed calm when I didn't know",
                   "I explained my {skill} work clearly")
_INTERVIEW_CHANGE = ("slow down when I'm nervous", "prepare a sharper answer on {skill}",
                     "bring one more question about the team", "pause before answering")
_ODDITIES = ("Note to self: [ask about team size] next time.", "Wrote [bold] KEEP GOING [/bold] on a sticky note.",
             "Typed [/] by accident, leaving it.", "A <b>bold</b> claim: I'm getting there.")
_TAG_FOR = {"rejection": "rejection", "interview": "interview", "invite": "interview", "applied": "application",
            "feedback": "feedback", "feedback_request": "feedback", "offer": "offer", "networking": "networking",
            "course": "course", "win": "work"}
# How often an event of each kind is written up as a win.
_WIN_CHANCE = {"offer": 1.0, "invite": 1.0, "feedback": 0.9, "course": 0.5, "applied": 0.25, "networking": 0.6,
               "win": 1.0}


def _names(rng: random.Random, company: str = "") -> dict[str, str]:
    """The names one entry uses, chosen once so its title and text agree."""
    return {"co": display(company or rng.choice(COMPANIES)), "person": rng.choice(PEOPLE),
            "course": rng.choice(COURSES), "skill": rng.choice(SKILLS)}


def _mood_context(index: int, since_rejection: int, searching: bool, rng: random.Random) -> str:
    if since_rejection == 0:
        return "rejection"
    if since_rejection <= 3:
        return "dip"
    if since_rejection <= 8:
        return "recovering"
    if searching and rng.random() < 0.5:
        return "search"
    return rng.choices(("low", "mid", "high"), (2, 5, 4))[0]


def _regular(rng: random.Random, context: str, company: str, last_title: str) -> tuple[str, str, list[str]]:
    names = _names(rng, company)
    title = rng.choice([t for t in _TITLES[context] if t.format(**names) != last_title]).format(**names)
    count = rng.choices((1, 2, 3, 4), (2, 4, 3, 1))[0]
    pool = list(_PARAGRAPHS[context])
    rng.shuffle(pool)
    paragraphs = [text.format(**names) for text in pool[:count]]
    if context == "interview":
        well = "\n".join(f"- {t.format(**names)}" for t in rng.sample(_INTERVIEW_WELL, 2))
        change = "\n".join(f"- {t.format(**names)}" for t in rng.sample(_INTERVIEW_CHANGE, 2))
        paragraphs.append(f"**What went well**\n\n{well}\n\n**What I'd change**\n\n{change}")
    elif context in ("dip", "low") and rng.random() < 0.4:
        things = "\n".join(f"{n}. {t.format(**names)}" for n, t in enumerate(rng.sample(_GRATITUDE, 3), start=1))
        paragraphs.append(f"Three good things, even today:\n\n{things}")
    elif context == "rejection" and rng.random() < 0.6:
        paragraphs.append(f"> {'One no is not a verdict on me.'}")
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(_CLOSINGS).format(**names))
    tags = [context] if context in ("rejection", "interview", "search") else []
    return title, "\n\n".join(paragraphs), tags


def _win(rng: random.Random, kind: str, company: str) -> tuple[str, str, list[str]]:
    names = _names(rng, company)
    title = rng.choice(_WIN_TITLES[kind]).format(**names)
    story = rng.choice(_WIN_STORIES[kind]).format(**names)
    strength = rng.choice(_STRENGTHS)
    body = f"{story}\n\nWhat this says about me: **{strength}**."
    return title, body, ["win", _TAG_FOR.get(kind, "small-win")]


def _moment(rng: random.Random, day: date, is_today: bool, evening: bool) -> datetime:
    """Mostly evenings, some mornings; a day with news is written about in the evening."""
    if is_today:
        minute = rng.randint(7 * 60 + 40, TODAY_CUTOFF.hour * 60 + TODAY_CUTOFF.minute - 5)
    else:
        minute = rng.choices((rng.randint(7 * 60, 9 * 60), rng.randint(19 * 60, 23 * 60 + 30)), (0 if evening else 1, 4))[0]
    return datetime.combine(day, time(minute // 60, minute % 60, 0 if is_today else rng.randint(0, 59))).astimezone()


def _entry(rng: random.Random, at: datetime, kind: str, title: str, body: str, tags: list[str],
           company: str) -> JournalEntry:
    title = title[:1].upper() + title[1:]
    starred = rng.random() < (0.25 if kind == WIN else 0.04)
    inline = rng.random() < 0.35
    if company and display(company) in f"{title} {body}" and rng.random() < 0.5:
        tags.append(company)
    if inline and tags:
        body += "\n\n" + " ".join(f"#{tag}" for tag in tags)  # written into the text
        tags = []
    if rng.random() < 0.02:
        body += "\n\n" + rng.choice(_ODDITIES)
    if rng.random() < 0.6:
        body = f"# {title}\n\n{body}"  # the title as a heading, the most common way
        title = ""
    elif rng.random() < 0.5:
        body = f"{title}\n\n{body}"  # the title as a plain first line
        title = ""
    return JournalEntry(body=body, at=at, title=title, tags=tuple(dict.fromkeys(tags)), kind=kind, starred=starred,
                        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), created_at=at, updated_at=at)


def journal_entries(plan: Plan, first_day: date, seed: int) -> list[JournalEntry]:
    """About one entry a day for the days of `plan` (the demo's story), oldest first."""
    rng = random.Random(f"journal-{seed}")
    days = len(plan.events)
    found: list[JournalEntry] = []
    since_rejection = 99
    last_title = ""
    for index in range(days):
        day = first_day + timedelta(days=index)
        is_today = index == days - 1
        events = plan.events[index]
        kinds = [kind for kind, _, _ in events]
        since_rejection = 0 if "rejection" in kinds else since_rejection + 1
        company = next((c for k, c, _ in events if c and k in ("rejection", "interview", "offer", "invite")), "")
        big = since_rejection == 0 or any(k in kinds for k in ("offer", "interview", "invite"))
        if not (big or is_today) and rng.random() < 0.1:
            continue  # some days go unwritten, and that is fine
        moments = sorted(_moment(rng, day, is_today, big) for _ in range(2 if rng.random() < 0.12 else 1))
        win_kind = next((k for k in kinds if k in _WIN_CHANCE and rng.random() < _WIN_CHANCE[k]), None)
        for slot, at in enumerate(moments):
            if win_kind and slot == len(moments) - 1 and since_rejection > 2:
                title, body, tags = _win(rng, win_kind, company or next((c for k, c, _ in events if k == win_kind), ""))
                kind = WIN
            elif since_rejection > 2 and rng.random() < 0.1:
                title, body, tags = _win(rng, "small", "")
                kind = WIN
            else:
                context = "interview" if "interview" in kinds and since_rejection > 0 else \
                    _mood_context(index, since_rejection, plan.search[index], rng)
                title, body, tags = _regular(rng, context, company, last_title)
                kind = ENTRY
            found.append(_entry(rng, at, kind, title, body, tags, company))
            last_title = title
    return found


def write_journal(store: Store, plan: Plan, first_day: date, seed: int) -> dict[str, int]:
    """Write the demo journal, kept writing sprints included, one write per year; returns {"journal": count}."""
    from resilience_tui.demo.sprints import writing_sprints

    entries = journal_entries(plan, first_day, seed) + writing_sprints(plan, first_day, seed)
    return {"journal": store.journal.add_many(entries)}
