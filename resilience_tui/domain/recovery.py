"""The recovery path after a rejection: the six coping strategies as steps, each marked
done from the records the person already keeps.

`recovery_path` takes whatever exists. Records are read by their fields only (duck
typing), so reflections and journal wins plug in as those areas arrive:
A step counts only by a record linked to this rejection or made clearly after it (on a
later day than the one the news came), and its words name that record:
- check-ins: `at`, `application_id`
- feedback requests: `application_id`, `status`, `id`
- reflections: `application_id`, and `status` (a draft counts as done: it exists; it is worded as started)
- goals: `title`, `category`, `source` (`kind`, `id`) or None
- wins: `at`
- applications: `id`, `title`, `applied_on`, `created_at`
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from resilience_tui.domain.application import Application
from resilience_tui.domain.first_aid import FirstAidStep
from resilience_tui.domain.strategies import STRATEGIES

if TYPE_CHECKING:  # type names only: making Protocol classes costs time at import
    from typing import Protocol

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


POSITIVE_CATEGORIES = ("wellbeing", "mindset")  # a linked goal in either is a kind step
POSITIVE_CATEGORY = "wellbeing"  # the category of the goal step 4 adds
SKILLS_CATEGORY = "skills"
_STRATEGY = {s.key: s.title for s in STRATEGIES}
# Each step is named as its strategy is everywhere else; the reflect step follows the stage reached.
STEP_TITLES = {"acknowledge": _STRATEGY["acknowledge"], "ask": _STRATEGY["feedback"], "reflect": _STRATEGY["reflect"],
               "positive": _STRATEGY["positive"], "persist": _STRATEGY["persist"], "grow": _STRATEGY["grow"]}


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
    # An optional line under step 1 (domain/first_aid.py): never one of the six, never in the count.
    first_aid: FirstAidStep | None = None

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


def _when(moment: datetime) -> str:
    return f"{_short(moment.date())} at {moment.strftime('%H:%M')}"


def _quoted(text: str) -> str:
    return f'"{_one_line(text, 60)}"'


def reflect_title(application: Application) -> str:
    """Step 3's name for how far it got: there is no interview to reflect on after an application alone."""
    if application.stage == "applied":
        return "Look back at the application"
    if application.stage == "screening":
        return "Reflect on the screening call"
    return STEP_TITLES["reflect"]


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
    first_aid: FirstAidStep | None = None,
) -> RecoveryPath:
    """The six steps for a rejected `application`, from the records given.

    `can_reflect` says whether a reflection worksheet exists to open; without it the
    reflect step suggests writing a few lines in a check-in instead.
    """
    since = application.rejected_on
    app_id = application.id
    feedback = list(feedback)
    linked_requests = {r.id for r in feedback if r.application_id == app_id}

    def goal_link(goal: _Goal) -> str:
        """How a goal is linked to this rejection, in words, or "" when it is not."""
        source = getattr(goal, "source", None)
        if source is None:
            return ""
        if source.kind == "application" and source.id == app_id:
            return "linked to this application"
        if source.kind == "feedback" and source.id in linked_requests:
            return "from the feedback on it"
        return ""

    def later(moment: date) -> bool:
        """Clearly after the news: on a later day than the one they heard back."""
        return since is not None and _day(moment) > since

    steps = [
        _acknowledge(app_id, since, list(checkins), later),
        _ask(app_id, feedback),
        _reflect(application, list(reflections), can_reflect),
    ]
    # 4. be kind to yourself: a kind goal linked to it, or a win since
    kind_goals = [g for g in goals if _goal_category(g) in POSITIVE_CATEGORIES and goal_link(g)]
    recent_wins = sorted((w for w in wins if later(w.at)), key=lambda w: w.at)
    title = STEP_TITLES["positive"]
    if kind_goals:
        words = f"Goal {_quoted(kind_goals[0].title)}, {goal_link(kind_goals[0])}."
        steps.append(RecoveryStep(4, "positive", title, True, words, "add another goal"))
    elif recent_wins:
        words = f"You noted a win on {_short(recent_wins[0].at.date())}, after hearing back."
        steps.append(RecoveryStep(4, "positive", title, True, words, "add a self-care goal"))
    else:
        steps.append(RecoveryStep(4, "positive", title, False,
                                  "One rejection is one decision, not a judgement of you. A small kind goal helps.",
                                  "add a self-care goal"))
    # 5. keep going: an application made after the day of the news
    newer = [a for a in applications if a.id != app_id and later(a.applied_on or a.created_at.date())]
    title = STEP_TITLES["persist"]
    if newer:
        first_new = min(newer, key=lambda a: a.applied_on or a.created_at.date())
        verb = "applied to" if first_new.applied_on else "logged an application to"
        words = f"You {verb} {_one_line(first_new.title, 60)} on {_short(first_new.applied_on or first_new.created_at.date())}."
        steps.append(RecoveryStep(5, "persist", title, True, words, "add an application"))
    else:
        steps.append(RecoveryStep(5, "persist", title, False,
                                  "When you're ready, one new application at a pace you can keep.", "add an application"))
    # 6. keep growing: a skills goal linked to it
    skills = [g for g in goals if _goal_category(g) == SKILLS_CATEGORY and goal_link(g)]
    title = STEP_TITLES["grow"]
    if skills:
        words = f"Goal {_quoted(skills[0].title)}, {goal_link(skills[0])}."
        steps.append(RecoveryStep(6, "grow", title, True, words, "add another skills goal"))
    else:
        steps.append(RecoveryStep(6, "grow", title, False,
                                  "Pick one skill that would bring you closer to the role you want.", "add a skills goal"))
    return RecoveryPath(application, tuple(steps), first_aid)


def _acknowledge(app_id: str, since: date | None, checkins: list[_Dated], later: Callable[[date], bool]) -> RecoveryStep:
    """A check-in about it since the news, or else the first check-in on a later day, said as such."""
    title = STEP_TITLES["acknowledge"]
    about = sorted((c for c in checkins if getattr(c, "application_id", None) == app_id
                    and (since is None or _day(c.at) >= since)), key=lambda c: c.at)
    if about:
        return RecoveryStep(1, "acknowledge", title, True, f"You checked in about it on {_when(about[0].at)}.",
                            "check in again")
    after = sorted((c for c in checkins if later(c.at)), key=lambda c: c.at)
    if after:
        return RecoveryStep(1, "acknowledge", title, True,
                            f"Your first check-in after hearing back, on {_when(after[0].at)}.", "check in about it")
    return RecoveryStep(1, "acknowledge", title, False,
                        "A quick check-in names how this feels. It often takes a little of the weight away.",
                        "check in about it")


def _ask(app_id: str, feedback: list[_Request]) -> RecoveryStep:
    title = STEP_TITLES["ask"]
    requests = [r for r in feedback if r.application_id == app_id]
    sent = [r for r in requests if r.status != "draft"]
    if sent:
        replied = [r for r in sent if r.status == "replied"]
        words = "They replied with feedback." if replied else "You asked for feedback."
        return RecoveryStep(2, "ask", title, True, words, "open the request")
    if requests:
        return RecoveryStep(2, "ask", title, False, "A draft is waiting. Sending it is up to you.", "open the draft")
    return RecoveryStep(2, "ask", title, False, "A short, polite note can turn a no into something useful.",
                        "draft a request")


def _reflect(application: Application, reflections: list[object], can_reflect: bool) -> RecoveryStep:
    title = reflect_title(application)
    applied_only = application.stage == "applied"
    reflected = [r for r in reflections if getattr(r, "application_id", None) == application.id]
    finished = [r for r in reflected if getattr(r, "status", "complete") != "draft"]
    if finished:
        return RecoveryStep(3, "reflect", title, True,
                            "You looked back on it." if applied_only else "You reflected on it.", "open it")
    if reflected:
        # A worksheet that exists counts: starting to look back is the step.
        return RecoveryStep(3, "reflect", title, True, "You started a reflection. Finish it whenever you like.",
                            "continue the reflection")
    if applied_only:
        words = ("When you feel ready: what your application did well, and what you might change for the next one."
                 if can_reflect else "When you feel ready: one thing your application did well, and one to change.")
    else:
        words = ("When you feel ready: what went well, and what you might do differently."
                 if can_reflect else "When you feel ready: one thing that went well, and one to change.")
    return RecoveryStep(3, "reflect", title, False, words, "start a reflection" if can_reflect else "write it in a check-in")


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def positive_goal_title(application: Application) -> str:
    """A wellbeing goal for the days after this rejection (one line, short enough for a goal title)."""
    return f"Do one kind thing for myself this week, after {_one_line(application.company, 80) or 'that application'}"


@dataclass(frozen=True)
class GoalSuggestion:
    """A goal offered for the person to change before it is saved."""

    title: str
    category: str
    notes: str


_WORD = r"[A-Za-z0-9+#./-]+"
_NOUN = r"experience|skills?|knowledge|expertise|background|depth"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use: only a rejection's reason needs them."""
    # "more SQL experience", "stronger stakeholder skills", "more research depth"
    more_of = re.compile(rf"\b(?:more|stronger|deeper|better|broader|further)\s+(?P<skill>{_WORD}(?:\s+{_WORD}){{0,3}}?)"
                         rf"\s+(?P<noun>{_NOUN})\b", re.IGNORECASE)
    # "experience with Kubernetes", "knowledge of accessibility"
    noun_of = re.compile(rf"\b(?P<noun>{_NOUN})\s+(?P<join>with|in|of)\s+(?P<skill>{_WORD}(?:\s+{_WORD}){{0,3}})",
                         re.IGNORECASE)
    return more_of, noun_of
_STOP = {"than", "and", "or", "for", "who", "which", "that", "but", "so", "as", "because", "compared", "at", "on", "to",
         "the", "a", "an", "this", "their", "our", "your", "my", "me", "you", "we", "they", "i", "was", "were", "is",
         "are", "had", "has", "have", "would", "could", "seemed", "felt", "not", "wasn't", "isn't"}


def _skill_words(words: str) -> str:
    """The skill itself: the words up to the first that joins on something else ("than", "for", ...)."""
    kept: list[str] = []
    for word in words.split():
        if word.casefold() in _STOP:
            break
        kept.append(word.strip(".,;:!?"))
    return " ".join(w for w in kept if w)


def skill_named(reason: str) -> str | None:
    """'SQL experience' from "They went with someone with more SQL experience"; None if no skill is named."""
    text = " ".join(reason.split())
    more_of, noun_of = _patterns()
    more = more_of.search(text)
    if more:
        skill = _skill_words(more["skill"])
        if skill and skill.casefold() not in _STOP:
            return _one_line(f"{skill} {more['noun'].casefold()}", 60)
    of = noun_of.search(text)
    if of:
        skill = _skill_words(of["skill"])
        if skill:
            return _one_line(f"{of['noun'].casefold()} {of['join'].casefold()} {skill}", 60)
    return None


def skills_goal(application: Application) -> GoalSuggestion:
    """A forward-looking skills goal: the skill their reason names, if it names one; the reason itself
    goes into the notes, never into the title on the board."""
    skill = skill_named(application.reason)
    ahead = "application" if application.stage == "applied" else "interview"
    title = f"Build up {skill}" if skill else f"Practise one skill for the next {ahead}"
    reason = " ".join(application.reason.split())
    company = _one_line(application.company, 60) or "them"
    notes = f"What {company} said: {reason}" if reason else ""
    return GoalSuggestion(title, SKILLS_CATEGORY, notes)
