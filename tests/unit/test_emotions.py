"""The feeling words: coverage, groups, lookup and the unknown-word message."""

from __future__ import annotations

import pytest

from resilience_tui.domain.emotions import (
    EMOTIONS,
    GROUPS,
    Emotion,
    find_emotion,
    unknown_emotion_message,
)

REQUIRED = [
    "disappointed",
    "frustrated",
    "doubting myself",
    "discouraged",
    "embarrassed",
    "anxious",
    "relieved",
    "hopeful",
    "determined",
]


def test_there_are_at_least_28_emotions():
    assert len(EMOTIONS) >= 28


@pytest.mark.parametrize("word", REQUIRED)
def test_required_words_are_present(word):
    assert word in {e.word for e in EMOTIONS}


def test_no_duplicate_words():
    words = [e.word for e in EMOTIONS]
    assert len(words) == len(set(words))


def test_words_are_lowercase_and_trimmed():
    for e in EMOTIONS:
        assert e.word == e.word.lower() == e.word.strip()
        assert "  " not in e.word and "-" not in e.word and "_" not in e.word


def test_definitions_are_short_single_lines_and_distinct():
    definitions = [e.definition for e in EMOTIONS]
    assert len(set(definitions)) == len(definitions)
    for e in EMOTIONS:
        assert e.definition.strip(), e.word
        assert len(e.definition) < 70, e.word
        assert "\n" not in e.definition
        assert "!" not in e.definition
        assert e.definition[0].isupper() and e.definition.endswith("."), e.word


def test_energy_is_high_or_low_and_pleasant_is_a_bool():
    for e in EMOTIONS:
        assert e.energy in ("high", "low")
        assert isinstance(e.pleasant, bool)


def test_all_four_groups_are_covered_by_several_words():
    counts = {}
    for e in EMOTIONS:
        counts[(e.pleasant, e.energy)] = counts.get((e.pleasant, e.energy), 0) + 1
    assert set(counts) == {(True, "high"), (True, "low"), (False, "high"), (False, "low")}
    assert min(counts.values()) >= 5


def test_groups_cover_every_emotion_exactly_once():
    grouped = [e for _, emotions in GROUPS for e in emotions]
    assert sorted(e.word for e in grouped) == sorted(e.word for e in EMOTIONS)
    assert len(grouped) == len(EMOTIONS)


def test_group_labels_match_their_members():
    labels = [label for label, _ in GROUPS]
    assert len(labels) == len(set(labels)) == 4
    for label, emotions in GROUPS:
        assert emotions, label
        pleasant = label.startswith("Pleasant")
        energy = "high" if label.endswith("high energy") else "low"
        assert label.endswith(("high energy", "low energy")), label
        for e in emotions:
            assert e.pleasant is pleasant, (label, e.word)
            assert e.energy == energy, (label, e.word)


@pytest.mark.parametrize(
    "text",
    [
        "doubting myself",
        "Doubting Myself",
        "  doubting myself  ",
        "doubting-myself",
        "doubting_myself",
        "DOUBTING-MYSELF",
        "doubting   myself",
    ],
)
def test_find_emotion_accepts_variants(text):
    found = find_emotion(text)
    assert isinstance(found, Emotion)
    assert found.word == "doubting myself"


def test_find_emotion_single_word_case_insensitive():
    assert find_emotion(" Hopeful\n").word == "hopeful"


@pytest.mark.parametrize("text", ["", "   ", "happyish", "doubting", "[bold]sad[/]"])
def test_find_emotion_returns_none_for_unknown(text):
    assert find_emotion(text) is None


def test_unknown_message_suggests_close_words():
    message = unknown_emotion_message("dissapointed")
    assert "disappointed" in message
    assert '"dissapointed"' in message
    assert "\n" not in message


def test_unknown_message_suggests_multiword_entries_with_spacing_hint():
    message = unknown_emotion_message("doubting")
    assert "doubting myself" in message
    assert "doubting-myself" in message


def test_unknown_message_without_close_words_names_what_is_accepted():
    message = unknown_emotion_message("qwxz")
    assert "Did you mean" not in message
    assert "disappointed" in message  # an example of an accepted word
    assert "-" in message  # how to write spaces


def test_unknown_message_stays_one_short_line_for_long_input():
    message = unknown_emotion_message("x" * 500 + "\n" + "y" * 500)
    assert "\n" not in message
    assert len(message) < 200


def test_unknown_message_for_empty_input_is_plain():
    message = unknown_emotion_message("")
    assert message
    assert '""' not in message
