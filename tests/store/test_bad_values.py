"""A data file that parses but holds values a record cannot hold is a damaged file.

Out-of-range numbers, wrong types, unreadable dates and JSON nested too deep to read
are moved aside byte for byte and reported, never a crash; typed settings of the
wrong type or out of range read as their default.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.application import Application
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest
from resilience_tui.domain.goal import Goal, Source, Step
from resilience_tui.domain.journal import JournalEntry
from resilience_tui.domain.person import Person
from resilience_tui.domain.prediction import Prediction
from resilience_tui.domain.reflection import Action, Reflection, Story, Thought
from resilience_tui.domain.worry import Worry
from resilience_tui.store.settings_keys import FOLLOW_UP_DAYS, PROFILE_ASKED, THEME
from resilience_tui.store.store import Store
from tests.store.helpers import make_checkin

AT = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
DAY = date(2026, 3, 1)
RECORD_ID = "5ab264d4-c41c-4527-b225-8f410fc1586a"


def good_doc(area: str) -> dict[str, Any]:
    """A valid stored record of `area`, with every optional part filled in."""
    record: Any
    if area == "checkins":
        record = make_checkin(1, energy=3, application_id="app-1")
    elif area == "journal":
        record = JournalEntry(body="A good day", at=AT, title="Day", tags=("calm",), starred=True, created_at=AT, updated_at=AT)
    elif area == "goals":
        record = Goal(title="Walk", category="wellbeing", position=2, due=DAY, steps=(Step("shoes", True),), notes="n",
                      weekly=True, week_of=DAY, weeks_done=(DAY,), source=Source("application", "app-1"),
                      finished_at=AT, created_at=AT, updated_at=AT)
    elif area == "applications":
        record = Application(company="Acme", role="Designer", applied_on=DAY, stage="later", rounds=2,
                             interview_dates=(DAY,), outcome="rejected", rejected_on=DAY, created_at=AT, updated_at=AT,
                             prediction=Prediction(chance=30, feel=2, days=14, made_on=DAY))
    elif area == "feedback":
        record = FeedbackRequest(application_id="app-1", recipient="sam@acme.com", subject="Hi", body="Thanks",
                                 status="replied", sent_on=DAY, replied_on=DAY, follow_up_of="fb-0",
                                 points=(FeedbackPoint("More depth", id="p-1", goal_id="g-1"),), created_at=AT, updated_at=AT)
    elif area == "people":
        record = Person(name="Sam", note="text or call, evenings", created_at=AT, updated_at=AT)
    elif area == "worries":
        record = Worry(text="I'll never get an interview again", look_back_on=DAY, answer="no",
                       what_happened="Two came in that month", answered_on=DAY, created_at=AT, updated_at=AT)
    else:
        record = Reflection(application_id="app-1", status="complete", completed_at=AT, stage="final", who="Sam",
                            questions=("Why us?",), felt="nervous", stories=(Story(question="q", action="a", id="s-1"),),
                            thoughts=(Thought("I failed", ("labelling",), "I learned", id="t-1"),),
                            actions=(Action("Practise", goal_id="g-1", id="a-1"),), created_at=AT, updated_at=AT)
    return dict(record.to_dict(), id=RECORD_ID)


def area_file(root: Path, area: str) -> Path:
    return root / area / "2026.json" if area in ("checkins", "journal") else root / f"{area}.json"


def file_bytes(area: str, doc: dict[str, Any]) -> bytes:
    tables = {"_default": {"1": doc}, "_meta": {"1": {"area": area, "schema_version": 1}}}
    return json.dumps(tables).encode()


def read_area(store: Store, area: str) -> list[Any]:
    repository = store.repository(area)
    if area in ("settings", "drafts"):
        return repository.docs()  # type: ignore[no-any-return]
    repository.count()
    return list(repository.all())


# (area, field, value): each makes an otherwise valid record unreadable.
BAD_VALUES: list[tuple[str, str, Any]] = [
    ("checkins", "energy", float("inf")),
    ("checkins", "energy", 99),
    ("checkins", "energy", 1e308),
    ("checkins", "energy", 0),
    ("checkins", "energy", True),
    ("checkins", "energy", "3"),
    ("checkins", "mood", 0),
    ("checkins", "mood", 3.0),
    ("checkins", "mood", float("nan")),
    ("checkins", "mood", True),
    ("checkins", "note", ["a list"]),
    ("checkins", "emotions", "sad"),
    ("checkins", "emotions", [1, 2]),
    ("checkins", "tags", [["nested"]]),
    ("checkins", "application_id", 5),
    ("checkins", "at", 20260301),
    ("checkins", "at", "the first of March"),
    ("checkins", "at", "0001-01-01T00:00:00"),
    ("checkins", "id", 7),
    ("checkins", "created_at", None),
    ("journal", "body", 5),
    ("journal", "starred", "yes"),
    ("journal", "tags", "calm"),
    ("journal", "at", float("inf")),
    ("journal", "title", {"a": 1}),
    ("goals", "position", 1e308),
    ("goals", "position", 10**400),
    ("goals", "position", True),
    ("goals", "title", ["x"]),
    ("goals", "category", 3),
    ("goals", "steps", [{"text": 1}]),
    ("goals", "steps", "tie shoes"),
    ("goals", "due", "2026-13-01"),
    ("goals", "due", 5),
    ("goals", "weeks_done", [5]),
    ("goals", "week_of", "9999-12-31"),
    ("goals", "finished_at", 5),
    ("goals", "source", {"kind": "application", "id": 5}),
    ("applications", "rounds", float("inf")),
    ("applications", "rounds", 1e308),
    ("applications", "rounds", 10**30),
    ("applications", "company", 5),
    ("applications", "interview_dates", [5]),
    ("applications", "interview_dates", "2026-03-01"),
    ("applications", "applied_on", 5),
    ("applications", "rejected_on", ["2026-03-01"]),
    ("applications", "prediction", {"chance": 101}),
    ("applications", "prediction", {"feel": 0}),
    ("applications", "prediction", {"days": 1e308}),
    ("applications", "prediction", "30%"),
    ("worries", "text", 5),
    ("worries", "look_back_on", "next week"),
    ("worries", "look_back_on", None),
    ("worries", "answer", "maybe"),
    ("worries", "what_happened", ["x"]),
    ("worries", "answered_on", 5),
    ("feedback", "sent_on", 5),
    ("feedback", "application_id", 5),
    ("feedback", "follow_up_of", ["x"]),
    ("feedback", "points", "More depth"),
    ("feedback", "points", [{"text": "x", "id": "p", "goal_id": 5}]),
    ("feedback", "points", [5]),
    ("feedback", "subject", None),
    ("reflections", "questions", "Why us?"),
    ("reflections", "stories", [5]),
    ("reflections", "stories", [{"id": 1, "question": "q"}]),
    ("reflections", "thoughts", [{"id": "t", "text": "x", "traps": "labelling"}]),
    ("reflections", "actions", [{"id": "a", "text": "x", "goal_id": 5}]),
    ("reflections", "completed_at", 5),
    ("reflections", "felt", 3.5),
]


def test_good_documents_are_read(data_dir: Path) -> None:
    for area in ("checkins", "journal", "goals", "applications", "feedback", "reflections", "worries"):
        path = area_file(data_dir, area)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(file_bytes(area, good_doc(area)))
    store = Store(data_dir)
    for area in ("checkins", "journal", "goals", "applications", "feedback", "reflections", "worries"):
        assert [r.to_dict() for r in read_area(store, area)] == [good_doc(area)], area
    assert store.problems == []


@pytest.mark.parametrize(("area", "field", "value"), BAD_VALUES, ids=lambda v: repr(v)[:30])
def test_a_value_a_record_cannot_hold_moves_the_file_aside(data_dir: Path, area: str, field: str, value: Any) -> None:
    path = area_file(data_dir, area)
    path.parent.mkdir(parents=True, exist_ok=True)
    bad = file_bytes(area, dict(good_doc(area), **{field: value}))
    path.write_bytes(bad)

    store = Store(data_dir)
    assert read_area(store, area) == []
    (problem,) = store.problems
    assert problem.area == area and problem.moved_to.read_bytes() == bad
    assert not path.exists()
    assert "could not be read" in problem.message and "\n" not in problem.message


@pytest.mark.parametrize("area", ["checkins", "goals", "settings"])
def test_json_nested_too_deep_to_read_is_a_damaged_file(data_dir: Path, area: str) -> None:
    path = area_file(data_dir, area)
    path.parent.mkdir(parents=True, exist_ok=True)
    deep = b'{"_default": {"1": {"note": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}}"
    path.write_bytes(deep)

    store = Store(data_dir)
    assert read_area(store, area) == []
    (problem,) = store.problems
    assert problem.moved_to.read_bytes() == deep
    assert "damaged" in problem.message


def test_goal_list_with_out_of_range_values_reports_and_exits_cleanly(data_dir: Path, capsys) -> None:
    path = area_file(data_dir, "goals")
    path.parent.mkdir(parents=True)
    bad = file_bytes("goals", dict(good_doc("goals"), position=float("inf")))
    path.write_bytes(bad)

    assert main(["goal", "list"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "could not be read" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    (moved,) = data_dir.glob("goals.corrupt-*.json")
    assert moved.read_bytes() == bad


def test_checkin_command_with_a_deeply_nested_year_file_moves_it_aside(data_dir: Path, capsys) -> None:
    path = area_file(data_dir, "checkins")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"[" * 100_000)
    assert main(["checkin", "3", "--at", "2026-03-01 09:00"]) == 0
    assert "could not be read" in capsys.readouterr().err
    (moved,) = path.parent.glob("2026.corrupt-*.json")
    assert moved.read_bytes() == b"[" * 100_000
    assert [c.mood for c in Store(data_dir).checkins.all()] == [3]


def test_keyed_documents_need_text_keys(data_dir: Path) -> None:
    bad = json.dumps({"_default": {"1": {"key": 5, "value": "nord"}},
                      "_meta": {"1": {"area": "settings", "schema_version": 1}}}).encode()
    (data_dir).mkdir()
    (data_dir / "settings.json").write_bytes(bad)
    store = Store(data_dir)
    assert store.settings.keys() == []
    (problem,) = store.problems
    assert problem.moved_to.read_bytes() == bad


@pytest.mark.parametrize(("key", "value"), [
    ("theme", ["nord"]), ("theme", 5), ("profile_asked", 1), ("profile_asked", "yes"),
    ("follow_up_days", 1e308), ("follow_up_days", True), ("follow_up_days", 10**30), ("follow_up_days", -3),
    ("follow_up_days", 0), ("follow_up_days", "7"),
])
def test_a_setting_of_the_wrong_type_or_range_reads_as_its_default(data_dir: Path, key: str, value: Any) -> None:
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps({
        "_default": {"1": {"key": key, "value": value, "updated_at": "2026-03-01T09:00:00+00:00"}},
        "_meta": {"1": {"area": "settings", "schema_version": 1}}}))
    store = Store(data_dir)
    for setting in (THEME, PROFILE_ASKED, FOLLOW_UP_DAYS):
        assert store.settings.get(setting) == setting.default
    assert store.problems == []  # a value the app does not use is not a damaged file
    assert store.settings.get(key) == value  # and it is kept as it is


def test_a_setting_out_of_range_is_refused_when_set(data_dir: Path) -> None:
    store = Store(data_dir)
    with pytest.raises(ValueError):
        store.settings.set(FOLLOW_UP_DAYS, 10**30)
    store.settings.set(FOLLOW_UP_DAYS, 10)
    assert Store(data_dir).settings.get(FOLLOW_UP_DAYS) == 10


def test_a_number_too_long_to_read_is_a_damaged_file_described_in_plain_words(data_dir: Path) -> None:
    path = area_file(data_dir, "goals")
    path.parent.mkdir(parents=True)
    bad = file_bytes("goals", dict(good_doc("goals"), position=0)).replace(b'"position": 0', b'"position": ' + b"9" * 5000)
    path.write_bytes(bad)
    store = Store(data_dir)
    assert read_area(store, "goals") == []
    (problem,) = store.problems
    assert problem.moved_to.read_bytes() == bad
    assert "damaged" in problem.message and "digits" not in problem.message
