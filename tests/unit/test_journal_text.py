"""Text written from a shell: the first sentence as the title, a leading "yesterday:" as the date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from resilience_tui.domain.journal import MAX_TITLE_LENGTH, JournalEntry
from resilience_tui.domain.journal_text import EmptyText, jrnl_parts, leading_moment, read_written, split_title

NOW = datetime(2026, 11, 30, 18, 45, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "text, title, body",
    [
        ("Rough day. Acme said no.", "Rough day.", "Acme said no."),
        ("Why me? I did everything right!", "Why me?", "I did everything right!"),
        ("Wow!!! They called back", "Wow!!!", "They called back"),
        ('She said "no." Then we talked.', 'She said "no."', "Then we talked."),
        ("Dr. Smith called.", "Dr.", "Smith called."),  # as jrnl splits it
        ("No sentence end here", "No sentence end here", ""),
        ("Version 3.5 is out", "Version 3.5 is out", ""),  # a point inside a number ends nothing
        ("Done.", "Done.", ""),
        ("  Spaces around. Both ends.  ", "Spaces around.", "Both ends."),
        ("... and then nothing. Really.", "... and then nothing.", "Really."),
        ("First line\nsecond line. Third.", "First line", "second line. Third."),
        ("Ends here.\nNext line\n\nA paragraph.", "Ends here.", "Next line\n\nA paragraph."),
        ("Tagged #acme. More #walk", "Tagged #acme.", "More #walk"),
    ],
)
def test_split_title(text, title, body):
    assert split_title(text) == (title, body)


def test_hostile_text_is_kept_exactly():
    title = "[bold]Ouch[/] \x1b[31mred\x1b[0m 🙂 שלום\u202e."
    body = "Line two \x07 bell.\n\tindented \x9b and more"
    assert split_title(f"{title} {body}") == (title, body)


@pytest.mark.parametrize(
    "text, moment, rest",
    [
        ("yesterday: Rough day.", datetime(2026, 11, 29, 12, 0, tzinfo=NOW.tzinfo), " Rough day."),
        ("Yesterday 21:00: Late call.", datetime(2026, 11, 29, 21, 0, tzinfo=NOW.tzinfo), " Late call."),
        ("2026-11-02 08:30: Early start.", datetime(2026, 11, 2, 8, 30, tzinfo=NOW.tzinfo), " Early start."),
        ("at 9am: Coffee.", datetime(2026, 11, 30, 9, 0, tzinfo=NOW.tzinfo), " Coffee."),
        ("monday:\nA new week.", datetime(2026, 11, 30, 18, 45, tzinfo=NOW.tzinfo), "\nA new week."),
    ],
)
def test_a_leading_date_phrase_is_the_date(text, moment, rest):
    assert leading_moment(text, NOW) == (moment, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Note to self: call Sam.",
        "Rough day. Yesterday: fine.",
        "Meeting at 10:30 went well",
        "yesterday:no space after the colon",
        "A very long opening that is certainly not a date at all: text",
        "",
    ],
)
def test_text_without_a_leading_date_is_left_alone(text):
    assert leading_moment(text, NOW) == (None, text)


def test_read_written_takes_the_date_then_splits_the_rest():
    written = read_written("yesterday: Rough day. Acme said no. #acme", NOW)
    assert (written.title, written.body) == ("Rough day.", "Acme said no. #acme")
    assert written.at == datetime(2026, 11, 29, 12, 0, tzinfo=NOW.tzinfo)


def test_read_written_can_leave_a_leading_phrase_in_the_text():
    written = read_written("yesterday: Rough day.", NOW, leading_date=False)
    assert (written.title, written.body, written.at) == ("yesterday: Rough day.", "", None)


def test_multi_line_text_from_stdin():
    written = read_written("Heard back\n\nIt was a no.\nI'm okay though.\n", NOW)
    assert (written.title, written.body, written.at) == ("Heard back", "It was a no.\nI'm okay though.", None)


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "yesterday:", "yesterday:   \n"])
def test_empty_text_is_refused(text):
    with pytest.raises(EmptyText):
        read_written(text, NOW)


def test_a_first_sentence_too_long_for_a_title_stays_in_the_text():
    long = "word " * (MAX_TITLE_LENGTH // 4) + "end. Next."
    written = read_written(long, NOW)
    assert written.title == "" and written.body == long.strip()


def test_jrnl_parts_use_the_title_or_split_the_text():
    at = NOW
    assert jrnl_parts(JournalEntry(body="Acme said no.", title="Rough day.", at=at)) == ("Rough day.", "Acme said no.")
    assert jrnl_parts(JournalEntry(body="Called in sick.\nUsed the time.", at=at)) == ("Called in sick.", "Used the time.")
    assert jrnl_parts(JournalEntry(body="# A heading\n\nText.", at=at)) == ("# A heading", "Text.")
