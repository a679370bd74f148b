"""Applications kept in a spreadsheet, read from its CSV: one application per row.

Columns are found by their header, loosely (case, spaces and punctuation do not
matter): company (or employer, organisation), role (or title, position, job),
date applied (or applied, applied on, date), status (or stage, outcome), source,
contact, notes. `--map "Employer=company"` names any other header. A column that
matches none of them is not dropped: its cells go into the notes as "Header: value".

Each row is checked as the Applications screen checks what is typed
(`domain/application.validate`); a row that cannot be kept is left out with its row
number and the reason, and the other rows still come in. A status word Resilience
does not know keeps the row, applied and in progress, with the word in its notes.
Each application's id comes from the row's cells, so importing the file again adds
nothing; a row changed since comes in as a new application.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from resilience_tui.domain.application import Application, email_looks_right, validate
from resilience_tui.domain.records import ValidationError
from resilience_tui.export import ImportRefused
from resilience_tui.export.csv_source import Row, Table, extra_cells, header_key
from resilience_tui.export.sheet_dates import DateProblem, Order, file_order, read_sheet_day
from resilience_tui.export.status_words import read_status

_NAMESPACE = uuid.UUID("0d8f3c55-3b8e-4a4e-9d3f-6c2b7e1f9a40")  # ours: ids of applications from a CSV file

FIELDS = ("company", "role", "date applied", "status", "source", "contact", "notes")
_ALIASES: dict[str, tuple[str, ...]] = {
    "company": ("company", "company name", "employer", "organisation", "organization", "org", "business"),
    "role": ("role", "title", "position", "job", "job title", "role title", "position title", "job role", "vacancy"),
    "date applied": ("date applied", "applied", "applied on", "applied date", "application date", "date",
                     "date of application", "when applied", "submitted", "submitted on"),
    "status": ("status", "stage", "state", "outcome", "result", "progress"),
    "source": ("source", "found on", "found via", "via", "channel", "job board", "board", "platform", "where"),
    "contact": ("contact", "contact name", "contact email", "recruiter", "hiring manager", "contact person", "email"),
    "notes": ("notes", "note", "comments", "comment", "details", "remarks"),
}
_LOOKUP = {header_key(alias): name for name, aliases in _ALIASES.items() for alias in aliases}


class MapProblem(ValueError):
    """A `--map` that cannot be used; the message says why (bad usage)."""


@dataclass
class Read:
    """What the rows gave: applications with their row numbers, rows left out, and notices."""

    found: list[tuple[int, Application]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one line per row left out
    notices: list[str] = field(default_factory=list)  # rows kept with something to say (an unknown status)
    into_notes: tuple[str, ...] = ()  # headers whose cells went into the notes


def field_name(text: str) -> str | None:
    """The field a name stands for ("Title" -> "role"), or None."""
    return _LOOKUP.get(header_key(text))


def parse_maps(maps: list[str]) -> dict[str, str]:
    """`["Employer=company", ...]` as {header key: field}; raises MapProblem."""
    found: dict[str, str] = {}
    for item in maps:
        header, sep, target = item.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise MapProblem(f'--map takes "Header=field", like --map "Employer=company", not "{item}".')
        name = field_name(target)
        if name is None:
            raise MapProblem(f'--map "{item}": "{target.strip()}" is not a field. The fields are {", ".join(FIELDS)}.')
        found[header_key(header)] = name
    return found


def columns(header: tuple[str, ...], maps: dict[str, str], source: str) -> dict[int, str]:
    """{column index: field} for the header, `--map` first; raises MapProblem or ImportRefused."""
    keys = [header_key(name) for name in header]
    missing = [name for name in maps if name not in keys]
    if missing:
        raise MapProblem(f"--map names a column {source} does not have: {', '.join(missing)}. "
                         f"Its columns are: {', '.join(name for name in header if name)}.")
    chosen: dict[int, str] = {}
    for index, key in enumerate(keys):
        name = maps.get(key) or _LOOKUP.get(key)
        if name is None or (name != "notes" and name in chosen.values()):
            continue  # goes into the notes as "Header: value"
        chosen[index] = name
    for needed in ("company", "role"):
        if needed not in chosen.values():
            raise ImportRefused(
                f"{source} has no {needed} column (its columns are: {', '.join(name for name in header if name)}), "
                f'so it was not imported. Name it with --map, like --map "Employer=company". Nothing was changed.'
            )
    return chosen


def read_applications(table: Table, source: str, today: date, now: datetime, *, maps: dict[str, str] | None = None,
                      order: Order | None = None) -> Read:
    """Every row of `table` as an application, or a line saying why it was left out."""
    chosen = columns(table.header, maps or {}, source)
    others = [i for i in range(len(table.header)) if i not in chosen and table.header[i]]
    dated = [i for i, name in chosen.items() if name == "date applied"]
    order = order or file_order(row.cells[dated[0]] for row in table.rows if dated and dated[0] < len(row.cells))
    result = Read(into_notes=tuple(table.header[i] for i in others
                                   if any(i < len(row.cells) and row.cells[i].strip() for row in table.rows)))
    for row in table.rows:
        try:
            result.found.append((row.number, _application(row, table.header, chosen, others, today, now, order, result)))
        except (ValidationError, DateProblem) as error:
            reason = error.message if isinstance(error, ValidationError) else str(error)
            result.problems.append(f"row {row.number}: {reason.rstrip('.')}. It was left out.")
    return result


def _cell(row: Row, index: int) -> str:
    return row.cells[index] if index < len(row.cells) else ""


def _application(row: Row, header: tuple[str, ...], chosen: dict[int, str], others: list[int], today: date,
                 now: datetime, order: Order | None, result: Read) -> Application:
    if extra_cells(row, header):
        raise ValidationError("it has more cells than the header row has columns, so some would belong to no column")
    values: dict[str, str] = {}
    notes: list[str] = []
    for index, name in chosen.items():
        if name == "notes":
            if _cell(row, index).strip():
                notes.append(_cell(row, index))
        else:
            values[name] = _cell(row, index)
    company, role = values.get("company", ""), values.get("role", "")
    if not company.strip():
        raise ValidationError("it has no company (the company and the role are what an application needs)")
    if not role.strip():
        raise ValidationError("it has no role (the company and the role are what an application needs)")
    applied = read_sheet_day(values.get("date applied", ""), today, order)
    status_text = values.get("status", "")
    status = read_status(status_text)
    if not status.known and status_text.strip():
        notes.append(f"Status in the spreadsheet: {status_text.strip()}")
        if status.silent:
            result.notices.append(f'row {row.number}: "{status_text.strip()}" is kept as in progress (Resilience has no '
                                  f"outcome for not hearing back); the word is in its notes.")
        else:
            result.notices.append(f'row {row.number}: the status "{status_text.strip()}" is not one Resilience knows; '
                                  f"it is kept as applied and in progress, with the word in its notes.")
    contact_name, contact_email = _contact(values.get("contact", ""))
    notes.extend(f"{header[i]}: {_cell(row, i)}" for i in others if _cell(row, i).strip())
    key = "csv\n" + "\n".join(f"{header_key(header[i])}={_cell(row, i)}" for i in range(len(header)))
    return validate(Application(
        company=company, role=role, applied_on=applied, source=values.get("source", ""), stage=status.stage,
        rounds=status.rounds, outcome=status.outcome, contact_name=contact_name, contact_email=contact_email,
        notes="\n".join(notes), id=str(uuid.uuid5(_NAMESPACE, key)), created_at=now, updated_at=now,
    ), today)


def _contact(text: str) -> tuple[str, str]:
    """(name, email) from "Sam Lee <sam@acme.com>", "sam@acme.com" or "Sam Lee"."""
    cell = text.strip()
    if "<" in cell and cell.endswith(">"):
        name, _, address = cell[:-1].rpartition("<")
        if email_looks_right(address):
            return name.strip().strip('"'), address.strip()
    if email_looks_right(cell):
        return "", cell
    return text, ""
