"""Small settings kept in `settings.json`: one document per key.

Callers name a setting by its `Setting` from `store/settings_keys.py`, which gives
the value's type and default: `settings.get(THEME)` is a `str`, whatever the file
holds. A plain string key reads or writes the stored value as it is (for imports,
exports and tests).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, overload

from resilience_tui.store.keyed import MISSING, KeyedRepository
from resilience_tui.store.settings_keys import Setting

if TYPE_CHECKING:
    from resilience_tui.store.areas import Area
    from resilience_tui.store.store import Store

T = TypeVar("T")


class SettingsRepository(KeyedRepository):
    @overload
    def get(self, key: Setting[T]) -> T: ...
    @overload
    def get(self, key: str, default: Any = None) -> Any: ...
    def get(self, key: Setting[Any] | str, default: Any = None) -> Any:
        if isinstance(key, Setting):
            return key.read(self._raw(key.key, MISSING))
        return self._raw(key, default)

    @overload
    def set(self, key: Setting[T], value: T) -> None: ...
    @overload
    def set(self, key: str, value: Any) -> None: ...
    def set(self, key: Setting[Any] | str, value: Any) -> None:
        if isinstance(key, Setting):
            if not key.accepts(value):
                raise TypeError(f"the setting {key.key!r} takes a {key.kind.__name__}, not {type(value).__name__}")
            if not key.in_range(value):
                raise ValueError(f"the setting {key.key!r} takes a number from {key.low} to {key.high}")
            key = key.key
        self._store(key, value)

    def delete(self, key: Setting[Any] | str) -> None:
        self._remove(key.key if isinstance(key, Setting) else key)

    def is_set(self, key: Setting[Any] | str) -> bool:
        """True when the file holds a value for the key (of any type)."""
        return self._contains(key.key if isinstance(key, Setting) else key)


def open_settings(store: Store, area: Area) -> SettingsRepository:
    return SettingsRepository(store.open_file(area.path(store.root), area.name, area.label))
