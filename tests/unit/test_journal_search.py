"""Journal search: what the search field understands, and that it finds exactly the right entries."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.domain.journal_search import build_index, date_bound, describe, parse_query, search

TODAY = date(2026, 11, 26)
BASE = datetime(2026, 11, 26, 20, 0, tzinfo=timezone.utc)


def make(n: int, body: str, **fields) -> JournalEntry:
    at = fields.pop("at", BASE - timedelta(days=n))
    return JournalEntry(body=body, at=at, id=f"e{n}", created_at=at, updated_at=at, **fields)


ENTRIES = [
    make(0, "# Offer from Acme!\nThey said yes.", kind=WIN, starred=True, tags=("offer",)),
    make(1, "Interview at #acme went well. Straße café", tags=("interview",)),
    make(2, "Rejected by Northwind. #rejection", starred=True),
    make(3, "A quiet day, nothing to report", title="Quiet"),
    make(40, "Finished the SQL course", kind=WIN, tags=("course",)),
    make(400, "Old entry about Acme and interviews", at=datetime(2025, 10, 21, 9, 0, tzinfo=timezone.utc)),
]
INDEX = build_index(ENTRIES)


def ids(text: str, view: str = "all") -> list[str]:
    return [e.id for e in search(INDEX, parse_query(text, TODAY).with_view(view))]


def test_index_is_newest_first():
    assert [item.entry.id for item in INDEX] == ["e0", "e1", "e2", "e3", "e40", "e400"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", ["e0", "e1", "e2", "e3", "e40", "e400"]),
        ("acme", ["e0", "e1", "e400"]),  # title, body and tags, any case
        ("ACME interview", ["e1", "e400"]),  # every word must be there
        ('"went well"', ["e1"]),
        ('"well went"', []),
        ("quiet", ["e3"]),  # a given title is searched
        ("#acme", ["e1"]),  # a tag filter, not a word
        ("#interview", ["e1"]),  # set directly
        ("#rejection northwind", ["e2"]),
        ("#offer #interview", []),  # every tag must be there
        ("is:win", ["e0", "e40"]),
        ("is:entry acme", ["e1", "e400"]),
        ("is:starred", ["e0", "e2"]),
        ("★", ["e0", "e2"]),
        ("from:2026-11-24", ["e0", "e1", "e2"]),
        ("to:2026-11-23", ["e3", "e40", "e400"]),
        ("from:2026-10 to:2026-10", ["e40"]),
        ("from:2025 to:2025", ["e400"]),
        ("since:yesterday", ["e0", "e1"]),
        ("from:monday to:tuesday", ["e2", "e3"]),
        ('from:"24 nov"', ["e0", "e1", "e2"]),
        ("STRASSE", ["e1"]),  # case folding: ß is ss
        ("straße CAFÉ", ["e1"]),
        ("zzz", []),
    ],
)
def test_search_finds_exactly(text, expected):
    assert ids(text) == expected


def test_views_narrow_the_search():
    assert ids("", "wins") == ["e0", "e40"]
    assert ids("acme", "wins") == ["e0"]
    assert ids("", "starred") == ["e0", "e2"]


def test_unreadable_filters_are_named_and_the_rest_still_works():
    query = parse_query("acme from:blue is:maybe", TODAY)
    assert query.words == ("acme",)
    assert len(query.problems) == 2
    assert '"blue" is not a date I can read' in query.problems[0]
    assert '"is:maybe" is not a filter I know' in query.problems[1]


def test_limit_stops_early():
    assert [e.id for e in search(INDEX, parse_query("", TODAY), limit=2)] == ["e0", "e1"]


def test_date_bounds():
    assert date_bound("2026-02", TODAY, end=True) == date(2026, 2, 28)
    assert date_bound("2024-02", TODAY, end=True) == date(2024, 2, 29)
    assert date_bound("2026-12", TODAY, end=True) == date(2026, 12, 31)
    assert date_bound("last-monday", TODAY, end=False) == date(2026, 11, 23)
    assert date_bound("2026-13", TODAY, end=False) is None
    assert date_bound("soon", TODAY, end=False) is None


def test_describe_says_it_in_words():
    query = parse_query("#acme is:win is:starred from:2026-11-02 to:2026-11-20 went well", TODAY)
    assert describe(query) == 'wins · starred · #acme · from 02 Nov 2026 · to 20 Nov 2026 · "went" "well"'
    assert parse_query("   ", TODAY).is_empty


def test_edited_entries_are_found_by_their_new_words():
    changed = ENTRIES[3].edited(body="Now about a sunflower")
    index = build_index([changed, *ENTRIES[:3]])
    assert [e.id for e in search(index, parse_query("sunflower", TODAY))] == ["e3"]
    assert search(index, parse_query("quiet day", TODAY)) == []


def test_markup_and_hostile_text_are_just_text():
    odd = make(5, "[bold]x[/] \x00 \u202e evil")
    index = build_index([odd])
    assert [e.id for e in search(index, parse_query("[bold]x[/]", TODAY))] == ["e5"]
    assert [e.id for e in search(index, parse_query("\u202e", TODAY))] == ["e5"]
