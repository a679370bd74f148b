"""The hand-written iCalendar file: escaping, folding at 75 octets, CRLF, and what a parser reads back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import icalendar
import pytest

from resilience_tui.domain.ical import Event, calendar, fold, text
from resilience_tui.domain.reminder_events import read_clock

STAMP = datetime(2026, 11, 30, 8, 15, tzinfo=timezone.utc)
HOSTILE = "Finish [bold]SQL[/] \x1b[31mnow\x1b[0m 📚 שלום, a;b\\c\nnext\x07"


def test_text_escapes_backslash_semicolon_comma_and_newlines_and_drops_controls():
    assert text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert text("bell\x07 esc\x1b[31m del\x7f c1\x9b tab\tkept") == "bell esc[31m del c1 tab\tkept"


@pytest.mark.parametrize("line", ["SUMMARY:" + "x" * 200, "SUMMARY:" + "📚" * 60, "SUMMARY:" + "é" * 99 + "ש" * 50])
def test_fold_keeps_every_line_within_75_octets_and_never_splits_a_character(line):
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert len(pieces) > 1
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line


def test_a_calendar_parses_back_with_the_words_exact():
    events = [
        Event(uid="daily-checkin@resilience-tui", summary="Check in", start=datetime(2026, 11, 30, 20, 30), daily=True),
        Event(uid="goal-1@resilience-tui", summary=HOSTILE, start=date(2026, 12, 3), alarm=timedelta(hours=9),
              description="notes, with; all\\ of it\nand more", sequence=3, modified=STAMP),
    ]
    raw = calendar(events, STAMP).encode("utf-8")
    assert raw.count(b"\r\n") == raw.count(b"\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\x1b" not in raw and b"\x07" not in raw
    parsed = icalendar.Calendar.from_ical(raw)
    daily, goal = parsed.walk("VEVENT")
    assert str(daily["UID"]) == "daily-checkin@resilience-tui"
    assert daily["RRULE"]["FREQ"] == ["DAILY"]
    assert daily.decoded("DTSTART") == datetime(2026, 11, 30, 20, 30)  # floating: no time zone
    assert str(goal["SUMMARY"]) == "Finish [bold]SQL[/] [31mnow[0m 📚 שלום, a;b\\c\nnext"
    assert str(goal["DESCRIPTION"]) == "notes, with; all\\ of it\nand more"
    assert goal.decoded("DTSTART") == date(2026, 12, 3) and goal.decoded("DTEND") == date(2026, 12, 4)
    assert goal.decoded("DTSTAMP") == STAMP and int(goal["SEQUENCE"]) == 3
    [alarm] = goal.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == str(goal["SUMMARY"])
    assert alarm.decoded("TRIGGER") == timedelta(hours=9)


@pytest.mark.parametrize("typed, expected", [("20:30", time(20, 30)), ("8:30pm", time(20, 30)), ("9am", time(9)),
                                             ("12am", time(0)), ("21h05", time(21, 5)), (" 7.45 ", time(7, 45))])
def test_read_clock_reads_times_of_day(typed, expected):
    assert read_clock(typed) == expected


@pytest.mark.parametrize("typed", ["9", "24:00", "13pm", "20:60", "tonight", "", "0am"])
def test_read_clock_refuses_what_is_not_a_time(typed):
    assert read_clock(typed) is None
