"""Predictions against reality on hand-built cases: guesses beside the bounce-back and the lowest point,
an offer beside the chance given, the calibration buckets, and the too-little-data wording."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.prediction import Prediction, check, read_number
from resilience_tui.domain.predictions import (
    COMPARED,
    NO_DAY,
    WAITING,
    calibration,
    compare,
    prediction_lines,
    predictions_against_reality,
)
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.worry import Worry

HEARD = date(2026, 10, 1)
GUESS = Prediction(chance=30, feel=1, days=14, made_on=date(2026, 9, 20))


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc)


def checkins(moods: dict[int, int]) -> list[CheckIn]:
    """Check-ins on days relative to hearing back (negative: before)."""
    return [CheckIn(mood=mood, at=at(HEARD + timedelta(days=offset))) for offset, mood in moods.items()]


USUAL = {offset: 4 for offset in range(-20, 0)}  # a usual of "good" before hearing back


def rejected(prediction: Prediction | None = GUESS, **fields) -> Application:
    fields.setdefault("rejected_on", HEARD)
    return Application(company="Acme [b]", role="Designer", applied_on=HEARD - timedelta(days=30),
                       outcome="rejected", prediction=prediction, **fields)


def test_back_sooner_and_gentler_than_expected():
    book = day_book(checkins({**USUAL, 0: 2, 1: 3, 2: 4, 3: 4, 4: 4}))
    found = compare(rejected(), book, HEARD + timedelta(days=6))
    assert found is not None and found.state == COMPARED
    assert found.days_off == 3 - 14 and found.mood_off == pytest.approx(1.0)  # back on day 3: (3 + 4 + 4) / 3
    assert found.lines == (
        "You expected about 14 days; it was 3. It passed sooner than you thought.",
        "You expected to feel very low (1); your lowest was low (2.0). It was gentler than you feared.",
    )


def test_longer_and_harder_than_expected_is_said_kindly():
    moods = {**USUAL, **{offset: 1 for offset in range(0, 10)}, 10: 4, 11: 4, 12: 4}
    guess = Prediction(chance=60, feel=3, days=3)
    found = compare(rejected(guess), day_book(checkins(moods)), HEARD + timedelta(days=20))
    assert found is not None and found.days_off == 12 - 3
    assert "it was 12. It took longer than you expected, and that is all right" in found.words
    assert "your lowest was very low (1.0). It was harder than you expected." in found.words


def test_no_checkins_after_the_rejection_waits_then_says_it_cannot_compare():
    book = day_book(checkins(USUAL))
    waiting = compare(rejected(), book, HEARD + timedelta(days=29))
    assert waiting is not None and waiting.state == WAITING
    assert "once your check-ins show you back to your usual, or 30 days after hearing back" in waiting.words
    later = compare(rejected(), book, HEARD + timedelta(days=30))
    assert later is not None and later.state == COMPARED and later.days_off is None and later.mood_off is None
    assert later.lines == (
        "You expected about 14 days. Your check-ins do not show you back to your usual yet, and that is all "
        "right: it can take a while, and it does pass.",
        "You expected to feel very low (1). There are no check-ins since hearing back, so how it felt cannot be "
        "compared.",
    )


def test_too_few_checkins_before_says_so():
    found = compare(rejected(), day_book(checkins({-2: 3, 0: 2})), HEARD + timedelta(days=31))
    assert found is not None and "too few check-ins before it to know your usual" in found.words


def test_a_prediction_with_no_outcome_yet_is_not_compared():
    in_progress = Application(company="Acme", role="Designer", prediction=GUESS)
    assert compare(in_progress, day_book([]), HEARD) is None
    withdrawn = Application(company="Acme", role="Designer", outcome="withdrawn", prediction=GUESS)
    assert compare(withdrawn, day_book([]), HEARD) is None
    assert compare(rejected(None), day_book([]), HEARD) is None


def test_a_rejection_without_a_day_keeps_the_guesses():
    found = compare(rejected(rejected_on=None), day_book(checkins(USUAL)), HEARD)
    assert found is not None and found.state == NO_DAY and "add the day to the application" in found.words


def test_an_outcome_changed_afterwards_is_compared_as_it_is_now():
    book = day_book(checkins({**USUAL, 0: 2, 1: 4, 2: 4, 3: 4}))
    first = rejected()
    assert compare(first, book, HEARD + timedelta(days=5)).state == COMPARED  # type: ignore[union-attr]
    offer = first.edited(outcome="offer", rejected_on=None)
    found = compare(offer, book, HEARD + timedelta(days=5))
    assert found is not None and found.outcome == "offer" and found.bounce is None
    assert found.lines == ("You gave it a 30% chance, and it led to an offer. Things can go better than they look "
                           "from inside the wait.",)
    back = offer.edited(outcome="in_progress")
    assert compare(back, book, HEARD + timedelta(days=5)) is None


def application(chance: int | None, outcome: str) -> Application:
    return Application(company="C", role="R", outcome=outcome,
                       rejected_on=HEARD if outcome == "rejected" else None,
                       prediction=Prediction(chance=chance, feel=2) if chance is not None or outcome else None)


def test_calibration_buckets_in_plain_words():
    apps = [application(c, "rejected") for c in (20, 25, 30, 39, 35, 22, 28, 31)] + [application(40, "offer"),
            application(33, "offer"), application(90, "rejected"), application(None, "rejected"),
            application(50, "withdrawn"), application(70, "in_progress")]
    found = calibration(apps)
    assert found.given == 11 and found.offers == 2 and found.enough
    assert [b.words for b in found.buckets] == [
        "You gave 20-40% to 9 applications; 1 led to an offer.",
        "You gave 40-60% to 1 application; it led to an offer.",
        "You gave 80-100% to 1 application; it did not lead to an offer.",
    ]
    assert found.words.startswith("On average you gave 36%; 2 of 11 (18%) led to an offer.")


def test_too_little_data_is_said_honestly():
    found = calibration([application(30, "rejected"), application(60, "offer")])
    assert not found.enough
    assert found.words.startswith("2 applications with a chance given have ended so far: too few to say")
    assert calibration([]).words.startswith("No chances given yet")


def test_read_and_check_numbers():
    assert read_number(" 30% ", 0, 100, "The chance", "chance") == 30 and read_number("", 0, 100, "x", "y") is None
    for bad in ("101", "-1", "3.5", "lots"):
        with pytest.raises(ValidationError):
            read_number(bad, 0, 100, "The chance", "chance")
    with pytest.raises(ValidationError):
        check(None, None, None, HEARD)
    with pytest.raises(ValidationError, match="1 \\(very low\\) to 5"):
        check(None, 6, None, HEARD)


def test_prediction_round_trips_and_bad_values_are_refused():
    app = rejected()
    assert Application.from_dict(app.to_dict()).prediction == GUESS
    assert "prediction" not in rejected(None).to_dict()
    for bad in ({"chance": 101}, {"feel": 0}, {"days": -1}, {"chance": "30"}, "30", {"made_on": "soon"}):
        data = {**app.to_dict(), "prediction": bad}
        with pytest.raises(ValueError):
            Application.from_dict(data)


def test_the_section_result_and_its_lines():
    book = day_book(checkins({**USUAL, 0: 2, 1: 4, 2: 4, 3: 4}))
    worries = [Worry("a", HEARD, answer="no"), Worry("b", HEARD, answer="yes"), Worry("c", HEARD)]
    result = predictions_against_reality([rejected(), application(50, "offer")], book, HEARD + timedelta(days=5),
                                         worries)
    assert result.words == "Of 1 rejection you made a guess about, 1 passed sooner than you expected."
    lines = prediction_lines(result)
    assert lines[1] == "  Acme [b], Designer: You expected about 14 days; it was 3. It passed sooner than you thought. " \
                       "You expected to feel very low (1); your lowest was low (2.0). It was gentler than you feared."
    assert "  Of 2 worries you looked back on, 1 did not happen, 1 did." in lines
    assert any("small clinical sample" in line for line in lines)
    empty = predictions_against_reality([], day_book([]), HEARD)
    assert empty.words.startswith("No guesses yet.") and empty.comparisons == ()
