"""A realistic demo dataset: years of check-ins from a life with job searches in it.

`write_demo(folder, years)` writes into an empty (or new) folder through the
store, so the files are exactly what the app itself would write. The data is
deterministic: one `random.Random(seed)` drives everything (ids included), and
the only link to the real clock is that `today` defaults to `date.today()`.

The story: settled stretches alternate with job searches. A search comes in
bursts of applications and interviews; every few weeks a rejection lands and is
followed by a dip of a few days (very low or low, disappointed, doubting
myself) and then a recovery. A search ends with an offer. Weekends are a little
better, and some days have no check-in at all, which is normal.

The last weeks are scripted so the Today screen has something to show: a
final-round rejection nine days before `today`, the dip, feedback, recovery,
and one or two check-ins on `today` itself. The dip stays below the hard-days
rule (domain/safety_net.py), so the demo opens without the card for hard days.

Times on `today` are never later than 09:30 (`TODAY_CUTOFF`), a fixed time
rather than "now", so tests with a fixed clock see the same data whatever
hour they run. (Run at 07:00, that means a demo check-in may sit a little
ahead of the clock; that is a demo, not a person's record.)

The parts: `common` (limits, cast, places), `plan` (the story, day by day),
`notes` and `checkins` (the check-ins), `applications`, `journal`, `goals`,
`reflections`, `people` (two people to reach on a hard day), `predictions` (guesses on applications),
`worries` (most looked back on, one due on `today`), and `writer` (`write_demo`, which writes them all).
"""

from __future__ import annotations

from resilience_tui.demo.common import MAX_YEARS, TODAY_CUTOFF
from resilience_tui.demo.writer import write_demo

__all__ = ["MAX_YEARS", "TODAY_CUTOFF", "write_demo"]
