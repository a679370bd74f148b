"""My people as a stored area: kept, read back, owned, exported in every format and imported; and the
hard-days card's settings surviving a restart."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from resilience_tui.domain.person import Person
from resilience_tui.export.html_areas import area_html
from resilience_tui.export.importer import import_file
from resilience_tui.export.json import export_json
from resilience_tui.export.markdown import area_markdown
from resilience_tui.services.safety_net import hide_for_a_week, is_off, turn_off, turn_on
from resilience_tui.store.areas import AREAS
from resilience_tui.store.owned import is_ours
from resilience_tui.store.settings_keys import HARD_DAYS_CARD_OFF, HARD_DAYS_HIDDEN_ON
from resilience_tui.store.store import Store

AT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)


def sam() -> Person:
    return Person("[bold]Sam <b>", "text or call | evenings", created_at=AT, updated_at=AT)


def test_people_are_kept_in_their_own_file_and_read_back(tmp_path):
    store = Store(tmp_path / "d")
    saved = store.people.add(sam())
    assert (tmp_path / "d" / "people.json").is_file()
    again = Store(tmp_path / "d")
    assert again.people.all() == [saved]
    meta = json.loads((tmp_path / "d" / "people.json").read_text())["_meta"]["1"]
    assert meta == {"area": "people", "schema_version": AREAS["people"].version}


def test_people_json_is_resiliences_own(tmp_path):
    assert is_ours("people.json") and is_ours("people.corrupt-20261130T120000.json")
    assert not is_ours("people.txt")


def test_a_damaged_people_file_is_moved_aside_not_written_over(tmp_path):
    folder = tmp_path / "d"
    Store(folder).people.add(sam())
    (folder / "people.json").write_text('{"_default": {"1": {"id": "x", "name": 5}}}')
    store = Store(folder)
    assert store.people.all() == []
    assert [problem.area for problem in store.problems] == ["people"]
    assert list(folder.glob("people.corrupt-*.json"))


def test_exported_in_json_markdown_and_html_and_imported(tmp_path):
    store = Store(tmp_path / "d")
    store.people.add(sam())
    data = json.loads(export_json(store, now=NOW))
    (doc,) = data["areas"]["people"]["records"]
    assert (doc["name"], doc["note"]) == ("[bold]Sam <b>", "text or call | evenings")
    markdown = area_markdown(store, "people", NOW)
    assert markdown.startswith("# My people") and "1 person" in markdown
    assert "## [bold]Sam <b>" in markdown and "**How to reach them**: text or call \\| evenings" in markdown
    html = "".join(area_html(store, "people", NOW))
    assert "<h1>My people</h1>" in html and "[bold]Sam &lt;b&gt;" in html and "Sam <b>" not in html
    path = tmp_path / "export.json"
    path.write_text(export_json(store, now=NOW))
    target = Store(tmp_path / "other")
    result = import_file(target, path)
    assert result.added["people"] == 1
    assert [p.to_dict() | {"revision": 0} for p in Store(tmp_path / "other").people.all()] == [
        p.to_dict() | {"revision": 0} for p in Store(tmp_path / "d").people.all()]


def test_hidden_for_a_week_and_turned_off_survive_a_restart(tmp_path):
    folder = tmp_path / "d"
    store = Store(folder)
    hide_for_a_week(store, date(2026, 11, 26))
    turn_off(store)
    again = Store(folder)
    assert again.settings.get(HARD_DAYS_HIDDEN_ON) == "2026-11-26"
    assert again.settings.get(HARD_DAYS_CARD_OFF) is True and is_off(again)
    turn_on(again)
    last = Store(folder)
    assert not is_off(last) and last.settings.get(HARD_DAYS_HIDDEN_ON) == ""


def test_settings_of_the_wrong_type_read_as_their_defaults(tmp_path):
    store = Store(tmp_path / "d")
    store.settings.set("hard_days_card_off", "yes")
    store.settings.set("hard_days_card_hidden_on", 5)
    again = Store(tmp_path / "d")
    assert again.settings.get(HARD_DAYS_CARD_OFF) is False and again.settings.get(HARD_DAYS_HIDDEN_ON) == ""
