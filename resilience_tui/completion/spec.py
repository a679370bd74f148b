"""What a shell can complete, read from the real argparse parser: commands, their options, and values.

Values come from an option's `choices` when it has them, else from what its
destination is known to take (moods and energy 1-5, area names, goal categories and
columns); a FILE, PATH or DIR is completed with file names.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

FILES = "@files"
_NUMBERS = ("1", "2", "3", "4", "5")
_FILE_METAVARS = ("FILE", "PATH", "DIR")


@dataclass(frozen=True)
class Option:
    names: tuple[str, ...]
    takes_value: bool
    values: tuple[str, ...]  # or (FILES,)
    help: str


@dataclass
class Level:
    """One parser: the top, a command, or a command's action (`goal add`)."""

    path: tuple[str, ...]
    help: str = ""
    options: list[Option] = field(default_factory=list)
    commands: dict[str, Level] = field(default_factory=dict)
    positional: tuple[str, ...] = ()  # values for the first positional argument

    def walk(self) -> list[Level]:
        levels = [self]
        for child in self.commands.values():
            levels += child.walk()
        return levels


def _known_values(dest: str) -> tuple[str, ...]:
    if dest in ("mood", "energy"):
        return _NUMBERS
    if dest == "area":
        from resilience_tui.store.areas import AREAS

        return tuple(AREAS)
    if dest == "category":
        from resilience_tui.domain.goal import CATEGORIES

        return tuple(c.key for c in CATEGORIES)
    if dest == "column":
        return ("todo", "doing", "done", "all")
    return ()


def _values(action: argparse.Action) -> tuple[str, ...]:
    if action.choices is not None:
        return tuple(str(choice) for choice in action.choices)
    metavar = action.metavar if isinstance(action.metavar, str) else ""
    if metavar in _FILE_METAVARS or action.dest in ("file", "folder", "data_dir", "out"):
        return (FILES,)
    return _known_values(action.dest)


def _help(action: argparse.Action) -> str:
    text = action.help if isinstance(action.help, str) and action.help != argparse.SUPPRESS else ""
    return " ".join(text.split())


def level(parser: argparse.ArgumentParser, path: tuple[str, ...] = (), help: str = "") -> Level:
    found = Level(path, help)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: _help(choice) for choice in action._choices_actions}
            for name, child in action.choices.items():
                found.commands[name] = level(child, (*path, name), helps.get(name, ""))
        elif action.option_strings:
            if action.help == argparse.SUPPRESS:
                continue
            found.options.append(Option(tuple(action.option_strings), action.nargs != 0, _values(action), _help(action)))
        elif not found.positional:
            found.positional = _values(action)
    return found


def command_tree(parser: argparse.ArgumentParser) -> Level:
    """The whole of `resilience`, from the parser the command line itself uses (cli.build_parser)."""
    return level(parser)
