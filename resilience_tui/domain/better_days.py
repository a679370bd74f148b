"""What goes with better days: mean mood on days with a tag, a feeling or a job event, against days without.

Only days with check-ins count (a day's mood is the mean of its check-ins). A pair is
shown only when both sides have at least `MIN_DAYS` days, and the list is sorted by
the difference, largest first. It shows what goes together, not what causes what.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from resilience_tui.domain.day_book import DayBook, count_words
from resilience_tui.domain.day_events import EVENT_KINDS, EVENT_LABELS, EVENT_PHRASES, DayEvent
from resilience_tui.domain.insight_range import InsightRange

MIN_DAYS = 5
TAG, EMOTION, EVENT = "tag", "emotion", "event"
NOTE = "This shows what tends to go together, not what causes what."


@dataclass(frozen=True)
class Pairing:
    """One tag, feeling or event, with the mean mood on days with it and without it."""

    kind: str  # TAG, EMOTION or EVENT
    key: str  # the tag, the feeling, or one of day_events.EVENT_KINDS
    label: str  # "#walk", "hopeful", "win written"
    with_mean: float
    with_days: int
    without_mean: float
    without_days: int

    @property
    def difference(self) -> float:
        return self.with_mean - self.without_mean

    @property
    def words(self) -> str:
        """'On days you wrote a win, your mood averaged 3.6 against 2.9 (12 days against 40).'"""
        if self.kind == EVENT:
            lead = f"On days you {EVENT_PHRASES[self.key]}"
        elif self.kind == TAG:
            lead = f"On days you tagged #{self.key}"
        else:
            lead = f"On days you felt {self.key}"
        return (f"{lead}, your mood averaged {self.with_mean:.1f} against {self.without_mean:.1f} "
                f"({count_words(self.with_days, 'day')} against {self.without_days}).")


@dataclass(frozen=True)
class BetterDays:
    pairings: tuple[Pairing, ...]  # sorted by difference (with minus without), largest first: better days at the top
    days: int  # days with check-ins in the range
    note: str = NOTE

    @property
    def words(self) -> str:
        if self.days < 2 * MIN_DAYS:
            return (f"{count_words(self.days, 'day')} with check-ins in this range: too few to say much. "
                    f"Each comparison needs at least {MIN_DAYS} days on each side.")
        if not self.pairings:
            return (f"{count_words(self.days, 'day')} with check-ins, but no tag, feeling or event "
                    f"came up on at least {MIN_DAYS} of them (and was missing on {MIN_DAYS}) yet.")
        return self.pairings[0].words


def better_days(book: DayBook, events: Mapping[date, Sequence[DayEvent]], span: InsightRange) -> BetterDays:
    """Every pairing with enough days on both sides, from one pass over the range's days."""
    days = book.between(span.first, span.last)
    total = 0.0
    sums: dict[tuple[str, str], list[float]] = {}
    for entry in days:
        total += entry.mean
        keys = [(TAG, t) for t in entry.tags] + [(EMOTION, e) for e in entry.emotions]
        keys += [(EVENT, k) for k in {event.kind for event in events.get(entry.day, ())}]
        for key in keys:
            found = sums.get(key)
            if found is None:
                sums[key] = [entry.mean, 1]
            else:
                found[0] += entry.mean
                found[1] += 1
    count = len(days)
    pairings = []
    for (kind, name), (with_sum, with_float) in sums.items():
        with_count = int(with_float)
        without = count - with_count
        if with_count < MIN_DAYS or without < MIN_DAYS:
            continue
        label = EVENT_LABELS[name] if kind == EVENT else f"#{name}" if kind == TAG else name
        pairings.append(Pairing(kind, name, label, with_sum / with_count, with_count,
                                (total - with_sum) / without, without))
    order = {kind: i for i, kind in enumerate(EVENT_KINDS)}
    pairings.sort(key=lambda p: (-p.difference, p.kind, order.get(p.key, 0), p.key))
    return BetterDays(tuple(pairings), count)
