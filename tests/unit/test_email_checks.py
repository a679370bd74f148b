"""Live checks beside a draft: length, thanks, a specific question, names, placeholders, timing."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain.email_checks import FIX, GOOD, NOTE, check_draft, follow_up_timing, questions, timing

TODAY = date(2026, 11, 26)
GOOD_BODY = ("Hi Sam,\n\nThank you for the interviews for the Designer role at Acme. What is one thing that would "
             "have made me a stronger candidate?\n\nAlex")


def checks(body=GOOD_BODY, subject="Feedback: Designer", recipient="Sam <sam@acme.example>", company="Acme",
           role="Designer", rejected=date(2026, 11, 22)):
    found = check_draft(recipient=recipient, subject=subject, body=body, company=company, role=role,
                        timing_check=timing(rejected, TODAY))
    return {check.key: check for check in found}


def test_a_good_draft_passes_every_check():
    found = checks()
    assert {key: check.state for key, check in found.items()} == {
        "length": GOOD, "thanks": GOOD, "question": GOOD, "names": GOOD, "placeholders": GOOD, "recipient": GOOD,
        "timing": GOOD}
    assert all(check.words.endswith(".") for check in found.values())


def test_length_advises_about_150_words():
    assert checks(body=GOOD_BODY + " word" * 100)["length"].state == GOOD
    long = checks(body=GOOD_BODY + " word" * 140)["length"]
    assert long.state == FIX and "150 or fewer" in long.words
    assert checks(body="")["length"].state == NOTE


def test_thanks_in_any_common_form():
    for word in ("Thanks", "grateful", "I appreciate", "appreciated"):
        assert checks(body=f"{word} for it. What one thing would have made me stronger?")["thanks"].state == GOOD
    assert checks(body="What one thing would have made me a stronger candidate?")["thanks"].state == FIX


def test_a_specific_question_not_just_any():
    assert checks(body="Thanks! Any feedback?")["question"].state == FIX
    assert "quite general" in checks(body="Thanks! Any feedback?")["question"].words
    assert checks(body="Thanks. I'd love feedback.")["question"].state == FIX
    polite = "Thanks. Could you tell me which skills would have strengthened my application."
    assert checks(body=polite)["question"].state == GOOD
    assert questions("One. Is it? Could you say more.\nWhat now?") == ["Is it?", "Could you say more.", "What now?"]


def test_company_and_role_must_be_named():
    assert "Name the company" in checks(body="Thank you. What one thing would make me stronger?", subject="Hi")["names"].words
    assert checks(company="", role="")["names"].state == FIX  # a blank email names nothing yet


def test_placeholders_and_markers_left_are_listed():
    found = checks(body=GOOD_BODY + " {compnay} [your name] {company}")["placeholders"]
    assert found.state == FIX and "{compnay}, {company}, [your name]" in found.words


def test_missing_subject_and_odd_recipient():
    assert checks(subject=" ")["subject"].state == FIX
    assert "subject" not in checks()
    assert checks(recipient="")["recipient"].state == NOTE
    odd = checks(recipient="sam at acme")["recipient"]
    assert odd.state == FIX and "sam at acme" in odd.words


@pytest.mark.parametrize("rejected, state, words", [
    (TODAY, FIX, "You heard back today"),
    (date(2026, 11, 25), GOOD, "1 day after"),
    (date(2026, 11, 19), GOOD, "7 days after"),
    (date(2026, 11, 18), NOTE, "later than most, but still worth it"),
    (date(2026, 10, 27), NOTE, "30 days"),
    (date(2026, 9, 1), NOTE, "12 weeks. Still worth sending"),
    (None, NOTE, "Add the day you heard back"),
])
def test_timing_from_the_rejection(rejected, state, words):
    check = timing(rejected, TODAY)
    assert check.state == state and words in check.words


def test_follow_up_timing_waits_for_its_day():
    assert follow_up_timing(date(2026, 11, 23), date(2026, 11, 30), TODAY).state == FIX
    assert follow_up_timing(date(2026, 11, 13), date(2026, 11, 20), TODAY).state == GOOD
    assert follow_up_timing(None, None, TODAY).state == NOTE


def test_a_sent_request_says_when_it_went():
    from resilience_tui.domain.email_checks import sent_timing

    assert sent_timing(date(2026, 11, 17), date(2026, 11, 19)).words == "Sent 2 days after hearing back. Asking took courage."
    assert sent_timing(date(2026, 11, 17), date(2026, 11, 17)).state == GOOD
    assert sent_timing(date(2026, 10, 1), date(2026, 11, 19)).state == NOTE
    assert sent_timing(None, date(2026, 11, 19)).words == "Sent on 2026-11-19."
