"""Worries: the look-back day as typed, answers, the tally, and what a stored worry may hold."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.worry import Worry, answered, due_worries, in_order, read_look_back, tally, validate

TODAY = date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(("typed", "days"), [("14d", 14), ("2w", 14), ("in 2 weeks", 14), ("", 14), ("friday", 1),
                                             ("tomorrow", 1), ("2026-12-01", 5), ("0d", 0), ("3 D", 3)])
def test_look_back_day_phrases(typed, days):
    assert read_look_back(typed, TODAY) == TODAY + timedelta(days=days)


@pytest.mark.parametrize("typed", ["whenever", "3 days ago", "2026-02-30", "14x"])
def test_look_back_day_refused(typed):
    with pytest.raises(ValidationError) as error:
        read_look_back(typed, TODAY)
    assert error.value.field == "look_back_on"


def test_answers_and_tally():
    worries = [Worry(f"w{n}", TODAY - timedelta(days=n)) for n in range(12)]
    looked = [answered(w, "no", "", TODAY) for w in worries[:10]] + [answered(worries[10], "partly", "some", TODAY)]
    counted = tally([*looked, worries[11], Worry("later", TODAY + timedelta(days=3))])
    assert counted.words == "Of 11 worries you looked back on, 10 did not happen, 1 partly did."
    assert counted.waiting == 2
    assert tally([]).words.startswith("No worries written down yet.")
    assert tally([Worry("x", TODAY)]).words.startswith("1 worry waiting for their look-back day")
    with pytest.raises(ValidationError):
        answered(worries[0], "maybe", "", TODAY)


def test_due_and_order():
    soon, later, past = Worry("a", TODAY), Worry("b", TODAY + timedelta(days=1)), Worry("c", TODAY - timedelta(days=4))
    done = answered(Worry("d", TODAY - timedelta(days=9)), "yes", "", TODAY)
    assert due_worries([soon, later, past, done], TODAY) == [past, soon]
    assert in_order([done, later, soon, past]) == [past, soon, later, done]


def test_validate_and_stored_values():
    with pytest.raises(ValidationError):
        validate(Worry("   ", TODAY))
    hostile = Worry("[bold]x\x1b[31m\u202e", TODAY, answer="partly", what_happened="[/]", answered_on=TODAY)
    assert Worry.from_dict(hostile.to_dict()) == hostile
    for name, bad in (("answer", "maybe"), ("look_back_on", "soon"), ("text", 3), ("answered_on", 5)):
        with pytest.raises(ValueError):
            Worry.from_dict({**hostile.to_dict(), name: bad})
