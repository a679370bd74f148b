"""`resilience status --prompt` the quick way: the kept line, only while nothing it came from has changed."""

from __future__ import annotations

from resilience_tui import quick
from resilience_tui.command_line import main as full_main
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.records import now_local
from resilience_tui.store.store import Store


def made_line(data_dir, capsys) -> str:
    store = Store(data_dir)
    store.checkins.add(CheckIn(mood=3, at=now_local()))
    store.goals.add(Goal(title="Send two applications", category="job-search", due=now_local().date()))
    assert full_main(["--data-dir", str(data_dir), "status", "--prompt"]) == 0
    return capsys.readouterr().out


def test_the_kept_line_is_printed_as_the_full_command_prints_it(data_dir, capsys):
    line = made_line(data_dir, capsys)
    assert line.startswith("Resilience: ")
    assert quick.run(["--data-dir", str(data_dir), "status", "--prompt"]) == 0
    assert capsys.readouterr().out == line


def test_a_change_since_means_the_line_is_made_again_the_full_way(data_dir, capsys):
    made_line(data_dir, capsys)
    Store(data_dir).goals.add(Goal(title="Ship the portfolio", category="skills"))
    assert quick.run(["--data-dir", str(data_dir), "status", "--prompt"]) is None


def test_an_encrypted_folder_and_the_paragraph_go_the_full_way(data_dir, capsys):
    made_line(data_dir, capsys)
    assert quick.run(["--data-dir", str(data_dir), "status"]) is None
    assert quick.run(["--data-dir", str(data_dir), "status", "--prompt", "now"]) is None
    (data_dir / "keys.json").write_text("{}")
    assert quick.run(["--data-dir", str(data_dir), "status", "--prompt"]) is None
    assert capsys.readouterr().out == ""
