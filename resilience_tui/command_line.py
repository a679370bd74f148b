"""The full command line: every command's parser (argparse), and the app. `cli.main` comes here when
the quick way (quick/) does not take the command. Heavy imports (textual) happen only in the command
that opens the app, and every module a command alone needs is imported in that command
(tests/cli/test_command_imports.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from resilience_tui import __version__
from resilience_tui.commands import EXIT_OK, EXIT_USAGE
from resilience_tui.commands.columns import terminal_columns
from resilience_tui.commands.context import Context, run_command

# Each subcommand by its name on the command line, in the order --help lists them, and its module
# in resilience_tui/commands/ (NAME, register(subparsers), run(context) -> exit code). A command
# line that names one imports and registers that one alone: importing all twenty would cost every
# quick command several milliseconds.
COMMAND_MODULES = {
    "checkin": "checkin", "write": "write", "win": "win", "journal": "journal", "goal": "goal", "app": "app",
    "status": "status", "people": "people", "worry": "worry", "stats": "stats", "locate": "locate", "demo": "demo",
    "export": "export", "import": "import_data", "remind": "remind", "encrypt": "encrypt", "decrypt": "decrypt",
    "passphrase": "passphrase", "unlock": "unlock", "completion": "completion",
}
# The options before a command that take a value (the value is not the command's name).
GLOBAL_VALUE_OPTIONS = ("--data-dir", "--passphrase-file")


def command_module(name: str) -> ModuleType:
    # By __import__, which -X importtime sees (tests/cli/test_command_imports.py), unlike importlib's.
    full = f"resilience_tui.commands.{COMMAND_MODULES[name]}"
    __import__(full)
    return sys.modules[full]


def commands() -> list[ModuleType]:
    """Every command's module, in order."""
    return [command_module(name) for name in COMMAND_MODULES]


def named_command(argv: list[str]) -> str | None:
    """The command `argv` names, when it names a known one before any help option; "" when it
    names none at all (the app opens: no command's parser is needed); else None (every one is)."""
    values = False
    for token in argv:
        if values:
            values = False
        elif token in GLOBAL_VALUE_OPTIONS:
            values = True
        elif token in ("-h", "--help") or token == "--":
            return None
        elif not token.startswith("-"):
            return token if token in COMMAND_MODULES else None
    return ""


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the terminal's width found as shutil finds it but without
    importing shutil (argparse makes a formatter for every argument added, help or not)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """Bad usage is one clear line on stderr and exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; with `only`, the parser with that one command in it (with
    "", none: the command line that opens the app)."""
    # argparse asks gettext to translate each of its own phrases as every parser is made: with
    # fifteen commands that is over eighty searches of the disk for catalogues (and an import of
    # `locale`), several milliseconds of every command. This program speaks English, so while the
    # parsers are made its phrases are taken as they are; argparse is as it was afterwards.
    translate = argparse._  # type: ignore[attr-defined]
    argparse._ = str  # type: ignore[attr-defined]
    try:
        return _build_parser(only)
    finally:
        argparse._ = translate  # type: ignore[attr-defined]


def _build_parser(only: str | None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resilience",
        description="A private, offline companion for the weeks after an interview rejection.",
        epilog="With no command, the app opens. Your data stays on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"resilience {__version__}")
    parser.add_argument("--data-dir", metavar="PATH", help="use this data folder (or set RESILIENCE_TUI_DATA_DIR)")
    parser.add_argument("--force", action="store_true",
                        help="use the data folder even if it holds other files and nothing Resilience made")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo dataset in a temporary folder")
    parser.add_argument("--passphrase-file", metavar="PATH",
                        help="an encrypted folder's passphrase, from this file (yours alone: mode 0600 or 0400)")
    parser.add_argument("--remember", action="store_true",
                        help="keep the passphrase in your system's keychain (needs: pip install 'resilience-tui[keyring]')")
    # With `prog` given, argparse makes no help formatter now (which would import shutil for the
    # terminal's width); the subcommands' names start with it, as they would without.
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, prog=parser.prog)
    for command in commands() if only is None else [command_module(only)] if only else []:
        command.register(subparsers)
    parser.set_defaults(full_parser=build_parser)  # for `completion`, which reads the whole command line
    return parser


def main(arguments: list[str]) -> int:
    """Parse the whole command line and run its command, or open the app."""
    only = named_command(arguments)
    parser = build_parser(only)
    args = parser.parse_args(arguments)
    if args.data_dir is not None and not args.data_dir.strip():
        # An empty path would quietly fall back to the default folder: say so instead, before anything opens.
        print(f"{parser.prog}: --data-dir needs a folder; it was given an empty one (see {parser.prog} --help)",
              file=sys.stderr)
        return EXIT_USAGE
    # Every command, and the app itself, runs through one place that opens the
    # store and turns any error into one line and an exit code.
    if args.command is not None:
        return run_command(command_module(args.command).run, args)
    return run_command(_run_demo_app if args.demo else _run_app, args)


def _run_app(context: Context, *, demo: bool = False) -> int:
    # textual costs ~150 ms to import, so it is only imported to open the app.
    from resilience_tui.store.codec import is_encrypted

    unlocked = None
    if is_encrypted(context.folder):
        from resilience_tui.ui.unlock.start import unlock_at_start

        unlocked = unlock_at_start(context)
        if unlocked is None:
            return EXIT_OK  # the person quit at the passphrase screen
    from resilience_tui.ui.app import make_app

    app = make_app(context.folder, demo=demo, force=context.args.force, unlocked=unlocked)
    app.run()
    return app.return_code or EXIT_OK


def _run_demo_app(context: Context) -> int:
    import shutil  # with tempfile, only the demo needs them
    import tempfile

    from resilience_tui.demo import write_demo

    temp = Path(tempfile.mkdtemp(prefix="resilience-demo-"))
    try:
        write_demo(temp / "data", years=1)
        return _run_app(Context(context.args, temp / "data"), demo=True)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
