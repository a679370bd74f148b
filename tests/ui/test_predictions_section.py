"""The Insights section widget: shows a PredictionsResult, titles as typed, and redraws only on a new result."""

from __future__ import annotations

from datetime import date, timedelta

from textual.app import App, ComposeResult

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.prediction import Prediction
from resilience_tui.domain.predictions import predictions_against_reality
from resilience_tui.domain.worry import Worry
from resilience_tui.ui.predictions.insights_section import TITLE, PredictionsSection
from tests.ui.helpers import FIXED_NOW

TODAY = FIXED_NOW.date()
HEARD = TODAY - timedelta(days=10)


class SectionApp(App[None]):
    def compose(self) -> ComposeResult:
        yield PredictionsSection()


def result():
    at = FIXED_NOW
    moods = {**{-d: 4 for d in range(1, 21)}, 0: 2, 1: 4, 2: 4, 3: 4}
    checkins = [CheckIn(mood=m, at=at - timedelta(days=(TODAY - (HEARD + timedelta(days=o))).days))
                for o, m in moods.items()]
    app = Application(company="[bold]Acme[/]", role="Designer\x1b[2J", outcome="rejected", rejected_on=HEARD,
                      prediction=Prediction(chance=30, feel=1, days=14, made_on=HEARD - timedelta(days=20)))
    worries = [Worry("x", date(2026, 11, 1), answer="no"), Worry("y", date(2026, 11, 2), answer="no")]
    return predictions_against_reality([app], day_book(checkins), TODAY, worries)


async def test_the_section_shows_the_result_with_titles_as_typed():
    app = SectionApp()
    async with app.run_test(size=(100, 30)) as pilot:
        section = app.query_one(PredictionsSection)
        section.show(result())
        await pilot.pause()
        text = " ".join(str(section.render()).split())
        assert text.startswith(f"{TITLE} Of 1 rejection you made a guess about, 1 passed sooner than you expected.")
        assert "[bold]Acme[/], Designer␛[2J: You expected about 14 days; it was 3." in text
        assert "Of 2 worries you looked back on, 2 did not happen." in text and "small clinical sample" in text
        shown = section.content
        section.show(result())  # the same result again: nothing is drawn again
        assert section.content is shown
