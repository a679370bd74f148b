"""`resilience remind ics` and `resilience remind notify`: the file written, the notification shown, the help."""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from resilience_tui.cli import main
from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import DONE, Goal
from resilience_tui.domain.records import now_local
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "Ask Dana \x1b]52;c;aGk=\x07 [bold]now[/] 📚 שלום, ok; a\\b"


def _fill(data_dir: Path) -> dict[str, str]:
    store = Store(data_dir)
    acme = store.applications.add(Application("Acme, Inc. 🚀", "Analyst; data"))
    sent = store.feedback.add(FeedbackRequest(application_id=acme.id, status="sent",
                                              sent_on=date.today() - timedelta(days=10)))
    goal = store.goals.add(Goal(HOSTILE, due=date.today() + timedelta(days=3), notes="line one\nline two"))
    store.goals.add(Goal("Finished already", due=date.today(), column=DONE))
    store.goals.add(Goal("No date"))
    return {"acme": acme.id, "sent": sent.id, "goal": goal.id}


def _events(path: Path) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in parsed.walk("VEVENT")}


def test_ics_holds_the_check_in_follow_ups_and_goals(data_dir, tmp_path, capsys):
    ids = _fill(data_dir)
    out = tmp_path / "reminders.ics"
    assert main(["remind", "ics", str(out), "--checkin", "8:15pm"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote {out}: a daily check-in at 20:15, 1 follow-up and 1 goal due date.")
    raw = out.read_bytes()
    assert b"\x1b" not in raw and b"\x07" not in raw and raw.count(b"\n") == raw.count(b"\r\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    events = _events(out)
    assert set(events) == {"daily-checkin@resilience-tui", f"follow-up-{ids['sent']}@resilience-tui",
                           f"goal-{ids['goal']}@resilience-tui"}
    daily = events["daily-checkin@resilience-tui"]
    assert daily["RRULE"]["FREQ"] == ["DAILY"] and daily.decoded("DTSTART").time().strftime("%H:%M") == "20:15"
    follow = events[f"follow-up-{ids['sent']}@resilience-tui"]
    assert str(follow["SUMMARY"]) == "Follow up: Acme, Inc. 🚀, Analyst; data"
    goal = events[f"goal-{ids['goal']}@resilience-tui"]
    assert str(goal["SUMMARY"]) == "Goal due: Ask Dana ]52;c;aGk= [bold]now[/] 📚 שלום, ok; a\\b"
    assert str(goal["DESCRIPTION"]) == "line one\nline two"
    assert goal.decoded("DTSTART") == date.today() + timedelta(days=3)
    for event in events.values():
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        assert "DTSTAMP" in event


def test_writing_again_keeps_the_same_uids(data_dir, tmp_path):
    _fill(data_dir)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["remind", "ics", str(first)]) == 0
    assert main(["remind", "ics", str(second)]) == 0
    assert set(_events(first)) == set(_events(second))
    assert main(["remind", "ics", str(first)]) == 0  # over the old file, atomically
    assert set(_events(first)) == set(_events(second))
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


def test_ics_to_stdout(data_dir, capsysbinary):
    _fill(data_dir)
    assert main(["remind", "ics", "-"]) == 0
    raw = capsysbinary.readouterr().out
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and len(icalendar.Calendar.from_ical(raw).walk("VEVENT")) == 3


@pytest.mark.parametrize("args, expected", [
    (["--checkin", "half past eight"], "--checkin takes a time of day like"),
    (["--checkin", "25:00"], "--checkin takes a time of day like"),
])
def test_a_bad_time_is_bad_usage(tmp_path, capsys, args, expected):
    out = tmp_path / "r.ics"
    assert main(["remind", "ics", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("resilience remind: ") and expected in err and err.count("\n") == 1
    assert not out.exists()


def test_a_folder_is_never_written_over(tmp_path, capsys):
    folder = tmp_path / "calendar"
    folder.mkdir()
    assert main(["remind", "ics", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{folder} is a folder" in err and err.count("\n") == 1
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_missing_folder_and_an_unwritable_one_fail_with_one_line(tmp_path, capsys, monkeypatch):
    assert main(["remind", "ics", str(tmp_path / "nowhere" / "r.ics")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and str(tmp_path / "nowhere") in err and err.count("\n") == 1
    import errno

    from resilience_tui.store import atomic

    def refuse(path, *args):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    locked = tmp_path / "locked"
    locked.mkdir()
    monkeypatch.setattr(atomic.ops, "open", refuse)  # as a folder this user may not write in (root may write anywhere)
    assert main(["remind", "ics", str(locked / "r.ics")]) == 1
    err = capsys.readouterr().err
    assert err == (f"resilience remind: {locked / 'r.ics'} could not be used: this user is not allowed to read or "
                   "write there. Check its permissions.\n")
    assert list(locked.iterdir()) == []


def _fake_notify_send(folder: Path, code: int = 0) -> Path:
    """A notify-send that writes each argument on its own line (NUL-separated) to a file, then exits `code`."""
    folder.mkdir(exist_ok=True)
    record = folder / "args"
    script = folder / "notify-send"
    script.write_text(f"#!/bin/sh\nprintf '%s\\0' \"$@\" > {shlex.quote(str(record))}\n"
                      f"echo 'no bus here' >&2\nexit {code}\n" if code else
                      f"#!/bin/sh\nprintf '%s\\0' \"$@\" > {shlex.quote(str(record))}\n")
    script.chmod(0o755)
    return record


def test_notify_shows_what_is_due_today(data_dir, tmp_path, capsys, monkeypatch):
    store = Store(data_dir)
    store.goals.add(Goal("Call Sam \x1b[2J 📞", due=date.today()))
    record = _fake_notify_send(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert main(["remind", "notify"]) == 0
    args = record.read_bytes().decode().split("\0")[:-1]
    assert args == ["--app-name=Resilience", "Resilience: today",
                    "No check-in yet today. It takes a moment: resilience checkin 1-5\nGoal due today: Call Sam ␛[2J 📞"]
    assert capsys.readouterr().out.endswith("Goal due today: Call Sam ␛[2J 📞\n")
    store.checkins.add(CheckIn(mood=4, at=now_local()))
    assert main(["remind", "notify"]) == 0
    assert record.read_bytes().decode().split("\0")[2] == "Goal due today: Call Sam ␛[2J 📞"


def test_notify_without_notify_send_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["remind", "notify"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("resilience remind: notify-send was not found") and err.count("\n") == 1


def test_notify_says_when_notify_send_fails(tmp_path, capsys, monkeypatch):
    _fake_notify_send(tmp_path / "bin", code=3)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    assert main(["remind", "notify"]) == 1
    err = capsys.readouterr().err
    assert "it said: no bus here; exit 3" in err and err.count("\n") == 1


def _run(*args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "-m", "resilience_tui", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_in_a_real_process(data_dir, tmp_path):
    _fill(data_dir)
    out = tmp_path / "r.ics"
    done = _run("--data-dir", str(data_dir), "remind", "ics", str(out))
    assert done.returncode == 0, done.stderr
    assert len(_events(out)) == 3
    record = _fake_notify_send(tmp_path / "bin")
    done = _run("--data-dir", str(data_dir), "remind", "notify", path=f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert done.returncode == 0, done.stderr
    assert "Follow-up due: Acme, Inc. 🚀, Analyst; data" in record.read_bytes().decode()


def test_help_prints_a_cron_line_and_a_systemd_timer_ready_to_copy(tmp_path):
    done = _run("remind", "--help")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    [cron] = [line for line in lines if line.startswith("0 9 * * * ")]
    words = shlex.split(cron)
    assert words[-2:] == ["remind", "notify"]
    assert words[5].startswith("DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/")
    program = words[6]
    assert os.path.isabs(program) and os.access(program, os.X_OK)
    [exec_start] = [line for line in lines if line.startswith("ExecStart=")]
    assert exec_start.removeprefix("ExecStart=").split()[-2:] == ["remind", "notify"]
    assert "OnCalendar=*-*-* 09:00:00" in lines and "WantedBy=timers.target" in lines
    assert "# ~/.config/systemd/user/resilience-remind.timer" in lines
    assert "systemctl --user daemon-reload && systemctl --user enable --now resilience-remind.timer" in lines


def test_something_that_is_not_a_plain_file_is_left_alone(tmp_path, capsys):
    pipe = tmp_path / "pipe.ics"
    os.mkfifo(pipe)
    assert main(["remind", "ics", str(pipe)]) == 2
    assert "is not a plain file" in capsys.readouterr().err
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert main(["remind", "ics", "  "]) == 2
    assert "FILE needs a name" in capsys.readouterr().err
