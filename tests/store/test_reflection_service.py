"""Worksheets with the rest of the store: actions become goals exactly once, check-ins and feedback
around the interview, the recovery path's "reflect" step, and the .md export."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest
from resilience_tui.domain.goal import DONE, Source
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.reflection import Action, Reflection
from resilience_tui.services import reflections as service
from resilience_tui.services.applications import recovery_for
from resilience_tui.services.goals import move_goal
from resilience_tui.store.store import Store

NOW = datetime(2026, 11, 26, 18, 30, tzinfo=timezone.utc)
ACME = Application(company="Acme", role="Designer", applied_on=date(2026, 10, 1), stage="final",
                   interview_dates=(date(2026, 11, 3),), outcome="rejected", rejected_on=date(2026, 11, 17), id="acme")


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=timezone.utc)


def with_actions(store: Store, *texts: str) -> Reflection:
    worksheet = Reflection(application_id="acme", actions=tuple(Action(t, id=f"a{i}") for i, t in enumerate(texts)),
                           id="r1", created_at=NOW, updated_at=NOW)
    return store.reflections.add(worksheet)


def test_an_action_becomes_a_linked_goal_exactly_once(store: Store):
    worksheet = with_actions(store, "Take the SQL course", "Walk every morning")
    goal, saved, created = service.action_to_goal(store, worksheet, "a0", NOW)
    assert created and goal.title == "Take the SQL course" and goal.category == "skills"
    assert goal.source == Source("reflection", "r1") and goal.column == "todo"
    assert saved.actions[0].goal_id == goal.id
    assert Store(store.root).reflections.get("r1").actions[0].goal_id == goal.id

    # Pressing the key again, from the saved worksheet or from a stale copy, adds nothing.
    again, _, created_again = service.action_to_goal(store, saved, "a0", NOW)
    stale, _, created_stale = service.action_to_goal(store, worksheet, "a0", NOW)
    assert (again.id, stale.id) == (goal.id, goal.id) and not created_again and not created_stale
    fresh = Store(store.root)
    assert [g.title for g in fresh.goals.all()] == ["Take the SQL course"]

    other, saved, created = service.action_to_goal(fresh, fresh.reflections.get("r1"), "a1", NOW)
    assert created and other.category == "wellbeing"
    assert sorted(g.title for g in Store(store.root).goals.all()) == ["Take the SQL course", "Walk every morning"]
    assert [a.goal_id for a in Store(store.root).reflections.get("r1").actions] == [goal.id, other.id]


def test_the_action_shows_when_its_goal_is_done(store: Store):
    worksheet = with_actions(store, "Practise STAR answers")
    goal, saved, _ = service.action_to_goal(store, worksheet, "a0", NOW)
    assert service.goal_columns(store, saved) == {goal.id: "todo"}
    move_goal(store, goal.id, DONE, NOW)
    assert service.goal_columns(store, saved) == {goal.id: "done"}
    assert "- ✓ Practise STAR answers *(done)*" in service.as_markdown(store, saved, NOW)
    store.goals.delete(goal.id)  # deleted on the board: the action can become a goal again
    assert service.goal_columns(store, saved) == {}
    again, _, created = service.action_to_goal(store, saved, "a0", NOW)
    assert created and again.id != goal.id


@pytest.mark.parametrize("text, message", [("   ", "Write the action first"), ("x" * 201, "up to 200")])
def test_an_action_that_cannot_be_a_goal_is_explained(store: Store, text: str, message: str):
    worksheet = with_actions(store, text)
    with pytest.raises(ValidationError, match=message):
        service.action_to_goal(store, worksheet, "a0", NOW)
    assert store.goals.all() == []


def test_check_ins_around_the_interview_and_the_rejection(store: Store):
    store.applications.add(ACME)
    keep = [CheckIn(mood=2, at=at(2, 20)), CheckIn(mood=3, at=at(3, 9)), CheckIn(mood=1, at=at(17, 21), note="no"),
            CheckIn(mood=2, at=at(25), application_id="acme")]  # linked, a week later
    far = [CheckIn(mood=4, at=at(10)), CheckIn(mood=4, at=datetime(2026, 10, 1, tzinfo=timezone.utc))]
    store.checkins.add_many(keep + far)
    worksheet = Reflection(application_id="acme", created_at=NOW)
    assert [c.id for c in service.checkins_around(store, worksheet, NOW)] == [c.id for c in keep]
    assert service.checkin_words(keep[2]) == "Tue 17 Nov 21:00 · ▁ very low · no"


def test_a_general_worksheet_shows_the_week_before_it(store: Store):
    store.checkins.add_many([CheckIn(mood=3, at=at(20)), CheckIn(mood=3, at=at(10))])
    worksheet = Reflection(created_at=NOW)
    assert [c.at for c in service.checkins_around(store, worksheet, NOW)] == [at(20)]


def test_feedback_is_pulled_from_the_linked_request(store: Store):
    store.applications.add(ACME)
    worksheet = Reflection(application_id="acme", created_at=NOW, updated_at=NOW)
    assert service.received_feedback(store, worksheet) == ("", ())
    store.feedback.add(FeedbackRequest(application_id="acme", status="replied", sent_on=date(2026, 11, 18),
                                       replied_on=date(2026, 11, 22), points=(FeedbackPoint("More depth [b]"),)))
    store.feedback.add(FeedbackRequest(application_id="other", status="replied", points=(FeedbackPoint("Not ours"),)))
    source, points = service.received_feedback(store, worksheet)
    assert points == ("More depth [b]",) and source == "From your feedback request, replied Sun 22 Nov 2026"
    document = service.as_markdown(store, worksheet, NOW)
    assert "# Reflection: Acme, Designer" in document and "- More depth \\[b\\]" in document


def test_the_reflect_step_follows_the_worksheet_about_the_application(store: Store):
    store.applications.add(ACME)

    def reflect(fresh: Store):
        return {s.key: s for s in recovery_for(fresh, ACME, NOW, can_reflect=True).steps}["reflect"]

    assert not reflect(store).done and reflect(store).action == "start a reflection"
    store.reflections.add(Reflection(application_id="other", status="complete"))
    assert not reflect(Store(store.root)).done
    draft = store.reflections.add(Reflection(application_id="acme", went_well="a little"))
    started = reflect(Store(store.root))  # a worksheet exists, so the step is done; it says it was started
    assert started.done and started.action == "continue the reflection"
    assert "started a reflection" in started.words
    store.reflections.update(draft.edited(NOW, status="complete", completed_at=NOW))
    assert reflect(Store(store.root)).done


def test_export_writes_a_private_md_file_in_documents_that_parses_back(store: Store, tmp_path: Path):
    home = Path(os.environ["HOME"])
    home.mkdir(parents=True, exist_ok=True)
    store.applications.add(ACME)
    worksheet = store.reflections.add(Reflection(application_id="acme", went_well="# not a heading", created_at=NOW,
                                                 updated_at=NOW))
    first = service.export_markdown(store, worksheet, NOW)
    assert first == home / "reflection-acme-2026-11-26.md"  # no Documents folder: the home folder
    (home / "Documents").mkdir()
    second = service.export_markdown(store, worksheet, NOW)
    third = service.export_markdown(store, worksheet, NOW)
    assert (second.parent, second.name, third.name) == (home / "Documents", first.name, "reflection-acme-2026-11-26-2.md")
    for path in (first, second, third):
        assert path.stat().st_mode & 0o777 == 0o600
    tokens = MarkdownIt("commonmark").parse(third.read_text(encoding="utf-8"))
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "Reflection: Acme, Designer" and len(headings) == 10
    assert "# not a heading" not in headings


def test_export_to_a_folder_that_cannot_be_written_is_explained(store: Store, tmp_path: Path):
    from resilience_tui.export import ExportFailed

    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    with pytest.raises(ExportFailed, match="could not be written"):
        service.export_markdown(store, Reflection(), NOW, folder=not_a_folder)
    assert not_a_folder.read_text() == "mine"


def test_area_document_lists_every_worksheet(store: Store):
    store.reflections.add(Reflection(went_well="one", created_at=NOW - timedelta(days=2)))
    store.reflections.add(Reflection(went_well="two", created_at=NOW))
    text = service.area_document(store, NOW)
    assert text.index("one") < text.index("two") and "2 worksheets, oldest first" in text


def test_the_goal_takes_the_category_the_action_shows_and_the_action_keeps_it(store: Store):
    worksheet = store.reflections.add(Reflection(actions=(
        Action("Do 5 SQL window function exercises", id="a0"), Action("Walk at lunch", id="a1", category="mindset")),
        id="r1", created_at=NOW, updated_at=NOW))
    guessed, saved, _ = service.action_to_goal(store, worksheet, "a0", NOW)
    chosen, saved, _ = service.action_to_goal(store, saved, "a1", NOW)
    assert (guessed.category, chosen.category) == ("skills", "mindset")
    assert [a.category for a in Store(store.root).reflections.get("r1").actions] == ["skills", "mindset"]
