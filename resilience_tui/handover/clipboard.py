"""Copy text with the system's own clipboard tool, where one is installed.

The app also sends the text through the terminal (OSC 52, Textual's
`copy_to_clipboard`); not every terminal passes that on, so a native tool helps.
Each tool runs with a short timeout and its output discarded: a tool that waits
(xclip keeps serving the selection) never holds the app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

TIMEOUT_SECONDS = 3.0


def candidate_tools() -> list[list[str]]:
    """The commands worth trying here, most suitable first."""
    tools: list[list[str]] = []
    if sys.platform == "darwin":
        tools.append(["pbcopy"])
    if os.environ.get("WAYLAND_DISPLAY"):
        tools.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        tools.append(["xclip", "-selection", "clipboard"])
        tools.append(["xsel", "--clipboard", "--input"])
    return tools


def copy_native(text: str) -> str | None:
    """Copy `text` with the first installed tool that works; its name, or None if none did."""
    data = text.encode("utf-8")
    for command in candidate_tools():
        path = shutil.which(command[0])
        if path is None:
            continue
        try:
            result = subprocess.run([path, *command[1:]], input=data, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        if result.returncode == 0:
            return command[0]
    return None
