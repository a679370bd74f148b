"""Errors the store raises, each with a message a person can act on."""

from __future__ import annotations

import errno

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy reads the name as it does that one)

if TYPE_CHECKING:  # the quick commands import this module without typing (quick/)
    from typing import Any


class StoreError(Exception):
    """Something went wrong with the data folder; `message` is written for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SaveFailed(StoreError):
    """A save did not happen. The file on disk is as it was before."""


class StoreBusy(StoreError):
    """Another window held the data folder for too long."""


class LockBusy(StoreBusy):
    """A first, short try found the lock taken (see `lock.first_lock_within`). Nothing was written."""


class LockInTheWay(OSError):
    """Something that is not a plain file (a folder, a link) is where a lock file goes; `filename` says where."""


class NewerFile(StoreError):
    """The file was written by a newer version of Resilience: this run leaves it exactly as it is."""


def newer_file(label: str) -> NewerFile:
    return NewerFile(newer_file_message(label))


def newer_file_message(label: str) -> str:
    return (f"Your {label} file was written by a newer version of Resilience, so this version leaves it "
            f"exactly as it is and cannot show or change it; nothing was changed. "
            f"Update Resilience to use your {label} again.")


def save_failed(error: OSError, what: str) -> SaveFailed:
    """Describe a failed write in plain words, with what to do next."""
    if isinstance(error, LockInTheWay):
        reason = f"{error.filename} is in the way of Resilience's lock file; move it away, then save again"
    elif error.errno == errno.EFBIG:
        reason = ("the file is too large for this disk or for a file-size limit on this computer. "
                  "Move the data folder to another disk or raise the limit, then save again")
    elif error.errno == errno.ELOOP and error.filename is not None:
        reason = (f"{error.filename} is a link to a file that is not there. "
                  "Bring that file back or remove the link, then save again")
    elif error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        reason = "the disk is full. Free some space, then save again"
    elif error.errno in (errno.EACCES, errno.EPERM):
        reason = "the data folder does not allow writing. Check its permissions, then save again"
    elif error.errno == errno.EROFS:
        reason = "the disk is read-only. Save again once it can be written to"
    elif error.errno == errno.EIO:
        reason = "the disk reported an error while writing. Check the disk, then save again"
    else:
        reason = "the computer could not write the file. Try again in a moment"
    return SaveFailed(f"{what} could not be saved because {reason}. Nothing was lost: your earlier data is untouched.")


class EditConflict(StoreError):
    """A record was changed in another window since it was read, in the same fields as here. Nothing was written.

    `mine` is the record as this window wanted to save it, `theirs` the record as it is
    stored now, `fields` the names of the fields both changed, and `merged` theirs with
    this window's changes on top (mine where both changed). See `store/conflicts.py`
    for the three ways out: keep mine, keep theirs, keep both.
    """

    def __init__(self, message: str, *, area: str, record_id: str, mine: Any, theirs: Any, fields: list[str],
                 merged: Any = None) -> None:
        super().__init__(message)
        self.area = area
        self.record_id = record_id
        self.mine = mine
        self.theirs = theirs
        self.fields = fields
        self.merged = merged if merged is not None else mine
