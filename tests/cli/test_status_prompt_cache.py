"""`status --prompt` keeps its line in `cache/` and makes it again whenever anything it came from changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from resilience_tui.cli import main
from resilience_tui.domain.goal import Goal
from resilience_tui.services.goals import add_goal
from resilience_tui.store.prompt_cache import cache_file, cached_line
from resilience_tui.store.store import Store
from tests.cli.test_status_cli import TODAY, busy_day, run


def prompt(capsys) -> str:
    capsys.readouterr()
    assert main(["status", "--prompt"]) == 0
    return capsys.readouterr().out


def test_a_line_kept_is_used_until_a_file_it_came_from_changes(data_dir, capsys):
    busy_day(data_dir)
    first = prompt(capsys)
    assert first == "Resilience: no check-in yet, 1 follow-up, 2 goals due, 6 recovery steps\n"
    kept = json.loads(Path(cache_file(data_dir)).read_text())
    assert kept["line"] == first.rstrip("\n") and kept["day"] == TODAY.isoformat()
    assert str(data_dir / "goals.json") in [path for path, _ in kept["files"]]
    assert prompt(capsys) == first
    assert main(["checkin", "4"]) == 0  # a command writes this year's check-ins
    assert prompt(capsys) == "Resilience: 1 follow-up, 2 goals due, 5 recovery steps\n"
    add_goal(Store(data_dir), Goal("Email Sam", due=TODAY))  # as the app or another window saves
    assert prompt(capsys) == "Resilience: 1 follow-up, 3 goals due, 5 recovery steps\n"


def test_a_copy_a_sync_service_put_beside_a_file_is_counted(data_dir, capsys, tmp_path):
    busy_day(data_dir)
    assert prompt(capsys) == "Resilience: no check-in yet, 1 follow-up, 2 goals due, 6 recovery steps\n"
    other = tmp_path / "other-computer"
    shutil.copytree(data_dir, other)
    add_goal(Store(other), Goal("Call the recruiter", due=TODAY))  # saved on the other computer
    shutil.copy2(other / "goals.json", data_dir / "goals.sync-conflict-20261130-120000-ABCDEFG.json")
    done = run(data_dir, "status", "--prompt")  # goals.json itself is as it was
    assert done.returncode == 0 and "goals" in done.stderr  # the copy is merged, and said so
    assert done.stdout == "Resilience: no check-in yet, 1 follow-up, 3 goals due, 6 recovery steps\n"


def test_a_line_made_while_a_problem_was_reported_is_not_kept(data_dir):
    busy_day(data_dir)
    (data_dir / "goals.json").write_text("{ this is not json")
    done = run(data_dir, "status", "--prompt")
    assert done.returncode == 0 and done.stderr.startswith("resilience: ")
    assert not Path(cache_file(data_dir)).exists()


def test_a_damaged_or_foreign_cache_is_no_cache(data_dir, capsys):
    busy_day(data_dir)
    first = prompt(capsys)
    for text in ("{ not json", '{"format": 1}', "[]", '{"format": 1, "version": "0.1.0", "day": "x", "files": 7}'):
        Path(cache_file(data_dir)).write_text(text)
        done = run(data_dir, "status", "--prompt")
        assert (done.returncode, done.stdout, done.stderr) == (0, first, "")
    assert cached_line(data_dir, "1999-01-01") is None  # a line is for the day it was made


def test_it_keeps_counts_only_and_nothing_once_the_folder_is_encrypted(data_dir, capsys, tmp_path):
    busy_day(data_dir)
    prompt(capsys)
    text = Path(cache_file(data_dir)).read_text()
    assert "Acme" not in text and "Northwind" not in text and "CV" not in text  # no words of the person's
    secret = tmp_path / "pass"
    secret.write_text("kettle orbit mango window\n")
    secret.chmod(0o600)
    assert main(["encrypt", "--passphrase-file", str(secret)]) == 0
    assert not Path(cache_file(data_dir)).exists()  # gone with encrypting
    assert prompt(capsys) == ""  # and a prompt keeps nothing of a locked folder
    assert not Path(cache_file(data_dir)).exists()


def test_a_line_left_beside_keys_is_removed_by_the_next_prompt(data_dir, capsys):
    busy_day(data_dir)
    prompt(capsys)
    (data_dir / "keys.json").write_text("{}")  # encryption turned on by a version that did not know the cache
    assert prompt(capsys) == ""
    assert not Path(cache_file(data_dir)).exists()


def test_the_cache_folder_is_resilience_s_own(data_dir, capsys):
    busy_day(data_dir)
    prompt(capsys)
    assert sorted(path.name for path in (data_dir / "cache").iterdir()) == ["prompt-line.json"]
    assert (data_dir / "cache").stat().st_mode & 0o777 == 0o700
    assert Path(cache_file(data_dir)).stat().st_mode & 0o777 == 0o600
    Store(data_dir)  # opening the folder again: it is recognised as ours
    assert main(["goal", "list"]) == 0
    assert Path(data_dir / "cache").is_dir()
