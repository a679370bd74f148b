"""Stage, outcome and contact words typed on the command line."""

from __future__ import annotations

import pytest

from resilience_tui.domain.application import STAGE_KEYS
from resilience_tui.domain.application_words import read_contact, read_outcome, read_stage, stage_word
from resilience_tui.domain.records import ValidationError


@pytest.mark.parametrize("typed, expected", [
    ("applied", ("applied", 0)), ("Screening-Call", ("screening", 0)), ("phone_screen", ("screening", 0)),
    ("interview", ("interview", 0)), ("round-1", ("interview", 0)), ("round-2", ("later", 2)),
    ("round 20", ("later", 20)), ("final-round", ("final", 0)), ("  FINAL  ", ("final", 0)), ("offer", ("offer", 0)),
])
def test_stage_words(typed, expected):
    assert read_stage(typed) == expected


def test_every_stage_can_be_typed_as_it_is_said():
    for key in STAGE_KEYS:
        if key != "later":
            assert read_stage(stage_word(key, 0).replace(" ", "-"))[0] == key
    assert read_stage(stage_word("later", 4)) == ("later", 4)


@pytest.mark.parametrize("typed, words", [
    ("later-rounds", 'Say "round-2"'), ("round-21", "from 2 to 20"), ("round-0", "from 2 to 20"),
    ("hired", '--stage is one of applied, screening, interview, round-2 (up to round-20), final-round or offer, not "hired"'),
    ("", "--stage is one of"),
])
def test_stage_words_that_name_no_stage(typed, words):
    with pytest.raises(ValidationError) as error:
        read_stage(typed)
    assert words in error.value.message and error.value.field == "stage"


@pytest.mark.parametrize("typed, expected", [
    ("in-progress", "in_progress"), ("In progress", "in_progress"), ("in_progress", "in_progress"),
    ("rejected", "rejected"), ("WITHDRAWN", "withdrawn"), ("offer", "offer"), ("maybe", None), ("", None),
])
def test_outcome_words(typed, expected):
    assert read_outcome(typed) == expected


@pytest.mark.parametrize("typed, expected", [
    ("Sam Lee <sam@acme.example>", ("Sam Lee", "sam@acme.example")),
    ('"Lee, Sam" <sam@acme.example>', ("Lee, Sam", "sam@acme.example")),
    ("<sam@acme.example>", ("", "sam@acme.example")),
    ("  sam@acme.example ", ("", "sam@acme.example")),
    ("Zoë Müller 🚀 שלום", ("Zoë Müller 🚀 שלום", "")),
    ("[bold]Sam\x1b[2J <sam@acme.example>", ("[bold]Sam\x1b[2J", "sam@acme.example")),
    ("Sam <not an address>", ("Sam", "not an address")),  # the address is checked with the application
])
def test_contact_words(typed, expected):
    assert read_contact(typed) == expected


@pytest.mark.parametrize("typed", ["Sam <sam@acme.example", "Sam sam@acme.example>", "Sam <a> <b>"])
def test_a_contact_with_unclosed_brackets_is_refused(typed):
    with pytest.raises(ValidationError) as error:
        read_contact(typed)
    assert 'Write the contact as "Name <email>"' in error.value.message
