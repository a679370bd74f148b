"""Check-ins, one TinyDB file per year of their time (`checkins/2026.json`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.domain.checkin import CheckIn
from resilience_tui.store.areas import AREAS
from resilience_tui.store.datafile import DataFile
from resilience_tui.store.yearly import YearlyRepository

if TYPE_CHECKING:
    from resilience_tui.store.areas import Area
    from resilience_tui.store.store import Store


class CheckinRepository(YearlyRepository[CheckIn]):
    def __init__(self, root: Path, open_file: Callable[[Path, str, str], DataFile],
                 open_apart: Callable[[Path, str, str], DataFile] | None = None) -> None:
        area = AREAS["checkins"]
        super().__init__(root, open_file, area=area.name, noun=area.label, record_type=CheckIn, moment=lambda c: c.at,
                         open_apart=open_apart)


def open_checkins(store: Store, area: Area) -> CheckinRepository:
    return CheckinRepository(store.root, store.open_file, store.open_apart)
