"""`resilience win [TEXT...]`: keep a win (something that went well, however small) and exit."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from resilience_tui.commands.write import add_text_arguments, save_written

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "win"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    win = commands.add_parser(
        NAME, help="keep a win in your journal and exit",
        description="Keep a win: something that went well, however small. Written like `resilience write`: "
                    "the first sentence is its title, #tags in it are its tags.")
    add_text_arguments(win)


def run(context: Context) -> int:
    return save_written(context, "win")
