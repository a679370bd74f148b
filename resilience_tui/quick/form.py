"""Reading a quick command's plain form from the command line, or None when it is not one.

The forms are those argparse reads the same way without doubt: `--data-dir PATH` (or
`--data-dir=PATH`) before the command, the command's words, then its options, each once,
with values that do not begin with "-". Anything else (help, other options, "--", a word
after an option, an abbreviated option) is left to the full command line.
"""

from __future__ import annotations

# The options of each quick command: name -> whether it takes a value.
OPTIONS: dict[str, dict[str, bool]] = {
    "checkin": {"--note": True},
    "status": {"--prompt": False},
    "write": {"--star": False},
    "win": {"--star": False},
    "goal add": {"--category": True, "--weekly": False},
    "goal list": {},
    "app add": {"--applied": True, "--source": True},
}
DATA_DIR = "--data-dir"


class Form:
    """A quick command as given: its data folder (None: the usual one), name, words and options."""

    __slots__ = ("folder", "command", "words", "options")

    def __init__(self, folder: str | None, command: str, words: list[str], options: dict[str, str | bool]) -> None:
        self.folder = folder
        self.command = command
        self.words = words
        self.options = options

    def text(self, option: str, default: str = "") -> str:
        value = self.options.get(option, default)
        return value if isinstance(value, str) else default


def read_form(argv: list[str]) -> Form | None:
    folder: str | None = None
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        token = argv[index]
        if token == DATA_DIR and index + 1 < len(argv):
            folder, index = argv[index + 1], index + 2
        elif token.startswith(DATA_DIR + "="):
            folder, index = token[len(DATA_DIR) + 1:], index + 1
        else:
            return None
    if folder is not None and (not folder.strip() or folder.startswith("-")):
        return None
    if index >= len(argv):
        return None
    command = argv[index]
    index += 1
    if command in ("goal", "app"):
        if index >= len(argv):
            return None
        command, index = f"{command} {argv[index]}", index + 1
    known = OPTIONS.get(command)
    if known is None:
        return None
    words: list[str] = []
    options: dict[str, str | bool] = {}
    while index < len(argv):
        token = argv[index]
        index += 1
        if not token.startswith("-"):
            if options:
                return None  # a word after an option: argparse reads some of these otherwise
            words.append(token)
            continue
        name, equals, value = token.partition("=")
        if name not in known or name in options:
            return None
        if not known[name]:
            if equals:
                return None
            options[name] = True
            continue
        if not equals:
            if index >= len(argv):
                return None
            value, index = argv[index], index + 1
        if value.startswith("-"):
            return None
        options[name] = value
    return Form(folder, command, words, options)
