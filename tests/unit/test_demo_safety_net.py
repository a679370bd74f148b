"""The demo is not a bad fortnight: on whichever day it is written for, the hard-days card stays away;
and it has a couple of people to reach."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.demo.people import DEMO_PEOPLE
from resilience_tui.domain.safety_net import LONG_COUNT, LONG_DAYS, LOW, day_means, hard_days, moods_of
from resilience_tui.services.safety_net import showing
from resilience_tui.store.store import Store

TODAYS = [date(2026, 11, 26), date(2026, 12, 31), date(2027, 1, 1), date(2027, 2, 28), date(2028, 2, 29),
          date(2026, 6, 15), date(2026, 11, 30)]


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_the_demo_stays_below_the_threshold(tmp_path, today):
    write_demo(tmp_path / "d", years=1, today=today)
    store = Store(tmp_path / "d")
    moods = moods_of(store.checkins.all())
    assert not hard_days(moods, today)
    assert not showing(store, datetime.combine(today, time(18, 0)).astimezone())
    # The scripted dip after the last rejection is there, and is a dip, not a run of hard days.
    means = day_means(moods)
    last_ten = [means.get(today - timedelta(days=back)) for back in range(LONG_DAYS)]
    assert any(mean is not None and mean <= LOW for mean in last_ten)
    assert sum(1 for mean in last_ten if mean is not None and mean <= LOW) < LONG_COUNT


def test_the_demo_has_a_couple_of_people(tmp_path):
    counts = write_demo(tmp_path / "d", years=1, today=TODAYS[0])
    assert counts["people"] == len(DEMO_PEOPLE) == 2
    people = Store(tmp_path / "d").people.all()
    assert [(p.name, p.note) for p in people] == list(DEMO_PEOPLE)
    again = tmp_path / "again"
    write_demo(again, years=1, today=TODAYS[0])
    assert [p.id for p in Store(again).people.all()] == [p.id for p in people]  # the same every time
