"""The demo has guesses on applications (some set beside what happened), worries looked back on, and one
worry due on the demo's today."""

from __future__ import annotations

from datetime import date

from resilience_tui.demo import write_demo
from resilience_tui.demo.worries import DEMO_WORRIES
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.predictions import COMPARED, predictions_against_reality
from resilience_tui.domain.worry import due_worries, tally
from resilience_tui.store.store import Store

TODAY = date(2026, 11, 26)


def test_the_demo_has_guesses_compared_and_worries_to_look_back_on(tmp_path):
    counts = write_demo(tmp_path / "d", years=2, today=TODAY)
    store = Store(tmp_path / "d")
    assert counts["worries"] == len(DEMO_WORRIES)
    applications = store.applications.all()
    guessed = [a for a in applications if a.prediction is not None]
    assert any(a.outcome == "in_progress" for a in guessed) and any(a.outcome == "offer" for a in guessed)
    result = predictions_against_reality(applications, day_book(store.checkins.all()), TODAY, store.worries.all())
    compared = [c for c in result.comparisons if c.state == COMPARED and c.outcome == "rejected"]
    assert len(compared) >= 3 and result.calibration.enough
    worries = store.worries.all()
    assert [w.text for w in due_worries(worries, TODAY)] == ["I'm not good enough for senior roles"]
    assert tally(worries).words == "Of 6 worries you looked back on, 4 did not happen, 1 partly did, 1 did."


def test_the_demo_guesses_are_the_same_each_time(tmp_path):
    write_demo(tmp_path / "a", years=1, today=TODAY)
    write_demo(tmp_path / "b", years=1, today=TODAY)
    first, second = (sorted((a.id, a.prediction) for a in Store(tmp_path / d).applications.all()) for d in "ab")
    assert first == second and any(prediction for _, prediction in first)
