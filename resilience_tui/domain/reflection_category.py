"""The goal category a worksheet's action most likely belongs to, guessed from its words.

A small keyword rule: each category has words that point to it, the category with the
most of them wins, and a tie goes to the one listed first. An action with none of them
is about the job search, which is what a worksheet's actions are for. The person can
always choose another category; their choice is kept on the action.
"""

from __future__ import annotations

import re
from functools import cache

DEFAULT = "job-search"

# A word matches with or without a plural "s"; one ending in "*" matches any ending
# ("practis*": practise, practising). "exercises" (practice tasks) counts for skills
# as well as wellbeing, so with any other skills word it goes to skills.
_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("skills", ("sql", "python", "excel", "javascript", "coding", "code", "leetcode", "kata", "course", "class",
                "lesson", "tutorial", "learn*", "study", "studying", "read", "reading", "book", "practis*", "practic*",
                "exercises", "portfolio", "project", "certif*", "workshop", "brush up", "revise", "revision",
                "interview prep*", "mock interview", "prepar*", "star answer", "star stor*", "answer", "skill",
                "understand*", "build", "function")),
    ("network", ("coffee", "reach out", "message", "mentor", "meetup", "meet-up", "contact", "introduc*", "colleague",
                 "network*", "referral", "linkedin", "former manager", "ask")),
    ("wellbeing", ("walk*", "sleep*", "rest", "break", "exercise", "gym", "go for a run", "running", "swim*", "yoga",
                   "breath*", "day off", "outside", "friend", "family", "self-care", "self care", "kind to myself",
                   "meditat*", "cook*", "relax*", "hobby", "hobbies", "nap")),
    ("mindset", ("remind*", "journal*", "celebrat*", "win", "strength", "proud", "gratitude", "grateful",
                 "write down", "note what", "positive", "affirmation", "went well")),
    ("job-search", ("apply", "applying", "application", "cv", "resume", "résumé", "cover letter", "job board",
                    "recruiter", "follow up", "follow-up", "thank-you", "thank you note", "vacanc*", "role",
                    "job alert", "shortlist")),
)


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + "s?" for w in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Compiled on first use: reading worksheets (as Today does) need not wait for them."""
    return tuple((key, _pattern(words)) for key, words in _WORDS)


def guess_category(action: str) -> str:
    """The category key ("skills", "wellbeing", ...) an action most likely belongs to."""
    counts = [(len(pattern.findall(action)), key) for key, pattern in _patterns()]
    best = max(count for count, _key in counts)
    return next(key for count, key in counts if count == best) if best else DEFAULT
