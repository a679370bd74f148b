"""A pausable countdown read from a clock that is passed in, so it can be tested without waiting."""

from __future__ import annotations


class Countdown:
    """`seconds` to count down from `now` (any clock in seconds, such as `time.monotonic()`)."""

    def __init__(self, seconds: float, now: float) -> None:
        self.total = float(seconds)
        self._left_at = float(seconds)  # what was left when it last started or paused
        self._since: float | None = now  # when it last started; None while paused

    @property
    def paused(self) -> bool:
        return self._since is None

    def left(self, now: float) -> float:
        if self._since is None:
            return self._left_at
        return max(0.0, self._left_at - (now - self._since))

    def finished(self, now: float) -> bool:
        return self.left(now) <= 0

    def pause(self, now: float) -> None:
        if self._since is not None:
            self._left_at = self.left(now)
            self._since = None

    def resume(self, now: float) -> None:
        if self._since is None:
            self._since = now

    def toggle(self, now: float) -> bool:
        """Pause if running, else go on; True when it is paused now."""
        if self.paused:
            self.resume(now)
        else:
            self.pause(now)
        return self.paused
