"""Check-ins from a Daylio CSV export, read from hand-built CSV text."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from resilience_tui.export import ImportRefused
from resilience_tui.export.csv_source import read_table
from resilience_tui.export.daylio import DEFAULT_MOODS, MoodProblem, parse_moods, read_daylio, unmapped_moods

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
HOSTILE = "[bold]x[/] \x1b[2J 😀 שלום \u202e"


def table(rows: str):
    return read_table((HEADER + rows).encode(), "daylio.csv")


def read(rows: str, moods: list[str] | None = None):
    return read_daylio(table(rows), "daylio.csv", parse_moods(moods or []), NOW)


def test_default_moods_are_five_to_one():
    rows = "".join(f"2026-03-0{n},March {n},Monday,20:00,{name},,,\n"
                   for n, name in enumerate(["rad", "good", "meh", "bad", "awful"], start=1))
    assert [c.mood for _, c in read(rows).found] == [5, 4, 3, 2, 1]
    assert DEFAULT_MOODS == {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}


def test_a_row_becomes_a_checkin_with_tags_note_and_local_time():
    rows = f'2026-03-05,March 5,Thursday,9:10 pm,Good,Running | #Friends |  | running,Good day,"{HOSTILE}\nline two"\n'
    [(number, checkin)] = read(rows).found
    assert number == 2
    assert checkin.at == datetime(2026, 3, 5, 21, 10, tzinfo=timezone.utc)  # the tests run in UTC
    assert checkin.tags == ("running", "friends")
    assert checkin.note == f"Good day\n{HOSTILE}\nline two"


def test_custom_moods_without_a_level_are_all_listed():
    rows = "2026-03-05,,,20:00,super happy,,,\n2026-03-06,,,20:00,Super Happy,,,\n2026-03-07,,,20:00,blah,,,\n"
    assert unmapped_moods(table(rows), parse_moods([]), "daylio.csv") == ["super happy", "blah"]
    moods = parse_moods(["SUPER happy=5", "blah=2"])
    assert unmapped_moods(table(rows), moods, "daylio.csv") == []
    assert [c.mood for _, c in read(rows, ["SUPER happy=5", "blah=2"]).found] == [5, 5, 2]


@pytest.mark.parametrize("item, expected", [("happy", 'takes "NAME=N"'), ("happy=7", "from 1"), ("happy=x", "from 1"),
                                            ("=3", 'takes "NAME=N"')])
def test_a_bad_mood_option_is_a_usage_problem(item, expected):
    with pytest.raises(MoodProblem) as problem:
        parse_moods([item])
    assert expected in str(problem.value)


def test_bad_rows_are_left_out_with_row_numbers():
    rows = ("2026-03-05,,,20:00,good,,,\n"
            "March 5,,,20:00,good,,,\n"
            "2026-03-05,,,25:99,good,,,\n"
            "2099-01-01,,,20:00,good,,,\n"
            "2026-03-05,,,20:00,,,,\n"
            "2026-03-05,,,20:00,good,,,,extra\n")
    result = read(rows)
    assert [number for number, _ in result.found] == [2]
    assert [line.split(":")[0] for line in result.problems] == ["row 3", "row 4", "row 5", "row 6", "row 7"]
    assert "full_date" in result.problems[0] and "time" in result.problems[1]
    assert "in the future" in result.problems[2] and "no mood" in result.problems[3]


def test_an_activity_too_long_for_a_tag_is_kept_in_the_note():
    long = "a" * 41
    [(_, checkin)] = read(f"2026-03-05,,,20:00,meh,walk | {long},,dull\n").found
    assert checkin.tags == ("walk",) and checkin.note == f"dull\n\nActivities: {long}"


def test_ids_are_stable_and_differ_by_row():
    rows = "2026-03-05,,,20:00,meh,,,\n2026-03-05,,,21:00,meh,,,\n"
    first, again = read(rows), read(rows)
    assert [c.id for _, c in first.found] == [c.id for _, c in again.found]
    assert len({c.id for _, c in first.found}) == 2


def test_a_csv_that_is_not_daylio_is_refused():
    with pytest.raises(ImportRefused) as refused:
        read_daylio(read_table(b"company,role\nAcme,Dev\n", "x.csv"), "x.csv", parse_moods([]), NOW)
    assert "is not a Daylio export" in refused.value.message and "full_date or mood" in refused.value.message
