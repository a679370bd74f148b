"""The demo journal: about an entry a day, following the check-ins' story, deterministic, valid."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from resilience_tui.demo import TODAY_CUTOFF, write_demo
from resilience_tui.demo.journal import journal_entries
from resilience_tui.demo.plan import make_plan
from resilience_tui.domain.journal import JournalEntry, validate
from resilience_tui.store.store import Store

TODAY = date(2025, 3, 14)
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def entries_for(years: int, seed: int = 2026) -> list[JournalEntry]:
    days = 365 * years
    plan = make_plan(random.Random(seed), days)
    return journal_entries(plan, TODAY - timedelta(days=days - 1), seed)


@pytest.fixture(scope="module")
def one_year(tmp_path_factory) -> tuple[Path, dict, list[JournalEntry]]:
    folder = tmp_path_factory.mktemp("demo") / "data"
    counts = write_demo(folder, 1, today=TODAY)
    return folder, counts, Store(folder).journal.all()


def test_about_one_entry_a_day_and_counted(one_year):
    folder, counts, entries = one_year
    assert counts["journal"] == len(entries)
    assert 365 * 0.9 <= len(entries) <= 365 * 1.1
    wins = [e for e in entries if e.is_win]
    assert 0.08 <= len(wins) / len(entries) <= 0.3
    assert any(e.starred for e in wins) and any(e.starred for e in entries if not e.is_win)


def test_deterministic_and_seeded():
    assert entries_for(1) == entries_for(1)
    assert entries_for(1, seed=7) != entries_for(1)


def test_every_entry_is_valid_and_in_the_past(one_year):
    _, _, entries = one_year
    cutoff = datetime.combine(TODAY, TODAY_CUTOFF).astimezone()
    ids = set()
    for entry in entries:
        assert validate(entry, cutoff) == entry
        assert entry.at <= cutoff and entry.created_at == entry.updated_at == entry.at
        assert UUID4.match(entry.id)
        ids.add(entry.id)
    assert len(ids) == len(entries)
    assert any(e.at.date() == TODAY for e in entries)


def test_varied_markdown_with_tags_and_the_odd_character(one_year):
    _, _, entries = one_year
    bodies = [e.body for e in entries]
    assert len(set(bodies)) >= 0.95 * len(bodies)  # varied, not a few texts repeated
    assert any(b.startswith("# ") for b in bodies) and any("\n- " in b for b in bodies) and any("**" in b for b in bodies)
    assert any(e.title for e in entries) and any(not e.title for e in entries)
    assert any(re.search(r"(^|\s)#[a-z]", b) for b in bodies)  # #tags written in the text
    assert any(e.tags for e in entries)  # and tags set directly
    tags = {t for e in entries for t in e.all_tags}
    assert {"win", "interview", "rejection"} <= tags
    assert sum(len(b) for b in bodies) / len(bodies) > 250


def test_the_scripted_rejection_is_written_about(one_year):
    folder, _, entries = one_year
    rejection_day = TODAY - timedelta(days=9)
    [checkin] = [c for c in Store(folder).checkins.all() if "rejection" in c.tags and c.at.date() == rejection_day]
    company = [t for t in checkin.tags if t != "rejection"][0]
    that_day = [e for e in entries if e.at.date() == rejection_day]
    assert that_day and all(e.at.hour >= 19 for e in that_day)  # written in the evening, after the news
    assert any("rejection" in e.all_tags for e in that_day)
    later = [e for e in entries if rejection_day < e.at.date() <= TODAY and e.is_win]
    assert later  # the recovery has wins in it
    name = company.replace("-", " ").title()
    assert any(name in e.body or name in e.title for e in entries if e.at.date() >= rejection_day - timedelta(days=30))


def test_one_write_per_journal_year(tmp_path, monkeypatch):
    import resilience_tui.store.datafile as datafile

    written: list[str] = []
    real = datafile.write_bytes_atomic
    monkeypatch.setattr(datafile, "write_bytes_atomic", lambda path, data: (written.append(path.name)
                                                                             if path.parent.name == "journal" else None,
                                                                             real(path, data)))
    write_demo(tmp_path / "d", 3, today=TODAY)
    assert sorted(written) == ["2022.json", "2023.json", "2024.json", "2025.json"]


def test_kept_writing_sprints_follow_rejections_and_mark_first_aid_done(one_year):
    from resilience_tui.domain.first_aid import SPRINT_TAG, first_aid_step

    folder, _counts, entries = one_year
    sprints = [e for e in entries if SPRINT_TAG in e.all_tags]
    assert sprints, "the demo keeps some writing sprints"
    store = Store(folder)
    rejections = [a for a in store.applications.all() if a.is_rejection and a.rejected_on]
    for sprint in sprints:
        assert any(0 <= (sprint.at.date() - a.rejected_on).days <= 1 for a in rejections)
        assert validate(sprint) == sprint and sprint.body.strip()
    scripted = next(a for a in rejections if a.rejected_on == TODAY - timedelta(days=9))  # the final round's no
    assert first_aid_step(scripted, TODAY, entries=entries).done
