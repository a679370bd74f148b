"""`resilience locate`: print the data folder."""

from __future__ import annotations

import argparse

from resilience_tui.commands import EXIT_OK

NAME = "locate"


def register(commands) -> None:
    commands.add_parser(NAME, help="print the data folder")


def run(args: argparse.Namespace) -> int:
    from resilience_tui.paths import data_dir

    print(data_dir(args.data_dir))
    return EXIT_OK
