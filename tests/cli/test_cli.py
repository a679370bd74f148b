"""The command line: what it prints, its exit codes, and what it stores."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from resilience_tui import __version__
from resilience_tui.cli import main
from resilience_tui.store.store import Store


def run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "resilience_tui", *args], capture_output=True, text=True, env=env, timeout=60)


def test_checkin_saves_and_confirms(data_dir, capsys):
    code = main(["checkin", "2", "--energy", "3", "--emotion", "disappointed", "--emotion", "doubting-myself",
                 "--tag", "Interview", "--tag", "#acme", "--note", "[bold]rough[/] day 😔", "--at", "2026-11-02 08:30"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Saved: ▂ low at Mon 02 Nov 08:30 (disappointed, doubting myself).")
    assert out.count("\n") == 1
    [saved] = Store(data_dir).checkins.recent(5)
    assert (saved.mood, saved.energy) == (2, 3)
    assert saved.emotions == ("disappointed", "doubting myself")
    assert saved.tags == ("interview", "acme")
    assert saved.note == "[bold]rough[/] day 😔"
    assert saved.at.strftime("%Y-%m-%d %H:%M") == "2026-11-02 08:30"


@pytest.mark.parametrize(
    "args, expected",
    [
        (["checkin", "7"], "mood must be a whole number from 1 (very low) to 5 (great)"),
        (["checkin", "okay"], "mood must be a whole number"),
        (["checkin", "3", "--energy", "9"], "--energy must be a whole number from 1 (drained) to 5 (buzzing)"),
        (["checkin", "3", "--emotion", "grumpyish"], "grumpyish"),
        (["checkin", "3", "--at", "next blue moon"], "is not a time I can read"),
        (["checkin", "3", "--at", "2099-01-01 10:00"], "in the future"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(data_dir, capsys, args, expected):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert err.count("\n") == 1
    assert not (data_dir / "checkins").exists()


def test_a_check_in_set_tomorrow_is_refused_as_in_the_future(data_dir, capsys):
    assert main(["checkin", "3", "--at", "tomorrow 9:00"]) == 2
    err = capsys.readouterr().err
    assert err == "resilience checkin: A check-in can't be in the future: tomorrow at 09:00 hasn't happened yet.\n"
    assert not (data_dir / "checkins").exists()


def test_unknown_option_is_one_line_and_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["checkin", "3", "--colour", "blue"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --colour blue" in err
    assert err.count("\n") == 1


def test_locate_prints_the_data_folder(data_dir, capsys):
    assert main(["locate"]) == 0
    assert capsys.readouterr().out.strip() == str(data_dir)
    assert main(["--data-dir", "/tmp/elsewhere", "locate"]) == 0
    assert capsys.readouterr().out.strip() == "/tmp/elsewhere"


def test_data_dir_flag_wins(tmp_path, capsys):
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "checkin", "4"]) == 0
    assert [c.mood for c in Store(other).checkins.recent(5)] == [4]


def test_version_and_help_as_a_real_command():
    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"resilience {__version__}"
    helped = run("--help")
    assert helped.returncode == 0
    for word in ("checkin", "locate", "demo", "--data-dir", "--demo"):
        assert word in helped.stdout
    checkin_help = run("checkin", "--help")
    assert "--emotion WORD" in checkin_help.stdout and "--at WHEN" in checkin_help.stdout


def test_checkin_from_a_real_process_uses_the_environment_folder(data_dir):
    result = run("checkin", "5", "--note", "good news")
    assert result.returncode == 0, result.stderr
    assert [c.note for c in Store(data_dir).checkins.recent(5)] == ["good news"]


def test_checkin_reports_a_damaged_file_and_still_saves(data_dir, capsys):
    Store(data_dir)
    (data_dir / "checkins").mkdir()
    from datetime import date

    broken = data_dir / "checkins" / f"{date.today().year}.json"
    broken.write_text("{not json")
    assert main(["checkin", "3"]) == 0
    err = capsys.readouterr().err
    assert "could not be read" in err and ".corrupt-" in err
    assert any(p.name.startswith(f"{date.today().year}.corrupt-") for p in (data_dir / "checkins").iterdir())
    assert [c.mood for c in Store(data_dir).checkins.recent(5)] == [3]


def test_demo_writes_into_an_empty_folder_and_refuses_a_full_one(tmp_path, capsys):
    target = tmp_path / "demo"
    assert main(["demo", str(target)]) == 0
    assert "Demo data written" in capsys.readouterr().out
    assert Store(target).checkins.count() > 300
    assert main(["demo", str(target)]) == 1
    assert capsys.readouterr().err.startswith("resilience demo:")
    assert main(["demo", str(tmp_path / "x"), "--years", "0"]) == 2


def test_saving_fails_cleanly_when_the_folder_cannot_be_written(tmp_path, capsys):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert main(["--data-dir", str(blocked / "data"), "checkin", "3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("resilience: ") and "Traceback" not in err
