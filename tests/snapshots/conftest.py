"""Snapshot tests see a text cursor that does not blink: a focused field shows its cursor in every
run, instead of on or off depending on how long the machine took to reach the screenshot."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
