"""Base rates: of N applications, how many reached each stage and how many ended there."""

from __future__ import annotations

from resilience_tui.domain.application import Application
from resilience_tui.domain.base_rates import base_rates, in_proportion


def make(stage: str, outcome: str = "rejected") -> Application:
    return Application(company="Co", role="Role", stage=stage, rounds=2 if stage == "later" else 0, outcome=outcome)


HISTORY = [
    *[make("applied") for _ in range(20)],
    *[make("applied", "in_progress") for _ in range(3)],
    *[make("screening") for _ in range(6)],
    make("screening", "withdrawn"),
    *[make("interview") for _ in range(4)],
    make("later"),
    make("final"), make("final"),
    make("final", "in_progress"),
    make("offer", "offer"), make("offer", "offer"),
]


def test_reached_counts_every_stage_up_to_the_furthest():
    rates = base_rates(HISTORY)
    assert rates.total == 40
    reached = {s.stage: s.reached for s in rates.stages}
    assert reached == {"applied": 40, "screening": 17, "interview": 10, "later": 6, "final": 5, "offer": 2}


def test_ended_counts_rejections_and_withdrawals_at_that_stage_only():
    rates = base_rates(HISTORY)
    ended = {s.stage: s.ended for s in rates.stages}
    assert ended == {"applied": 20, "screening": 7, "interview": 4, "later": 1, "final": 2, "offer": 0}


def test_words_put_a_stage_in_proportion():
    rates = base_rates(HISTORY)
    assert rates.rate("final").words == "final round: 5 of 40 got this far · 2 of 5 ended there"
    assert rates.rate("offer").words == "offer: 2 of 40 got this far"


def test_a_final_round_rejection_is_seen_in_proportion():
    rates = base_rates(HISTORY)
    text = in_proportion(make("final"), rates)
    assert "5 of your 40 applications" in text and "2 of those 5 ended there, this one included" in text


def test_the_first_to_end_at_a_stage_and_an_early_no():
    rates = base_rates(HISTORY)
    assert "first to end there" in in_proportion(make("later"), rates)
    early = in_proportion(make("applied"), rates)
    assert "20 of your 40 applications ended before any conversation" in early and "not a verdict on you" in early


def test_open_applications_and_short_histories():
    rates = base_rates(HISTORY)
    assert in_proportion(make("applied", "in_progress"), rates) == "Of your 40 applications, 17 went on to a screening call or further."
    assert "a few more applications" in in_proportion(make("final"), base_rates([make("final")]))
    empty = base_rates([])
    assert empty.total == 0 and all(s.reached == 0 for s in empty.stages)
