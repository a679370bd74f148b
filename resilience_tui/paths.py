"""Where the data folder is. Nothing here creates folders: the store does, when opened."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "resilience-tui"
ENV_DATA_DIR = "RESILIENCE_TUI_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder to use: `--data-dir`, then the environment, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    # platformdirs is only needed when no folder was given.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
