"""Pilot tests of the Reflection screen: what is stored and what is shown, section by section."""

from __future__ import annotations

import errno
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.feedback import FeedbackPoint, FeedbackRequest
from resilience_tui.domain.reflection import Reflection, Story
from resilience_tui.store.store import Store
from resilience_tui.ui.reflection.editor import ReflectionEditor
from resilience_tui.ui.reflection.screen import ReflectionScreen
from tests.ui.helpers import FIXED_NOW, app_on, notices, quick_autosave, screen_text

ACME = Application(company="Acme", role="Designer", applied_on=date(2026, 10, 20), stage="final",
                   interview_dates=(date(2026, 11, 10),), contact_name="Sam Lee", outcome="rejected",
                   rejected_on=date(2026, 11, 17), id="acme")


def seed(data_dir: Path) -> Store:
    store = Store(data_dir)
    store.applications.add(ACME)
    at = datetime(2026, 11, 10, 20, 0, tzinfo=timezone.utc)
    store.checkins.add(CheckIn(mood=3, at=at, note="Interview done [/] not sure", created_at=at, updated_at=at))
    store.feedback.add(FeedbackRequest(application_id="acme", status="replied", sent_on=date(2026, 11, 18),
                                       replied_on=date(2026, 11, 22), points=(FeedbackPoint("More depth on research"),)))
    return store


def stored(data_dir: Path) -> Reflection:
    (worksheet,) = Store(data_dir).reflections.all()
    return worksheet


def editor_section(app) -> str:
    return app.screen.query_one(ReflectionEditor).current


async def test_empty_screen_welcomes_and_n_starts_a_general_worksheet(data_dir, monkeypatch):
    # A delay long enough that no gap between two typed keys reaches it, even on a loaded machine.
    quick_autosave(monkeypatch, 1.0)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReflectionScreen)
        assert "No worksheets yet, and there's no hurry." in screen_text(app)
        await pilot.press("n")  # no applications yet: straight to a general worksheet
        await pilot.pause()
        assert "1 · What happened" in screen_text(app)
        assert "New worksheet · a general look back · draft" in screen_text(app)
        await pilot.press(*"A coffee chat [bold]")
        assert Store(data_dir).reflections.count() == 0
        await pilot.pause(1.3)  # just after the autosave delay
        assert stored(data_dir).stage == "A coffee chat [bold]"
        assert "saved 18:30" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        text = screen_text(app)
        assert "1 worksheet: 1 draft, 0 complete." in text
        assert "✎ draft     A general look back" in text and "1/9" in text


async def test_a_flow_through_every_section(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("r", "n")
        await pilot.pause()
        assert "What would you like to reflect on?" in screen_text(app)
        await pilot.press("enter")  # the rejections come first (here Acme), a general look back last
        await pilot.pause()
        assert app.screen.query_one("#rf-stage").value == "final round"  # from the application
        assert "Start with the plain facts, as if telling a friend." in screen_text(app)
        # 1. What happened
        await pilot.press("tab", *"Sam [/]", "tab", *"# Why?", "enter", *"Conflict?")
        # 2. How I felt: the check-ins from around the interview are beside it
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert editor_section(app) == "felt"
        text = screen_text(app)
        assert "Your check-ins from around then" in text and "Interview done [/] not sure" in text
        await pilot.press(*"Flat [b]x[/b]")
        # 3-5
        await pilot.press("ctrl+down", *"Calm", "ctrl+down", *"Slower", "ctrl+down", *"SQL")
        # 6. Stories: two, each tagged with its question
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert editor_section(app) == "stories" and "Story 1" in screen_text(app)
        await pilot.press(*"Conflict?", "tab", *"S1", "tab", *"T1", "tab", *"A1", "tab", *"R1")
        await pilot.press("ctrl+n", *"Why?", "tab", *"S2")
        await pilot.pause()
        assert "Story 2" in screen_text(app)
        # 7. Thoughts: the traps are explained as the cursor moves
        await pilot.press("ctrl+down", *"I fail", "tab", "space", "down", "down")
        await pilot.pause()
        assert "Mind reading: Being sure you know what others think of you" in screen_text(app)
        await pilot.press("space", "tab", *"Not so")
        await pilot.press("ctrl+n", *"Me?")
        # 8. Feedback: pulled from the request
        await pilot.press("ctrl+down")
        await pilot.pause()
        assert editor_section(app) == "feedback"
        text = screen_text(app)
        assert "From your feedback request, replied Sun 22 Nov 2026" in text and "More depth on research" in text
        await pilot.press(*"Fair")
        # 9. Actions: enter starts the next; ctrl+g makes one a goal, once
        await pilot.press("ctrl+down", *"Learn SQL", "enter", *"Rest")
        await pilot.pause()
        await pilot.press("shift+tab", "ctrl+g")  # back to the first action
        await pilot.pause()
        assert "→ on your goals: to do" in screen_text(app)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert notices(app)[-1] == '"Learn SQL" is already on your Goals board (g).'
        await pilot.pause(0.3)

        worksheet = stored(data_dir)
        assert worksheet.application_id == "acme" and worksheet.status == "draft"
        assert (worksheet.stage, worksheet.who) == ("final round", "Sam [/]")
        assert worksheet.questions == ("# Why?", "Conflict?")
        assert worksheet.felt == "Flat [b]x[/b]"
        assert (worksheet.went_well, worksheet.differently, worksheet.gaps) == ("Calm", "Slower", "SQL")
        assert [(s.question, s.situation, s.task, s.action, s.result) for s in worksheet.stories] == [
            ("Conflict?", "S1", "T1", "A1", "R1"), ("Why?", "S2", "", "", "")]
        assert [(t.text, t.traps, t.balanced) for t in worksheet.thoughts] == [
            ("I fail", ("all-or-nothing", "mind-reading"), "Not so"), ("Me?", (), "")]
        assert worksheet.feedback == "Fair"
        assert [a.text for a in worksheet.actions] == ["Learn SQL", "Rest"]
        (goal,) = Store(data_dir).goals.all()
        assert worksheet.actions[0].goal_id == goal.id and goal.source.kind == "reflection"
        assert worksheet.actions[1].goal_id is None
        assert "1✓  2✓  3✓  4✓  5✓  6✓  7✓  8✓  9✓" in screen_text(app)

        # Complete, then read it through: the person's "# Why?" is text, not a heading.
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert stored(data_dir).status == "complete"
        assert "Marked complete." in notices(app)[-1]
        await pilot.press("ctrl+r")
        await pilot.pause()
        text = screen_text(app)
        assert "Reflection: Acme, Designer" in text and "• # Why?" in text and "Flat [b]x[/b]" in text
        await pilot.press("escape")  # back to the editor
        await pilot.pause()
        assert app.screen.mode == "editor"
        await pilot.press("escape")
        await pilot.pause()
        assert "✓ complete  Acme, Designer" in screen_text(app)


async def test_opening_and_moving_around_changes_nothing(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    two_worksheets(data_dir)
    before = {r.id: r for r in Store(data_dir).reflections.all()}
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "enter", *["ctrl+down"] * 8, "ctrl+up", "escape", "down", "enter")
        await pilot.pause(0.3)
        assert "saved as you type" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
    assert {r.id: r for r in Store(data_dir).reflections.all()} == before


async def test_complete_asks_for_one_thing_that_went_well(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "n", *"Screening call", "ctrl+t")
        await pilot.pause()
        assert "write at least one thing that went well in section 3." in " ".join(screen_text(app).split())
        assert editor_section(app) == "went_well"
        assert stored(data_dir).status == "draft" and stored(data_dir).stage == "Screening call"
        await pilot.press(*"I showed up", "ctrl+t")
        await pilot.pause()
        assert stored(data_dir).status == "complete" and stored(data_dir).went_well == "I showed up"


async def test_footer_keys_follow_the_view_and_the_section(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "n New" in footer and "^g" not in footer
        await pilot.press("n")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "Next section" in footer and "Preview" in footer and "Add another" not in footer
        for _ in range(5):
            await pilot.press("ctrl+down")
        await pilot.pause()
        assert "Add another" in screen_text(app).splitlines()[-1]
        await pilot.press("ctrl+down", "ctrl+down", "ctrl+down")
        await pilot.pause()
        assert "Make goal" in screen_text(app).splitlines()[-1]
        await pilot.press("ctrl+up")
        await pilot.pause()
        assert editor_section(app) == "feedback" and "Make goal" not in screen_text(app).splitlines()[-1]


def two_worksheets(data_dir: Path) -> Store:
    store = seed(data_dir)
    old = FIXED_NOW - timedelta(days=40)
    store.reflections.add(Reflection(went_well="x", stories=(
        Story("Tell me about a conflict", "Two teams wanted [bold] the same window", "T", "A", "R"),),
        created_at=old, updated_at=old, id="general"))
    store.reflections.add(Reflection(application_id="acme", went_well="y", status="complete", completed_at=FIXED_NOW,
                                     stories=(Story("Why us?", "I use the product"),), created_at=FIXED_NOW,
                                     updated_at=FIXED_NOW, id="about-acme"))
    return store


async def test_story_bank_searches_by_words_and_question_and_opens_a_story(data_dir):
    two_worksheets(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "s")
        await pilot.pause()
        text = screen_text(app)
        assert "2 stories, answering 2 questions." in text
        assert "Why us?" in text and "Tell me about a conflict" in text
        await pilot.press(*"q:conflict")
        await pilot.pause()
        text = screen_text(app)
        assert '1 of 2: questions with "conflict"' in text and "Two teams wanted [bold] the same window" in text
        await pilot.press("enter", "enter")  # to the list, then open the story's worksheet
        await pilot.pause()
        assert app.screen.mode == "editor" and editor_section(app) == "stories"
        assert app.screen.editing.id == "general"


async def test_preview_export_and_mark_from_the_list(data_dir):
    two_worksheets(data_dir)
    documents = Path(os.environ["HOME"]) / "Documents"
    documents.mkdir(parents=True)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert "✓ complete  Acme, Designer" in text and "✎ draft     A general look back" in text
        await pilot.press("x")
        await pilot.pause()
        path = documents / "reflection-acme-2026-11-26.md"
        assert notices(app)[-1] == f"Saved to {path}. Only you can read it."
        assert path.stat().st_mode & 0o777 == 0o600 and "## 9. Actions" in path.read_text()
        await pilot.press("m")  # back to draft
        await pilot.pause()
        assert Store(data_dir).reflections.get("about-acme").status == "draft"
        await pilot.press("down", "p")
        await pilot.pause()
        assert "Reflection: a general look back" in screen_text(app)
        await pilot.press("m")
        await pilot.pause()
        assert Store(data_dir).reflections.get("general").status == "complete"
        assert "Complete · started" in screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.mode == "editor" and app.screen.editing.id == "general"


async def test_delete_and_undo(data_dir):
    two_worksheets(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "d")
        await pilot.pause()
        assert [r.id for r in Store(data_dir).reflections.all()] == ["general"]
        assert "Press u to bring it back." in notices(app)[-1]
        await pilot.press("u")
        await pilot.pause()
        assert Store(data_dir).reflections.get("about-acme").went_well == "y"
        assert "2 worksheets" in screen_text(app)


async def test_the_recovery_step_opens_the_worksheet_about_the_application(data_dir):
    seed(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reflection("acme")
        await pilot.pause()
        assert app.screen.mode == "editor" and "Acme, Designer" in screen_text(app)
        await pilot.press(*" (video)", "escape")  # after the stage taken from the application
        await pilot.pause()
        first = stored(data_dir)
        assert first.stage == "final round (video)"
        await pilot.press("t")
        await pilot.pause()
        app.open_reflection("acme")
        await pilot.pause()
        assert app.screen.editing.id == first.id  # the same worksheet, not a second one
        assert "You started a worksheet about Acme, Designer before; here it is." in notices(app)[-1]


async def test_a_failed_save_keeps_the_words_and_says_what_to_do(data_dir, monkeypatch):
    from resilience_tui.store import atomic

    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r", "n", *"Keep these words")

        def full_disk(fd, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.ops, "write", full_disk)
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = " ".join(screen_text(app).split())  # the message wraps
        assert "Not saved: Your reflection worksheets could not be saved because the disk is full." in text
        assert "Your words are still here" in text
        assert app.screen.query_one("#rf-stage").value == "Keep these words"
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert stored(data_dir).stage == "Keep these words"
    assert [p.name for p in data_dir.rglob("*") if ".tmp-" in p.name] == []


async def test_on_a_large_terminal_the_sections_are_listed_and_a_click_goes_there(data_dir):
    two_worksheets(data_dir)
    app = app_on(data_dir)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert "Reflection: Acme, Designer" in screen_text(app)  # the highlighted worksheet, beside the list
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "▸ 1 · What happened" in text and "3 ✓ What went well" in text and "9 · Actions" in text
        await pilot.click("#rf-nav", offset=(4, 1 + 3 + 8))  # padding, title, words, a blank line; the ninth
        await pilot.pause()
        assert editor_section(app) == "actions" and "▸ 9 · Actions" in screen_text(app)
