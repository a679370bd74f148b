"""`resilience journal`: the Journal screen's search from a shell, newest last, as text, Markdown or jrnl's JSON."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
# What must never reach a terminal raw: C0 (but newline and tab), DEL, C1, bidirectional controls.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def now(data_dir) -> datetime:
    """Now in the test's time zone (the data_dir fixture sets it)."""
    return datetime.now().astimezone().replace(second=0, microsecond=0)


@pytest.fixture
def journal(data_dir, now):
    store = Store(data_dir)
    add = store.journal.add
    add(JournalEntry(title="Rough day.", body="Acme said no. #acme", at=now - timedelta(days=3)))
    add(JournalEntry(body="Called in sick.\nUsed the time to read. #health", at=now - timedelta(days=2), starred=True))
    add(JournalEntry(title="Finished the SQL module!", body="Three weeks of evenings. #skills #acme",
                     at=now - timedelta(days=1), kind="win"))
    add(JournalEntry(title="Coffee with Sam.", body="She said the Acme team was sorry.", at=now - timedelta(hours=1)))
    return store


def titles(out: str) -> list[str]:
    return [line[17:] for line in out.splitlines() if re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d ", line)]


def test_everything_newest_last_as_text(journal, now, capsys):
    assert main(["journal"]) == 0
    out = capsys.readouterr().out
    day = (now - timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    assert out.startswith(f"{day} Rough day.\n  Acme said no. #acme\n\n")
    assert titles(out) == ["Rough day.", "★ Called in sick.", "win: Finished the SQL module!", "Coffee with Sam."]
    assert "  Used the time to read. #health" in out


@pytest.mark.parametrize(
    "args, expected",
    [
        (["-n", "2"], ["win: Finished the SQL module!", "Coffee with Sam."]),
        (["acme"], ["Rough day.", "win: Finished the SQL module!", "Coffee with Sam."]),
        (["#acme"], ["Rough day.", "win: Finished the SQL module!"]),
        (["--tag", "acme", "--tag", "skills"], ["win: Finished the SQL module!"]),
        (["acme", "-n", "1"], ["Coffee with Sam."]),
        (["said no"], ["Rough day."]),  # one argument with a space is a phrase
        (["no", "said"], ["Rough day."]),  # two words, in any order
        (['"no said"'], []),
        (["is:win"], ["win: Finished the SQL module!"]),
        (["--wins"], ["win: Finished the SQL module!"]),
        (["--starred"], ["★ Called in sick."]),
        (["is:starred", "sick"], ["★ Called in sick."]),
        (["--from", "yesterday"], ["win: Finished the SQL module!", "Coffee with Sam."]),
        (["--to", "2 days ago"], ["Rough day.", "★ Called in sick."]),
        (["from:3 days ago", "--to", "3 days ago"], ["Rough day."]),
    ],
)
def test_searches_as_the_journal_screen(journal, capsys, args, expected):
    assert main(["journal", *args]) == 0
    out = capsys.readouterr().out
    assert titles(out) == expected
    if not expected:
        assert out == "No journal entries match that.\n"


def test_json_is_in_jrnl_shape(journal, now, capsys):
    assert main(["journal", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["tags"] == {"#acme": 2, "#health": 1, "#skills": 1}
    first, second, third, _ = document["entries"]
    moment = now - timedelta(days=3)
    assert first == {"title": "Rough day.", "body": "Acme said no. #acme", "date": moment.strftime("%Y-%m-%d"),
                     "time": moment.strftime("%H:%M"), "tags": ["#acme"], "starred": False, "win": False}
    assert (second["title"], second["body"], second["starred"]) == (
        "Called in sick.", "Used the time to read. #health", True)
    assert third["tags"] == ["#skills", "#acme"] and third["win"] is True


def test_json_is_read_back_by_the_jrnl_import(journal, now, capsys, tmp_path):
    assert main(["journal", "--format", "json", "--wins"]) == 0
    exported = tmp_path / "wins.json"
    exported.write_text(capsys.readouterr().out)
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", "--from", "jrnl", str(exported)]) == 0
    [entry] = Store(other).journal.all()
    assert entry.body == "Finished the SQL module!\nThree weeks of evenings. #skills #acme"
    assert entry.at.replace(tzinfo=None) == (now - timedelta(days=1)).replace(tzinfo=None)


def test_markdown_groups_by_year_and_month(journal, now, capsys):
    assert main(["journal", "--format", "markdown", "--starred"]) == 0
    moment = now - timedelta(days=2)
    assert capsys.readouterr().out == (
        f"# {moment.year}\n\n## {moment:%B}\n\n### {moment:%Y-%m-%d %H:%M} ★ Called in sick.\n\n"
        "Used the time to read. #health\n")


def test_an_empty_journal_says_how_to_start(data_dir, capsys):
    assert main(["journal"]) == 0
    assert capsys.readouterr().out.startswith("Your journal is empty so far. Write the first entry with: resilience write")
    assert main(["journal", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"tags": {}, "entries": []}
    assert main(["journal", "--format", "markdown"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "empty so far" in captured.err


@pytest.mark.parametrize(
    "args, expected",
    [
        (["-n", "0"], "-n takes how many entries to show"),
        (["-n", "two"], "-n takes how many entries to show"),
        (["--format", "yaml"], "--format is text, markdown or json"),
        (["--from", "next blue moon"], '--from: "next blue moon" is not a date I can read'),
        (["--from", "2026-11-30", "--to", "2026-11-01"], "the start date comes after the end date"),
        (["is:maybe"], '"is:maybe" is not a filter I know'),
        (["--tag", "#"], "--tag needs a tag"),
    ],
)
def test_bad_usage_exits_2_with_one_line(journal, capsys, args, expected):
    assert main(["journal", *args]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("resilience journal: ") and expected in captured.err
    assert captured.err.count("\n") == 1 and captured.out == ""


HOSTILE = ["[bold]Ouch[/] \x1b[2J\x1b]52;c;aGk=\x07 🙂 שלום \u202egnol\u202c.",
           "Body \x9b31m red \x7f del\n\tTab kept \r return \u2066iso\u2069 #acme"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "resilience_tui", *args], capture_output=True, text=True, env=env,
                          timeout=60)


def test_hostile_text_prints_without_control_characters_as_real_commands(data_dir):
    assert run("write", " ".join(HOSTILE)).returncode == 0
    for form in ("text", "markdown", "json"):
        done = run("journal", "--format", form)
        assert done.returncode == 0, done.stderr
        assert RAW.search(done.stdout.replace("\n", "")) is None, form
    shown = run("journal").stdout
    assert "[bold]Ouch[/] ␛[2J␛]52;c;aGk=\\x07 🙂 שלום \\u202egnol\\u202c." in shown
    assert "\n  Body \\x9b31m red \\x7f del\n  \tTab kept \\x0d return \\u2066iso\\u2069 #acme\n" in shown
    entry = json.loads(run("journal", "--format", "json").stdout)["entries"][0]
    assert (entry["title"], entry["body"]) == (HOSTILE[0], HOSTILE[1])
    helped = run("journal", "--help")
    assert "--format F" in helped.stdout and "-n N" in helped.stdout


def test_the_last_n_read_year_by_year_match_the_full_search(data_dir, capsys):
    store = Store(data_dir)
    utc = datetime(2026, 1, 1).astimezone().tzinfo
    moments = [datetime(2023, 6, 1, 9, tzinfo=utc), datetime(2024, 12, 31, 23, 30, tzinfo=utc),
               # in 2025's file, but on 31 December 2024 by this computer's clock
               datetime(2025, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=2))), datetime(2025, 7, 4, 12, tzinfo=utc),
               datetime(2026, 1, 2, 8, tzinfo=utc)]
    for number, moment in enumerate(moments):
        kind = "win" if number % 2 else "entry"
        store.journal.add(JournalEntry(title=f"Entry {number}.", body="#acme" if number != 3 else "", at=moment, kind=kind))
    for query in ([], ["#acme"], ["--wins"], ["--from", "2024", "--to", "2025"], ["entry", "--to", "2024-12-31"]):
        assert main(["journal", "--format", "json", *query]) == 0
        everything = [e["title"] for e in json.loads(capsys.readouterr().out)["entries"]]
        for count in range(1, len(moments) + 1):
            assert main(["journal", "--format", "json", "-n", str(count), *query]) == 0
            assert [e["title"] for e in json.loads(capsys.readouterr().out)["entries"]] == everything[-count:], (query, count)
    assert main(["journal", "--format", "json", "-n", "3"]) == 0
    assert [e["title"] for e in json.loads(capsys.readouterr().out)["entries"]] == ["Entry 1.", "Entry 3.", "Entry 4."]
    assert main(["journal", "--format", "json", "-n", "4"]) == 0
    assert [e["title"] for e in json.loads(capsys.readouterr().out)["entries"]] == [
        "Entry 2.", "Entry 1.", "Entry 3.", "Entry 4."]
