"""Export never fails on a record the store accepted, however extreme its values.

The store here holds the longest text the forms allow (and far longer text written
elsewhere), emoji, right-to-left text, zero-width and bidirectional controls,
escape sequences, markup-like text, huge lists, the scale ends of mood and energy,
and dates at the ends of the years a record can hold. Every format is written,
and the text comes back exactly in the json export and readable in the others.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from resilience_tui.domain.application import MAX_ROUNDS, Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest
from resilience_tui.domain.goal import MAX_TITLE_LENGTH, Goal, Step
from resilience_tui.domain.journal import WIN, JournalEntry
from resilience_tui.domain.person import Person
from resilience_tui.domain.reflection import Action, Reflection, Story, Thought
from resilience_tui.domain.stored import MAX_COUNT, MAX_YEAR, MIN_YEAR
from resilience_tui.domain.worry import Worry
from resilience_tui.export.writer import export
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=timezone.utc)
EMOJI = "👩🏽‍💻🏳️‍🌈🫶"
RTL = "שלום עולם مرحبا بالعالم"
ZERO_WIDTH = "a\u200bb\u200cc\u200dd\ufeffe"
CONTROLS = "\x1b]52;c;aGk=\x07\x1b[2J\u202eevil\u2066x\u2069\x85\x00"
MARKUP = "[bold]x[/] <script>alert(1)</script> | # * _ ` \\"
HOSTILE = " ".join((EMOJI, RTL, ZERO_WIDTH, CONTROLS, MARKUP))
LONG = (HOSTILE + " ") * 400  # about 50,000 characters


def _moment(year: int) -> datetime:
    return datetime(year, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=-14 if year == MIN_YEAR else 14)))


@pytest.fixture
def store(data_dir: Path) -> Store:
    store = Store(data_dir)
    for year, mood, energy in ((MIN_YEAR, 1, 1), (MAX_YEAR, 5, 5), (2026, 3, None)):
        at = _moment(year)
        store.checkins.add(CheckIn(mood=mood, energy=energy, at=at, note=LONG, tags=tuple(f"t{i}{EMOJI}" for i in range(300)),
                                   emotions=(HOSTILE,) * 50, application_id=HOSTILE, created_at=at, updated_at=at))
        store.journal.add(JournalEntry(body=LONG, title=HOSTILE, at=at, kind=WIN, starred=True, tags=(HOSTILE, RTL),
                                       created_at=at, updated_at=at))
    at = _moment(2026)
    title = (HOSTILE * 10)[:MAX_TITLE_LENGTH]
    store.goals.add(Goal(title=title, position=MAX_COUNT, notes=LONG, steps=tuple(Step(HOSTILE, i % 2 == 0) for i in range(1_000)),
                         due=date(MAX_YEAR, 12, 31), weekly=True, week_of=date(MIN_YEAR, 1, 6),
                         weeks_done=tuple(date(2026, 1, 5) + timedelta(weeks=i) for i in range(500)),
                         created_at=at, updated_at=at))
    store.goals.add(Goal(title=RTL, position=-MAX_COUNT, created_at=at, updated_at=at))
    store.applications.add(Application(company=HOSTILE, role=LONG, stage="later", rounds=MAX_ROUNDS, source=CONTROLS,
                                       applied_on=date(MIN_YEAR, 1, 1), rejected_on=date(MAX_YEAR, 12, 31), outcome="rejected",
                                       interview_dates=tuple(date(2026, 1, 1) + timedelta(days=i) for i in range(1_000)),
                                       contact_name=RTL, contact_email=HOSTILE, reason=LONG, notes=LONG,
                                       created_at=at, updated_at=at))
    store.feedback.add(FeedbackRequest(recipient=HOSTILE, subject=HOSTILE, body=LONG, status="replied",
                                       sent_on=date(MIN_YEAR, 1, 1), replied_on=date(MAX_YEAR, 1, 1),
                                       points=tuple(FeedbackPoint(HOSTILE) for _ in range(300)), created_at=at, updated_at=at))
    store.reflections.add(Reflection(status="complete", completed_at=_moment(MAX_YEAR), stage=HOSTILE, who=RTL, felt=LONG,
                                     went_well=LONG, differently=HOSTILE, gaps=EMOJI, feedback=LONG,
                                     questions=(HOSTILE,) * 500,
                                     stories=tuple(Story(HOSTILE, LONG[:500], RTL, EMOJI, CONTROLS) for _ in range(200)),
                                     thoughts=tuple(Thought(HOSTILE, ("labelling", "mind-reading"), RTL) for _ in range(200)),
                                     actions=tuple(Action(HOSTILE[:200]) for _ in range(200)),
                                     created_at=at, updated_at=at))
    store.people.add(Person(name=HOSTILE + RTL + EMOJI, note=LONG, created_at=at, updated_at=at))
    store.worries.add(Worry(text=HOSTILE + RTL + EMOJI, look_back_on=date(MAX_YEAR, 12, 31), answer="partly",
                            what_happened=LONG, answered_on=date(MIN_YEAR, 1, 1), created_at=at, updated_at=at))
    store.settings.set("my_name", HOSTILE)
    store.drafts.set("checkin", {"note": LONG, "nested": [[[[HOSTILE]]]]})
    return store


def test_every_format_exports_extreme_values(store: Store, tmp_path: Path) -> None:
    fresh = Store(store.root)  # everything as read back from the files
    assert fresh.problems == []
    counts = {"checkins": 3, "journal": 3, "goals": 2, "applications": 1, "feedback": 1, "reflections": 1, "people": 1,
              "worries": 1}
    for area, count in counts.items():
        assert fresh.repository(area).count() == count, area

    [json_file] = export(fresh, "json", areas=None, out=tmp_path / "all.json", folder=tmp_path, now=NOW)
    data = json.loads(json_file.read_bytes())
    for area, count in counts.items():
        assert len(data["areas"][area]["records"]) == count, area
    notes = {record["note"] for record in data["areas"]["checkins"]["records"]}
    assert notes == {LONG}  # the text is exact, control characters and all
    assert {record["title"] for record in data["areas"]["goals"]["records"]} == {(HOSTILE * 10)[:MAX_TITLE_LENGTH], RTL}
    assert len(data["areas"]["goals"]["records"][0]["steps"]) == 1_000
    assert {doc["key"]: doc["value"] for doc in data["areas"]["settings"]["records"]}["my_name"] == HOSTILE

    for fmt, suffix in (("markdown", ".md"), ("html", ".html")):
        written = export(fresh, fmt, areas=None, out=tmp_path / fmt, folder=tmp_path, now=NOW)
        assert sorted(p.name for p in written) == sorted(f"{area}{suffix}" for area in counts)
        for path in written:
            text = path.read_text(encoding="utf-8")
            assert RTL in text and EMOJI in text, path.name
            if fmt == "html":
                assert "<script>" not in text and "&lt;script&gt;" in text
        journal = (tmp_path / fmt / f"journal{suffix}").read_text(encoding="utf-8")
        assert str(MIN_YEAR) in journal and str(MAX_YEAR) in journal
