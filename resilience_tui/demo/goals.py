"""Demo goals that follow the same story as the demo check-ins.

About sixty goals a year (at most 600), most of them finished long ago; the board
as it stands on `today` reads like the weeks after the scripted final-round
rejection: ask for feedback (done), close the skill gap the feedback named (doing),
keep applying at a kind pace (weekly), look after yourself (weekly). A couple of
goals are due this week and one is overdue, so the board and Today show both.

Its own `random.Random`, seeded from the demo's seed, drives everything, so the
check-ins and the journal stay exactly as they were and the goals are deterministic.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_tui.demo.common import COMPANIES, COURSES, PEOPLE, SKILLS, display
from resilience_tui.demo.plan import Plan
from resilience_tui.domain.day_words import week_start
from resilience_tui.domain.goal import DOING, DONE, TODO, Goal, Step

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

__all__ = ["demo_goals", "write_goals"]

PER_YEAR = 60
MAX_GOALS = 600

_PAST = {
    "job-search": (
        "Apply to {co}", "Tailor my CV for the {co} role", "Prepare for the {co} interview", "Send three applications",
        "Follow up with the recruiter at {co}", "Research {co} before applying", "Practise interview answers out loud",
    ),
    "skills": (
        "Finish a module of the {course} course", "Watch a talk on {skill}", "Build a small {skill} project",
        "Read a chapter on {skill}", "Sign up for a {course} workshop",
    ),
    "network": (
        "Coffee chat with {person}", "Message an old colleague about {co}", "Go to a meetup",
        "Thank {person} for the introduction", "Tidy up my LinkedIn profile",
    ),
    "wellbeing": (
        "Walk every morning this week", "Bed by eleven, five nights", "Cook something new",
        "A whole day off from job boards", "Swim twice this week", "Call {person}",
    ),
    "mindset": (
        "Write down three things that went well", "Reread my wins list", "Note what went well in the {co} interview",
        "Write a kind note to myself", "List five strengths other people have seen in me",
        "Reread notes from '[b]Deep Work[/b]', chapter 3 [/]",
    ),
}
_WEIGHTS = {"job-search": 30, "skills": 25, "network": 15, "wellbeing": 15, "mindset": 15}
_STEPS = ("Make a start", "Half way", "Finish it", "Look back on it")


class _Maker:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def moment(self, day: date, earliest: int = 8, latest: int = 22) -> datetime:
        """A local time on `day`; `today` only gets the early morning, like the check-ins."""
        hour = self.rng.randint(7, 8) if day >= self.today else self.rng.randint(earliest, latest - 1)
        return datetime.combine(day, time(hour, self.rng.randint(0, 59))).astimezone()

    def fill(self, text: str, **known: str) -> str:
        values = dict(co=display(self.rng.choice(COMPANIES)), course=self.rng.choice(COURSES),
                      skill=self.rng.choice(SKILLS), person=self.rng.choice(PEOPLE))
        values.update(known)
        return text.format(**values)

    def goal(self, title: str, category: str, column: str, created: date, *, due: date | None = None,
             steps: tuple[Step, ...] = (), notes: str = "", weekly: bool = False, week_of: date | None = None,
             weeks_done: tuple[date, ...] = (), finished_at: datetime | None = None) -> Goal:
        created_at = self.moment(created)
        return Goal(
            title=title, category=category, column=column, due=due, steps=steps, notes=notes, weekly=weekly,
            week_of=week_of, weeks_done=weeks_done, finished_at=finished_at,
            id=str(uuid.UUID(int=self.rng.getrandbits(128), version=4)),
            created_at=created_at, updated_at=finished_at or created_at,
        )


def _story(plan: Plan, days: int) -> tuple[str, str]:
    """The company of the last rejection and the skill its feedback named, as the check-ins tell it."""
    company, skill = COMPANIES[0], SKILLS[0]
    for index in range(days - 1, max(-1, days - 30), -1):
        for kind, co, note in plan.events[index]:
            if kind == "rejection" and co:
                company = co
                skill = next((s for s in SKILLS if s in note), skill)
                return display(company), skill
    return display(company), skill


def _weeks_done(rng: random.Random, first: date, last: date, chance: float) -> tuple[date, ...]:
    weeks, monday = [], week_start(first) + timedelta(days=7)
    while monday < last:
        if rng.random() < chance:
            weeks.append(monday)
        monday += timedelta(days=7)
    return tuple(weeks)


def _current(make: _Maker, company: str, skill: str, today: date) -> list[Goal]:
    """The board as it stands today: To do, Doing, and the last week's finishes."""
    rng, this_week, days_left = make.rng, week_start(today), 6 - today.weekday()
    soon, sooner = today + timedelta(days=min(2, days_left)), today + timedelta(days=min(1, days_left))
    course = rng.choice(COURSES)
    walk_days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

    def back(n: int) -> date:
        return today - timedelta(days=n)

    return [
        make.goal("Apply to three roles that fit this week", "job-search", TODO, back(150), weekly=True, week_of=this_week,
                  steps=(Step("First application", True), Step("Second application"), Step("Third application")),
                  weeks_done=_weeks_done(rng, back(150), this_week, 0.6)),
        make.goal(f"Ask {rng.choice(PEOPLE)} to look over my CV", "network", TODO, back(5), due=soon),
        make.goal(f"Build a small {skill} project to show", "skills", TODO, back(4), due=today + timedelta(days=16),
                  steps=(Step("Pick an idea"), Step("Make the smallest version"), Step("Write it up")),
                  notes=f"The {company} feedback named {skill}. A small, finished project beats a big plan."),
        make.goal(f"Update my portfolio with the {course} work", "job-search", TODO, back(12)),
        make.goal("Reread notes from '[b]Deep Work[/b]', chapter 3 [/]", "mindset", TODO, back(20)),
        make.goal("Write down three things that went well", "mindset", TODO, back(90), weekly=True, week_of=this_week,
                  steps=tuple(Step(n, i < min(2, today.weekday())) for i, n in enumerate(("One", "Two", "Three"))),
                  weeks_done=_weeks_done(rng, back(90), this_week, 0.7)),
        make.goal(f"Finish the {skill} course", "skills", DOING, back(6), due=sooner,
                  steps=tuple(Step(f"Module {n}", n <= 4) for n in range(1, 7))),
        make.goal("Ask two former colleagues for a coffee chat", "network", DOING, back(10), due=back(3),
                  steps=(Step("Message Jonas", True), Step("Message Mei"))),
        make.goal("Get outside for a walk, five mornings this week", "wellbeing", DOING, back(60), weekly=True,
                  week_of=this_week, weeks_done=_weeks_done(rng, back(60), this_week, 0.5),
                  steps=tuple(Step(day, i < today.weekday() and rng.random() < 0.8) for i, day in enumerate(walk_days))),
        make.goal(f"Ask {company} for feedback", "job-search", DONE, back(8), finished_at=make.moment(back(7), 19)),
        make.goal(f"Note what went well in the {company} interview, and one thing to change", "mindset", DONE,
                  back(7), finished_at=make.moment(back(6), 19)),
        make.goal(f"Call {rng.choice(PEOPLE)}", "wellbeing", DONE, back(4), finished_at=make.moment(back(2), 18)),
    ]


def demo_goals(plan: Plan, first_day: date, seed: int, today: date) -> list[Goal]:
    rng = random.Random(f"goals-{seed}")
    make = _Maker(rng, today)
    days = len(plan.events)
    company, skill = _story(plan, days)
    goals = _current(make, company, skill, today)
    earlier = min(MAX_GOALS, PER_YEAR * max(1, round(days / 365))) - len(goals)
    span = max(1, days - 40)  # the past goals end before the scripted weeks begin
    categories, weights = list(_WEIGHTS), list(_WEIGHTS.values())
    for n in range(max(0, earlier)):
        created = first_day + timedelta(days=(n * span) // max(1, earlier) + rng.randint(0, 3))
        cat = rng.choices(categories, weights)[0]
        took = rng.randint(1, 21)
        steps = tuple(Step(text, True) for text in _STEPS[: rng.randint(2, 4)]) if rng.random() < 0.3 else ()
        due = created + timedelta(days=took + rng.randint(-3, 7)) if rng.random() < 0.4 else None
        goals.append(make.goal(make.fill(rng.choice(_PAST[cat])), cat, DONE, created, steps=steps, due=due,
                               finished_at=make.moment(min(created + timedelta(days=took), today - timedelta(days=30)))))
    return _positions(goals)


def _finished(goal: Goal) -> datetime:
    """When a Done goal was finished; every demo goal in Done has the time set."""
    if goal.finished_at is None:
        raise ValueError(f"demo goal {goal.title!r} is done but has no finished_at")
    return goal.finished_at


def _positions(goals: list[Goal]) -> list[Goal]:
    """Number each column from the top: Done newest first, the others as listed."""
    placed = []
    for column in (TODO, DOING, DONE):
        members = [g for g in goals if g.column == column]
        if column == DONE:
            members.sort(key=_finished, reverse=True)
        placed += [replace(goal, position=index) for index, goal in enumerate(members)]
    return placed


def write_goals(store: Store, plan: Plan, first_day: date, seed: int) -> dict[str, int]:
    """Write the demo goals in one write; returns {"goals": count}."""
    today = first_day + timedelta(days=len(plan.events) - 1)
    return {"goals": store.goals.add_many(demo_goals(plan, first_day, seed, today))}
