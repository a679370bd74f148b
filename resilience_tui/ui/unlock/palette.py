""""Encrypt my data" and "Change passphrase" from the command palette.

The same steps as `resilience encrypt` and `resilience passphrase`: the threat model,
the passphrase twice, the recovery key shown once and its last group typed back, then
the same conversion (`store/conversion.py`), in a thread while the screen stays usable.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

if TYPE_CHECKING:
    from resilience_tui.store.keys import Unlocked
    from resilience_tui.ui.app import ResilienceApp

THREAT_MODEL = (
    "Encryption protects your files at rest: a lost laptop, your backups, a synced folder on someone else's server. "
    "It does not protect against harmful software running as you while Resilience is open. "
    "Your passphrase unlocks it, and so does a recovery key shown once. "
    "Lose both, and your data is gone: nobody can get it back."
)
MIN_LENGTH = 8


def encryption_commands(app: ResilienceApp) -> Iterable[SystemCommand]:
    if app.demo:
        return
    if app.unlocked is None:
        yield SystemCommand("Encrypt my data", "Protect your files with a passphrase (resilience encrypt)",
                            partial(app.push_screen, PassphraseTwice(THREAT_MODEL, ask_current=False),
                                    partial(_chosen_new, app)))
    else:
        yield SystemCommand("Change passphrase", "A new passphrase; your data files stay as they are",
                            partial(app.push_screen, PassphraseTwice("Change your passphrase.", ask_current=True),
                                    partial(_change, app)))


class PassphraseTwice(ModalScreen["tuple[str, str] | None"]):
    """(current passphrase or "", new passphrase), or None when left with escape."""

    DEFAULT_CSS = """
    PassphraseTwice { align: center middle; }
    PassphraseTwice > Vertical { width: 70; height: auto; border: round $primary; padding: 1 2; background: $surface; }
    PassphraseTwice Static { margin-bottom: 1; }
    PassphraseTwice #crypt-status { color: $text-warning; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, intro: str, *, ask_current: bool) -> None:
        super().__init__()
        self.intro = intro
        self.ask_current = ask_current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.intro, markup=False)
            if self.ask_current:
                yield Input(password=True, placeholder="current passphrase", id="crypt-current")
            yield Input(password=True, placeholder="new passphrase (four or five words make a strong one)",
                        id="crypt-new")
            yield Input(password=True, placeholder="the same again", id="crypt-again")
            yield Static("", id="crypt-status", markup=False)
            yield Static("enter goes on · escape cancels, changing nothing", markup=False)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        fields = list(self.query(Input))
        index = fields.index(event.input)
        if index < len(fields) - 1:
            fields[index + 1].focus()
            return
        new, again = self.query_one("#crypt-new", Input).value, self.query_one("#crypt-again", Input).value
        status = self.query_one("#crypt-status", Static)
        if len(new) < MIN_LENGTH:
            status.update(f"A passphrase needs at least {MIN_LENGTH} characters.")
        elif new != again:
            status.update("Those two were not the same. Please type them again.")
        else:
            current = self.query_one("#crypt-current", Input).value if self.ask_current else ""
            self.dismiss((current, new))
            return
        self.query_one("#crypt-again", Input).value = ""
        self.query_one("#crypt-new", Input).focus()


class RecoveryKey(ModalScreen[bool]):
    """Shows the recovery key once and asks for its last group back; True once it was typed."""

    DEFAULT_CSS = """
    RecoveryKey { align: center middle; }
    RecoveryKey > Vertical { width: 70; height: auto; border: round $primary; padding: 1 2; background: $surface; }
    RecoveryKey Static { margin-bottom: 1; }
    RecoveryKey #recovery-key { text-style: bold; }
    """
    BINDINGS = [Binding("escape", "dismiss(False)", "Cancel")]

    def __init__(self, recovery: str) -> None:
        super().__init__()
        self.recovery = recovery

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Your recovery key, shown this once. Write it down and keep it away from this computer:",
                         markup=False)
            yield Static(self.recovery, id="recovery-key", markup=False)
            yield Input(placeholder="type its last group of four characters", id="recovery-last")
            yield Static("escape cancels: nothing is encrypted", id="recovery-status", markup=False)

    @on(Input.Submitted, "#recovery-last")
    def _typed(self, event: Input.Submitted) -> None:
        if event.value.strip().upper() == self.recovery.rsplit("-", 1)[1]:
            self.dismiss(True)
        else:
            self.query_one("#recovery-status", Static).update(
                "That is not the last group: it is the four characters after the last dash.")


def _chosen_new(app: ResilienceApp, chosen: tuple[str, str] | None) -> None:
    if chosen is None:
        return
    from resilience_tui.store.keys import new_keys

    unlocked, recovery = new_keys(chosen[1])
    app.push_screen(RecoveryKey(recovery), partial(_confirmed, app, unlocked))


def _confirmed(app: ResilienceApp, unlocked: Unlocked, confirmed: bool | None) -> None:
    if not confirmed:
        app.notify("Nothing was encrypted.", title="Not encrypted", markup=False)
        return
    app.save_drafts()
    app.notify("Encrypting your files…", title="Encrypting", markup=False)
    app.run_worker(partial(_encrypt, app, unlocked), thread=True, exclusive=True, group="encrypt")


def _encrypt(app: ResilienceApp, unlocked: Unlocked) -> None:
    from resilience_tui.services.inbox import inbox_hook
    from resilience_tui.store.conversion import encrypt_folder
    from resilience_tui.store.keys import read_keys, unlock_with_key

    store = app.store
    store.use_codec(unlocked.codec())  # saves from now on are encrypted; unconverted files still read
    try:
        done = encrypt_folder(store.root, unlocked)
    except OSError as error:
        app.call_from_thread(app.notify, f"Encryption stopped part-way ({error.strerror or error}); your data is "
                             "safe, and resilience encrypt finishes it.", title="Not finished", severity="error",
                             timeout=20, markup=False)
        return
    finished = unlock_with_key(read_keys(store.root), unlocked.data_key)
    store.use_codec(finished.codec())
    inbox_hook(store, finished.inbox_private)
    app.unlocked = finished
    app.call_from_thread(app.notify, f"Your data is encrypted ({done.files} files). Resilience will ask for your "
                         "passphrase when it opens.", title="Encrypted", timeout=12, markup=False)


def _change(app: ResilienceApp, chosen: tuple[str, str] | None) -> None:
    if chosen is None or app.unlocked is None:
        return
    current, new = chosen
    app.run_worker(partial(_rewrap, app, current, new), thread=True, exclusive=True, group="passphrase")


def _rewrap(app: ResilienceApp, current: str, new: str) -> None:
    from resilience_tui.store.keys import WrongPassphrase, read_keys, unlock, unlocked_as, with_passphrase, write_keys

    try:
        unlocked = unlock(read_keys(app.store.root), current)
    except WrongPassphrase:
        app.call_from_thread(app.notify, "That current passphrase did not match, so nothing was changed. "
                             "Please try again.", title="Not changed", severity="warning", markup=False)
        return
    keyfile = with_passphrase(unlocked, new)
    write_keys(app.store.root, keyfile)
    app.unlocked = unlocked_as(unlocked, keyfile)
    app.call_from_thread(app.notify, "Your passphrase is changed. Your recovery key stays the same.",
                         title="Passphrase changed", markup=False)
