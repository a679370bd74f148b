"""The six strategies and the daily rotation on the Today screen."""

from __future__ import annotations

import datetime
import re

import pytest

from resilience_tui.domain.strategies import STRATEGIES, Strategy, strategy_for_day

KEYS = ["acknowledge", "feedback", "reflect", "positive", "persist", "grow"]


def test_six_strategies_in_design_order():
    assert [s.key for s in STRATEGIES] == KEYS
    assert all(isinstance(s, Strategy) for s in STRATEGIES)


def test_screens():
    screens = {s.key: s.screen for s in STRATEGIES}
    assert screens == {"acknowledge": "checkin", "feedback": "feedback", "reflect": "reflection",
                       "positive": "journal", "persist": "applications", "grow": "goals"}


def test_titles_and_summaries_are_distinct_single_lines():
    assert len({s.title for s in STRATEGIES}) == 6
    assert len({s.summary for s in STRATEGIES}) == 6
    for s in STRATEGIES:
        assert s.title.strip() and s.summary.strip()
        assert "\n" not in s.title and "\n" not in s.summary
        assert len(s.summary) <= 80


@pytest.mark.parametrize("strategy", STRATEGIES, ids=KEYS)
def test_card_is_two_to_four_short_plain_sentences(strategy):
    card = strategy.card
    sentences = [p for p in re.split(r"(?<=[.?])\s+", card.strip()) if p]
    assert 2 <= len(sentences) <= 4, sentences
    for sentence in sentences:
        assert len(sentence) <= 90, sentence
    assert "\n" not in card
    # No Markdown, no Textual/Rich markup, no exclamation marks.
    for ch in "[]*_#`!<>":
        assert ch not in card, (strategy.key, ch)
    assert "streak" not in card.lower()


def test_six_consecutive_days_show_all_six():
    start = datetime.date(2026, 3, 14)
    for offset in range(12):
        first = start + datetime.timedelta(days=offset)
        week = [strategy_for_day(first + datetime.timedelta(days=i)) for i in range(6)]
        assert {s.key for s in week} == set(KEYS)


def test_same_day_same_strategy_and_next_day_differs():
    day = datetime.date(2025, 11, 2)
    assert strategy_for_day(day) is strategy_for_day(datetime.date(2025, 11, 2))
    assert strategy_for_day(day) is not strategy_for_day(day + datetime.timedelta(days=1))
    assert strategy_for_day(day) is strategy_for_day(day + datetime.timedelta(days=6))


def test_rotation_follows_the_ordinal():
    day = datetime.date(2026, 1, 1)
    assert strategy_for_day(day) is STRATEGIES[day.toordinal() % 6]


def test_domain_modules_do_not_load_textual_or_tinydb():
    import os
    import pathlib
    import subprocess
    import sys

    root = str(pathlib.Path(__file__).resolve().parents[2])
    code = (
        "import sys;"
        "import resilience_tui.domain.moods, resilience_tui.domain.emotions,"
        " resilience_tui.domain.acknowledge, resilience_tui.domain.strategies;"
        "print(sorted(m for m in ('textual', 'tinydb', 'rich') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
    )
    assert out.stdout.strip() == "[]"
