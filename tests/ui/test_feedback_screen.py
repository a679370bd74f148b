"""Pilot tests of the Feedback screen: draft, hand over (copy, .eml, mail program), track, record feedback."""

from __future__ import annotations

import subprocess
from email import message_from_bytes, policy
from urllib.parse import parse_qs, urlsplit

from textual.widgets import Input, Select, TextArea

from resilience_tui.handover import clipboard, mail_client
from resilience_tui.store.settings_keys import EML_FOLDER, MY_NAME, PROFILE_ASKED, SIGNATURE
from resilience_tui.store.store import Store
from resilience_tui.ui.common.pick_application import ApplicationPicker
from resilience_tui.ui.feedback.points import PointsList
from resilience_tui.ui.feedback.profile import ProfileModal
from resilience_tui.ui.feedback.screen import FeedbackScreen
from tests.ui.application_helpers import TODAY, days_ago, rejection, request, with_profile
from tests.ui.helpers import app_on, notices, quick_autosave, screen_text


def no_native_clipboard(monkeypatch) -> list:
    """No clipboard tool is installed; records what would have run."""
    ran = []
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: None)
    monkeypatch.setattr(clipboard.subprocess, "run", lambda *a, **k: ran.append(a) or subprocess.CompletedProcess(a, 0))
    return ran


def side_text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query("#fb-side > Static, #fb-status") if w.display)


async def test_the_whole_way_from_a_rejection_to_a_goal(data_dir, monkeypatch):
    """Record a rejection, draft, copy, mark sent, record feedback, make a point a goal."""
    ran = no_native_clipboard(monkeypatch)
    rejected = Store(data_dir).applications.add(rejection(days=2, reason="More research depth"))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "No request chosen" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ApplicationPicker)
        await pilot.press("down", "enter")  # the first option is a blank email; then the rejection
        await pilot.pause()
        assert isinstance(app.screen, ProfileModal)  # asked once, before the first email
        await pilot.press(*"Alex Morgan", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        body = app.screen.query_one("#body", TextArea).text
        assert body.startswith("Dear Zoë,") and body.rstrip().endswith("Alex Morgan")
        assert "final-round interviews" in body and "Product Designer" in body
        assert app.screen.query_one("#to", Input).value == "Zoë Müller <zoe@acme.example>"
        checks = side_text(app)
        assert "✓ Thanks them for their time." in checks and "Good timing: 2 days after hearing back" in checks

        await pilot.press("escape", "y")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.clipboard == body  # sent through the terminal (OSC 52)
        assert ran == []  # no native tool installed, none run
        assert any("Copied the email's text" in n for n in notices(app))

        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")  # "today"
        await pilot.pause()
        assert "follow-up due Thu 03 Dec" in screen_text(app) or "Thu 03 Dec" in side_text(app)

        await pilot.press("p")
        await pilot.pause()
        await pilot.press(*"Wanted more depth on user research", "enter", *"Strong communicator", "ctrl+s")
        await pilot.pause()
        points = app.screen.query_one(PointsList)
        assert points.has_focus and points.option_count == 2
        await pilot.press("g")
        await pilot.pause()
        assert "on your goals" in str(points.get_option_at_index(0).prompt)
    store = Store(data_dir)
    [saved] = store.feedback.all()
    assert saved.application_id == rejected.id
    assert (saved.status, saved.sent_on, saved.replied_on) == ("replied", TODAY, TODAY)
    assert [p.text for p in saved.points] == ["Wanted more depth on user research", "Strong communicator"]
    [goal] = store.goals.all()
    assert goal.title == "Wanted more depth on user research" and goal.category == "skills"
    assert (goal.source.kind, goal.source.id) == ("feedback", saved.id)
    assert saved.points[0].goal_id == goal.id
    assert store.settings.get(MY_NAME) == "Alex Morgan" and store.settings.get(PROFILE_ASKED) is True


async def test_a_blank_email_and_skipping_the_name_question(data_dir):
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "n", "enter")  # blank
        await pilot.pause()
        assert isinstance(app.screen, ProfileModal)
        await pilot.press("escape")
        await pilot.pause()
        body = app.screen.query_one("#body", TextArea).text
        assert "[role]" in body and "[your name]" in body
        assert "Still to fill in: [role]" in side_text(app) or "[role]" in side_text(app)
        await pilot.press("escape", "n", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)  # asked once only
    store = Store(data_dir)
    assert len(store.feedback.all()) == 2 and store.settings.get(PROFILE_ASKED) is True


async def test_typing_autosaves_and_switching_tone_can_be_undone(data_dir, monkeypatch):
    quick_autosave(monkeypatch)
    store = Store(data_dir)
    rejected = store.applications.add(rejection())
    with_profile(store)
    draft = store.feedback.add(request(rejected))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        body = app.screen.query_one("#body", TextArea)
        body.focus()
        await pilot.press("end", *" [b]mine[/b]")
        await pilot.pause(0.3)
        assert Store(data_dir).feedback.get(draft.id).body.endswith("better? [b]mine[/b]")
        app.screen.query_one("#tone", Select).value = "formal"
        await pilot.pause()
        assert body.text.startswith("Dear Zoë Müller,")
        assert app.screen.query_one("#subject", Input).value == "Feedback on my application"  # the person's own subject
        assert any("one ctrl+z away" in n for n in notices(app))
        body.focus()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert body.text.endswith("better? [b]mine[/b]")
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    saved = Store(data_dir).feedback.get(draft.id)
    assert saved.tone == "formal" and saved.body.endswith("[b]mine[/b]")


async def test_quitting_right_after_typing_keeps_the_text(data_dir):
    store = Store(data_dir)
    draft = store.feedback.add(request(store.applications.add(rejection())))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f")
        app.screen.query_one("#subject", Input).focus()
        await pilot.press("end", *" (typed)")
        await pilot.press("escape", "q")
        await pilot.pause()
    assert Store(data_dir).feedback.get(draft.id).subject == "Feedback on my application (typed)"


async def test_save_an_eml_file_in_a_chosen_folder(data_dir, tmp_path):
    store = Store(data_dir)
    rejected = store.applications.add(rejection(contact_name="Łukasz Nowak", contact_email="lukasz@acme.example"))
    with_profile(store, "Zoë Ñoño")
    store.feedback.add(request(rejected, recipient="Łukasz Nowak <lukasz@acme.example>", subject="Dziękuję — thanks"))
    folder = tmp_path / "mail drafts"
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "e")
        await pilot.pause()
        field = app.screen.query_one("#eml-folder", Input)
        assert field.value == str(tmp_path / "home")  # no Documents folder here: home
        field.value = str(folder)
        await pilot.press("enter")
        await pilot.pause()
    [saved] = folder.iterdir()
    assert saved.name == f"feedback-request-acme-health-{TODAY.isoformat()}.eml"
    assert saved.stat().st_mode & 0o777 == 0o600
    message = message_from_bytes(saved.read_bytes(), policy=policy.default)
    assert str(message["To"]) == "Łukasz Nowak <lukasz@acme.example>"
    assert message["Subject"] == "Dziękuję — thanks" and message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n") == "Thank you. What is one thing I could do better?\n"
    assert Store(data_dir).settings.get(EML_FOLDER) == str(folder)


async def test_open_in_the_mail_program_only_on_its_key(data_dir, monkeypatch):
    opened = []
    monkeypatch.setattr(mail_client, "open_link", lambda url: opened.append(url) or True)
    store = Store(data_dir)
    store.feedback.add(request(store.applications.add(rejection()), recipient="Zoë <zoe@acme.example>",
                               body="Line one\nLine two & more?"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert opened == []
        await pilot.press("m")
        await pilot.pause()
    [url] = opened
    parts = urlsplit(url)
    assert parts.path == "zoe@acme.example"
    assert parse_qs(parts.query)["body"] == ["Line one\r\nLine two & more?"]


async def test_no_mail_program_is_explained(data_dir, monkeypatch):
    monkeypatch.setattr(mail_client, "opener", lambda: None)
    store = Store(data_dir)
    store.feedback.add(request(store.applications.add(rejection())))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "m")
        await pilot.pause()
        assert any("No mail program could be opened" in n for n in notices(app))


async def test_a_native_clipboard_tool_is_used_when_installed(data_dir, monkeypatch):
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setattr(clipboard.shutil, "which", lambda name: "/usr/bin/wl-copy" if name == "wl-copy" else None)
    given = []
    monkeypatch.setattr(clipboard.subprocess, "run",
                        lambda command, **kw: given.append((command, kw["input"])) or subprocess.CompletedProcess(command, 0))
    store = Store(data_dir)
    store.feedback.add(request(store.applications.add(rejection()), subject="Zoë's subject"))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "Y")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert given == [(["/usr/bin/wl-copy"], "Zoë's subject".encode())]


async def test_no_reply_and_a_follow_up(data_dir):
    store = Store(data_dir)
    rejected = store.applications.add(rejection(days=20))
    with_profile(store)
    first = store.feedback.add(request(rejected, status="sent", sent_on=days_ago(12)))
    app = app_on(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert "follow-up due (w)" in screen_text(app)
        await pilot.press("w")
        await pilot.pause()
        body = app.screen.query_one("#body", TextArea).text
        assert "I wrote on Saturday 14 November" in body
        assert "Good" in side_text(app) or "fair time to follow up" in side_text(app)
        await pilot.press("escape", "t")
        await pilot.pause()
        assert "Follow-ups due" not in screen_text(app)  # written, so no longer due
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#fb-list").move_cursor(row=1)
        await pilot.pause()
        await pilot.press("x", "enter")
        await pilot.pause()
    saved = Store(data_dir).feedback.get(first.id)
    assert (saved.status, saved.closed_on) == ("no_reply", TODAY)
    follow_up = next(r for r in Store(data_dir).feedback.all() if r.id != first.id)
    assert follow_up.tone == "follow_up" and follow_up.follow_up_of == first.id and follow_up.status == "draft"


async def test_a_draft_cannot_be_marked_no_reply_and_a_day_to_come_is_refused(data_dir):
    store = Store(data_dir)
    draft = store.feedback.add(request(store.applications.add(rejection())))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "x")
        await pilot.pause()
        assert any("still a draft" in n for n in notices(app))
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#status-day", Input).value = "next monday"
        await pilot.press("enter")
        await pilot.pause()
        assert "still to come" in str(app.screen.query_one("#status-error").render())
        app.screen.query_one("#status-day", Input).value = "yesterday"
        await pilot.press("enter")
        await pilot.pause()
    saved = Store(data_dir).feedback.get(draft.id)
    assert (saved.status, saved.sent_on) == ("sent", days_ago(1))


async def test_delete_and_undo_and_edit_the_profile(data_dir):
    store = Store(data_dir)
    kept = store.feedback.add(request(store.applications.add(rejection())))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "d")
        await pilot.pause()
        assert Store(data_dir).feedback.all() == []
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ProfileModal)
        await pilot.press(*"Alex", "tab", *"Alex", "enter", *"Portfolio: alex.example", "tab", *"not-an-email", "ctrl+s")
        await pilot.pause()
        assert "does not look like an email address" in str(app.screen.query_one("#error-my-email").render())
        app.screen.query_one("#my-email", Input).value = "alex@example.org"
        app.screen.query_one("#follow-up-days", Input).value = "7"
        await pilot.press("ctrl+s")
        await pilot.pause()
    store = Store(data_dir)
    assert store.feedback.all() == [kept]
    assert store.settings.get(MY_NAME) == "Alex" and store.settings.get(SIGNATURE) == "Alex\nPortfolio: alex.example"
    assert store.settings.get("follow_up_days") == 7


async def test_an_unknown_placeholder_in_the_persons_template_is_reported(data_dir):
    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "warm.md").write_text("Subject: Hi {compnay}\n\n{greeting}\nAbout {role}.\n{signature}", encoding="utf-8")
    store = Store(data_dir)
    store.applications.add(rejection())
    with_profile(store)
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f", "n", "down", "enter")
        await pilot.pause()
        assert any("{compnay}" in n and "warm.md" in n for n in notices(app))
        assert app.screen.query_one("#subject", Input).value == "Hi {compnay}"
        assert "Still to fill in: {compnay}" in side_text(app)
        assert app.screen.query_one("#body", TextArea).text == "Dear Zoë,\nAbout Product Designer.\nAlex Morgan\n"


async def test_marked_sent_by_mistake_goes_back_to_a_draft_from_the_palette(data_dir):
    store = Store(data_dir)
    sent = store.feedback.add(request(store.applications.add(rejection()), status="sent", sent_on=days_ago(1)))
    app = app_on(data_dir)
    async with app.run_test(size=(100, 34)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        titles = {command.title: command for command in app.get_system_commands(app.screen)}
        assert {"New feedback request", "Copy the email", "Save as .eml", "Mark as draft again"} <= set(titles)
        titles["Mark as draft again"].callback()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    saved = Store(data_dir).feedback.get(sent.id)
    assert (saved.status, saved.sent_on) == ("draft", None)
