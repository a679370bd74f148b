"""The demo's story, day by day: settled stretches, job searches, and the scripted last weeks.

`make_plan(rng, days)` decides what happens on each day (applications,
interviews, rejections, feedback, offers, courses) before any record is made;
the check-ins, applications, journal and goals are all written from it.
"""

from __future__ import annotations

import random

from resilience_tui.demo.common import COMPANIES, SCRIPT_DAYS, SKILLS

__all__ = ["Plan", "make_plan"]


class Plan:
    """What happens on each day: whether a search is on, and the day's events."""

    def __init__(self, days: int) -> None:
        self.search = [False] * days
        # (kind, company, note); an empty note means "compose one".
        self.events: list[list[tuple[str, str, str]]] = [[] for _ in range(days)]

    def add(self, day: int, kind: str, company: str = "", note: str = "") -> None:
        if 0 <= day < len(self.events):
            self.events[day].append((kind, company, note))


def make_plan(rng: random.Random, days: int) -> Plan:
    plan = Plan(days)
    script_start = max(0, days - SCRIPT_DAYS)
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


def _search(rng: random.Random, plan: Plan, start: int, end: int) -> None:
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


def _settled(rng: random.Random, plan: Plan, start: int, end: int) -> None:
    course_weeks = start + rng.randint(20, 80)
    for day in range(start, end):
        if course_weeks <= day < course_weeks + 42 and rng.random() < 0.25:
            plan.add(day, "course")
        elif rng.random() < 0.02:
            plan.add(day, "win")
        elif rng.random() < 0.008:
            plan.add(day, "networking", rng.choice(COMPANIES))


def _script(rng: random.Random, plan: Plan, days: int) -> None:
    """The last weeks: a search, a final-round rejection 9 days ago, a dip, feedback, recovery."""
    end = days - 1  # index of today
    start = max(0, days - SCRIPT_DAYS)
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


