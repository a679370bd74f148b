"""`goal add TITLE` and `goal list` the quick way (quick/goal.py) write and print exactly what the
full command writes and prints, and leave everything else to it, writing nothing themselves.

Each comparison runs both ways on copies of one data folder: the quick way through
`resilience_tui.quick.run`, the full way through `resilience_tui.command_line.main`.
"""

from __future__ import annotations

import calendar
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui import command_line, quick
from resilience_tui.cli import main
from resilience_tui.domain.day_words import local_day, week_start
from resilience_tui.domain.goal import CATEGORIES, COLUMNS, DONE, Goal, Step
from resilience_tui.domain.records import now_local
from resilience_tui.services import goals as service
from resilience_tui.store.store import Store

VARYING = ("id", "created_at", "updated_at", "edits")  # what may differ between two runs of the same command
HOSTILE = ["[bold]SQL[/] course", "[/]", "\\[not markup]", "emoji 📚🧘‍♀️", "תעשה את זה היום", "مرحبا بالعالم",
           "bell \x07 and escape \x1b[31m red", "bidi \u202e override", "a" * 200, "tab\there", "% %s {0} {}"]
# Text a person may type: any character but a lone surrogate, with the awkward ones made likely.
TEXT = st.text(st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(list("[]/\\\x1b\u202e\u200f📚 "))),
               max_size=60)
TITLE = st.one_of(TEXT, st.sampled_from(HOSTILE)).filter(lambda t: bool(t.strip()) and "\n" not in t and "\r" not in t)


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder`, with each file's bytes: what nothing written leaves alone."""
    return {str(path.relative_to(folder)): (path.read_bytes() if path.is_file() else None)
            for path in sorted(folder.rglob("*"))}


def stored_goals(folder: Path) -> list[dict[str, object]]:
    """The goal records as stored, in file order, without what differs from one run to the next."""
    tables = json.loads((folder / "goals.json").read_text())
    return [{k: v for k, v in doc.items() if k not in VARYING} for doc in tables["_default"].values()]


def run_both(base: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[tuple[int | None, str, str], ...]:
    """Run `args` the quick way on one copy of `base` and the full way on another; each way's
    (exit code, stdout, stderr). The copies are left in base.parent as quick/ and full/."""
    ways = []
    for name, run in (("quick", quick.run), ("full", command_line.main)):
        copy = base.parent / name
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(base, copy)
        capsys.readouterr()
        try:
            code: int | None = run(["--data-dir", str(copy), *args])
        except SystemExit as stop:  # argparse's refusal of a title such as "-x"
            code = int(stop.code or 0)
        ways.append((code, *capsys.readouterr()))
    return tuple(ways)


def plain_board(folder: Path) -> Path:
    """A data folder whose board has a goal in each column (the goals file exactly as the store writes it)."""
    store = Store(folder)
    service.add_goal(store, Goal("Coffee with Sam", "network", due=date.today() + timedelta(days=3)))
    sql = service.add_goal(store, Goal("SQL course", "skills", steps=(Step("module 1", True), Step("module 2"))))
    service.move_goal(store, sql.id, "doing")
    done = service.add_goal(store, Goal("Three good things", "mindset"))
    service.move_goal(store, done.id, DONE)
    return folder


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert command_line.main(["demo", str(folder), "--years", "1"]) == 0
    return folder


# -- goal add ------------------------------------------------------------------------------------
@pytest.mark.parametrize("title", ["Apply to three roles", *HOSTILE])
def test_add_stores_and_says_what_the_full_command_does(tmp_path, capsys, title):
    quick_way, full_way = run_both(plain_board(tmp_path / "base"), ["goal", "add", title], capsys)
    assert quick_way[0] == 0 and quick_way == full_way
    assert stored_goals(tmp_path / "quick") == stored_goals(tmp_path / "full")
    [added] = [g for g in Store(tmp_path / "quick").goals.all() if g.title == title]
    assert (added.category, added.column, added.position) == ("job-search", "todo", -1)  # above "Coffee with Sam"
    assert (tmp_path / "quick" / "backups").is_dir()  # today's backup, as the store makes it


@pytest.mark.parametrize("options", [["--category", "skills"], ["--category", "Well"], ["--category", "3"],
                                     ["--category=JOB_search"], ["--weekly"], ["--category", "mindset", "--weekly"],
                                     ["--weekly", "--category=net"]])
def test_add_with_a_category_or_weekly_matches_the_full_command(tmp_path, capsys, options):
    quick_way, full_way = run_both(plain_board(tmp_path / "base"), ["goal", "add", "Walk [b]daily[/b]", *options], capsys)
    assert quick_way[0] == 0 and quick_way == full_way
    assert stored_goals(tmp_path / "quick") == stored_goals(tmp_path / "full")
    added = stored_goals(tmp_path / "quick")[-1]
    assert added["weekly"] == ("--weekly" in options)
    assert (added["week_of"] is not None) == added["weekly"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(category=st.one_of(TEXT, st.sampled_from(["job", "JOB SEARCH", "net", "ne", "mind", "5", "0", "well being",
                                                  "skills ", "hobbies", "wellbeing-", "s", "-1"])),
       weekly=st.booleans())
def test_add_with_any_category_matches_the_full_command(capsys, category, weekly):
    with tempfile.TemporaryDirectory() as scratch:
        base = plain_board(Path(scratch) / "base")
        args = ["goal", "add", "Rest", f"--category={category}", *(["--weekly"] if weekly else [])]
        quick_way, full_way = run_both(base, args, capsys)
        if quick_way[0] is None:  # a category the full command does not know (it says so), or one like "-1"
            assert folder_state(Path(scratch) / "quick") == folder_state(base)
            assert exit_code(main, ["--data-dir", str(Path(scratch) / "quick"), *args]) == full_way[0]
        else:
            assert quick_way == full_way
            assert stored_goals(Path(scratch) / "quick") == stored_goals(Path(scratch) / "full")


def test_add_on_the_demo_board_matches_the_full_command(demo, tmp_path, capsys):
    base = tmp_path / "base"
    shutil.copytree(demo, base)
    quick_way, full_way = run_both(base, ["goal", "add", "Walk to the park"], capsys)
    assert quick_way[0] == 0 and quick_way == full_way
    assert stored_goals(tmp_path / "quick") == stored_goals(tmp_path / "full")
    after = stored_goals(tmp_path / "quick")
    assert after[-1]["position"] == min(g["position"] for g in after[:-1] if g["column"] == "todo") - 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TITLE)
def test_add_any_title_matches_the_full_command(capsys, title):
    with tempfile.TemporaryDirectory() as scratch:
        base = plain_board(Path(scratch) / "base")
        quick_way, full_way = run_both(base, ["goal", "add", title], capsys)
        if quick_way[0] is None:  # a title argparse reads otherwise ("-x") is left to the full command
            assert folder_state(Path(scratch) / "quick") == folder_state(base)
        else:
            assert quick_way == full_way
            assert stored_goals(Path(scratch) / "quick") == stored_goals(Path(scratch) / "full")


# -- goal list -----------------------------------------------------------------------------------
def test_list_of_the_demo_board_matches_the_full_command(demo, capsys):
    capsys.readouterr()
    assert quick.run(["--data-dir", str(demo), "goal", "list"]) == 0
    quick_way = capsys.readouterr()
    assert command_line.main(["--data-dir", str(demo), "goal", "list"]) == 0
    assert quick_way == capsys.readouterr()
    assert quick_way.out.startswith("To do (") and "Doing (" in quick_way.out


def test_list_of_an_empty_goals_file_says_how_to_add_one(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    (folder / "goals.json").write_text(json.dumps({"_default": {}, "_meta": {"1": {"area": "goals", "schema_version": 1}}}))
    (folder / "goals.json").chmod(0o600)
    quick_way, full_way = run_both(folder, ["goal", "list"], capsys)
    assert quick_way[0] == 0 and quick_way == full_way
    assert quick_way[1].startswith("No goals yet. Add one with:")


def a_goal(draw: st.DrawFn, today: date, now: datetime) -> Goal:
    column = draw(st.sampled_from(COLUMNS))
    weekly = draw(st.booleans())
    week = week_start(today)
    return Goal(
        title=draw(TITLE),
        category=draw(st.sampled_from([c.key for c in CATEGORIES])),
        column=column,
        position=draw(st.integers(-5, 5)),  # ties too: the order then falls back to age and id
        due=draw(st.none() | st.integers(-400, 400).map(lambda days: today + timedelta(days=days))),
        steps=tuple(Step(draw(TITLE), draw(st.booleans())) for _ in range(draw(st.integers(0, 4)))),
        weekly=weekly,
        week_of=week if weekly else None,
        weeks_done=tuple(week - timedelta(weeks=n) for n in sorted(draw(st.sets(st.integers(1, 30), max_size=4)))),
        finished_at=now - timedelta(days=draw(st.integers(0, 900))) if column == DONE else None,
        created_at=now - timedelta(minutes=draw(st.integers(0, 3))),
        updated_at=now,
    )


@st.composite
def boards(draw: st.DrawFn) -> list[Goal]:
    now = now_local()
    return [a_goal(draw, local_day(now), now) for _ in range(draw(st.integers(0, 8)))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(board=boards())
def test_list_of_any_board_matches_the_full_command(capsys, board):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        store = Store(folder)
        store.goals.add_many(board)
        if not board:
            (folder / "goals.json").write_text(json.dumps(
                {"_default": {}, "_meta": {"1": {"area": "goals", "schema_version": 1}}}))
            (folder / "goals.json").chmod(0o600)
        before = folder_state(folder)
        capsys.readouterr()
        assert quick.run(["--data-dir", str(folder), "goal", "list"]) == 0
        quick_way = capsys.readouterr()
        assert folder_state(folder) == before  # a list writes nothing
        assert command_line.main(["--data-dir", str(folder), "goal", "list"]) == 0
        assert quick_way == capsys.readouterr()
        assert quick_way.out.count("\n") >= (1 if not board else 2)


# -- what goes the full way ----------------------------------------------------------------------
Tables = dict[str, dict[str, dict[str, Any]]]


def write_goals(folder: Path, change: Callable[[Tables], object]) -> None:
    path = folder / "goals.json"
    tables = json.loads(path.read_text())
    change(tables)
    path.write_text(json.dumps(tables))


def first_goal(tables: Tables) -> dict[str, Any]:
    return next(iter(tables["_default"].values()))


def last_week(tables: Tables) -> None:
    goal = first_goal(tables)
    goal.update(weekly=True, week_of=(week_start(date.today()) - timedelta(weeks=1)).isoformat())


# Each case: the command, how the goals file is changed first, and the full command's exit code.
FALLS_BACK = {
    "add --due": (["goal", "add", "Call Sam", "--due", "friday"], None, 0),
    "add --due and --weekly": (["goal", "add", "Walk", "--weekly", "--due", "sunday"], None, 0),
    "add an unknown category": (["goal", "add", "Learn SQL", "--category", "hobbies"], None, 2),
    "add a category too short to tell": (["goal", "add", "Learn SQL", "--category", "ne"], None, 2),
    "add a category twice": (["goal", "add", "Learn SQL", "--category", "skills", "--category", "network"], None, 0),
    "add --weekly with a value": (["goal", "add", "Walk", "--weekly=yes"], None, 2),
    "add a word after an option": (["goal", "add", "--weekly", "Walk"], None, 0),
    "add a blank title": (["goal", "add", "   "], None, 2),
    "add two lines": (["goal", "add", "one\ntwo"], None, 2),
    "add a long title": (["goal", "add", "x" * 201], None, 2),
    "add two words": (["goal", "add", "one", "two"], None, 2),
    "add a title like an option": (["goal", "add", "-x"], None, 2),
    "add an unprintable title": (["goal", "add", "caf\udce9"], None, 1),
    "list --column": (["goal", "list", "--column", "all"], None, 0),
    "list a word": (["goal", "list", "doing"], None, 2),
    "list a weekly goal from last week": (["goal", "list"], last_week, 0),
    "list a position that is text": (["goal", "list"], lambda t: first_goal(t).update(position="1"), 0),
    "add beside a category the store does not know": (["goal", "add", "Rest"],
                                                      lambda t: first_goal(t).update(category="hobbies"), 0),
    "list a step that is not one": (["goal", "list"], lambda t: first_goal(t).update(steps=["just text"]), 0),
    "list a due day that is not one": (["goal", "list"], lambda t: first_goal(t).update(due="friday"), 0),
    "list a missing title": (["goal", "list"], lambda t: first_goal(t).pop("title"), 0),
    "list a goal stored twice": (["goal", "list"], lambda t: t["_default"].update(
        {"9": {**first_goal(t), "title": "Coffee with Sam, moved", "position": -7}}), 0),
    "add beside a goal stored twice": (["goal", "add", "Rest"], lambda t: t["_default"].update(
        {"9": {**first_goal(t), "position": -7}}), 0),
    "add beside a table the store does not know": (["goal", "add", "Rest"], lambda t: t.update(extra={}), 0),
}


def in_words(said: tuple[str, str], folder: Path) -> tuple[str, str]:
    """What a command said, with its data folder and the moments in the names of a damaged file set aside
    and of a crash report made general."""
    return tuple(re.sub(r"(corrupt|crash)-[\dT-]+", r"\1-WHEN", text.replace(str(folder), "DATA")) for text in said)


def exit_code(command: Callable[[list[str]], int], argv: list[str]) -> int:
    """The exit code of `command(argv)`, argparse's refusals (SystemExit) included."""
    try:
        return command(argv)
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.mark.parametrize("name", list(FALLS_BACK))
def test_what_the_quick_way_is_not_sure_of_goes_the_full_way(tmp_path, capsys, name):
    args, change, expected = FALLS_BACK[name]
    base = plain_board(tmp_path / "base")
    if change is not None:
        write_goals(base, change)
    folder = tmp_path / "data"
    shutil.copytree(base, folder)
    before = folder_state(folder)
    capsys.readouterr()
    assert quick.run(["--data-dir", str(folder), *args]) is None
    assert folder_state(folder) == before and capsys.readouterr() == ("", "")  # nothing written, nothing said
    # The command as the shell runs it gives the full command's result.
    code = exit_code(main, ["--data-dir", str(folder), *args])
    said = in_words(capsys.readouterr(), folder)
    full = tmp_path / "full"
    shutil.copytree(base, full)
    assert exit_code(command_line.main, ["--data-dir", str(full), *args]) == code
    assert in_words(capsys.readouterr(), full) == said
    assert code == expected


@pytest.mark.parametrize("args", [["goal", "list"], ["goal", "add", "Rest"]])
def test_a_deleted_goals_tombstone_is_kept_and_changes_nothing_said(tmp_path, capsys, args):
    base = plain_board(tmp_path / "base")
    Store(base).goals.delete(Store(base).goals.all()[0].id)
    tombstones = json.loads((base / "goals.json").read_text())["_meta"]["1"]["deleted"]
    quick_way, full_way = run_both(base, args, capsys)
    assert quick_way[0] == 0 and quick_way == full_way
    assert json.loads((base.parent / "quick" / "goals.json").read_text())["_meta"]["1"]["deleted"] == tombstones


def test_a_folder_with_no_goals_file_goes_the_full_way(tmp_path, capsys):
    folder = tmp_path / "data"
    Store(folder)
    assert not (folder / "goals.json").exists()
    assert quick.run(["--data-dir", str(folder), "goal", "add", "First goal"]) is None
    assert not (folder / "goals.json").exists()
    assert main(["--data-dir", str(folder), "goal", "add", "First goal"]) == 0
    assert [g.title for g in Store(folder).goals.all()] == ["First goal"]
    assert capsys.readouterr().out == "Added to To do: First goal (job search).\n"


@pytest.mark.parametrize("loosened", ["goals.json", "."])
@pytest.mark.parametrize("args", [["goal", "list"], ["goal", "add", "Rest"]])
def test_a_file_or_folder_no_longer_private_goes_the_full_way_which_makes_it_private(tmp_path, capsys, loosened, args):
    folder = plain_board(tmp_path / "data")
    os.chmod(folder / loosened, 0o755 if loosened == "." else 0o644)
    before = folder_state(folder)
    assert quick.run(["--data-dir", str(folder), *args]) is None
    assert folder_state(folder) == before
    assert main(["--data-dir", str(folder), *args]) == 0
    assert stat.S_IMODE((folder / "goals.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "Coffee with Sam" in capsys.readouterr().out or args[1] == "add"


# -- what the quick way loads --------------------------------------------------------------------
NOT_ON_THE_QUICK_WAY = ("typing", "pathlib", "dataclasses", "inspect", "argparse", "tinydb", "calendar", "locale",
                        "resilience_tui.domain.goal", "resilience_tui.domain.goal_rules", "resilience_tui.store.store",
                        "resilience_tui.store.datafile", "resilience_tui.command_line")


@pytest.mark.parametrize("args", [["goal", "list"], ["goal", "add", "Walk to the park", "--category", "well", "--weekly"]])
def test_the_quick_way_loads_nothing_heavy(tmp_path, args):
    folder = plain_board(tmp_path / "data")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), sysconfig.get_paths()["purelib"]])}
    done = subprocess.run([sys.executable, "-S", "-X", "importtime", "-m", "resilience_tui", "--data-dir", str(folder),
                           *args], capture_output=True, text=True, env=env, cwd=root, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    modules = {line.rpartition("|")[2].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "resilience_tui.quick.goal" in modules  # the quick way ran
    assert sorted(modules & set(NOT_ON_THE_QUICK_WAY)) == []


def test_the_length_of_a_month_is_the_calendars():
    from resilience_tui.domain.day_words import month_length

    assert [month_length(year, month) for year in range(1896, 2405) for month in range(1, 13)] == [
        calendar.monthrange(year, month)[1] for year in range(1896, 2405) for month in range(1, 13)]
    assert (month_length(2024, 2), month_length(2100, 2), month_length(2000, 2), month_length(9999, 12)) == (29, 28, 29, 31)
