"""A command line that names a command imports and registers that command alone; help and
unknown names still see every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.command_line import COMMAND_MODULES, GLOBAL_VALUE_OPTIONS, build_parser, named_command
from tests.cli.test_command_imports import imported_modules


@pytest.mark.parametrize(("argv", "found"), [
    (["goal", "list"], "goal"),
    (["--data-dir", "checkin", "goal", "list"], "goal"),  # a folder named like a command is a folder
    (["--passphrase-file", "write", "--force", "journal"], "journal"),
    (["--force", "import", "x.json"], "import"),
    (["--help", "goal"], None),
    (["-h"], None),
    (["nonsense"], None),
    ([], ""),  # no command: the app opens, and no command's parser is made
    (["--demo", "--data-dir", "goal"], ""),
])
def test_the_named_command_is_found_past_the_options_before_it(argv: list[str], found: str | None) -> None:
    assert named_command(argv) == found


def test_the_options_before_a_command_that_take_a_value_are_all_known() -> None:
    parser = build_parser()
    taking = {option for action in parser._actions if action.nargs != 0 and action.option_strings
              for option in action.option_strings}
    assert taking == set(GLOBAL_VALUE_OPTIONS)


def test_help_and_an_unknown_command_still_list_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    assert all(name in listed for name in COMMAND_MODULES)
    assert main.__module__ == "resilience_tui.cli"
    with pytest.raises(SystemExit) as ended:
        main(["nonsense"])
    assert ended.value.code == 2
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err


def test_opening_the_app_makes_no_command_parser(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser("")
    assert parser.parse_args(["--demo"]).command is None
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("resilience ")


def test_a_quick_command_imports_no_other_command(tmp_path: Path) -> None:
    modules, done = imported_modules(["goal", "add", "One small step"], tmp_path / "data")
    assert done.returncode == 0, done.stderr[-2000:]
    commands = sorted(m.rpartition(".")[2] for m in modules if m.startswith("resilience_tui.commands."))
    assert "goal" in commands
    assert not {"write", "journal", "stats", "remind", "app", "encrypt"} & set(commands), commands
