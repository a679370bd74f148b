"""`resilience demo DIR [--years N]`: write a demo dataset into an empty folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "demo"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(NAME, help="write a demo dataset into an empty folder")
    demo.add_argument("folder", metavar="DIR")
    demo.add_argument("--years", type=int, default=1, metavar="N", help="how many years of data (default 1)")


def run(context: Context) -> int:
    from resilience_tui.demo import write_demo

    args = context.args

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
