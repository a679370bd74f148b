"""Pilot tests of the recovery path as a person meets it: what counts, its words, and the form's hints."""

from __future__ import annotations

from textual.widgets import Label

from resilience_tui.ui.applications.form import ApplicationForm
from tests.ui.helpers import app_on, screen_text


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
