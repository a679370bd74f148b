"""The Textual app: global keys, installed screens, theme memory, and safe shutdown."""

from __future__ import annotations

import asyncio
import signal
from datetime import datetime
from pathlib import Path
from typing import Callable, Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from resilience_tui.domain.records import now_local
from resilience_tui.store.settings_keys import THEME
from resilience_tui.store.store import Store
from resilience_tui.ui.common.lazy import LazyScreen

DEFAULT_THEME = THEME.default

# Screens the app offers, with the key that opens each. Only working screens are listed.
# Each is imported when first opened, so start-up pays only for Today.
SCREENS: dict[str, tuple[str, str, Callable[[], Screen]]] = {
    "today": ("t", "Today", LazyScreen("resilience_tui.ui.today.screen:TodayScreen")),
    "checkin": ("c", "Check-in", LazyScreen("resilience_tui.ui.checkin.screen:CheckinScreen")),
    "goals": ("g", "Goals", LazyScreen("resilience_tui.ui.goals.screen:GoalsScreen")),
    "applications": ("a", "Applications", LazyScreen("resilience_tui.ui.applications.screen:ApplicationsScreen")),
    "feedback": ("f", "Feedback", LazyScreen("resilience_tui.ui.feedback.screen:FeedbackScreen")),
    "reflection": ("r", "Reflection", LazyScreen("resilience_tui.ui.reflection.screen:ReflectionScreen")),
    "journal": ("j", "Journal", LazyScreen("resilience_tui.ui.journal.screen:JournalScreen")),
}


class ResilienceApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "Resilience"
    BINDINGS = [
        *(Binding(key, f"show('{name}')", title, tooltip=f"Open {title}", id=f"screen.{name}") for name, (key, title, _) in SCREENS.items()),
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]
    # Installed screens stay alive between visits. They are switched with switch_screen:
    # switch_mode holds every frame back for 50 ms, which a quick key press can feel.
    SCREENS = {name: factory for name, (_, _, factory) in SCREENS.items()}  # the module's table

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = now_local, demo: bool = False) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self.demo = demo
        self._draft_savers: list[Callable[[], None]] = []
        self._reported: list = []
        if demo:
            self.sub_title = "demo data (nothing you type here is kept)"

    # -- life cycle --------------------------------------------------------
    def get_default_screen(self) -> Screen:
        # Today is the bottom of the stack from the first frame: pushing it after mount
        # would lay out and paint a blank screen first (about 25 ms at start-up).
        return self.get_screen("today")

    def on_mount(self) -> None:
        theme = self.store.settings.get(THEME)
        if theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._install_signal_handlers()

    def on_unmount(self) -> None:
        self.save_drafts()

    def _install_signal_handlers(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(sig, self._on_terminate)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass  # not the main thread, or a platform without these signals

    def _on_terminate(self) -> None:
        self.save_drafts()
        self.exit()

    def _remember_theme(self, theme) -> None:
        self.guard(lambda: self.store.settings.set(THEME, theme.name))

    def _report_problems(self) -> None:
        """Show each damaged file once. Files are read when first needed, so screens call this too."""
        from resilience_tui.ui.common.problem import ProblemModal

        for problem in list(self.store.problems):
            if problem not in self._reported:
                self._reported.append(problem)
                self.push_screen(ProblemModal(problem))

    def report_problems(self) -> None:
        self.call_after_refresh(self._report_problems)

    # -- drafts and errors -------------------------------------------------
    def register_draft_saver(self, saver: Callable[[], None]) -> None:
        self._draft_savers.append(saver)

    def save_drafts(self) -> None:
        for saver in self._draft_savers:
            saver()

    def guard(self, action: Callable[[], object]) -> bool:
        """Run a store action; on failure tell the person in plain words. True if it worked."""
        from resilience_tui.store.errors import StoreError

        try:
            action()
        except StoreError as error:
            self.notify(error.message, title="Not saved", severity="error", timeout=12, markup=False)
            return False
        return True

    def now(self) -> datetime:
        return self.clock()

    # -- actions -----------------------------------------------------------
    @property
    def current_screen_name(self) -> str | None:
        for name in SCREENS:
            if self.is_screen_installed(name) and self.get_screen(name) is self.screen:
                return name
        return None

    def action_show(self, name: str) -> None:
        if name not in SCREENS:
            return
        # A window on top (help, a message) closes first. Today is always at the bottom
        # of the stack; one other screen at most sits on it.
        while self.current_screen_name is None and len(self.screen_stack) > 1:
            self.pop_screen()
        if self.current_screen_name == name:
            return
        if name == "today":
            while len(self.screen_stack) > 1:
                self.pop_screen()
        elif len(self.screen_stack) == 1:
            self.push_screen(name)
        else:
            self.switch_screen(name)

    def action_help(self) -> None:
        from resilience_tui.ui.common.help import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal())

    async def action_quit(self) -> None:
        self.save_drafts()
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for name, (key, title, _) in SCREENS.items():
            yield SystemCommand(f"Go to {title}", f"Open the {title} screen (key {key})", lambda n=name: self.call_later(self.action_show, n))
        yield SystemCommand("Help: keys", "List every key (?)", self.action_help)
        from resilience_tui.ui.common.export_commands import export_commands

        yield from export_commands(self)
        if hasattr(screen, "palette_commands"):
            yield from screen.palette_commands()
        yield from super().get_system_commands(screen)


def make_app(data_dir: Path | None = None, *, clock: Callable[[], datetime] = now_local, demo: bool = False, today=None) -> ResilienceApp:
    """Build the app on a data folder; the command line and the tests both use this."""
    from resilience_tui.paths import data_dir as default_data_dir

    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    store = Store(folder, today=today or (lambda: clock().date()))
    return ResilienceApp(store, clock=clock, demo=demo)
