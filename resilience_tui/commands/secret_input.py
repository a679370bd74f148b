"""Passphrases for the commands: typed at a terminal (never shown), or read from a private file.

Never from an environment variable or the command line, where other programs and the
shell's history can see them. A file given with `--passphrase-file` must be a plain file
of this user that nobody else may read (mode 0600 or 0400): anything else is refused.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path

from resilience_tui.store.errors import StoreError

MIN_LENGTH = 8
GOOD_LENGTH = 14


class NoPassphrase(StoreError):
    """No terminal to ask at, and no file given."""


def add_passphrase_file(parser: argparse.ArgumentParser, *, new: bool = False) -> None:
    """`--passphrase-file PATH` (and with `new`, `--new-passphrase-file PATH`) on a command's parser."""
    parser.add_argument("--passphrase-file", metavar="PATH", default=argparse.SUPPRESS,
                        help="read your passphrase from this file (yours alone: mode 0600 or 0400), not a prompt")
    if new:
        parser.add_argument("--new-passphrase-file", metavar="PATH", default=argparse.SUPPRESS,
                            help="read the new passphrase from this file (yours alone: mode 0600 or 0400)")


def read_private_file(path: Path) -> str:
    """The passphrase in `path` (one trailing newline dropped); refused unless the file is private to this user."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise StoreError(f"the passphrase file {path} could not be read ({error.strerror or error}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise StoreError(f"the passphrase file {path} is not a plain file.")
    if os.name == "posix" and (info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077):
        raise StoreError(f"the passphrase file {path} is readable by others. Make it yours alone first: "
                         f"chmod 600 {path}")
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise StoreError(f"the passphrase file {path} could not be read as text.") from None
    text = text.removesuffix("\n").removesuffix("\r")
    if not text:
        raise StoreError(f"the passphrase file {path} is empty.")
    return text


def at_terminal() -> bool:
    return sys.stdin.isatty()


def ask_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", *, option: str = "passphrase_file",
                   why: str = "your data is encrypted") -> str:
    """The passphrase from the option's file, else typed at the terminal, else NoPassphrase (one line)."""
    path = getattr(args, option, None)
    if path:
        return read_private_file(Path(path).expanduser())
    if not at_terminal():
        flag = "--" + option.replace("_", "-")
        raise NoPassphrase(f"{why}, and there is no terminal to type the passphrase at. "
                           f"Run this at a terminal, or give {flag} PATH (a file readable by you alone).")
    import getpass

    return getpass.getpass(prompt, stream=sys.stderr)


def strength_hint(passphrase: str) -> str | None:
    """A word about a passphrase that could be stronger, or None when it is fine."""
    if len(passphrase) < GOOD_LENGTH or len(set(passphrase)) < 8:
        return ("A longer passphrase is much harder to guess: four or five ordinary words, "
                "like 'kettle orbit mango window', make a strong one you can remember.")
    return None


def new_passphrase(args: argparse.Namespace, *, option: str = "passphrase_file") -> str:
    """A new passphrase: from the option's file, or typed twice at the terminal (with a strength hint)."""
    path = getattr(args, option, None)
    if path:
        text = read_private_file(Path(path).expanduser())
        if len(text) < MIN_LENGTH:
            raise StoreError(f"a passphrase needs at least {MIN_LENGTH} characters.")
        return text
    if not at_terminal():
        flag = "--" + option.replace("_", "-")
        raise NoPassphrase(f"there is no terminal to type a new passphrase at. Run this at a terminal, "
                           f"or give {flag} PATH (a file readable by you alone).")
    import getpass

    for _ in range(3):
        first = getpass.getpass("New passphrase: ", stream=sys.stderr)
        if len(first) < MIN_LENGTH:
            print(f"A passphrase needs at least {MIN_LENGTH} characters. Please try another.", file=sys.stderr)
            continue
        hint = strength_hint(first)
        if hint:
            print(hint, file=sys.stderr)
        if getpass.getpass("The same again, to be sure: ", stream=sys.stderr) == first:
            return first
        print("Those two were not the same. Let's try again.", file=sys.stderr)
    raise StoreError("no new passphrase was set, so nothing was changed.")
