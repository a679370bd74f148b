"""A spreadsheet's status or stage word ("Phone screen", "Onsite", "Rejected") as an application's stage and outcome.

Read loosely, by the words in it: "Rejected after final round" is a rejection at the
final round. Words for hearing nothing ("Ghosted", "No response") leave it in
progress, as the app has no outcome for silence. A word not known at all leaves it
applied and in progress; the caller keeps the word in the notes and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resilience_tui.domain.application import MAX_ROUNDS


@dataclass(frozen=True)
class Status:
    stage: str = "applied"
    outcome: str = "in_progress"
    rounds: int = 0
    known: bool = True  # False: the word meant nothing here; it belongs in the notes
    silent: bool = False  # "ghosted", "no reply": kept in progress, the word in the notes


_OUTCOMES = (
    ("withdrawn", r"withdr[ae]w|withdrawn|declined|decline|turned (?:it|them|the offer) down|pulled out|not interested"),
    ("rejected", r"reject|unsuccessful|not selected|not progressed|turned down|no offer|\bnot? (?:a )?fit\b|\bdenied\b"),
    ("offer", r"offer|accepted|hired|\bsigned\b"),
)
_SILENT = r"ghost|no (?:response|reply|answer)|never heard|heard nothing|no news|silence"
_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_STAGES = (
    ("final", r"final|on ?-?site|in ?-?person|last round|panel"),
    ("interview", r"interview|technical|assessment|take ?-?home|case study|first round|1st round|round 1\b"),
    ("screening", r"screen|phone|recruiter|hr call|intro call|call"),
    ("applied", r"appl|submitted|\bsent\b|in progress"),
)


def read_status(text: str) -> Status:
    """The stage and outcome a status word names."""
    words = " ".join(text.casefold().split())
    if not words:
        return Status()
    outcome = next((key for key, pattern in _OUTCOMES if re.search(pattern, words)), "in_progress")
    silent = outcome == "in_progress" and re.search(_SILENT, words) is not None
    rounds = _rounds(words)
    if rounds:
        stage = "later"
    else:
        stage = next((key for key, pattern in _STAGES if re.search(pattern, words)), "")
    if outcome == "offer":
        stage = "offer"
    known = bool(stage) or outcome != "in_progress" or silent
    return Status(stage=stage or "applied", outcome=outcome, rounds=rounds, known=known and not silent, silent=silent)


def _rounds(words: str) -> int:
    """The round a "second interview", "round 3" or "3rd round" names (2 or more), else 0."""
    for word, number in _ORDINALS.items():
        if re.search(rf"\b{word}\b\s*(?:round|interview|stage)", words):
            return number
    match = re.search(r"\bround\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)?\s*round", words)
    if match:
        number = int(match.group(1) or match.group(2))
        return number if 2 <= number <= MAX_ROUNDS else 0
    return 0
