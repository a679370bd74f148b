"""Getting the keys of an encrypted folder before the app starts: a file, the keychain, or the passphrase screen."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.store.keys import Unlocked

KEYRING_SERVICE = "resilience-tui"
NO_KEYRING = ("resilience: --remember needs the keyring package (pip install 'resilience-tui[keyring]'); "
              "your passphrase is asked for as usual.")


def _keyring() -> Any:
    try:
        import keyring  # type: ignore[import-not-found,unused-ignore]  # an optional extra: only with --remember
    except ImportError:
        return None
    return keyring


def unlock_at_start(context: Context) -> Unlocked | None:
    """The keys, or None when the person chose to quit at the passphrase screen."""
    from resilience_tui.store.keys import WrongPassphrase, read_keys, unlock

    folder = context.folder
    keyfile = read_keys(folder)
    args = context.args
    if getattr(args, "passphrase_file", None):
        from resilience_tui.commands.secret_input import ask_passphrase

        return unlock(keyfile, ask_passphrase(args))
    keyring = None
    if getattr(args, "remember", False):
        keyring = _keyring()
        if keyring is None:
            print(NO_KEYRING, file=sys.stderr)
        else:
            kept = keyring.get_password(KEYRING_SERVICE, str(folder))
            if kept:
                try:
                    return unlock(keyfile, kept)
                except WrongPassphrase:
                    pass  # changed since it was kept: asked for again, and kept anew
    from resilience_tui.ui.unlock.passphrase_app import PassphraseApp

    screen = PassphraseApp(folder, keyfile)
    unlocked = screen.run()
    if unlocked is not None and keyring is not None and screen.passphrase:
        keyring.set_password(KEYRING_SERVICE, str(folder), screen.passphrase)
    return unlocked
