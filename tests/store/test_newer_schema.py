"""A file written by a newer version of Resilience is left exactly as it is.

It is never moved aside or replaced with an empty one (that would fork the data):
the area is read-only for the run, nothing is written to it, the person is told
once to update Resilience, and a command that touches the area exits 1 with that line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.goal import Goal
from resilience_tui.store.errors import NewerFile, StoreError
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin, year_file

UPDATE_WORDS = "newer version of Resilience"


def write_newer(path: Path, area: str, doc: dict) -> bytes:
    data = json.dumps({"_default": {"1": doc}, "_meta": {"1": {"area": area, "schema_version": 99}},
                       "future_table": {"1": {"anything": True}}}).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def newer_goals(root: Path) -> bytes:
    return write_newer(root / "goals.json", "goals", dict(Goal("Walk").to_dict(), shiny_new_field=[1, 2]))


def everything_but_locks(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if ".locks" not in p.parts)


def test_the_area_is_read_only_and_the_file_untouched(data_dir: Path) -> None:
    data = newer_goals(data_dir)
    store = Store(data_dir)
    assert store.goals.all() == [] and store.goals.count() == 0
    (notice,) = store.problems
    assert notice.area == "goals" and notice.backup is None
    assert UPDATE_WORDS in notice.message and "Update Resilience" in notice.message
    assert "\n" not in notice.message

    with pytest.raises(NewerFile) as raised:
        store.goals.add(Goal("Run"))
    assert isinstance(raised.value, StoreError)
    assert UPDATE_WORDS in raised.value.message and "nothing was changed" in raised.value.message.lower()
    assert (data_dir / "goals.json").read_bytes() == data
    assert not list(data_dir.glob("goals.corrupt-*"))
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").rglob("goals*"))

    # Reading again, refreshing, or failing to save again does not repeat the notice.
    assert store.refresh() is False
    with pytest.raises(NewerFile):
        store.goals.add(Goal("Swim"))
    assert store.goals.all() == []
    assert len(store.problems) == 1
    assert store.restore_backup(notice) == 0
    assert (data_dir / "goals.json").read_bytes() == data

    # Other areas still work.
    checkin = store.checkins.add(make_checkin(1))
    assert Store(data_dir).checkins.get(checkin.id) == checkin


def test_reads_fail_when_the_store_is_opened_for_one_command(data_dir: Path) -> None:
    data = newer_goals(data_dir)
    store = Store(data_dir, newer_reads_fail=True)
    with pytest.raises(NewerFile) as raised:
        store.goals.all()
    assert UPDATE_WORDS in raised.value.message
    assert (data_dir / "goals.json").read_bytes() == data
    store.checkins.add(make_checkin(2))  # another area is unaffected


def test_one_year_of_a_yearly_area(data_dir: Path) -> None:
    path = year_file(data_dir, 2026)
    data = write_newer(path, "checkins", make_checkin(1).to_dict())
    store = Store(data_dir)
    older = store.checkins.add(make_checkin(2, year=2025))
    assert store.checkins.all() == [older]
    with pytest.raises(NewerFile):
        store.checkins.add(make_checkin(3, year=2026))
    assert path.read_bytes() == data
    assert [p.area for p in store.problems] == ["checkins"]
    assert sorted(p.name for p in path.parent.iterdir()) == ["2025.json", "2026.json"]


def test_goal_commands_exit_1_with_one_line_and_write_nothing(data_dir: Path, capsys) -> None:
    data = newer_goals(data_dir)
    before = everything_but_locks(data_dir)
    for command in (["goal", "list"], ["goal", "add", "Run a mile"]):
        assert main(command) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        (line,) = captured.err.splitlines()
        assert line.startswith("resilience: ") and UPDATE_WORDS in line and "Update Resilience" in line
        assert (data_dir / "goals.json").read_bytes() == data
        assert everything_but_locks(data_dir) == before

    assert main(["checkin", "4", "--at", "2026-03-01 09:00"]) == 0  # other areas still work
    capsys.readouterr()
    assert (data_dir / "goals.json").read_bytes() == data


async def test_the_app_opens_shows_the_notice_once_and_other_areas_work(data_dir: Path) -> None:
    from resilience_tui.ui.app import make_app
    from resilience_tui.ui.common.problem import ProblemModal
    from tests.ui.helpers import screen_text

    data = newer_goals(data_dir)
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ProblemModal)
        assert UPDATE_WORDS in screen_text(app)
        assert not app.screen.query("#restore")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemModal)
        app.store.checkins.add(make_checkin(5))
    assert (data_dir / "goals.json").read_bytes() == data
    assert len(Store(data_dir).checkins.all()) == 1
