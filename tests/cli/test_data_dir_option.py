"""`--data-dir ""` is bad usage: exit 2, one line saying so, nothing written, nothing opened."""

from __future__ import annotations

import pytest

from resilience_tui import command_line as cli
from resilience_tui.cli import main


@pytest.mark.parametrize("args", [
    ["--data-dir", ""],
    ["--data-dir", "  "],
    ["--data-dir=", "checkin", "3"],
    ["--data-dir", "", "export", "--format", "json"],
])
def test_an_empty_data_dir_is_bad_usage(data_dir, tmp_path, capsys, monkeypatch, args):
    opened: list[object] = []
    monkeypatch.setattr(cli, "_run_app", lambda context, **_: opened.append(context.folder) or 0)
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err == "resilience: --data-dir needs a folder; it was given an empty one (see resilience --help)\n"
    assert captured.out == ""
    assert opened == []
    assert not data_dir.exists()
    assert sorted(tmp_path.rglob("*")) == before
