"""A screen shown again keeps its styles when nothing they depend on changed while it was away
(ui/common/base.py), and Textual styles it again when something did: a save, a new theme."""

from __future__ import annotations

import pytest

from resilience_tui.store.store import Store
from tests.ui.application_helpers import application
from tests.ui.helpers import app_on, screen_text

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def no_journal_warm_up(monkeypatch) -> None:
    """The journal's index, built while the app is idle, ends by reading the Journal's stylesheet: a
    change each screen's styles depend on. These tests compare what one visit changed, so none is built."""
    from resilience_tui.ui.journal import search_index

    monkeypatch.setattr(search_index, "build_when_idle", lambda app: None)


def watch_returns(monkeypatch) -> list[tuple[str, bool]]:
    """Each screen shown from now on, by name, and whether Textual is to style its every widget again."""
    from textual.screen import Screen

    returns: list[tuple[str, bool]] = []
    original = Screen._on_screen_resume

    def on_screen_resume(self, event) -> None:
        returns.append((type(self).__name__, event.refresh_styles))
        original(self, event)

    monkeypatch.setattr(Screen, "_on_screen_resume", on_screen_resume)
    return returns


async def test_a_screen_returned_to_unchanged_is_not_styled_again(data_dir, monkeypatch):
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        returns = watch_returns(monkeypatch)
        await pilot.press("g")
        await pilot.pause()
        assert returns == [("GoalsScreen", False)]
        assert "▸g Goals" in screen_text(app)


async def test_a_save_elsewhere_while_away_styles_the_screen_again(data_dir, monkeypatch):
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        app.store.applications.all()  # read here, so another window's save is a change to it
        returns = watch_returns(monkeypatch)
        Store(data_dir).applications.add(application("Contoso Labs"))
        await pilot.press("g")  # Goals re-reads what changed, then finds its styles out of date
        await pilot.pause()
        assert returns == [("GoalsScreen", True)]


async def test_a_new_theme_while_away_shows_on_return(data_dir, monkeypatch):
    from textual.color import Color

    from resilience_tui.ui.common.screen_bar import ScreenBar

    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        returns = watch_returns(monkeypatch)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert returns == [("GoalsScreen", True)]
        bar = app.screen.query_one(ScreenBar)
        assert bar.styles.background == Color.parse(app.theme_variables["footer-background"])


def styles_of(screen) -> dict[str, dict]:
    """Every widget's computed rules, by its place in the screen."""
    return {f"{index}:{type(widget).__name__}": dict(widget.styles.get_rules())
            for index, widget in enumerate(screen.walk_children(with_self=True))}


async def test_the_first_screen_is_not_styled_again_when_first_shown(data_dir, monkeypatch):
    returns = watch_returns(monkeypatch)
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert returns[0] == ("TodayScreen", False)
        # Its widgets were styled as they were mounted and focused: styling them all again changes nothing.
        kept = styles_of(app.screen)
        assert len(kept) > 10
        app.screen.update_node_styles(animate=False)
        assert styles_of(app.screen) == kept


async def test_a_theme_set_between_mount_and_first_showing_styles_it(data_dir, monkeypatch):
    from resilience_tui.ui.common.base import ResilienceScreen

    returns = watch_returns(monkeypatch)
    original = ResilienceScreen._styles_key

    def key_then_new_theme(self) -> tuple:
        key = original(self)
        if self._styled_for is None:  # the key taken at mount
            self.app.theme = "textual-light" if self.app.theme != "textual-light" else "nord"
        return key

    monkeypatch.setattr(ResilienceScreen, "_styles_key", key_then_new_theme)
    app = app_on(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert returns[0] == ("TodayScreen", True)
        assert app.theme in ("textual-light", "nord")
