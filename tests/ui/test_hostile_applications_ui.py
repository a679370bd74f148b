"""Hostile text typed into every field of the Applications form and the Feedback editor:
stored exactly, shown as typed, never a crash."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from resilience_tui.domain.visible import visible
from resilience_tui.store.store import Store
from resilience_tui.ui.applications.screen import ApplicationsScreen
from tests.ui.application_helpers import rejection, request, with_profile
from tests.ui.helpers import app_on, quick_autosave, screen_text

NASTY = ["[bold]x[/bold] [/]", "{company} {{ }} {", "\x1b[31mred\x1b[0m", "שלום עולם 👩🏽‍💻", "Ünïcödé — “quotes” ‘x’",
         "a" * 3000, "[link=http://x]y", "\t%0D%0A\\x00 =?utf-8?q?x?="]
TEXT_FIELDS = ("company", "role", "source", "contact_name", "reason")


async def test_every_application_field(data_dir):
    """Each hostile text in turn fills every field of a new application, which then goes down its
    recovery path to a feedback draft; one app session for all of them."""
    with_profile(Store(data_dir), NASTY[0])
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        for nasty in NASTY:
            await pilot.press("escape", "a")
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            form = app.screen
            for name in TEXT_FIELDS:
                form.query_one(f"#{name}", Input).value = nasty
            form.query_one("#notes", TextArea).text = nasty + "\nsecond line " + nasty
            form.query_one("#outcome").value = "rejected"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, ApplicationsScreen), nasty
            assert screen_text(app)
            await pilot.press("1")  # the recovery path's first step with this text everywhere
            await pilot.pause()
            await pilot.press("a", "2")
            await pilot.pause()
            assert screen_text(app)
    store = Store(data_dir)
    stored = {application.company: application for application in store.applications.all()}
    assert sorted(stored) == sorted(NASTY)
    drafted = {request.application_id: request for request in store.feedback.all()}
    for nasty, application in stored.items():
        for name in TEXT_FIELDS:
            assert getattr(application, name) == nasty
        assert application.notes == nasty + "\nsecond line " + nasty
        draft = drafted[application.id]
        assert nasty.strip()[:20] in draft.body and nasty.strip()[:20] in draft.subject


@pytest.mark.parametrize("nasty", NASTY[:4], ids=range(4))
async def test_every_feedback_field(data_dir, nasty, monkeypatch):
    quick_autosave(monkeypatch)
    store = Store(data_dir)
    draft = store.feedback.add(request(store.applications.add(rejection(company=nasty))))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#to", Input).value = nasty
        app.screen.query_one("#subject", Input).value = nasty
        app.screen.query_one("#body", TextArea).text = nasty
        await pilot.pause(0.3)
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#reply-points", TextArea).text = f"{nasty}\n- {nasty}"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert visible(nasty.strip())[:10] in screen_text(app)  # control characters show as escapes
    saved = Store(data_dir).feedback.get(draft.id)
    assert (saved.recipient, saved.subject, saved.body) == (nasty, nasty, nasty)
    assert [p.text for p in saved.points] == [nasty.strip(), nasty.strip()]
