"""The cron line and the systemd user timer that run `resilience remind notify` each morning, ready to copy.

They name this computer's `resilience` as best it can be found: the script that is
running, else the one on PATH, else this Python with `-m resilience_tui`.
"""

from __future__ import annotations

import os
import shlex
import sys

SERVICE = "resilience-remind"
HOUR = 9


def executable() -> list[str]:
    """The command that runs Resilience here, as a list of words."""
    import shutil

    script = sys.argv[0] if sys.argv else ""
    if os.path.basename(script) in ("resilience", "resilience-tui") and os.path.isfile(script):
        return [os.path.realpath(script)]
    found = shutil.which("resilience")
    if found:
        return [os.path.realpath(found)]
    return [os.path.realpath(sys.executable), "-m", "resilience_tui"]


def _systemd_word(word: str) -> str:
    if word and not any(ch in word for ch in ' \t"\'\\;$%'):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$") + '"'


def cron_line(command: list[str], uid: int | None) -> str:
    bus = f"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/{uid}/bus " if uid is not None else ""
    # cron reads % as a newline: escape it.
    words = " ".join(shlex.quote(word).replace("%", "\\%") for word in [*command, "remind", "notify"])
    return f"0 {HOUR} * * * {bus}{words}"


def systemd_units(command: list[str]) -> tuple[str, str]:
    """The .service and the .timer file, each as its whole text."""
    service = "\n".join([
        "[Unit]",
        "Description=Resilience: what is due today",
        "",
        "[Service]",
        "Type=oneshot",
        "ExecStart=" + " ".join(_systemd_word(word) for word in [*command, "remind", "notify"]),
    ])
    timer = "\n".join([
        "[Unit]",
        "Description=Resilience: what is due today, each morning",
        "",
        "[Timer]",
        f"OnCalendar=*-*-* {HOUR:02d}:00:00",
        "Persistent=true",
        "",
        "[Install]",
        "WantedBy=timers.target",
    ])
    return service, timer


def schedule_help() -> str:
    command = executable()
    uid = os.getuid() if hasattr(os, "getuid") else None
    service, timer = systemd_units(command)
    folder = "~/.config/systemd/user"
    return "\n".join([
        "Nothing runs in the background. Import the .ics file into your calendar, or let cron or a",
        f"systemd user timer run `remind notify` once a day. Both below show it at {HOUR:02d}:00.",
        "",
        "A crontab line (crontab -e opens your crontab):",
        "",
        cron_line(command, uid),
        "",
        f"A systemd user timer: save these two files in {folder}/, then run",
        f"systemctl --user daemon-reload && systemctl --user enable --now {SERVICE}.timer",
        "",
        f"# {folder}/{SERVICE}.service",
        service,
        "",
        f"# {folder}/{SERVICE}.timer",
        timer,
        "",
        "Add --data-dir PATH before `remind notify` if you keep your data in another folder.",
    ])
