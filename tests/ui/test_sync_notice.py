"""The app tells the person, once, about a conflict copy from a synced folder that it merged at start."""

from __future__ import annotations

from resilience_tui.store.revisions import stamped
from tests.store.test_sync_conflicts import SYNCTHING, tables, write
from tests.ui.helpers import app_on, checkin, notices


async def test_a_merged_checkins_copy_is_shown_as_a_notification(data_dir):
    here = stamped(checkin(2, 4, note="here").to_dict(), None)
    there = stamped(checkin(3, 2, note="there").to_dict(), None)
    write(data_dir / "checkins" / "2026.json", tables("checkins", [here]))
    write(data_dir / "checkins" / SYNCTHING.format(stem="2026"), tables("checkins", [there]))

    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = [n for n in notices(app) if "from another device (Syncthing)" in n]
        assert shown == [
            "Your check-ins for 2026 had a copy from another device (Syncthing). They are merged and nothing "
            "was lost. The copy is kept in backups/merged."
        ]
        assert sorted(c.note for c in app.store.checkins.all()) == ["here", "there"]
