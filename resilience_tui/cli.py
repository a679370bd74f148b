"""The `resilience` command. Heavy imports (textual) happen only in the command that opens the app."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from resilience_tui import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    checkin = commands.add_parser("checkin", help="save a mood check-in and exit")
    checkin.add_argument("mood", help="1 very low, 2 low, 3 okay, 4 good, 5 great")
    checkin.add_argument("--energy", help="1 drained to 5 buzzing")
    checkin.add_argument("--emotion", action="append", default=[], metavar="WORD", help="an emotion word (repeatable)")
    checkin.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeatable)")
    checkin.add_argument("--note", default="", metavar="TEXT", help="a note, as long as you like")
    checkin.add_argument("--at", default="now", metavar="WHEN", help='when: "now", "yesterday 21:00", "2026-11-02 08:30"')

    commands.add_parser("locate", help="print the data folder")

    demo = commands.add_parser("demo", help="write a demo dataset into an empty folder")
    demo.add_argument("folder", metavar="DIR")
    demo.add_argument("--years", type=int, default=1, metavar="N", help="how many years of data (default 1)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from resilience_tui.paths import data_dir

    try:
        if args.command == "checkin":
            return _checkin(args, data_dir(args.data_dir))
        if args.command == "locate":
            print(data_dir(args.data_dir))
            return EXIT_OK
        if args.command == "demo":
            return _demo(args)
        if args.demo:
            return _run_demo_app()
        return _run_app(data_dir(args.data_dir))
    except KeyboardInterrupt:
        return EXIT_FAILED


def _usage_error(message: str) -> int:
    print(f"resilience checkin: {message}", file=sys.stderr)
    return EXIT_USAGE


def _checkin(args: argparse.Namespace, folder: Path) -> int:
    from resilience_tui.domain.checkin import CheckIn, normalise_tag, validate
    from resilience_tui.domain.moods import mood as mood_level
    from resilience_tui.domain.records import ValidationError, now_local
    from resilience_tui.domain.when import parse_when
    from resilience_tui.store.errors import StoreError

    mood = _small_number(args.mood)
    if mood is None:
        return _usage_error(f"mood must be a whole number from 1 (very low) to 5 (great), not {args.mood!r}.")
    energy = None
    if args.energy is not None:
        energy = _small_number(args.energy)
        if energy is None:
            return _usage_error(f"--energy must be a whole number from 1 (drained) to 5 (buzzing), not {args.energy!r}.")
    try:
        at = parse_when(args.at, now_local())
        tags = tuple(dict.fromkeys(t for t in (normalise_tag(tag) for tag in args.tag) if t))
        checkin = validate(CheckIn(mood=mood, energy=energy, emotions=tuple(args.emotion), tags=tags, note=args.note, at=at))
    except ValidationError as error:
        return _usage_error(error.message)
    from resilience_tui.store.store import Store

    try:
        store = Store(folder)
        store.checkins.add(checkin)
        for problem in store.problems:
            print(f"resilience: {problem.message}", file=sys.stderr)
    except StoreError as error:
        print(f"resilience: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"resilience: the data folder {folder} could not be used ({error.strerror}).", file=sys.stderr)
        return EXIT_FAILED
    level = mood_level(checkin.mood)
    extras = ", ".join(checkin.emotions)
    when = checkin.at.strftime("%a %d %b %H:%M")
    print(f"Saved: {level.glyph} {level.word} at {when}" + (f" ({extras})" if extras else "") + ". Thank you for checking in.")
    return EXIT_OK


def _small_number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= 5:
        return int(text)
    return None


def _demo(args: argparse.Namespace) -> int:
    from resilience_tui.demo import write_demo

    if not 1 <= args.years <= 30:
        print("resilience demo: --years must be from 1 to 30.", file=sys.stderr)
        return EXIT_USAGE
    try:
        counts = write_demo(Path(args.folder), years=args.years)
    except ValueError as error:
        print(f"resilience demo: {error}", file=sys.stderr)
        return EXIT_FAILED
    summary = ", ".join(f"{count} {name}" for name, count in counts.items())
    print(f"Demo data written to {args.folder}: {summary}.")
    return EXIT_OK


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
