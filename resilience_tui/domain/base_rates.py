"""Base rates from the person's own history: of N applications, how many reached each stage.

A rejection looks different next to the numbers: "final round: 2 of 5 ended there".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from resilience_tui.domain.application import STAGES, Application, stage_index

ENDED = ("rejected", "withdrawn")


@dataclass(frozen=True)
class StageRate:
    stage: str
    label: str
    reached: int  # applications that got at least this far
    ended: int  # of those, how many stopped at this stage (rejected or withdrawn)
    total: int  # every application

    @property
    def words(self) -> str:
        """'final round: 5 of 40 got this far · 2 of 5 ended there'."""
        text = f"{self.label}: {self.reached} of {self.total} got this far"
        if self.ended:
            text += f" · {self.ended} of {self.reached} ended there"
        return text


@dataclass(frozen=True)
class BaseRates:
    total: int
    stages: tuple[StageRate, ...]

    def rate(self, stage: str) -> StageRate:
        return self.stages[stage_index(stage)]


def base_rates(applications: Iterable[Application]) -> BaseRates:
    counts_reached = [0] * len(STAGES)
    counts_ended = [0] * len(STAGES)
    total = 0
    for application in applications:
        total += 1
        index = stage_index(application.stage)
        for reached in range(index + 1):
            counts_reached[reached] += 1
        if application.outcome in ENDED:
            counts_ended[index] += 1
    stages = tuple(
        StageRate(key, label, counts_reached[i], counts_ended[i], total) for i, (key, label) in enumerate(STAGES)
    )
    return BaseRates(total, stages)


def in_proportion(application: Application, rates: BaseRates) -> str:
    """One or two kind sentences putting this application's ending next to the person's own numbers."""
    if rates.total < 3:
        return "With a few more applications logged, you'll see how yours usually go, so one result can be seen in proportion."
    rate = rates.rate(application.stage)
    label = rate.label
    if application.outcome not in ENDED:
        if application.stage == "applied":
            onward = rates.stages[1].reached
            return f"Of your {rates.total} applications, {onward} went on to a screening call or further."
        return f"{rate.reached} of your {rates.total} applications got to {_the(label)}."
    if application.stage == "applied":
        return (f"{rate.ended} of your {rates.total} applications ended before any conversation. "
                "That is how most searches go: a numbers game, not a verdict on you.")
    others = rate.ended - 1
    text = f"Getting to {_the(label)} is something {rate.reached} of your {rates.total} applications did."
    if others > 0:
        text += f" {rate.ended} of those {rate.reached} ended there, this one included: it happens to many people at this point."
    else:
        text += " This is the first to end there."
    return text


def _the(label: str) -> str:
    return {"screening call": "a screening call", "interview": "an interview", "later rounds": "the later rounds",
            "final round": "the final round", "offer": "an offer", "applied": "the application stage"}.get(label, label)
