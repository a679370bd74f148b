"""How a quick command ends other than with its exit code: NotQuick (the full command runs instead),
and whether its record was saved before something went wrong."""

from __future__ import annotations


class NotQuick(Exception):
    """The quick way cannot be sure of this: the full command runs instead. Nothing was written."""


class Saved:
    """Set once a record is in its file: from then on, the command has done its work."""

    done = False
