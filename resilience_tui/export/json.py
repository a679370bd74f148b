"""The complete export: every record of every area, as stored, with each area's schema version.

    {
      "format": "resilience-export", "format_version": 1,
      "app_version": "0.3.0", "exported_at": "2026-11-26T18:30:00+00:00",
      "areas": {
        "checkins": {"schema_version": 1, "records": [{...}, ...]},
        "journal":  {"schema_version": 1, "records": [...]},
        "settings": {"schema_version": 1, "records": [{"key": "theme", "value": "nord", ...}]},
        "drafts":   {"schema_version": 1, "records": [{"key": "checkin", "value": {...}, ...}]}
      }
    }

Settings are included whole, and drafts as their own area: a draft is words the
person typed, and this file is the one that must lose nothing. Text is written with \\u escapes
for anything outside ASCII, so every string (even a lone surrogate) survives.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from resilience_tui import __version__
from resilience_tui.domain.records import iso
from resilience_tui.export import Steps
from resilience_tui.export.areas import area_names, documents, each_document, title_of
from resilience_tui.store.areas import AREAS

if TYPE_CHECKING:
    from resilience_tui.domain.records import JsonDict
    from resilience_tui.store.store import Store

FORMAT = "resilience-export"
FORMAT_VERSION = 1


def export_data(store: Store, areas: list[str] | None = None, *, now: datetime, steps: Steps | None = None) -> JsonDict:
    chosen = areas or area_names(store)
    content: JsonDict = {}
    for area in chosen:
        if steps is not None:
            steps.start(f"Writing {title_of(area)}")
        content[area] = {"schema_version": AREAS[area].version, "records": documents(store, area)}
        if steps is not None:
            steps.finish()
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": iso(now),
        "areas": content,
    }


def export_json(store: Store, areas: list[str] | None = None, *, now: datetime, steps: Steps | None = None) -> str:
    return "".join(json_pieces(store, areas, now=now, steps=steps))


def json_pieces(store: Store, areas: list[str] | None = None, *, now: datetime,
                steps: Steps | None = None) -> Iterator[str]:
    """The text of `export_data(...)` as `json.dumps(indent=1, ensure_ascii=True)` writes it, made
    record by record: only one record is turned into text at a time."""
    chosen = areas or area_names(store)
    head = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__, "exported_at": iso(now)}
    yield "{\n" + "".join(f" {_dumps(key)}: {_dumps(value)},\n" for key, value in head.items())
    if not chosen:
        yield ' "areas": {}\n}\n'
        return
    yield ' "areas": {\n'
    for number, area in enumerate(chosen):
        if steps is not None:
            steps.start(f"Writing {title_of(area)}")
        yield f'  {_dumps(area)}: {{\n   "schema_version": {_dumps(AREAS[area].version)},\n   "records": ['
        first = True
        for doc in each_document(store, area):
            # ensure_ascii leaves no line break inside a string: every "\n" is the layout's own.
            yield ("\n    " if first else ",\n    ") + _dumps(doc, indent=1).replace("\n", "\n    ")
            first = False
        yield ("]" if first else "\n   ]") + ("\n  }\n" if number == len(chosen) - 1 else "\n  },\n")
        if steps is not None:
            steps.finish()
    yield " }\n}\n"


def _dumps(value: object, indent: int | None = None) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=True)
