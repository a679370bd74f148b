"""Every focus stop shows it has focus: tab walks each screen and form, and the focused widget
must paint differently from the same widget without focus. A stop that looks the same would
take typing nowhere the person can see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resilience_tui.demo import write_demo
from resilience_tui.ui.app import make_app
from resilience_tui.ui.common.tick import TickBox
from tests.ui.helpers import FIXED_NOW

PACKAGE = Path(__file__).resolve().parents[2] / "resilience_tui"

# Each place, and the keys that reach it from Today. One test each, so they spread over the workers.
WALK = {
    "Today": [],
    "Check-in": ["c"],
    "Goals": ["g"],
    "Goal form": ["g", "n"],
    "Applications": ["a"],
    "Application form": ["a", "n"],
    "Guesses form": ["a", "p"],
    "Feedback": ["f"],
    "Feedback: new request": ["f", "n"],
    "Feedback: about you": ["f", "o"],
    "Reflection": ["r"],
    "Reflection editor": ["r", "enter"],
    "Journal": ["j"],
    "Journal editor": ["j", "n"],
    "Worries": ["j", "W"],
    "Worry form": ["j", "W", "n"],
    "Worry look-back": ["w"],
    "Insights": ["i"],
}


@pytest.fixture(autouse=True)
def steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text cursor that does not blink, so a focused field shows its cursor whenever it is looked at."""
    from textual.widgets import Input, TextArea

    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


def painted(app, widget) -> list[tuple]:
    """The cells the widget covers on screen, with their styles."""
    region = widget.region
    strips = app.screen._compositor.render_strips()
    return [tuple(strips[y].crop(region.x, region.right)) for y in range(region.y, region.bottom)]


def describe(widget) -> str:
    return f"{type(widget).__name__}#{widget.id}" if widget.id else type(widget).__name__


async def unseen_focus_stops(app, pilot, where: str) -> list[str]:
    """Tab once round the screen; name every stop that is hidden or paints the same with and without focus."""
    seen: list = []
    problems = []
    for _ in range(60):
        await pilot.press("tab")
        await pilot.pause()
        widget = app.focused
        if widget is None:
            return problems + [f"{where}: tab left nothing focused"]
        if widget in seen:
            break
        seen.append(widget)
        if widget.region.area == 0:
            problems.append(f"{where}: {describe(widget)} takes focus but is not on screen")
            continue
        focused = painted(app, widget)
        app.screen.set_focus(None)
        await pilot.pause()
        blurred = painted(app, widget)
        app.screen.set_focus(widget)
        await pilot.pause()
        if focused == blurred:
            problems.append(f"{where}: {describe(widget)} looks the same with and without focus")
    return problems


@pytest.mark.parametrize("where", list(WALK))
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_every_focus_stop_shows_it_has_focus(data_dir, size, where):
    write_demo(data_dir, years=1, today=FIXED_NOW.date())
    app = make_app(data_dir, clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in WALK[where]:
            await pilot.press(key)
            await pilot.pause()
        problems = await unseen_focus_stops(app, pilot, where)
    assert problems == []


def test_every_checkbox_in_the_app_is_the_shared_tick_box():
    """Ticked and unticked differ in characters (✓ or a blank), never only in colour."""
    plain = []
    for path in PACKAGE.rglob("*.py"):
        if path.name != "tick.py" and re.search(r"\bCheckbox\(", path.read_text(encoding="utf-8")):
            plain.append(str(path.relative_to(PACKAGE)))
    assert plain == []
    box = TickBox("Weekly")
    unticked = box.BUTTON_INNER
    box.value = True
    assert box.BUTTON_INNER != unticked and "X" not in (unticked, box.BUTTON_INNER)
