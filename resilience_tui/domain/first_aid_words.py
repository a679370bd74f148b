"""What first aid says: the self-compassion break's three steps and the writing sprint's notes.

Written to be kind: nothing to get right, nothing that blames, and every step optional.
"""

from __future__ import annotations

BREAK_STEPS: tuple[tuple[str, str], ...] = (
    ("This is a hard moment.",
     "Hearing no after you hoped for yes hurts. You don't need to talk yourself out of it. "
     "If it helps, put a hand on your chest, breathe out slowly, and say to yourself: "
     "this is hard right now."),
    ("Many people go through this.",
     "Almost everyone who looks for work hears no, often many times, including people you admire. "
     "Feeling low after one is part of being human, not a sign that something is wrong with you."),
    ("Be kind to yourself now.",
     "What would you say to a good friend who had just had this news? Try saying something like it "
     "to yourself: \"I tried, and that took courage. I can go gently today.\""),
)

BREAK_INTRO = ("A self-compassion break: three short steps, one at a time. "
               "Take as long as you like on each, or skip it.")
BREAK_END = ("That's the break. However it felt is fine. "
             "If you'd like, a check-in can put today's feelings into words.")

SPRINT_INTRO = (
    "Write about the rejection and how it feels, as freely as you can: what happened, what it touched, "
    "whatever comes. Spelling, grammar and order don't matter, and nobody else will read it.\n\n"
    "People who lost a job and wrote like this for a few days found new work sooner than those who didn't "
    "(Spera, Buhrfeind and Pennebaker, 1994). It is fine to feel a bit stirred up afterwards; that usually passes."
)
SPRINT_PRIVACY = (
    "What you write here is held in memory only: no draft, no autosave, no backup. "
    "At the end you choose: keep it as a private journal entry, or let it go and it is cleared for good."
)
SPRINT_NOT_OFFERED = ("The writing sprint is offered in the four days after a rejection. "
                      "The Journal is open any time you would like to write.")
TIME_UP = "Time's up. Finish your sentence if you like, then escape when you are ready to choose."
LET_GO = "Let go. Nothing you wrote was saved anywhere, and it is cleared now."
KEPT = "Kept in your journal, private like every entry, tagged #writing-sprint."
