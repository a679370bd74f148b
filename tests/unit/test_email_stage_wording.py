"""The feedback email follows the stage reached: no talk of a conversation that never happened."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from resilience_tui.domain.application import STAGE_KEYS, Application
from resilience_tui.domain.email_templates import (
    BEFORE_MEETING,
    BUILT_IN,
    PLACEHOLDERS,
    TONE_KEYS,
    EmailContext,
    fill,
    render,
    split_subject,
)

# Words that only make sense after speaking with someone at the company.
MEETING_WORDS = re.compile(r"\b(interview\w*|conversations?|meet\w*|met|talk\w*|spoke|speaking|chat\w*|calls?|"
                           r"the team|came across|enjoyed)\b", re.I)


def email(tone: str, stage: str) -> str:
    interviews = () if stage == "applied" else (date(2026, 11, 10),)
    application = Application(company="Acme Robotics", role="Data Analyst", stage=stage, contact_name="Sam Lee",
                              interview_dates=interviews, outcome="rejected", rejected_on=date(2026, 11, 17))
    context = EmailContext.for_application(application, my_name="Alex Morgan", sent_on=date(2026, 11, 19))
    rendered = render(tone, context)
    return f"{rendered.subject}\n{rendered.body}"


@pytest.mark.parametrize("tone, stage", itertools.product(TONE_KEYS, STAGE_KEYS))
def test_the_email_speaks_of_a_conversation_only_when_there_was_one(tone, stage):
    text = email(tone, stage)
    said = MEETING_WORDS.findall(text)
    if stage == "applied":
        assert said == [], f"{tone} email for an application with no interview mentions {said}"
        assert "Acme Robotics" in text and "Data Analyst" in text and "Alex Morgan" in text
    elif tone == "warm":
        assert "I really enjoyed learning about the team at Acme Robotics" in text
    if stage != "applied" and tone != "follow_up":
        assert "your time during" in text and "Tuesday 10 November" in text


def test_a_blank_email_says_nothing_of_a_conversation_either():
    rendered = render("warm", EmailContext())
    assert MEETING_WORDS.findall(rendered.body) == []


def test_the_wording_before_a_meeting_uses_only_known_placeholders():
    for tone, text in BEFORE_MEETING.items():
        _, unknown = fill(text, {name: "x" for name in PLACEHOLDERS})
        assert unknown == [], tone
        assert split_subject(text)[0] == split_subject(BUILT_IN[tone])[0]
