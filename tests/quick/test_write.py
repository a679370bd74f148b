"""`resilience write` and `resilience win` the quick way (quick/write.py) store and print exactly what the
full command does, and leave every form they cannot be sure of to it, having written nothing.

Each comparison runs both ways on copies of one data folder at one fixed moment: the quick way through
`resilience_tui.quick.run`, the full way through `resilience_tui.command_line.main`.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_tui import quick
from resilience_tui.cli import main as main_either
from resilience_tui.command_line import main as main_full
from resilience_tui.domain import records
from resilience_tui.quick import write as quick_write

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 2, 21, 15, tzinfo=timezone.utc)
JOURNAL = Path("journal") / f"{NOW.year}.json"
# What may differ between the two ways: the new id and the revision marks.
OWN = ("id", "edits")


@pytest.fixture(autouse=True)
def fixed_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "now_local", lambda: NOW)
    monkeypatch.setattr(quick_write, "now_local", lambda: NOW)


@contextlib.contextmanager
def captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def call(way: object, argv: list[str]) -> int | None:
    """The exit code `way` gives for `argv`, counting argparse's usage errors (SystemExit) as the shell does."""
    try:
        return way(argv)  # type: ignore[operator, no-any-return]
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1


def seeded(folder: Path) -> Path:
    """A data folder whose journal has this year's file, written by the full command."""
    with captured():
        assert main_full(["--data-dir", str(folder), "write", "The first entry. It was a long week."]) == 0
    assert (folder / JOURNAL).is_file()
    return folder


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(records, "now_local", lambda: NOW)
        return seeded(tmp_path_factory.mktemp("seed") / "data")


def copy_of(seed: Path, place: Path) -> Path:
    target = place / "data"
    shutil.copytree(seed, target)
    return target


def stored(folder: Path) -> list[dict[str, object]]:
    """The journal's records of this year, as stored, without what may differ between the two ways."""
    tables = json.loads((folder / JOURNAL).read_text("ascii"))
    return [{key: value for key, value in doc.items() if key not in OWN} for doc in tables["_default"].values()]


def files(folder: Path) -> dict[str, bytes]:
    """Every file in the folder and its bytes (the lock files, which hold nothing, left out)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and ".locks" not in path.parts:
            found[str(path.relative_to(folder))] = path.read_bytes()
    return found


def both_ways(seed: Path, place: Path, words: list[str]) -> tuple[tuple[int | None, str, str, list[dict[str, object]]], ...]:
    """`words` run the quick way on one copy of `seed` and the full way on another: each one's exit code,
    stdout, stderr and stored records."""
    results = []
    for name, way in (("quick", quick.run), ("full", main_full)):
        folder = copy_of(seed, place / name)
        with captured() as (out, err):
            code = call(way, ["--data-dir", str(folder), *words])
        results.append((code, out.getvalue(), err.getvalue(), stored(folder)))
    return tuple(results)


def assert_same(seed: Path, place: Path, words: list[str]) -> None:
    quick_result, full_result = both_ways(seed, place, words)
    assert quick_result[0] is not None, f"{words!r} went the full way"
    assert quick_result == full_result
    assert len(quick_result[3]) == len(stored(seed)) + 1


@pytest.mark.parametrize("words", [
    ["write", "Rough day. Acme said no, and I went for a long walk. #acme"],
    ["write", "Rough", "day.", "Acme", "said", "no.", "#acme", "#job-search", "#acme"],
    ["win", "Sent the follow-up email!", "--star"],
    ["win", "Finished", "the", "SQL", "module"],
    ["write", "A #rough day. Then a #walk, and #rough again."],  # the title's tags first, each once
    ["write", "No sentence end on the first line\nbut a second one. #later"],
    ["write", "# A heading\n\n- a list item #list"],
    ["write", "...and then it rained. #weather"],
    ["write", "Dr. Smith called. She was kind."],
    ["write", "Code `#include` is not a tag, C# is not, #café is."],
    ["write", "[bold]Ouch[/] \x1b[31mred\x1b]52;c;aGk=\x07 🙂 שלום \u202egnol\u202c! And then \x9b2J."],
    ["write", "word " * 60 + "end. Next."],  # a first sentence too long for a title: all of it is the text
    ["write", "At 10:30 I called Sam.", "--star"],  # a colon, but not one a date phrase could end at
    ["win", "  spaced  ", "", "out  "],
])
def test_plain_words_are_saved_and_said_as_the_full_command_does(seed: Path, tmp_path: Path, words: list[str]) -> None:
    assert_same(seed, tmp_path, words)


# Text of every sort people type, and the marks that trouble a terminal or a markup reader.
HOSTILE = st.sampled_from(["[bold]", "[/]", "\x1b[2J", "\x1b]8;;x\x07", "\x9b", "\u202e", "\u2066", "שלום", "مرحبا",
                           "🙂", "👩‍👩‍👧", "#acme", "#Café", "`#x`", "\\", "\t", "\n", "\r", ". ", "?! ", "» ", "...",
                           "\x00", "\ufeff", " "])
WORD = st.lists(st.one_of(st.text(min_size=1, max_size=30), HOSTILE), min_size=1, max_size=6).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORD.filter(lambda word: ":" not in word and not word.startswith("-")), min_size=1, max_size=5),
       command=st.sampled_from(["write", "win"]), star=st.booleans())
def test_any_text_without_a_colon_is_saved_and_said_as_the_full_command_does(
        seed: Path, words: list[str], command: str, star: bool) -> None:
    argv = [command, *words, *(["--star"] if star else [])]
    with tempfile.TemporaryDirectory() as place:
        if not "".join(words).strip():
            quick_result, full_result = both_ways(seed, Path(place), argv)
            assert quick_result[0] is None and full_result[0] == 2  # nothing to save: the full command says so
            return
        assert_same(seed, Path(place), argv)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(WORD, st.sampled_from(["yesterday:", "monday 9pm:", "Note to self:", ":", "-", "--at"])),
                      max_size=5), command=st.sampled_from(["write", "win"]))
def test_the_shell_command_does_what_the_full_command_does_with_any_words(
        seed: Path, words: list[str], command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whichever way `resilience` takes: what it stores, prints and exits with is the full command's."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))  # no words: an empty stdin
    results = []
    with tempfile.TemporaryDirectory() as place:
        for name, way in (("either", main_either), ("full", main_full)):
            folder = copy_of(seed, Path(place) / name)
            with captured() as (out, err):
                code = call(way, ["--data-dir", str(folder), command, *words])
            results.append((code, out.getvalue(), err.getvalue().replace(str(folder), "DATA"), stored(folder)))
    assert results[0] == results[1]


@pytest.mark.parametrize(("words", "why"), [
    (["write"], "no words: the full command reads stdin"),
    (["write", "-"], "stdin"),
    (["write", "   "], "only spaces: the full command says there is nothing to save"),
    (["write", "yesterday:", "Rough day."], "a leading date"),
    (["win", "monday 9pm: Called Sam back."], "a leading date"),
    (["write", "Note to self: call Sam."], "a colon a date phrase could end at"),
    (["write", "Rough day.", "--at", "yesterday"], "--at"),
    (["write", "Rough day.", "--at=yesterday"], "--at"),
    (["win", "Sent it.", "--star", "--star"], "an option twice"),
    (["win", "--star", "Sent it."], "a word after an option"),
    (["win", "Sent it.", "--sta"], "an abbreviated option"),
    (["win", "Sent it.", "--star=yes"], "a value for a flag"),
    (["write", "Rough day.", "--", "more"], "--"),
])
def test_forms_the_quick_way_is_not_sure_of_go_the_full_way_untouched(
        seed: Path, tmp_path: Path, words: list[str], why: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = copy_of(seed, tmp_path)
    before = files(folder)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin. #piped")))
    with captured() as (out, _):
        assert quick.run(["--data-dir", str(folder), *words]) is None, why
    assert files(folder) == before and out.getvalue() == ""
    # and the shell command gives the full command's own result
    with captured() as (out, err):
        code = call(main_either, ["--data-dir", str(folder), *words])
    full_folder = copy_of(seed, tmp_path / "full")
    with captured() as (full_out, full_err):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin. #piped")))
        full_code = call(main_full, ["--data-dir", str(full_folder), *words])
    assert (code, out.getvalue(), stored(folder)) == (full_code, full_out.getvalue(), stored(full_folder))
    assert err.getvalue().replace(str(folder), "DATA") == full_err.getvalue().replace(str(full_folder), "DATA")


def test_a_leading_date_is_read_by_the_full_command(seed: Path, tmp_path: Path) -> None:
    folder = copy_of(seed, tmp_path)
    with captured() as (out, _):
        assert main_either(["--data-dir", str(folder), "write", "yesterday:", "Rough day.", "#acme"]) == 0
    newest = stored(folder)[-1]
    assert newest["title"] == "Rough day." and newest["body"] == "#acme"
    assert str(newest["at"]).startswith((NOW - timedelta(days=1)).date().isoformat())
    assert "Rough day." in out.getvalue()


def test_a_year_with_no_file_yet_goes_the_full_way(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    assert quick.run(["--data-dir", str(folder), "write", "The first words."]) is None
    assert files(folder) == {}
    with captured():
        assert main_either(["--data-dir", str(folder), "write", "The first words."]) == 0
    assert [doc["title"] for doc in stored(folder)] == ["The first words."]


def test_the_quick_way_keeps_the_entry_and_a_backup(seed: Path, tmp_path: Path) -> None:
    folder = copy_of(seed, tmp_path)
    with captured() as (out, _):
        assert quick.run(["--data-dir", str(folder), "win", "Sent", "it!", "--star"]) == 0
    assert out.getvalue() == "Kept as a win: Sent it! (Mon 02 Nov 2026 21:15, starred). Well done; it counts.\n"
    newest = stored(folder)[-1]
    assert (newest["kind"], newest["title"], newest["body"], newest["starred"]) == ("win", "Sent it!", "", True)
    backups = [name for name in files(folder) if name.startswith("backups")]
    assert any(name.endswith(str(JOURNAL)) for name in backups)
    from resilience_tui.store.store import Store

    assert [entry.title for entry in Store(folder).journal.all() if entry.is_win] == ["Sent it!"]


def test_the_quick_way_imports_neither_the_records_nor_the_store(seed: Path, tmp_path: Path) -> None:
    folder = copy_of(seed, tmp_path)
    code = ("import sys\nfrom resilience_tui.cli import main\n"
            f"assert main(['--data-dir', {str(folder)!r}, 'write', 'Rough day.', 'Acme said no. #acme']) == 0\n"
            "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, env=environment, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("Saved in your journal: Rough day. (")
    modules = set(done.stderr.split())
    assert "resilience_tui.quick.write" in modules
    heavy = {"typing", "pathlib", "dataclasses", "inspect", "argparse", "tinydb", "resilience_tui.command_line",
             "resilience_tui.domain.journal", "resilience_tui.domain.journal_text", "resilience_tui.domain.date_phrases",
             "resilience_tui.store.store", "resilience_tui.store.datafile", "resilience_tui.store.journal"}
    assert modules & heavy == set()
