"""Demo applications and feedback requests that follow the demo check-ins' story.

Every "applied", "interview", "invite", "rejection", "feedback request", "feedback" and
"offer" in the demo plan becomes part of an application, so the funnel is realistic: many
applications, fewer calls and interviews, a few final rounds, an offer at the end of each
search. The last weeks match the scripted story: the final-round rejection nine days
before `today` with its feedback, plus a request still waiting (its follow-up due), one
with no reply, and a draft, so every status shows.

Check-ins about a rejection, an interview or feedback are linked to their application.
Its own `random.Random` drives everything, so the check-ins stay exactly as they were.
"""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TypedDict

from resilience_tui.demo.common import PEOPLE, SKILLS, display
from resilience_tui.demo.plan import Plan
from resilience_tui.demo.predictions import with_predictions
from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.email_templates import EmailContext, render
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest
from resilience_tui.domain.records import iso
from resilience_tui.services.feedback import recipient_for
from resilience_tui.store.settings_keys import MY_NAME, PROFILE_ASKED, SIGNATURE

if TYPE_CHECKING:
    from resilience_tui.store.store import Store

__all__ = ["DemoApplications", "DEMO_NAME"]

DEMO_NAME = "Alex Morgan"
_SIGNATURE = "Alex Morgan\nalex.morgan@example.com"
_ROLES = ("Software Engineer", "Senior Software Engineer", "Backend Engineer", "Platform Engineer",
          "Full-stack Developer", "Data Engineer", "Engineering Lead", "Site Reliability Engineer")
_SOURCES = ("LinkedIn", "the company website", "a recruiter", "a referral from {person}", "Otta", "a meetup",
            "a job board", "Hacker News jobs")
_CONTACTS = ("Zoë Müller", "José Álvarez", "Siobhán O'Neill", "Łukasz Nowak", "Dana Kowalski", "Sam Okafor",
             "Priya Raman", "Mette Sørensen", "Tom Becker", "Aiko Tanaka", "Chris Doyle", "Fatima Haddad")
_REASONS = ("They went with someone with more {skill} experience.", "Another candidate had more {skill} experience.",
            "The role was filled internally.", "They wanted more depth in {skill}.", "They paused hiring for the role.",
            "", "", "")
_POINTS = ("Clear, structured answers", "Wanted more depth on {skill}", "Good questions about the team",
           "Give more concrete examples of impact", "Be more specific about {skill} trade-offs",
           "Strong communicator", "Talk more about how you make decisions under pressure")
_ASCII = str.maketrans({"ë": "e", "é": "e", "á": "a", "Á": "A", "ü": "u", "ø": "o", "ł": "l", "Ł": "L", "'": ""})
# Applications not heard from for this long are closed (a no, or never a reply).
_QUIET_DAYS = 45


class _Request(TypedDict, total=False):
    """A feedback request as the story builds it, before it becomes a FeedbackRequest."""

    status: str
    tone: str
    sent_on: date
    replied_on: date
    closed_on: date
    created: date
    points: list[str]
    follows: _Request
    id: str


@dataclass
class _App:
    company: str
    role: str
    applied_on: date
    source: str
    stage: str = "applied"
    rounds: int = 0
    interviews: list[date] = field(default_factory=list)
    contact: str = ""
    outcome: str = "in_progress"
    rejected_on: date | None = None
    reason: str = ""
    last: date | None = None
    id: str = ""
    requests: list[_Request] = field(default_factory=list)

    def advance(self, stage: str) -> None:
        order = ("applied", "screening", "interview", "later", "final", "offer")
        if order.index(stage) > order.index(self.stage) or stage == "later":
            if stage == "later":
                self.rounds = max(2, self.rounds + 1) if self.stage == "later" else 2
            self.stage = stage


def _moment(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


class DemoApplications:
    def __init__(self, plan: Plan, first_day: date, today: date, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 4)
        self.seed = seed
        self.first_day = first_day
        self.today = today
        self.apps: list[_App] = []
        self._open: dict[str, _App] = {}
        self._build(plan)

    # -- the story -----------------------------------------------------------------
    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _new(self, company: str, applied_on: date) -> _App:
        rng = self.rng
        source = rng.choice(_SOURCES).format(person=rng.choice(PEOPLE))
        app = _App(display(company), rng.choice(_ROLES), applied_on, source, last=applied_on, id=self._uuid())
        self.apps.append(app)
        self._open[company] = app
        return app

    def _current(self, company: str, day: date) -> _App:
        app = self._open.get(company)
        if app is None or app.outcome != "in_progress" or (day - app.applied_on).days > 60:
            app = self._new(company, max(self.first_day, day - timedelta(days=self.rng.randint(7, 14))))
        return app

    def _contact(self, app: _App) -> None:
        if not app.contact:
            app.contact = self.rng.choice(_CONTACTS)

    def _build(self, plan: Plan) -> None:
        rng = self.rng
        window = len(plan.events) - 60
        script_applied: list[_App] = []
        for index, events in enumerate(plan.events):
            day = self.first_day + timedelta(days=index)
            for kind, company, note in events:
                app = None
                if kind == "applied":
                    app = self._new(company, day)
                    if index >= window:
                        script_applied.append(app)
                    if rng.random() < 0.18:
                        app.stage = "screening"
                        self._contact(app)
                elif kind == "interview":
                    app = self._current(company, day)
                    self._contact(app)
                    app.interviews.append(day)
                    if "final" in note.lower():
                        app.advance("final")
                    elif app.stage in ("interview", "later"):
                        app.advance("later")
                    else:
                        app.advance("interview")
                elif kind == "invite":
                    app = self._current(company, day)
                    app.advance("final" if "final" in note.lower() or rng.random() < 0.5 else "later")
                elif kind == "rejection":
                    app = self._current(company, day)
                    app.outcome, app.rejected_on = "rejected", day
                    found = re.search(r"(They went with someone with more .+? experience\.)", note)
                    skill = rng.choice(SKILLS)
                    app.reason = found.group(1) if found else rng.choice(_REASONS).format(skill=skill)
                elif kind == "feedback_request":
                    app = self._open.get(company)
                    if app is not None and app.outcome == "rejected":
                        app.requests.append({"status": "sent", "sent_on": day, "tone": rng.choice(("brief", "warm", "formal"))})
                elif kind == "feedback":
                    app = self._open.get(company)
                    if app is not None and app.requests:
                        found = re.search(r"'([^']+)'", note)
                        if found:
                            points = [part.strip().capitalize() for part in found.group(1).split(",")]
                        else:
                            skill = rng.choice(SKILLS)
                            points = [p.format(skill=skill) for p in rng.sample(_POINTS, 2)]
                        app.requests[-1].update({"status": "replied", "replied_on": day, "points": points})
                elif kind == "offer":
                    app = self._current(company, day)
                    app.advance("offer")
                    app.outcome = "offer"
                    for other in self.apps:
                        if other.outcome == "in_progress" and other is not app:
                            if (day - (other.last or other.applied_on)).days > 21:
                                self._close(other)
                            else:
                                other.outcome, other.reason = "withdrawn", "Withdrew after accepting another offer."
                if app is not None:
                    app.last = max(app.last or day, day)
        self._script(script_applied)
        self._finish()

    def _close(self, app: _App) -> None:
        """An application not heard from: a form rejection, never a reply, or (rarely) withdrawn."""
        rng = self.rng
        if app.stage == "applied" and rng.random() < 0.35:
            app.outcome, app.reason = "rejected", "Never heard back."
        elif rng.random() < 0.07:
            app.outcome, app.reason = "withdrawn", "Withdrew: the role changed after I applied."
        else:
            app.outcome = "rejected"
            app.rejected_on = min(self.today, (app.last or app.applied_on) + timedelta(days=rng.randint(5, 20)))
            app.reason = rng.choice(_REASONS).format(skill=rng.choice(SKILLS)) if app.stage != "applied" else ""
            if app.stage != "applied" and not app.requests and rng.random() < 0.45:
                sent = min(self.today, app.rejected_on + timedelta(days=rng.randint(1, 5)))
                app.requests.append({"status": "sent", "sent_on": sent, "tone": rng.choice(("brief", "warm", "formal"))})
                if rng.random() < 0.45:
                    skill = rng.choice(SKILLS)
                    replied = min(self.today, sent + timedelta(days=rng.randint(2, 9)))
                    app.requests[-1].update({"status": "replied", "replied_on": replied,
                                             "points": [p.format(skill=skill) for p in rng.sample(_POINTS, rng.randint(1, 3))]})

    def _finish(self) -> None:
        """Close what was never heard from; requests with no reply after three weeks are "no reply",
        and some of those got a gentle follow-up first."""
        rng = self.rng
        for app in self.apps:
            if app.outcome == "in_progress" and (self.today - (app.last or app.applied_on)).days > _QUIET_DAYS:
                self._close(app)
            for request in list(app.requests):
                if request["status"] == "sent" and (self.today - request["sent_on"]).days > 21:
                    request.update({"status": "no_reply", "closed_on": request["sent_on"] + timedelta(days=21)})
                    if rng.random() < 0.4:
                        sent = request["sent_on"] + timedelta(days=8)
                        app.requests.append({"status": "no_reply", "sent_on": sent, "tone": "follow_up",
                                             "closed_on": sent + timedelta(days=14), "follows": request})

    def _script(self, applied: list[_App]) -> None:
        """The last weeks: one request waiting past its follow-up day, one with no reply, one draft."""
        others = [a for a in applied if a.outcome == "in_progress"]
        end = self.today
        if len(others) >= 1:  # interviewed early on; a no, a request, no reply
            app = others[0]
            app.outcome, app.rejected_on, app.reason = "rejected", end - timedelta(days=32), "They chose someone who could start sooner."
            self._contact(app)
            app.requests.append({"status": "no_reply", "sent_on": end - timedelta(days=30), "tone": "brief",
                                 "closed_on": end - timedelta(days=14)})
        if len(others) >= 2:  # a screening call, a no, a request still waiting: its follow-up is due
            app = others[1]
            app.advance("screening")
            self._contact(app)
            app.outcome, app.rejected_on, app.reason = "rejected", end - timedelta(days=16), ""
            app.requests.append({"status": "sent", "sent_on": end - timedelta(days=13), "tone": "warm"})
        if len(others) >= 4:  # a screening call, a no this week, a draft not sent yet
            app = others[3]
            app.advance("screening")
            app.interviews.append(end - timedelta(days=20))
            self._contact(app)
            app.outcome, app.rejected_on = "rejected", end - timedelta(days=5)
            app.reason = "Another candidate had more hands-on Kubernetes experience."
            app.requests.append({"status": "draft", "tone": "warm", "created": end - timedelta(days=2)})

    # -- records ----------------------------------------------------------------------
    def applications(self) -> list[Application]:
        found = []
        for app in self.apps:
            email = ""
            if app.contact:
                first, _, last = app.contact.translate(_ASCII).lower().partition(" ")
                domain = app.company.lower().replace(" ", "")
                email = f"{first}.{last.replace(' ', '')}@{domain}.example"
            last_day = max(d for d in (app.last, app.rejected_on, app.applied_on) if d)
            found.append(Application(
                company=app.company, role=app.role, applied_on=app.applied_on, source=app.source, stage=app.stage,
                rounds=app.rounds if app.stage == "later" else 0, interview_dates=tuple(sorted(set(app.interviews))),
                contact_name=app.contact, contact_email=email, outcome=app.outcome,
                rejected_on=app.rejected_on if app.outcome == "rejected" else None, reason=app.reason, notes="",
                id=app.id, created_at=_moment(app.applied_on, 10, 5), updated_at=_moment(min(last_day, self.today), 8, 45),
            ))
        return found

    def requests(self, applications: list[Application]) -> list[FeedbackRequest]:
        by_id = {a.id: a for a in applications}
        found = []
        for app in self.apps:
            application = by_id[app.id]
            for spec in app.requests:
                spec["id"] = self._uuid()
                follows = spec.get("follows")
                context = EmailContext.for_application(application, my_name=DEMO_NAME, signature=_SIGNATURE,
                                                       sent_on=follows["sent_on"] if follows else None)
                rendered = render(spec["tone"], context)
                created = spec.get("created") or spec["sent_on"]
                points = tuple(FeedbackPoint(text, id=self._uuid()) for text in spec.get("points", ()))
                last = spec.get("replied_on") or spec.get("closed_on") or created
                found.append(FeedbackRequest(
                    application_id=app.id, tone=spec["tone"], recipient=recipient_for(application),
                    subject=rendered.subject, body=rendered.body, status=spec["status"], sent_on=spec.get("sent_on"),
                    replied_on=spec.get("replied_on"), closed_on=spec.get("closed_on"), points=points,
                    follow_up_of=follows["id"] if follows else None, id=spec["id"], created_at=_moment(created, 9, 10), updated_at=_moment(last, 9, 20),
                ))
        return found

    def link(self, checkins: list[CheckIn]) -> list[CheckIn]:
        """Check-ins tagged with a company and a rejection, interview or feedback name that application."""
        by_company: dict[str, list[_App]] = {}
        for app in self.apps:
            by_company.setdefault(app.company, []).append(app)
        linked = []
        for checkin in checkins:
            if not {"rejection", "interview", "feedback"} & set(checkin.tags):
                linked.append(checkin)
                continue
            day = checkin.at.date()
            match = None
            for tag in checkin.tags:
                for app in by_company.get(display(tag), ()):
                    end = (app.rejected_on or app.last or app.applied_on) + timedelta(days=14)
                    if app.applied_on <= day <= end:
                        match = app
            linked.append(replace(checkin, application_id=match.id) if match else checkin)
        return linked

    def write(self, store: Store) -> dict[str, int]:
        applications = with_predictions(self.applications(), self.today, self.seed)
        added = store.applications.add_many(applications)
        requests = self.requests(applications)
        store.feedback.add_many(requests)
        # The demo person's name and signature, stamped with a fixed time so the files are reproducible.
        stamp = iso(_moment(self.first_day, 9))
        store.settings.merge([{"key": key, "value": value, "updated_at": stamp}
                              for key, value in ((MY_NAME.key, DEMO_NAME), (SIGNATURE.key, _SIGNATURE),
                                                 (PROFILE_ASKED.key, True))])
        return {"applications": added, "feedback requests": len(requests)}
