"""`resilience stats [--range 30d|90d|12m|YYYY|all] [--format text|json]`: the Insights sections for the shell.

The same sections as the Insights screen, each sentence first: bounce-back time, the year in
pixels, what goes with better days, the funnel in proportion, steady (never a streak), and on
this day. Text for reading (`stats_text.py`), or JSON in the shape `stats_json.py` documents.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from datetime import date

    from resilience_tui.commands.context import Context
    from resilience_tui.domain.insight_report import InsightReport

NAME = "stats"
FORMATS = ("text", "json")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = commands.add_parser(NAME, help="what your records show: bounce-back time, year in pixels, and more")
    stats.add_argument("--range", dest="span", default="12m", metavar="RANGE",
                       help="30d, 90d, 12m (the default), a year such as 2025, or all")
    stats.add_argument("--format", dest="form", default="text", choices=FORMATS,
                       help="text to read (the default), or json for other tools")


def run(context: Context) -> int:
    from resilience_tui.domain.day_words import local_day
    from resilience_tui.domain.insight_range import parse_range
    from resilience_tui.domain.records import now_local
    from resilience_tui.domain.visible import visible

    args = context.args
    today = local_day(now_local())
    try:
        parse_range(args.span, today)  # refused before anything is read
    except ValueError as error:
        print(f"resilience stats: {visible(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    report = _report(context, args.span, today)
    context.report_problems()
    if args.form == "json":
        from resilience_tui.commands.stats_json import report_json

        sys.stdout.write(report_json(report, today) + "\n")
    else:
        from resilience_tui.commands.stats_text import report_lines

        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write("\n".join(report_lines(report, today, colour=colour)) + "\n")
    return EXIT_OK


def _report(context: Context, span_text: str, today: date) -> InsightReport:
    from resilience_tui.domain.insight_range import parse_range
    from resilience_tui.domain.insight_report import insight_base, insight_report

    store = context.store
    applications = store.applications.all()
    base = insight_base(today, checkins=store.checkins.all(), journal=store.journal.all(),
                        applications=applications, feedback=store.feedback.all(), goals=store.goals.all(),
                        worries=store.worries.all())
    span = parse_range(span_text, today, base.first_day)
    return insight_report(base, span, today)  # with the source kinds chosen on the applications
