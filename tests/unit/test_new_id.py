"""Record ids are random version 4 UUIDs in their usual text form."""

import uuid

from resilience_tui.domain.records import new_id


def test_new_ids_are_version_4_uuids_in_canonical_text() -> None:
    ids = [new_id() for _ in range(2000)]
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
    assert len(set(ids)) == len(ids)
