"""The `resilience` command: the everyday one-liners the quick way (quick/), everything else through
the full command line (command_line.py). Nothing more is imported before the quick way has had its
look: argparse and pathlib alone would take longer than a quick command takes to run."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    from resilience_tui.quick import run as run_quick

    quick = run_quick(arguments)
    if quick is not None:
        return quick
    from resilience_tui.command_line import main as run_full

    return run_full(arguments)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
