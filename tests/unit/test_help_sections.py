"""Help lists each key once per section: a key described twice reads as two different keys."""

from __future__ import annotations

from resilience_tui.ui.app import ResilienceApp
from resilience_tui.ui.common.help import help_sections
from resilience_tui.ui.registry import SCREENS


def test_no_section_of_help_lists_a_key_twice():
    for title, rows in help_sections(ResilienceApp.BINDINGS, SCREENS.values()):
        keys = [key for key, _ in rows]
        assert sorted(set(keys)) == sorted(keys), (title, keys)
