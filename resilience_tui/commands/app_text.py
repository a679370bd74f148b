"""What `resilience app` prints of the person's words, and its one-line usage errors."""

from __future__ import annotations

import sys

from resilience_tui.commands import EXIT_USAGE


def usage_error(message: str) -> int:
    from resilience_tui.domain.visible import visible

    print(f"resilience app: {visible(' '.join(message.split()))}", file=sys.stderr)
    return EXIT_USAGE


def one_line(text: str) -> str:
    """Typed text on one line, with nothing a terminal would act on."""
    from resilience_tui.domain.visible import visible

    return visible(" ".join(text.split()))
