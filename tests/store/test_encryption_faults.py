"""A conversion stopped at any point (an error, a kill -9) leaves a folder that opens with nothing lost,
and after encryption no plain byte of the person's text is left in the folder."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from resilience_tui.domain.goal import Goal
from resilience_tui.store import conversion
from resilience_tui.store.conversion import encrypt_folder
from resilience_tui.store.keys import new_keys, read_keys, unlock
from resilience_tui.store.store import Store
from tests.store.crypt_helpers import PASSPHRASE, TINY_KDF, encrypt, files_holding, open_encrypted, tiny_kdf  # noqa: F401
from tests.store.helpers import make_checkin

ROOT = Path(__file__).resolve().parents[2]
MARKER = "QUIET-MARKER-7f3a"


def _fill(root: Path) -> dict[str, set[str]]:
    """Several areas and years, backups of two days, a moved-aside file, a conflict copy, a crash report."""
    first = Store(root, today=lambda: date(2026, 3, 1))
    for i in range(8):
        first.checkins.add(make_checkin(i, year=2024 + i % 3, note=f"{MARKER} check-in {i}"))
    first.goals.add(Goal(title=f"{MARKER} goal"))
    second = Store(root, today=lambda: date(2026, 3, 2))
    second.goals.add(Goal(title=f"{MARKER} second goal"))
    second.checkins.add(make_checkin(20, year=2026, note=f"{MARKER} day two"))
    (root / "goals.corrupt-20260301T120000.json").write_text(f'{{"broken": "{MARKER}', encoding="utf-8")
    (root / "goals.sync-conflict-20260301-120000-ABCDEFG.json").write_bytes((root / "goals.json").read_bytes())
    from resilience_tui.store.crash_report import write_crash_report

    try:
        raise RuntimeError(MARKER)
    except RuntimeError as error:
        assert write_crash_report(root, error, "a test") is not None
    opened = Store(root)
    return {"checkins": {c.id for c in opened.checkins.all()}, "goals": {g.id for g in opened.goals.all()}}


def _ids(store: Store) -> dict[str, set[str]]:
    return {"checkins": {c.id for c in store.checkins.all()}, "goals": {g.id for g in store.goals.all()}}


def _opens_with_everything(root: Path, expected: dict[str, set[str]]) -> None:
    store = open_encrypted(root) if (root / "keys.json").exists() else Store(root)
    assert _ids(store) == expected
    assert [p for p in store.problems if "corrupt" not in str(p.path)] == []


def test_no_plain_byte_of_the_marker_is_left_after_encrypt(data_dir: Path) -> None:
    expected = _fill(data_dir)
    assert len(files_holding(data_dir, MARKER.encode())) >= 6  # the scan sees them while they are plain
    unlocked, _ = encrypt(data_dir)
    assert files_holding(data_dir, MARKER.encode()) == []
    store = open_encrypted(data_dir)
    store.goals.add(Goal(title=f"{MARKER} while encrypted"))
    store.checkins.add(make_checkin(30, note=f"{MARKER} while encrypted"))
    assert files_holding(data_dir, MARKER.encode()) == []
    expected["goals"] |= {g.id for g in store.goals.all()}
    expected["checkins"] |= {c.id for c in store.checkins.all()}
    _opens_with_everything(data_dir, expected)


def test_a_conversion_stopped_at_each_write_opens_and_finishes(data_dir: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _fill(data_dir)
    import shutil

    template = tmp_path / "template"
    shutil.copytree(data_dir, template)
    writes = sum(1 for _ in conversion.data_files(data_dir)) + 2  # each file, and keys.json twice
    real = conversion.write_bytes_atomic
    for stop_at in range(writes):
        folder = tmp_path / f"round-{stop_at}"
        shutil.copytree(template, folder)
        calls = [0]

        def failing(path: Path, data: bytes, calls: list[int] = calls, stop_at: int = stop_at) -> None:
            calls[0] += 1
            if calls[0] > stop_at:
                raise OSError(28, "No space left on device")
            real(path, data)

        monkeypatch.setattr(conversion, "write_bytes_atomic", failing)
        monkeypatch.setattr("resilience_tui.store.keys.write_bytes_atomic", failing)
        unlocked, _ = new_keys(PASSPHRASE)
        with pytest.raises(OSError):
            encrypt_folder(folder, unlocked)
        monkeypatch.undo()
        monkeypatch.setattr("resilience_tui.store.keys.KDF", TINY_KDF)
        _opens_with_everything(folder, expected)
        if (folder / "keys.json").exists():  # running encrypt again finishes the conversion
            encrypt_folder(folder, unlock(read_keys(folder), PASSPHRASE))
            assert files_holding(folder, MARKER.encode()) == []
            _opens_with_everything(folder, expected)


_ENCRYPTER = f"""
import sys
from pathlib import Path
from resilience_tui.store import keys
keys.KDF = {TINY_KDF!r}
from resilience_tui.store.conversion import encrypt_folder
unlocked, _ = keys.new_keys(sys.argv[2])
print("ready", flush=True)
encrypt_folder(Path(sys.argv[1]), unlocked)
"""


def test_kill_9_at_random_points_of_encrypt_loses_nothing(data_dir: Path, tmp_path: Path) -> None:
    import shutil

    expected = _fill(data_dir)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(16)
    # How long a whole conversion takes on this machine (after "ready"): the kills are spread
    # over that time and a little past it, so that they land at different points however fast it is.
    whole = tmp_path / "whole"
    shutil.copytree(data_dir, whole)
    run = subprocess.Popen([sys.executable, "-c", _ENCRYPTER, str(whole), PASSPHRASE], stdout=subprocess.PIPE, env=env)
    assert run.stdout is not None and run.stdout.readline().strip() == b"ready"
    began = time.monotonic()
    run.wait(timeout=60)
    took = time.monotonic() - began
    outcomes = set()
    for round_number in range(12):
        folder = tmp_path / f"kill-{round_number}"
        shutil.copytree(data_dir, folder)
        run = subprocess.Popen([sys.executable, "-c", _ENCRYPTER, str(folder), PASSPHRASE], stdout=subprocess.PIPE,
                               env=env)
        assert run.stdout is not None and run.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0, took * 1.2))
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        _opens_with_everything(folder, expected)
        outcomes.add(read_keys(folder).state if (folder / "keys.json").exists() else "plain")
    assert len(outcomes) >= 2, outcomes  # the kills landed at different points of the conversion
