"""Store.changes(): what screens compare to skip drawing again what did not change."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from resilience_tui.domain.application import Application
from resilience_tui.store.settings_keys import MY_NAME
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=timezone.utc)


def an_application(company: str) -> Application:
    return Application(company=company, role="Engineer", created_at=NOW, updated_at=NOW)


def test_reading_a_file_first_leaves_it_and_a_save_or_another_windows_save_grows_it(data_dir):
    Store(data_dir).applications.add(an_application("Acme"))
    store = Store(data_dir)
    before = store.changes()
    assert [a.company for a in store.applications.all()] == ["Acme"]  # read for the first time
    assert store.changes() == before
    store.refresh()
    assert store.changes() == before  # nothing changed on disk

    store.applications.add(an_application("Bluepeak"))
    saved = store.changes()
    assert saved > before

    other = Store(data_dir)  # another window
    other.applications.add(an_application("Cedar"))
    path = data_dir / "applications.json"
    later = datetime.now().timestamp() + 5  # a clock tick the file's stamp cannot miss
    os.utime(path, (later, later))
    store.refresh()
    assert store.changes() > saved
    assert len(store.applications.all()) == 3


def test_a_saved_setting_grows_it_too(data_dir):
    store = Store(data_dir)
    before = store.changes()
    store.settings.set(MY_NAME, "Alex")
    assert store.changes() > before
