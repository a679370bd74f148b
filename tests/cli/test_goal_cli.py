"""`resilience goal add` and `resilience goal list`: output, exit codes and what is stored."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.goal import DOING, DONE, Goal
from resilience_tui.domain.goal_rules import ordered
from resilience_tui.services import goals as service
from resilience_tui.store.store import Store


def test_add_saves_on_top_of_to_do_and_confirms(data_dir, capsys):
    assert main(["goal", "add", "Walk every morning", "--category", "wellbeing", "--weekly"]) == 0
    assert main(["goal", "add", "Finish the [bold]SQL[/] course 📚", "--category", "skills", "--due", "2026-12-03"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Added to To do: Walk every morning (wellbeing, weekly)."
    assert out[1].startswith("Added to To do: Finish the [bold]SQL[/] course 📚 (skills, due Thu 03 Dec")
    goals = ordered(Store(data_dir).goals.all(), "todo")
    assert [g.title for g in goals] == ["Finish the [bold]SQL[/] course 📚", "Walk every morning"]
    assert goals[0].due == date(2026, 12, 3) and goals[0].category == "skills"
    assert goals[1].weekly and goals[1].week_of is not None


def test_add_defaults_to_job_search_with_no_due_date(data_dir, capsys):
    assert main(["goal", "add", "Apply to three roles"]) == 0
    [goal] = Store(data_dir).goals.all()
    assert (goal.category, goal.due, goal.column) == ("job-search", None, "todo")


def test_add_reads_words_for_the_due_date(data_dir, capsys):
    assert main(["goal", "add", "x", "--due", "tomorrow", "--category", "net"]) == 0
    [goal] = Store(data_dir).goals.all()
    assert goal.due == date.today() + timedelta(days=1) and goal.category == "network"


@pytest.mark.parametrize(
    "args, expected",
    [
        (["goal", "add", "x", "--category", "hobbies"], '--category is one of "job search", "skills"'),
        (["goal", "add", "x", "--due", "next blue moon"], "is not a date I can read"),
        (["goal", "add", "   "], "needs a title"),
        (["goal", "add", "a\nb"], "A title is one line"),
        (["goal", "list", "--column", "someday"], '--column is "to do", "doing", "done" or "all"'),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(data_dir, capsys, args, expected):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("resilience goal: ") and expected in err
    assert err.count("\n") == 1
    assert not (data_dir / "goals.json").exists()


def test_a_missing_action_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["goal"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "required: ACTION" in err and err.count("\n") == 1


def test_list_shows_to_do_and_doing_and_counts_done(data_dir, capsys):
    store = Store(data_dir)
    service.add_goal(store, Goal("Coffee with Sam", "network", steps=()))
    sql = service.add_goal(store, Goal("SQL course", "skills", due=date.today() - timedelta(days=1)))
    service.move_goal(store, sql.id, DOING)
    done = service.add_goal(store, Goal("Three good things", "mindset"))
    service.move_goal(store, done.id, DONE)
    assert main(["goal", "list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "To do (1)",
        "  Coffee with Sam  (network)",
        "Doing (1)",
        "  SQL course  (skills · overdue: was due yesterday)",
        "Done: 1 finished (resilience goal list --column done lists them).",
    ]
    assert main(["goal", "list", "--column", "done"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Done (1)" and out[1].startswith("  Three good things  (mindset · finished ")
    assert main(["goal", "list", "--column", "all"]) == 0
    assert [line for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")] == [
        "To do (1)", "Doing (1)", "Done (1)"]


def test_list_with_no_goals_says_how_to_add_one(data_dir, capsys):
    assert main(["goal", "list"]) == 0
    assert capsys.readouterr().out.startswith("No goals yet. Add one with: resilience goal add")
    assert not (data_dir / "goals.json").exists()


def test_goal_add_and_list_as_real_commands(data_dir):
    env = {**os.environ}
    added = subprocess.run([sys.executable, "-m", "resilience_tui", "goal", "add", "From the shell", "--category", "mindset"],
                           capture_output=True, text=True, env=env, timeout=60)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([sys.executable, "-m", "resilience_tui", "goal", "list"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert "  From the shell  (mindset)" in listed.stdout
    helped = subprocess.run([sys.executable, "-m", "resilience_tui", "goal", "add", "--help"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert "--category C" in helped.stdout and "--due WHEN" in helped.stdout


def test_a_damaged_goals_file_is_reported_and_the_goal_still_saved(data_dir, capsys):
    Store(data_dir)
    (data_dir / "goals.json").write_text("{not json")
    assert main(["goal", "add", "Still saved"]) == 0
    err = capsys.readouterr().err
    assert "could not be read" in err and ".corrupt-" in err
    assert [g.title for g in Store(data_dir).goals.all()] == ["Still saved"]


def test_saving_fails_cleanly_when_the_folder_cannot_be_written(tmp_path, capsys):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    assert main(["--data-dir", str(blocked / "data"), "goal", "add", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("resilience: ") and "Traceback" not in err
