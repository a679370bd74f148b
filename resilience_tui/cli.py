"""The `resilience` command. Heavy imports (textual) happen only in the command that opens the app."""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from resilience_tui import __version__
from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from resilience_tui.commands import checkin, demo, goal, locate
from resilience_tui.commands import export, import_data

# Each subcommand module: NAME, register(subparsers), run(args) -> exit code.
COMMANDS = [checkin, goal, locate, demo, export, import_data]


class _Parser(argparse.ArgumentParser):
    """Bad usage is one clear line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="resilience",
        description="A private, offline companion for the weeks after an interview rejection.",
        epilog="With no command, the app opens. Your data stays on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"resilience {__version__}")
    parser.add_argument("--data-dir", metavar="PATH", help="use this data folder (or set RESILIENCE_TUI_DATA_DIR)")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo dataset in a temporary folder")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        for command in COMMANDS:
            if args.command == command.NAME:
                return command.run(args)
        if args.demo:
            return _run_demo_app()
        from resilience_tui.paths import data_dir

        return _run_app(data_dir(args.data_dir))
    except KeyboardInterrupt:
        return EXIT_FAILED


def _run_app(folder: Path, *, demo: bool = False) -> int:
    # textual costs ~150 ms to import, so it is only imported to open the app.
    from resilience_tui.ui.app import make_app

    app = make_app(folder, demo=demo)
    app.run()
    return app.return_code or EXIT_OK


def _run_demo_app() -> int:
    from resilience_tui.demo import write_demo

    temp = Path(tempfile.mkdtemp(prefix="resilience-demo-"))
    try:
        write_demo(temp / "data", years=1)
        return _run_app(temp / "data", demo=True)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
