"""Everything the person keeps, out and back in.

- `areas.py`: which areas there are (from the area table, `store/areas.py`).
- `json.py`: the complete export (every field of every area, with schema versions).
- `markdown.py`, `html.py`: readable documents, one per area.
- `importer.py`: our json back in, merged by id; `jrnl.py`: entries from `jrnl --format json`.
- `files.py`: where exports go; every file written is readable by its owner alone (0600).

Errors meant for the person are `ImportRefused` and `ExportFailed`, each with a plain message.
"""

FORMATS = ("markdown", "html", "json")


class ImportRefused(ValueError):
    """The file cannot be imported; nothing was written. `message` says why, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ExportFailed(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
