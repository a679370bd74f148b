"""Every command, and the app launch, fails with one plain line and exit code 1: never a traceback."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.commands import goal, locate
from resilience_tui.commands.context import describe_os_error
from resilience_tui.store.errors import StoreBusy
from resilience_tui.store.store import Store
from tests.cli.deny import deny_writes_under

ROOT = Path(__file__).resolve().parents[2]

# Commands that open the store, each with arguments that are otherwise valid.
STORE_COMMANDS = [
    pytest.param(["checkin", "3"], id="checkin"),
    pytest.param(["goal", "add", "Finish one module of the SQL course"], id="goal-add"),
    pytest.param(["goal", "list"], id="goal-list"),
    pytest.param(["export", "--format", "json"], id="export"),
    # import reads and checks its file before it opens the store, so the file must be a real one
    pytest.param(["import", "--from", "jrnl", str(ROOT / "tests" / "fixtures" / "jrnl" / "journal.json")], id="import"),
    pytest.param([], id="app"),
]


def _one_line_failure(code: int, err: str) -> str:
    assert code == 1, err
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert err.startswith("resilience: ")
    return err


def _run(*args: str, module: str = "resilience_tui") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, stdin=subprocess.DEVNULL, timeout=60)


@pytest.fixture
def under_a_file(tmp_path: Path) -> Path:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    return blocker / "data"


@pytest.mark.parametrize("args", STORE_COMMANDS)
def test_a_data_folder_under_a_file(under_a_file, capsys, args):
    err = _one_line_failure(main(["--data-dir", str(under_a_file), *args]), capsys.readouterr().err)
    assert f"the data folder {under_a_file} could not be used: part of that path is a file, not a folder." in err
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("args", STORE_COMMANDS)
def test_a_data_folder_under_a_file_from_the_environment(under_a_file, monkeypatch, capsys, args):
    monkeypatch.setenv("RESILIENCE_TUI_DATA_DIR", str(under_a_file))
    err = _one_line_failure(main(args), capsys.readouterr().err)
    assert str(under_a_file) in err


@pytest.mark.parametrize("args", STORE_COMMANDS)
def test_a_data_folder_that_cannot_be_created(tmp_path, monkeypatch, capsys, args):
    folder = tmp_path / "locked" / "data"
    deny_writes_under(tmp_path / "locked", monkeypatch)
    err = _one_line_failure(main(["--data-dir", str(folder), *args]), capsys.readouterr().err)
    assert "not allowed to read or write there" in err
    assert not folder.exists()


# (The app opens on such a folder and says so when a save fails, so it is not in this list.)
@pytest.mark.parametrize("args", [a for a in STORE_COMMANDS if a.id in ("checkin", "goal-add")])
def test_an_existing_data_folder_that_cannot_be_written(tmp_path, monkeypatch, capsys, args):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    deny_writes_under(folder, monkeypatch)
    err = _one_line_failure(main(["--data-dir", str(folder), *args]), capsys.readouterr().err)
    assert "not allowed to read or write there" in err or "does not allow writing" in err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_for_real(tmp_path, capsys):
    parent = tmp_path / "read-only"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        err = _one_line_failure(main(["--data-dir", str(parent / "data"), "checkin", "3"]), capsys.readouterr().err)
    finally:
        parent.chmod(0o700)
    assert "not allowed" in err


def test_bad_usage_is_refused_before_the_folder_is_touched(under_a_file, capsys):
    assert main(["--data-dir", str(under_a_file), "checkin", "9"]) == 2
    assert "mood must be a whole number" in capsys.readouterr().err
    assert main(["--data-dir", str(under_a_file), "goal", "list", "--column", "someday"]) == 2


def test_locate_never_opens_the_store(under_a_file, capsys):
    assert main(["--data-dir", str(under_a_file), "locate"]) == 0
    assert capsys.readouterr().out.strip() == str(under_a_file)


def test_the_demo_command_into_a_path_under_a_file(under_a_file, capsys):
    err = _one_line_failure(main(["demo", str(under_a_file)]), capsys.readouterr().err)
    assert f"{under_a_file} could not be used: part of that path is a file" in err
    assert "--data-dir" not in err  # the demo folder is not the data folder


def test_a_store_error_is_its_message(monkeypatch, capsys):
    def busy(_context):
        raise StoreBusy("another window held the data folder for too long. Try again in a moment.")

    monkeypatch.setattr(goal, "run", busy)
    err = _one_line_failure(main(["goal", "list"]), capsys.readouterr().err)
    assert err == "resilience: another window held the data folder for too long. Try again in a moment.\n"


def test_ctrl_c_is_one_line_and_exit_1(monkeypatch, capsys):
    def interrupted(_context):
        raise KeyboardInterrupt

    monkeypatch.setattr(locate, "run", interrupted)
    err = _one_line_failure(main(["locate"]), capsys.readouterr().err)
    assert "stopped" in err


def test_an_unexpected_error_is_one_line_naming_its_type_only(monkeypatch, capsys):
    def broken(_context):
        raise RuntimeError("the flux capacitor\nis out of alignment")

    monkeypatch.setattr(locate, "run", broken)
    err = _one_line_failure(main(["locate"]), capsys.readouterr().err)
    assert "something went wrong that should not have (RuntimeError)" in err
    assert "flux capacitor" not in err  # an error's text can quote what the person wrote


def test_the_store_opens_once_and_problems_are_told_once(data_dir, monkeypatch, capsys):
    opened: list[Path] = []
    real_init = Store.__init__

    def counting_init(self, root, *args, **kwargs):
        opened.append(Path(root))
        real_init(self, root, *args, **kwargs)

    monkeypatch.setattr(Store, "__init__", counting_init)
    Store(data_dir).goals.all()
    (data_dir / "goals.json").write_text("{not json")
    opened.clear()
    assert main(["goal", "add", "Call Sam"]) == 0
    assert opened == [data_dir]
    err = capsys.readouterr().err
    assert err.count("could not be read") == 1


@pytest.mark.parametrize(
    "error, expected",
    [
        (NotADirectoryError(errno.ENOTDIR, "Not a directory", "/x/data"), "the data folder /x/data could not be used: part"),
        (PermissionError(errno.EACCES, "Permission denied", "/x/data/.locks"), "/x/data/.locks could not be used: this user"),
        (OSError(errno.ENOSPC, "No space left on device"), "the data folder /x/data could not be used: the disk is full"),
        (OSError(errno.EROFS, "Read-only file system", "/x/data"), "could not be used: the disk is read-only."),
        (OSError(errno.EIO, "Input/output error", "/x/data/goals.json"), "/x/data/goals.json could not be used: Input/output error."),
    ],
)
def test_operating_system_errors_in_plain_words(error, expected):
    text = describe_os_error(error, Path("/x/data"))
    assert expected in text
    assert "\n" not in text and "Errno" not in text
    assert text.endswith("--data-dir.") == (error.filename in (None, "/x/data"))


# -- as real processes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", [["checkin", "3"], ["goal", "list"], ["export", "--format", "json"], []],
                         ids=["checkin", "goal-list", "export", "app"])
def test_a_real_process_with_a_data_folder_under_a_file(under_a_file, args):
    result = _run("--data-dir", str(under_a_file), *args)
    assert result.returncode == 1, result.stdout[-500:]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"resilience: the data folder {under_a_file} could not be used")
    assert result.stdout == ""


@pytest.mark.parametrize("args", [["checkin", "3"], ["goal", "add", "Call Sam"], []], ids=["checkin", "goal-add", "app"])
def test_a_real_process_with_a_folder_it_may_not_write(tmp_path, args):
    folder = tmp_path / "locked" / "data"
    result = _run(str(tmp_path / "locked"), "--data-dir", str(folder), *args, module="tests.cli.deny")
    assert result.returncode == 1, result.stdout[-500:]
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert "not allowed to read or write there" in result.stderr
    assert not folder.exists()


def test_the_demo_app_when_its_temporary_folder_cannot_be_made(under_a_file, monkeypatch, capsys):
    monkeypatch.setattr(tempfile, "tempdir", str(under_a_file))
    err = _one_line_failure(main(["--demo"]), capsys.readouterr().err)
    assert "part of that path is a file" in err


def test_a_real_process_for_the_demo_app_when_its_temporary_folder_cannot_be_made(under_a_file):
    code = ("import sys, tempfile; tempfile.tempdir = sys.argv[1]; "
            "from resilience_tui.cli import main; raise SystemExit(main(['--demo']))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code, str(under_a_file)], capture_output=True, text=True, env=env,
                            cwd=ROOT, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 1, result.stdout[-500:]
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"resilience: {under_a_file}")
