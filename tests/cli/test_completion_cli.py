"""`resilience completion bash|zsh|fish`: scripts made from the real parser, run in the real shells."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.command_line import build_parser, commands
from resilience_tui.completion.scripts import bash, fish
from resilience_tui.completion.spec import FILES, command_tree, level

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bash_script(tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "resilience_tui", "completion", "bash"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    path = tmp_path_factory.mktemp("completion") / "resilience.bash"
    path.write_text(done.stdout)
    return path


def complete(script: Path, line: str, cwd: Path | None = None) -> list[str]:
    """What bash offers for `line` (the last word being typed), running the script's function for real."""
    program = (f"source {script}\n"
               f"read -ra COMP_WORDS <<< {_quote(line)}\n"
               + ('COMP_WORDS+=("")\n' if line.endswith(" ") else "")
               + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n_resilience\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    done = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], capture_output=True, text=True,
                          cwd=cwd, timeout=30)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    return [word for word in done.stdout.splitlines() if word]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def test_the_bash_script_is_valid_bash(bash_script):
    assert subprocess.run(["bash", "-n", str(bash_script)], capture_output=True, timeout=30).returncode == 0


@pytest.mark.parametrize("line, expected", [
    ("resilience che", ["checkin"]),
    ("resilience checkin --n", ["--note"]),
    ("resilience checkin ", ["1", "2", "3", "4", "5"]),
    ("resilience checkin 3 --energy ", ["1", "2", "3", "4", "5"]),
    ("resilience goal ", ["add", "list"]),
    ("resilience goal add x --category w", ["wellbeing"]),
    ("resilience export --format ", ["markdown", "html", "json"]),
    ("resilience export --area j", ["journal"]),
    ("resilience --data-dir somewhere rem", ["remind"]),
    ("resilience remind ics --checkin ", []),
    ("resilience completion ", ["bash", "zsh", "fish"]),
    ("resilience --v", ["--version"]),
])
def test_bash_completes_commands_options_and_values(bash_script, line, expected):
    assert complete(bash_script, line) == expected


def test_bash_completes_file_names_where_a_file_goes(bash_script, tmp_path):
    (tmp_path / "reminders.ics").write_text("")
    (tmp_path / "notes.json").write_text("")
    assert complete(bash_script, "resilience remind ics rem", cwd=tmp_path) == ["reminders.ics"]
    assert complete(bash_script, "resilience import no", cwd=tmp_path) == ["notes.json"]


def test_every_command_of_the_parser_is_in_the_scripts():
    tree = command_tree(build_parser())
    assert list(tree.commands) == [command.NAME for command in commands()]
    script = bash(tree)
    for name in tree.commands:
        assert name in script
    checkin = tree.commands["checkin"]
    assert checkin.positional == ("1", "2", "3", "4", "5")
    assert tree.commands["remind"].commands["ics"].positional == (FILES,)
    [area] = [o for o in tree.commands["export"].options if "--area" in o.names]
    assert "checkins" in area.values and "journal" in area.values


def test_a_command_added_later_appears_without_changing_the_generator():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    later = subparsers.add_parser("pause", help="take a pause for later")
    later.add_argument("--until", metavar="WHEN")
    tree = level(parser)
    assert "pause" in tree.commands and "--until" in bash(tree) and "-a pause -d 'take a pause for later'" in fish(tree)
    assert "worry" in tree.commands and "--check-in" in bash(tree)


def test_main_prints_the_script(capsys):
    assert main(["completion", "bash"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# bash completion for resilience") and "complete -F _resilience resilience" in out


def test_an_unknown_shell_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["completion", "tcsh"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'tcsh'" in capsys.readouterr().err


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_parse(shell, tmp_path, capsys):
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed here, so its script cannot be checked")
    assert main(["completion", shell]) == 0
    path = tmp_path / f"resilience.{shell}"
    path.write_text(capsys.readouterr().out)
    done = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr


def test_fish_completes_for_real(tmp_path, capsys):
    if shutil.which("fish") is None:
        pytest.skip("fish is not installed here")
    assert main(["completion", "fish"]) == 0
    path = tmp_path / "resilience.fish"
    path.write_text(capsys.readouterr().out)
    done = subprocess.run(["fish", "--no-config", "-c", f"source {path}; complete -C 'resilience checkin --no'"],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert [line.split("\t")[0] for line in done.stdout.splitlines()] == ["--note"]


def test_zsh_runs_the_same_function_through_bashcompinit(tmp_path, capsys):
    # zsh's own matching filters by what is typed, so its compgen offers every word for the place.
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed here")
    assert main(["completion", "zsh"]) == 0
    path = tmp_path / "resilience.zsh"
    path.write_text(capsys.readouterr().out)
    program = (f"source {path}; emulate -L sh; COMP_WORDS=(resilience checkin --n); COMP_CWORD=2; _resilience; "
               'print -r -- "${COMPREPLY[*]}"; COMP_WORDS=(resilience ex); COMP_CWORD=1; _resilience; '
               'print -r -- "${COMPREPLY[*]}"')
    done = subprocess.run(["zsh", "-f", "-c", program], capture_output=True, text=True, timeout=30,
                          env={**os.environ, "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    options, commands = done.stdout.splitlines()
    assert "--note" in options.split() and "checkin" not in options.split()
    assert "export" in commands.split() and "--note" not in commands.split()
