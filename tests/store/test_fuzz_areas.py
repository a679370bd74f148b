"""Fuzz: whatever a data file of the right outer shape holds, the store never fails with anything but its own errors.

For every area of the area table, hypothesis writes one TinyDB file (`_default` and
`_meta` tables, the area's required names present) whose values are random: a valid
record with some fields swapped for ints, huge and non-finite floats, text with
control characters, lone surrogates, nested lists and objects. The store then reads
the area through its repository and exports it (json, markdown, html). Either the
record is accepted, and then it survives a save and a fresh read and its export is
complete; or the file is rejected, and then it was moved aside byte for byte and
reported. Nothing else may escape: no OverflowError, RecursionError, ValueError, ...
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from resilience_tui.export.html import render_page
from resilience_tui.export.json import export_json
from resilience_tui.export.markdown import area_markdown
from resilience_tui.store.areas import AREAS
from resilience_tui.store.errors import StoreError
from resilience_tui.store.settings_keys import ALL as ALL_SETTINGS
from resilience_tui.store.store import Store
from tests.store.test_bad_values import good_doc

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
EXAMPLES_PER_AREA = 40

MOMENTS = ["2026-03-01T09:00:00+00:00", "2026-03-01", "0001-01-01T00:00:00", "9999-12-31T23:59:59-23:59",
           "2026-02-30T00:00:00", "2026-W10", "", " ", "1970-01-01T00:00:00+14:00"]
scalars = (
    st.none() | st.booleans()
    | st.integers() | st.integers(min_value=-(10**40), max_value=10**40) | st.sampled_from([0, 1, 5, 6, -1, 2**63])
    | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([1e308, -1e308, 5e-324])
    | st.text(max_size=20) | st.text(st.characters(min_codepoint=0, max_codepoint=0x2070), max_size=12)
    | st.sampled_from(["\x1b]52;c;aGk=\x07", "\ud800", "\u202e", "\x00", "[/]", *MOMENTS])
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                      max_leaves=8)


def _records_doc(area: str, data: st.DataObject) -> dict[str, Any]:
    doc = good_doc(area)
    for name in data.draw(st.lists(st.sampled_from(sorted(doc)), unique=True, max_size=4), label="changed"):
        doc[name] = data.draw(values, label=name)
    for name in data.draw(st.lists(st.text(max_size=8), max_size=2), label="extra names"):
        doc.setdefault(name, data.draw(values, label=f"extra {name}"))
    return doc


def _keyed_doc(area: str, data: st.DataObject) -> dict[str, Any]:
    keys = [setting.key for setting in ALL_SETTINGS] + ["checkin", "application:new", "checkin_draft", "application_drafts"]
    key = data.draw(st.sampled_from(keys) | values, label="key")
    doc: dict[str, Any] = {"key": key, "value": data.draw(values, label="value")}
    if data.draw(st.booleans(), label="with a time"):
        doc["updated_at"] = data.draw(st.sampled_from(MOMENTS) | values, label="updated_at")
    return doc


def _file(area: str, doc: dict[str, Any]) -> bytes:
    tables = {"_default": {"1": doc}, "_meta": {"1": {"area": area, "schema_version": AREAS[area].version}}}
    return json.dumps(tables, allow_nan=True).encode()


def _use(store: Store, area: str) -> list[Any]:
    """Read the area every way the app and the commands do, and export it; returns what was read."""
    repository = store.repository(area)
    if AREAS[area].keyed:
        found: list[Any] = repository.docs()
        repository.keys()
        if area == "settings":
            for setting in ALL_SETTINGS:
                value = store.settings.get(setting)
                assert setting.accepts(value) and setting.in_range(value)
        else:
            for name in repository.names():
                repository.get(name)
    else:
        found = repository.all()
        assert repository.count() == len(found)
        for record in found:
            assert repository.get(record.id) == record
        if hasattr(repository, "recent"):
            assert repository.recent(5) == found[:5][::-1] or len(found) != 1
        if hasattr(repository, "index"):
            repository.index()
    json.loads(export_json(store, [area], now=NOW))
    if AREAS[area].readable:
        render_page(area, area_markdown(store, area, NOW))
    return found


def _check_area(area: str, data: st.DataObject) -> None:
    doc = _keyed_doc(area, data) if AREAS[area].keyed else _records_doc(area, data)
    written = _file(area, doc)
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        entry = AREAS[area]
        path = entry.path(root) / "2026.json" if entry.yearly else entry.path(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(written)
        store = Store(root)
        try:
            found = _use(store, area)
        except StoreError:
            event(f"{area}: refused with the store's own error")
            return  # the store's own errors, with words for the person, are allowed
        if store.problems:
            (problem,) = store.problems
            assert problem.area == area and problem.moved_to.read_bytes() == written
            assert not path.exists() and found == []
            event(f"{area}: moved aside")
            return
        event(f"{area}: read")
        if entry.keyed:  # (a draft older versions kept among the settings moves to the drafts: a write)
            assert len(found) <= 1
        else:
            assert len(found) == 1
            assert path.read_bytes() == written  # reading wrote nothing
            # What the store accepted can be saved and read back, and is in its export.
            saved = store.repository(area).update(found[0])
            again = Store(root)
            assert [r.to_dict() for r in again.repository(area).all()] == [saved.to_dict()]
            assert saved.revision == found[0].revision + 1
            assert again.problems == []
            exported = json.loads(export_json(again, [area], now=NOW))
            assert exported["areas"][area]["records"][0]["id"] == found[0].id
    finally:
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=EXAMPLES_PER_AREA * len(AREAS), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(area=st.sampled_from(sorted(AREAS)), data=st.data())
def test_any_values_in_any_area_file_are_read_or_set_aside_never_a_crash(area: str, data: st.DataObject) -> None:
    _check_area(area, data)
