"""Demo writing sprints: first aid's free writing, kept as journal entries after some of the story's rejections.

Each is tagged `#writing-sprint` and dated the evening of the news or the day after, so the
rejection's recovery path shows first aid as taken. Its own `random.Random` (seeded from the
demo's seed) chooses them, so every other part of the demo stays exactly as it was.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta

from resilience_tui.demo.common import PEOPLE, SKILLS, display
from resilience_tui.demo.plan import Plan
from resilience_tui.domain.first_aid import SPRINT_TAG, SPRINT_TITLE
from resilience_tui.domain.journal import JournalEntry

__all__ = ["writing_sprints"]

_OPENINGS = (
    "I don't really know where to start, so I'll start with the email from {co}.",
    "Fifteen minutes. Okay. {co} said no and I want to get it out of my head and onto something.",
    "What I keep coming back to is the moment I saw the subject line from {co}.",
)
_MIDDLES = (
    "I wanted this one more than I let myself admit. I'd already imagined the desk, the team, the walk in.",
    "Part of me says I should have been better at {skill}. Another part says I did well to get that far.",
    "It touched the old worry that I'm not good enough. Writing it down, it looks smaller than it feels.",
    "I'm angry, a bit, and tired, and also strangely relieved that the waiting is over.",
    "I told {person} and they didn't try to fix it, which was exactly what I needed.",
    "Money is in there too. It's not only about pride. I'm allowed to be worried about that.",
)
_ENDINGS = (
    "I think I'm done for now. Tomorrow I'll be gentle with myself.",
    "That's the time. I feel a bit lighter, or at least emptier, which is a kind of lighter.",
    "Still sore. But this one no is not the whole story.",
)
_CHANCE = 0.6  # how often a rejection earlier in the story has a kept sprint


def writing_sprints(plan: Plan, first_day: date, seed: int) -> list[JournalEntry]:
    """Kept sprints after some rejections (always after the scripted last one), oldest first."""
    rng = random.Random(f"sprints-{seed}")
    days = len(plan.events)
    rejections = [(index, company) for index, events in enumerate(plan.events)
                  for kind, company, _ in events if kind == "rejection"]
    found: list[JournalEntry] = []
    for number, (index, company) in enumerate(rejections):
        last = number == len(rejections) - 1
        if not last and rng.random() >= _CHANCE:
            continue
        day_index = index + rng.choice((0, 1))
        if day_index >= days - 1:  # never on today: today's entries stop at the morning's cut-off
            continue
        names = {"co": display(company) if company else "them", "skill": rng.choice(SKILLS),
                 "person": rng.choice(PEOPLE)}
        middle = rng.sample(_MIDDLES, 3)
        body = "\n\n".join([rng.choice(_OPENINGS), *middle, rng.choice(_ENDINGS)]).format(**names)
        day = first_day + timedelta(days=day_index)
        at = datetime.combine(day, time(21, rng.randint(0, 45), rng.randint(0, 59))).astimezone()
        found.append(JournalEntry(body=body, at=at, title=SPRINT_TITLE, tags=(SPRINT_TAG,),
                                  id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), created_at=at,
                                  updated_at=at))
    return found
