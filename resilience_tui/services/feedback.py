"""Feedback requests through the store: a new draft from an application and the settings,
its live checks, follow-ups that are due, and feedback points that become goals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from resilience_tui.domain.business_days import due_follow_ups, follow_up_days, follow_up_due
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest, goal_title_for_point, guess_category
from resilience_tui.store.settings_keys import FOLLOW_UP_DAYS, MY_EMAIL, MY_NAME, PROFILE_ASKED, SIGNATURE

if TYPE_CHECKING:
    from resilience_tui.domain.application import Application
    from resilience_tui.domain.email_checks import Check
    from resilience_tui.domain.email_templates import Rendered
    from resilience_tui.domain.goal import Goal
    from resilience_tui.store.store import Store


@dataclass(frozen=True)
class Profile:
    my_name: str = ""
    signature: str = ""
    my_email: str = ""
    follow_up_days: int = 5


def profile(store: Store) -> Profile:
    settings = store.settings
    return Profile(settings.get(MY_NAME), settings.get(SIGNATURE), settings.get(MY_EMAIL),
                   follow_up_days(settings.get(FOLLOW_UP_DAYS)))


def save_profile(store: Store, new: Profile) -> None:
    settings = store.settings
    settings.set(MY_NAME, new.my_name)
    settings.set(SIGNATURE, new.signature)
    settings.set(MY_EMAIL, new.my_email)
    settings.set(FOLLOW_UP_DAYS, follow_up_days(new.follow_up_days))
    settings.set(PROFILE_ASKED, True)


def mark_profile_asked(store: Store) -> None:
    """The person was asked for their name and signature and chose not to give them."""
    store.settings.set(PROFILE_ASKED, True)


def needs_profile(store: Store) -> bool:
    """True until the person has been asked for their name and signature once."""
    return not store.settings.get(PROFILE_ASKED) and not store.settings.get(MY_NAME).strip()


def recipient_for(application: Application | None) -> str:
    if application is None or not application.contact_email.strip():
        return ""
    name = " ".join(application.contact_name.split())
    if name and any(ch in name for ch in ',;:<>@"()[]\\'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{application.contact_email.strip()}>" if name else application.contact_email.strip()


def _original(store: Store, follow_up_of: str | None) -> FeedbackRequest | None:
    original: FeedbackRequest | None = store.feedback.get(follow_up_of) if follow_up_of else None
    return original


def render_for(store: Store, templates: dict[str, str], application: Application | None, tone: str,
               follow_up_of: str | None = None) -> Rendered:
    # The drafting modules are imported where a draft is made: Today, which only asks which
    # follow-ups are due, does not wait for them.
    from resilience_tui.domain.email_templates import EmailContext, render

    me = profile(store)
    original = _original(store, follow_up_of)
    context = EmailContext.for_application(application, my_name=me.my_name, signature=me.signature,
                                           sent_on=original.sent_on if original else None)
    return render(tone, context, templates)


def new_draft(store: Store, templates: dict[str, str], application: Application | None = None, tone: str | None = None,
              follow_up_of: str | None = None) -> tuple[FeedbackRequest, tuple[str, ...]]:
    """A draft filled from the application and settings (not saved yet), and any template problems;
    in the default tone unless `tone` is given."""
    from resilience_tui.domain.email_templates import DEFAULT_TONE

    tone = tone or DEFAULT_TONE
    original = _original(store, follow_up_of)
    if original is not None and application is None and original.application_id:
        application = store.applications.get(original.application_id)
    rendered = render_for(store, templates, application, tone, follow_up_of)
    recipient = original.recipient if original and original.recipient else recipient_for(application)
    request = FeedbackRequest(application_id=application.id if application else None, tone=tone, recipient=recipient,
                              subject=rendered.subject, body=rendered.body, follow_up_of=follow_up_of)
    return request, rendered.problems


def checks_for(store: Store, request: FeedbackRequest, *, recipient: str, subject: str, body: str,
               today: date) -> list[Check]:
    from resilience_tui.domain.email_checks import check_draft, follow_up_timing, sent_timing, timing

    application: Application | None = (
        store.applications.get(request.application_id) if request.application_id else None)
    if request.tone == "follow_up" and request.follow_up_of:
        original = _original(store, request.follow_up_of)
        days = profile(store).follow_up_days
        due = follow_up_due(original, days) if original else None
        when = follow_up_timing(original.sent_on if original else None, due, today)
    elif request.sent_on is not None:
        when = sent_timing(application.rejected_on if application else None, request.sent_on)
    else:
        when = timing(application.rejected_on if application else None, today)
    return check_draft(recipient=recipient, subject=subject, body=body,
                       company=application.company if application else "",
                       role=application.role if application else "", timing_check=when)


def follow_ups_due(store: Store, today: date) -> list[tuple[FeedbackRequest, date]]:
    return due_follow_ups(store.feedback.all(), today, profile(store).follow_up_days)


def point_to_goal(
    store: Store, request: FeedbackRequest, point: FeedbackPoint, category: str | None = None
) -> tuple[Goal, FeedbackRequest]:
    """Make a feedback point a goal on the board (once), and remember the link on the point.

    Returns (goal, request as saved). Raises ValidationError for a point that cannot be a title.
    """
    from resilience_tui.services.goals import create_linked_goal

    goal = create_linked_goal(store, goal_title_for_point(point.text), category or guess_category(point.text),
                              "feedback", request.id)
    points = tuple(replace(p, goal_id=goal.id) if p.id == point.id else p for p in request.points)
    saved = request.edited(points=points)
    store.feedback.update(saved)
    return goal, saved
