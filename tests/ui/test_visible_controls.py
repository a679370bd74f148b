"""Escape sequences typed into records show as visible escapes on every screen; the store keeps them exact."""

from __future__ import annotations

from resilience_tui.domain.goal import Goal
from resilience_tui.domain.reflection import Reflection
from resilience_tui.store.store import Store
from tests.ui.application_helpers import application, rejection, request
from tests.ui.goal_helpers import seed as seed_goals
from tests.ui.helpers import app_on, checkin, journal_entry, notices, screen_text

CLIPBOARD = "\x1b]52;c;aGk=\x07"
CLEAR = "\x1b[2J"
LINK = "\x1b]8;;http://evil.example\x1b\\"
SHOWN_CLIPBOARD = "␛]52;c;aGk=\\x07"
RAW = ("\x1b", "\x07", "\u202e", "\x9b")


def seed(data_dir):
    store = Store(data_dir)
    seed_goals(data_dir, Goal(title=f"Goal{CLIPBOARD}one{CLEAR}"))
    acme = store.applications.add(rejection(f"Acme{CLIPBOARD}", f"Designer{CLEAR}", notes=f"note{LINK}x"))
    store.applications.add(application("North\u202ewind\x9b", "Engineer"))
    store.feedback.add(request(acme, subject=f"Subject{CLIPBOARD}", body=f"Body{CLEAR}"))
    store.reflections.add(Reflection(application_id=acme.id, went_well=f"went{CLIPBOARD}well"))
    store.journal.add(journal_entry(1, f"Journal{CLIPBOARD}day{CLEAR}\n\nבוקר טוב"))
    store.checkins.add(checkin(1, 2, note=f"Check{CLIPBOARD}in{CLEAR}", tags=(f"tag{LINK}",)))
    return store


def assert_visible(text: str) -> None:
    for raw in RAW:
        assert raw not in text, (raw, text)


async def test_every_screen_shows_typed_escapes_visibly(data_dir):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(140, 40)) as pilot:
        shown = {}
        shown["t"] = screen_text(app)
        assert_visible(shown["t"])
        for key in "gafrjc":
            await pilot.press(key)
            await pilot.pause()
            shown[key] = screen_text(app)
            assert_visible(shown[key])
        assert "Goal" + SHOWN_CLIPBOARD + "one␛[2J" in shown["g"]
        assert "Acme" + SHOWN_CLIPBOARD in shown["a"] and "North\\u202ewind\\x9b" in shown["a"]
        assert "Acme" + SHOWN_CLIPBOARD in shown["f"]
        assert "Acme" + SHOWN_CLIPBOARD in shown["r"]
        assert "Journal" + SHOWN_CLIPBOARD + "day␛[2J" in shown["j"] and "בוקר טוב" in shown["j"]
        assert "Check" + SHOWN_CLIPBOARD + "in␛[2J" in shown["t"]
        assert "Check␛]52;c;aGk=" in shown["c"]  # the history column is narrow; what fits shows the escape
        for message in notices(app):
            assert_visible(message)
    store = Store(data_dir)
    assert store.goals.all()[0].title == f"Goal{CLIPBOARD}one{CLEAR}"
    assert {a.company for a in store.applications.all()} == {f"Acme{CLIPBOARD}", "North\u202ewind\x9b"}
    assert store.journal.all()[0].body.startswith(f"Journal{CLIPBOARD}day{CLEAR}")


async def test_notifications_with_typed_text_show_escapes(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        app.notify(f"Saved Acme{CLIPBOARD}.", title=f"T{CLEAR}", markup=False)
        await pilot.pause()
        assert notices(app) == ["Saved Acme" + SHOWN_CLIPBOARD + "."]
        assert_visible(screen_text(app))


def test_the_line_filter_keeps_the_line_width():
    from rich.segment import Segment
    from textual.color import Color

    from resilience_tui.ui.common.visible_filter import VisibleControls

    line = [Segment("ab\x1b[2J"), Segment("cd    ")]
    shown = VisibleControls().apply(line, Color(0, 0, 0))
    assert "".join(s.text for s in shown) == "ab␛[2Jcd   "
    assert sum(s.cell_length for s in shown) == sum(s.cell_length for s in line)
    plain = [Segment("nothing to change")]
    assert VisibleControls().apply(plain, Color(0, 0, 0)) is plain
