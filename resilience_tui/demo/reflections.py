"""Demo reflection worksheets that follow the demo applications' story.

Most rejections after an interview get a worksheet a few days later, most of them
complete, some left as drafts (as real ones are); a general look back each season.
The most recent interview rejection (the scripted final round) has a draft in
progress, its actions linked to the goals on the board that came out of it. Stories
and thinking traps come from small pools, so the story bank has answers to the
same questions from different interviews.

Its own `random.Random`, seeded from the demo's seed, drives everything, so the
other areas stay exactly as they were. Written after the goals, which it reads.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from resilience_tui.demo.common import COURSES, PEOPLE, SKILLS
from resilience_tui.domain.application import Application
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.reflection import COMPLETE, DRAFT, Action, Reflection, Story, Thought

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

__all__ = ["write_reflections"]

_STORIES = (
    ("Tell me about a time you disagreed with a colleague.",
     "Two teams wanted the same release window for different fixes.",
     "I had to agree a plan without either lead feeling overruled.",
     "I wrote both options on one page with their risks side by side, and asked each lead what they could live with.",
     "We shipped both a week apart. The page became our template for release planning."),
    ("Describe a project that didn't go to plan.",
     "A data migration I led ran two weeks late.",
     "I needed to get it back on track and keep the business informed.",
     "I split the remaining work into daily checkpoints and sent a short status note every Friday.",
     "It landed with no data lost, and I learned to plan for the unknowns up front."),
    ("How do you handle a tight deadline?",
     "A client demo moved forward by a week.",
     "We had to cut scope without cutting quality.",
     "I listed every feature by how much the client would notice it, and we agreed the bottom three could wait.",
     "The demo went well, and the client signed the next phase."),
    ("Tell me about a time you led without authority.",
     "Our on-call rota was burning people out, and nobody owned it.",
     "I wanted a fairer rota, though I wasn't a manager.",
     "I gathered a month of alert data, proposed a new rota at the team retro, and offered to trial it first.",
     "Night pages halved within two months, and the team kept the rota."),
    ("Tell me about a time you had to learn something quickly.",
     "A week before launch, the engineer who knew {skill} left.",
     "Someone had to understand it well enough to ship.",
     "I paired with a colleague from another team for two days and wrote down everything I learned as I went.",
     "We launched on time, and my notes became the team's guide to {skill}."),
    ("Describe a time you improved a process.",
     "Code reviews were taking three days on average.",
     "I wanted reviews to be quicker without being careless.",
     "I suggested smaller pull requests and a daily review slot, and set up a simple dashboard.",
     "Reviews came down to under a day, and people said they felt less blocked."),
    ("Tell me about a mistake you made.",
     "I pushed a config change on a Friday that broke logins for some users.",
     "I had to fix it fast and own it.",
     "I rolled it back within ten minutes, wrote an honest incident note, and added a check so it couldn't happen again.",
     "No data was lost, and the check has caught two similar changes since."),
    ("How do you explain technical work to people who aren't technical?",
     "Our finance team needed to approve a costly infrastructure change.",
     "I had to explain why it mattered, without jargon.",
     "I compared it to replacing a leaking roof before winter, and showed the cost of doing nothing.",
     "They approved it in one meeting."),
)
_OTHER_QUESTIONS = ("Why do you want to work here?", "Walk me through your CV.", "What are you looking for in your next role?",
                    "Where do you see yourself in a few years?", "What would your last manager say about you?",
                    "How would you design a URL shortener?", "Do you have any questions for us?")
_THOUGHTS = (
    ("I always mess up the final round.", ("overgeneralising", "labelling"),
     "I reached the final round, which means a lot went right. One interview is not always."),
    ("They must have thought I was a fraud after that long pause.", ("mind-reading",),
     "I don't know what they thought. A pause to think is normal; interviewers expect it."),
    ("I'll never find anything at this rate.", ("fortune-telling", "catastrophising"),
     "Searches take months for most people. I'm getting interviews, and that is progress."),
    ("Everyone else seems to land jobs easily.", ("comparing",),
     "I only see other people's good news. Most of them had their no's too."),
    ("I should have prepared more.", ("should-statements",),
     "I prepared as well as I could with the time I had. Next time I'll practise out loud as well."),
    ("The whole interview was a disaster because I froze on one question.", ("all-or-nothing", "mental-filter"),
     "Most of it went well. One question went badly, and I know how I'd answer it now."),
    ("They said I communicate well, but they were only being nice.", ("discounting-the-positive",),
     "They didn't have to say it. I can let it be true."),
    ("I feel useless, so I probably am.", ("emotional-reasoning", "labelling"),
     "Feeling useless is what a hard week feels like. It isn't a fact about me."),
    ("It's my fault they filled it internally.", ("personalising",),
     "An internal hire was their decision, made for their reasons. It says nothing about my interview."),
)
_FELT = (
    "Nervous all morning, then oddly calm once we started. When the email came I felt flat for two days.",
    "Excited going in. Gutted when they said no, more than I expected.",
    "Tired before it even began. Relief when it was over, then disappointment.",
    "Hopeful. Then embarrassed, which I know isn't fair on myself.",
)
_WENT_WELL = (
    "I got there early and felt settled.\nMy answer about {skill} was clear, and they nodded along.",
    "I asked good questions about the team.",
    "* Stayed calm when the video call dropped\n* Explained a hard project simply",
    "I was myself. The conversation flowed in the second half.",
    "I prepared properly and it showed in the first round.",
)
_DIFFERENTLY = (
    "Slow down. Take a breath before answering.",
    "Have two short stories ready for the \"tell me about a time\" questions.",
    "Ask what they're looking for at the start, so I can aim my answers.",
    "Practise out loud, not just in my head.",
)
_GAPS = (
    "{skill}: I know the basics but couldn't go deep.",
    "System design at scale. I've never had to design for millions of users.",
    "Talking about numbers: I rarely measure the impact of my work.",
    "{skill}, and explaining trade-offs out loud.",
)
_FEEDBACK = (
    "Fair. It matches what I thought.",
    "Kind of them to reply. The {skill} point is useful.",
    "",
)
_ACTIONS = (
    "Finish a module of the {course} course", "Practise two STAR answers out loud", "Build a small {skill} project",
    "Ask {person} for a mock interview", "Write down my three best stories", "Read up on {skill} trade-offs",
)
_WHO = ("the hiring manager", "{contact} and an engineer from the team", "a panel of three", "{contact}, the team lead",
        "two engineers and a product manager")


class _Maker:
    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, day: date) -> datetime:
        day = min(day, self.today - timedelta(days=1))
        return datetime.combine(day, time(self.rng.randint(18, 21), self.rng.randint(0, 59))).astimezone()

    def fill(self, text: str, **known: str) -> str:
        values = dict(skill=self.rng.choice(SKILLS), course=self.rng.choice(COURSES), person=self.rng.choice(PEOPLE))
        values.update(known)
        return text.format(**values)

    def stories(self, count: int, skill: str) -> tuple[Story, ...]:
        picked = self.rng.sample(_STORIES, count)
        return tuple(Story(question=q, situation=self.fill(s, skill=skill), task=t, action=a, result=self.fill(r, skill=skill),
                           id=self.uuid()) for q, s, t, a, r in picked)

    def thoughts(self, count: int) -> tuple[Thought, ...]:
        picked = self.rng.sample(_THOUGHTS, count)
        return tuple(Thought(text, traps, balanced, id=self.uuid()) for text, traps, balanced in picked)


def _worksheet(make: _Maker, application: Application, status: str, goals: list[Goal]) -> Reflection:
    rng = make.rng
    skill = next((s for s in SKILLS if s in application.reason), rng.choice(SKILLS))
    created = make.moment((application.rejected_on or make.today) + timedelta(days=rng.randint(1, 6)))
    updated = min(created + timedelta(days=rng.randint(0, 3), hours=rng.randint(0, 2)), make.moment(make.today))
    stories = make.stories(rng.randint(1, 2), skill)
    questions = [s.question for s in stories] + rng.sample(_OTHER_QUESTIONS, rng.randint(1, 3))
    rng.shuffle(questions)
    actions = [Action(make.fill(rng.choice(_ACTIONS), skill=skill), id=make.uuid()) for _ in range(rng.randint(1, 2))]
    later = [g for g in goals if g.category in ("skills", "job-search") and g.source is None
             and created <= g.created_at <= created + timedelta(days=14)]
    if later:  # an action that became a goal on the board
        actions[0] = Action(later[0].title, goal_id=later[0].id, id=actions[0].id)
    contact = application.contact_name or "the recruiter"
    return Reflection(
        application_id=application.id, status=status, completed_at=updated if status == COMPLETE else None,
        stage=application.stage_words, who=make.fill(rng.choice(_WHO), contact=contact), questions=tuple(questions),
        felt=rng.choice(_FELT), went_well=make.fill(rng.choice(_WENT_WELL), skill=skill),
        differently=rng.choice(_DIFFERENTLY), gaps=make.fill(rng.choice(_GAPS), skill=skill),
        stories=stories, thoughts=make.thoughts(rng.randint(1, 2)), feedback=make.fill(rng.choice(_FEEDBACK), skill=skill),
        actions=tuple(a for a in actions if a.text), id=make.uuid(), created_at=created, updated_at=updated,
    )


def _current(make: _Maker, application: Application, goals: list[Goal]) -> Reflection:
    """The draft about the latest interview rejection: well under way, not finished."""
    rng = make.rng
    skill = next((s for s in SKILLS if s in application.reason), rng.choice(SKILLS))
    created = make.moment(make.today - timedelta(days=6))
    board = [g for g in goals if g.column != "done" and g.category == "skills" and g.created_at >= created - timedelta(days=2)]
    actions = [Action(g.title, goal_id=g.id, id=make.uuid()) for g in board[:2]]
    actions.append(Action("Practise two STAR answers out loud with [someone] I trust", id=make.uuid()))
    story = make.stories(1, skill)
    return Reflection(
        application_id=application.id, status=DRAFT, stage=application.stage_words,
        who=f"{application.contact_name or 'The hiring manager'} and three people from the team, back to back",
        questions=(story[0].question, f"How would you approach {skill} in a team like ours?", "Why do you want to work here?"),
        felt="Buzzing after the final round; I really thought this was the one.\n\n"
             "When the no came I cried, then slept badly. A bit better each day since.",
        went_well="Four interviews in a row and I stayed steady.\nThey said I was a strong communicator.",
        differently=f"Be honest sooner about what I haven't done with {skill}, and say how I'd learn it.",
        gaps="",  # not there yet
        stories=story, thoughts=make.thoughts(2), feedback="", actions=tuple(actions), id=make.uuid(),
        created_at=created, updated_at=make.moment(make.today - timedelta(days=2)),
    )


def _general(make: _Maker, day: date) -> Reflection:
    rng = make.rng
    created = make.moment(day)
    return Reflection(
        application_id=None, status=COMPLETE, completed_at=created,
        felt="Up and down. Better on the weeks I kept a routine.",
        went_well=f"I've had {rng.randint(4, 9)} interviews since I last looked back. People remember my stories.",
        differently="Apply to fewer roles, and put more care into each one.",
        gaps=make.fill("{skill}, still."),
        stories=make.stories(1, rng.choice(SKILLS)), thoughts=make.thoughts(1),
        actions=(Action(make.fill("Finish a module of the {course} course"), id=make.uuid()),),
        id=make.uuid(), created_at=created, updated_at=created,
    )


def demo_reflections(applications: list[Application], goals: list[Goal], today: date, seed: int) -> list[Reflection]:
    make = _Maker(random.Random(f"reflections-{seed}"), today)
    rng = make.rng
    # (the day of the no, the application), oldest no first
    rejected = sorted(((a.rejected_on, a) for a in applications if a.is_rejection and a.rejected_on and
                       a.stage in ("screening", "interview", "later", "final")),
                      key=lambda pair: pair[0])
    recent = [a for on, a in rejected if a.stage != "screening" and (today - on).days <= 30]
    current = recent[-1] if recent else None
    found = []
    for rejected_on, application in rejected:
        if application is current:
            found.append(_current(make, application, goals))
        elif (today - rejected_on).days > 30 and rng.random() < (0.5 if application.stage == "screening"
                                                                              else 0.9):
            found.append(_worksheet(make, application, COMPLETE if rng.random() < 0.8 else DRAFT, goals))
    first = min((a.applied_on for a in applications if a.applied_on), default=today - timedelta(days=365))
    day = first + timedelta(days=150)
    while day < today - timedelta(days=30):
        found.append(_general(make, day))
        day += timedelta(days=91)  # a look back each season
    return sorted(found, key=lambda r: r.created_at)


def write_reflections(store: Store, today: date, seed: int) -> dict[str, int]:
    """Write the demo worksheets in one write; returns {"reflections": count}."""
    found = demo_reflections(store.applications.all(), store.goals.all(), today, seed)
    return {"reflections": store.reflections.add_many(found)}
