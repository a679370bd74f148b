"""Pilot tests of the recovery path as a person meets it: what counts, its words, and the form's hints."""

from __future__ import annotations

from textual.widgets import Label

from resilience_tui.domain.goal import Goal
from resilience_tui.store.store import Store
from resilience_tui.ui.applications.form import ApplicationForm
from tests.ui.application_helpers import days_ago, rejection
from tests.ui.helpers import FIXED_NOW, app_on, checkin, screen_text
from tests.ui.test_applications_screen import detail_text


async def test_every_date_hint_on_the_application_form_reads_in_full_at_80_columns(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ApplicationForm)
        for name in ("applied_on", "rejected_on"):
            label = form.query_one(f"#label-{name}", Label)
            label.scroll_visible(animate=False, immediate=True)
            await pilot.pause()
            words = " ".join(str(label.render()).split())
            assert '"2 Nov"' in words  # the hint is still there, in full
            assert label.size.width >= len(words)
            painted = " ".join(screen_text(app).split())
            assert words in painted


async def test_a_rejection_logged_today_starts_at_no_steps_on_applications_and_today(data_dir):
    store = Store(data_dir)
    store.checkins.add(checkin(3, 2))  # earlier today, about nothing in particular
    store.goals.add(Goal("Stretch every morning", "wellbeing", created_at=FIXED_NOW, updated_at=FIXED_NOW))
    store.applications.add(rejection("Acme Robotics", "Analyst", days=0, applied_on=None, created_at=FIXED_NOW,
                                     updated_at=FIXED_NOW))
    store.applications.add(rejection("Acme Robotics", "Data Analyst", days=0, stage="applied", applied_on=days_ago(9)))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.pause()
        today = screen_text(app)
        assert today.count("· 0 of 6") == 2 and "✓" not in today.split("your recovery paths")[1]
        await pilot.press("a")
        await pilot.pause()
        for _ in range(2):
            text = detail_text(app)
            assert "No steps yet" in text and "✓" not in text and "· done" not in text
            await pilot.press("down")
            await pilot.pause()


async def test_a_rejection_after_applying_alone_offers_to_look_back_at_the_application(data_dir):
    Store(data_dir).applications.add(rejection(stage="applied"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        text = detail_text(app)
        assert "3 ○ Look back at the application" in text
        assert "interview" not in text.split("Your recovery path")[1].split("In proportion")[0].casefold()
