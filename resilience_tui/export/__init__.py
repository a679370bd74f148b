"""Everything the person keeps, out and back in.

- `areas.py`: which areas there are (from the area table, `store/areas.py`).
- `json.py`: the complete export (every field of every area, with schema versions).
- `markdown.py`, `html.py`: readable documents, one per area (or all in one);
  `readable.py`: goals, applications and feedback in the words the screens use;
  `html_areas.py`: the html written directly, area by area, with `markdown_lite.py` (the plain
  part of Markdown, as markdown-it writes it) and markdown-it for the rest of the person's Markdown.
- `writer.py`: one export start to finish, each file written as it is made (`files.py`).
- `import_source.py`: reading a file to import (a plain file, of sane size and nesting);
  `import_checks.py`: every record, setting and draft of it checked; `importer.py`: our
  json back in, merged by id; `jrnl.py`: entries from `jrnl --format json`;
  `csv_source.py`: a CSV file as numbered rows, read by `csv_applications.py` (applications
  from a spreadsheet, with `sheet_dates.py` and `status_words.py`) and `daylio.py` (check-ins).
- `files.py`: where exports go; every file written is readable by its owner alone (0600).

Errors meant for the person are `ImportRefused`, `ImportStopped` and `ExportFailed`, each with a plain message.

Export and import take an optional `progress(step, done, total)`, called before
each area with a plain phrase ("Writing Check-ins") and the count of steps done,
and an optional `cancelled()`, asked between areas: a cancelled export raises
`Cancelled` and leaves no file; a cancelled import stops between areas and its
result says which areas landed.
"""

from __future__ import annotations

from collections.abc import Callable

FORMATS = ("markdown", "html", "json")

Progress = Callable[[str, int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The person cancelled an export; nothing was written."""


class Steps:
    """Reports progress and checks for cancelling, between areas."""

    def __init__(self, total: int, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancelled is not None and self._cancelled()

    def start(self, step: str) -> None:
        """About to do `step`; raises Cancelled if the person has cancelled."""
        if self.cancelled:
            raise Cancelled()
        if self._progress is not None:
            self._progress(step, self.done, self.total)

    def finish(self) -> None:
        self.done += 1


class ImportRefused(ValueError):
    """The file cannot be imported; nothing was written. `message` says why, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ImportStopped(Exception):
    """A save failed half way through an import (a full disk). `message` says which areas
    landed and which did not; `result` is what landed."""

    def __init__(self, message: str, result: object) -> None:
        super().__init__(message)
        self.message = message
        self.result = result


class ExportFailed(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
