"""Every setting there is, with its type and default: the one place that names setting keys.

    store.settings.get(THEME)          -> str (the default when unset or of the wrong type)
    store.settings.set(THEME, "nord")
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from resilience_tui.domain.business_days import DEFAULT_FOLLOW_UP_DAYS, MAX_FOLLOW_UP_DAYS

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in `settings.json`, the type its value must have, and its default.

    A whole-number setting may also give the range it must be in (`low`, `high`).
    """

    key: str
    kind: type[T]
    default: T
    low: int | None = None
    high: int | None = None

    def accepts(self, value: object) -> bool:
        """True when `value` has this setting's type (an int is never a bool here)."""
        if isinstance(value, bool) and self.kind is not bool:
            return False  # True is an int to Python, never a number of days to us
        return isinstance(value, self.kind)

    def in_range(self, value: object) -> bool:
        if not isinstance(value, int):
            return True
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def read(self, raw: object) -> T:
        """The stored value if it has this setting's type and is in its range, else the default."""
        if self.accepts(raw) and self.in_range(raw):
            return raw  # type: ignore[return-value]  # accepts() checked isinstance(raw, kind)
        return self.default


THEME: Setting[str] = Setting("theme", str, "textual-dark")
MY_NAME: Setting[str] = Setting("my_name", str, "")
SIGNATURE: Setting[str] = Setting("signature", str, "")
MY_EMAIL: Setting[str] = Setting("my_email", str, "")
EML_FOLDER: Setting[str] = Setting("eml_folder", str, "")  # "" means the default folder
PROFILE_ASKED: Setting[bool] = Setting("profile_asked", bool, False)
FOLLOW_UP_DAYS: Setting[int] = Setting("follow_up_days", int, DEFAULT_FOLLOW_UP_DAYS, 1, MAX_FOLLOW_UP_DAYS)
# The hard-days card on Today (domain/safety_net.py): the day it was hidden for a week ("" when it
# was not), and whether it is turned off until turned on again.
HARD_DAYS_HIDDEN_ON: Setting[str] = Setting("hard_days_card_hidden_on", str, "")
HARD_DAYS_CARD_OFF: Setting[bool] = Setting("hard_days_card_off", bool, False)
# Self-compassion breaks finished, one a line: "YYYY-MM-DD" and the application's id if any (domain/first_aid.py)
FIRST_AID_BREAKS: Setting[str] = Setting("first_aid_breaks", str, "")

ALL: tuple[Setting[str] | Setting[bool] | Setting[int], ...] = (
    THEME, MY_NAME, SIGNATURE, MY_EMAIL, EML_FOLDER, PROFILE_ASKED, FOLLOW_UP_DAYS,
    HARD_DAYS_HIDDEN_ON, HARD_DAYS_CARD_OFF, FIRST_AID_BREAKS,
)
