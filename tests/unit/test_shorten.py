"""Shortened text is cut between words and ends with an ellipsis."""

from __future__ import annotations

import pytest

from resilience_tui.domain.shorten import shorten
from resilience_tui.ui.common.text import first_line


@pytest.mark.parametrize(("text", "width", "shown"), [
    ("short enough", 20, "short enough"),
    ("exactly twelve", 14, "exactly twelve"),
    ("the interview went better than I feared", 20, "the interview went…"),
    ("the interview went better than I feared", 19, "the interview went…"),
    ("the interview went better than I feared", 18, "the interview…"),
    ("tired, hopeful · slept badly", 16, "tired, hopeful…"),
    ("supercalifragilistic", 8, "superca…"),
    ("a b", 1, "…"),
    ("a b", 0, ""),
])
def test_shorten(text, width, shown):
    assert shorten(text, width) == shown
    assert len(shorten(text, width)) <= width


def test_every_cut_is_between_words_and_marked():
    note = "Spoke to Sam about the final round and what I would do differently next time around"
    for width in range(6, len(note)):
        cut = shorten(note, width)
        assert cut.endswith("…") and len(cut) <= width
        kept = cut[:-1]
        assert note.startswith(kept) and note[len(kept)] in " ,", (width, cut)


def test_first_line_cuts_between_words():
    assert first_line("Rejected by Acme after the final round\nsecond line", 30) == "Rejected by Acme after the…"
