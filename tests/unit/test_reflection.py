"""The reflection worksheet record: storage shape, content per section, rules, traps and prompts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.reflection import (
    COMPLETE,
    DRAFT,
    SECTION_KEYS,
    Action,
    Reflection,
    Story,
    Thought,
    for_application,
    from_values,
    is_blank,
    mark_complete,
    mark_draft,
    parse_questions,
    sections_with_content,
    validate,
)
from resilience_tui.domain.reflection_category import guess_category
from resilience_tui.domain.reflection_prompts import SECTIONS
from resilience_tui.domain.thinking_traps import TRAP_KEYS, TRAPS, trap, trap_names

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def full() -> Reflection:
    return Reflection(
        application_id="app-1", stage="final round", who="Sam", questions=("Why us?", "A conflict?"),
        felt="Nervous", went_well="Stayed calm", differently="Slow down", gaps="SQL",
        stories=(Story("A conflict?", "S", "T", "A", "R", id="s1"),),
        thoughts=(Thought("I always fail", ("overgeneralising",), "Not always", id="t1"),),
        feedback="Fair", actions=(Action("Take a SQL course", goal_id="g1", id="a1"),),
        id="r1", created_at=NOW, updated_at=NOW,
    )


def test_to_dict_and_back_is_the_same_worksheet():
    worksheet = full()
    doc = worksheet.to_dict()
    assert doc["questions"] == ["Why us?", "A conflict?"]
    assert doc["stories"][0] == {"id": "s1", "question": "A conflict?", "situation": "S", "task": "T", "action": "A",
                                 "result": "R"}
    assert doc["thoughts"][0]["traps"] == ["overgeneralising"]
    assert doc["actions"][0] == {"id": "a1", "text": "Take a SQL course", "goal_id": "g1", "category": None}
    assert Reflection.from_dict(doc) == worksheet


@pytest.mark.parametrize("change", [
    {"status": "finished"},
    {"questions": "not a list"},
    {"questions": [1]},
    {"stories": [{"id": "s", "question": 3}]},
    {"thoughts": [{"id": "t", "traps": [None]}]},
    {"actions": ["just text"]},
    {"felt": 12},
    {"application_id": 5},
    {"created_at": "yesterday"},
])
def test_from_dict_refuses_what_is_not_a_worksheet(change):
    doc = {**full().to_dict(), **change}
    with pytest.raises((ValueError, KeyError)):
        Reflection.from_dict(doc)


def test_a_missing_id_is_refused():
    doc = full().to_dict()
    del doc["id"]
    with pytest.raises(KeyError):
        Reflection.from_dict(doc)


def test_each_section_counts_only_when_it_has_words():
    assert sections_with_content(Reflection()) == ()
    assert is_blank(Reflection(stories=(Story(),), thoughts=(Thought(),), actions=(Action("  "),)))
    assert sections_with_content(full()) == SECTION_KEYS
    assert sections_with_content(Reflection(questions=("Why us?",))) == ("happened",)
    assert sections_with_content(Reflection(thoughts=(Thought(traps=("labelling",)),))) == ("thoughts",)
    assert sections_with_content(Reflection(went_well="  \n ")) == ()
    # Feedback that came in through a request counts for section 8.
    assert sections_with_content(Reflection(), received_feedback=True) == ("feedback",)


def test_from_values_keeps_ids_and_words_and_drops_blank_items():
    values = {
        "stage": " final ", "who": "", "questions": "- Why us?\n\n2. A conflict?\n   ", "felt": "x\n", "went_well": "",
        "differently": "", "gaps": "", "feedback": "",
        "stories": [{"id": "s1", "question": "Q", "situation": "", "task": "", "action": "", "result": ""},
                    {"id": "s2", "question": " ", "situation": "", "task": "", "action": "", "result": ""}],
        "thoughts": [{"id": "t1", "text": "", "traps": [], "balanced": ""},
                     {"id": "t2", "text": "", "traps": ["comparing"], "balanced": ""}],
        "actions": [{"id": "a1", "text": "Do it", "goal_id": "g1"}, {"id": "a2", "text": "  ", "goal_id": None}],
    }
    worksheet = from_values(Reflection(id="r"), values)
    assert worksheet.stage == " final " and worksheet.felt == "x\n"
    assert worksheet.questions == ("Why us?", "A conflict?")
    assert [s.id for s in worksheet.stories] == ["s1"]
    assert [(t.id, t.traps) for t in worksheet.thoughts] == [("t2", ("comparing",))]
    assert worksheet.actions == (Action("Do it", goal_id="g1", id="a1"),)


def test_parse_questions_drops_bullets_and_blank_lines():
    assert parse_questions("* one\n  • two\n3) three\n\n") == ("one", "two", "three")


def test_complete_needs_something_that_went_well():
    with pytest.raises(ValidationError) as caught:
        mark_complete(replace(full(), went_well=" "), NOW)
    assert caught.value.field == "went_well" and "went well" in caught.value.message
    done = mark_complete(full(), NOW)
    assert done.status == COMPLETE and done.completed_at == NOW and done.is_complete
    again = mark_draft(done, NOW)
    assert again.status == DRAFT and again.completed_at is None


def test_validate_explains_what_cannot_be_kept():
    with pytest.raises(ValidationError, match="thinking traps"):
        validate(Reflection(thoughts=(Thought("x", ("not-a-trap",)),)))
    with pytest.raises(ValidationError, match="one line"):
        validate(Reflection(actions=(Action("two\nlines"),)))
    with pytest.raises(ValidationError, match="up to 50"):
        validate(Reflection(questions=tuple(str(n) for n in range(51))))
    assert validate(full()) == full()


def test_for_application_newest_change_first():
    older = Reflection(application_id="a", updated_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
    newer = Reflection(application_id="a", updated_at=NOW)
    assert for_application([older, Reflection(application_id="b"), newer], "a") == [newer, older]


@pytest.mark.parametrize("action, category", [
    ("Take the SQL course", "skills"),
    ("Practise two STAR answers for interviews", "skills"),
    ("Ask Priya for a coffee", "network"),
    ("Walk every morning", "wellbeing"),
    ("Write down three wins", "mindset"),
    ("Send three applications", "job-search"),
])
def test_actions_become_goals_in_a_likely_category(action, category):
    assert guess_category(action) == category


def test_at_least_ten_traps_each_explained_with_a_job_hunting_example():
    assert len(TRAPS) >= 10 and len(set(TRAP_KEYS)) == len(TRAPS)
    for expected in ("all-or-nothing", "overgeneralising", "mind-reading", "fortune-telling", "catastrophising",
                     "discounting-the-positive", "labelling", "should-statements", "personalising",
                     "emotional-reasoning"):
        assert expected in TRAP_KEYS
    for t in TRAPS:
        assert t.explanation.endswith(".") and "\n" not in t.explanation and len(t.explanation) < 90
        assert t.example.startswith('"') and len(t.example) > 20
    assert trap("labelling").name == "Labelling"
    assert trap_names(["comparing", "unknown", "labelling"]) == ["Comparing", "Labelling"]


def test_nine_sections_each_with_a_prompt_and_a_short_hint():
    assert [s.number for s in SECTIONS] == list(range(1, 10))
    assert tuple(s.key for s in SECTIONS) == SECTION_KEYS
    for s in SECTIONS:
        assert s.title and s.prompt.endswith((".", "?")) and s.hint and len(s.hint) < 120
