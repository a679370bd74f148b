"""`resilience import`: what is not a file, or too big, is refused in one line; big imports show progress;
a full disk half way says which areas landed."""

from __future__ import annotations

import errno
import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.commands import import_data
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.export import import_source
from resilience_tui.export.json import export_data
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin, patch_file_ops

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)


def exported(tmp_path: Path) -> Path:
    source = Store(tmp_path / "source")
    source.checkins.add(make_checkin(1))
    source.journal.add(JournalEntry(body="kept", at=NOW, created_at=NOW, updated_at=NOW))
    path = tmp_path / "all.json"
    path.write_text(json.dumps(export_data(source, now=NOW)))
    return path


def one_line_refusal(capsys, code: int) -> str:
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder"])
def test_what_is_not_a_plain_file_is_refused_in_one_line(tmp_path, data_dir, capsys, kind):
    if kind == "dev-zero":
        path = Path("/dev/zero")
    elif kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)  # opening it to read would wait for a writer forever
    else:
        path = tmp_path / "folder"
        path.mkdir()
    err = one_line_refusal(capsys, main(["import", str(path)]))
    expected = "is a folder" if kind == "folder" else "is not a plain file"
    assert expected in err and "Nothing was changed" in err
    assert not data_dir.exists()  # refused before the data folder was even opened


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, data_dir, capsys, monkeypatch):
    path = exported(tmp_path)
    monkeypatch.setattr(import_source, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    err = one_line_refusal(capsys, main(["import", str(path)]))
    assert "larger than" in err and "Nothing was changed" in err
    assert not data_dir.exists()


def test_nesting_100000_deep_is_refused_in_one_line(tmp_path, data_dir, capsys):
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    err = one_line_refusal(capsys, main(["import", str(path)]))
    assert "nested" in err and not data_dir.exists()


def test_a_big_import_shows_a_few_lines_of_progress(tmp_path, data_dir, capsys, monkeypatch):
    path = exported(tmp_path)
    monkeypatch.setattr(import_data, "PROGRESS_BYTES", 1)  # this small file counts as big
    assert main(["import", str(path)]) == 0
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0].startswith("resilience import: Reading all.json (") and lines[0].endswith(" KB)")
    assert "resilience import: Adding Check-ins" in lines and "resilience import: Adding Journal" in lines
    from resilience_tui.store.areas import AREAS

    assert len(lines) <= len(AREAS) + 2  # a line for reading and one an area at most, never one per record
    assert captured.out.startswith("Imported all.json: 1 check-in added, 1 journal entry added")


def test_a_small_import_into_a_pipe_prints_no_progress(tmp_path, capsys):
    assert main(["import", str(exported(tmp_path))]) == 0
    assert capsys.readouterr().err == ""


def test_a_full_disk_half_way_names_the_areas_that_landed(tmp_path, data_dir, capsys, monkeypatch):
    path = exported(tmp_path)
    Store(data_dir)  # the folder exists; the import's own writes are what fail
    calls: list[int] = []
    disk_full = [True]

    def write(fd: int, data) -> int:
        calls.append(1)
        if disk_full[0] and len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return os.write(fd, data)

    patch_file_ops(monkeypatch, write=write)
    err = one_line_refusal(capsys, main(["import", str(path)]))
    assert err.startswith("resilience import: Check-ins were imported; journal entries were not, because the disk is full.")
    disk_full[0] = False  # space was freed
    assert main(["import", str(path)]) == 0
    assert "1 journal entry added" in capsys.readouterr().out
    assert Store(data_dir).checkins.count() == 1 and Store(data_dir).journal.count() == 1
