"""`resilience export --out a/b/file`: the folders it makes on the way are 0700 whatever the umask."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from resilience_tui.cli import main
from tests.cli.test_export_import import some_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.parametrize("fmt, target", [("json", "a/b/c/export.json"), ("markdown", "a/b/c/notes")])
def test_folders_made_for_an_export_are_private_and_existing_ones_untouched(data_dir, tmp_path, monkeypatch,
                                                                          capsys, fmt, target):
    some_data(data_dir)
    (tmp_path / "a").mkdir()
    os.chmod(tmp_path / "a", 0o751)
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o022)
    try:
        assert main(["export", "--format", fmt, "--out", target]) == 0
    finally:
        os.umask(old)
    assert "Exported to" in capsys.readouterr().out
    assert mode(tmp_path / "a") == 0o751
    assert mode(tmp_path / "a" / "b") == 0o700
    assert mode(tmp_path / "a" / "b" / "c") == 0o700
    assert (tmp_path / target).exists()


def test_an_export_folder_where_a_file_is_fails_and_leaves_the_file_alone(data_dir, tmp_path, monkeypatch, capsys):
    some_data(data_dir)
    (tmp_path / "a").write_text("mine")
    os.chmod(tmp_path / "a", 0o644)
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--format", "json", "--out", "a/export.json"]) == 1
    assert "could not be" in capsys.readouterr().err
    assert mode(tmp_path / "a") == 0o644 and (tmp_path / "a").read_text() == "mine"
