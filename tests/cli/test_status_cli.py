"""`resilience status [--prompt]`: what is due today, read from only the files it needs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackRequest
from resilience_tui.domain.goal import Goal
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.records import now_local
from resilience_tui.services.applications import recovery_for
from resilience_tui.services.goals import add_goal
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()  # the tests run in UTC (conftest), as the commands do


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": "UTC"}
    env.pop("RESILIENCE_TUI_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "resilience_tui", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def busy_day(data_dir: Path) -> Application:
    """A follow-up due, a goal overdue and one due today, a goal for later, and a rejection last week."""
    store = Store(data_dir)
    earlier = store.applications.add(Application("Northwind", "Data Engineer", applied_on=ago(60)))
    store.feedback.add(FeedbackRequest(application_id=earlier.id, subject="Feedback", body="Thanks", status="sent",
                                       sent_on=ago(14)))
    add_goal(store, Goal("Update my CV", due=ago(2)))
    add_goal(store, Goal("Call Sam", "network", due=TODAY))
    add_goal(store, Goal("Learn SQL", "skills", due=TODAY + timedelta(days=30)))
    return store.applications.add(Application("Acme Health", "Designer", applied_on=ago(30), stage="final",
                                              outcome="rejected", rejected_on=ago(5)))


def test_with_no_data_folder_it_says_so_and_makes_none(data_dir, capsys):
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("You haven't checked in today; resilience checkin 3") and "Nothing else is due" in out
    assert main(["status", "--prompt"]) == 0
    assert capsys.readouterr().out == "Resilience: no check-in yet\n"
    assert not data_dir.exists()


def test_prompt_says_nothing_when_nothing_is_due(data_dir, capsys):
    assert main(["checkin", "4"]) == 0
    capsys.readouterr()
    assert main(["status", "--prompt"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["status"]) == 0
    assert capsys.readouterr().out == "You checked in today. Thank you. Nothing else is due today. Go gently.\n"


def test_a_busy_day(data_dir, capsys):
    rejected = busy_day(data_dir)
    path = recovery_for(Store(data_dir), rejected, now_local(), can_reflect=True)
    assert path.done_count == 0  # nothing done for it yet: all six steps are open
    assert main(["status", "--prompt"]) == 0
    assert capsys.readouterr().out == "Resilience: no check-in yet, 1 follow-up, 2 goals due, 6 recovery steps\n"
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 78
    said = " ".join(out.split())
    assert "You haven't checked in today" in said
    sent = ago(14).strftime("%a %d %b") if ago(14).year == TODAY.year else ago(14).strftime("%a %d %b %Y")
    assert f"A follow-up is due on your feedback request about Northwind, Data Engineer (sent {sent})." in said
    assert '2 goals are due: "Update my CV" (overdue: was due 2 days ago); "Call Sam" (due today).' in said
    assert "Learn SQL" not in said
    assert "After Acme Health, Designer, heard back " in said and "6 recovery steps are still open; next, " \
        f"{path.steps[0].title.lower()}." in said


def test_steps_taken_and_a_check_in_today_are_counted(data_dir, capsys):
    rejected = busy_day(data_dir)
    assert main(["checkin", "2", "--application", "acme"]) == 0  # step 1 of its path, and today's check-in
    assert main(["app", "add", "Globex", "Analyst"]) == 0  # step 5: another application since
    capsys.readouterr()
    path = recovery_for(Store(data_dir), Store(data_dir).applications.get(rejected.id), now_local(), can_reflect=True)
    assert path.done_count == 2
    assert main(["status", "--prompt"]) == 0
    assert capsys.readouterr().out == "Resilience: 1 follow-up, 2 goals due, 4 recovery steps\n"


def test_a_rejection_over_30_days_ago_and_a_finished_path_are_not_due(data_dir, capsys):
    store = Store(data_dir)
    store.applications.add(Application("Old Co", "Designer", applied_on=ago(90), outcome="rejected", rejected_on=ago(40)))
    assert main(["checkin", "3"]) == 0
    capsys.readouterr()
    assert main(["status", "--prompt"]) == 0
    assert capsys.readouterr().out == ""


def garbage_in_old_years(data_dir: Path) -> dict[Path, bytes]:
    """Ten years of check-ins and journal entries, then every year before this one's files made unreadable."""
    store = Store(data_dir)
    now = now_local()
    for years_back in range(10, 0, -1):
        moment = datetime(TODAY.year - years_back, 6, 1, 9, 0, tzinfo=timezone.utc)
        store.checkins.add(CheckIn(mood=3, at=moment))
        store.journal.add(JournalEntry(body="a win", at=moment, kind="win"))
    store.checkins.add(CheckIn(mood=4, at=now - timedelta(minutes=1)))
    damaged = {}
    for area in ("checkins", "journal"):
        for path in (data_dir / area).glob("*.json"):
            if int(path.stem) < TODAY.year:
                path.write_bytes(b"\x00{not json at all")
                damaged[path] = path.read_bytes()
    assert len(damaged) == 20
    return damaged


@pytest.mark.parametrize("args", [["status", "--prompt"], ["status"]])
def test_older_years_are_never_read(data_dir, capsys, monkeypatch, args):
    if TODAY.timetuple().tm_yday <= 31:
        pytest.skip("in January a rejection of the last 30 days can reach back into last year")
    damaged = garbage_in_old_years(data_dir)
    busy_day(data_dir)
    capsys.readouterr()
    read: list[Path] = []
    original = Path.read_bytes

    def counted(self: Path) -> bytes:
        read.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    assert main(args) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "5 recovery steps" in " ".join(captured.out.split())  # today's check-in is step 1
    names = sorted(str(p.relative_to(data_dir)) for p in read if data_dir in p.parents)
    assert f"checkins/{TODAY.year}.json" in names
    assert not [n for n in names if n.startswith(("checkins/", "journal/")) and not n.endswith(f"/{TODAY.year}.json")]
    for path, content in damaged.items():  # still there, never set aside as damaged
        assert path.read_bytes() == content
    assert not list(data_dir.rglob("*corrupt*"))


def test_in_a_real_process_older_years_are_left_alone(data_dir):
    if TODAY.timetuple().tm_yday <= 31:
        pytest.skip("in January a rejection of the last 30 days can reach back into last year")
    damaged = garbage_in_old_years(data_dir)
    busy_day(data_dir)
    done = run(data_dir, "status", "--prompt")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "Resilience: 1 follow-up, 2 goals due, 5 recovery steps\n"  # today's check-in is step 1
    done = run(data_dir, "status")
    assert done.returncode == 0 and done.stdout.startswith("You checked in today. Thank you.")
    assert all(path.read_bytes() == content for path, content in damaged.items())


def test_a_damaged_file_it_needs_is_one_line_not_a_traceback(data_dir):
    busy_day(data_dir)
    (data_dir / "goals.json").write_text("{ this is not json")
    done = run(data_dir, "status", "--prompt")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert done.stderr.startswith("resilience: ") and "goals" in done.stderr.lower()
    assert list(data_dir.glob("goals.corrupt-*.json"))  # set aside as the store sets aside any damaged file


def test_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["status", "--help"])
    assert exit_info.value.code == 0
    assert "--prompt" in capsys.readouterr().out


def _very_low_days(data_dir: Path, days: tuple[int, ...]) -> None:
    store = Store(data_dir)
    for back in days:
        store.checkins.add(CheckIn(mood=1, at=datetime.combine(ago(back), datetime.min.time(), timezone.utc)
                                   + timedelta(hours=12)))


def test_status_names_the_hard_days_card_but_the_prompt_line_never_does(data_dir, capsys):
    _very_low_days(data_dir, (1, 2, 3))
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "Today has a few words for the hard days" in out
    assert main(["status", "--prompt"]) == 0
    prompt = capsys.readouterr().out
    assert prompt == "Resilience: no check-in yet\n"


def test_status_leaves_the_card_out_when_it_is_turned_off(data_dir, capsys):
    _very_low_days(data_dir, (1, 2, 3))
    from resilience_tui.services.safety_net import turn_off

    turn_off(Store(data_dir))
    assert main(["status"]) == 0
    assert "hard days" not in capsys.readouterr().out
