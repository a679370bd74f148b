"""`goal list`, `checkin` and `export` in a synced data folder: they see the merged records and say so once."""

from __future__ import annotations

import json

from resilience_tui.cli import main
from tests.store.test_sync_conflicts import DROPBOX, SYNCTHING, goal, tables, two_sides, write


def test_goal_list_shows_the_merged_goals_and_says_what_was_merged(data_dir, capsys):
    ours, theirs, _ = two_sides(goal, "goals")
    write(data_dir / "goals.json", ours)
    write(data_dir / DROPBOX.format(stem="goals"), theirs)

    assert main(["goal", "list"]) == 0

    out, err = capsys.readouterr()
    listed = [line.strip().split("  ")[0] for line in out.splitlines() if line.startswith("  ")]
    assert sorted(listed) == ["A", "B here", "C there", "D here", "D there (from another device)", "new-here",
                              "new-there"]
    assert err.splitlines() == [
        "resilience: Your goals had a copy from another device (Dropbox). They are merged: 1 goal was changed on "
        'both devices, so both versions are kept; look for "(from another device)". The copy is kept in '
        "backups/merged."
    ]
    assert main(["goal", "list"]) == 0  # merged once: the next command has nothing to say
    assert capsys.readouterr().err == ""


def test_json_export_holds_the_merged_records(data_dir, tmp_path, capsys):
    write(data_dir / "goals.json", tables("goals", [goal("here")]))
    write(data_dir / SYNCTHING.format(stem="goals"), tables("goals", [goal("there")]))
    out = tmp_path / "export.json"

    assert main(["export", "--format", "json", "--area", "goals", "--out", str(out)]) == 0

    records = json.loads(out.read_text())["areas"]["goals"]["records"]
    assert sorted(r["title"] for r in records) == ["here", "there"]
    assert "Your goals had a copy from another device (Syncthing)" in capsys.readouterr().err


def test_a_damaged_copy_is_reported_on_one_line_and_the_command_still_works(data_dir, capsys):
    write(data_dir / "goals.json", tables("goals", [goal("here")]))
    copy = data_dir / DROPBOX.format(stem="goals")
    copy.write_bytes(b"\x1b]52;c;aGk=\x07 not json")

    assert main(["goal", "list"]) == 0

    out, err = capsys.readouterr()
    assert "here" in out
    assert err.count("\n") == 1 and "\x1b" not in err
    assert err.startswith("resilience: A copy of your goals from another device (Dropbox) could not be read")
    assert copy.read_bytes() == b"\x1b]52;c;aGk=\x07 not json"
