"""The Textual app: global keys, installed screens, theme memory, and safe shutdown."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import Notify, SeverityLevel
from textual.screen import Screen

from resilience_tui.domain.records import now_local
from resilience_tui.domain.visible import visible
from resilience_tui.store.settings_keys import THEME
from resilience_tui.store.store import Store
from resilience_tui.ui import collector
from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from textual.filter import LineFilter

    from resilience_tui.store.errors import StoreError
    from resilience_tui.store.keys import Unlocked
    from resilience_tui.ui.checkin.screen import CheckinScreen
    from resilience_tui.ui.common.autosave import Drafts
    from resilience_tui.ui.common.ending import Ending
    from resilience_tui.ui.common.long_lived import LongLived
    from resilience_tui.ui.common.saving import SaveQueue
    from resilience_tui.ui.feedback.screen import FeedbackScreen
    from resilience_tui.ui.reflection.screen import ReflectionScreen

__all__ = ["DEFAULT_THEME", "SCREENS", "ResilienceApp", "make_app"]

DEFAULT_THEME = THEME.default


class ResilienceApp(App):
    CSS_PATH = "app.tcss"
    TITLE = "Resilience"
    BINDINGS = [
        # Shown in the bar of screens at the top (ScreenBar) and in help, not in the footer.
        *(Binding(key, f"show('{name}')", title, tooltip=f"Open {title}", id=f"screen.{name}", show=False)
          for name, (key, title, _) in SCREENS.items()),
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
        self._draft_savers: list[Callable[[], object]] = []
        self._reported: list[object] = []
        self._warned = 0
        self.crash_message: str | None = None  # the one line printed after an unexpected error
        self._noticed = 0
        self._ending: Ending | None = None  # set by run(): how a signal ends the app
        self.unlocked: Unlocked | None = None  # the keys, when the data folder is encrypted
        if demo:
            self.sub_title = "demo data (nothing you type here is kept)"

    def get_line_filters(self) -> Sequence[LineFilter]:
        """Textual's filters, then the one that shows control characters in typed text as escapes."""
        return [*super().get_line_filters(), self._visible_controls]

    @cached_property
    def _visible_controls(self) -> LineFilter:
        from resilience_tui.ui.common.visible_filter import VisibleControls

        return VisibleControls()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notification shows control characters in typed text as visible escapes."""
        super().notify(visible(message), title=visible(title), severity=severity, timeout=timeout, markup=markup)

    def _on_notify(self, event: Notify) -> None:
        """One toast of a kind at a time: a new notice replaces the one with its title and severity.

        Textual's own handler runs after this one and shows the new notice."""
        new = event.notification
        for shown in list(self._notifications):
            if (shown.title, shown.severity) == (new.title, new.severity):
                self._unnotify(shown, refresh=False)

    @cached_property
    def long_lived(self) -> LongLived:
        from resilience_tui.ui.common.long_lived import LongLived

        return LongLived(self)

    # Made on first use, so start-up pays for neither module.
    @cached_property
    def drafts(self) -> Drafts:
        """Half-typed forms: the one place that reads and writes them."""
        from resilience_tui.ui.common.autosave import Drafts

        return Drafts(self.store, notify=self._draft_notice)

    def _draft_notice(self, message: str, severity: SeverityLevel) -> None:
        self.notify(message, title="Draft", severity=severity, timeout=12, markup=False)

    @cached_property
    def saves(self) -> SaveQueue:
        """Saves waiting for another window to finish."""
        from resilience_tui.ui.common.saving import SaveQueue

        return SaveQueue(self, self._not_saved)

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
        if self._ending is not None:
            self._ending.started()
        self.set_timer(0.3, self._tidy_editor_files)  # after the first screen is drawn, off the start-up path
        self.long_lived.built("today")
        from resilience_tui.ui.journal.search_index import build_when_idle

        build_when_idle(self)  # the journal's search index, a year at a time once Today has settled

    def _tidy_editor_files(self) -> None:
        """Remove text a crashed run left in the external editor's private folder (in a thread: it touches disk)."""
        import threading

        from resilience_tui.editor_files import tidy_after_crash

        threading.Thread(target=tidy_after_crash, name="tidy-editor-files", daemon=True).start()

    def on_unmount(self) -> None:
        collector.resume(freeze=False)  # an app that ended before its first screen was shown
        self.saves.close()
        self.save_drafts()

    async def _shutdown(self) -> None:
        # Textual's shutdown writes to the terminal first; if the terminal has gone, that can wait for ever.
        if self._ending is not None:
            self._ending.closing()
        await super()._shutdown()

    def exit(self, *args: Any, **kwargs: Any) -> None:
        # Textual mounts nothing once exiting: a screen being built while idle is finished first (ui/common/prebuild.py).
        prebuild = sys.modules.get("resilience_tui.ui.common.prebuild")
        if prebuild is None or not prebuild.exit_after_build(self, partial(super().exit, *args, **kwargs)):
            super().exit(*args, **kwargs)

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app, ending cleanly on SIGTERM, SIGHUP or SIGINT at any moment (ui/common/ending.py)."""
        from resilience_tui.ui.common.ending import Ending

        self._ending = Ending(lambda: self._loop, self._on_terminate)
        self._ending.install()
        self.long_lived.enabled = True
        try:
            return super().run(*args, **kwargs)
        finally:
            self._ending.uninstall()

    def _on_terminate(self) -> None:
        self.saves.close()
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
        for notice in self.store.notices[self._noticed:]:  # conflict copies of a synced folder, merged
            self.notify(notice, title="A copy from another device", timeout=20, markup=False)
        self._noticed = len(self.store.notices)
        self.show_warnings()

    def show_warnings(self) -> None:
        """Each of the store's warnings (a skipped backup, for instance) once, as a notice."""
        for warning in self.store.warnings[self._warned:]:
            self.notify(warning, title="Backup skipped", severity="warning", timeout=12, markup=False)
        self._warned = len(self.store.warnings)

    def report_problems(self) -> None:
        self.call_after_refresh(self._report_problems)

    # -- an unexpected error: one line and a crash report, never a traceback with the person's text
    def _handle_exception(self, error: Exception) -> None:
        from resilience_tui.ui.common.crash import close_after_crash

        close_after_crash(self, error)

    def _print_error_renderables(self) -> None:
        if self.crash_message is None:
            return super()._print_error_renderables()
        from resilience_tui.ui.common.crash import print_crash_message

        print_crash_message(self)

    # -- drafts and errors -------------------------------------------------
    def register_draft_saver(self, saver: Callable[[], object]) -> None:
        """`saver` runs on quit, SIGTERM, SIGHUP and SIGINT: it writes what is typed but not saved yet."""
        self._draft_savers.append(saver)

    def unregister_draft_saver(self, saver: Callable[[], object]) -> None:
        if saver in self._draft_savers:
            self._draft_savers.remove(saver)

    def save_drafts(self) -> None:
        for saver in list(self._draft_savers):
            saver()
        if "drafts" in self.__dict__:  # drafts the disk refused earlier get another try
            self.drafts.retry()

    def guard(self, action: Callable[[], object], *, then: Callable[[], None] | None = None,
              on_error: Callable[[StoreError], object] | None = None,
              notify: bool = True, title: str = "Not saved") -> bool:
        """Run a store action; on failure tell the person in plain words. True if it is saved now.

        Every store error the screens meet comes through here. `on_error` also shows the
        message where it happened (under a field, in a status line); `notify=False` shows
        it only there.

        Without `then`, the action runs here and now (waiting for the lock if it must).
        With `then`, a save that finds the lock held by another window waits in the
        background, with a "Saving…" notice, while the screen stays usable; `then`
        runs on the UI thread once it really saved (at once, when nothing was in the
        way). Saves given a `then` land in the order they were made.
        """
        from resilience_tui.store.errors import LockBusy, StoreError

        def failed(error: StoreError) -> None:
            if notify:
                self.notify(error.message, title=title, severity="error", timeout=12, markup=False)
            if on_error is not None:
                on_error(error)

        if then is not None and not self.saves.closed:
            from resilience_tui.ui.common.saving import PendingSave

            if self.saves.waiting:
                self.saves.add(PendingSave(action, then, failed))
                return False
            from resilience_tui.store.lock import first_lock_within

            try:
                with first_lock_within():
                    action()
            except LockBusy:
                self.saves.add(PendingSave(action, then, failed))
                return False
            except StoreError as error:
                self._not_saved(error, failed)
                return False
            then()
            self.show_warnings()
            return True
        try:
            action()
        except StoreError as error:
            self._not_saved(error, failed)
            return False
        self.show_warnings()
        return True

    def _not_saved(self, error: StoreError, failed: Callable[[StoreError], None] | None = None) -> None:
        """Tell the person a save did not happen: by `failed` when the caller said how, else a notice."""
        if failed is not None:
            failed(error)
        else:
            self.notify(error.message, title="Not saved", severity="error", timeout=12, markup=False)

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
        self.long_lived.built(name)

    # -- one screen opening another with data ----------------------------------
    def open_checkin(self, application_id: str) -> None:
        """Show Check-in with a new check-in about this application."""
        self.action_show("checkin")
        cast("CheckinScreen", self.get_screen("checkin")).start_from_application(application_id)

    def open_feedback(self, application_id: str) -> None:
        """Show Feedback with this application's request (or a new draft of one)."""
        self.action_show("feedback")
        cast("FeedbackScreen", self.get_screen("feedback")).start_from_application(application_id)

    def open_reflection(self, application_id: str | None) -> None:
        """Show Reflection with the worksheet about this application (or a new one)."""
        self.action_show("reflection")
        cast("ReflectionScreen", self.get_screen("reflection")).start_from_application(application_id)

    def open_first_aid(self, application_id: str | None = None) -> None:
        """Offer first aid after a no: about this rejection, else the newest in its first four days."""
        from resilience_tui.services.first_aid import rejection_to_help
        from resilience_tui.ui.registry import SECONDARY

        rejection = rejection_to_help(self.store, self.now(), application_id)
        self.push_screen(SECONDARY["first_aid"][1](rejection))

    def action_help(self) -> None:
        from resilience_tui.ui.common.help import HelpModal

        if not isinstance(self.screen, HelpModal):
            self.push_screen(HelpModal())

    async def action_quit(self) -> None:
        self.save_drafts()
        if "drafts" in self.__dict__ and self.drafts.waiting:
            from resilience_tui.ui.common.unsaved_quit import UnsavedDraftModal

            if not isinstance(self.screen, UnsavedDraftModal):
                self.push_screen(UnsavedDraftModal(), lambda leave: self._leave() if leave else None)
            return
        self._leave()

    def _leave(self) -> None:
        self.saves.close()
        self.exit()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from resilience_tui.ui.common.palette import app_commands

        yield from app_commands(self, screen)
        yield from super().get_system_commands(screen)


_FROZEN = False


def make_app(data_dir: Path | None = None, *, clock: Callable[[], datetime] = now_local, demo: bool = False, today=None,
             force: bool = False, unlocked: Unlocked | None = None) -> ResilienceApp:
    """Build the app on a data folder; the command line and the tests both use this.

    `force` opens a folder that holds other files and nothing of Resilience's (`--force`).
    `unlocked`: the keys of an encrypted folder (`ui/unlock/start.py`)."""
    import gc

    from resilience_tui.paths import data_dir as default_data_dir

    # What start-up imported lives as long as the app: moved out of the collector's view (ui/collector.py).
    # Once per process: a later app in the same process (tests) must not freeze the garbage of an earlier one.
    global _FROZEN
    if not _FROZEN:
        gc.freeze()
        _FROZEN = True
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    store = Store(folder, today=today or (lambda: clock().date()), force=force,
                  codec=unlocked.codec() if unlocked is not None else None)
    if unlocked is not None:
        from resilience_tui.services.inbox import inbox_hook, merge_inbox

        merge_inbox(store, unlocked.inbox_private)  # what the shell sealed while it was locked
        inbox_hook(store, unlocked.inbox_private)  # and what it seals while the app is open
    app = ResilienceApp(store, clock=clock, demo=demo)
    app.unlocked = unlocked
    return app
