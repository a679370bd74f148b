"""Merging the inbox of an encrypted folder: records the shell sealed while it was locked.

Each sealed file is opened, its record added unless a record with its id is already
stored, and only then removed, all under the inbox's lock: a crash between the save and
the removal merges nothing twice (the id is known next time), and two windows unlocking at
once take turns. A damaged sealed file is left where it is and counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_tui.store.store import Store


@dataclass
class Merged:
    added: int = 0
    damaged: int = 0


def merge_inbox(store: Store, inbox_private: bytes) -> Merged:
    from resilience_tui.store.inbox import pending

    result = Merged()
    if not pending(store.root):
        return result
    from resilience_tui.store.areas import AREAS
    from resilience_tui.store.inbox import inbox_lock, open_record

    with inbox_lock(store.root):
        for path in pending(store.root):
            try:
                area, doc = open_record(inbox_private, path)
                entry = AREAS[area]
                record = entry.load_record_type().from_dict(doc)
            except FileNotFoundError:
                continue
            except (ValueError, KeyError, TypeError, AttributeError):
                result.damaged += 1
                continue
            repository = store.repository(area)
            if repository.get(record.id) is None:
                _add(store, area, record)
                result.added += 1
            path.unlink(missing_ok=True)
    return result


def _add(store: Store, area: str, record: object) -> None:
    if area == "goals":  # a goal goes to the top of its column, as it would have when it was added
        from resilience_tui.services.goals import add_goal

        add_goal(store, record)  # type: ignore[arg-type]
    else:
        store.repository(area).add(record)


def inbox_hook(store: Store, inbox_private: bytes) -> None:
    """Merge new sealed records whenever the store refreshes (an open app picks them up)."""
    store.refresh_hooks.append(lambda: merge_inbox(store, inbox_private).added > 0)
