"""Bring a json export back in: check all of it first, then merge by id.

A record whose id is not here is added; one that is here is replaced only when
the imported copy was changed later (`updated_at`), so importing the same file
twice changes nothing. Older schema versions are brought up to date the way a
data file is (`store/migrations.py`). A file not in our outline, a newer version,
an area this version does not know, or input nested too deep, is refused before
anything is written; a record, setting or draft that cannot be read is left out
and counted (`import_checks.py`).

Each area is written in one save per file (new records added in one pass, so the
cost grows with the records, not with their square). A save that fails half way
(a full disk) stops the import with `ImportStopped`, which says which areas landed;
importing the file again adds only what is missing.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from resilience_tui.export import CancelCheck, Cancelled, ImportRefused, ImportStopped, Progress, Steps
from resilience_tui.export.areas import DRAFTS, SETTINGS, area_names, count_words, repository, title_of
from resilience_tui.export.import_checks import check_area, check_drafts
from resilience_tui.export.import_source import read_import_file, size_words
from resilience_tui.export.json import FORMAT, FORMAT_VERSION
from resilience_tui.store.areas import AREAS
from resilience_tui.store.drafts import legacy_to_drafts
from resilience_tui.store.errors import StoreBusy, StoreError

if TYPE_CHECKING:
    from resilience_tui.domain.records import StoredRecord
    from resilience_tui.store.store import Store

__all__ = ["Checked", "ImportResult", "check_export", "import_file", "import_parsed", "looks_like_jrnl", "merge",
           "read_json_file"]

# {area: its records (of the area's record class), or for settings and drafts their documents}
Read: TypeAlias = dict[str, list[Any]]
_R = TypeVar("_R", bound="StoredRecord")
read_json_file = read_import_file  # the name the jrnl import and older callers use


@dataclass
class Checked:
    """What `check_export` read: the items of each area, and how many of each could not be read."""

    areas: Read
    skipped: dict[str, int] = field(default_factory=dict)


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    not_imported: list[str] = field(default_factory=list)  # areas left out because the import was cancelled
    cancelled: bool = False
    skipped: dict[str, int] = field(default_factory=dict)  # items that could not be read, left out
    partly: list[str] = field(default_factory=list)  # areas a failed save left part-imported

    @property
    def landed(self) -> list[str]:
        """The areas merged in (all of them, unless the import was cancelled or stopped)."""
        return list(self.unchanged)

    def cancelled_summary(self) -> str:
        """What a cancelled import did, area by area."""
        if not self.landed:
            return "Cancelled before anything was imported. Nothing was changed."
        landed = ", ".join(title_of(area) for area in self.landed)
        left = ", ".join(title_of(area) for area in self.not_imported)
        text = f"Cancelled. These areas were imported in full: {landed} ({self.summary()})"
        return text + (f" Not imported: {left}." if left else "")

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

    def summary(self) -> str:
        parts = []
        for area, count in self.added.items():
            if count:
                parts.append(f"{count_words(area, count)} added")
            if self.updated.get(area):
                parts.append(f"{count_words(area, self.updated[area])} updated")
        kept = sum(self.unchanged.values())
        if not parts:
            text = "Nothing new: everything in it is already here."
        else:
            text = ", ".join(parts) + (f"; {kept:,} already here and left as they are." if kept else ".")
        return text + self.skipped_summary()

    def skipped_summary(self) -> str:
        counts = [count_words(area, count) for area, count in self.skipped.items() if count]
        if not counts:
            return ""
        verb = "was" if len(counts) == 1 and sum(self.skipped.values()) == 1 else "were"
        return f" {_and(counts)} could not be read and {verb} left out."


def looks_like_jrnl(data: object) -> bool:
    entries = data.get("entries") if isinstance(data, dict) else None
    return isinstance(entries, list) and all(isinstance(e, dict) and "date" in e and "title" in e for e in entries[:20])


def check_export(data: object, store: Store, source: str, steps: Steps | None = None) -> Checked:
    """Every area of the export, checked and read. Drafts an older export kept among the settings go to the drafts."""
    nothing = "Nothing was changed."
    if looks_like_jrnl(data):
        raise ImportRefused(f"{source} looks like a jrnl export. Import it with: resilience import --from jrnl {source}")
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("areas"), dict):
        raise ImportRefused(f"{source} is not a Resilience export (resilience export --format json makes one). {nothing}")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused(f"{source} does not say which export version it is, so it was not imported. {nothing}")
    if version > FORMAT_VERSION:
        raise ImportRefused(f"{source} was made by a newer version of Resilience. Update Resilience, then import it. {nothing}")
    known = area_names(store)
    checked = Checked({})
    for area, content in data["areas"].items():
        if area not in known:
            raise ImportRefused(
                f"{source} holds {area!r}, which this version of Resilience does not know. "
                f"Update Resilience, then import it. {nothing}"
            )
        if steps is not None:
            steps.start(f"Reading {title_of(area)}")
        checked.areas[area], skipped = check_area(area, content, source)
        if skipped:
            checked.skipped[area] = skipped
        if steps is not None:
            steps.finish()
    if SETTINGS in checked.areas:
        checked.areas[SETTINGS], legacy = legacy_to_drafts(checked.areas[SETTINGS])
        if legacy:
            checked.areas[DRAFTS] = checked.areas.get(DRAFTS, []) + legacy
    if DRAFTS in checked.areas:
        checked.areas[DRAFTS], skipped = check_drafts(checked.areas[DRAFTS])
        if skipped:
            checked.skipped[DRAFTS] = checked.skipped.get(DRAFTS, 0) + skipped
    return checked


def merge(store: Store, checked: Checked, steps: Steps | None = None) -> ImportResult:
    """Write what `check_export` read. Records merge by id; settings and drafts by key.

    With `steps`, a cancel between areas stops it: the areas merged so far stay,
    and the result lists the rest as not imported. A failed save raises ImportStopped.
    """
    result = ImportResult(skipped=dict(checked.skipped))
    read = checked.areas
    for area, items in read.items():
        if steps is not None:
            try:
                steps.start(f"Adding {title_of(area)}")
            except Cancelled:
                result.cancelled = True
                result.not_imported = [name for name in read if name not in result.unchanged]
                return result
            steps.finish()
        try:
            _merge_area(store, area, items, result)
        except StoreError as error:
            raise ImportStopped(_stopped(read, result, error), result) from error
    return result


def _merge_area(store: Store, area: str, items: list[Any], result: ImportResult) -> None:
    target = repository(store, area)
    if AREAS[area].keyed:
        changed = target.merge(items)
        result.added[area], result.unchanged[area] = changed, len(items) - changed
        return
    here = {record.id: record for record in target.all()} if items else {}
    new: list[StoredRecord] = []
    newer: list[StoredRecord] = []
    same = 0
    for record in _last_per_id(items):
        existing = here.get(record.id)
        if existing is None:
            new.append(record)
        elif record.updated_at > existing.updated_at:
            newer.append(record)
        else:
            same += 1
    try:
        if new:
            target.add_many(new)  # one pass over each file, however many there are
        if newer:
            target.save_many(newer, replace=True)  # the newer edit wins, whatever revision is stored
    except StoreError:
        if _some_stored(target, new):  # a file or two of the area was saved before the failure
            result.partly.append(area)
        raise
    result.added[area], result.updated[area], result.unchanged[area] = len(new), len(newer), same


def _stopped(read: Read, result: ImportResult, error: StoreError) -> str:
    """Which areas landed and which did not, and why, in one line."""
    landed = [AREAS[area].label for area in result.landed if read[area]]
    missing = []
    for area, items in read.items():
        if area in result.unchanged or not items:
            continue
        label = AREAS[area].label
        missing.append(f"some of the {label}" if area in result.partly else label)
    why, then = _why(error)
    again = f"{then}: it adds only what is missing."
    if not landed and not missing[0].startswith("some of"):
        return f"Nothing was imported, because {why}. {again}"
    if not landed:
        return f"Nothing was imported in full; {_and(missing)} were not, because {why}. {again}"
    return f"{_and(landed).capitalize()} were imported; {_and(missing)} were not, because {why}. {again}"


def _some_stored(target: Any, new: list[StoredRecord]) -> bool:
    """True if some of the `new` records are stored now (re-read from the files, which a failed save drops)."""
    if not new:
        return True  # the new records were all added; a later save of updated ones failed
    try:
        here = {record.id for record in target.all()}
    except StoreError:
        return False
    return any(record.id in here for record in new)


def _why(error: StoreError) -> tuple[str, str]:
    """(why the save failed, what to do before importing again)."""
    cause = error.__cause__
    code = cause.errno if isinstance(cause, OSError) else None
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "the disk is full", "Free some space, then import the file again"
    if code in (errno.EACCES, errno.EPERM):
        return "the data folder does not allow writing", "Check its permissions, then import the file again"
    if code == errno.EROFS:
        return "the disk is read-only", "Import the file again once it can be written to"
    if code == errno.EIO:
        return "the disk reported an error while writing", "Check the disk, then import the file again"
    if isinstance(error, StoreBusy):
        return "another Resilience window kept the data folder busy", "Import the file again in a moment"
    return "the computer could not save them", "Import the file again in a moment"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def import_parsed(store: Store, data: object, source: str, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> ImportResult:
    """Check an export already read (`import_source.read_import_file`), then merge it area by area.

    A cancel while checking changes nothing (Cancelled).
    """
    areas = data.get("areas") if isinstance(data, dict) else None
    steps = Steps(2 * len(areas) if isinstance(areas, dict) else 0, progress, cancelled)
    checked = check_export(data, store, source, steps)
    return merge(store, checked, steps)


def import_file(store: Store, path: Path, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> ImportResult:
    """Read, check and merge the export at `path`."""

    def announce(size: int) -> None:
        if progress is not None:
            progress(f"Reading {Path(path).name} ({size_words(size)})", 0, 0)

    return import_parsed(store, read_import_file(Path(path), announce), str(path), progress, cancelled)


def _last_per_id(items: list[_R]) -> list[_R]:
    newest: dict[str, _R] = {}
    for record in items:
        if record.id not in newest or record.updated_at > newest[record.id].updated_at:
            newest[record.id] = record
    return list(newest.values())
