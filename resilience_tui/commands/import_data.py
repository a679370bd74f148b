"""`resilience import FILE` (our json export) and `resilience import --from jrnl FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "import"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = commands.add_parser(
        NAME, help="bring in a json export, or a jrnl journal (--from jrnl)",
        description="Merge a file into your data. Records already here are not doubled, so importing the "
                    "same file twice changes nothing. A file that is not in the expected form is refused "
                    "and nothing is written.",
    )
    imports.add_argument("file", metavar="FILE")
    imports.add_argument("--from", dest="source", choices=("resilience", "jrnl"), default="resilience",
                         help="resilience (a json export, the default) or jrnl (from jrnl --format json)")


def run(context: Context) -> int:
    from resilience_tui.domain.visible import visible
    from resilience_tui.export import ImportRefused

    path = Path(context.args.file).expanduser()
    store = context.store
    try:
        if context.args.source == "jrnl":
            from resilience_tui.export.jrnl import import_jrnl

            result = import_jrnl(store, path)
        else:
            from resilience_tui.export.importer import import_file

            result = import_file(store, path)
    except ImportRefused as error:
        print(f"resilience import: {visible(error.message)}", file=sys.stderr)
        return EXIT_FAILED
    context.report_problems()
    print(visible(f"Imported {path.name}: {result.summary()}"))
    return EXIT_OK
