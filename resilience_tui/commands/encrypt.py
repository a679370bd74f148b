"""`resilience encrypt`: turn encryption at rest on (or finish a conversion that was stopped)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "encrypt"

THREAT_MODEL = (
    "Encryption protects your files at rest: a lost laptop, your backups, a synced folder on someone else's server.",
    "It does not protect against harmful software running as you while Resilience is unlocked.",
    "Your passphrase unlocks it; a recovery key, shown once, unlocks it too if you forget the passphrase.",
    "If you lose both the passphrase and the recovery key, your data is gone: nobody can get it back.",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(NAME, help="encrypt your data with a passphrase",
                                 description=" ".join(THREAT_MODEL))
    add_passphrase_file(parser)


def _say(text: str = "") -> None:
    print(text, file=sys.stderr)


def confirm_recovery(recovery: str) -> bool:
    """Show the recovery key and ask for its last group back (three tries)."""
    _say("")
    _say("Your recovery key (shown this once; write it down and keep it somewhere safe, away from this computer):")
    _say("")
    _say(f"    {recovery}")
    _say("")
    last = recovery.rsplit("-", 1)[1]
    for _ in range(3):
        try:
            typed = input("To be sure you have it, type its last group of four characters: ")
        except EOFError:
            return False
        if typed.strip().upper() == last:
            return True
        _say("That is not the last group. Look at the key again; it is the four characters after the last dash.")
    return False


def run(context: Context) -> int:
    from resilience_tui.commands.secret_input import ask_passphrase, at_terminal, new_passphrase
    from resilience_tui.store.codec import is_encrypted

    args = context.args
    folder = context.folder
    if is_encrypted(folder):
        from resilience_tui.store.conversion import encrypt_folder
        from resilience_tui.store.keys import read_keys, unlock

        keyfile = read_keys(folder)
        if keyfile.state == "on":
            print("Your data is already encrypted. (resilience passphrase changes the passphrase.)")
            return EXIT_OK
        unlocked = unlock(keyfile, ask_passphrase(args))
        done = encrypt_folder(folder, unlocked)
        print(f"Finished encrypting your data ({done.files} more file{'s' if done.files != 1 else ''}).")
        return EXIT_OK
    context.store  # noqa: B018 - opening it refuses someone else's folder before anything is written
    context.report_problems()
    for line in THREAT_MODEL:
        _say(line)
    _say("")
    passphrase = new_passphrase(args)
    from resilience_tui.store.conversion import encrypt_folder
    from resilience_tui.store.keys import new_keys

    unlocked, recovery = new_keys(passphrase)
    if getattr(args, "passphrase_file", None):
        print(recovery)  # for scripts: once, on stdout
    elif not (at_terminal() and confirm_recovery(recovery)):
        _say("resilience: the recovery key was not confirmed, so nothing was encrypted. Run resilience encrypt again.")
        return EXIT_FAILED
    done = encrypt_folder(folder, unlocked)
    _say(f"Encrypted {done.files} file{'s' if done.files != 1 else ''}. From now on Resilience asks for your "
         "passphrase when it opens; quick check-ins from the shell still need none.")
    return EXIT_OK
