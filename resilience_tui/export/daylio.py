"""Check-ins from a Daylio CSV export (columns full_date, date, weekday, time, mood, activities, note_title, note).

Daylio's five moods (rad, good, meh, bad, awful) are 5 to 1. A mood the person
named themselves is given a level with `--mood "NAME=N"`; while any is missing the
whole file is refused (`UnmappedMoods`, bad usage) and nothing is written.
Activities (`running | friends`) become tags (`domain/tags.clean_tag`); one longer
than a tag may be is kept in the note instead. The note is note_title, then note on
the next line, exactly as written. Times are local, with that day's offset.
Each check-in's id comes from the row's cells, so importing the file again adds nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from resilience_tui.domain.checkin import CheckIn, validate
from resilience_tui.domain.records import ValidationError
from resilience_tui.domain.tag_form import MAX_TAG_LENGTH
from resilience_tui.domain.tags import clean_tag
from resilience_tui.export import ImportRefused
from resilience_tui.export.csv_source import Row, Table, extra_cells, header_key

_NAMESPACE = uuid.UUID("a3c1e7d2-52f4-4b1b-8e0a-97d4c6b2f815")  # ours: ids of check-ins from Daylio
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
COLUMNS = ("full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note")
_NEEDED = ("full_date", "mood")
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?::\d{2})?\s*([ap])?\.?\s*(?:m\.?)?$", re.I)


class MoodProblem(ValueError):
    """A `--mood` that cannot be used, or moods with no level: bad usage; the message says what to give."""


@dataclass
class Read:
    found: list[tuple[int, CheckIn]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def mood_key(name: str) -> str:
    return " ".join(name.casefold().split())


def parse_moods(items: list[str]) -> dict[str, int]:
    """Daylio's five moods with `["super happy=5", ...]` added (or replacing them); raises MoodProblem."""
    moods = dict(DEFAULT_MOODS)
    for item in items:
        name, sep, level = item.rpartition("=")
        if not sep or not name.strip():
            raise MoodProblem(f'--mood takes "NAME=N", like --mood "super happy=5", not "{item}".')
        if not level.strip().isdigit() or not 1 <= int(level.strip()) <= 5:
            raise MoodProblem(f'--mood "{item}": the level is a whole number from 1 (very low) to 5 (great).')
        moods[mood_key(name)] = int(level.strip())
    return moods


def _columns(table: Table, source: str) -> dict[str, int]:
    keys = {header_key(name).replace(" ", "_"): index for index, name in enumerate(table.header)}
    found = {name: keys[name] for name in COLUMNS if name in keys}
    missing = [name for name in _NEEDED if name not in found]
    if missing:
        raise ImportRefused(
            f"{source} is not a Daylio export: it has no {' or '.join(missing)} column (Daylio's CSV has "
            f"{', '.join(COLUMNS)}), so it was not imported. Nothing was changed."
        )
    return found


def unmapped_moods(table: Table, moods: dict[str, int], source: str) -> list[str]:
    """The mood names in the file with no level, each once, as first written."""
    mood = _columns(table, source)["mood"]
    names: dict[str, str] = {}
    for row in table.rows:
        cell = _cell(row, mood)
        if cell.strip() and mood_key(cell) not in moods:
            names.setdefault(mood_key(cell), cell.strip())
    return list(names.values())


def read_daylio(table: Table, source: str, moods: dict[str, int], now: datetime) -> Read:
    """Every row as a check-in, or a line saying why it was left out. Call `unmapped_moods` first."""
    found = _columns(table, source)
    result = Read()
    for row in table.rows:
        try:
            result.found.append((row.number, _checkin(row, table.header, found, moods, now, result)))
        except ValidationError as error:
            result.problems.append(f"row {row.number}: {error.message.rstrip('.')}. It was left out.")
    return result


def _cell(row: Row, index: int | None) -> str:
    return row.cells[index] if index is not None and index < len(row.cells) else ""


def _checkin(row: Row, header: tuple[str, ...], found: dict[str, int], moods: dict[str, int], now: datetime,
             result: Read) -> CheckIn:
    if extra_cells(row, header):
        raise ValidationError("it has more cells than the header row has columns, so some would belong to no column")
    cells = {name: _cell(row, found.get(name)) for name in COLUMNS}
    day_text, clock_text, mood_text = cells["full_date"].strip(), cells["time"].strip(), cells["mood"]
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        raise ValidationError(f'its full_date "{day_text}" is not a day I can read (Daylio writes 2026-03-05)') from None
    clock = _clock(clock_text)
    if clock is None:
        raise ValidationError(f'its time "{clock_text}" is not a time I can read (like 21:10 or 9:10 pm)')
    if not mood_text.strip():
        raise ValidationError("it has no mood")
    tags: list[str] = []
    long: list[str] = []
    for activity in cells["activities"].split("|"):
        tag = clean_tag(activity)
        if len(tag) > MAX_TAG_LENGTH:
            long.append(activity.strip())
        elif tag and tag not in tags:
            tags.append(tag)
    title, body = cells["note_title"], cells["note"]
    note = f"{title}\n{body}" if title.strip() and body.strip() else title if title.strip() else body
    if long:
        note = "\n\n".join(part for part in (note, "Activities: " + " | ".join(long)) if part)
        result.notices.append(f"row {row.number}: {len(long)} activit{'y is' if len(long) == 1 else 'ies are'} longer "
                              f"than a tag may be ({MAX_TAG_LENGTH} characters), so kept in its note.")
    at = datetime.combine(day, clock).astimezone()  # local time, with that day's offset
    key = "daylio\n" + "\n".join(f"{name}={cells[name]}" for name in ("full_date", "time", "mood", "activities",
                                                                     "note_title", "note"))
    level = moods.get(mood_key(mood_text))
    if level is None:
        raise ValidationError(f'its mood "{mood_text.strip()}" has no level; give it one with --mood "NAME=N"')
    return validate(CheckIn(mood=level, at=at, tags=tuple(tags), note=note,
                            id=str(uuid.uuid5(_NAMESPACE, key)), created_at=at, updated_at=at), now)


def _clock(text: str) -> time | None:
    """"21:10", "9:10 pm", "09.10 a.m."; an empty time is noon."""
    if not text:
        return time(12, 0)
    match = _CLOCK.match(text)
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
