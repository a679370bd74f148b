"""`resilience write` at a terminal with no words: the entry is written in the person's own editor.

The editor opens a new, empty 0600 file in the private folder the Journal
screen's editor uses (resilience_tui.editor_files); when it exits, the file is
read back and removed, with anything the editor left beside it.
"""

from __future__ import annotations

import sys

from resilience_tui.commands import EXIT_FAILED, EXIT_USAGE

NO_EDITOR = ("no editor is set, so there is nowhere to write. Give the words after the command "
             '(resilience {command} "Rough day. Acme said no."), pipe them in, or set EDITOR, '
             "for example: EDITOR=nano resilience {command}")


def _say(command: str, message: str, code: int) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience {command}: {visible(message)}", file=sys.stderr)
    return code


def text_from_editor(command: str) -> str | int:
    """What the person saved in their editor, or an exit code after saying why there is none."""
    # Only this path needs them: shutil and subprocess cost a few milliseconds to import.
    import shutil
    import subprocess

    from resilience_tui.editor_files import (
        editor_command,
        interrupts_go_to_the_editor,
        new_file,
        private_folder,
        remove_leftovers,
        remove_own,
    )

    chosen = editor_command()
    if chosen is None:
        return _say(command, NO_EDITOR.format(command=command), EXIT_USAGE)
    program = shutil.which(chosen[0])
    if program is None:
        return _say(command, f'the editor "{chosen[0]}" could not be found, so nothing was saved. '
                             "Check the EDITOR setting, for example: EDITOR=nano", EXIT_FAILED)
    folder, one_off = private_folder()
    keep = False
    try:
        remove_leftovers(folder)
        path = new_file(folder, "", "journal-entry")
    except OSError:
        if one_off:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        with interrupts_go_to_the_editor():
            try:
                code = subprocess.run([program, *chosen[1:], str(path)]).returncode
            except OSError as error:
                return _say(command, f'the editor "{chosen[0]}" could not be started '
                                     f"({error.strerror or type(error).__name__}), so nothing was saved.", EXIT_FAILED)
        if code < 0:
            return _say(command, f'the editor "{chosen[0]}" was stopped before it finished, so nothing was saved.',
                        EXIT_FAILED)
        if code != 0:
            return _say(command, f'the editor "{chosen[0]}" stopped with an error, so nothing was saved.', EXIT_FAILED)
        try:
            with open(path, encoding="utf-8", errors="surrogatepass", newline="") as handle:
                return handle.read()
        except UnicodeDecodeError:
            keep = True
            return _say(command, f"what the editor saved is not UTF-8 text, so nothing was saved. It is still at "
                                 f"{path}: copy it somewhere else before you next write in your editor.", EXIT_FAILED)
    finally:
        if keep:
            pass
        elif one_off:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            remove_own(folder, path)
