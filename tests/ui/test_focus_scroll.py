"""A FocusScroll's focus restyles the pane alone, unless a rule styles what is inside it by its focus
(ui/common/focus_scroll.py): what is inside looks as Textual's full restyle would make it, either way."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.color import Color
from textual.widgets import Button, Static

from resilience_tui.ui.common.focus_scroll import FocusScroll, focus_styles_inside

PANE_CSS = "VerticalScroll:focus { background: $foreground 5%; }"


class PaneApp(App):
    def __init__(self, css: str) -> None:
        self.CSS = PANE_CSS + css
        super().__init__()

    def compose(self) -> ComposeResult:
        yield Button("first")
        with FocusScroll(id="pane"):
            yield Static("inside", id="inside")
            yield Static("more inside", classes="note")


def restyled_count(app: App, monkeypatch) -> list[int]:
    """How many widgets each later restyle of the app's stylesheet covers."""
    counts: list[int] = []
    original = app.stylesheet.update_nodes

    def update_nodes(nodes, animate: bool = False) -> None:
        nodes = list(nodes)
        counts.append(len(nodes))
        original(nodes, animate=animate)

    monkeypatch.setattr(app.stylesheet, "update_nodes", update_nodes)
    return counts


async def test_its_focus_restyles_the_pane_alone_and_lights_it(monkeypatch):
    app = PaneApp("")
    async with app.run_test(size=(60, 12)) as pilot:
        pane = app.query_one(FocusScroll)
        before = pane.styles.background
        inside = {widget.id: dict(widget.styles.get_rules()) for widget in pane.query(Static)}
        counts = restyled_count(app, monkeypatch)
        pane.focus()
        await pilot.pause()
        assert pane.has_focus
        assert counts == [1, 1]  # the button that lost focus, then the pane alone
        assert pane.styles.background != before  # lit, as app.tcss makes a focused pane
        assert {widget.id: dict(widget.styles.get_rules()) for widget in pane.query(Static)} == inside
        app.query_one(Button).focus()
        await pilot.pause()
        assert pane.styles.background == before  # and unlit when focus leaves


async def test_a_rule_for_the_inside_of_a_focused_pane_is_followed(monkeypatch):
    app = PaneApp("FocusScroll:focus .note { color: red; }")
    async with app.run_test(size=(60, 12)) as pilot:
        pane = app.query_one(FocusScroll)
        note = app.query_one(".note", Static)
        assert focus_styles_inside(app.stylesheet, pane)
        counts = restyled_count(app, monkeypatch)
        pane.focus()
        await pilot.pause()
        assert counts == [1, 3]  # the button, then the pane and the two inside it
        assert note.styles.color == Color.parse("red")
        app.query_one(Button).focus()
        await pilot.pause()
        assert note.styles.color != Color.parse("red")


async def test_rules_for_the_inside_of_other_focused_widgets_leave_it_alone():
    app = PaneApp("Button:focus > .x { color: red; } .note:focus Static { color: blue; } #inside:focus-within { color: green; }")
    async with app.run_test(size=(60, 12)):
        pane = app.query_one(FocusScroll)
        assert not focus_styles_inside(app.stylesheet, pane)
        app.stylesheet.add_source("#pane:focus Static { color: red; }", read_from=("test", ""))
        app.stylesheet.reparse()
        assert focus_styles_inside(app.stylesheet, pane)


async def test_todays_pane_starts_focused_and_lit(data_dir):
    from resilience_tui.ui.app import make_app

    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        pane = app.screen.query_one("#today", FocusScroll)
        assert app.screen.focused is pane
        assert pane.styles.background == Color.parse(app.theme_variables["foreground"]).with_alpha(0.05)
