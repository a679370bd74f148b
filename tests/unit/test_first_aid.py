"""First aid's rules: which rejections are within their four days, its line on the path, the countdown."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from resilience_tui.domain.application import Application
from resilience_tui.domain.countdown import Countdown
from resilience_tui.domain.first_aid import (
    DEFAULT_SPRINT_MINUTES,
    MARKS_KEPT,
    BreakMark,
    clock_words,
    first_aid_days,
    first_aid_rejections,
    first_aid_step,
    read_marks,
    rejection_for_checkin,
    sprint_minutes,
    with_mark,
    within_first_aid,
)
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.recovery import recovery_path

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def rejected(days_ago: int | None, company: str = "Acme") -> Application:
    on = TODAY - timedelta(days=days_ago) if days_ago is not None else None
    return Application(company=company, role="Designer", outcome="rejected", rejected_on=on, stage="final",
                       applied_on=TODAY - timedelta(days=40))


def entry(day: date, tags: tuple[str, ...] = ("writing-sprint",), body: str = "words") -> JournalEntry:
    at = datetime.combine(day, datetime.min.time(), tzinfo=timezone.utc) + timedelta(hours=21)
    return JournalEntry(body=body, at=at, tags=tags)


@pytest.mark.parametrize(("days_ago", "within"), [(0, True), (1, True), (3, True), (4, False), (30, False), (-1, False)])
def test_the_four_days_are_the_day_of_the_news_and_the_three_after(days_ago, within):
    assert within_first_aid(rejected(days_ago), TODAY) is within
    assert first_aid_days(TODAY) == (TODAY, TODAY + timedelta(days=3))


def test_only_dated_rejections_count_and_the_newest_news_comes_first():
    in_progress = Application(company="Open", role="Role", rejected_on=TODAY)
    found = first_aid_rejections([rejected(3, "Old"), rejected(0, "New"), rejected(None, "Undated"), rejected(5, "Past"),
                                  in_progress], TODAY)
    assert [a.company for a in found] == ["New", "Old"]


def test_a_checkin_about_any_rejection_or_near_one_offers_first_aid():
    old, recent = rejected(40, "Old"), rejected(2, "Recent")
    assert rejection_for_checkin(NOW, old.id, [old, recent]) == old  # named: offered whenever it was
    assert rejection_for_checkin(NOW, None, [old, recent]) == recent  # near one
    assert rejection_for_checkin(NOW, None, [old]) is None
    open_one = Application(company="Open", role="Role")
    assert rejection_for_checkin(NOW, open_one.id, [open_one]) is None


def test_a_kept_sprint_within_the_four_days_marks_first_aid_done():
    application = rejected(2)
    step = first_aid_step(application, TODAY, entries=[entry(TODAY - timedelta(days=1))])
    assert step.done and "writing sprint" in step.words and step.sprint_offered
    # Not tagged, or outside the four days: not counted.
    assert not first_aid_step(application, TODAY, entries=[entry(TODAY, tags=("rejection",))]).done
    assert not first_aid_step(application, TODAY, entries=[entry(TODAY - timedelta(days=3))]).done
    assert not first_aid_step(application, TODAY, entries=[entry(TODAY + timedelta(days=2))]).done


def test_a_sprint_tagged_in_its_text_counts_too():
    step = first_aid_step(rejected(0), TODAY, entries=[entry(TODAY, tags=(), body="hard day\n\n#writing-sprint")])
    assert step.done


def test_a_finished_break_counts_for_the_application_it_names_or_by_its_day():
    application = rejected(1)
    assert first_aid_step(application, TODAY, marks=[BreakMark(TODAY - timedelta(days=30), application.id)]).done
    assert first_aid_step(application, TODAY, marks=[BreakMark(TODAY, None)]).done
    assert not first_aid_step(application, TODAY, marks=[BreakMark(TODAY, "another-id")]).done
    assert not first_aid_step(application, TODAY, marks=[BreakMark(TODAY - timedelta(days=5), None)]).done
    undated = rejected(None)
    assert first_aid_step(undated, TODAY, marks=[BreakMark(TODAY, undated.id)]).done
    assert not first_aid_step(undated, TODAY, marks=[BreakMark(TODAY, None)]).done


def test_words_when_not_taken_are_kind_and_the_sprint_is_offered_only_in_the_four_days():
    fresh = first_aid_step(rejected(0), TODAY)
    assert not fresh.done and fresh.sprint_offered and "if either would help" in fresh.words
    later = first_aid_step(rejected(10), TODAY)
    assert not later.done and not later.sprint_offered and "whenever" in later.words


def test_first_aid_never_changes_the_six_steps_or_their_count():
    application = rejected(0)
    done = first_aid_step(application, TODAY, marks=[BreakMark(TODAY, application.id)])
    path = recovery_path(application, first_aid=done)
    assert len(path.steps) == 6 and path.done_count == 0  # a fresh rejection is 0 of 6
    assert path.first_aid is done and path.steps[0].done is False


def test_marks_are_read_tolerantly_and_kept_short():
    text = "2026-11-20 abc\nnot a date\n2026-11-21\n"
    assert read_marks(text) == [BreakMark(date(2026, 11, 20), "abc"), BreakMark(date(2026, 11, 21), None)]
    assert read_marks(42) == []
    again = with_mark(text, BreakMark(date(2026, 11, 21)))
    assert again == "2026-11-20 abc\n2026-11-21"  # the same break once
    many = ""
    for n in range(MARKS_KEPT + 5):
        many = with_mark(many, BreakMark(date(2020, 1, 1) + timedelta(days=n)))
    kept = read_marks(many)
    assert len(kept) == MARKS_KEPT and kept[-1].on == date(2020, 1, 1) + timedelta(days=MARKS_KEPT + 4)


def test_sprint_minutes_default_and_limits():
    assert sprint_minutes("") == DEFAULT_SPRINT_MINUTES == 15
    assert sprint_minutes(" 20 ") == 20
    for bad in ("0", "61", "ten", "1.5"):
        with pytest.raises(ValidationError):
            sprint_minutes(bad)


def test_clock_words_round_up_so_zero_shows_only_at_the_end():
    assert clock_words(900) == "15:00"
    assert clock_words(0.2) == "0:01"
    assert clock_words(0) == "0:00" and clock_words(-3) == "0:00"
    assert clock_words(61) == "1:01"


def test_the_countdown_pauses_and_goes_on_from_an_injected_clock():
    countdown = Countdown(60, now=100.0)
    assert countdown.left(110.0) == 50
    countdown.pause(110.0)
    assert countdown.paused and countdown.left(500.0) == 50  # time while paused does not count
    countdown.resume(500.0)
    assert countdown.left(530.0) == 20
    assert countdown.toggle(530.0) is True and countdown.toggle(600.0) is False
    assert countdown.finished(700.0) and countdown.left(700.0) == 0
