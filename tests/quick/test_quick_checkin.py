"""`resilience checkin` the quick way (quick/checkin.py): what it saves and prints is what the full
command saves and prints, and whatever it cannot be sure of goes the full way untouched."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui import quick
from resilience_tui.cli import main
from resilience_tui.command_line import main as full_main
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.records import now_local
from resilience_tui.store.store import Store

HOSTILE = ["[bold]rough[/] day", "\x1b]52;c;aGVsbG8=\x07 clipboard", "😔 long day", "שלום עולם", "\u202eevil",
           "tab\there", "line\nbreak", "", "   ", "x" * 5000]


def year_file(folder: Path) -> Path:
    return folder / "checkins" / f"{now_local().year}.json"


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A data folder with this year's check-ins file, as the store made it."""
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local(), note="the first one"))
    return data_dir


def newest(folder: Path) -> dict:
    table = json.loads(year_file(folder).read_text())["_default"]
    return table[max(table, key=int)]


def comparable(doc: dict) -> dict:
    return {key: value for key, value in doc.items() if key not in ("id", "at", "created_at", "updated_at", "edits")}


def without_time(text: str) -> str:
    return re.sub(r"\d\d:\d\d", "HH:MM", text)


def both_ways(folder: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[tuple, tuple]:
    """`args` run as the command line runs them (quick when it can), and the full way, on two copies of `folder`."""
    other = folder.parent / "other"
    shutil.rmtree(other, ignore_errors=True)
    shutil.copytree(folder, other)
    results = []
    for where, run in ((folder, main), (other, full_main)):
        code = run(["--data-dir", str(where), *args])
        out, err = capsys.readouterr()
        results.append((code, without_time(out), without_time(err), comparable(newest(where))))
    return results[0], results[1]


def test_a_plain_check_in_is_taken_the_quick_way_and_read_back_by_the_store(folder, capsys):
    assert quick.run(["--data-dir", str(folder), "checkin", "2", "--note", "[bold]rough[/] day 😔"]) == 0
    assert re.fullmatch(r"Saved: ▂ low at \w{3} \d\d \w{3} \d\d:\d\d\. Thank you for checking in\.\n", capsys.readouterr().out)
    doc = newest(folder)
    assert doc["revision"] == 1 and len(doc["edits"]) == 1
    [saved] = [c for c in Store(folder).checkins.all() if c.id == doc["id"]]
    assert (saved.mood, saved.note, saved.energy, saved.emotions, saved.tags) == (2, "[bold]rough[/] day 😔", None, (), ())


@pytest.mark.parametrize("note", HOSTILE)
def test_quick_and_full_save_and_print_the_same(folder, capsys, note):
    mine, full = both_ways(folder, ["checkin", "3", "--note", note], capsys)
    assert mine == full
    assert mine[0] == 0 and mine[3]["note"] == note


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mood=st.sampled_from(["1", "2", "3", "4", "5", "0", "6", " 3", "okay"]), note=st.text(max_size=80))
def test_any_note_and_mood_end_as_the_full_command_ends(folder, capsys, mood, note):
    mine, full = both_ways(folder, ["checkin", mood, f"--note={note}"], capsys)
    assert mine == full


def test_the_first_save_of_the_day_keeps_a_backup_of_the_file_as_it_was(folder):
    before = year_file(folder).read_bytes()
    backup = folder / "backups" / now_local().date().isoformat() / "checkins" / year_file(folder).name
    shutil.rmtree(folder / "backups", ignore_errors=True)
    assert quick.run(["--data-dir", str(folder), "checkin", "3"]) == 0
    assert backup.read_bytes() == before
    assert quick.run(["--data-dir", str(folder), "checkin", "4"]) == 0
    assert backup.read_bytes() == before  # the day's backup is the file as it was before the day's first save
    assert backup.stat().st_mode & 0o777 == 0o600 and backup.parent.stat().st_mode & 0o777 == 0o700


def test_backups_keep_fourteen_days(folder):
    shutil.rmtree(folder / "backups", ignore_errors=True)
    for day in range(1, 17):
        (folder / "backups" / f"2020-01-{day:02d}").mkdir(parents=True)
    assert quick.run(["--data-dir", str(folder), "checkin", "3"]) == 0
    days = sorted(p.name for p in (folder / "backups").iterdir())
    assert len(days) == 14 and days[-1] == now_local().date().isoformat() and days[0] == "2020-01-04"


def _damage(kind: str, folder: Path) -> None:
    path = year_file(folder)
    if kind == "encrypted":
        (folder / "keys.json").write_text("{}")
    elif kind == "no year file":
        path.unlink()
    elif kind == "newer":
        tables = json.loads(path.read_text())
        tables["_meta"]["1"]["schema_version"] = 99
        path.write_text(json.dumps(tables))
    elif kind == "damaged":
        path.write_text('{"_default": {"1": ')
    elif kind == "not ours":
        path.write_text('{"_default": {"x": 1}, "_meta": {"1": {"area": "checkins", "schema_version": 1}}}')
    elif kind == "unknown table":
        tables = json.loads(path.read_text())
        tables["extras"] = {}
        path.write_text(json.dumps(tables))
    elif kind == "conflict copy":
        shutil.copy(path, path.with_name(f"{path.stem}.sync-conflict-20261130-120000-ABCDEFG.json"))
    elif kind == "linked file":
        moved = folder / "elsewhere.json"
        path.rename(moved)
        path.symlink_to(moved)
    elif kind == "backup in the way":
        shutil.rmtree(folder / "backups", ignore_errors=True)
        (folder / "backups").mkdir()
        (folder / "backups" / now_local().date().isoformat()).write_text("mine")
    elif kind == "lock folder linked":
        shutil.rmtree(folder / ".locks", ignore_errors=True)
        (folder / "elsewhere").mkdir()
        (folder / ".locks").symlink_to(folder / "elsewhere")


DAMAGE = ["encrypted", "no year file", "newer", "damaged", "not ours", "unknown table", "conflict copy", "linked file",
          "backup in the way", "lock folder linked"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_what_the_quick_way_cannot_be_sure_of_it_leaves_untouched(folder, kind):
    _damage(kind, folder)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}
    assert quick.run(["--data-dir", str(folder), "checkin", "3", "--note", "kept"]) is None
    after = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}
    assert after == before


@pytest.mark.parametrize("args", [
    ["checkin", "3", "--energy", "2"], ["checkin", "3", "--note", "-x"], ["checkin", "--note", "hi", "3"],
    ["checkin", "3", "--no", "hi"], ["checkin", "3", "--note", "a", "--note", "b"], ["checkin", "3", "--", "x"],
    ["checkin", "3", "--help"], ["checkin"], ["checkin", "3", "4"], ["checkin", "3", "--at", "yesterday"],
    ["--force", "checkin", "3"], ["checkin", "3", "--passphrase-file", "p"],
])
def test_forms_other_than_the_plain_ones_go_the_full_way(folder, args):
    before = year_file(folder).read_bytes()
    assert quick.run(["--data-dir", str(folder), *args]) is None
    assert year_file(folder).read_bytes() == before


def test_an_empty_data_dir_goes_the_full_way_and_is_refused(folder, capsys):
    assert quick.run(["--data-dir", "", "checkin", "3"]) is None
    assert main(["--data-dir", "", "checkin", "3"]) == 2
    assert "--data-dir needs a folder" in capsys.readouterr().err


def test_a_file_with_a_deleted_record_keeps_its_tombstone(folder):
    store = Store(folder)
    gone = store.checkins.add(CheckIn(mood=1, at=now_local(), note="deleted later"))
    store.checkins.delete(gone.id)
    meta = json.loads(year_file(folder).read_text())["_meta"]
    assert gone.id in json.dumps(meta)  # the store keeps a tombstone of it
    assert quick.run(["--data-dir", str(folder), "checkin", "5"]) == 0
    assert json.loads(year_file(folder).read_text())["_meta"] == meta
    assert sorted(c.mood for c in Store(folder).checkins.all()) == [4, 5]
