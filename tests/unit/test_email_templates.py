"""Templates: every tone renders, with and without the optional details; the person's own files win;
an unknown placeholder is reported and left in the text, never a crash."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from resilience_tui.domain.application import Application
from resilience_tui.domain.email_checks import unfilled, word_count
from resilience_tui.domain.email_templates import (
    BUILT_IN,
    MARKERS,
    PLACEHOLDERS,
    TONE_KEYS,
    EmailContext,
    fill,
    render,
    split_subject,
)
from resilience_tui.store.templates import load_templates

FULL = Application(company="Acme Health", role="Product Designer", stage="final", contact_name="Zoë Müller",
                   interview_dates=(date(2026, 11, 3), date(2026, 11, 10)), outcome="rejected",
                   rejected_on=date(2026, 11, 17))
OPTIONAL = {"contact_name": "", "signature": "", "interview_date": None, "sent_on": None}


@pytest.mark.parametrize("tone", TONE_KEYS)
def test_every_tone_renders_completely_with_every_detail(tone):
    context = EmailContext.for_application(FULL, my_name="Alex Morgan", signature="Alex Morgan\n+44 20 7946 0000",
                                           sent_on=date(2026, 11, 19))
    rendered = render(tone, context)
    text = rendered.subject + rendered.body
    assert rendered.problems == ()
    assert unfilled(rendered.subject, rendered.body) == []
    assert "Product Designer" in text and "Acme Health" in text
    assert "Zoë" in rendered.body and "+44 20 7946 0000" in rendered.body
    assert word_count(rendered.body) <= 150
    assert rendered.subject and "\n" not in rendered.subject
    if tone == "follow_up":
        assert "on Thursday 19 November" in rendered.body
    else:
        assert "final-round interviews on Tuesday 10 November" in rendered.body


@pytest.mark.parametrize("tone, missing", itertools.product(TONE_KEYS, [
    frozenset(), frozenset({"contact_name"}), frozenset({"signature"}), frozenset({"interview_date", "sent_on"}),
    frozenset(OPTIONAL),
]))
def test_every_tone_reads_well_without_the_optional_details(tone, missing):
    values = dict(company="Acme Health", role="Designer", contact_name="Sam Lee", my_name="Alex",
                  signature="Alex M.", stage="interview", interview_date=date(2026, 11, 3), sent_on=date(2026, 11, 19))
    values.update({name: OPTIONAL[name] for name in missing})
    rendered = render(tone, EmailContext(**values))
    assert unfilled(rendered.subject, rendered.body) == []  # nothing optional leaves a gap to fill
    assert "None" not in rendered.body
    assert all("  " not in line and line == line.strip() for line in rendered.body.splitlines())
    assert " ." not in rendered.body and " ," not in rendered.body
    if "contact_name" in missing:
        assert rendered.body.startswith(("Hello,", "Dear Hiring Team,"))
    if "signature" in missing:
        assert rendered.body.rstrip().endswith("Alex")


@pytest.mark.parametrize("tone", TONE_KEYS)
def test_a_blank_email_marks_what_is_still_to_fill_in(tone):
    rendered = render(tone, EmailContext())
    left = unfilled(rendered.subject, rendered.body)
    assert MARKERS["role"] in left and MARKERS["my_name"] in left
    assert rendered.problems == ()


def test_an_unknown_tone_falls_back_to_warm():
    assert render("shouty", EmailContext()).subject == render("warm", EmailContext()).subject


def test_the_persons_own_template_wins_and_an_unknown_placeholder_is_reported():
    own = "Subject: About {role} at {compnay}\n\nHi {contact_first_name}, {oops }{greeting} {{ }} {\n{signature}"
    rendered = render("warm", EmailContext(company="Acme", role="Designer", contact_name="Sam Lee", my_name="Alex"),
                      {"warm": own})
    assert rendered.subject == "About Designer at {compnay}"
    assert rendered.body.startswith("Hi Sam, {oops }Dear Sam, {{ }} {\nAlex")
    [problem] = rendered.problems
    assert "warm.md" in problem and "{compnay}" in problem and "{oops }" in problem and "{company}" in problem
    assert unfilled(rendered.subject, rendered.body) == ["{compnay}", "{oops }"]


def test_a_template_without_a_subject_line_keeps_ours():
    rendered = render("brief", EmailContext(role="Designer"), {"brief": "\ufeffJust {role}."})
    assert rendered.subject == "Feedback on my application for Designer"
    assert rendered.body == "Just Designer.\n"


def test_every_built_in_uses_only_known_placeholders():
    for tone, text in BUILT_IN.items():
        _, unknown = fill(text, {name: "x" for name in PLACEHOLDERS})
        assert unknown == [], tone
        assert split_subject(text)[0]


def test_template_files_are_read_and_problems_reported(data_dir):
    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    (folder / "warm.md").write_text("Subject: Mine\n\nMy own words, {company}.", encoding="utf-8")
    (folder / "follow-up.md").write_text("Nudge {role}", encoding="utf-8")
    (folder / "formal.md").write_bytes(b"\xff\xfe not utf-8 \x80")
    (folder / "brief.md").write_bytes(b"x" * (70 * 1024))
    templates, problems = load_templates(data_dir)
    assert templates == {"warm": "Subject: Mine\n\nMy own words, {company}.", "follow_up": "Nudge {role}"}
    assert len(problems) == 2
    assert any("formal.md is not plain UTF-8" in p for p in problems)
    assert any("brief.md is larger than 64 KB" in p for p in problems)
    assert load_templates(data_dir / "nowhere") == ({}, [])
