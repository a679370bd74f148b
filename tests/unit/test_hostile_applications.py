"""Hostile text in every field of an application and a feedback request: kept exactly, never a crash."""

from __future__ import annotations

import tempfile
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui.domain.application import Application
from resilience_tui.domain.email_checks import check_draft, timing
from resilience_tui.domain.email_templates import TONE_KEYS, EmailContext, render
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest, guess_category, parse_points
from resilience_tui.handover.eml import build_eml
from resilience_tui.handover.mailto import build_mailto
from resilience_tui.store.store import Store

hostile = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=120) | st.sampled_from(
    ["[/]", "[bold]x[/bold]", "{company}", "{", "}{", "\x1b[31mred", "שלום", "👩🏽‍💻", "\x00\r\n\t", "%0D%0A", "=?utf-8?q?x?="])
SETTINGS = dict(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@settings(**SETTINGS)
@given(texts=st.lists(hostile, min_size=8, max_size=8), points=st.lists(hostile, max_size=4))
def test_every_text_field_round_trips_through_the_store(texts, points):
    company, role, source, contact, email, reason, notes, body = texts
    application = Application(company=company, role=role, source=source, contact_name=contact, contact_email=email,
                              reason=reason, notes=notes, applied_on=date(2026, 11, 1))
    request = FeedbackRequest(application_id=application.id, recipient=email, subject=reason, body=body,
                              points=tuple(FeedbackPoint(p) for p in points))
    with tempfile.TemporaryDirectory() as temp:
        Store(Path(temp)).applications.add(application)
        Store(Path(temp)).feedback.add(request)
        again = Store(Path(temp))
        assert again.applications.get(application.id) == application
        assert again.feedback.get(request.id) == request


@settings(**SETTINGS)
@given(texts=st.lists(hostile, min_size=6, max_size=6), tone=st.sampled_from(TONE_KEYS))
def test_templates_and_checks_take_anything(texts, tone):
    company, role, contact, name, signature, body = texts
    rendered = render(tone, EmailContext(company=company, role=role, contact_name=contact, my_name=name,
                                         signature=signature), {tone: body})
    checks = check_draft(recipient=contact, subject=rendered.subject, body=rendered.body, company=company, role=role,
                         timing_check=timing(date(2026, 11, 20), date(2026, 11, 26)))
    assert all(check.words for check in checks)
    guess_category(body)
    assert all("\n" not in p.text and p.text == p.text.strip() for p in parse_points(body))


@settings(**SETTINGS)
@given(subject=hostile, body=hostile, name=hostile)
def test_eml_and_mailto_carry_any_text(subject, body, name):
    data = build_eml(to="sam@acme.example", subject=subject, body=body, from_name=name, from_address="me@example.org")
    message = message_from_bytes(data, policy=policy.default)
    assert message["X-Unsent"] == "1" and message["Bcc"] is None
    expected = body.replace("\r\n", "\n").replace("\r", "\n")
    got = message.get_content().replace("\r\n", "\n")
    assert got.rstrip("\n") == expected.rstrip("\n")
    url = build_mailto(to="sam@acme.example", subject="x", body=body)
    assert " " not in url and "\n" not in url
    if body:
        assert parse_qs(urlsplit(url).query)["body"] == [expected.replace("\n", "\r\n")]
