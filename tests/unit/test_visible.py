"""`visible`: control characters in typed text are shown as escapes, everything else as written."""

from __future__ import annotations

import pytest

from resilience_tui.domain.visible import is_visible, visible


def test_newline_and_tab_are_kept():
    assert visible("one\ntwo\tthree") == "one\ntwo\tthree"


def test_escape_shows_as_the_escape_symbol():
    assert visible("\x1b[2J") == "␛[2J"
    assert visible("\x1b]52;c;aGk=\x07") == "␛]52;c;aGk=\\x07"
    assert visible("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "␛]8;;http://x␛\\link␛]8;;␛\\"


@pytest.mark.parametrize("code", [c for c in range(0x20) if chr(c) not in "\n\t\x1b"])
def test_every_other_c0_control_is_escaped(code):
    assert visible(f"a{chr(code)}b") == f"a\\x{code:02x}b"


def test_carriage_return_is_escaped():
    assert visible("ok\rfake") == "ok\\x0dfake"


def test_delete_is_escaped():
    assert visible("\x7f") == "\\x7f"


@pytest.mark.parametrize("code", range(0x80, 0xA0))
def test_every_c1_control_is_escaped(code):
    assert visible(chr(code)) == f"\\x{code:02x}"


@pytest.mark.parametrize("code", [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
def test_bidirectional_controls_are_escaped(code):
    assert visible(f"abc{chr(code)}def") == f"abc\\u{code:04x}def"


@pytest.mark.parametrize("text", ["שלום עולם", "مرحبا", "Café 👩🏽‍💻 [bold]x[/bold]", "", "\u200d", "\xa0non-break"])
def test_ordinary_text_and_right_to_left_letters_show_as_written(text):
    assert visible(text) == text and is_visible(text)


def test_is_visible_spots_a_control():
    assert not is_visible("x\x1b") and not is_visible("\u202e") and is_visible("x\ny")
