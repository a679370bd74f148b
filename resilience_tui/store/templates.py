"""The person's own email templates: Markdown files in `<data folder>/templates/`.

Read when a draft is written, so a change to a file shows in the next draft. A file
that cannot be used is reported and the built-in wording is used instead.
"""

from __future__ import annotations

from pathlib import Path

from resilience_tui.domain.email_templates import TONE_KEYS, file_names

FOLDER = "templates"
MAX_BYTES = 64 * 1024


def templates_folder(root: Path) -> Path:
    return Path(root) / FOLDER


def load_templates(root: Path) -> tuple[dict[str, str], list[str]]:
    """(tone -> template text, problems in plain words) for every override file found."""
    folder = templates_folder(root)
    found: dict[str, str] = {}
    problems: list[str] = []
    if not folder.is_dir():
        return found, problems
    for tone in TONE_KEYS:
        for name in file_names(tone):
            path = folder / name
            if not path.is_file():
                continue
            try:
                if path.stat().st_size > MAX_BYTES:
                    problems.append(f"Your template {name} is larger than 64 KB, so the built-in wording is used.")
                    break
                found[tone] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                problems.append(f"Your template {name} is not plain UTF-8 text, so the built-in wording is used. "
                                "Saving it as UTF-8 in a text editor fixes this.")
            except OSError as error:
                problems.append(f"Your template {name} could not be read ({error.strerror or 'unknown reason'}), "
                                "so the built-in wording is used.")
            break
    return found, problems
