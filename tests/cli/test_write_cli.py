"""`resilience write` and `resilience win`: what they store, print and exit with, from words, stdin or an editor."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.commands import write
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]

HOSTILE_TITLE = "[bold]Ouch[/] \x1b[31mred\x1b]52;c;aGk=\x07 🙂 שלום \u202egnol\u202c!"
HOSTILE_BODY = "Acme said no \x9b2J. [link=x]click[/link]\n\tA tab, a bell \x07 and \r a return. #acme"

EDITOR_SCRIPT = """
import sys
text = sys.argv[1]
with open(sys.argv[-1], "w", encoding="utf-8", newline="") as handle:
    handle.write(text.replace("\\\\n", "\\n"))
"""


def entries(data_dir: Path):
    return Store(data_dir).journal.all()


def stdin_of(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_write_saves_the_first_sentence_as_the_title(data_dir, capsys):
    assert main(["write", "Rough day.", "Acme said no, and I went for a walk.", "#acme", "#walk"]) == 0
    [entry] = entries(data_dir)
    assert (entry.title, entry.body, entry.kind, entry.starred) == (
        "Rough day.", "Acme said no, and I went for a walk. #acme #walk", "entry", False)
    assert entry.all_tags == ("acme", "walk")
    assert abs(entry.at - datetime.now().astimezone()) < timedelta(minutes=1)
    out = capsys.readouterr().out
    assert out.startswith("Saved in your journal: Rough day. (") and "#acme #walk" in out
    assert out.rstrip().endswith("Thank you for writing it down.") and out.count("\n") == 1


def test_a_leading_yesterday_is_the_date_and_leaves_the_text(data_dir, capsys):
    assert main(["write", "yesterday:", "Rough", "day.", "Slept", "badly."]) == 0
    [entry] = entries(data_dir)
    yesterday = datetime.now().astimezone().date() - timedelta(days=1)
    assert (entry.title, entry.body) == ("Rough day.", "Slept badly.")
    assert (entry.at.date(), entry.at.time()) == (yesterday, time(12, 0))


def test_at_and_star(data_dir, capsys):
    assert main(["write", "--at", "2026-11-02 08:30", "--star", "yesterday: stays in the text"]) == 0
    [entry] = entries(data_dir)
    assert entry.at.replace(tzinfo=None) == datetime(2026, 11, 2, 8, 30)
    assert entry.starred and entry.title == "yesterday: stays in the text" and entry.body == ""
    assert "starred" in capsys.readouterr().out


def test_win_keeps_a_win(data_dir, capsys):
    assert main(["win", "Finished the SQL module! Took three weeks."]) == 0
    [entry] = entries(data_dir)
    assert (entry.kind, entry.title, entry.body) == ("win", "Finished the SQL module!", "Took three weeks.")
    assert capsys.readouterr().out.startswith("Kept as a win: Finished the SQL module! (")


@pytest.mark.parametrize("args", [["write", "-"], ["write"], ["win"]])
def test_text_from_stdin(data_dir, capsys, monkeypatch, args):
    stdin_of(monkeypatch, "Heard back\n\nIt was a no.\nI'm okay though. 🙂\n".encode())
    assert main(args) == 0
    [entry] = entries(data_dir)
    assert (entry.title, entry.body) == ("Heard back", "It was a no.\nI'm okay though. 🙂")
    assert entry.kind == ("win" if args == ["win"] else "entry")


@pytest.mark.parametrize(
    "args, stdin, expected",
    [
        (["write", "   "], None, "there is nothing to save"),
        (["write", "-"], b"  \n\t\n", "there is nothing to save"),
        (["win", "yesterday:"], None, "there is nothing to save"),
        (["write", "--at", "next blue moon", "hello"], None, '--at: "next blue moon" is not a time I can read'),
        (["write", "tomorrow: not yet"], None, "That date is still to come"),
        (["write", "--at", "in 2 days", "not yet"], None, "That date is still to come"),
        (["write", "-"], b"caf\xe9 latin-1", "not UTF-8"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_saves_nothing(data_dir, capsys, monkeypatch, args, stdin, expected):
    if stdin is not None:
        stdin_of(monkeypatch, stdin)
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"resilience {args[0]}: ") and expected in captured.err
    assert captured.err.count("\n") == 1 and captured.out == ""
    assert not (data_dir / "journal").exists()


def _editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, variable: str = "EDITOR") -> None:
    script = tmp_path / "my editor.py"
    script.write_text(EDITOR_SCRIPT)
    monkeypatch.setenv(variable, f'{sys.executable} "{script}" "{text}"')
    monkeypatch.setattr(write, "_stdin_is_terminal", lambda: True)


def _private_files() -> list[str]:
    folder = Path(os.environ["XDG_RUNTIME_DIR"]) / f"resilience-tui-{os.getuid()}"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_no_words_at_a_terminal_opens_the_editor(data_dir, capsys, tmp_path, monkeypatch):
    _editor(tmp_path, monkeypatch, "Written in my editor. It has [bold] and 🙂.\\nSecond line.", "VISUAL")
    assert main(["write", "--star"]) == 0
    [entry] = entries(data_dir)
    assert (entry.title, entry.body, entry.starred) == (
        "Written in my editor.", "It has [bold] and 🙂.\nSecond line.", True)
    assert capsys.readouterr().out.startswith("Saved in your journal: Written in my editor. (")
    assert _private_files() == []  # the editor's file is gone


def test_an_empty_editor_saves_nothing_and_says_so(data_dir, capsys, tmp_path, monkeypatch):
    _editor(tmp_path, monkeypatch, "  \\n")
    assert main(["write"]) == 1
    assert capsys.readouterr().err == "resilience write: the editor came back empty, so nothing was saved.\n"
    assert not (data_dir / "journal").exists() and _private_files() == []


def test_a_failing_or_missing_editor_saves_nothing(data_dir, capsys, monkeypatch):
    monkeypatch.setattr(write, "_stdin_is_terminal", lambda: True)
    monkeypatch.setenv("EDITOR", f'{sys.executable} -c "raise SystemExit(3)"')
    assert main(["write"]) == 1
    assert "stopped with an error, so nothing was saved" in capsys.readouterr().err
    monkeypatch.setenv("EDITOR", "no-such-editor-anywhere")
    assert main(["win"]) == 1
    assert 'the editor "no-such-editor-anywhere" could not be found' in capsys.readouterr().err
    monkeypatch.delenv("EDITOR")
    assert main(["write"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("resilience write: no editor is set") and "EDITOR=nano resilience write" in err
    assert not (data_dir / "journal").exists()


def test_text_from_an_editor_that_cannot_be_saved_is_shown_back(data_dir, capsys, tmp_path, monkeypatch):
    _editor(tmp_path, monkeypatch, "tomorrow: Plans for the interview. Practise answers.")
    assert main(["write"]) == 2
    captured = capsys.readouterr()
    assert "That date is still to come" in captured.err and "Here is what you wrote" in captured.err
    assert captured.out == "tomorrow: Plans for the interview. Practise answers.\n"


def test_write_while_the_app_holds_the_store_open(data_dir, capsys):
    app_store = Store(data_dir)  # as the app keeps it, read once and held
    assert app_store.journal.index() == []
    assert main(["write", "From the shell."]) == 0
    app_store.journal.add(JournalEntry(body="From the app", at=datetime.now().astimezone()))
    assert sorted(e.heading for e in app_store.journal.all()) == ["From the app", "From the shell."]
    capsys.readouterr()
    assert main(["journal", "--format", "json"]) == 0
    titles = [e["title"] for e in json.loads(capsys.readouterr().out)["entries"]]
    assert sorted(titles) == ["From the app", "From the shell."]


def test_a_damaged_journal_file_is_reported_and_the_entry_still_saved(data_dir, capsys):
    assert main(["write", "First."]) == 0
    [year_file] = (data_dir / "journal").glob("*.json")
    year_file.write_text("{not json")
    assert main(["write", "Still saved."]) == 0
    err = capsys.readouterr().err
    assert "could not be read" in err and ".corrupt-" in err
    assert [e.title for e in entries(data_dir)] == ["Still saved."]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "resilience_tui", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=60)


def test_hostile_text_survives_write_then_journal_json_as_real_commands(data_dir):
    written = run("write", f"{HOSTILE_TITLE} {HOSTILE_BODY}")
    assert written.returncode == 0, written.stderr
    assert "\x1b" not in written.stdout and "\x07" not in written.stdout and "\u202e" not in written.stdout
    piped = run("win", "--star", stdin=f"{HOSTILE_TITLE}\n{HOSTILE_BODY}\n")
    assert piped.returncode == 0, piped.stderr
    listed = run("journal", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    for raw in ("\x1b", "\x07", "\x9b", "\u202e", "\r"):
        assert raw not in listed.stdout
    document = json.loads(listed.stdout)
    assert [(e["title"], e["body"]) for e in document["entries"]] == [(HOSTILE_TITLE, HOSTILE_BODY)] * 2
    # Both were written within a second or two, so either may come first.
    assert sorted((e["starred"], e["win"]) for e in document["entries"]) == [(False, False), (True, True)]
    assert document["tags"] == {"#acme": 2}
    helped = run("write", "--help")
    assert helped.returncode == 0 and "--at WHEN" in helped.stdout and "--star" in helped.stdout


def test_the_editor_opens_at_a_real_terminal(data_dir, tmp_path):
    import pty

    script = tmp_path / "editor.py"
    script.write_text(EDITOR_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EDITOR": f'{sys.executable} "{script}" "From a terminal. Yes."'}
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "resilience_tui", "write"], stdin=follower, capture_output=True,
                              text=True, env=env, timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 0, done.stderr
    assert [(e.title, e.body) for e in entries(data_dir)] == [("From a terminal.", "Yes.")]
