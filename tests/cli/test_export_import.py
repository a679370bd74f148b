"""`resilience export` and `resilience import`: messages, exit codes, files, and what is stored."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path

from resilience_tui.cli import main
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.store.store import Store
from tests.cli.test_cli import run
from tests.store.helpers import make_checkin

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "jrnl" / "journal.json"
AT = datetime(2026, 11, 2, 21, 0, tzinfo=timezone.utc)


def some_data(folder: Path) -> Store:
    store = Store(folder)
    store.checkins.add(make_checkin(1, note="[bold]hi[/]"))
    store.journal.add(JournalEntry(body="# A win\nkept", at=AT, kind="win", created_at=AT, updated_at=AT))
    return store


def test_json_export_then_import_elsewhere(data_dir, tmp_path, capsys, monkeypatch):
    some_data(data_dir)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    [written] = list(tmp_path.glob("resilience-export-*.json"))
    assert out.startswith(f"Exported to {written}") and "readable by you only" in out
    assert written.stat().st_mode & 0o777 == 0o600
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(written)]) == 0
    assert capsys.readouterr().out.startswith(f"Imported {written.name}: ")
    assert [c.note for c in Store(other).checkins.all()] == ["[bold]hi[/]"]
    assert [e.heading for e in Store(other).journal.all()] == ["A win"]
    assert main(["--data-dir", str(other), "import", str(written)]) == 0
    assert "Nothing new" in capsys.readouterr().out


def test_markdown_and_html_into_a_folder_with_only_some_areas(data_dir, tmp_path, capsys):
    some_data(data_dir)
    assert main(["export", "--format", "html", "--area", "journal", "--area", "checkins", "--out", str(tmp_path / "x")]) == 0
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["checkins.html", "journal.html"]
    assert "2 files" in capsys.readouterr().out
    assert main(["export", "--format", "markdown", "--area", "journal", "--out", str(tmp_path / "j.md")]) == 0
    assert (tmp_path / "j.md").read_text().startswith("# Journal")


def test_bad_export_requests_exit_2_and_write_nothing(data_dir, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--format", "markdown", "--area", "dreams"]) == 2
    assert "There is no area called 'dreams'" in capsys.readouterr().err
    assert main(["export", "--format", "html", "--area", "settings"]) == 2
    assert list(tmp_path.glob("resilience-export-*")) == []


def test_an_existing_file_is_not_overwritten(data_dir, tmp_path, capsys):
    target = tmp_path / "mine.json"
    target.write_text("keep")
    assert main(["export", "--format", "json", "--out", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "keep"


def test_import_refuses_another_shape_with_one_clear_line(data_dir, tmp_path, capsys):
    some_data(data_dir)
    before = {p: p.read_bytes() for p in data_dir.rglob("*.json")}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"hello": "world"}))
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("resilience import: ") and "is not a Resilience export" in err and err.count("\n") == 1
    assert main(["import", str(tmp_path / "missing.json")]) == 1
    assert "There is no file at" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in data_dir.rglob("*.json")} == before


def test_import_from_jrnl(data_dir, capsys):
    assert main(["import", "--from", "jrnl", str(FIXTURE)]) == 0
    assert capsys.readouterr().out == "Imported journal.json: 3 journal entries added.\n"
    assert main(["import", str(FIXTURE)]) == 1
    assert "resilience import --from jrnl" in capsys.readouterr().err


def test_help_lists_the_new_commands():
    helped = run("--help")
    assert "export" in helped.stdout and "import" in helped.stdout
    export_help = run("export", "--help")
    assert "--format {markdown,html,json}" in export_help.stdout and "--area AREA" in export_help.stdout
    missing = run("export")
    assert missing.returncode == 2 and "--format" in missing.stderr


def test_export_from_a_real_process_reads_the_environment_folder(data_dir, tmp_path):
    some_data(data_dir)
    result = subprocess_run_in(tmp_path, "export", "--format", "json", "--out", str(tmp_path / "e.json"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "e.json").read_text())["areas"]["journal"]["records"][0]["body"] == "# A win\nkept"


def subprocess_run_in(folder: Path, *args: str):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "resilience_tui", *args], capture_output=True, text=True,
                          env=dict(os.environ), cwd=folder, timeout=60)
