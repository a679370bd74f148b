"""A child process for the fault tests: opens a Store and adds check-ins in a loop.

    python writer.py FOLDER COUNT YEAR LABEL [PAUSE]

Prints "ready" once imports are done, then waits for one line on stdin before
touching the folder (so the parent can line several writers up, or start the
next writer while it checks the last one). COUNT 0 means "until killed".
PAUSE (seconds, default 0) is slept between saves, like a person between
check-ins, so that two writers take turns at the lock.
Each check-in id is printed, and flushed, only after `add` returned: a printed
id is an acknowledged save.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.store.store import Store


def main() -> int:
    folder, count, year, label = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    pause = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    if not sys.stdin.readline():
        return 1
    store = Store(folder)
    start = datetime(year, 1, 1, tzinfo=timezone.utc)
    i = 0
    while count == 0 or i < count:
        checkin = CheckIn(
            mood=1 + i % 5,
            at=start + timedelta(minutes=i),
            tags=(label,),
            note=f"{label} {i} " + "words " * (i % 7),
        )
        store.checkins.add(checkin)
        out.write(checkin.id + "\n")
        out.flush()
        i += 1
        if pause:
            time.sleep(pause)
    return 0


if __name__ == "__main__":
    sys.exit(main())
