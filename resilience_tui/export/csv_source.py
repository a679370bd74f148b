"""A CSV file to import, read into numbered rows: UTF-8 (with or without a BOM), `,` `;` or tab between cells.

Excel's "sep=;" first line is read and skipped. Rows are numbered as a
spreadsheet numbers them: the header is row 1, the first
entry row 2, a cell with line breaks inside it still one row. A file that is not
text, holds NUL bytes, or has no header is refused whole (`ImportRefused`); rows
are judged one by one by the modules that read them.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from resilience_tui.export import ImportRefused
from resilience_tui.export.import_source import MAX_IMPORT_BYTES

_NOTHING = "Nothing was changed."
_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet numbers it: the header is row 1
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]


def header_key(name: str) -> str:
    """A column name compared loosely: case, spaces, `_` and punctuation do not matter ("Date_Applied" = "date applied")."""
    return " ".join(re.sub(r"[\W_]+", " ", name.casefold()).split())


def decode(data: bytes, source: str) -> str:
    """The text of a CSV file; refused when it is not UTF-8 text."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{source} is not UTF-8 text, so it was not imported. In a spreadsheet, save it "
                            f"as \"CSV UTF-8\" and import that file. {_NOTHING}") from None
    if "\x00" in text:
        raise ImportRefused(f"{source} is not a CSV file (it holds binary data), so it was not imported. {_NOTHING}")
    return text


def _delimiter(text: str) -> str:
    sample = text[:64_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = sample.split("\n", 1)[0]
        return max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ","


def read_table(data: bytes, source: str) -> Table:
    """The header and the rows of a CSV file (empty rows left out)."""
    text = decode(data, source)
    if not text.strip():
        raise ImportRefused(f"{source} is empty, so there was nothing to import. {_NOTHING}")
    if csv.field_size_limit() < MAX_IMPORT_BYTES:
        csv.field_size_limit(MAX_IMPORT_BYTES)  # a long note is one cell; the file's size is limited already
    delimiter = _delimiter(text)
    first, _, rest = text.partition("\n")
    if re.fullmatch(r"sep=(.)\r?", first):  # Excel's line naming the delimiter, before the header
        delimiter, text = first[4], rest
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[Row] = []
    header: tuple[str, ...] | None = None
    try:
        for number, cells in enumerate(reader, start=1):
            if header is None:
                header = tuple(cell.strip() for cell in cells)
            elif any(cell.strip() for cell in cells):
                rows.append(Row(number, tuple(cells)))
    except csv.Error as error:
        raise ImportRefused(f"{source} could not be read as CSV near row {reader.line_num} ({error}), "
                            f"so it was not imported. {_NOTHING}") from None
    if header is None or not any(header):
        raise ImportRefused(f"{source} has no header row (the first row names the columns), so it was not imported. "
                            f"{_NOTHING}")
    return Table(header, tuple(rows))


def extra_cells(row: Row, header: tuple[str, ...]) -> bool:
    """True when a row has filled cells beyond the header's columns (they would belong to no column)."""
    return any(cell.strip() for cell in row.cells[len(header):])
