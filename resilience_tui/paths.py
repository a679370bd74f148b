"""Where the data folder is. Nothing here creates folders: the store does, when opened."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing: the quick commands (quick/) use this module
if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "resilience-tui"
ENV_DATA_DIR = "RESILIENCE_TUI_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The folder to use: `--data-dir`, then the environment, then the platform's user data folder."""
    from pathlib import Path

    return Path(data_dir_text(explicit))


def data_dir_text(explicit: str | os.PathLike[str] | None = None) -> str:
    """`data_dir` as text, found without importing pathlib (for the quick commands)."""
    if explicit:
        return os.path.expanduser(os.fspath(explicit))
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return os.path.expanduser(from_env)
    # platformdirs is only needed when no folder was given.
    import platformdirs

    return str(platformdirs.user_data_dir(APP_NAME, appauthor=False))
