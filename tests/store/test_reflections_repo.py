"""Reflection worksheets in `reflections.json`: every section round-trips exactly, whatever was typed;
the file is a plain TinyDB file; a damaged one is moved aside; json export and import bring them back."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from tinydb import TinyDB

from resilience_tui.domain.reflection import SECTION_KEYS, Action, Reflection, Story, Thought, sections_with_content
from resilience_tui.domain.thinking_traps import TRAP_KEYS
from resilience_tui.export.importer import import_file
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store
from tests.store.test_hostile_text import HOSTILE, texts

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone(timedelta(hours=1)))


def worksheet(text: str, others: list[str], traps: list[str]) -> Reflection:
    """A worksheet whose every field, in every section, holds hostile text."""
    more = (others + [text])[:3]
    return Reflection(
        application_id=text or None, status="complete", completed_at=NOW,
        stage=text, who=more[0], questions=tuple(more),
        felt=text, went_well=more[0], differently=more[-1], gaps=text,
        stories=tuple(Story(q, text, more[0], more[-1], text, id=f"s{i}") for i, q in enumerate(more)),
        thoughts=(Thought(text, tuple(traps), more[0], id="t1"), Thought(more[-1], (), "", id="t2")),
        feedback=text,
        actions=tuple(Action(a, goal_id=text or None, id=f"a{i}") for i, a in enumerate(more)),
        created_at=NOW, updated_at=NOW + timedelta(minutes=5),
    )


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, others=st.lists(texts, max_size=3), traps=st.lists(st.sampled_from(TRAP_KEYS), unique=True))
def test_every_section_round_trips_exactly_whatever_was_typed(text, others, traps):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        original = worksheet(text, others, traps)
        Store(root).reflections.add(original)

        got = Store(root).reflections.get(original.id)
        assert got == original
        for key in SECTION_KEYS:
            assert sections_with_content(got).count(key) == sections_with_content(original).count(key)
        # What is in the file is exactly what was typed, and the file is ASCII JSON.
        raw = (root / "reflections.json").read_bytes()
        raw.decode("ascii")
        (doc,) = json.loads(raw)["_default"].values()
        assert doc["stage"] == text and doc["stories"][0]["situation"] == text
        assert doc["thoughts"][0]["traps"] == traps


def test_the_file_is_plain_tinydb_and_private(store: Store, data_dir: Path):
    store.reflections.add(worksheet(HOSTILE[1], ["[/]"], ["labelling"]))
    path = data_dir / "reflections.json"
    assert path.stat().st_mode & 0o777 == 0o600
    db = TinyDB(path, access_mode="r")
    (doc,) = db.all()
    assert doc["status"] == "complete" and doc["stage"] == "[bold]not bold[/]"
    assert db.table("_meta").all() == [{"area": "reflections", "schema_version": 1}]
    db.close()


def test_update_delete_and_restore(store: Store):
    first = store.reflections.add(Reflection(went_well="one thing", created_at=NOW, updated_at=NOW))
    store.reflections.update(first.edited(NOW, went_well="two things"))
    assert Store(store.root).reflections.get(first.id).went_well == "two things"
    gone = store.reflections.delete(first.id)
    assert Store(store.root).reflections.count() == 0
    store.reflections.restore(gone)
    assert Store(store.root).reflections.get(first.id).went_well == "two things"


def test_a_damaged_file_is_moved_aside_and_never_written_over(data_dir: Path):
    data_dir.mkdir(parents=True)
    (data_dir / "reflections.json").write_text('{"_default": {"1": {"id": "x", "status": "draft"', encoding="utf-8")
    store = Store(data_dir)
    assert store.reflections.all() == []
    assert [p.area for p in store.problems] == ["reflections"]
    assert list(data_dir.glob("reflections.corrupt-*.json"))


def test_a_record_that_is_not_a_worksheet_is_refused(data_dir: Path):
    data_dir.mkdir(parents=True)
    bad = {"id": "x", "status": "finished", "created_at": "2026-01-01T00:00:00+00:00",
           "updated_at": "2026-01-01T00:00:00+00:00"}
    (data_dir / "reflections.json").write_text(json.dumps(
        {"_default": {"1": bad}, "_meta": {"1": {"area": "reflections", "schema_version": 1}}}), encoding="utf-8")
    store = Store(data_dir)
    assert store.reflections.all() == [] and store.problems


def test_json_export_and_import_bring_worksheets_back_exactly(tmp_path: Path):
    source = Store(tmp_path / "a")
    original = worksheet("# heading\n[bold]x[/]\n\x1b[31m", ["👩🏽‍💻"], ["comparing", "labelling"])
    source.reflections.add(original)
    path = export(source, "json", areas=["reflections"], out=None, folder=tmp_path, now=NOW)[0]
    target = Store(tmp_path / "b")
    result = import_file(target, path)
    assert result.added == {"reflections": 1}
    assert Store(tmp_path / "b").reflections.all() == [original]
    assert not import_file(Store(tmp_path / "b"), path).changed  # the second time adds nothing


def test_readable_export_includes_the_worksheets(tmp_path: Path):
    source = Store(tmp_path / "a")
    source.reflections.add(Reflection(went_well="Stayed calm [bold]", created_at=NOW, updated_at=NOW))
    written = export(source, "markdown", areas=["reflections"], out=None, folder=tmp_path, now=NOW)
    text = written[0].read_text()
    assert written[0].name == "reflections.md" and "Stayed calm \\[bold\\]" in text
    tokens = MarkdownIt("commonmark").parse(text)
    found = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert found[:3] == [("h1", "Reflections"), ("h2", "Reflection: a general look back"), ("h3", "1. What happened")]
    assert [tag for tag, _ in found].count("h3") == 9
