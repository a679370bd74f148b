"""Our feedback-request emails: brief, warm, formal, and a follow-up for when no reply came.

A template is text with placeholders in braces, such as `{company}`. The first line may
be `Subject: ...`. A person can replace any of them with a Markdown file in the
`templates/` folder of their data folder (`warm.md`, `follow-up.md`, ...). A placeholder
this program does not know is reported and left in the text as typed, never a crash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.domain.application import Application

TONES: tuple[tuple[str, str, str], ...] = (
    ("brief", "Brief", "a few lines, straight to the question"),
    ("warm", "Warm", "friendly and personal"),
    ("formal", "Formal", "polite and reserved"),
    ("follow_up", "Follow-up", "a gentle nudge when there was no reply"),
)
TONE_KEYS = tuple(key for key, _, _ in TONES)
TONE_LABELS = {key: label for key, label, _ in TONES}
DEFAULT_TONE = "warm"

# Shown in place of something the person still has to fill in; the checks look for these.
MARKERS = {"company": "[company]", "role": "[role]", "my_name": "[your name]", "contact_name": "[contact name]"}

PLACEHOLDERS: dict[str, str] = {
    "company": "the company's name",
    "role": "the role's name",
    "contact_name": "the contact's full name",
    "contact_first_name": "the contact's first name",
    "greeting": "a greeting that suits the tone, with or without a name",
    "my_name": "your name",
    "signature": "your signature (your name if you have not set one)",
    "thanks_for": 'what you are thanking them for, e.g. "your time during the final-round interviews"',
    "interview_date": "the day of the last interview",
    "sent_when": 'when the first request went out, e.g. "on Tuesday 10 November"',
}

BUILT_IN: dict[str, str] = {
    "brief": """Subject: Feedback on my application for {role}

{greeting}

Thank you for {thanks_for}. I was sorry not to be going further with {company}, and I would be grateful for a few words of feedback: what is one thing that would have made me a stronger candidate for the {role} role?

Thank you again for your time.

{signature}
""",
    "warm": """Subject: Thank you, and a question about the {role} role

{greeting}

Thank you for {thanks_for}. I really enjoyed learning about the team at {company}, and although I'm disappointed not to be going further, I appreciate you letting me know.

If you have a moment, I'd value your view: what is one area, in my experience or in how I came across, that would have made me a stronger fit for the {role} role? Even a line or two would help me a great deal.

I hope our paths cross again.

Warm wishes,
{signature}
""",
    "formal": """Subject: Request for feedback: {role} application

{greeting}

Thank you for {thanks_for}, and for letting me know your decision about the {role} position at {company}.

I would be grateful for any feedback you are able to share. In particular, could you tell me which skills or experience would have strengthened my application?

I appreciate your time, and I would welcome the chance to be considered for future roles.

Kind regards,
{signature}
""",
    "follow_up": """Subject: Following up: feedback on the {role} role

{greeting}

I wrote {sent_when} to ask for a little feedback on my application for the {role} role at {company}. I know how busy things get, so I wanted to follow up once.

If you have a moment, could you tell me one thing that would have made me a stronger candidate? If it isn't possible to share feedback, I understand completely.

Thank you again,
{signature}
""",
}

# Used instead of the tone above when nobody at the company has been spoken to yet (stage "applied", or a
# blank email): nothing about a conversation or the team that never happened.
BEFORE_MEETING: dict[str, str] = {
    "warm": """Subject: Thank you, and a question about the {role} role

{greeting}

Thank you for {thanks_for}. Although I'm disappointed not to be going further with {company}, I appreciate you letting me know.

If you have a moment, I'd value your view: what is one area of my experience, or of my application itself, that would have made me a stronger fit for the {role} role? Even a line or two would help me a great deal.

I hope our paths cross again.

Warm wishes,
{signature}
""",
}

# What the person is thanked for, by the furthest stage reached; a stage not here had no conversation.
MEETINGS = {
    "screening": "the screening call",
    "interview": "the interview",
    "later": "the interviews",
    "final": "the final-round interviews",
    "offer": "the interviews",
}

# A placeholder is a name in braces: {company}, {my_name}, { role }. Other braces are plain text.
PLACEHOLDER = re.compile(r"\{(\s*[A-Za-z_][\w -]{0,38})\}")


def file_names(tone: str) -> tuple[str, ...]:
    """The override files a tone is read from, first found wins: `follow-up.md` or `follow_up.md`."""
    names = [f"{tone}.md"]
    if "_" in tone:
        names.insert(0, f"{tone.replace('_', '-')}.md")
    return tuple(names)


@dataclass(frozen=True)
class EmailContext:
    """What a template is filled with. Empty text means "not known"."""

    company: str = ""
    role: str = ""
    contact_name: str = ""
    my_name: str = ""
    signature: str = ""
    stage: str = "applied"
    interview_date: date | None = None
    sent_on: date | None = None

    @classmethod
    def for_application(cls, application: Application | None, *, my_name: str = "", signature: str = "",
                        sent_on: date | None = None) -> EmailContext:
        if application is None:
            return cls(my_name=my_name, signature=signature, sent_on=sent_on)
        last = max(application.interview_dates) if application.interview_dates else None
        return cls(company=application.company.strip(), role=application.role.strip(),
                   contact_name=application.contact_name.strip(), my_name=my_name, signature=signature,
                   stage=application.stage, interview_date=last, sent_on=sent_on)

    def values(self, tone: str) -> dict[str, str]:
        first = self.contact_name.split()[0] if self.contact_name.split() else ""
        name = self.my_name.strip()
        return {
            "company": self.company or MARKERS["company"],
            "role": self.role or MARKERS["role"],
            "contact_name": self.contact_name or MARKERS["contact_name"],
            "contact_first_name": first or MARKERS["contact_name"],
            "greeting": _greeting(tone, self.contact_name, first),
            "my_name": name or MARKERS["my_name"],
            "signature": self.signature.strip() or name or MARKERS["my_name"],
            "thanks_for": self._thanks_for(),
            "interview_date": _long_day(self.interview_date) if self.interview_date else "recently",
            "sent_when": f"on {_long_day(self.sent_on)}" if self.sent_on else "recently",
        }

    @property
    def met(self) -> bool:
        """Whether the person has spoken with someone there: a call or an interview."""
        return self.stage in MEETINGS

    def _thanks_for(self) -> str:
        meeting = MEETINGS.get(self.stage)
        if meeting is None:
            return "considering my application"
        when = f" on {_long_day(self.interview_date)}" if self.interview_date else ""
        return f"your time during {meeting}{when}"


def _greeting(tone: str, full: str, first: str) -> str:
    if tone == "formal":
        return f"Dear {full}," if full else "Dear Hiring Team,"
    if tone == "warm":
        return f"Dear {first}," if first else "Hello,"
    return f"Hi {first}," if first else "Hello,"


def _long_day(day: date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B')}"


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    problems: tuple[str, ...] = ()


def split_subject(text: str) -> tuple[str | None, str]:
    """('Subject line' or None, body) from a template's text."""
    lines = text.lstrip("\ufeff").splitlines()
    if lines and lines[0].lower().startswith("subject:"):
        body = lines[1:]
        while body and not body[0].strip():
            body = body[1:]
        return lines[0][len("subject:"):].strip(), "\n".join(body)
    return None, text.lstrip("\ufeff")


def fill(text: str, values: dict[str, str]) -> tuple[str, list[str]]:
    """Replace known `{name}`s; unknown ones stay as typed and are returned by name."""
    unknown: list[str] = []

    def swap(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name in values:
            return values[name]
        typed: str = match.group(0)
        if typed not in unknown:
            unknown.append(typed)
        return typed

    return PLACEHOLDER.sub(swap, text), unknown


def render(tone: str, context: EmailContext, overrides: dict[str, str] | None = None) -> Rendered:
    """The subject and body for `tone`, from the person's own template if they have one."""
    if tone not in TONE_KEYS:
        tone = DEFAULT_TONE
    built = BUILT_IN[tone] if context.met else BEFORE_MEETING.get(tone, BUILT_IN[tone])
    built_subject, built_body = split_subject(built)
    source = (overrides or {}).get(tone)
    subject, body = (split_subject(source) if source is not None else (built_subject, built_body))
    subject = (built_subject or "") if subject is None else subject
    values = context.values(tone)
    subject, unknown_subject = fill(subject, values)
    body, unknown_body = fill(body.strip("\n") + "\n", values)
    problems = []
    unknown = list(dict.fromkeys(unknown_subject + unknown_body))
    if unknown:
        where = file_names(tone)[0]
        known = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
        shown = ", ".join(unknown)
        problems.append(
            f"Your template {where} uses {shown}, which I don't know, so it is left in the text for you to change. "
            f"Placeholders I know: {known}."
        )
    return Rendered(subject, body, tuple(problems))
