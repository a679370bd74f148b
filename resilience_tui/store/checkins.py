"""Check-ins, one TinyDB file per year of their time (`checkins/2026.json`)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.yearly import YearlyRepository


class CheckinRepository(YearlyRepository[CheckIn]):
    def __init__(self, root: Path, open_file: Callable[[Path, str, str], DataFile]) -> None:
        super().__init__(root, open_file, area="checkins", noun="check-ins", record_type=CheckIn, moment=lambda c: c.at)
