"""The guesses form on Applications (key p): kept on an application in progress, frozen once the outcome is in,
and set beside what happened in the detail."""

from __future__ import annotations

from datetime import timedelta

import pytest

from resilience_tui.domain.prediction import FROZEN, Prediction
from resilience_tui.store.store import Store
from resilience_tui.ui.predictions.form import PredictionForm
from tests.ui.application_helpers import TODAY, application, rejection
from tests.ui.helpers import FIXED_NOW, app_on, checkin, notices, screen_text

SIZES = [(80, 24), (160, 48)]


@pytest.mark.parametrize("size", SIZES)
async def test_p_keeps_the_guesses_on_an_application_in_progress(data_dir, size):
    store = Store(data_dir)
    kept = store.applications.add(application("[bold]Acme", "Designer"))
    app = app_on(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PredictionForm)
        assert app.screen.focused is not None and app.screen.focused.id == "prediction-chance"
        text = screen_text(app)
        assert "How likely is an offer?" in text and "[bold]Acme" in text  # the title as typed
        await pilot.press("3", "0", "tab", "2", "tab", "1", "4", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, PredictionForm)
        assert "a 30% chance of an offer; if it is a no, feeling low for about 14 days" in " ".join(screen_text(app).split())
    stored = Store(data_dir).applications.get(kept.id)
    assert stored is not None and stored.prediction == Prediction(30, 2, 14, TODAY)


async def test_a_chance_out_of_range_is_explained_and_nothing_is_saved(data_dir):
    store = Store(data_dir)
    kept = store.applications.add(application())
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("p", "1", "5", "0", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PredictionForm)
        assert "The chance of an offer is a whole number from 0 to 100." in screen_text(app)
        assert app.screen.focused.id == "prediction-chance"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PredictionForm)
    assert Store(data_dir).applications.get(kept.id).prediction is None


async def test_the_guesses_are_frozen_once_the_outcome_is_in_and_compared(data_dir):
    store = Store(data_dir)
    guess = Prediction(chance=30, feel=1, days=14, made_on=TODAY - timedelta(days=30))
    kept = store.applications.add(rejection(days=10, prediction=guess))
    for day in range(40, 10, -1):  # a usual of "good" before hearing back
        store.checkins.add(checkin(24 * day, 4))
    for day, mood in ((10, 2), (9, 3), (8, 4), (7, 4), (6, 4)):
        store.checkins.add(checkin(24 * day, mood))
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "You expected about 14 days; it was 3. It passed sooner than you thought." in text
        assert "You expected to feel very low (1); your lowest was low (2.0). It was gentler than you feared." in text
        await pilot.press("p")
        await pilot.pause()
        assert not isinstance(app.screen, PredictionForm)
        assert FROZEN in notices(app)
    assert Store(data_dir).applications.get(kept.id).prediction == guess
    assert FIXED_NOW  # the clock the app ran on
