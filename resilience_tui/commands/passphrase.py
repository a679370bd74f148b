"""`resilience passphrase`: change the passphrase. Only the key file changes; the data files stay as they are."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "passphrase"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(NAME, help="change the passphrase of your encrypted data")
    add_passphrase_file(parser, new=True)


def run(context: Context) -> int:
    from resilience_tui.commands.secret_input import ask_passphrase, new_passphrase
    from resilience_tui.store.codec import is_encrypted

    if not is_encrypted(context.folder):
        print("resilience passphrase: your data is not encrypted (resilience encrypt turns it on).")
        return EXIT_FAILED
    from resilience_tui.store.keys import read_keys, unlock, with_passphrase, write_keys

    unlocked = unlock(read_keys(context.folder), ask_passphrase(context.args, "Current passphrase: "))
    write_keys(context.folder, with_passphrase(unlocked, new_passphrase(context.args, option="new_passphrase_file")))
    print("Your passphrase is changed. Your recovery key stays the same.")
    return EXIT_OK
