"""Hostile text typed into the Check-in screen is stored exactly and shown without breaking anything."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui.store.store import Store
from tests.ui.helpers import app_on, screen_text

# Everything a person might paste: control characters, emoji, right-to-left text,
# markup-like brackets. Characters that a text area treats as the end of a line (\r, form
# feed, the Unicode line separators) are left out: it keeps the lines, not those characters.
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
hostile = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters=LINE_BREAKS),
    min_size=1,
    max_size=200,
) | st.sampled_from(["[/]", "[bold]x[/bold]", "[link=x]y", "\x1b[31mred\x1b[0m", "שלום עולם", "👩🏽‍💻🔥", "\t\x00\x07"])


async def save_note(folder: Path, note: str, tags: str = "") -> str:
    app = app_on(folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c", "3")
        app.screen.query_one("#note").text = note
        app.screen.query_one("#tags").value = tags
        await pilot.press("ctrl+s")
        await pilot.pause()
        return screen_text(app)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=hostile)
def test_hostile_notes_round_trip_through_the_screen(note):
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "data"
        text = asyncio.run(save_note(folder, note))
        assert "Saved." in text
        [stored] = Store(folder).checkins.recent(5)
        assert stored.note == note


async def test_a_one_megabyte_note(data_dir):
    note = ("A long, long night of thinking it over. " * 26_000)[:1_000_000]
    text = await save_note(data_dir, note, tags="[bold] 🙂")
    assert "Saved." in text
    [stored] = Store(data_dir).checkins.recent(5)
    assert stored.note == note
    assert stored.tags == ("[bold]", "🙂")
