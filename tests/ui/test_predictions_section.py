"""Insights' seventh section, predictions against reality: the comparison, titles as typed, the worries' tally."""

from __future__ import annotations

from datetime import date, timedelta

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.prediction import Prediction
from resilience_tui.domain.worry import Worry
from resilience_tui.store.store import Store
from resilience_tui.ui.insights.screen import InsightsScreen
from resilience_tui.ui.predictions.insights_section import TITLE
from tests.ui.helpers import FIXED_NOW, app_on

TODAY = FIXED_NOW.date()
HEARD = TODAY - timedelta(days=10)


def records(store: Store) -> None:
    moods = {**{-d: 4 for d in range(1, 21)}, 0: 2, 1: 4, 2: 4, 3: 4}
    for offset, mood in moods.items():
        store.checkins.add(CheckIn(mood=mood, at=FIXED_NOW - timedelta(days=(TODAY - (HEARD + timedelta(days=offset))).days)))
    store.applications.add(Application(
        company="[bold]Acme[/]", role="Designer\x1b[2J", outcome="rejected", rejected_on=HEARD,
        prediction=Prediction(chance=30, feel=1, days=14, made_on=HEARD - timedelta(days=20))))
    store.worries.add(Worry("x", date(2026, 11, 1), answer="no"))
    store.worries.add(Worry("y", date(2026, 11, 2), answer="no"))


async def test_insights_sets_the_guesses_beside_what_happened(data_dir):
    records(Store(data_dir))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        titles = " ".join(str(w.render()) for w in screen.query(".section-title"))
        assert f"7  {TITLE}" in titles
        text = " ".join(str(screen.query_one("#ins-predictions").render()).split())
        assert text.startswith("Of 1 rejection you made a guess about, 1 passed sooner than you expected.")
        assert "[bold]Acme[/], Designer␛[2J: You expected about 14 days; it was 3." in text
        assert "Of 2 worries you looked back on, 2 did not happen." in text and "small clinical sample" in text
