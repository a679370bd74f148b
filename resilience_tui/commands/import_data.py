"""`resilience import FILE` (our json export), `--from jrnl FILE`, and `--from csv|daylio FILE` (`import_sheets.py`).

The file is read and checked before the data folder is opened, so a file that is
refused changes nothing. A big import (or any import on a terminal) shows what it
is doing on stderr: on a terminal one line that changes, otherwise a line per step.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from resilience_tui.commands.secret_input import add_passphrase_file

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "import"
PROGRESS_BYTES = 4_000_000  # from this size an import takes long enough to say what it is doing
_PREFIX = "resilience import: "


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        NAME, help="bring in a json export, a jrnl journal, a spreadsheet of applications or a Daylio export",
        description="Merge a file into your data. Records already here are not doubled, so importing the "
                    "same file twice changes nothing. A file that is not in the expected form is refused "
                    "and nothing is written; a record in it that cannot be read is left out and counted. "
                    "A row of a CSV file that cannot be kept is listed with its row number, the other rows "
                    "come in, and the command exits with 1.",
        epilog="--from csv reads columns named company, role (or title, position), date applied, status (or stage), "
               "source, contact and notes, in any case and order; other columns go into the notes. Days are read "
               "as 2026-03-05 (also with a time after it) or 5 Mar 2026; days written with numbers alone, like "
               "05/03/2026, need --dates dmy (day first) or --dates mdy (month first), unless one of the file's "
               "days can only be read one way (25/03/2026). "
               "--from daylio reads Daylio's CSV export: rad, good, meh, bad and awful are moods 5 to 1; "
               "activities become tags; note_title and note become the note.",
    )
    imports.add_argument("file", metavar="FILE")
    imports.add_argument("--from", dest="source", choices=("json", "resilience", "jrnl", "csv", "daylio"),
                         default="resilience",
                         help="json (a Resilience export, the default), jrnl (from jrnl --format json), csv "
                              "(applications from a spreadsheet) or daylio (a Daylio CSV export)")
    imports.add_argument("--map", dest="maps", action="append", default=[], metavar='"HEADER=FIELD"',
                         help='with csv: read a column as a field, like --map "Employer=company" (repeatable)')
    imports.add_argument("--dates", choices=("dmy", "mdy"),
                         help="with csv: 05/03/2026 is 5 March (dmy) or 3 May (mdy)")
    imports.add_argument("--mood", dest="moods", action="append", default=[], metavar='"NAME=N"',
                         help='with daylio: a mood of your own and its level 1-5, like --mood "super happy=5" (repeatable)')
    imports.add_argument("--check", action="store_true",
                         help="with csv or daylio: show what would be added, and write nothing")
    imports.add_argument("--export-passphrase-file", metavar="PATH",
                         help="a protected json export's passphrase, from this file (default: --passphrase-file)")
    add_passphrase_file(imports)


def _read_json(context: Context, path: Path, printer: StepPrinter) -> object:
    """The parsed export; a passphrase-protected one (`export --encrypt`) is opened first."""
    from resilience_tui.export import ImportRefused
    from resilience_tui.export.import_source import parse_json, read_import_bytes

    data = read_import_bytes(path, lambda size: printer.announce(path.name, size))
    if data.startswith(b"RSLE"):
        from resilience_tui.commands.secret_input import ask_passphrase
        from resilience_tui.store.sealed_file import open_export

        args = context.args
        option = "export_passphrase_file" if args.export_passphrase_file else "passphrase_file"
        passphrase = ask_passphrase(args, "Passphrase of the export: ", option=option, why="the export is protected")
        try:
            opened = open_export(passphrase, data)
        except (ValueError, KeyError, TypeError):
            raise ImportRefused(f"{path} is a protected export, but it is damaged. Nothing was imported.") from None
        if opened is None:
            raise ImportRefused(f"That passphrase does not open {path}. Nothing was imported; try again.")
        data = opened
    return parse_json(data, str(path))


class StepPrinter:
    """Progress on stderr: off for a small file sent to a pipe; one changing line on a terminal."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.terminal = out.isatty()
        self.on = self.terminal
        self._width = 0

    def announce(self, name: str, size: int) -> None:
        from resilience_tui.export.import_source import size_words

        self.on = self.on or size >= PROGRESS_BYTES
        self.show(f"Reading {name} ({size_words(size)})")

    def step(self, step: str, done: int, total: int) -> None:
        if self.terminal and total:
            self.show(f"{step} ({done + 1} of {total})")
        elif step.startswith("Adding"):  # a pipe or a log gets the steps that write, a few lines
            self.show(step)

    def show(self, text: str) -> None:
        from resilience_tui.domain.visible import visible

        if not self.on:
            return
        line = visible(_PREFIX + text)
        if self.terminal:
            self.out.write("\r" + line.ljust(self._width))
            self._width = len(line)
        else:
            self.out.write(line + "\n")
        self.out.flush()

    def close(self) -> None:
        if self.on and self.terminal and self._width:
            self.out.write("\r" + " " * self._width + "\r")
            self.out.flush()
            self._width = 0  # cleared: closing again writes nothing


def run(context: Context) -> int:
    from resilience_tui.commands.import_sheets import run_sheet, usage_problem
    from resilience_tui.domain.visible import visible
    from resilience_tui.export import ImportRefused, ImportStopped

    path = Path(context.args.file).expanduser()
    problem = usage_problem(context.args)
    if problem is not None:
        print(f"{_PREFIX}{problem}", file=sys.stderr)
        return EXIT_USAGE
    printer = StepPrinter(sys.stderr)
    try:
        try:
            if context.args.source in ("csv", "daylio"):
                return run_sheet(context, path, printer)
            data = _read_json(context, path, printer)
            store = context.store  # opened only once the file is read and is not refused outright
            if context.args.source == "jrnl":
                from resilience_tui.export.jrnl import import_jrnl_parsed

                result = import_jrnl_parsed(store, data, str(path), printer.step)
            else:
                from resilience_tui.export.importer import import_parsed

                result = import_parsed(store, data, str(path), printer.step)
        finally:
            printer.close()
    except (ImportRefused, ImportStopped) as error:
        hint = ""
        if context.args.source in ("json", "resilience") and path.suffix.lower() == ".csv":
            hint = " A spreadsheet of applications imports with --from csv, a Daylio export with --from daylio."
        print(f"{_PREFIX}{visible(' '.join(error.message.split()))}{hint}", file=sys.stderr)
        return EXIT_FAILED
    context.report_problems()
    print(visible(f"Imported {path.name}: {result.summary()}"))
    return EXIT_OK
