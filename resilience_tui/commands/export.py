"""`resilience export --format markdown|html|json [--area AREA]... [--out PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "export"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        NAME, help="write your data to files: readable markdown or html, or complete json",
        description="Write your data to new files, readable by you only. json holds everything and can be "
                    "imported again; markdown and html are for reading, one document per area.",
    )
    export.add_argument("--format", required=True, choices=("markdown", "html", "json"), help="what kind of file")
    export.add_argument("--area", action="append", default=[], metavar="AREA",
                        help="only this area, e.g. checkins or journal (repeatable; default: all)")
    export.add_argument("--out", metavar="PATH",
                        help="the json file; for markdown and html a folder, or one file ending in .md or .html "
                             "(default: a new name here)")


def run(context: Context) -> int:
    from resilience_tui.domain.records import now_local
    from resilience_tui.export import ExportFailed
    from resilience_tui.export.writer import check_out, choose_areas, export

    args = context.args
    store = context.store
    out = Path(args.out).expanduser() if args.out else None
    try:
        choose_areas(store, args.format, args.area)
        check_out(args.format, out)
    except ExportFailed as error:
        print(f"resilience export: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        written = export(store, args.format, areas=args.area, out=out,
                         folder=Path.cwd(), now=now_local())
    except ExportFailed as error:
        print(f"resilience export: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    context.report_problems()
    where = written[0] if len(written) == 1 else written[0].parent
    print(f"Exported to {where} ({len(written)} file{'s' if len(written) != 1 else ''}, readable by you only).")
    return EXIT_OK
