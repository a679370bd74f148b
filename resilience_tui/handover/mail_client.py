"""Open a `mailto:` link in the person's mail program. Only ever called on an explicit key.

The link goes to the desktop's own opener (xdg-open, open, or Windows' start), which
hands it to the mail program. A terminal web browser is never started: it would take
over the screen the app is drawn on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys


def opener() -> list[str] | None:
    """The command that opens a link here, or None if there is none."""
    if sys.platform == "darwin":
        return ["open"] if shutil.which("open") else None
    if os.name == "nt":
        return []
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return None  # no desktop to open a mail program in (an SSH session, a console)
    path = shutil.which("xdg-open")
    return [path] if path else None


def open_link(url: str) -> bool:
    """Start the mail program on `url`. True if an opener was started."""
    command = opener()
    if command is None:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        os.startfile(url)  # type: ignore[attr-defined]
        return True
    try:
        subprocess.Popen([*command, url], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return False
    return True
