"""The funnel in proportion: kinds of source from their words, stage counts and rates, named reference rates."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_tui.domain.application import Application
from resilience_tui.domain.funnel import (
    COMPANY_SITE,
    JOB_BOARD,
    NETWORK,
    OTHER,
    RECRUITER,
    REFERENCE_SOURCE,
    REFERRAL,
    SOURCE_KIND_KEYS,
    classify_source,
    funnel,
    typical_words,
)
from resilience_tui.domain.insight_range import calendar_year

from .build import STAMP


@pytest.mark.parametrize(("text", "kind"), [
    ("LinkedIn", JOB_BOARD), ("indeed.com", JOB_BOARD), ("Saw it on Glassdoor", JOB_BOARD), ("job board", JOB_BOARD),
    ("referred by Sam", REFERRAL), ("Referral from Priya", REFERRAL), ("Sam referred me", REFERRAL),
    ("referred by a recruiter", REFERRAL),
    ("recruiter on LinkedIn", RECRUITER), ("Agency: Hays", RECRUITER), ("a headhunter called", RECRUITER),
    ("careers page", COMPANY_SITE), ("Company website", COMPANY_SITE), ("applied directly", COMPANY_SITE),
    ("friend from uni", NETWORK), ("met them at a meetup", NETWORK), ("former colleague", NETWORK),
    ("", OTHER), ("no idea", OTHER), ("   ", OTHER),
])
def test_classify_source_reads_the_words(text, kind):
    assert classify_source(text) == kind


def test_every_kind_is_storable_by_key():
    assert SOURCE_KIND_KEYS == ("referral", "recruiter", "job_board", "company_site", "network", "other")


def make(stage: str, source: str = "LinkedIn", outcome: str = "rejected", applied: date = date(2025, 3, 1)) -> Application:
    return Application(company="Co", role="Role", source=source, stage=stage, rounds=2 if stage == "later" else 0,
                       outcome=outcome, applied_on=applied, created_at=STAMP, updated_at=STAMP)


HISTORY = ([make("applied") for _ in range(24)] + [make("screening") for _ in range(6)]
           + [make("interview", source="referred by Sam") for _ in range(3)] + [make("final", source="Sam referral")]
           + [make("offer", source="referred by Jo", outcome="offer")])


def test_stage_counts_and_rates_from_the_persons_applications():
    result = funnel(HISTORY)
    assert result.total == 35
    reached = {s.stage: (s.reached, None if s.rate is None else round(s.rate, 3)) for s in result.stages}
    assert reached == {"applied": (35, None), "screening": (11, 0.314), "interview": (5, 0.455),
                       "later": (2, 0.4), "final": (2, 1.0), "offer": (1, 0.5)}
    assert (result.interviews, result.offers) == (5, 1)


def test_by_source_counts_interviews_and_offers():
    result = funnel(HISTORY)
    rows = {row.kind: (row.applications, row.interviews, row.offers) for row in result.by_source}
    assert rows == {JOB_BOARD: (30, 0, 0), REFERRAL: (5, 5, 1)}
    assert result.by_source[0].words == "referral: 5 applications, 5 interviews, 1 offer"


def test_a_kind_the_person_chose_wins_over_the_words():
    first = HISTORY[0]
    result = funnel(HISTORY, kinds={first.id: NETWORK})
    rows = {row.kind: row.applications for row in result.by_source}
    assert rows[NETWORK] == 1 and rows[JOB_BOARD] == 29


def test_only_applications_in_the_range_count():
    older = [make("applied", applied=date(2024, 6, 1)) for _ in range(4)]
    assert funnel(HISTORY + older, calendar_year(2025, date(2025, 12, 1))).total == 35
    assert funnel(HISTORY + older, calendar_year(2024, date(2025, 12, 1))).total == 4


def test_words_put_the_numbers_beside_the_published_rates_with_their_source():
    result = funnel(HISTORY)
    assert result.words == ("Of your 35 applications, 5 reached an interview (14%); about 3% of applicants reach an "
                            f"interview ({REFERENCE_SOURCE}). At typical rates, 35 applications lead to about one interview.")
    assert "about 27% of interviews lead to a hire" in result.reference_words
    assert "referrals are about 2% of applicants but about 11% of hires" in result.reference_words
    assert "CareerPlug 2024" in result.reference_words


def test_too_few_applications_is_said_plainly():
    assert funnel([]).words == "No applications in this range yet."
    few = funnel(HISTORY[:2]).words
    assert few.startswith("2 applications in this range: too few to say much.")
    assert "30 applications lead to about one interview" in few


def test_typical_words():
    assert typical_words(30) == "At typical rates, 30 applications lead to about one interview."
    assert typical_words(100) == "At typical rates, 100 applications lead to about 3 interviews."
