"""Entries from jrnl's JSON export keep their dates, tags and stars; twice adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resilience_tui.export import ImportRefused
from resilience_tui.export.importer import import_file
from resilience_tui.export.jrnl import import_jrnl
from resilience_tui.store.store import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "jrnl" / "journal.json"


def test_the_fixture_imports_with_dates_tags_and_stars(data_dir):
    result = import_jrnl(Store(data_dir), FIXTURE)
    assert result.added == {"journal": 3}
    entries = {e.heading: e for e in Store(data_dir).journal.all()}
    assert list(entries) == ["Long walk by the canal.", "Heard back from Acme.", "Got the invite for the final round!"]
    acme = entries["Heard back from Acme."]
    assert acme.at.strftime("%Y-%m-%d %H:%M") == "2025-03-10 21:15"
    assert acme.tags == ("acme", "interview")
    assert acme.body == "Heard back from Acme.\nThey said no after the second round. @acme @interview\nGoing for a walk to clear my head."
    assert not acme.starred and acme.kind == "entry"
    invite = entries["Got the invite for the final round!"]
    assert invite.starred and invite.tags == ("interview",) and invite.body == "Got the invite for the final round!"
    assert invite.at.strftime("%Y-%m-%d %H:%M") == "2025-03-14 09:05"
    walk = entries["Long walk by the canal."]
    assert walk.at.year == 2024 and walk.tags == ("walk",)
    assert "[bold] is not markup here, and neither is <b>this</b>." in walk.body
    assert (data_dir / "journal" / "2024.json").is_file() and (data_dir / "journal" / "2025.json").is_file()


def test_importing_the_same_jrnl_file_twice_adds_nothing(data_dir):
    import_jrnl(Store(data_dir), FIXTURE)
    again = import_jrnl(Store(data_dir), FIXTURE)
    assert again.added == {"journal": 0} and again.unchanged == {"journal": 3}
    assert Store(data_dir).journal.count() == 3


def test_our_own_import_points_to_the_jrnl_option(data_dir):
    with pytest.raises(ImportRefused, match="looks like a jrnl export. Import it with: resilience import --from jrnl"):
        import_file(Store(data_dir), FIXTURE)


@pytest.mark.parametrize(
    "data, message",
    [
        ({"tags": {}}, "has no list of entries"),
        ([1, 2], "has no list of entries"),
        ({"entries": ["x"]}, "Entry 1 of"),
        ({"entries": [{"title": "t", "body": ""}]}, "has no date"),
        ({"entries": [{"title": "t", "body": "", "date": "2025-02-30", "time": "10:00"}]}, "date or time I cannot read"),
        ({"entries": [{"title": "t", "body": "", "date": "2025-02-03", "time": "10:00", "tags": "@a"}]}, "not in jrnl's form"),
        ({"entries": [{"title": 5, "body": "", "date": "2025-02-03", "time": "10:00"}]}, "not text"),
    ],
)
def test_a_file_of_another_shape_is_refused_and_nothing_is_written(data_dir, tmp_path, data, message):
    good = {"title": "fine", "body": "", "date": "2025-01-01", "time": "10:00", "tags": [], "starred": False}
    if isinstance(data, dict) and "entries" in data:
        data = {"entries": [good, *data["entries"]]}
        message = message.replace("Entry 1", "Entry 2")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ImportRefused, match=message):
        import_jrnl(Store(data_dir), path)
    assert Store(data_dir).journal.count() == 0
    assert not (data_dir / "journal").exists()
