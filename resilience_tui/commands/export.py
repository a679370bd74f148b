"""`resilience export --format markdown|html|json [--area AREA]... [--out PATH]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from resilience_tui.commands.secret_input import add_passphrase_file

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
    export.add_argument("--encrypt", action="store_true",
                        help="json only: protect the file with a passphrase (your folder's, unless "
                             "--export-passphrase-file names another); resilience import opens it")
    export.add_argument("--export-passphrase-file", metavar="PATH",
                        help="with --encrypt: the export's own passphrase, from this file (yours alone)")
    add_passphrase_file(export)


def run(context: Context) -> int:
    from resilience_tui.domain.records import now_local
    from resilience_tui.export import ExportFailed
    from resilience_tui.export.writer import check_out, choose_areas, export

    args = context.args
    if args.encrypt and args.format != "json":
        print("resilience export: --encrypt protects a json export; markdown and html are plain by nature.",
              file=sys.stderr)
        return EXIT_USAGE
    store = context.store
    protect = _protection(context) if args.encrypt else None
    if store.codec.encrypted and not args.encrypt:
        print(f"resilience export: your data folder is encrypted, but this {args.format} export will be plain: "
              "anyone who can read the file can read it." + (" (--encrypt protects a json export.)"
                                                              if args.format == "json" else ""), file=sys.stderr)
    out = Path(args.out).expanduser() if args.out else None
    try:
        choose_areas(store, args.format, args.area)
        check_out(args.format, out)
    except ExportFailed as error:
        print(f"resilience export: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    try:
        written = export(store, args.format, areas=args.area, out=out,
                         folder=Path.cwd(), now=now_local(), protect=protect)
    except ExportFailed as error:
        print(f"resilience export: {error.message}", file=sys.stderr)
        return EXIT_FAILED
    context.report_problems()
    where = written[0] if len(written) == 1 else written[0].parent
    sealed = ", protected by a passphrase" if protect is not None else ""
    print(f"Exported to {where} ({len(written)} file{'s' if len(written) != 1 else ''}, readable by you only{sealed}).")
    return EXIT_OK


def _protection(context: Context) -> Callable[[bytes], bytes]:
    """Seals the export with the folder's passphrase, or the one in --export-passphrase-file."""
    from resilience_tui.commands.secret_input import ask_passphrase, new_passphrase
    from resilience_tui.store import keys
    from resilience_tui.store.sealed_file import seal_export

    args = context.args
    if args.export_passphrase_file:
        passphrase = ask_passphrase(args, option="export_passphrase_file")
    elif getattr(args, "passphrase_file", None) or context.unlocked is not None:
        passphrase = ask_passphrase(args, "Your passphrase again, for the export: ")
    else:
        passphrase = new_passphrase(args, option="export_passphrase_file")
    return lambda data: seal_export(passphrase, data, keys.KDF)
