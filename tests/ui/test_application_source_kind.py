"""The kind of source on the Applications form: guessed from the words unless the person chooses one."""

from __future__ import annotations

import json

from textual.widgets import Select

from resilience_tui.store.store import Store
from resilience_tui.ui.applications.form import ApplicationForm
from tests.ui.application_helpers import application
from tests.ui.helpers import app_on
from tests.ui.test_applications_screen import detail_text, fill


async def test_the_guess_is_shown_and_a_chosen_kind_is_stored(data_dir) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ApplicationForm)
        await pilot.press(*"Acme Health", "tab", *"Designer", "tab", *"LinkedIn")
        await pilot.pause()
        hint = form.query_one("#kind-hint")
        assert hint.display and str(hint.render()) == "Read from the words as: job board"
        fill(form, source_kind="referral")
        await pilot.pause()
        assert not hint.display  # a kind chosen: nothing is guessed
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "found via LinkedIn (referral)" in detail_text(app)
    [saved] = Store(data_dir).applications.all()
    assert (saved.source, saved.source_kind) == ("LinkedIn", "referral")


async def test_left_to_the_words_nothing_is_stored_and_the_guess_shows_beside_the_source(data_dir) -> None:
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("a", "n")
        await pilot.pause()
        await pilot.press(*"Bluepeak", "tab", *"Analyst", "tab", *"their careers page")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        shown = " ".join(detail_text(app).split())
        assert "found via their careers page (company site, read from the words)" in shown
    [saved] = Store(data_dir).applications.all()
    assert saved.source_kind == ""
    stored = json.loads((data_dir / "applications.json").read_text())
    rows = [row for table, items in stored.items() if table != "_meta" for row in items.values()]
    assert rows and all("source_kind" not in row for row in rows)


async def test_editing_keeps_the_chosen_kind_and_can_set_it_back_to_the_guess(data_dir) -> None:
    first = Store(data_dir).applications.add(application(source="a friend", source_kind="recruiter"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a", "e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ApplicationForm)
        select = form.query_one("#source_kind", Select)
        assert select.value == "recruiter"
        select.value = ""
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    [saved] = Store(data_dir).applications.all()
    assert saved.id == first.id and saved.source_kind == ""
