"""A person of "my people": read and written as stored, and refused in plain words when it cannot be kept."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from resilience_tui.domain.person import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, Person, in_order, validate
from resilience_tui.domain.records import ValidationError

AT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def test_round_trip_keeps_the_text_exactly():
    person = Person("[bold]Sam \x1b", "text or call,\nevenings", created_at=AT, updated_at=AT)
    assert Person.from_dict(person.to_dict()) == person


@pytest.mark.parametrize("name, field", [("", "name"), ("   ", "name"), ("Sam\nJo", "name"),
                                         ("x" * (MAX_NAME_LENGTH + 1), "name")])
def test_a_name_is_needed_on_one_line(name, field):
    with pytest.raises(ValidationError) as refused:
        validate(Person(name))
    assert refused.value.field == field


def test_a_note_is_optional_and_has_a_limit():
    assert validate(Person("Sam")).note == ""
    assert validate(Person("Sam", "x" * MAX_NOTE_LENGTH))
    with pytest.raises(ValidationError) as refused:
        validate(Person("Sam", "x" * (MAX_NOTE_LENGTH + 1)))
    assert refused.value.field == "note"


@pytest.mark.parametrize("change", [{"name": 5}, {"note": ["x"]}, {"id": ""}, {"created_at": "soon"}, {"revision": -1}])
def test_a_stored_value_no_person_holds_is_refused(change):
    with pytest.raises(ValueError):
        Person.from_dict({**Person("Sam", created_at=AT, updated_at=AT).to_dict(), **change})


def test_in_the_order_they_were_added():
    later = Person("Jo", created_at=AT.replace(hour=10), updated_at=AT)
    first = Person("Sam", created_at=AT, updated_at=AT)
    assert in_order([later, first]) == [first, later]
