"""Words typed but not saved yet, kept in `drafts.json`: one document per draft name.

    store.drafts.get(CHECKIN)           -> the draft's value, or None
    store.drafts.set(CHECKIN, values)   one atomic save (nothing written if unchanged)
    store.drafts.delete(CHECKIN)

A value is anything JSON can hold (usually a dict of form fields). Older versions
kept drafts in `settings.json`; `move_legacy_drafts` moves them here the first
time the drafts are opened: drafts are written first, then removed from the
settings, each in one atomic save, so an interruption at any point loses nothing
and the next open finishes the move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from resilience_tui.store.errors import StoreError
from resilience_tui.store.keyed import MISSING, Doc, KeyedRepository

if TYPE_CHECKING:
    from resilience_tui.store.areas import Area
    from resilience_tui.store.settings import SettingsRepository
    from resilience_tui.store.store import Store

CHECKIN = "checkin"  # the check-in form
_APPLICATION = "application:"  # + "new", or the id of the application being edited

# Settings keys that held drafts before drafts had their own file.
LEGACY_CHECKIN = "checkin_draft"
LEGACY_APPLICATIONS = "application_drafts"  # {form key: values}
LEGACY_KEYS = (LEGACY_CHECKIN, LEGACY_APPLICATIONS)


def application_form(form_key: str) -> str:
    """The draft name of the application form for `form_key` ("new" or an application id)."""
    return f"{_APPLICATION}{form_key}"


class DraftsRepository(KeyedRepository):
    def get(self, name: str) -> Any | None:
        return self._raw(name, None)

    def set(self, name: str, value: Any) -> None:
        self._store(name, value)

    def delete(self, name: str) -> None:
        self._remove(name)

    def names(self) -> list[str]:
        return self.keys()


def legacy_to_drafts(docs: list[Doc]) -> tuple[list[Doc], list[Doc]]:
    """Split settings documents into (settings proper, drafts under their new names)."""
    settings: list[Doc] = []
    drafts: list[Doc] = []
    for doc in docs:
        key, value = doc.get("key"), doc.get("value")
        stamp = doc.get("updated_at")
        if key == LEGACY_CHECKIN:
            drafts.append({"key": CHECKIN, "value": value, "updated_at": stamp})
        elif key == LEGACY_APPLICATIONS and isinstance(value, dict):
            drafts.extend({"key": application_form(str(form)), "value": values, "updated_at": stamp}
                          for form, values in value.items())
        elif key == LEGACY_APPLICATIONS:
            drafts.append(dict(doc))  # not in the form the app wrote; kept, under its old name
        else:
            settings.append(doc)
    return settings, drafts


def move_legacy_drafts(settings: SettingsRepository, drafts: DraftsRepository) -> int:
    """Move drafts kept in the settings into the drafts file. Returns how many drafts were added.

    A draft already in the drafts file is newer than the settings' copy (the settings
    are never written with drafts again), so it is kept as it is.
    """
    if all(settings.get(key, MISSING) is MISSING for key in LEGACY_KEYS):
        return 0
    legacy = [doc for doc in settings.docs() if doc.get("key") in LEGACY_KEYS]
    _, moved = legacy_to_drafts(legacy)
    added = drafts.add_missing(moved)
    settings.remove_keys(list(LEGACY_KEYS))
    return added


def open_drafts(store: Store, area: Area) -> DraftsRepository:
    drafts = DraftsRepository(store.open_file(area.path(store.root), area.name, area.label))
    try:
        move_legacy_drafts(store.settings, drafts)
    except StoreError:
        pass  # the disk refused a save: the drafts stay where they are, and the next open moves them
    return drafts
