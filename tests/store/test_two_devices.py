"""Two devices end to end: each saves through its own store, the sync service leaves a conflict copy,
and the next read merges it with the revisions the saves wrote (nothing lost, nothing doubled)."""

from __future__ import annotations

import shutil
from dataclasses import replace

from resilience_tui.domain.goal import Goal
from resilience_tui.store.store import Store
from resilience_tui.store.sync_merge import COPY_MARK


def test_edits_saved_on_two_devices_merge_through_a_syncthing_copy(tmp_path):
    here_dir, there_dir = tmp_path / "here", tmp_path / "there"
    here = Store(here_dir)
    titles = ["Walk", "Portfolio", "Call Sam", "Read", "Old"]
    goals = {title: here.goals.add(Goal(title)) for title in titles}
    shutil.copytree(here_dir, there_dir)  # the other device starts from the same files
    there = Store(there_dir)

    here.goals.update(goals["Walk"].edited(title="Walk every morning"))  # changed here only
    there.goals.update(goals["Portfolio"].edited(title="Portfolio: two case studies"))  # there only
    here.goals.update(goals["Call Sam"].edited(title="Call Sam on Monday"))  # both sides, differently
    there.goals.update(goals["Call Sam"].edited(title="Email Sam instead"))
    there.goals.delete(goals["Old"].id)  # deleted there
    there.goals.add(Goal("Learn SQL"))  # added there

    # The sync service keeps our file and puts the other device's beside it as a conflict copy.
    shutil.copy(there_dir / "goals.json", here_dir / "goals.sync-conflict-20261130-120000-ABCDEFG.json")
    merged = Store(here_dir)
    shown = sorted(goal.title for goal in merged.goals.all())

    assert shown == sorted([
        "Walk every morning", "Portfolio: two case studies", "Call Sam on Monday",
        f"Email Sam instead{COPY_MARK}", "Read", "Learn SQL",
    ])
    assert not (here_dir / "goals.sync-conflict-20261130-120000-ABCDEFG.json").exists()
    assert (here_dir / "backups" / "merged" / "goals.sync-conflict-20261130-120000-ABCDEFG.json").is_file()
    assert any("both" in notice for notice in merged.notices)
    # Reading again (and on the other device after the sync) changes nothing more.
    assert sorted(goal.title for goal in Store(here_dir).goals.all()) == shown


def test_a_stale_window_and_a_synced_copy_keep_every_edit(tmp_path):
    folder = tmp_path / "data"
    first = Store(folder)
    goal = first.goals.add(Goal("Walk", notes=""))
    second = Store(folder)
    stale = second.goals.get(goal.id)
    first.goals.update(goal.edited(title="Walk daily"))
    saved = second.goals.update(replace(stale, notes="before work"))  # another field: merged, not overwritten
    assert (saved.title, saved.notes) == ("Walk daily", "before work")
    assert [(g.title, g.notes) for g in Store(folder).goals.all()] == [("Walk daily", "before work")]
