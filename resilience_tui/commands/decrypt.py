"""`resilience decrypt`: turn encryption off, writing every file plain again (asks to confirm)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "decrypt"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(NAME, help="turn encryption off: your files become plain again",
                                 description="Write every file of your data folder plain again and remove its keys.")
    parser.add_argument("--yes", action="store_true", help="do it without asking (needed when not at a terminal)")
    add_passphrase_file(parser)


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("resilience decrypt: not at a terminal, so it cannot ask you to confirm; add --yes to go ahead.",
              file=sys.stderr)
        return False
    print("Your files will be plain again: anyone with this computer, a backup or the synced folder can read them.",
          file=sys.stderr)
    try:
        return input('Type "decrypt" to go ahead: ').strip().lower() == "decrypt"
    except EOFError:
        return False


def run(context: Context) -> int:
    from resilience_tui.store.codec import is_encrypted

    folder = context.folder
    if not is_encrypted(folder):
        print("Your data is not encrypted; nothing to do.")
        return EXIT_OK
    if not _confirmed(context.args):
        print("resilience decrypt: nothing was changed.", file=sys.stderr)
        return EXIT_FAILED
    from resilience_tui.services.inbox import merge_inbox
    from resilience_tui.store.conversion import decrypt_folder
    from resilience_tui.store.store import Store

    context.store  # noqa: B018 - unlocks (asks for the passphrase) and merges the inbox
    unlocked = context.unlocked
    assert unlocked is not None
    done = decrypt_folder(folder, unlocked)
    if is_encrypted(folder):
        names = ", ".join(str(p) for p in done.left)
        print(f"resilience decrypt: these files are damaged and could not be opened, so your data stays "
              f"encrypted: {names}. Move them out of the folder (or restore a backup), then run it again.",
              file=sys.stderr)
        return EXIT_FAILED
    merge_inbox(Store(folder), unlocked.inbox_private)  # a check-in sealed while the files were turned over
    try:
        (folder / "inbox").rmdir()  # only when empty: a damaged sealed file is left for the person to see
    except OSError:
        pass
    print(f"Your data is plain again ({done.files} file{'s' if done.files != 1 else ''} written).")
    if done.left:
        print(f"{len(done.left)} damaged cop{'ies' if len(done.left) != 1 else 'y'} stay encrypted; their keys "
              "are kept in backups/keys-for-damaged-copies.json.")
    return EXIT_OK
