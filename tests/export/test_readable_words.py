"""Markdown and html exports use the words the screens use, and leave internal fields out."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from resilience_tui.domain.application import Application
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest
from resilience_tui.domain.goal import Goal, Source, Step
from resilience_tui.export.markdown import area_markdown
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
AT = datetime(2026, 11, 2, 21, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(data_dir) -> Store:
    store = Store(data_dir)
    application = store.applications.add(Application(
        company="Acme Health", role="Designer", applied_on=date(2026, 10, 1), source="a friend", stage="final",
        interview_dates=(date(2026, 10, 20),), contact_name="Sam Lee", contact_email="sam@acme.com",
        outcome="in_progress", notes="kind people", created_at=AT, updated_at=AT))
    store.goals.add(Goal(title="Practise case studies", category="skills", column="todo", position=3,
                         due=date(2026, 12, 3), steps=(Step("pick one", True), Step("write it up")),
                         source=Source("application", application.id), created_at=AT, updated_at=AT))
    store.feedback.add(FeedbackRequest(
        application_id=application.id, tone="follow_up", recipient="sam@acme.com", subject="Thank you", body="Could you share?",
        status="no_reply", sent_on=date(2026, 11, 3), closed_on=date(2026, 11, 20),
        points=(FeedbackPoint("more portfolio depth"),), created_at=AT, updated_at=AT))
    return store


INTERNAL = ("**id**", "**position**", "**revision**", "**created_at**", "**updated_at**", "**column**",
            "**stage**", "**outcome**", "**status**", "**category**", "in_progress", "no_reply", "2026-11-02T")


def test_applications_read_like_the_screen(store):
    text = area_markdown(store, "applications", NOW)
    assert "## Acme Health, Designer" in text
    assert "- **How far it got**: final round" in text
    assert "- **Outcome**: in progress" in text
    assert "- **Applied**: Thu 01 Oct 2026" in text
    assert "- **Interviews**: Tue 20 Oct 2026" in text
    assert "- **Contact**: Sam Lee <sam@acme.com>" in text
    assert "- **Where you found it**: a friend" in text
    assert "- **Notes**: kind people" in text
    for raw in (*INTERNAL, store.applications.all()[0].id):
        assert raw not in text


def test_goals_read_like_the_board(store):
    text = area_markdown(store, "goals", NOW)
    assert "## Practise case studies" in text
    assert "- **Category**: skills" in text
    assert "- **On the board**: To do" in text
    assert "- **Due**: Thu 03 Dec 2026" in text
    assert "- **Steps**: ✓ pick one; ☐ write it up" in text
    assert "- **Came from**: an application (Acme Health, Designer)" in text
    for raw in (*INTERNAL, store.goals.all()[0].id, store.applications.all()[0].id, "todo"):
        assert raw not in text


def test_feedback_requests_read_like_the_screen(store):
    text = area_markdown(store, "feedback", NOW)
    assert "## Thank you" in text
    assert "- **For**: Acme Health, Designer" in text
    assert "- **Status**: no reply" in text
    assert "- **Tone**: Follow-up" in text
    assert "- **To**: sam@acme.com" in text
    assert "- **Sent**: Tue 03 Nov 2026" in text
    assert "- **No reply by**: Fri 20 Nov 2026" in text
    assert "- **What they said**: more portfolio depth" in text
    for raw in (*INTERNAL, store.feedback.all()[0].id, store.applications.all()[0].id):
        assert raw not in text


def test_html_pages_use_the_same_words(store, tmp_path):
    written = export(store, "html", areas=["applications", "goals", "feedback"], out=tmp_path / "pages",
                     folder=tmp_path, now=NOW)
    page = "".join(path.read_text() for path in written)
    assert "<strong>How far it got</strong>: final round" in page
    assert "<strong>On the board</strong>: To do" in page
    assert "<strong>Status</strong>: no reply" in page
    assert "in_progress" not in page and "<strong>position</strong>" not in page


def test_json_export_keeps_every_field(store, tmp_path):
    [path] = export(store, "json", areas=["goals"], out=tmp_path / "all.json", folder=tmp_path, now=NOW)
    text = path.read_text()
    assert '"position": 3' in text and '"column": "todo"' in text and '"category": "skills"' in text
