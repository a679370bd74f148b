"""`resilience app predict` and `resilience worry`: output, exit codes and what is stored."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from resilience_tui.cli import main
from resilience_tui.domain.prediction import Prediction
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "I'll never [bold]get[/] an interview\x1b]52;c;aGk=\x07 again\x9b"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "resilience_tui", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_predict_keeps_the_guesses_and_each_one_is_optional(data_dir, capsys):
    assert main(["app", "add", "Acme Health", "Designer"]) == 0
    assert main(["app", "predict", "acme", "--chance", "30", "--feel", "2", "--days", "14"]) == 0
    assert main(["app", "predict", "acme", "--days", "10"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == ("Kept for Acme Health, Designer: a 30% chance of an offer; if it is a no, feeling low for about "
                      "14 days. When the outcome is in, you can see how it compares.")
    (app,) = Store(data_dir).applications.all()
    assert app.prediction == Prediction(30, 2, 10, date.today())


def test_out_of_range_values_are_bad_usage_with_one_line(data_dir, capsys):
    main(["app", "add", "Acme Health", "Designer"])
    capsys.readouterr()
    for args, said in ((["--chance", "130"], "--chance"), (["--feel", "0"], "--feel"), (["--days", "-3"], "--days"),
                       (["--chance", "lots"], "--chance"), ([], "at least one guess")):
        assert main(["app", "predict", "acme", *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err
    (app,) = Store(data_dir).applications.all()
    assert app.prediction is None


def test_guesses_are_frozen_once_the_outcome_is_in(data_dir, capsys):
    main(["app", "add", "Acme Health", "Designer"])
    main(["app", "predict", "acme", "--chance", "40"])
    main(["app", "reject", "acme"])
    capsys.readouterr()
    assert main(["app", "predict", "acme", "--chance", "5"]) == 1
    out = capsys.readouterr().out
    assert "is already rejected" in out and "kept as it was" in out and "a 40% chance of an offer" in out
    (app,) = Store(data_dir).applications.all()
    assert app.prediction is not None and app.prediction.chance == 40


def test_worry_is_stored_exactly_and_printed_without_control_characters(data_dir, capsys):
    assert main(["worry", HOSTILE, "--check-in", "14d"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "[bold]get[/]" in out and "Today will ask whether it happened" in out
    (worry,) = Store(data_dir).worries.all()
    assert worry.text == HOSTILE and worry.look_back_on == date.today() + timedelta(days=14) and worry.answer == ""


def test_worry_reads_date_phrases_and_refuses_what_it_cannot_read(data_dir, capsys):
    assert main(["worry", "a", "--check-in", "in 2 weeks"]) == 0
    assert main(["worry", "b", "--check-in", "friday"]) == 0
    assert main(["worry", "c"]) == 0
    days = sorted(w.look_back_on for w in Store(data_dir).worries.all())
    assert days[-1] == days[-2] == date.today() + timedelta(days=14) and 0 <= (days[0] - date.today()).days <= 6
    capsys.readouterr()
    assert main(["worry", "d", "--check-in", "whenever"]) == 2
    assert main(["worry", "  "]) == 2
    assert capsys.readouterr().err.count("\n") == 2
    assert len(Store(data_dir).worries.all()) == 3


def test_real_processes(tmp_path):
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "app", "add", "Acme", "Designer").returncode == 0
    done = run("--data-dir", data, "app", "predict", "acme", "--chance", "30", "--feel", "2", "--days", "14")
    assert done.returncode == 0 and "a 30% chance of an offer" in done.stdout
    bad = run("--data-dir", data, "app", "predict", "acme", "--chance", "101")
    assert bad.returncode == 2 and bad.stdout == "" and len(bad.stderr.splitlines()) == 1
    worried = run("--data-dir", data, "worry", HOSTILE, "--check-in", "in 2 weeks")
    assert worried.returncode == 0 and "\x1b" not in worried.stdout and "\x07" not in worried.stdout
    (worry,) = Store(Path(data)).worries.all()
    assert worry.text == HOSTILE


def test_no_guesses_can_start_once_the_outcome_is_in(data_dir, capsys):
    main(["app", "add", "Acme Health", "Designer"])
    main(["app", "withdraw", "acme"])
    capsys.readouterr()
    assert main(["app", "predict", "acme", "--chance", "50"]) == 1
    assert "is already withdrawn. Guesses are made while an application is in progress" in capsys.readouterr().out
    (app,) = Store(data_dir).applications.all()
    assert app.prediction is None


def test_app_list_shows_the_guesses_beside_each_application(data_dir, capsys):
    main(["app", "add", "Acme Health", "Designer"])
    main(["app", "add", "Globex", "Analyst"])
    main(["app", "add", "Initech", "Tester"])
    main(["app", "predict", "acme", "--chance", "30", "--days", "14"])
    main(["app", "predict", "globex", "--feel", "2"])
    main(["app", "reject", "acme"])
    capsys.readouterr()
    assert main(["app", "list"]) == 0
    lines = {line.split("  (")[0].strip(): line for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["Acme Health, Designer"].endswith(" · guessed a 30% chance)")  # kept as made once it ended
    assert lines["Globex, Analyst"].endswith(" · guesses noted)")
    assert "guess" not in lines["Initech, Tester"]
