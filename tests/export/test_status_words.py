"""Status and stage words from spreadsheets, read loosely."""

from __future__ import annotations

import pytest

from resilience_tui.export.status_words import read_status


@pytest.mark.parametrize("word, stage, outcome, rounds", [
    ("", "applied", "in_progress", 0),
    ("Applied", "applied", "in_progress", 0),
    ("Phone screen", "screening", "in_progress", 0),
    ("Recruiter call", "screening", "in_progress", 0),
    ("Interviewing", "interview", "in_progress", 0),
    ("Second interview", "later", "in_progress", 2),
    ("Round 3", "later", "in_progress", 3),
    ("Onsite", "final", "in_progress", 0),
    ("Final round", "final", "in_progress", 0),
    ("Offer", "offer", "offer", 0),
    ("Offer accepted", "offer", "offer", 0),
    ("Rejected", "applied", "rejected", 0),
    ("Rejected after onsite", "final", "rejected", 0),
    ("Declined", "applied", "withdrawn", 0),
    ("Offer declined", "applied", "withdrawn", 0),
    ("Withdrew", "applied", "withdrawn", 0),
])
def test_known_words(word, stage, outcome, rounds):
    status = read_status(word)
    assert (status.stage, status.outcome, status.rounds, status.known) == (stage, outcome, rounds, True)


@pytest.mark.parametrize("word", ["Ghosted", "No response", "never heard back"])
def test_silence_stays_in_progress_and_is_flagged(word):
    status = read_status(word)
    assert (status.outcome, status.silent, status.known) == ("in_progress", True, False)


@pytest.mark.parametrize("word", ["Wishlist", "Waiting on references", "🤞"])
def test_unknown_words_are_flagged(word):
    status = read_status(word)
    assert (status.stage, status.outcome, status.known, status.silent) == ("applied", "in_progress", False, False)
