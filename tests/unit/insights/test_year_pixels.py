"""Year in pixels: a cell per day with glyph and words, marks, a layout that fits 80 columns, a day's details."""

from __future__ import annotations

from datetime import date, datetime, timezone

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.day_events import HEARD_BACK, OFFER, WIN, day_events
from resilience_tui.domain.insight_range import InsightRange, calendar_year, last_days
from resilience_tui.domain.moods import MOODS
from resilience_tui.domain.year_pixels import (
    NO_CHECKIN,
    OFFER_MARK,
    REJECTION_MARK,
    day_details,
    header_line,
    pixel_rows,
    year_pixels,
)

from .build import LONDON, STAMP, checkin, daily, entry, rejection

TODAY = date(2024, 12, 31)


def test_a_pixel_per_day_with_the_days_mean_as_glyph_and_words():
    records = [checkin(date(2024, 2, 29), 3, hour=9), checkin(date(2024, 2, 29), 4, hour=21), checkin(date(2024, 3, 1), 5)]
    pixels = year_pixels(day_book(records, LONDON), {}, calendar_year(2024, TODAY))
    assert len(pixels.pixels) == 366
    leap = pixels.pixel(date(2024, 2, 29))
    assert leap is not None and (leap.mean, leap.count, leap.glyph) == (3.5, 2, "▅")
    assert leap.words == "Thu 29 Feb 2024: between okay and good (3.5 from 2 check-ins)"
    assert leap.colour == MOODS[2].colour  # the level reached, never shown alone
    great = pixels.pixel(date(2024, 3, 1))
    assert great is not None and great.glyph == "█" and great.colour == MOODS[4].colour
    empty = pixels.pixel(date(2024, 3, 2))
    assert empty is not None and (empty.glyph, empty.colour, empty.words) == (NO_CHECKIN, None, "Sat 02 Mar 2024: no check-in")
    assert pixels.pixel(date(2025, 1, 1)) is None


def test_rejections_and_offers_are_marked_in_glyph_and_words():
    offer = Application(company="Bright", role="Designer", stage="offer", outcome="offer",
                        interview_dates=(date(2024, 5, 2),), applied_on=date(2024, 4, 1), created_at=STAMP, updated_at=STAMP)
    events = day_events(applications=[rejection(date(2024, 5, 1)), offer], tz=LONDON)
    assert [e.kind for e in events[date(2024, 5, 1)]] == [HEARD_BACK]
    assert [e.kind for e in events[date(2024, 5, 2)]] == ["interview", OFFER]
    pixels = year_pixels(day_book([checkin(date(2024, 5, 1), 2)], LONDON), events, calendar_year(2024, TODAY))
    heard = pixels.pixel(date(2024, 5, 1))
    assert heard is not None and heard.mark == REJECTION_MARK and heard.words.endswith("heard back about a rejection")
    offered = pixels.pixel(date(2024, 5, 2))
    assert offered is not None and offered.mark == OFFER_MARK and offered.words.endswith("an offer")


def test_a_year_lays_out_as_twelve_rows_within_80_columns():
    records = daily(date(2024, 1, 1), [3] * 366)
    rows = pixel_rows(year_pixels(day_book(records, LONDON), {}, calendar_year(2024, TODAY)))
    assert [(r.year, r.month) for r in rows] == [(2024, m) for m in range(1, 13)]
    assert all(len(r.cells) == 31 for r in rows)
    assert max(len(r.text) for r in rows) <= 80 and len(header_line()) <= 80
    february = rows[1]
    assert february.cells[28] is not None and february.cells[29] is None  # 29 Feb, then nothing
    assert february.text.startswith("Feb 2024 ▄ ")
    assert rows[3].cells[30] is None  # 30 days hath April


def test_a_range_across_new_year_has_rows_for_both_years_and_blanks_outside_it():
    span = last_days(date(2026, 1, 10), 30)  # 12 Dec 2025 to 10 Jan 2026
    rows = pixel_rows(year_pixels(day_book([], LONDON), {}, span))
    assert [(r.year, r.month) for r in rows] == [(2025, 12), (2026, 1)]
    assert rows[0].cells[10] is None and rows[0].cells[11] is not None  # 11 Dec is outside, 12 Dec inside
    assert rows[1].cells[9] is not None and rows[1].cells[10] is None  # 10 Jan inside, 11 Jan outside


def test_words_say_when_there_is_too_little():
    span = InsightRange("30d", date(2024, 1, 1), date(2024, 1, 30), "last 30 days")
    few = year_pixels(day_book(daily(date(2024, 1, 1), [3, 3, 3]), LONDON), {}, span)
    assert few.words == "3 check-ins in this range: too few to say much."
    enough = year_pixels(day_book(daily(date(2024, 1, 1), [4, 4, 2, 3, 5]), LONDON), {}, span)
    assert enough.words.startswith("5 days with check-ins in this range: 3 good or better, 1 low.")
    assert year_pixels(day_book([], LONDON), {}, span).words == "No check-ins in this range yet."


def test_a_day_in_the_clocks_change_keeps_its_check_ins_together():
    # Sun 25 Oct 2026 has 25 hours in London; 00:30 and 23:30 local are the same day, whatever UTC says
    early = CheckIn(mood=2, at=datetime(2026, 10, 24, 23, 30, tzinfo=timezone.utc), created_at=STAMP, updated_at=STAMP)
    late = CheckIn(mood=4, at=datetime(2026, 10, 25, 23, 30, tzinfo=timezone.utc), created_at=STAMP, updated_at=STAMP)
    pixels = year_pixels(day_book([early, late], LONDON), {}, calendar_year(2026, date(2026, 12, 1)))
    sunday = pixels.pixel(date(2026, 10, 25))
    assert sunday is not None and (sunday.count, sunday.mean) == (2, 3.0)
    assert pixels.days_with_checkins == 1


def test_day_details_gather_the_days_check_ins_entries_and_events():
    day = date(2024, 6, 3)
    checkins = [checkin(day, 4, hour=20), checkin(day, 2, hour=8), checkin(date(2024, 6, 4), 5)]
    entries = [entry(day, win=True, text="Got a callback"), entry(date(2024, 6, 2))]
    events = day_events(applications=[rejection(day)], wins=entries, tz=LONDON)
    details = day_details(day, checkins=checkins, entries=entries, events=events, tz=LONDON)
    assert [c.mood for c in details.checkins] == [2, 4]  # oldest first
    assert [e.body for e in details.entries] == ["Got a callback"]
    assert sorted(e.kind for e in details.events) == sorted([HEARD_BACK, WIN])
    assert details.words == "Mon 03 Jun 2024: 2 check-ins, 1 journal entry, 2 events."
    empty = day_details(date(2024, 6, 5), checkins=checkins, entries=entries, events=events, tz=LONDON)
    assert empty.words == "Wed 05 Jun 2024: nothing recorded."


def test_days_still_to_come_are_blank_not_missed():
    today = date(2026, 11, 30)
    pixels = year_pixels(day_book(daily(date(2026, 11, 29), [4, 4]), LONDON), {}, calendar_year(2026, today), today)
    to_come = pixels.pixel(date(2026, 12, 1))
    assert to_come is not None and to_come.future and to_come.glyph == " "
    assert to_come.words == "Tue 01 Dec 2026: still to come"
    december = pixel_rows(pixels)[-1]
    assert december.text.strip() == "Dec 2026"
    past = pixels.pixel(date(2026, 11, 28))
    assert past is not None and past.glyph == NO_CHECKIN and not past.future
