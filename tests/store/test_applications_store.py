"""applications.json and feedback.json keep the storage contract: plain TinyDB, private, never written over."""

from __future__ import annotations

import os
import stat

from tinydb import TinyDB

from resilience_tui.store.store import Store
from tests.ui.application_helpers import rejection, request


def test_plain_private_tinydb_files(data_dir):
    store = Store(data_dir)
    application = store.applications.add(rejection())
    store.feedback.add(request(application))
    for name in ("applications.json", "feedback.json"):
        path = data_dir / name
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        with TinyDB(path) as db:
            [doc] = db.all()
            assert doc["id"]
    with TinyDB(data_dir / "applications.json") as db:
        assert db.all()[0]["company"] == "Acme Health"


def test_a_damaged_applications_file_is_moved_aside_and_reported(data_dir):
    store = Store(data_dir)
    store.applications.add(rejection())
    path = data_dir / "applications.json"
    path.write_text(path.read_text().replace('"stage": "final"', '"stage": "the moon"'))
    again = Store(data_dir)
    assert again.applications.all() == []
    [problem] = again.problems
    assert problem.label == "applications" and "cannot be read" in problem.message
    assert any(p.name.startswith("applications.corrupt-") for p in data_dir.iterdir())


def test_update_delete_restore(data_dir):
    store = Store(data_dir)
    application = store.applications.add(rejection())
    store.applications.update(application.edited(role="Lead"))
    removed = store.applications.delete(application.id)
    assert Store(data_dir).applications.all() == []
    store.applications.restore(removed)
    assert Store(data_dir).applications.get(application.id).role == "Lead"
