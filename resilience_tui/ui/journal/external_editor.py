"""Editing text in the person's own editor ($VISUAL or $EDITOR): the app steps aside meanwhile.

The text goes into a 0600 file in a private folder outside the data folder
(see resilience_tui.editor_files), the app suspends and hands the terminal to the editor, and
when the editor exits the file is read back and removed. A missing, failing or
killed editor is explained in plain words and the app takes its terminal back.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Any

from textual.app import App, SuspendNotSupported

from resilience_tui.editor_files import (
    editor_command,
    interrupts_go_to_the_editor,
    new_file,
    private_folder,
    remove_leftovers,
    remove_own,
)


@dataclass(frozen=True)
class EditorResult:
    text: str | None  # the new text, or None when nothing came back
    message: str  # what happened, for the person


NO_EDITOR = (
    "No editor is set, so you can keep writing here. To use your own, set EDITOR before starting "
    "Resilience, for example: EDITOR=nano resilience"
)


def edit_text(app: App, text: str, name: str = "journal-entry") -> EditorResult:
    """Open `text` in the person's editor and return what they saved.

    Whatever the editor does (missing, failing, killed), the app gets its terminal back
    and the text it had stays as it was.
    """
    command = editor_command()
    if command is None:
        return EditorResult(None, NO_EDITOR)
    shown = command[0]
    program = shutil.which(command[0])
    if program is None:
        return EditorResult(None, f'The editor "{shown}" could not be found. Your text is still here. '
                                  "Check the EDITOR setting, for example: EDITOR=nano resilience")
    try:
        folder, one_off = private_folder()
    except OSError as error:
        return EditorResult(None, f"There is no safe place for the editor's file ({_reason(error)}). "
                                  "Your text is still here.")
    try:
        remove_leftovers(folder)
        path = new_file(folder, text, name)
    except OSError as error:
        if one_off:
            shutil.rmtree(folder, ignore_errors=True)
        return EditorResult(None, f"There is no safe place for the editor's file ({_reason(error)}). "
                                  "Your text is still here.")
    try:
        try:
            outcome = _run(app, [program, *command[1:], str(path)])
        except SuspendNotSupported as error:
            return EditorResult(None, f"The editor could not be started ({_reason(error)}). Your text is still here.")
        if isinstance(outcome, OSError):
            return EditorResult(None, f'The editor "{shown}" could not be started ({_reason(outcome)}). '
                                      "Your text is still here.")
        if outcome < 0:
            return EditorResult(None, f'The editor "{shown}" was stopped before it finished, so nothing was changed.')
        if outcome != 0:
            return EditorResult(None, f'The editor "{shown}" stopped with an error, so nothing was changed.')
        try:
            with open(path, encoding="utf-8", errors="surrogatepass", newline="") as handle:
                new = handle.read()
        except OSError as error:
            return EditorResult(None, f"What the editor saved could not be read back ({_reason(error)}), "
                                      "so nothing was changed.")
        if new == text:
            return EditorResult(None, "Back from the editor. Nothing changed.")
        return EditorResult(new, "Back from the editor. Your changes are in.")
    finally:
        if one_off:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            remove_own(folder, path)


def _run(app: App, command: list[str]) -> int | OSError:
    """The editor's exit code (negative when a signal stopped it), or why it could not start."""
    try:
        with app.suspend():
            # Nothing may escape this block: the app only takes the terminal back when it ends normally.
            return _call(command)
    except SuspendNotSupported:
        if not app.is_headless:
            raise
        # Under tests there is no terminal to hand over; the editor runs without one.
        return _call(command, stdin=subprocess.DEVNULL, capture_output=True)


def _call(command: list[str], **options: Any) -> int | OSError:
    with interrupts_go_to_the_editor():
        try:
            return subprocess.run(command, **options).returncode
        except OSError as error:
            return error


def _reason(error: BaseException) -> str:
    if isinstance(error, SuspendNotSupported):
        return "this terminal cannot hand over to another program"
    return getattr(error, "strerror", None) or error.__class__.__name__
