"""The shape every data file shares: TinyDB tables, one of records and one `_meta` table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from typing_extensions import Self

META_TABLE = "_meta"
RECORDS_TABLE = "_default"

Tables = dict[str, Any]


class ShapeError(ValueError):
    """The file parsed, but it is not one of ours (or not in a form we understand)."""


def meta_of(tables: Tables) -> dict[str, Any] | None:
    meta = tables.get(META_TABLE)
    if not meta:
        return None
    doc = next(iter(meta.values()))
    return doc if isinstance(doc, dict) else None


def check_tinydb_shape(tables: object) -> Tables:
    """A TinyDB file is an object of tables, each an object of numeric ids to objects."""
    if not isinstance(tables, dict):
        raise ShapeError("it does not hold a set of tables")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise ShapeError(f"its table {name!r} is not a table")
        for doc_id, doc in table.items():
            if not (isinstance(doc_id, str) and doc_id.isdigit()) or not isinstance(doc, dict):
                raise ShapeError(f"its table {name!r} holds something that is not a record")
    return tables


class StoredRecord(Protocol):
    """What a repository needs of a domain record: an id, an edit time and a dict form."""

    @property
    def id(self) -> str: ...

    @property
    def updated_at(self) -> Any: ...

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self: ...
