"""`resilience completion bash|zsh|fish`: print a completion script for that shell."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from resilience_tui.commands import EXIT_OK

if TYPE_CHECKING:
    from resilience_tui.commands.context import Context

NAME = "completion"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    completion = commands.add_parser(
        NAME, help="print a shell completion script (bash, zsh or fish)",
        epilog='Install: bash: eval "$(resilience completion bash)" in ~/.bashrc; zsh: eval "$(resilience completion '
               'zsh)" in ~/.zshrc; fish: resilience completion fish > ~/.config/fish/completions/resilience.fish')
    completion.add_argument("shell", choices=("bash", "zsh", "fish"), help="the shell to complete in")


def run(context: Context) -> int:
    from resilience_tui.completion.scripts import script
    from resilience_tui.completion.spec import command_tree

    print(script(context.args.shell, command_tree(context.args.full_parser())), end="")
    return EXIT_OK
