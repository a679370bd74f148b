"""Text fields keep exactly what the person typed, whatever it is: control characters,
emoji, right-to-left text, markup-like brackets, very long notes."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import TinyDB

from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin, stored_docs, year_file

HOSTILE = [
    "",
    "[bold]not bold[/]",
    "[/]",
    "[red on blue]x[/red on blue] [link=https://example.com]y[/link]",
    "\x00\x01\x07\x1b[31mred\x1b[0m\x7f",
    "line one\r\nline two\rline three\n",
    "\u2028\u2029\ufeff\u200b\u200d",
    "שלום עולם \u202eevil\u202c مرحبا",
    "👩🏽‍💻🏳️‍🌈 🫠 e\u0301",
    "\\u0000 \\n \" ' ` $HOME %s {0} ${x}",
    "\ud800 lone surrogate \udfff",
    "\U0010ffff\uffff",
]

texts = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(exclude_categories=()), max_size=200),  # every code point, surrogates included
    st.lists(st.sampled_from(HOSTILE), max_size=4).map("".join),
)


@settings(max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=texts, tags=st.lists(texts, max_size=4))
def test_notes_and_tags_round_trip_exactly(note: str, tags: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        checkin = make_checkin(0, note=note, tags=tuple(tags), emotions=tuple(tags[:1]))
        Store(root).checkins.add(checkin)

        got = Store(root).checkins.get(checkin.id)
        assert got == checkin
        assert got.note == note and got.tags == tuple(tags)
        (doc,) = stored_docs(year_file(root))
        assert doc["note"] == note and doc["tags"] == tags
        # Stored as ASCII JSON, so the file stays readable by any JSON reader.
        year_file(root).read_bytes().decode("ascii")


def test_markup_and_control_text_readable_with_stock_tinydb(store: Store, data_dir: Path) -> None:
    checkins = [make_checkin(i, note=text, tags=(text,) if text else ()) for i, text in enumerate(HOSTILE)]
    for checkin in checkins:
        store.checkins.add(checkin)
    db = TinyDB(year_file(data_dir), access_mode="r")
    try:
        notes = [doc["note"] for doc in db.table("_default").all()]
    finally:
        db.close()
    assert notes == HOSTILE
    fresh = Store(data_dir)
    assert [fresh.checkins.get(c.id) for c in checkins] == checkins


def test_one_megabyte_note_round_trips(store: Store, data_dir: Path) -> None:
    pattern = "A calm day. [bold]x[/] שלום 👍 \x00\t\n"
    note = (pattern * (1_000_000 // len(pattern) + 1))[:1_000_000]
    assert len(note) == 1_000_000
    checkin = make_checkin(0, note=note)
    store.checkins.add(checkin)
    small = make_checkin(1, note="and a small one after it")
    store.checkins.add(small)

    fresh = Store(data_dir)
    assert fresh.checkins.get(checkin.id).note == note
    assert fresh.checkins.get(small.id) == small
    docs = {doc["id"]: doc for doc in json.loads(year_file(data_dir).read_bytes())["_default"].values()}
    assert docs[checkin.id]["note"] == note
