"""`resilience checkin --application TEXT`: one clear match is linked; none or several exit 2 with one line."""

from __future__ import annotations

import pytest

from resilience_tui.cli import main
from resilience_tui.store.store import Store
from tests.ui.application_helpers import application, days_ago, rejection


@pytest.fixture
def applications(data_dir):
    store = Store(data_dir)
    return {
        "acme": store.applications.add(rejection("Acme Health", "Product Designer", days=2)),
        "north1": store.applications.add(application("Northwind", "Data Engineer", applied_on=days_ago(100))),
        "north2": store.applications.add(application("Northwind", "Platform Engineer", applied_on=days_ago(20))),
        "north3": store.applications.add(application("Northwind", "Platform Engineer", applied_on=days_ago(300))),
    }


@pytest.mark.parametrize("text, key", [
    ("acme", "acme"), ("Product designer", "acme"), ("ACME HEALTH", "acme"), ("northwind data", "north1"),
    ("data engineer", "north1"), (f"platform {days_ago(20).isoformat()}", "north2"),
])
def test_a_clear_match_is_linked(data_dir, capsys, applications, text, key):
    assert main(["checkin", "2", "--application", text, "--note", "[b]hard[/b]"]) == 0
    out = capsys.readouterr().out
    assert f"about {applications[key].title}" in out and out.count("\n") == 1
    [saved] = Store(data_dir).checkins.recent(5)
    assert saved.application_id == applications[key].id and saved.note == "[b]hard[/b]"


@pytest.mark.parametrize("text, words", [
    ("nowhere", 'no application matches "nowhere". Recent ones: Acme Health, Northwind'),
    ("northwind", '"northwind" matches 3 applications'),
    ("platform engineer", "add a word of the role or the applied date"),
    ("  ", "--application needs a company or role"),
])
def test_no_match_or_several_exit_2_with_one_line_and_write_nothing(data_dir, capsys, applications, text, words):
    assert main(["checkin", "3", "--application", text]) == 2
    err = capsys.readouterr().err
    assert err.startswith("resilience checkin: ") and words in err and err.count("\n") == 1
    assert Store(data_dir).checkins.recent(5) == []


def test_no_applications_yet(data_dir, capsys):
    assert main(["checkin", "3", "--application", "acme"]) == 2
    assert "none are logged yet" in capsys.readouterr().err
    assert not (data_dir / "checkins").exists()


def test_help_mentions_the_option(capsys):
    with pytest.raises(SystemExit):
        main(["checkin", "--help"])
    assert "--application TEXT" in capsys.readouterr().out
