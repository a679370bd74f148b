"""What goes with better days: with against without, at least 5 days on each side, only days with check-ins."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from resilience_tui.domain.better_days import EMOTION, EVENT, MIN_DAYS, NOTE, TAG, better_days
from resilience_tui.domain.day_book import day_book
from resilience_tui.domain.day_events import EVENT_KINDS, FEEDBACK, GOAL_FINISHED, WIN, day_events
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.insight_range import InsightRange

from .build import LONDON, STAMP, checkin, entry

FIRST = date(2025, 12, 20)  # the days run across New Year
SPAN = InsightRange("30d", FIRST, FIRST + timedelta(days=29), "last 30 days")


def day(n: int) -> date:
    return FIRST + timedelta(days=n)


def test_a_win_goes_with_better_days_in_words_with_both_counts():
    checkins = [checkin(day(n), 4 if n < 5 else 2) for n in range(12)]
    wins = [entry(day(n), win=True) for n in range(5)] + [entry(day(20), win=True)]  # day 20 has no check-in
    result = better_days(day_book(checkins, LONDON), day_events(wins=wins, tz=LONDON), SPAN)
    [pairing] = result.pairings
    assert (pairing.kind, pairing.key, pairing.label) == (EVENT, WIN, "win written")
    assert (pairing.with_mean, pairing.with_days, pairing.without_mean, pairing.without_days) == (4.0, 5, 2.0, 7)
    assert pairing.words == "On days you wrote a win, your mood averaged 4.0 against 2.0 (5 days against 7)."
    assert result.words == pairing.words and result.note == NOTE and "not what causes" in NOTE
    assert result.days == 12


def test_each_side_needs_five_days():
    def tagged(on: int, total: int) -> list:
        return [checkin(day(n), 3, tags=("walk",) if n < on else ()) for n in range(total)]
    assert MIN_DAYS == 5
    assert [p.key for p in better_days(day_book(tagged(5, 10), LONDON), {}, SPAN).pairings] == ["walk"]
    assert better_days(day_book(tagged(4, 10), LONDON), {}, SPAN).pairings == ()
    assert better_days(day_book(tagged(6, 10), LONDON), {}, SPAN).pairings == ()  # 4 days without


def test_a_days_mood_is_the_mean_of_its_check_ins_and_a_tag_counts_once_a_day():
    checkins = []
    for n in range(5):
        checkins += [checkin(day(n), 5, hour=9, tags=("walk",)), checkin(day(n), 3, hour=18, tags=("walk",))]
    checkins += [checkin(day(n), 2) for n in range(5, 10)]
    [pairing] = better_days(day_book(checkins, LONDON), {}, SPAN).pairings
    assert (pairing.kind, pairing.with_mean, pairing.with_days) == (TAG, 4.0, 5)
    assert pairing.words.startswith("On days you tagged #walk, your mood averaged 4.0 against 2.0")


def test_sorted_by_difference_better_days_first():
    checkins = []
    for n in range(20):
        emotions = ("hopeful",) if n % 2 == 0 else ("tired",)
        mood = 4 if n % 2 == 0 else 2
        tags = ("rest",) if n < 10 else ()
        checkins.append(checkin(day(n), mood, emotions=emotions, tags=tags))
    result = better_days(day_book(checkins, LONDON), {}, SPAN)
    assert [(p.kind, p.key) for p in result.pairings] == [(EMOTION, "hopeful"), (TAG, "rest"), (EMOTION, "tired")]
    assert [round(p.difference, 2) for p in result.pairings] == [2.0, 0.0, -2.0]
    assert result.pairings[0].words.startswith("On days you felt hopeful")


def test_only_days_in_the_range_count():
    checkins = [checkin(day(n), 3, tags=("walk",)) for n in range(-10, 0)] + [checkin(day(n), 3) for n in range(10)]
    result = better_days(day_book(checkins, LONDON), {}, SPAN)
    assert result.days == 10 and result.pairings == ()


def test_too_few_days_is_said_plainly():
    result = better_days(day_book([checkin(day(0), 3)], LONDON), {}, SPAN)
    assert result.words.startswith("1 day with check-ins in this range: too few to say much.")


def test_every_kind_of_job_event_is_read_from_its_records():
    finished = datetime(2025, 12, 21, 23, 30, tzinfo=LONDON)
    goal = Goal(title="Finish the course", finished_at=finished, created_at=STAMP, updated_at=STAMP)
    reply = FeedbackRequest(status="replied", sent_on=day(0), replied_on=day(3), created_at=STAMP, updated_at=STAMP)
    events = day_events(feedback=[reply], goals=[goal], wins=[entry(day(4), win=True), entry(day(4))], tz=LONDON)
    kinds = {d: [e.kind for e in found] for d, found in events.items()}
    assert kinds == {date(2025, 12, 21): [GOAL_FINISHED], day(3): [FEEDBACK], day(4): [WIN]}
    assert set(EVENT_KINDS) >= {"applied", "interview", "heard_back", FEEDBACK, GOAL_FINISHED, WIN}
