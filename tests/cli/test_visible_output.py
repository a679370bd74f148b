"""Typed text printed by a command never reaches the terminal as control characters; the store keeps it exact."""

from __future__ import annotations

import json

from resilience_tui.cli import main
from resilience_tui.store.store import Store
from tests.ui.application_helpers import application, days_ago

CLIPBOARD = "\x1b]52;c;aGk=\x07"
CLEAR = "\x1b[2J"
OVERRIDE = "\u202e"


def test_goal_add_and_list_show_escapes_and_store_the_title_exactly(data_dir, capsys):
    title = f"Plan {CLIPBOARD}week{CLEAR} {OVERRIDE}txt.exe שלום"
    assert main(["goal", "add", title]) == 0
    assert main(["goal", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and OVERRIDE not in out
    assert "Plan ␛]52;c;aGk=\\x07week␛[2J \\u202etxt.exe שלום" in out
    assert out.count("␛]52;c;aGk=") == 2
    [stored] = Store(data_dir).goals.all()
    assert stored.title == title


def test_checkin_about_an_application_names_it_visibly(data_dir, capsys):
    store = Store(data_dir)
    saved = store.applications.add(application(f"Acme{CLEAR}", "Designer", applied_on=days_ago(3)))
    assert main(["checkin", "2", "--application", "acme", "--note", f"sad{CLIPBOARD}"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "about Acme␛[2J" in out
    [checkin] = Store(data_dir).checkins.recent(5)
    assert checkin.application_id == saved.id and checkin.note == f"sad{CLIPBOARD}"


def test_several_matches_error_shows_escapes(data_dir, capsys):
    store = Store(data_dir)
    for days in (3, 30, 300):
        store.applications.add(application(f"North{CLIPBOARD}wind", f"Role {days}{CLEAR}", applied_on=days_ago(days)))
    assert main(["checkin", "3", "--application", f"north{OVERRIDE}"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and OVERRIDE not in err and err.count("\n") == 1
    assert main(["checkin", "3", "--application", "north"]) == 2
    err = capsys.readouterr().err
    assert "matches 3 applications" in err and "\x1b" not in err and "North␛]52;c;aGk=\\x07wind" in err
    assert Store(data_dir).checkins.recent(5) == []


def test_a_bad_emotion_word_is_shown_visibly(data_dir, capsys):
    assert main(["checkin", "2", "--emotion", f"sad{CLIPBOARD}"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and '"sad␛]52;c;aGk=\\x07" is not one' in err


def test_jrnl_import_error_shows_escapes(data_dir, tmp_path, capsys):
    source = tmp_path / "journal.json"
    source.write_text(json.dumps({"entries": [{"date": f"2026-13-01{CLEAR}", "time": CLIPBOARD,
                                               "title": "t", "body": "b"}]}), encoding="utf-8")
    assert main(["import", "--from", "jrnl", str(source)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "2026-13-01␛[2J ␛]52;c;aGk=\\x07" in err
