"""The passphrase screen shown at start when the data folder is encrypted.

A small app of its own, run before the main one: the store cannot be opened (not even
its settings, for the theme) until the key is known. No lock-out: a wrong passphrase is
said kindly, and the person tries again as often as they like. escape or ctrl+q quits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from resilience_tui.ui import collector

if TYPE_CHECKING:
    from resilience_tui.store.keys import KeyFile, Unlocked  # noqa: F401 - named in a string below

WRONG = "That passphrase did not open your data. No rush: check caps lock, and try again."


class PassphraseApp(App["Unlocked | None"]):
    """Returns the unlocked keys, or None when the person quits."""

    CSS = """
    Screen { align: center middle; }
    #unlock { width: 64; height: auto; border: round $primary; padding: 1 2; }
    #unlock Static { margin-bottom: 1; }
    #status { color: $text-warning; height: auto; }
    """
    BINDINGS = [
        Binding("escape", "leave", "Quit", id="unlock.quit"),
        Binding("ctrl+q", "leave", "Quit", priority=True, id="unlock.quit2"),
    ]
    TITLE = "Resilience"

    def __init__(self, folder: Path, keyfile: KeyFile) -> None:
        super().__init__()
        self.folder = folder
        self.keyfile = keyfile
        self.tries = 0
        self.passphrase = ""  # the one that opened it (kept in the keychain only with --remember)

    def on_mount(self) -> None:
        # The passphrase may take a while to type: collection runs again now, not when the app opens.
        collector.resume(freeze=False)

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock"):
            yield Static("Your data is encrypted. Type your passphrase to open it.", markup=False)
            yield Input(password=True, placeholder="passphrase", id="passphrase")
            yield Static("", id="status", markup=False)
            yield Static("enter opens · escape quits · forgot it? resilience unlock --recovery-key", markup=False)

    @on(Input.Submitted, "#passphrase")
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value:
            return
        self.query_one("#status", Static).update("Opening…")
        self.query_one("#passphrase", Input).disabled = True
        self._try(event.value)

    @work(thread=True, exclusive=True)
    def _try(self, passphrase: str) -> None:
        from resilience_tui.store.keys import WrongPassphrase, unlock

        try:
            unlocked = unlock(self.keyfile, passphrase)
        except WrongPassphrase:
            self.call_from_thread(self._wrong)
            return
        self.passphrase = passphrase
        self.call_from_thread(self.exit, unlocked)

    def _wrong(self) -> None:
        self.tries += 1
        self.query_one("#status", Static).update(WRONG)
        field = self.query_one("#passphrase", Input)
        field.disabled = False
        field.value = ""
        field.focus()

    def action_leave(self) -> None:
        self.exit(None)
