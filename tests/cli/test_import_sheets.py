"""`resilience import --from csv` and `--from daylio`: what is stored, what is printed, exit codes, second runs."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "[bold]Acme[/] \x1b]52;c;aGk=\x07 😀 שלום \u202e"
JOBS = ("Employer;Title;Applied on;Status;Contact;Salary\n"
        f'"{HOSTILE}";Designer;2026-03-05;Phone screen;sam@acme.com;50k\n'
        "Beta;Dev;2026-03-06;Waiting on references;;\n")
DAYLIO = ("full_date,date,weekday,time,mood,activities,note_title,note\n"
          "2026-03-05,March 5,Thursday,21:10,rad,running | friends,Good day,\"walked \x1b[31mfar\"\n"
          "2026-03-04,March 4,Wednesday,08:00,super happy,,,\n"
          "2026-03-03,March 3,Tuesday,08:00,Blah,,,\n")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def no_control_characters(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text


def test_csv_import_stores_the_rows_and_a_second_run_adds_nothing(tmp_path, data_dir, capsys):
    path = write(tmp_path, "jobs.csv", JOBS)
    assert main(["import", "--from", "csv", str(path), "--map", "Employer=company"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1] == "Imported jobs.csv into your applications: 2 added, 0 already here."
    assert "Salary" in captured.out and 'row 3: the status "Waiting on references"' in captured.out
    no_control_characters(captured.out + captured.err)
    apps = {a.role: a for a in Store(data_dir).applications.all()}
    assert apps["Designer"].company == HOSTILE  # stored exactly
    assert (apps["Designer"].stage, apps["Designer"].contact_email, apps["Designer"].notes) == (
        "screening", "sam@acme.com", "Salary: 50k")
    assert apps["Dev"].notes == "Status in the spreadsheet: Waiting on references"
    assert main(["import", "--from", "csv", str(path), "--map", "Employer=company"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Imported jobs.csv into your applications: 0 added, 2 already here."
    assert len(Store(data_dir).applications.all()) == 2


def test_bad_rows_are_listed_the_good_ones_come_in_and_the_exit_code_is_1(tmp_path, data_dir, capsys):
    path = write(tmp_path, "jobs.csv", "company,role,date applied\nAcme,Dev,2026-03-05\nBeta,,2026-03-05\nGamma,PM,05/03/2026\n")
    assert main(["import", "--from", "csv", str(path)]) == 1
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert err[0].startswith("resilience import: row 3: it has no role")
    assert err[1].startswith('resilience import: row 4: "05/03/2026" could be 5 March 2026 or 3 May 2026')
    assert err[2].startswith("resilience import: 2 rows were left out") and "Traceback" not in captured.err
    assert [a.company for a in Store(data_dir).applications.all()] == ["Acme"]
    fixed = write(tmp_path, "jobs.csv", "company,role,date applied\nAcme,Dev,2026-03-05\nBeta,QA,2026-03-05\nGamma,PM,05/03/2026\n")
    assert main(["import", "--from", "csv", str(fixed), "--dates", "dmy"]) == 0
    assert capsys.readouterr().out.strip() == "Imported jobs.csv into your applications: 2 added, 1 already here."
    assert sorted(a.company for a in Store(data_dir).applications.all()) == ["Acme", "Beta", "Gamma"]


def test_check_lists_what_would_be_added_and_writes_nothing(tmp_path, data_dir, capsys):
    path = write(tmp_path, "jobs.csv", "company,role,date applied,status\nAcme,Dev,2026-03-05,Onsite\n")
    assert main(["import", "--from", "csv", str(path), "--check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["Would add row 2: Acme, Dev (applied 2026-03-05, final round, in progress)",
                   "Checked jobs.csv, nothing was written: 1 would be added to your applications, 0 already here."]
    assert not data_dir.exists()
    assert main(["import", "--from", "csv", str(path)]) == 0
    before = {p: p.read_bytes() for p in data_dir.rglob("*.json")}
    capsys.readouterr()
    assert main(["import", "--from", "csv", str(path), "--check"]) == 0
    assert capsys.readouterr().out.strip() == "Checked jobs.csv, nothing was written: 0 would be added to your applications, 1 already here."
    assert {p: p.read_bytes() for p in data_dir.rglob("*.json")} == before


def test_daylio_import_asks_for_every_custom_mood_then_imports_once(tmp_path, data_dir, capsys):
    path = write(tmp_path, "daylio.csv", DAYLIO)
    assert main(["import", "--from", "daylio", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and '"super happy", "Blah"' in err and '--mood "super happy=N"' in err
    assert not data_dir.exists()  # nothing written, not even the folder
    args = ["import", "--from", "daylio", str(path), "--mood", "Super Happy=5", "--mood", "blah=2"]
    assert main([*args, "--check"]) == 0
    check = capsys.readouterr().out
    assert "Would add row 2: 2026-03-05 21:10 █ great #running #friends: Good day" in check
    assert not data_dir.exists()
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "Imported daylio.csv into your check-ins: 3 added, 0 already here."
    checkins = sorted(Store(data_dir).checkins.all(), key=lambda c: c.at)
    assert [c.mood for c in checkins] == [2, 5, 5]
    assert checkins[2].tags == ("running", "friends") and checkins[2].note == "Good day\nwalked \x1b[31mfar"
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "Imported daylio.csv into your check-ins: 0 added, 3 already here."
    assert len(Store(data_dir).checkins.all()) == 3


@pytest.mark.parametrize("args, expected", [
    (["--from", "daylio", "--map", "A=company"], "--map is for --from csv"),
    (["--from", "csv", "--mood", "a=1"], "--mood is for --from daylio"),
    (["--from", "jrnl", "--check"], "--check is for --from csv and --from daylio"),
    (["--from", "csv", "--map", "Employer"], 'takes "Header=field"'),
    (["--from", "csv", "--map", "company=boss"], '"boss" is not a field'),
    (["--from", "csv", "--map", "Boss=company"], "--map names a column"),
    (["--from", "daylio", "--mood", "meh=9"], "a whole number from 1"),
])
def test_bad_options_exit_2_with_one_line_and_write_nothing(tmp_path, data_dir, capsys, args, expected):
    path = write(tmp_path, "file.csv", "company,role\nAcme,Dev\n")
    assert main(["import", str(path), *args]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1
    assert not data_dir.exists()


@pytest.mark.parametrize("source", ["csv", "daylio"])
def test_a_file_that_is_not_a_csv_is_refused_in_one_line(tmp_path, data_dir, capsys, source):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main(["import", "--from", source, str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Nothing was changed" in err and "Traceback" not in err
    assert main(["import", "--from", source, "/dev/zero"]) == 1
    assert "is not a plain file" in capsys.readouterr().err
    assert not data_dir.exists()


def test_from_json_is_our_export(tmp_path, data_dir, capsys):
    path = write(tmp_path, "jobs.csv", "company,role\nAcme,Dev\n")
    assert main(["import", "--from", "json", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is not a JSON file" in err and "with --from csv" in err and err.count("\n") == 1


def test_help_says_which_days_are_read(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "need --dates dmy (day first) or --dates mdy (month first)" in out and "Days are read as 2026-03-05" in out


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "resilience_tui", "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def test_csv_import_in_a_real_process(tmp_path):
    path = write(tmp_path, "jobs.csv", "\ufeff" + JOBS)
    done = run(tmp_path, "import", "--from", "csv", str(path), "--map", "Employer=company")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Imported jobs.csv into your applications: 2 added, 0 already here."
    no_control_characters(done.stdout + done.stderr)
    again = run(tmp_path, "import", "--from", "csv", str(path), "--map", "Employer=company")
    assert again.stdout.splitlines()[-1] == "Imported jobs.csv into your applications: 0 added, 2 already here."
    assert sorted(a.role for a in Store(tmp_path / "data").applications.all()) == ["Designer", "Dev"]


def test_daylio_import_in_a_real_process(tmp_path):
    path = write(tmp_path, "daylio.csv", DAYLIO)
    refused = run(tmp_path, "import", "--from", "daylio", str(path))
    assert refused.returncode == 2 and refused.stdout == "" and "Traceback" not in refused.stderr
    done = run(tmp_path, "import", "--from", "daylio", str(path), "--mood", "super happy=5", "--mood", "Blah=2")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Imported daylio.csv into your check-ins: 3 added, 0 already here."
    assert len(Store(tmp_path / "data").checkins.all()) == 3


class Terminal(io.StringIO):
    """stdout and stderr of one terminal: `\\r` goes back to the start of the line."""

    def isatty(self) -> bool:
        return True

    def screen(self) -> list[str]:
        lines = []
        for line in self.getvalue().split("\n"):
            shown = ""
            for part in line.split("\r"):
                shown = part + shown[len(part):]
            lines.append(shown.rstrip())
        return lines


@pytest.mark.parametrize("source, text, code", [
    ("csv", "company,role,status\nAcme,Dev,Ghosted\n", 0),
    ("daylio", "full_date,time,mood\n2026-03-05,21:00,super happy\n", 2),
])
def test_on_a_terminal_the_progress_line_never_hides_what_is_printed(tmp_path, data_dir, monkeypatch, source, text, code):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(sys, "stderr", terminal)
    path = write(tmp_path, "file.csv", text)
    assert main(["import", "--from", source, str(path)]) == code
    screen = [line for line in terminal.screen() if line]
    if code == 0:
        assert screen[0].startswith('row 2: "Ghosted" is kept as in progress')
        assert screen[-1] == "Imported file.csv into your applications: 1 added, 0 already here."
    else:
        assert screen == [screen[0]] and screen[0].startswith("resilience import: file.csv uses moods of your own")
