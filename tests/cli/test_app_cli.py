"""`resilience app ...`: applications logged, listed and changed from a shell, stored as the Applications
screen stores them, with exit codes 0 / 1 / 2 and one plain line for bad input."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.domain.application import Application
from resilience_tui.domain.checkin import CheckIn
from resilience_tui.domain.records import now_local
from resilience_tui.services.applications import recovery_for
from resilience_tui.store.store import Store

TODAY = date.today()  # the tests run in UTC (conftest), as the commands do


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def logged(data_dir: Path, company: str, role: str, applied: int = 40, **fields) -> Application:
    return Store(data_dir).applications.add(Application(company=company, role=role, applied_on=ago(applied), **fields))


def only(data_dir: Path) -> Application:
    [application] = Store(data_dir).applications.all()
    return application


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("resilience app: ") and captured.err.count("\n") == 1
    return captured.err


def test_add_saves_what_was_typed_as_the_form_would(data_dir, capsys):
    assert main(["app", "add", "Acme Health", "Product Designer", "--applied", "3 days ago", "--source", "LinkedIn",
                 "--contact", "Zoë Müller <zoe@acme.example>"]) == 0
    out = capsys.readouterr().out
    saved = only(data_dir)
    assert (saved.company, saved.role, saved.source) == ("Acme Health", "Product Designer", "LinkedIn")
    assert (saved.contact_name, saved.contact_email) == ("Zoë Müller", "zoe@acme.example")
    assert (saved.applied_on, saved.stage, saved.outcome, saved.rejected_on) == (ago(3), "applied", "in_progress", None)
    assert saved.revision == 1 and saved.created_at.tzinfo is not None
    assert out.startswith("Saved: Acme Health, Product Designer (applied ") and "via LinkedIn" in out
    assert "contact Zoë Müller <zoe@acme.example>" in out and out.count("\n") == 1


def test_add_is_applied_today_unless_told_and_an_empty_date_means_none(data_dir, capsys):
    assert main(["app", "add", "Northwind", "Data Engineer"]) == 0
    assert main(["app", "add", "Globex", "Analyst", "--applied", "", "--contact", "sam@globex.example"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Saved: Northwind, Data Engineer (applied today). Good luck with it."
    assert out[1] == "Saved: Globex, Analyst (no applied date, contact <sam@globex.example>). Good luck with it."
    found = {a.company: a for a in Store(data_dir).applications.all()}
    assert found["Northwind"].applied_on == TODAY
    assert found["Globex"].applied_on is None and found["Globex"].contact_email == "sam@globex.example"


@pytest.mark.parametrize("args, words", [
    (["  ", "Designer"], "Which company is it?"),
    (["Acme", ""], "What is the role called?"),
    (["Acme", "Designer", "--applied", "next blue moon"], '"next blue moon" is not a date I can read.'),
    (["Acme", "Designer", "--applied", "in 3 weeks"], "That day is still to come."),
    (["Acme", "Designer", "--applied", "2026-02-30"], "is not a real day of the calendar"),
    (["Acme", "Designer", "--contact", "Sam <sam@acme"], 'Write the contact as "Name <email>"'),
    (["Acme", "Designer", "--contact", "Sam <not an address>"], '"not an address" does not look like an email'),
])
def test_bad_input_to_add_exits_2_with_one_line_and_writes_nothing(data_dir, capsys, args, words):
    assert main(["app", "add", *args]) == 2
    assert words in one_error_line(capsys)
    assert not (data_dir / "applications.json").exists()


def test_list_shows_every_application_most_recently_applied_first(data_dir, capsys):
    logged(data_dir, "Acme Health", "Designer", applied=40, stage="final", outcome="rejected", rejected_on=ago(2))
    logged(data_dir, "Northwind", "Data Engineer", applied=5, stage="later", rounds=3)
    logged(data_dir, "Globex", "Analyst", applied=10, outcome="offer", stage="offer")
    assert main(["app", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Applications (3)"
    assert [line.split("  (")[0].strip() for line in lines[1:]] == ["Northwind, Data Engineer", "Globex, Analyst",
                                                                     "Acme Health, Designer"]
    assert lines[1].endswith("(in progress · round 3 · applied " + (ago(5).strftime("%a %d %b") if ago(5).year == TODAY.year
                                                                    else ago(5).strftime("%a %d %b %Y")) + ")")
    assert "(offer · applied" in lines[2]
    assert lines[3].startswith("  Acme Health, Designer  (rejected ") and "· final round ·" in lines[3]


def test_list_picks_one_outcome(data_dir, capsys):
    logged(data_dir, "Acme Health", "Designer", outcome="rejected", rejected_on=ago(2))
    logged(data_dir, "Northwind", "Data Engineer")
    assert main(["app", "list", "--outcome", "in-progress"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == ["In progress (1 of 2)", "  Northwind, Data Engineer  "
                                                        f"(in progress · applied {_day(ago(40))})"]
    assert main(["app", "list", "--outcome", "withdrawn"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Withdrawn (0 of 2)", "  None withdrawn just now."]
    assert main(["app", "list", "--outcome", "someday"]) == 2
    assert "--outcome is one of in-progress, rejected, withdrawn, offer or all" in one_error_line(capsys)


def _day(day: date) -> str:
    return day.strftime("%a %d %b") if day.year == TODAY.year else day.strftime("%a %d %b %Y")


def test_list_with_none_logged_says_how_to_add_one(data_dir, capsys):
    assert main(["app", "list"]) == 0
    assert "resilience app add" in capsys.readouterr().out


@pytest.mark.parametrize("stage, expected", [
    ("final-round", ("final", 0)), ("Final round", ("final", 0)), ("round-3", ("later", 3)),
    ("screening", ("screening", 0)), ("interview", ("interview", 0)),
])
def test_update_sets_the_stage(data_dir, capsys, stage, expected):
    logged(data_dir, "Acme Health", "Designer")
    assert main(["app", "update", "acme", "--stage", stage]) == 0
    saved = only(data_dir)
    assert (saved.stage, saved.rounds) == expected and saved.revision == 2
    assert capsys.readouterr().out == f"Saved: Acme Health, Designer, {saved.stage_words}.\n"


def test_update_adds_an_interview_day(data_dir, capsys):
    logged(data_dir, "Acme Health", "Designer", applied=20, interview_dates=(ago(10),))
    assert main(["app", "update", "acme", "designer", "--stage", "interview", "--interview", "2 days ago"]) == 0
    assert only(data_dir).interview_dates == (ago(10), ago(2))
    assert "interviews: " in capsys.readouterr().out


@pytest.mark.parametrize("args, words", [
    (["--stage", "later"], 'Say "round-2", "round-3"'),
    (["--stage", "round-40"], "A round is a number from 2 to 20"),
    (["--stage", "hired"], "--stage is one of applied, screening, interview"),
    (["--interview", "100 days ago"], "is before the day you applied"),
    ([], "Say what changed: --stage"),
])
def test_bad_update_exits_2_and_writes_nothing(data_dir, capsys, args, words):
    logged(data_dir, "Acme Health", "Designer")
    before = (data_dir / "applications.json").read_bytes()
    assert main(["app", "update", "acme", *args]) == 2
    assert words in one_error_line(capsys)
    assert (data_dir / "applications.json").read_bytes() == before


def test_reject_starts_the_recovery_path_the_screen_shows(data_dir, capsys):
    logged(data_dir, "Acme Health", "Product Designer", stage="final")
    assert main(["app", "reject", "acme", "--on", "yesterday", "--reason", "more SQL experience"]) == 0
    out = capsys.readouterr().out.splitlines()
    saved = only(data_dir)
    assert (saved.outcome, saved.rejected_on, saved.reason) == ("rejected", ago(1), "more SQL experience")
    path = recovery_for(Store(data_dir), saved, now_local(), can_reflect=True)
    assert path.next_step is not None and path.next_step.number == 1
    assert out[0] == "Saved: Acme Health, Product Designer, heard back yesterday. I'm sorry. A no is hard news, and it " \
                     "says nothing final about you."
    assert out[1] == f"Your recovery path starts with step 1, {path.next_step.title}. {path.next_step.words}"
    assert out[2].startswith("  To take it now: resilience checkin MOOD --application acme")
    # Taking the step it names, the path moves on to the next.
    assert main(["checkin", "2", "--application", "acme"]) == 0
    assert main(["app", "reject", "acme"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("Your recovery path (1 of 6 steps taken): next is step 2, Ask for feedback.")
    assert out[-1] == "  To take it: open the app, press a, choose it, then press 2 (draft a request)."
    again = only(data_dir)
    assert (again.rejected_on, again.reason) == (ago(1), "more SQL experience")  # kept: nothing typed is lost


def test_a_rejection_before_the_application_is_refused(data_dir, capsys):
    logged(data_dir, "Acme Health", "Designer", applied=3)
    assert main(["app", "reject", "acme", "--on", "10 days ago"]) == 2
    assert "before the day you applied" in one_error_line(capsys)
    assert only(data_dir).outcome == "in_progress"


def test_offer_and_withdraw(data_dir, capsys):
    logged(data_dir, "Acme Health", "Designer", outcome="rejected", rejected_on=ago(3), reason="timing")
    assert main(["app", "offer", "acme"]) == 0
    saved = only(data_dir)
    assert (saved.outcome, saved.stage, saved.rejected_on, saved.reason) == ("offer", "offer", None, "timing")
    assert main(["app", "offer", "acme"]) == 0
    assert main(["app", "withdraw", "acme"]) == 0
    assert only(data_dir).outcome == "withdrawn"
    out = capsys.readouterr().out.splitlines()
    assert out == ["Saved: Acme Health, Designer, an offer. Congratulations! Take a moment to enjoy it.",
                   "Acme Health, Designer is already marked as an offer. Nothing changed.",
                   "Saved: Acme Health, Designer, withdrawn. Choosing where to spend your energy is a good decision too."]


def test_app_is_matched_as_checkin_matches_it(data_dir, capsys):
    logged(data_dir, "Northwind", "Data Engineer", applied=100)
    logged(data_dir, "Northwind", "Platform Engineer", applied=20)
    logged(data_dir, "Northwind", "Platform Engineer", applied=300)
    assert main(["app", "withdraw", "northwind"]) == 2
    err = one_error_line(capsys)
    assert '"northwind" matches 3 applications (Northwind, Platform Engineer, applied ' in err
    assert "Northwind, Data Engineer" in err and "add a word of the role or the applied date" in err
    assert main(["app", "withdraw", "platform", ago(20).isoformat()]) == 0  # words and the date, unquoted
    withdrawn = [a for a in Store(data_dir).applications.all() if a.outcome == "withdrawn"]
    assert [a.applied_on for a in withdrawn] == [ago(20)]
    capsys.readouterr()
    assert main(["app", "offer", "nowhere"]) == 2
    assert 'no application matches "nowhere". Recent ones: Northwind' in one_error_line(capsys)


def test_with_none_logged_a_change_says_how_to_add_one(data_dir, capsys):
    assert main(["app", "reject", "acme"]) == 2
    assert "none are logged yet (add one with: resilience app add COMPANY ROLE)" in one_error_line(capsys)
    assert not (data_dir / "applications.json").exists()


def test_a_change_merges_with_an_edit_made_meanwhile_in_the_open_app(data_dir, capsys):
    logged(data_dir, "Acme Health", "Designer")
    window = Store(data_dir)  # the app, open in another terminal, has read the application
    [seen] = window.applications.all()
    assert main(["app", "update", "acme", "--stage", "interview"]) == 0
    assert window.refresh()  # the app re-reads the file the command wrote
    assert window.applications.get(seen.id).stage == "interview"
    # An edit the app saves from what it read before the command is merged, not written over it.
    window.applications.update(seen.edited(notes="Lovely team"))
    saved = only(data_dir)
    assert (saved.stage, saved.notes) == ("interview", "Lovely team")


def test_help_lists_the_actions(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["app", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for action in ("add", "list", "update", "reject", "offer", "withdraw"):
        assert f"    {action}" in out
    with pytest.raises(SystemExit):
        main(["app", "reject", "--help"])
    out = capsys.readouterr().out
    assert "--on P" in out and "--reason TEXT" in out and "first step of its recovery path" in out


def test_a_missing_action_is_bad_usage(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["app"])
    assert exit_info.value.code == 2
    assert "required: ACTION" in capsys.readouterr().err


def test_checkin_about_an_application_logged_here(data_dir, capsys):
    assert main(["app", "add", "Acme Health", "Designer"]) == 0
    assert main(["checkin", "3", "--application", "acme"]) == 0
    [checkin] = Store(data_dir).checkins.recent(1)
    assert isinstance(checkin, CheckIn) and checkin.application_id == only(data_dir).id
