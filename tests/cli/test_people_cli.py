"""`resilience people add` and `resilience people list`: output, exit codes and what is stored."""

from __future__ import annotations

from resilience_tui.cli import main
from resilience_tui.store.store import Store


def test_add_keeps_the_name_and_note_exactly_and_confirms(data_dir, capsys):
    assert main(["people", "add", "Sam", "--note", "text or call, evenings"]) == 0
    assert main(["people", "add", "[bold]Jo[/] 😊"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["Added to your people: Sam: text or call, evenings", "Added to your people: [bold]Jo[/] 😊"]
    people = sorted(Store(data_dir).people.all(), key=lambda p: p.name)
    assert [(p.name, p.note) for p in people] == [("Sam", "text or call, evenings"), ("[bold]Jo[/] 😊", "")]


def test_list_shows_them_in_the_order_they_were_added(data_dir, capsys):
    assert main(["people", "list"]) == 0
    assert capsys.readouterr().out.startswith("No one here yet. Add someone with: resilience people add")
    main(["people", "add", "Sam", "--note", "evenings"])
    main(["people", "add", "Jo"])
    capsys.readouterr()
    assert main(["people", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Your people (2)", "  Sam: evenings", "  Jo"]


def test_a_blank_name_is_bad_usage_and_nothing_is_written(data_dir, capsys):
    assert main(["people", "add", "  ", "--note", "x"]) == 2
    assert "Add a name" in capsys.readouterr().err
    assert not (data_dir / "people.json").exists()


def test_control_characters_never_reach_the_terminal(data_dir, capsys):
    assert main(["people", "add", "Sam\x1b]52;c;aGk=\x07", "--note", "\x9bcall"]) == 0
    main(["people", "list"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "Sam␛]52;c;aGk=\\x07: \\x9bcall" in out
    (person,) = Store(data_dir).people.all()
    assert person.name == "Sam\x1b]52;c;aGk=\x07"  # stored exactly
