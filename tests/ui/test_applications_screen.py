"""Pilot tests of the Applications screen: the form, the list, and the recovery path's keys."""

from __future__ import annotations

from textual.widgets import Input, Select

from resilience_tui.store.drafts import application_form
from resilience_tui.store.settings_keys import MY_NAME
from resilience_tui.store.store import Store
from resilience_tui.ui.applications.application_list import ApplicationTable
from resilience_tui.ui.applications.form import ApplicationForm
from resilience_tui.ui.applications.screen import ApplicationsScreen
from resilience_tui.ui.checkin.screen import CheckinScreen
from resilience_tui.ui.feedback.screen import FeedbackScreen
from resilience_tui.ui.goals.form import GoalForm
from tests.ui.application_helpers import TODAY, application, days_ago, rejection, with_profile
from tests.ui.helpers import app_on, notices, screen_text


def detail_text(app) -> str:
    """Everything in the detail panel, painted or scrolled out of view."""
    return "\n".join(str(w.render()) for w in app.screen.query("#apps-detail > Static") if w.display)


def fill(form: ApplicationForm, **values) -> None:
    for name, value in values.items():
        widget = form.query_one(f"#{name}")
        if isinstance(widget, Select):
            widget.value = value
        elif isinstance(widget, Input):
            widget.value = value
        else:
            widget.text = value


async def test_record_a_rejection_and_see_its_recovery_path(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ApplicationForm)
        await pilot.press(*"Acme Health", "tab", *"Product Designer")
        fill(form, source="LinkedIn", applied_on="2026-10-01", stage="final", interview_dates="3 Nov, 2026-11-10",
             contact_name="Zoë Müller", contact_email="zoe@acme.example", reason="More research depth",
             notes="Panel of four.\n[bold]Long day[/]")
        fill(form, outcome="rejected")
        await pilot.pause()
        assert form.query_one("#rejected_on", Input).value == "today"  # filled in for a rejection
        fill(form, rejected_on="yesterday")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationsScreen)
        text = screen_text(app)
        assert "Acme Health, Product Designer" in text and "Your recovery path" in text
        assert "press 1: check in about it" in text and "press 2: draft a request" in text
        assert "Their reason: More research depth" in text
    [stored] = Store(data_dir).applications.all()
    assert (stored.company, stored.role, stored.source) == ("Acme Health", "Product Designer", "LinkedIn")
    assert stored.stage == "final" and stored.outcome == "rejected"
    assert stored.rejected_on == days_ago(1) and stored.applied_on.isoformat() == "2026-10-01"
    assert [d.isoformat() for d in stored.interview_dates] == ["2026-11-03", "2026-11-10"]
    assert stored.notes == "Panel of four.\n[bold]Long day[/]"
    assert [name for name in Store(data_dir).drafts.names() if name.startswith(application_form(""))] == []


async def test_bad_values_are_explained_next_to_their_fields_and_nothing_is_lost(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("a", "n")
        await pilot.pause()
        form = app.screen
        fill(form, company="Acme", role="Designer", applied_on="the other day", contact_email="zoe at acme",
             stage="later", rounds="", notes="keep these words")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationForm)
        assert "is not a date I can read" in str(form.query_one("#error-applied_on").render())
        assert "Which round did it reach" in str(form.query_one("#error-rounds").render())
        assert form.focused is form.query_one("#applied_on")  # the first problem has the focus
        assert form.query_one("#notes").text == "keep these words"
        assert Store(data_dir).applications.all() == []
        fill(form, applied_on="2 Nov", rounds="3")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "does not look like an email address" in str(form.query_one("#error-contact_email").render())
        assert not form.query_one("#error-applied_on").display
        fill(form, contact_email="zoe@acme.example")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationsScreen)
    [stored] = Store(data_dir).applications.all()
    assert stored.rounds == 3 and stored.stage_words == "round 3" and stored.notes == "keep these words"


async def test_closing_the_form_keeps_a_draft_and_opening_it_brings_it_back(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("a", "n", *"Half typed")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationsScreen)
        assert Store(data_dir).drafts.get(application_form("new"))["company"] == "Half typed"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "Half typed"
        assert "Restored what you typed" in screen_text(app)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == ""
        assert Store(data_dir).drafts.get(application_form("new")) is None


async def test_the_form_draft_is_kept_when_the_app_quits(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("a", "n", *"Typed just now")
        app.save_drafts()  # what quitting, SIGTERM and SIGHUP do
    assert Store(data_dir).drafts.get(application_form("new"))["company"] == "Typed just now"


async def test_editing_keeps_the_id_and_the_unchanged_fields(data_dir):
    original = Store(data_dir).applications.add(rejection(reason="[/] odd"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("a", "e")
        await pilot.pause()
        form = app.screen
        assert form.query_one("#reason", Input).value == "[/] odd"
        fill(form, role="Senior Product Designer")
        await pilot.press("ctrl+s")
        await pilot.pause()
    [stored] = Store(data_dir).applications.all()
    assert stored.id == original.id and stored.role == "Senior Product Designer"
    assert stored.reason == "[/] odd" and stored.created_at == original.created_at


async def test_search_as_you_type_and_filter_by_outcome(data_dir):
    store = Store(data_dir)
    store.applications.add(rejection("Acme Health"))
    store.applications.add(application("Northwind", "Data Engineer", source="a referral from Mei"))
    store.applications.add(application("Bluepeak", "Designer", outcome="offer", stage="offer"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        table = app.screen.query_one(ApplicationTable)
        assert table.row_count == 3
        await pilot.press("slash", *"mei")
        await pilot.pause()
        assert [a.company for a in table.shown.values()] == ["Northwind"]
        await pilot.press("escape", "ctrl+a", "backspace")
        app.screen.query_one("#app-search", Input).value = ""
        await pilot.press("escape", "o")  # in progress
        await pilot.pause()
        assert [a.company for a in table.shown.values()] == ["Northwind"]
        await pilot.press("o")  # rejected
        await pilot.pause()
        assert [a.company for a in table.shown.values()] == ["Acme Health"]
        await pilot.press("o", "o")  # offer
        await pilot.pause()
        assert [a.company for a in table.shown.values()] == ["Bluepeak"]
        app.screen.query_one("#app-search", Input).value = "acme"
        await pilot.pause()
        assert table.row_count == 0 and "Nothing matches." in screen_text(app)


async def test_delete_and_undo(data_dir):
    kept = Store(data_dir).applications.add(rejection())
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", "d")
        await pilot.pause()
        assert Store(data_dir).applications.all() == []
        assert any("Press u to bring it back" in n for n in notices(app))
        await pilot.press("u")
        await pilot.pause()
        assert "Acme Health" in screen_text(app)
    assert Store(data_dir).applications.all() == [kept]


async def test_step_1_checks_in_about_the_rejection_and_the_detail_lists_it(data_dir):
    store = Store(data_dir)
    rejected = store.applications.add(rejection(days=3))
    store.applications.add(application("Northwind", "Data Engineer", applied_on=days_ago(60)))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert "Check-ins about it" in detail_text(app) and "None yet" in detail_text(app)
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, CheckinScreen)
        assert app.screen.query_one("#about", Select).value == rejected.id
        await pilot.press("2", "tab", "tab", "tab", "tab", *"It stung.", "escape", "ctrl+s")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        text = detail_text(app)
        assert "It stung." in text
        assert "1 ✓ Acknowledge your feelings · done" in text
    [saved] = Store(data_dir).checkins.recent(5)
    assert saved.application_id == rejected.id and saved.note == "It stung."


async def test_step_4_adds_a_wellbeing_goal_once_6_suggests_a_goal_to_edit_and_5_opens_a_new_application(data_dir):
    rejected = Store(data_dir).applications.add(rejection(reason="They went with someone with more SQL experience"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a", "4", "4")
        await pilot.pause()
        assert "4 ✓ Be kind to yourself · done" in screen_text(app)
        assert any("already on your Goals board" in n for n in notices(app))
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, GoalForm)
        title = form.query_one("#goal-title", Input)
        assert title.value == "Build up SQL experience" and app.focused is title
        assert "SQL experience" in form.query_one("#goal-notes").text  # their words, kept out of the title
        await pilot.press(*" with one course", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationsScreen)
        assert "6 ✓ Keep growing · done" in screen_text(app)
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationForm) and app.screen.editing is None
    goals = Store(data_dir).goals.all()
    assert sorted(g.category for g in goals) == ["skills", "wellbeing"]
    assert all(g.source.kind == "application" and g.source.id == rejected.id for g in goals)
    skills = next(g for g in goals if g.category == "skills")
    assert skills.title == "Build up SQL experience with one course"
    assert skills.notes == "What Acme Health said: They went with someone with more SQL experience"


async def test_escape_from_the_suggested_goal_adds_nothing(data_dir):
    Store(data_dir).applications.add(rejection(reason="More depth on research"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a", "6")
        await pilot.pause()
        assert app.screen.query_one("#goal-title", Input).value == "Practise one skill for the next interview"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationsScreen)
        assert "Keep growing · press 6" in screen_text(app) or "6 ○ Keep growing" in detail_text(app)
    assert Store(data_dir).goals.all() == []


async def test_step_2_drafts_a_request_for_the_rejection(data_dir):
    store = Store(data_dir)
    rejected = store.applications.add(rejection())
    with_profile(store)
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a", "2")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        body = app.screen.query_one("#body").text
        assert body.startswith("Dear Zoë,") and "Acme Health" in body and "Alex Morgan" in body
        await pilot.press("a", "2")  # a second time opens the same draft
        await pilot.pause()
    [request] = Store(data_dir).feedback.all()
    assert request.application_id == rejected.id and request.status == "draft"
    assert request.recipient == "Zoë Müller <zoe@acme.example>"


async def test_a_step_key_on_an_open_application_explains_itself(data_dir):
    Store(data_dir).applications.add(application())
    app = app_on(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a", "1")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationsScreen)
        assert any("recovery path is for a rejection" in n for n in notices(app))
        assert "Your recovery path" not in screen_text(app)
        assert not Store(data_dir).settings.is_set(MY_NAME)


async def test_base_rates_are_shown(data_dir):
    store = Store(data_dir)
    for n in range(4):
        store.applications.add(application(f"Co {n}", "Role", applied_on=days_ago(90 + n), outcome="rejected"))
    store.applications.add(rejection(stage="final"))
    app = app_on(data_dir)
    async with app.run_test(size=(140, 50)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        text = detail_text(app)
        assert "In proportion" in text
        assert "final round: 1 of 5 got this far · 1 of 1 ended there" in text
        assert "applied: 5 of 5 got this far · 4 of 5 ended there" in text
    assert TODAY.isoformat() == "2026-11-26"


async def test_step_3_opens_a_reflection_on_the_rejection(data_dir):
    from resilience_tui.ui.app import SCREENS

    rejected = Store(data_dir).applications.add(rejection())
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        if "reflection" not in SCREENS:  # without the worksheet, a check-in note is offered instead
            assert "press 3: write it in a check-in" in detail_text(app)
            await pilot.press("3")
            await pilot.pause()
            assert isinstance(app.screen, CheckinScreen)
            assert app.screen.query_one("#about", Select).value == rejected.id
            return
        assert "press 3: start a reflection" in detail_text(app)
        await pilot.press("3")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is app.get_screen("reflection")
        assert "Acme Health" in screen_text(app)  # the worksheet is about this application
