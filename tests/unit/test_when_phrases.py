"""Dates in plain words, as the journal takes them ("last monday", "2 nov", "yesterday evening")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from resilience_tui.domain.date_phrases import read_moment
from resilience_tui.domain.records import ValidationError

# A Thursday evening.
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("yesterday", "2026-11-25 12:00"),
        ("last monday", "2026-11-23 12:00"),
        ("Last Monday 21:00", "2026-11-23 21:00"),
        ("last thursday", "2026-11-19 12:00"),  # today is Thursday: "last" means a week ago
        ("thursday", "2026-11-26 18:30"),  # today itself keeps the time of day
        ("2026-11-02 21:00", "2026-11-02 21:00"),
        ("2026-11-02", "2026-11-02 12:00"),
        ("the day before yesterday", "2026-11-24 12:00"),
        ("2 nov", "2026-11-02 12:00"),
        ("nov 2", "2026-11-02 12:00"),
        ("2nd November", "2026-11-02 12:00"),
        ("2 dec", "2025-12-02 12:00"),  # no year: the latest one that has happened
        ("dec 2 2024", "2024-12-02 12:00"),
        ("2 nov 2025 21:00", "2025-11-02 21:00"),
        ("sept 3", "2026-09-03 12:00"),
        ("this morning", "2026-11-26 09:00"),
        ("this afternoon", "2026-11-26 15:00"),
        ("tonight", "2026-11-26 18:30"),  # never ahead of now
        ("this evening", "2026-11-26 18:30"),
        ("last night", "2026-11-25 21:00"),
        ("yesterday evening", "2026-11-25 20:00"),
        ("monday afternoon", "2026-11-23 15:00"),
        ("yesterday at 9pm", "2026-11-25 21:00"),
        ("3 days ago", "2026-11-23 18:30"),
    ],
)
def test_journal_phrases(text, expected):
    moment = read_moment(text, NOW)
    assert moment.strftime("%Y-%m-%d %H:%M") == expected
    assert moment.tzinfo is not None


@pytest.mark.parametrize("text", ["nov", "32 nov", "2 foo", "ma 3", "feb 30", "someday evening", "this noon"])
def test_unreadable_phrases_explain_what_works(text):
    with pytest.raises(ValidationError) as error:
        read_moment(text, NOW)
    assert "is not a time I can read" in error.value.message
    assert "last monday" in error.value.message


def test_check_in_phrases_still_work():
    assert read_moment("now", NOW) == NOW
    assert read_moment("21:00", NOW) == NOW.replace(hour=21, minute=0)
    assert read_moment("2 hours ago", NOW) == NOW - timedelta(hours=2)
