"""The words of the hard-days card and of the check-in's pointer: warm and plain, no alarm, no orders."""

from __future__ import annotations

import re

import pytest

from resilience_tui.domain import safety_net_words as words
from resilience_tui.domain.acknowledge import HARD_DAYS_POINTER, acknowledge
from resilience_tui.domain.person import Person
from resilience_tui.domain.safety_net import STATUS_LINE

ALARM = ("crisis", "danger", "warning", "alert", "urgent", "risk", "suicid", "self-harm", "harm", "depress",
         "disorder", "diagnos", "symptom", "worr", "concern", "!", "immediately", "must", "should", "need to",
         "streak", "in a row")


def all_text(people: list[Person]) -> str:
    return "\n".join([words.TITLE, *words.card_paragraphs(people), words.KEYS, HARD_DAYS_POINTER, STATUS_LINE])


@pytest.mark.parametrize("people", [[], [Person("Sam", "text or call, evenings")]])
def test_no_alarm_words_no_orders_no_diagnosis(people):
    text = all_text(people).lower()
    found = [word for word in ALARM if word in text]
    assert found == []
    assert not re.search(r"\b\d+ (of|out of) (the )?(last )?\d+", text)  # never counts the days back


def test_the_card_goes_from_their_people_to_a_doctor_to_helplines_to_emergency_services():
    lines = words.card_paragraphs([Person("Sam", "text or call, evenings"), Person("Jo")])
    order = [lines.index(line) for line in (words.TALKING, words.PEOPLE_INTRO, "  Sam: text or call, evenings",
                                            "  Jo", words.DOCTOR, words.HELPLINES, words.NOT_SAFE)]
    assert order == sorted(order)
    assert "findahelpline.com" in words.HELPLINES and "http" not in words.HELPLINES
    assert words.NO_PEOPLE not in lines


def test_without_people_the_card_says_where_to_add_them():
    lines = words.card_paragraphs([])
    assert words.NO_PEOPLE in lines and words.PEOPLE_INTRO not in lines


def test_a_persons_line_is_one_line_as_typed():
    assert words.person_line(Person("[bold]Sam", "text\nor call ")) == "[bold]Sam: text or call"
    assert words.person_line(Person("Jo", "  ")) == "Jo"


def test_the_pointer_comes_only_after_a_very_low_check_in_on_a_hard_day():
    for mood in range(1, 6):
        plain = acknowledge(mood, seed="s").message
        hard = acknowledge(mood, seed="s", hard_days=True).message
        assert HARD_DAYS_POINTER not in plain
        if mood == 1:
            assert hard == f"{plain} {HARD_DAYS_POINTER}"
        else:
            assert hard == plain
