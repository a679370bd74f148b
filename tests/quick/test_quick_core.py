"""The quick way's core (quick/data_file.py, quick/form.py): the store's own names, its lock, and
the modules a quick command imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import threading
import time
from pathlib import Path

import pytest

from resilience_tui import quick
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.records import now_local
from resilience_tui.quick import data_file, names
from resilience_tui.quick.form import read_form
from resilience_tui.quick.outcome import Saved
from resilience_tui.store import codec, tables
from resilience_tui.store.areas import AREAS
from resilience_tui.store.lock import FileLock
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
# What a quick command must not import: each costs it milliseconds, or is the full way itself.
HEAVY = ("typing", "pathlib", "argparse", "dataclasses", "inspect", "tinydb", "platformdirs", "textual",
         "resilience_tui.command_line", "resilience_tui.store.store", "resilience_tui.store.datafile",
         "resilience_tui.domain.checkin", "resilience_tui.domain.journal", "resilience_tui.domain.goal",
         "resilience_tui.domain.application")


def test_the_names_it_uses_are_the_stores(data_dir):
    assert names.KEYS_FILE == codec.KEYS_FILE
    assert (names.META_TABLE, names.RECORDS_TABLE) == (tables.META_TABLE, tables.RECORDS_TABLE)
    assert names.VERSIONS == {name: AREAS[name].version for name in names.VERSIONS}
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local()))
    assert (data_dir / names.LOCKS_DIR / "checkins.lock").is_file()


def test_a_form_is_read_as_argparse_reads_it():
    form = read_form(["--data-dir=/x", "checkin", "3", "--note=a b"])
    assert form is not None and (form.folder, form.command, form.words, form.options) == ("/x", "checkin", ["3"], {"--note": "a b"})
    form = read_form(["goal", "add", "Ship it"])
    assert form is not None and (form.folder, form.command, form.words) == (None, "goal add", ["Ship it"])
    assert read_form(["goal"]) is None and read_form([]) is None and read_form(["--data-dir"]) is None
    assert read_form(["stats"]) is None and read_form(["--version"]) is None


def test_it_waits_for_another_window_holding_the_lock(data_dir):
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local()))
    held = threading.Event()

    def hold() -> None:
        with FileLock(data_dir / ".locks" / "checkins.lock"):
            held.set()
            time.sleep(0.4)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    started = time.monotonic()
    assert quick.run(["--data-dir", str(data_dir), "checkin", "5"]) == 0
    waited = time.monotonic() - started
    holder.join()
    assert waited >= 0.3
    stored = json.loads((data_dir / "checkins" / f"{now_local().year}.json").read_text())["_default"]
    assert sorted(doc["mood"] for doc in stored.values()) == [4, 5]


def test_a_quick_check_in_imports_nothing_heavy(data_dir):
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local()))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"]])}
    done = subprocess.run([sys.executable, "-S", "-X", "importtime", "-c",
                           "import sys; from resilience_tui.cli import main; sys.exit(main(sys.argv[1:]))",
                           "--data-dir", str(data_dir), "checkin", "3", "--note", "quick"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("Saved: ▄ okay at ")
    modules = {line.rpartition("|")[2].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "resilience_tui.quick.data_file" in modules  # the listing works
    assert sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)) == []


def test_an_error_before_saving_goes_the_full_way(data_dir, monkeypatch):
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local()))

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data_file, "write_bytes_atomic", broken)
    assert quick.run(["--data-dir", str(data_dir), "checkin", "3"]) is None
    assert Saved.done is False


@pytest.mark.parametrize("error, said", [
    (KeyboardInterrupt, "resilience: stopped before finishing. Anything already confirmed as saved is kept.\n"),
    (ValueError, "resilience: it is saved, but something went wrong while confirming it (ValueError).\n"),
])
def test_an_error_after_saving_says_it_is_saved_and_never_saves_twice(data_dir, monkeypatch, capsys, error, said):
    Store(data_dir).checkins.add(CheckIn(mood=4, at=now_local()))
    from resilience_tui.quick import checkin

    def failing(*_: object) -> None:
        raise error

    monkeypatch.setattr(checkin, "visible", failing)
    assert quick.run(["--data-dir", str(data_dir), "checkin", "3"]) == 1
    assert capsys.readouterr().err == said
    assert sorted(c.mood for c in Store(data_dir).checkins.all()) == [3, 4]


@pytest.mark.parametrize("args", [["checkin", "3"]])
def test_a_folder_that_is_not_there_goes_the_full_way(tmp_path, args):
    assert quick.run(["--data-dir", str(tmp_path / "missing"), *args]) is None
    assert not (tmp_path / "missing").exists()
