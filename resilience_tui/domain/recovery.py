"""The recovery path after a rejection: the six coping strategies as steps, each marked
done from the records the person already keeps.

`recovery_path` takes whatever exists. Records are read by their fields only (duck
typing), so reflections and journal wins plug in as those areas arrive:
- check-ins: `at`, `application_id`
- feedback requests: `application_id`, `status`, `id`
- reflections: `application_id`, and `status` (a draft counts as done: it exists; it is worded as started)
- goals: `category`, `source` (`kind`, `id`) or None, `created_at`
- wins: `at`
- applications: `id`, `applied_on`, `created_at`
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from resilience_tui.domain.application import Application

POSITIVE_CATEGORIES = ("wellbeing", "mindset")
SKILLS_CATEGORY = "skills"


# The fields read from each kind of record (see the module docstring); the rest is read with getattr.
class _Dated(Protocol):
    """A check-in or a win."""

    @property
    def at(self) -> datetime: ...


class _Request(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def application_id(self) -> str | None: ...

    @property
    def status(self) -> str: ...


class _Goal(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def created_at(self) -> datetime: ...


@dataclass(frozen=True)
class RecoveryStep:
    number: int
    key: str  # acknowledge, ask, reflect, positive, persist, grow
    title: str
    done: bool
    words: str  # what was done, or a kind line on what would help
    action: str  # what pressing the step's number does, in a few words


@dataclass(frozen=True)
class RecoveryPath:
    application: Application
    steps: tuple[RecoveryStep, ...]

    @property
    def done_count(self) -> int:
        return sum(step.done for step in self.steps)

    @property
    def next_step(self) -> RecoveryStep | None:
        return next((step for step in self.steps if not step.done), None)

    @property
    def summary(self) -> str:
        count = self.done_count
        if count == len(self.steps):
            return "All six steps taken. That is real resilience."
        if count == 0:
            return "No steps yet, and that's fine: start with whichever feels easiest."
        return f"{count} of {len(self.steps)} steps taken."


def _day(moment: date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _short(day: date) -> str:
    return day.strftime("%a %d %b")


def _goal_category(goal: object) -> str:
    return str(getattr(goal, "category", "")).replace("-", " ")


def recovery_path(
    application: Application,
    *,
    checkins: Iterable[_Dated] = (),
    feedback: Iterable[_Request] = (),
    reflections: Iterable[object] = (),
    goals: Iterable[_Goal] = (),
    wins: Iterable[_Dated] = (),
    applications: Iterable[Application] = (),
    can_reflect: bool = False,
) -> RecoveryPath:
    """The six steps for a rejected `application`, from the records given.

    `can_reflect` says whether a reflection worksheet exists to open; without it the
    reflect step suggests writing a few lines in a check-in instead.
    """
    since = application.rejected_on
    app_id = application.id
    feedback = list(feedback)
    linked_requests = {r.id for r in feedback if r.application_id == app_id}

    def is_linked_goal(goal: _Goal) -> bool:
        source = getattr(goal, "source", None)
        if source is None:
            return False
        return (source.kind == "application" and source.id == app_id) or (
            source.kind == "feedback" and source.id in linked_requests)

    def after(moment: date) -> bool:
        return since is not None and _day(moment) >= since

    steps = []
    # 1. acknowledge
    about = [c for c in checkins if getattr(c, "application_id", None) == app_id or after(c.at)]
    about.sort(key=lambda c: c.at)
    if about:
        named = [c for c in about if getattr(c, "application_id", None) == app_id]
        first = (named or about)[0]
        words = f"You checked in on {_short(first.at.date())}" + (", about this one." if named else ".")
        steps.append(RecoveryStep(1, "acknowledge", "Acknowledge your feelings", True, words, "check in again"))
    else:
        steps.append(RecoveryStep(1, "acknowledge", "Acknowledge your feelings", False,
                                  "A quick check-in names how this feels. It often takes a little of the weight away.",
                                  "check in about it"))
    # 2. ask for feedback
    requests = [r for r in feedback if r.application_id == app_id]
    sent = [r for r in requests if r.status != "draft"]
    if sent:
        replied = [r for r in sent if r.status == "replied"]
        words = "They replied with feedback." if replied else "You asked for feedback."
        steps.append(RecoveryStep(2, "ask", "Ask for feedback", True, words, "open the request"))
    elif requests:
        steps.append(RecoveryStep(2, "ask", "Ask for feedback", False,
                                  "A draft is waiting. Sending it is up to you.", "open the draft"))
    else:
        steps.append(RecoveryStep(2, "ask", "Ask for feedback", False,
                                  "A short, polite note can turn a no into something useful.", "draft a request"))
    # 3. reflect
    reflected = [r for r in reflections if getattr(r, "application_id", None) == app_id]
    finished = [r for r in reflected if getattr(r, "status", "complete") != "draft"]
    if finished:
        steps.append(RecoveryStep(3, "reflect", "Reflect on the interview", True, "You reflected on it.", "open it"))
    elif reflected:
        # A worksheet that exists counts: starting to look back is the step.
        steps.append(RecoveryStep(3, "reflect", "Reflect on the interview", True,
                                  "You started a reflection. Finish it whenever you like.", "continue the reflection"))
    elif can_reflect:
        steps.append(RecoveryStep(3, "reflect", "Reflect on the interview", False,
                                  "When you feel ready: what went well, and what you might do differently.",
                                  "start a reflection"))
    else:
        steps.append(RecoveryStep(3, "reflect", "Reflect on the interview", False,
                                  "When you feel ready: one thing that went well, and one to change.",
                                  "write it in a check-in"))
    # 4. positive mindset: a win, or a wellbeing or mindset goal
    kind_goals = [g for g in goals if _goal_category(g) in POSITIVE_CATEGORIES and (is_linked_goal(g) or after(g.created_at))]
    recent_wins = [w for w in wins if after(w.at)]
    if kind_goals or recent_wins:
        words = (f'Goal: "{kind_goals[0].title}".' if kind_goals else f"You noted a win on {_short(recent_wins[0].at.date())}.")
        steps.append(RecoveryStep(4, "positive", "Keep a positive mindset", True, words, "add another goal"))
    else:
        steps.append(RecoveryStep(4, "positive", "Keep a positive mindset", False,
                                  "One rejection is one decision, not a judgement of you. A small kind goal helps.",
                                  "add a self-care goal"))
    # 5. keep going: a newer application
    newer = [a for a in applications if a.id != app_id and since is not None
             and (a.applied_on or a.created_at.date()) >= since]
    if newer:
        first_new = min(newer, key=lambda a: a.applied_on or a.created_at.date())
        steps.append(RecoveryStep(5, "persist", "Keep going", True, f"You applied to {first_new.company} since.",
                                  "add an application"))
    else:
        steps.append(RecoveryStep(5, "persist", "Keep going", False,
                                  "When you're ready, one new application at a pace you can keep.", "add an application"))
    # 6. keep growing: a skills goal
    skills = [g for g in goals if _goal_category(g) == SKILLS_CATEGORY and (is_linked_goal(g) or after(g.created_at))]
    if skills:
        steps.append(RecoveryStep(6, "grow", "Keep growing", True, f'Goal: "{skills[0].title}".', "add another skills goal"))
    else:
        steps.append(RecoveryStep(6, "grow", "Keep growing", False,
                                  "Pick one skill that would bring you closer to the role you want.", "add a skills goal"))
    return RecoveryPath(application, tuple(steps))


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def positive_goal_title(application: Application) -> str:
    """A mindset goal for after this rejection (one line, short enough for a goal title)."""
    return f"Write down three things I did well with {_one_line(application.company, 80) or 'that application'}"


def skills_goal_title(application: Application) -> str:
    """A skills goal, built on the reason they gave if there was one."""
    if application.reason.strip():
        return f"Grow after {_one_line(application.company, 60)}: {_one_line(application.reason, 100)}"
    return f"Learn one thing that would help for roles like {_one_line(application.role, 80) or 'this one'}"
