"""Mood and energy levels: words, glyphs, colours and the average in words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import FrozenInstanceError

import pytest

from resilience_tui.domain.moods import ENERGIES, MOODS, Level, average_words, energy, mood

HEX = re.compile(r"^#[0-9a-f]{6}$")


def _luminance(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_mood_words_are_exactly_the_five_in_order():
    assert [m.word for m in MOODS] == ["very low", "low", "okay", "good", "great"]
    assert [m.value for m in MOODS] == [1, 2, 3, 4, 5]


def test_mood_glyphs_are_the_block_ramp():
    assert [m.glyph for m in MOODS] == ["▁", "▂", "▄", "▆", "█"]


def test_energy_words_are_exactly_the_five_in_order():
    assert [e.word for e in ENERGIES] == ["drained", "tired", "steady", "lively", "buzzing"]
    assert [e.value for e in ENERGIES] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("levels", [MOODS, ENERGIES], ids=["moods", "energies"])
def test_glyphs_are_distinct_single_cell_and_not_emoji(levels):
    glyphs = [level.glyph for level in levels]
    assert len(set(glyphs)) == len(glyphs)
    for glyph in glyphs:
        assert len(glyph) == 1
        assert unicodedata.east_asian_width(glyph) not in ("W", "F")
        assert ord(glyph) < 0x1F000  # outside the emoji planes
        assert unicodedata.category(glyph) == "So"


def test_mood_and_energy_glyphs_do_not_overlap():
    assert not {m.glyph for m in MOODS} & {e.glyph for e in ENERGIES}


@pytest.mark.parametrize("levels", [MOODS, ENERGIES], ids=["moods", "energies"])
def test_colours_are_distinct_hex_and_readable_on_dark_and_light(levels):
    colours = [level.colour.lower() for level in levels]
    assert len(set(colours)) == len(colours)
    for colour in colours:
        assert HEX.match(colour), colour
        # Textual's default dark and light theme backgrounds.
        assert _contrast(colour, "#121212") >= 3.0, colour
        assert _contrast(colour, "#e0e0e0") >= 3.0, colour


def test_level_is_frozen():
    with pytest.raises(FrozenInstanceError):
        MOODS[0].word = "fine"  # type: ignore[misc]


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
def test_lookup_returns_the_matching_level(value):
    assert mood(value) is MOODS[value - 1]
    assert energy(value) is ENERGIES[value - 1]
    assert isinstance(mood(value), Level)


@pytest.mark.parametrize("bad", [0, 6, -1, 100, True, 3.0, "3", None])
def test_mood_rejects_anything_else_with_a_plain_message(bad):
    with pytest.raises(ValueError) as caught:
        mood(bad)
    assert str(caught.value) == "Mood is a number from 1 (very low) to 5 (great)."


@pytest.mark.parametrize("bad", [0, 6, False, 2.5, "x"])
def test_energy_rejects_anything_else_with_a_plain_message(bad):
    with pytest.raises(ValueError) as caught:
        energy(bad)
    message = str(caught.value)
    assert message.startswith("Energy is a number from 1")
    assert "drained" in message and "buzzing" in message


@pytest.mark.parametrize(
    ("avg", "words"),
    [
        (1.0, "very low"),
        (1.2, "very low"),
        (1.24, "very low"),
        (1.25, "between very low and low"),
        (1.5, "between very low and low"),
        (1.74, "between very low and low"),
        (1.75, "low"),
        (2.0, "low"),
        (3.2, "okay"),
        (3.24, "okay"),
        (3.25, "between okay and good"),
        (3.7, "between okay and good"),
        (3.75, "good"),
        (4.5, "between good and great"),
        (4.8, "great"),
        (5.0, "great"),
        (3, "okay"),
    ],
)
def test_average_words_rounds_to_the_nearest_half(avg, words):
    assert average_words(avg) == words


def test_average_words_clamps_outside_the_scale():
    assert average_words(0.2) == "very low"
    assert average_words(7.0) == "great"


def test_average_words_rejects_nan():
    with pytest.raises(ValueError):
        average_words(float("nan"))
