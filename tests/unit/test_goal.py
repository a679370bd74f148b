"""The Goal record: its stored form, what it refuses, and hostile titles kept exactly."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui.domain.goal import (
    CATEGORIES,
    DONE,
    MAX_STEPS,
    MAX_TITLE_LENGTH,
    Goal,
    Source,
    Step,
    category,
    find_category,
    find_column,
    validate,
)
from resilience_tui.domain.records import ValidationError

AT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def full_goal(**changes) -> Goal:
    fields = dict(
        title="Finish one module of the SQL course",
        category="skills",
        column=DONE,
        position=-3,
        due=date(2026, 11, 30),
        steps=(Step("Choose the course", True), Step("Do the module")),
        notes="Little and often.\nSecond line.",
        weekly=True,
        week_of=date(2026, 11, 23),
        weeks_done=(date(2026, 11, 9), date(2026, 11, 16)),
        source=Source("feedback", "abc-123"),
        finished_at=AT + timedelta(hours=3),
        created_at=AT,
        updated_at=AT + timedelta(hours=3),
    )
    fields.update(changes)
    return Goal(**fields)


def test_every_field_round_trips_through_its_stored_form():
    goal = full_goal()
    data = goal.to_dict()
    assert data["source"] == {"kind": "feedback", "id": "abc-123"}
    assert data["due"] == "2026-11-30" and data["weeks_done"] == ["2026-11-09", "2026-11-16"]
    assert data["steps"] == [{"text": "Choose the course", "done": True}, {"text": "Do the module", "done": False}]
    assert data["finished_at"] == "2026-11-26T12:00:00+01:00"
    assert Goal.from_dict(data) == goal


def test_a_plain_goal_has_sensible_defaults():
    goal = Goal("Walk every morning")
    assert (goal.category, goal.column, goal.position, goal.due, goal.source, goal.finished_at) == (
        "job-search", "todo", 0, None, None, None)
    assert Goal.from_dict(goal.to_dict()) == goal


@pytest.mark.parametrize(
    "change",
    [
        {"title": 42},
        {"category": "hobbies"},
        {"column": "someday"},
        {"position": "1"},
        {"position": True},
        {"due": "next week"},
        {"steps": [{"text": 3, "done": False}]},
        {"steps": [{"text": "x", "done": "yes"}]},
        {"steps": "a, b"},
        {"source": {"kind": "email", "id": "x"}},
        {"source": {"kind": "application"}},
        {"weekly": "yes"},
        {"weeks_done": ["last week"]},
        {"finished_at": "soon"},
    ],
)
def test_a_stored_goal_that_is_not_one_is_refused(change):
    data = {**full_goal().to_dict(), **change}
    with pytest.raises((ValueError, KeyError, TypeError)):
        Goal.from_dict(data)


@pytest.mark.parametrize("missing", ["id", "title", "category", "column", "position", "created_at", "updated_at"])
def test_a_stored_goal_missing_a_required_field_is_refused(missing):
    data = full_goal().to_dict()
    del data[missing]
    with pytest.raises(KeyError):
        Goal.from_dict(data)


@pytest.mark.parametrize(
    "goal, field, words",
    [
        (Goal("   "), "title", "needs a title"),
        (Goal(""), "title", "needs a title"),
        (Goal("two\nlines"), "title", "one line"),
        (Goal("x" * (MAX_TITLE_LENGTH + 1)), "title", f"up to {MAX_TITLE_LENGTH}"),
        (Goal("ok", category="hobbies"), "category", '"job search", "skills"'),
        (Goal("ok", column="later"), "column", '"to do"'),
        (Goal("ok", steps=(Step(" "),)), "steps", "a few words"),
        (Goal("ok", steps=tuple(Step(str(n)) for n in range(MAX_STEPS + 1))), "steps", f"up to {MAX_STEPS}"),
        (Goal("ok", source=Source("email", "x")), "source", "application"),
    ],
)
def test_validation_explains_in_plain_words(goal, field, words):
    with pytest.raises(ValidationError) as raised:
        validate(goal)
    assert raised.value.field == field
    assert words in raised.value.message


def test_validation_keeps_text_exactly_as_typed():
    goal = Goal("  Ask Sam  [bold]for coffee[/]  ", steps=(Step(" one "),), notes="\n\n  x  ")
    assert validate(goal) == goal


@pytest.mark.parametrize(
    "text, key",
    [("job search", "job-search"), ("Job-Search", "job-search"), ("job", "job-search"), ("1", "job-search"),
     ("skills", "skills"), ("skill", "skills"), ("NET", "network"), ("well", "wellbeing"), ("5", "mindset"),
     (" mindset ", "mindset")],
)
def test_categories_are_found_by_word_digit_or_a_clear_beginning(text, key):
    assert find_category(text).key == key


@pytest.mark.parametrize("text", ["", "hobbies", "s", "0", "6", "m"])
def test_unknown_categories_are_none(text):
    assert find_category(text) is None


def test_every_category_has_a_digit_a_word_and_a_colour():
    assert [c.value for c in CATEGORIES] == [1, 2, 3, 4, 5]
    assert len({c.colour for c in CATEGORIES}) == 5
    assert all(category(c.key) is c and c.word for c in CATEGORIES)


@pytest.mark.parametrize("text, column", [("to do", "todo"), ("To-Do", "todo"), ("todo", "todo"), ("doing", "doing"),
                                          ("Done", "done"), ("nope", None)])
def test_columns_are_found_however_they_are_written(text, column):
    assert find_column(text) == column


HOSTILE = ["[bold]not bold[/]", "[/]", "[link=https://example.com]y[/link]", "\x1b[31mred\x1b[0m", "שלום \u202eevil",
           "👩🏽‍💻🏳️‍🌈 e\u0301", "{0} ${x} %s", "\ud800 lone surrogate"]
hostile_titles = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_characters="\r\n"), min_size=1, max_size=MAX_TITLE_LENGTH).filter(str.strip),
)


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=hostile_titles, step=hostile_titles, notes=st.text(max_size=300))
def test_hostile_text_passes_validation_and_round_trips_exactly(title, step, notes):
    goal = full_goal(title=title, steps=(Step(step, True),), notes=notes)
    assert validate(goal) == goal
    assert Goal.from_dict(goal.to_dict()) == goal
