"""The category a worksheet's action is given from its words, before the person changes it."""

from __future__ import annotations

import pytest

from resilience_tui.domain.goal import CATEGORIES
from resilience_tui.domain.reflection_category import DEFAULT, guess_category


@pytest.mark.parametrize("action, category", [
    ("Do 5 SQL window function exercises", "skills"),
    ("Take the SQL course", "skills"),
    ("Practise two STAR answers for interviews", "skills"),
    ("Interview prep with a friend on Thursday", "skills"),
    ("Add the dashboard to my portfolio", "skills"),
    ("Learn Python generators", "skills"),
    ("Read a chapter on system design", "skills"),
    ("Ask Priya for a coffee", "network"),
    ("Message two former colleagues on LinkedIn", "network"),
    ("Walk every morning", "wellbeing"),
    ("Exercise three times a week", "wellbeing"),
    ("Sleep by eleven", "wellbeing"),
    ("Rest on Sunday and see a friend", "wellbeing"),
    ("Write down three wins", "mindset"),
    ("Remind myself of my strengths before the call", "mindset"),
    ("Send three applications", "job-search"),
    ("Update my CV and cover letter", "job-search"),
    ("Apply to two roles a week", "job-search"),
    ("Restaurant booking", DEFAULT),  # "rest" inside a longer word is not rest
    ("Something else entirely", DEFAULT),
    ("", DEFAULT),
])
def test_an_action_gets_the_category_its_words_point_to(action, category):
    assert guess_category(action) == category


def test_the_default_is_the_job_search_and_every_guess_is_a_goal_category():
    assert DEFAULT == "job-search"
    keys = {c.key for c in CATEGORIES}
    for words in ("sql", "walk", "coffee", "wins", "cv", "", "☃ [bold]"):
        assert guess_category(words) in keys


def test_a_chosen_category_wins_over_the_guess_and_is_kept():
    from resilience_tui.domain.records import ValidationError
    from resilience_tui.domain.reflection import Action, Reflection, validate

    guessed = Action("Do 5 SQL window function exercises", id="a1")
    chosen = Action("Do 5 SQL window function exercises", id="a1", category="wellbeing")
    assert (guessed.shown_category, chosen.shown_category) == ("skills", "wellbeing")
    assert Action.from_dict(chosen.to_dict()) == chosen
    assert Action.from_dict({"id": "a1", "text": "Walk"}).category is None  # worksheets saved before categories
    with pytest.raises(ValueError):
        Action.from_dict({"id": "a1", "text": "Walk", "category": "hobbies"})
    with pytest.raises(ValidationError):
        validate(Reflection(actions=(Action("Walk", category="hobbies"),)))
