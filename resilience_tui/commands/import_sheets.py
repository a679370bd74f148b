"""`resilience import --from csv FILE` (applications from a spreadsheet) and `--from daylio FILE` (check-ins).

The file is read and every row checked before anything is written. Rows that
cannot be kept are listed on stderr with their row numbers and the others come in;
the command then exits 1, so a script notices (importing the fixed file again adds
only what is missing). `--check` shows what would be added and writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context
    from resilience_tui.commands.import_data import StepPrinter

_PREFIX = "resilience import: "
MOST_LISTED = 50  # rows listed one by one; past this, how many more


def usage_problem(args: Any) -> str | None:
    """Why the options do not fit together, or None."""
    source = args.source
    if args.maps and source != "csv":
        return "--map is for --from csv (it names a spreadsheet's columns)."
    if args.dates and source != "csv":
        return "--dates is for --from csv (it says how the spreadsheet writes its days)."
    if args.moods and source != "daylio":
        return "--mood is for --from daylio (it gives your own Daylio moods a level)."
    if args.check and source not in ("csv", "daylio"):
        return "--check is for --from csv and --from daylio."
    return None


def _usage(message: str) -> int:
    from resilience_tui.domain.visible import visible

    print(f"{_PREFIX}{visible(message)}", file=sys.stderr)
    return EXIT_USAGE


def run_sheet(context: Context, path: Path, printer: StepPrinter) -> int:
    """Import a CSV of applications or a Daylio export; raises ImportRefused for a file refused whole."""
    from resilience_tui.domain.records import now_local
    from resilience_tui.export.csv_source import read_table
    from resilience_tui.export.import_source import read_import_bytes

    args = context.args
    read: Any
    if args.source == "csv":
        from resilience_tui.export.csv_applications import MapProblem, parse_maps, read_applications

        try:
            maps = parse_maps(args.maps)
            table = read_table(read_import_bytes(path, lambda size: printer.announce(path.name, size)), str(path))
            printer.close()  # the changing line on a terminal goes before anything is printed below it
            now = now_local()
            read = read_applications(table, str(path), now.date(), now, maps=maps, order=args.dates)
        except MapProblem as error:
            return _usage(str(error))
        area, into = "applications", "your applications"
    else:
        from resilience_tui.export.daylio import MoodProblem, parse_moods, read_daylio, unmapped_moods

        try:
            moods = parse_moods(args.moods)
        except MoodProblem as error:
            return _usage(str(error))
        table = read_table(read_import_bytes(path, lambda size: printer.announce(path.name, size)), str(path))
        printer.close()
        now = now_local()
        missing = unmapped_moods(table, moods, str(path))
        if missing:
            names = ", ".join(f'"{name}"' for name in missing)
            example = " ".join(f'--mood "{name}=N"' for name in missing[:3])
            return _usage(f"{path.name} uses moods of your own that have no level yet: {names}. Give each a level from "
                          f"1 (very low) to 5 (great), like: {example}. Nothing was changed.")
        read = read_daylio(table, str(path), moods, now)
        area, into = "checkins", "your check-ins"
    _notices(read.notices, getattr(read, "into_notes", ()))
    records = [record for _, record in read.found]
    if args.check:
        added = _check(context, area, read.found)
        summary = f"Checked {path.name}, nothing was written: {added} would be added to {into}, {len(records) - added} already here."
    else:
        printer.step(f"Adding them to {into}", 0, 1)
        repository = context.store.applications if area == "applications" else context.store.checkins
        added = repository.add_many(records) if records else 0
        printer.close()
        context.report_problems()
        summary = f"Imported {path.name} into {into}: {added} added, {len(records) - added} already here."
    return _finish(summary, read.problems)


def _notices(notices: list[str], into_notes: tuple[str, ...]) -> None:
    from resilience_tui.domain.visible import visible

    if into_notes:
        names = ", ".join(into_notes)
        print(visible(f"Columns with no field of their own went into each application's notes: {names}."))
    for line in notices[:MOST_LISTED]:
        print(visible(line))
    if len(notices) > MOST_LISTED:
        print(f"... and {len(notices) - MOST_LISTED} more rows like these.")


def _check(context: Context, area: str, found: list[tuple[int, Any]]) -> int:
    """List what would be added; returns how many."""
    from resilience_tui.domain.visible import visible

    here: set[str] = set()
    if context.folder.exists():
        repository = context.store.applications if area == "applications" else context.store.checkins
        here = {record.id for record in repository.all()}
        context.report_problems()
    added = 0
    for number, record in found:
        if record.id in here:
            continue
        here.add(record.id)
        added += 1
        print(visible(f"Would add row {number}: {_describe(record)}"))
    return added


def _describe(record: Any) -> str:
    from resilience_tui.domain.application import Application
    from resilience_tui.domain.moods import mood

    if isinstance(record, Application):
        facts = [f"applied {record.applied_on.isoformat()}"] if record.applied_on else []
        facts += [record.stage_words, record.outcome_words]
        return f"{record.title} ({', '.join(facts)})"
    level = mood(record.mood)
    tags = f" #{' #'.join(record.tags)}" if record.tags else ""
    first = record.note.split("\n", 1)[0]
    return f"{record.at:%Y-%m-%d %H:%M} {level.glyph} {level.word}{tags}" + (f": {first}" if first else "")


def _finish(summary: str, problems: list[str]) -> int:
    from resilience_tui.domain.visible import visible

    for line in problems[:MOST_LISTED]:
        print(f"{_PREFIX}{visible(line)}", file=sys.stderr)
    if len(problems) > MOST_LISTED:
        print(f"{_PREFIX}... and {len(problems) - MOST_LISTED} more rows were left out.", file=sys.stderr)
    print(visible(summary))
    if problems:
        rows = "1 row was" if len(problems) == 1 else f"{len(problems)} rows were"
        print(f"{_PREFIX}{rows} left out (listed above). Fix them in the file and import it again: "
              f"only what is missing is added.", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
