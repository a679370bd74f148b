"""`resilience unlock --recovery-key`: set a new passphrase with the recovery key (a forgotten passphrase)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "unlock"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(NAME, help="forgot your passphrase? set a new one with your recovery key",
                                 description="The recovery key is typed at the prompt (or read from the first "
                                             "line of standard input), never given on the command line.")
    parser.add_argument("--recovery-key", action="store_true", required=True,
                        help="use the recovery key you were shown when you turned encryption on")
    add_passphrase_file(parser, new=True)


def _recovery_text() -> str:
    if sys.stdin.isatty():
        return input("Recovery key (the groups of four characters): ")
    return sys.stdin.readline()


def run(context: Context) -> int:
    from resilience_tui.commands.secret_input import new_passphrase
    from resilience_tui.store.codec import is_encrypted

    if not context.args.recovery_key:
        return EXIT_USAGE
    if not is_encrypted(context.folder):
        print("resilience unlock: your data is not encrypted, so there is nothing to unlock.", file=sys.stderr)
        return EXIT_FAILED
    from resilience_tui.store.keys import read_keys, unlock_with_recovery, with_passphrase, write_keys

    unlocked = unlock_with_recovery(read_keys(context.folder), _recovery_text())
    write_keys(context.folder, with_passphrase(unlocked, new_passphrase(context.args, option="new_passphrase_file")))
    print("Your new passphrase is set. Your recovery key still works, should you need it again.")
    return EXIT_OK
