"""The terminal's width as shutil finds it (COLUMNS, then the terminal itself, else 80), without
importing shutil: argparse asks for it for every argument added, help or not."""

from __future__ import annotations

import os
import sys


def terminal_columns() -> int:
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80
