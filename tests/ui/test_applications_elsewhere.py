"""Applications outside their own screen: Today's recovery paths and follow-ups, and the Check-in chooser."""

from __future__ import annotations

from textual.widgets import Select

from resilience_tui.domain.goal import Goal, Source
from resilience_tui.store.drafts import CHECKIN as DRAFT_KEY
from resilience_tui.store.store import Store
from tests.ui.application_helpers import days_ago, rejection, request
from tests.ui.helpers import FIXED_NOW, app_on, checkin, quick_autosave, screen_text


def today_text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query("TodayApplications") if w.display)


async def test_today_lists_recent_rejections_with_their_paths_and_due_follow_ups(data_dir):
    store = Store(data_dir)
    recent = store.applications.add(rejection("Acme Health", days=3))
    store.applications.add(rejection("Bluepeak", "Engineer", days=12))
    store.applications.add(rejection("Long Ago", "Engineer", days=45))
    store.checkins.add(checkin(20, 2, note="about Acme"))
    store.goals.add(Goal(title="Learn research", category="skills", created_at=FIXED_NOW,
                         source=Source("application", recent.id)))
    store.feedback.add(request(recent, status="sent", sent_on=days_ago(8)))  # Wed 18 Nov: due Wed 25 Nov
    store.feedback.add(request(recent, status="sent", sent_on=days_ago(2)))  # not due yet
    app = app_on(data_dir)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.pause()
        text = today_text(app)
        assert "After a no: your recovery paths" in text
        assert "Acme Health, Product Designer  heard back Mon 23 Nov · 3 of 6" in text
        assert "✓ acknowledge  ✓ ask  ○ reflect  ○ be kind  ○ keep going  ✓ grow" in text
        assert "Bluepeak, Engineer" in text and "Long Ago" not in text
        assert "Follow-ups due" in text
        assert "sent Wed 18 Nov, due yesterday" in text
        assert text.count("➜") == 1
        assert "After a no" in screen_text(app)


async def test_today_shows_nothing_about_applications_when_there_is_nothing_recent(data_dir):
    Store(data_dir).applications.add(rejection(days=60))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("TodayApplications").display
        assert "recovery paths" not in screen_text(app)


async def test_a_checkin_can_name_its_application_and_keeps_it_in_a_draft(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    store = Store(data_dir)
    chosen = store.applications.add(rejection("Acme Health", days=2))
    store.applications.add(rejection("Bluepeak", days=9))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("c", "2")
        about = app.screen.query_one("#about", Select)
        assert about.value == Select.NULL
        about.value = chosen.id
        await pilot.pause(0.3)
        assert Store(data_dir).drafts.get(DRAFT_KEY)["application_id"] == chosen.id
    again = app_on(data_dir)
    async with again.run_test(size=(120, 50)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert again.screen.query_one("#about", Select).value == chosen.id
        await pilot.press("ctrl+s")
        await pilot.pause()
    [saved] = Store(data_dir).checkins.recent(5)
    assert saved.application_id == chosen.id and saved.mood == 2


async def test_editing_an_old_checkin_keeps_its_application_even_if_not_recent(data_dir):
    store = Store(data_dir)
    old = store.applications.add(rejection("Ancient Co", days=400, applied_on=days_ago(420)))
    for n in range(30):
        store.applications.add(rejection(f"Recent {n}", days=n + 1))
    original = store.checkins.add(checkin(24 * 5, 3, application_id=old.id, note="old one"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("c")
        app.screen.query_one("#history-table").focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("#about", Select).value == old.id
        await pilot.press("5", "ctrl+s")
        await pilot.pause()
    [saved] = Store(data_dir).checkins.recent(5)
    assert saved.id == original.id and saved.application_id == old.id and saved.mood == 5
