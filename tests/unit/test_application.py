"""Applications: what is kept, what is refused (with its field and a plain message), and how it is stored."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain.application import Application, email_looks_right, validate
from resilience_tui.domain.date_phrases import read_day, read_days
from resilience_tui.domain.records import ValidationError

TODAY = date(2026, 11, 26)  # a Thursday


def app(**fields) -> Application:
    base = dict(company="Acme Health", role="Product Designer", applied_on=date(2026, 10, 1))
    base.update(fields)
    return Application(**base)


@pytest.mark.parametrize(
    "fields, field, words",
    [
        ({"company": "  "}, "company", "Which company"),
        ({"role": ""}, "role", "What is the role called"),
        ({"applied_on": date(2026, 12, 10)}, "applied_on", "still to come"),
        ({"contact_email": "sam at acme"}, "contact_email", "does not look like an email address"),
        ({"contact_email": "sam@acme"}, "contact_email", "like sam@acme.com"),
        ({"stage": "later", "rounds": 1}, "rounds", "from 2 to 20"),
        ({"stage": "later", "rounds": 21}, "rounds", "from 2 to 20"),
        ({"outcome": "in_progress", "rejected_on": date(2026, 11, 20)}, "rejected_on", "goes with the outcome"),
        ({"outcome": "rejected", "rejected_on": date(2026, 12, 20)}, "rejected_on", "still to come"),
        ({"outcome": "rejected", "rejected_on": date(2026, 9, 1)}, "rejected_on", "before the day you applied"),
        ({"stage": "somewhere"}, "stage", "how far it got"),
        ({"outcome": "ghosted"}, "outcome", "Choose an outcome"),
    ],
)
def test_a_value_that_cannot_be_kept_names_its_field(fields, field, words):
    with pytest.raises(ValidationError) as raised:
        validate(app(**fields), TODAY)
    assert raised.value.field == field
    assert words in raised.value.message


def test_validation_tidies_without_changing_the_persons_words():
    kept = validate(app(company=" [bold]Acme[/] ", contact_email=" zoe@acme.example ", outcome="offer",
                        stage="interview", rounds=3, interview_dates=(date(2026, 10, 9), date(2026, 10, 2), date(2026, 10, 9))),
                    TODAY)
    assert kept.company == " [bold]Acme[/] "
    assert kept.contact_email == "zoe@acme.example"
    assert kept.stage == "offer"  # an offer outcome is the offer stage
    assert kept.rounds == 0  # a round number only goes with "later rounds"
    assert kept.interview_dates == (date(2026, 10, 2), date(2026, 10, 9))


def test_a_day_ahead_is_a_time_zone_not_a_mistake():
    assert validate(app(applied_on=date(2026, 11, 27)), TODAY).applied_on == date(2026, 11, 27)


@pytest.mark.parametrize("address, ok", [
    ("zoe@acme.example", True), ("zoë.müller@bücher.example", True), ("a+b@x.co.uk", True),
    ("zoe@acme", False), ("@acme.com", False), ("zoe@@acme.com", False), ("zoe acme@x.com", False),
    ("zoe@acme..com", False), ("<zoe@acme.com>", False),
])
def test_email_shape(address, ok):
    assert email_looks_right(address) is ok


def test_round_trip_through_a_dict_keeps_everything():
    original = validate(app(source="a referral from Mei", stage="later", rounds=3, interview_dates=(date(2026, 10, 9),),
                            contact_name="Zoë Müller", contact_email="zoe@acme.example", outcome="rejected",
                            rejected_on=date(2026, 11, 17), reason="More depth on research", notes="[/] 🙂\nline two"),
                        TODAY)
    assert Application.from_dict(original.to_dict()) == original


@pytest.mark.parametrize("change", [
    {"stage": "nowhere"}, {"outcome": "maybe"}, {"rounds": -1}, {"rounds": "2"}, {"company": 42},
    {"applied_on": "yesterday"}, {"interview_dates": ["soon"]},
])
def test_stored_data_that_is_not_an_application_raises(change):
    data = app().to_dict()
    data.update(change)
    with pytest.raises((ValueError, KeyError)):
        Application.from_dict(data)


def test_words_for_the_screen():
    later = app(stage="later", rounds=3, outcome="rejected")
    assert later.stage_words == "round 3"
    assert later.outcome_words == "rejected"
    assert later.title == "Acme Health, Product Designer"
    assert app(role=" ").title == "Acme Health"


def test_matching_needs_every_word():
    one = app(source="LinkedIn")
    assert one.matches("acme") and one.matches("ACME designer") and one.matches("2026-10")
    assert not one.matches("acme engineer")


@pytest.mark.parametrize("text, expected", [
    ("2026-11-02", date(2026, 11, 2)), ("2026/11/2", date(2026, 11, 2)), ("today", TODAY),
    ("yesterday", date(2026, 11, 25)), ("tomorrow", date(2026, 11, 27)), ("monday", date(2026, 11, 23)),
    ("thu", TODAY), ("last thursday", date(2026, 11, 19)), ("next monday", date(2026, 11, 30)),
    ("3 days ago", date(2026, 11, 23)), ("a week ago", date(2026, 11, 19)), ("in 2 days", date(2026, 11, 28)),
    ("2 Nov", date(2026, 11, 2)), ("Nov 2nd", date(2026, 11, 2)), ("2 november 2025", date(2025, 11, 2)),
    # Without a year, the latest such day that has come: these fields look back.
    ("20 dec", date(2025, 12, 20)), ("1 jun", date(2026, 6, 1)), ("sept 3", date(2026, 9, 3)), ("", None), ("   ", None),
])
def test_days_people_type(text, expected):
    assert read_day(text, TODAY, "past") == expected


@pytest.mark.parametrize("text", ["someday", "31 feb", "2026-02-30", "13/13/2026", "[bold]"])
def test_a_day_that_cannot_be_read_is_explained(text):
    with pytest.raises(ValidationError) as raised:
        read_day(text, TODAY, "past")
    assert "2026-11-02" in raised.value.message  # says what is accepted


def test_several_days_in_the_order_typed_without_repeats():
    assert read_days("2 Nov, yesterday; 2026-11-02", TODAY, "past") == (date(2026, 11, 2), date(2026, 11, 25))
