"""Hostile names through `resilience app` and `resilience status`: stored exactly, printed without control
characters, in-process and in a real `python -m resilience_tui` process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.application import Application
from resilience_tui.store.store import Store

ROOT = Path(__file__).resolve().parents[2]
CLIPBOARD = "\x1b]52;c;aGk=\x07"
CLEAR = "\x1b[2J"
OVERRIDE = "\u202e"
COMPANY = f"[bold]Acme[/] {CLEAR}Health 🚀 {OVERRIDE}שלום"
ROLE = f"Designer{CLIPBOARD} [link=x]"
SHOWN_COMPANY = "[bold]Acme[/] ␛[2JHealth 🚀 \\u202eשלום"
SHOWN_ROLE = "Designer␛]52;c;aGk=\\x07 [link=x]"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": "UTC"}
    env.pop("RESILIENCE_TUI_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "resilience_tui", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def no_controls(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and OVERRIDE not in text


@pytest.mark.parametrize("where", ["main", "subprocess"])
def test_hostile_names_are_stored_exactly_and_printed_visibly(data_dir, capsys, where):
    steps = [
        ["app", "add", COMPANY, ROLE, "--source", f"a friend{CLEAR}", "--contact", f"Zoë{CLEAR} <zoe@acme.example>"],
        ["app", "list"],
        ["app", "update", "health", "--stage", "final-round"],
        ["app", "reject", "health", "--reason", f"more {CLIPBOARD}SQL experience"],
        ["status"],
        ["status", "--prompt"],
    ]
    outputs = []
    for args in steps:
        if where == "main":
            assert main(args) == 0
            captured = capsys.readouterr()
            out, err = captured.out, captured.err
        else:
            done = run(data_dir, *args)
            assert done.returncode == 0, done.stderr
            out, err = done.stdout, done.stderr
        no_controls(out)
        assert err == ""
        outputs.append(out)
    added, listed, updated, rejected, status, prompt = outputs
    assert added.startswith(f"Saved: {SHOWN_COMPANY}, {SHOWN_ROLE} (applied today, via a friend␛[2J, contact Zoë␛[2J")
    assert f"  {SHOWN_COMPANY}, {SHOWN_ROLE}  (in progress · applied today)" in listed
    assert updated == f"Saved: {SHOWN_COMPANY}, {SHOWN_ROLE}, final round.\n"
    assert rejected.startswith(f"Saved: {SHOWN_COMPANY}, {SHOWN_ROLE}, heard back today.")
    assert "resilience checkin MOOD --application health" in rejected
    assert "After [bold]Acme[/] ␛[2JHealth" in " ".join(status.split())
    assert prompt == "Resilience: no check-in yet, 6 recovery steps\n" and prompt.isascii()
    [saved] = Store(data_dir).applications.all()
    assert (saved.company, saved.role, saved.source) == (COMPANY, ROLE, f"a friend{CLEAR}")
    assert (saved.contact_name, saved.contact_email) == (f"Zoë{CLEAR}", "zoe@acme.example")
    assert (saved.stage, saved.outcome, saved.reason) == ("final", "rejected", f"more {CLIPBOARD}SQL experience")


def test_an_ambiguous_hostile_name_lists_candidates_visibly(data_dir, capsys):
    store = Store(data_dir)
    for days in (3, 30):
        store.applications.add(Application(COMPANY, f"{ROLE} {days}", applied_on=date.today() - timedelta(days=days)))
    done = run(data_dir, "app", "reject", "acme")
    assert done.returncode == 2 and done.stdout == ""
    no_controls(done.stderr)
    assert done.stderr.count("\n") == 1 and '"acme" matches 2 applications' in done.stderr
    assert f"{SHOWN_COMPANY}, {SHOWN_ROLE} 3" in done.stderr
    assert all(a.outcome == "in_progress" for a in Store(data_dir).applications.all())
    assert main(["app", "reject", f"acme{CLEAR}"]) == 2
    err = capsys.readouterr().err
    no_controls(err)
    assert 'no application matches "acme␛[2J"' in err
