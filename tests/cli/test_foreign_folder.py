"""A folder that holds other files and nothing of Resilience's is refused unless --force is given;
either way, files Resilience did not make keep their names, contents, modes and run bits."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.store.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

SCRIPT = b"#!/bin/sh\necho hello\n"


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | None]]:
    """Every entry under `folder` (and the folder itself): its mode and, for files, its bytes."""
    entries = {".": (stat.S_IMODE(folder.lstat().st_mode), None)}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        entries[path.relative_to(folder).as_posix()] = (
            stat.S_IMODE(info.st_mode), path.read_bytes() if stat.S_ISREG(info.st_mode) else None)
    return entries


def foreign_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "projects"
    (folder / "sub").mkdir(parents=True)
    os.chmod(folder, 0o755)
    os.chmod(folder / "sub", 0o775)
    (folder / "run.sh").write_bytes(SCRIPT)
    os.chmod(folder / "run.sh", 0o755)
    (folder / "sub" / "notes.txt").write_text("my notes")
    os.chmod(folder / "sub" / "notes.txt", 0o664)
    (folder / ".x.tmp-99999999-ab").write_text("not a temp file of Resilience's")
    os.chmod(folder / ".x.tmp-99999999-ab", 0o644)
    return folder


def test_a_foreign_folder_is_refused_and_left_exactly_as_it_was(tmp_path: Path, capsys) -> None:
    folder = foreign_folder(tmp_path)
    before = snapshot(folder)

    assert main(["--data-dir", str(folder), "goal", "list"]) == 1

    err = capsys.readouterr().err
    assert err.startswith(f"resilience: {folder} holds other files; choose an empty folder or one Resilience made")
    assert err.count("\n") == 1 and "--force" in err
    assert snapshot(folder) == before


def test_with_force_it_is_used_and_the_other_files_stay_untouched(tmp_path: Path, capsys) -> None:
    folder = foreign_folder(tmp_path)
    before = snapshot(folder)

    assert main(["--force", "--data-dir", str(folder), "goal", "add", "Walk every morning"]) == 0
    assert main(["--force", "--data-dir", str(folder), "goal", "list"]) == 0
    assert "Walk every morning" in capsys.readouterr().out

    after = snapshot(folder)
    for name in ("run.sh", "sub", "sub/notes.txt", ".x.tmp-99999999-ab"):
        assert after[name] == before[name], name
    assert [goal.title for goal in Store(folder).goals.all()] == ["Walk every morning"]
    assert stat.S_IMODE((folder / "goals.json").stat().st_mode) == 0o600
    # It now holds Resilience's files, so it is used without --force from here on.
    assert main(["--data-dir", str(folder), "goal", "list"]) == 0
    assert snapshot(folder)["run.sh"] == before["run.sh"]


def test_a_folder_of_ours_with_a_script_in_it_keeps_the_scripts_mode(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "goal", "add", "Apply to three roles"]) == 0
    (folder / "backup.sh").write_bytes(SCRIPT)
    os.chmod(folder / "backup.sh", 0o755)
    os.chmod(folder / "goals.json", 0o644)  # one of ours, loosened: fixed at the next start

    assert main(["--data-dir", str(folder), "goal", "list"]) == 0

    assert "Apply to three roles" in capsys.readouterr().out
    assert stat.S_IMODE((folder / "backup.sh").stat().st_mode) == 0o755
    assert (folder / "backup.sh").read_bytes() == SCRIPT
    assert stat.S_IMODE((folder / "goals.json").stat().st_mode) == 0o600


def test_the_app_says_so_before_it_opens(tmp_path: Path, capsys, monkeypatch) -> None:
    from resilience_tui.ui.app import ResilienceApp

    monkeypatch.setattr(ResilienceApp, "run", lambda self: pytest.fail("the app opened"))
    folder = foreign_folder(tmp_path)
    before = snapshot(folder)

    assert main(["--data-dir", str(folder)]) == 1

    assert capsys.readouterr().err.startswith(f"resilience: {folder} holds other files; choose an empty folder")
    assert snapshot(folder) == before
