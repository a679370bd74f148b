"""Each step of a recovery path has one name, the same on Applications, on Today, on the Goals board and in
the README; step 4 is "Be kind to yourself" and its goal is a wellbeing goal."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from resilience_tui.domain.application import Application
from resilience_tui.domain.goal import find_category
from resilience_tui.domain.recovery import POSITIVE_CATEGORY, STEP_TITLES, recovery_path
from resilience_tui.domain.strategies import STRATEGIES, strategy_for_day
from resilience_tui.ui.common.application_text import SHORT_STEP

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = ["Acknowledge your feelings", "Ask for feedback", "Reflect on the interview", "Be kind to yourself",
         "Keep going", "Keep growing"]


def _path(stage: str = "final"):
    return recovery_path(Application(company="Acme", role="Analyst", stage=stage, outcome="rejected",
                                      rejected_on=date(2026, 11, 17)))


def test_the_path_names_its_steps_as_the_strategies_on_today_and_the_goals_board_do():
    assert [s.title for s in _path().steps] == NAMES == [s.title for s in STRATEGIES]
    assert list(STEP_TITLES.values()) == NAMES
    assert {strategy_for_day(date(2026, 11, day)).title for day in range(1, 7)} == set(NAMES)
    assert not any("mindset" in name.casefold() for name in NAMES)


def test_the_short_names_on_today_are_words_of_the_full_names():
    for step in _path().steps:
        assert SHORT_STEP[step.key] in step.title.casefold()
    assert SHORT_STEP["positive"] == "be kind"


def test_step_4_adds_a_wellbeing_goal():
    assert POSITIVE_CATEGORY == "wellbeing" and find_category(POSITIVE_CATEGORY) is not None


def test_the_readme_names_the_six_steps_the_same_way():
    text = " ".join(README.read_text(encoding="utf-8").split())
    listed = re.search(r"recovery path of six small steps \(([^)]*)\)", text)
    assert listed is not None
    names = [name.strip() for name in listed.group(1).split(",")]
    assert len(names) == 6
    for name, step in zip(names, _path().steps, strict=True):
        assert name in (step.title.casefold(), SHORT_STEP[step.key]), name
    assert "positive mindset" not in text.casefold()
    for title in ("Acknowledge your feelings", "Ask for feedback", "Be kind to yourself", "Reflect on the interview"):
        assert f"**{title}**" in text  # the features it opens with use the same names
