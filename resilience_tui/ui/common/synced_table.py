"""A DataTable of keyed rows that writes only the rows whose data changed.

Each row has a key and a signature: the plain data its cells are made from (a record,
and the words beside it). `sync` compares the signatures with the rows shown and adds,
updates, removes or moves only the rows that differ; when most of the list changed
(a new search, say) it fills the table afresh, which is then the cheaper way.

Every column of these tables has a set width and every row is one line high, so the
table need not measure each new cell to size its columns, as DataTable does for new
rows when the app is next idle (about 0.1 ms a cell: a tenth of a second for a
thousand rows). The table's size is still worked out as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from textual.widgets import DataTable
from textual.widgets.data_table import RowKey

from resilience_tui.ui.common.tables import cursor_key

# More changed rows than this (and than a quarter of the list): fill the table afresh.
REBUILD_FROM = 24


class SyncedTable(DataTable):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.signatures: dict[str, object] = {}  # each row shown, in order, with the data it was made from
        self.rows_written = 0  # rows added or rewritten since the table was made: what a change cost

    def sync(self, items: Iterable[tuple[str, object]], cells: Callable[[object], Sequence[Any]],
             keep: str | None = None) -> None:
        """Show `items` (key, signature), in order; `cells(signature)` makes a row's cells.

        The cursor stays on `keep` (else on the row it is on); if that row is gone it goes to
        the first row, as on a table filled afresh."""
        keep = keep or cursor_key(self)
        new = dict(items)
        old = self.signatures
        removed = [key for key in old if key not in new]
        added = [key for key in new if key not in old]
        if not old or len(removed) + len(added) > max(REBUILD_FROM, len(new) // 4):
            self._fill(new, cells)
        else:
            for key in removed:
                self.remove_row(key)
            columns = [column.key for column in self.ordered_columns]
            for key, signature in new.items():
                if key in old and old[key] != signature:
                    for column, value in zip(columns, cells(signature), strict=True):
                        self.update_cell(key, column, value)
                    self.rows_written += 1
            for key in added:
                self.add_row(*cells(new[key]), key=key)
                self.rows_written += 1
            if [row.key.value for row in self.ordered_rows] != list(new):
                self._order(list(new))
        self.signatures = new
        if keep and keep in new:
            self.move_cursor(row=self.get_row_index(keep))
        elif self.row_count:
            self.move_cursor(row=0)

    def forget_rows(self) -> None:
        """Fill the table afresh on the next `sync` (its columns were made again)."""
        self.signatures = {}

    def _fill(self, rows: dict[str, object], cells: Callable[[object], Sequence[Any]]) -> None:
        self.clear()
        for key, signature in rows.items():
            self.add_row(*cells(signature), key=key)
        self.rows_written += len(rows)

    def _order(self, keys: list[str]) -> None:
        """Put the rows in the order of `keys` without writing them again."""
        rank = {key: index for index, key in enumerate(keys)}
        # `sort` hands its key function each row's values, in the table's own row order
        # (the order of `rows`), once each: so the ranks can be handed out in that order.
        ranks = iter([rank[row.value] for row in self.rows if row.value is not None])
        self.sort(key=lambda _values: next(ranks))

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        # Columns of set widths and rows one line high: measuring the new cells would change
        # nothing that is drawn, so only the table's size is worked out.
        if all(not column.auto_width for column in self.columns.values()) and \
                all(self.rows[key].height == 1 and self.rows[key].label is None for key in new_rows if key in self.rows):
            new_rows = ()
        super()._update_dimensions(new_rows)
