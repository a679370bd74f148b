"""`resilience app add` the quick way (quick/app.py) against the full command (commands/app.py).

Each case runs both ways on copies of one data folder: the quick way must store the same record and
print the same words, and whatever it cannot be sure of must fall back before anything is written,
so that the full command's own result appears.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui import quick
from resilience_tui.cli import main as cli_main
from resilience_tui.command_line import main as full_main
from resilience_tui.domain.application import Application
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
# What may differ between two saves of the same application: its id, its moments and its revision marks.
OWN = ("id", "created_at", "updated_at", "edits")
FILE = "applications.json"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A data folder with one application in it, as the store wrote it."""
    folder = tmp_path / "base"
    Store(folder).applications.add(Application(company="Older Co", role="Tester"))
    return folder


def copied(base: Path, where: Path) -> Path:
    shutil.copytree(base, where, symlinks=True)
    return where


def new_records(folder: Path) -> list[dict]:
    """The records in the folder's applications file other than the one the base folder began with."""
    table = json.loads((folder / FILE).read_text(encoding="ascii"))["_default"]
    return [doc for doc in table.values() if doc["company"] != "Older Co"]


def without_own(doc: dict) -> dict:
    return {key: value for key, value in doc.items() if key not in OWN}


def run_quick(folder: Path, argv: list[str]) -> tuple[int | None, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = quick.run(["--data-dir", str(folder), *argv])
    return code, out.getvalue()


def run_full(folder: Path, argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = full_main(["--data-dir", str(folder), *argv])
    return code, out.getvalue()


def assert_same(base: Path, work: Path, argv: list[str]) -> tuple[dict, str]:
    """Run `argv` the quick way and the full way on two copies of `base`; both save and say the same."""
    fast, full = copied(base, work / "quick"), copied(base, work / "full")
    quick_code, quick_out = run_quick(fast, argv)
    full_code, full_out = run_full(full, argv)
    assert quick_code == 0 and full_code == 0, (quick_out, full_out)
    assert quick_out == full_out
    [mine], [theirs] = new_records(fast), new_records(full)
    assert without_own(mine) == without_own(theirs)
    assert list(mine) == list(theirs)  # the same fields, in the same order
    assert mine["revision"] == 1 and len(mine["edits"]) == 1
    assert Application.from_dict(mine).to_dict() == {k: v for k, v in mine.items() if k != "edits"}
    return mine, quick_out


@pytest.mark.parametrize("argv", [
    ["app", "add", "Benchmark Co", "A role from the benchmark", "--applied", "yesterday"],
    ["app", "add", "Acme Health", "Product Designer"],
    ["app", "add", "Acme Health", "Product Designer", "--applied", "today", "--source", "LinkedIn"],
    ["app", "add", "Acme Health", "Product Designer", "--applied", ""],
    ["app", "add", "Acme Health", "Product Designer", "--applied=2026-01-05", "--source=a friend"],
    ["app", "add", "Acme Health", "Product Designer", "--applied", "3 days ago", "--source", "   "],
    ["app", "add", "Acme Health", "Product Designer", "--applied", "last friday"],
    ["app", "add", "Acme Health", "Product Designer", "--applied", "2 nov"],
    ["app", "add", "Acme Health", "Product Designer", "--applied", "end of last month"],  # not a phrase: falls back
    ["app", "add", "  Acme\tHealth ", " Product\nDesigner", "--source", "via\x1b[31m red"],
    ["app", "add", "[bold]Acme[/]", "שלום 👋🏽", "--applied", "  Yesterday  "],
])
def test_the_quick_way_saves_and_says_what_the_full_command_does(argv: list[str], base: Path, tmp_path: Path) -> None:
    fast = copied(base, tmp_path / "probe")
    code, _ = run_quick(fast, argv)
    if code is None:  # a phrase the quick way leaves alone: it wrote nothing
        assert new_records(fast) == []
        return
    mine, out = assert_same(base, tmp_path, argv)
    assert mine["company"] == argv[2] and mine["role"] == argv[3]  # kept exactly as typed
    assert out.startswith("Saved: ") and out.endswith(". Good luck with it.\n") and out.count("\n") == 1


def test_a_plain_add_is_taken_the_quick_way(base: Path, tmp_path: Path) -> None:
    """The benchmark's form, and the plain forms, do not fall back."""
    for index, extra in enumerate(([], ["--applied", "yesterday"], ["--applied", ""], ["--source", "Indeed"])):
        folder = copied(base, tmp_path / f"plain{index}")
        code, out = run_quick(folder, ["app", "add", "Benchmark Co", "A role", *extra])
        assert code == 0 and len(new_records(folder)) == 1, extra
    assert "no applied date" in run_quick(copied(base, tmp_path / "none"), ["app", "add", "A", "B", "--applied", ""])[1]


# Any text an argument can hold: no NUL, and lone surrogates stand for bytes that were not UTF-8.
TEXT = st.text(st.characters(blacklist_characters="\x00"), max_size=300)
PHRASES = st.sampled_from(["today", "yesterday", "3 days ago", "monday", "last sunday", "2026-02-29", "2025-13-01",
                           "2 nov", "in 3 days", "tomorrow", "", "   ", "someday", "9 feb 2024", "Yesterday "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(company=TEXT, role=TEXT, source=st.none() | TEXT, applied=st.none() | PHRASES)
def test_any_text_is_saved_as_the_full_command_saves_it(base: Path, company: str, role: str, source: str | None,
                                                        applied: str | None) -> None:
    argv = ["app", "add", company, role]
    if applied is not None:
        argv += ["--applied", applied]
    if source is not None:
        argv += ["--source", source]
    with tempfile.TemporaryDirectory() as work:
        probe = copied(base, Path(work) / "probe")
        before = (probe / FILE).read_bytes()
        code, out = run_quick(probe, argv)
        if code is None:  # fell back: nothing of its own written, and the full command still answers
            assert (probe / FILE).read_bytes() == before and out == ""
            return
        assert_same(base, Path(work), argv)


def stored_bytes(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()
            and ".locks" not in path.parts}


@pytest.mark.parametrize(("argv", "full_code"), [
    (["app", "add", "Acme", "Designer", "--contact", "Sam Lee <sam@acme.example>"], 0),  # an option it leaves alone
    (["app", "add", "   ", "Designer"], 2),  # the full command asks which company
    (["app", "add", "Acme", ""], 2),
    (["app", "add", "Acme", "Designer", "--applied", "not a day"], 2),
    (["app", "add", "Acme", "Designer", "--applied", "2026-02-30"], 2),
    (["app", "add", "Acme", "Designer", "--applied", "tomorrow"], 0),  # a time zone ahead: the full command keeps it
    (["app", "add", "Acme", "Designer", "--applied", "in 3 days"], 2),
    (["app", "add", "Acme", "Designer", "--applied", "yesterday", "--applied", "today"], 0),
    (["app", "add", "Acme", "Designer", "--source", "-LinkedIn"], 2),
    (["app", "add", "Acme", "Designer", "Extra"], 2),
    (["app", "add", "Acme"], 2),
    (["app", "add", "Acme", "Designer", "--stage", "interview"], 2),
])
def test_what_it_cannot_be_sure_of_falls_back(argv: list[str], full_code: int, base: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = copied(base, tmp_path / "data")
    before = stored_bytes(folder)
    code, out = run_quick(folder, argv)
    assert code is None and out == ""
    assert stored_bytes(folder) == before  # nothing written the quick way
    try:
        result = cli_main(["--data-dir", str(folder), *argv])
    except SystemExit as stop:  # argparse's own usage errors
        result = int(stop.code or 0)
    assert result == full_code
    added = new_records(folder)
    assert len(added) == (1 if full_code == 0 else 0)
    if "--contact" in argv:
        assert (added[0]["contact_name"], added[0]["contact_email"]) == ("Sam Lee", "sam@acme.example")


def test_a_folder_without_applications_falls_back(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store(folder).goals.all()  # a folder of ours, with no applications file yet
    code, _ = run_quick(folder, ["app", "add", "Acme", "Designer"])
    assert code is None and not (folder / FILE).exists()
    assert cli_main(["--data-dir", str(folder), "app", "add", "Acme", "Designer"]) == 0
    assert [doc["company"] for doc in new_records(folder)] == ["Acme"]


def test_the_quick_way_imports_neither_the_records_nor_the_store(base: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("RESILIENCE_TUI_DATA_DIR", None)
    for extra in ([], ["--applied", "yesterday", "--source", "a friend"]):
        done = subprocess.run([sys.executable, "-S", "-X", "importtime", "-m", "resilience_tui", "--data-dir", str(base),
                               "app", "add", "Benchmark Co", "A role", *extra],
                              capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0 and done.stdout.startswith("Saved: Benchmark Co, A role ("), done.stderr[-2000:]
        modules = {line.rpartition("|")[2].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
        assert "resilience_tui.quick.app" in modules
        heavy = {"typing", "pathlib", "dataclasses", "inspect", "argparse", "tinydb", "calendar", "locale",
                 "resilience_tui.command_line", "resilience_tui.domain.application", "resilience_tui.store.store",
                 "resilience_tui.store.datafile"}
        assert sorted(modules & heavy) == []
        assert ("resilience_tui.domain.date_phrases" in modules) == bool(extra)  # read only when given
    assert len(new_records(base)) == 2
