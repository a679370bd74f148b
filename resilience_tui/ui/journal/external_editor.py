"""Editing text in the person's own editor ($VISUAL or $EDITOR): the app steps aside meanwhile.

The text goes into a file in a private temporary folder (0700, the file 0600),
the app suspends and hands the terminal to the editor, and when the editor
exits the file is read back and the folder removed.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from textual.app import App, SuspendNotSupported


@dataclass(frozen=True)
class EditorResult:
    text: str | None  # the new text, or None when nothing came back
    message: str  # what happened, for the person


def editor_command() -> list[str] | None:
    """The editor the person chose: $VISUAL first, then $EDITOR (split like a shell would)."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                parts = shlex.split(value)
            except ValueError:
                parts = value.split()
            if parts:
                return parts
    return None


NO_EDITOR = (
    "No editor is set, so you can keep writing here. To use your own, set EDITOR before starting "
    "Resilience, for example: EDITOR=nano resilience"
)


def edit_text(app: App, text: str, name: str = "journal-entry.md") -> EditorResult:
    """Open `text` in the person's editor and return what they saved."""
    command = editor_command()
    if command is None:
        return EditorResult(None, NO_EDITOR)
    folder = Path(tempfile.mkdtemp(prefix="resilience-edit-"))
    try:
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
            handle.write(text)
        try:
            code = _run(app, [*command, str(path)])
        except FileNotFoundError:
            return EditorResult(None, f'The editor "{command[0]}" could not be found. Your text is still here.')
        except (OSError, SuspendNotSupported) as error:
            return EditorResult(None, f"The editor could not be started ({_reason(error)}). Your text is still here.")
        if code != 0:
            return EditorResult(None, f'The editor "{command[0]}" stopped with an error, so nothing was changed.')
        with open(path, encoding="utf-8", errors="surrogatepass", newline="") as handle:
            new = handle.read()
        if new == text:
            return EditorResult(None, "Back from the editor. Nothing changed.")
        return EditorResult(new, "Back from the editor. Your changes are in.")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(app: App, command: list[str]) -> int:
    try:
        with app.suspend():
            return subprocess.run(command).returncode
    except SuspendNotSupported:
        if not app.is_headless:
            raise
        # Under tests there is no terminal to hand over; the editor runs without one.
        return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True).returncode


def _reason(error: BaseException) -> str:
    if isinstance(error, SuspendNotSupported):
        return "this terminal cannot hand over to another program"
    return getattr(error, "strerror", None) or error.__class__.__name__
