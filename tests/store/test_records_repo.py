"""The single-file repository used by small areas, tried on a stand-in record type."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from resilience_tui.domain.records import new_id
from resilience_tui.store.areas import AREAS, Area
from resilience_tui.store.records import RecordRepository
from resilience_tui.store.store import Store


@dataclass(frozen=True)
class Note:
    text: str
    id: str = field(default_factory=new_id)
    created_at: str = "2026-11-26T10:00:00+00:00"
    updated_at: str = "2026-11-26T10:00:00+00:00"

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "created_at": self.created_at, "updated_at": self.updated_at}

    @classmethod
    def from_dict(cls, data: dict) -> Note:
        if not isinstance(data["text"], str):
            raise ValueError("text")
        return cls(data["text"], data["id"], data["created_at"], data["updated_at"])


@pytest.fixture
def notes(data_dir, monkeypatch):
    monkeypatch.setitem(AREAS, "notes", Area("notes", 1, ("id", "text"), f"{__name__}:Note"))

    def open_repo():
        store = Store(data_dir)
        return RecordRepository(store.open_file(data_dir / "notes.json", "notes", "notes"), Note)

    return open_repo


def test_add_update_delete_restore_survive_a_restart(notes):
    repo = notes()
    first, second = repo.add(Note("one")), repo.add(Note("two [bold]"))
    repo.update(Note("one, edited", id=first.id))
    removed = repo.delete(second.id)
    assert [n.text for n in notes().all()] == ["one, edited"]
    repo.restore(removed)
    again = notes()
    assert again.get(second.id) == second
    assert again.count() == 2


def test_update_of_a_missing_record_raises(notes):
    with pytest.raises(KeyError):
        notes().update(Note("nobody"))


def test_save_many_is_one_write(notes, data_dir):
    repo = notes()
    items = [repo.add(Note(str(n))) for n in range(3)]
    before = (data_dir / "notes.json").stat().st_ino
    repo.save_many([Note(f"changed {n.text}", id=n.id) for n in items])
    assert (data_dir / "notes.json").stat().st_ino != before
    assert sorted(n.text for n in notes().all()) == ["changed 0", "changed 1", "changed 2"]


def test_add_many_skips_known_and_repeated_ids(notes):
    repo = notes()
    known = repo.add(Note("known"))
    fresh = Note("fresh")
    assert repo.add_many([known, fresh, fresh]) == 1
    assert sorted(n.text for n in notes().all()) == ["fresh", "known"]


def test_a_record_that_cannot_be_read_moves_the_file_aside(notes, data_dir):
    notes().add(Note("fine"))
    path = data_dir / "notes.json"
    path.write_text(path.read_text().replace('"text": "fine"', '"text": 42'))
    store = Store(data_dir)
    repo = RecordRepository(store.open_file(path, "notes", "notes"), Note)
    assert repo.all() == []
    assert len(store.problems) == 1 and "cannot be read" in store.problems[0].reason
