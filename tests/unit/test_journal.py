"""Journal entries: titles, tags, kinds, reading stored data, the rules, and the win of the day."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from resilience_tui.domain.journal import (
    ENTRY,
    WIN,
    JournalEntry,
    excerpt,
    is_blank,
    pick_win,
    title_from_body,
    validate,
)
from resilience_tui.domain.records import ValidationError

AT = datetime(2026, 11, 2, 21, 0, tzinfo=timezone.utc)


def entry(body="", **fields) -> JournalEntry:
    return JournalEntry(body=body, at=fields.pop("at", AT), created_at=AT, updated_at=AT, **fields)


@pytest.mark.parametrize(
    "body, title",
    [
        ("# Rough day\n\nThe rest", "Rough day"),
        ("\n\n  First words here\nsecond", "First words here"),
        ("> quoted start", "quoted start"),
        ("- [x] done item", "done item"),
        ("1. numbered", "numbered"),
        ("[bold]not markup[/]", "[bold]not markup[/]"),
        ("", ""),
        ("#\n\n", ""),
    ],
)
def test_title_is_the_first_line_with_words(body, title):
    assert title_from_body(body) == title
    assert entry(body).heading == title


def test_a_given_title_wins_and_long_lines_are_shortened():
    assert entry("# From the text", title="Given").heading == "Given"
    assert entry("  ", title="  ").heading == ""
    assert len(title_from_body("x" * 500)) == 200


def test_tags_come_from_the_text_the_title_and_directly():
    found = entry("Talked to #Acme about the #interview", title="#final round", tags=("direct", "acme"))
    assert found.all_tags == ("direct", "acme", "final", "interview")


def test_round_trip_keeps_every_field():
    original = entry("Body [bold] 🙂\r\nline", title="T", tags=("a",), kind=WIN, starred=True)
    assert JournalEntry.from_dict(original.to_dict()) == original
    assert original.to_dict()["kind"] == "win"


def test_older_documents_without_optional_fields_read():
    doc = {"id": "x", "at": "2026-11-02T21:00:00+00:00", "body": "b",
           "created_at": "2026-11-02T21:00:00+00:00", "updated_at": "2026-11-02T21:00:00+00:00"}
    read = JournalEntry.from_dict(doc)
    assert (read.kind, read.title, read.tags, read.starred) == (ENTRY, "", (), False)


@pytest.mark.parametrize(
    "change, error",
    [
        ({"kind": "diary"}, ValueError),
        ({"body": 3}, ValueError),
        ({"starred": "yes"}, ValueError),
        ({"tags": "a,b"}, ValueError),
        ({"tags": [1]}, ValueError),
        ({"at": "not a date"}, ValueError),
        ({"id": None, "body": None}, ValueError),
    ],
)
def test_a_bad_document_is_refused(change, error):
    doc = {**entry("b").to_dict(), **change}
    with pytest.raises(error):
        JournalEntry.from_dict(doc)


def test_a_document_without_its_body_is_refused():
    doc = entry("b").to_dict()
    del doc["body"]
    with pytest.raises(KeyError):
        JournalEntry.from_dict(doc)


def test_validate_tidies_tags_and_refuses_what_cannot_be_kept():
    now = AT + timedelta(days=1)
    assert validate(entry("b", tags=("#Acme", "acme", "Job Search", "")), now).tags == ("acme", "job-search")
    with pytest.raises(ValidationError) as future:
        validate(entry("b", at=now + timedelta(hours=1)), now)
    assert future.value.field == "at" and "still to come" in future.value.message
    assert validate(entry("b", at=now + timedelta(minutes=3)), now)  # a clock a little ahead is fine
    with pytest.raises(ValidationError) as long_tag:
        validate(entry("b", tags=("x" * 41,)), now)
    assert long_tag.value.field == "tags"
    with pytest.raises(ValidationError) as long_title:
        validate(entry("b", title="t" * 201), now)
    assert long_title.value.field == "title"


def test_blank_and_excerpt():
    assert is_blank(entry(" \n ")) and not is_blank(entry("", title="t"))
    text = entry("# Offer!\n\nThey said **yes**.\n\n- start in March")
    assert excerpt(text) == "They said yes. start in March"
    assert excerpt(entry("x " * 300), limit=20).endswith("…")


def test_the_win_of_the_day_is_stable_for_a_day_and_changes_the_next():
    wins = [entry(f"win {n}", kind=WIN, at=AT - timedelta(days=n), id=f"id-{n}") for n in range(5)]
    day = date(2026, 11, 26)
    first = pick_win(wins, day)
    assert pick_win(list(reversed(wins)), day) == first  # order given does not matter
    assert pick_win(wins, day + timedelta(days=1)) != first
    assert {pick_win(wins, day + timedelta(days=n)).id for n in range(5)} == {w.id for w in wins}
    assert pick_win([], day) is None


def test_starred_wins_come_first_once_there_are_a_few():
    wins = [entry(f"win {n}", kind=WIN, at=AT - timedelta(days=n), id=f"id-{n}", starred=n < 3) for n in range(9)]
    assert all(pick_win(wins, date(2026, 1, 1) + timedelta(days=n)).starred for n in range(10))
