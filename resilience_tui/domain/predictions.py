"""Predictions against reality: the guesses made while an application was in progress, set beside what
happened, in words that are kind either way.

People tend to expect a no to feel worse, for longer, than it does (affective forecasting; Gilbert et
al. 1998). On a rejection the comparison waits until the bounce-back is known (bounce_back.py's rule)
or 30 days have passed since hearing back; then the mood guessed is set beside the lowest point, and
the days guessed beside the bounce-back days. On an offer, the chance given is set beside it. The
calibration groups the chances given by how the applications ended.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from resilience_tui.domain.application import Application
from resilience_tui.domain.bounce_back import BACK, NOT_ENOUGH, BounceBack, bounce_back_for
from resilience_tui.domain.day_book import DayBook, count_words
from resilience_tui.domain.insight_range import InsightRange
from resilience_tui.domain.moods import average_words
from resilience_tui.domain.prediction import MOOD_WORDS, Prediction
from resilience_tui.domain.visible import visible
from resilience_tui.domain.worry import RESEARCH, Tally, Worry, tally

COMPARE_AFTER_DAYS = 30
MIN_FOR_CALIBRATION = 5  # outcomes with a chance given before the calibration says anything of a pattern
BUCKETS: tuple[tuple[int, int], ...] = ((0, 20), (20, 40), (40, 60), (60, 80), (80, 101))
_SAME_MOOD = 0.25  # a lowest point this close to the mood guessed is "about as you expected"

# A comparison's state.
COMPARED, WAITING, NO_DAY = "compared", "waiting", "no_day"


def _days(count: int) -> str:
    return count_words(count, "day")


@dataclass(frozen=True)
class Comparison:
    """One application's guesses beside what happened."""

    application_id: str
    title: str
    outcome: str  # "rejected" or "offer"
    prediction: Prediction
    state: str  # COMPARED, WAITING (a rejection, not yet) or NO_DAY (a rejection with no day heard back)
    bounce: BounceBack | None = None
    days_off: int | None = None  # bounce-back days minus the days guessed (negative: sooner)
    mood_off: float | None = None  # the lowest point minus the mood guessed (positive: gentler)

    @property
    def lines(self) -> tuple[str, ...]:
        """The comparison in sentences: days, then mood (on a rejection) or the chance (on an offer)."""
        guess = self.prediction
        if self.outcome == "offer":
            if guess.chance is None:
                return ("It led to an offer. Congratulations!",)
            if guess.chance < 50:
                return (f"You gave it a {guess.chance}% chance, and it led to an offer. "
                        "Things can go better than they look from inside the wait.",)
            return (f"You gave it a {guess.chance}% chance, and it led to an offer. Your sense of it was right.",)
        if self.state == NO_DAY:
            return ("Your guesses are kept. With no day for hearing back, they cannot be set beside your "
                    "check-ins; add the day to the application to compare them.",)
        if self.state == WAITING:
            return ("Your guesses are kept. They will be set beside what happened once your check-ins show "
                    f"you back to your usual, or {COMPARE_AFTER_DAYS} days after hearing back.",)
        return (*self._day_lines(), *self._mood_lines())

    def _day_lines(self) -> tuple[str, ...]:
        guess, bounce = self.prediction, self.bounce
        if guess.days is None or bounce is None:
            return ()
        expected = f"You expected about {_days(guess.days)}"
        if bounce.status == BACK and bounce.days is not None:
            said = f"{expected}; it was {bounce.days}."
            if bounce.days < guess.days:
                return (f"{said} It passed sooner than you thought.",)
            if bounce.days > guess.days:
                return (f"{said} It took longer than you expected, and that is all right: hard news takes "
                        "the time it takes.",)
            return (f"{said} Just as you expected.",)
        if bounce.status == NOT_ENOUGH:
            return (f"{expected}. There were too few check-ins before it to know your usual, so the days "
                    "cannot be compared.",)
        return (f"{expected}. Your check-ins do not show you back to your usual yet, and that is all right: "
                "it can take a while, and it does pass.",)

    def _mood_lines(self) -> tuple[str, ...]:
        guess, bounce = self.prediction, self.bounce
        if guess.feel is None:
            return ()
        expected = f"You expected to feel {MOOD_WORDS[guess.feel]} ({guess.feel})"
        if bounce is None or bounce.lowest is None:
            return (f"{expected}. There are no check-ins since hearing back, so how it felt cannot be compared.",)
        said = f"{expected}; your lowest was {average_words(bounce.lowest)} ({bounce.lowest:.1f})."
        if self.mood_off is not None and self.mood_off > _SAME_MOOD:
            return (f"{said} It was gentler than you feared.",)
        if self.mood_off is not None and self.mood_off < -_SAME_MOOD:
            return (f"{said} It was harder than you expected. Be as kind to yourself as you would be to a friend.",)
        return (f"{said} About as you expected.",)

    @property
    def words(self) -> str:
        return " ".join(self.lines)


def compare(application: Application, book: DayBook, today: date) -> Comparison | None:
    """The comparison for one application; None without guesses or while there is nothing to compare with
    (in progress, or withdrawn)."""
    guess = application.prediction
    if guess is None or guess.empty or application.outcome not in ("rejected", "offer"):
        return None
    base = {"application_id": application.id, "title": application.title, "outcome": application.outcome,
            "prediction": guess}
    if application.outcome == "offer":
        return Comparison(state=COMPARED, **base)  # type: ignore[arg-type]
    bounce = bounce_back_for(application, book, today)
    if bounce is None:
        return Comparison(state=NO_DAY, **base)  # type: ignore[arg-type]
    if bounce.status != BACK and (today - bounce.heard_back).days < COMPARE_AFTER_DAYS:
        return Comparison(state=WAITING, bounce=bounce, **base)  # type: ignore[arg-type]
    days_off = bounce.days - guess.days if bounce.status == BACK and bounce.days is not None and guess.days is not None \
        else None
    mood_off = bounce.lowest - guess.feel if bounce.lowest is not None and guess.feel is not None else None
    return Comparison(state=COMPARED, bounce=bounce, days_off=days_off, mood_off=mood_off, **base)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Bucket:
    low: int
    high: int  # exclusive, but 101 for the last
    given: int  # applications that ended (offer or no) with a chance in this range
    offers: int

    @property
    def label(self) -> str:
        return f"{self.low}-{min(self.high, 100)}%"

    @property
    def words(self) -> str:
        """'You gave 20-40% to 9 applications; 1 led to an offer.'"""
        if not self.offers:
            led = "none led to an offer" if self.given > 1 else "it did not lead to an offer"
        else:
            led = "it led to an offer" if self.given == 1 else f"{self.offers} led to an offer"
        return f"You gave {self.label} to {count_words(self.given, 'application')}; {led}."


@dataclass(frozen=True)
class Calibration:
    buckets: tuple[Bucket, ...]  # only the ranges that were used
    given: int
    offers: int
    mean_chance: float | None

    @property
    def enough(self) -> bool:
        return self.given >= MIN_FOR_CALIBRATION

    @property
    def words(self) -> str:
        if not self.given:
            return "No chances given yet to applications that have ended, so there is nothing to compare yet."
        if not self.enough:
            return (f"{count_words(self.given, 'application')} with a chance given "
                    f"{'has' if self.given == 1 else 'have'} ended so far: too few to say how your guesses run. "
                    "Here is what happened, as it stands.")
        if not self.offers:
            return (f"On average you gave {self.mean_chance:.0f}%; none of the {self.given} has led to an offer yet. "
                    "Most applications end in a no for everyone, and that says more about hiring than about you.")
        share = round(100 * self.offers / self.given)
        return (f"On average you gave {self.mean_chance:.0f}%; {self.offers} of {self.given} ({share}%) led to an "
                "offer. Guesses are only guesses: this is just to see how yours run.")

    @property
    def lines(self) -> tuple[str, ...]:
        return (self.words, *(bucket.words for bucket in self.buckets))


def calibration(applications: Iterable[Application]) -> Calibration:
    """How the chances given compare with how the applications ended (offers and rejections only)."""
    chances: list[tuple[int, bool]] = [
        (a.prediction.chance, a.outcome == "offer") for a in applications
        if a.prediction is not None and a.prediction.chance is not None and a.outcome in ("rejected", "offer")
    ]
    buckets = []
    for low, high in BUCKETS:
        inside = [offer for chance, offer in chances if low <= chance < high]
        if inside:
            buckets.append(Bucket(low, high, len(inside), sum(inside)))
    mean = sum(chance for chance, _ in chances) / len(chances) if chances else None
    return Calibration(tuple(buckets), len(chances), sum(offer for _, offer in chances), mean)


@dataclass(frozen=True)
class PredictionsResult:
    """The Insights section "predictions against reality"."""

    comparisons: tuple[Comparison, ...]  # compared ones first, oldest first; then those waiting
    calibration: Calibration
    worries: Tally
    predicted: int  # applications with guesses (any outcome)

    @property
    def compared(self) -> tuple[Comparison, ...]:
        return tuple(c for c in self.comparisons if c.state == COMPARED)

    @property
    def words(self) -> str:
        """The one sentence to show first."""
        if not self.predicted:
            return ("No guesses yet. On Applications, press p on one in progress to note how likely an offer "
                    "seems and how a no would feel; later they are set beside what happened.")
        timed = [c.days_off for c in self.compared if c.days_off is not None]
        if timed:
            sooner = sum(1 for off in timed if off < 0)
            if sooner:
                return (f"Of {count_words(len(timed), 'rejection')} you made a guess about, {sooner} passed sooner "
                        "than you expected.")
            return (f"Of {count_words(len(timed), 'rejection')} you made a guess about, none passed sooner than "
                    "you expected. Hard weeks are real, and they still pass.")
        if self.compared:
            return f"{count_words(len(self.compared), 'application')} with guesses set beside what happened."
        return (f"{count_words(self.predicted, 'application')} with guesses so far; they are set beside what "
                "happened once the outcome is in.")


def _in_span(application: Application, span: InsightRange | None) -> bool:
    if span is None:
        return True
    day = application.rejected_on or application.last_moment
    return day is not None and day in span


def predictions_against_reality(applications: Sequence[Application], book: DayBook, today: date,
                                worries: Iterable[Worry] = (), span: InsightRange | None = None) -> PredictionsResult:
    """The section's result: each application's comparison, the calibration and the worries' tally.

    `span` keeps applications whose rejection day (or latest known day) falls in it; worries are all counted."""
    chosen = [a for a in applications if _in_span(a, span)]
    found = [c for c in (compare(a, book, today) for a in chosen) if c is not None]
    order = {COMPARED: 0, WAITING: 1, NO_DAY: 2}
    days = {a.id: a.rejected_on or a.last_moment or today for a in chosen}
    found.sort(key=lambda c: (order[c.state], days[c.application_id]))
    predicted = sum(1 for a in chosen if a.prediction is not None and not a.prediction.empty)
    return PredictionsResult(tuple(found), calibration(chosen), tally(worries), predicted)


def prediction_lines(result: PredictionsResult) -> list[str]:
    """The section as plain text lines (for `stats` and the like): the sentence first, then each part."""
    lines = [result.words]
    for comparison in result.comparisons:
        lines.append(f"  {visible(' '.join(comparison.title.split()))}: {comparison.words}")
    lines.append("Chances given")
    lines += [f"  {line}" for line in result.calibration.lines]
    lines.append("Worries")
    lines.append(f"  {result.worries.words}")
    if result.worries.looked_back:
        lines.append(f"  {RESEARCH}")
    return lines
