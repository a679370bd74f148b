"""`resilience locate`: print the data folder."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "locate"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(NAME, help="print the data folder")


def run(context: Context) -> int:
    print(context.folder)
    return EXIT_OK
