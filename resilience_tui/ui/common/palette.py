"""The command palette's own commands (ctrl+p): every screen, help, first aid, exports, the
hard-days card, encryption, then the current screen's commands."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand

from resilience_tui.ui.registry import SCREENS

if TYPE_CHECKING:
    from textual.screen import Screen

    from resilience_tui.ui.app import ResilienceApp


def app_commands(app: ResilienceApp, screen: Screen) -> Iterable[SystemCommand]:
    for name, (key, title, _) in SCREENS.items():
        yield SystemCommand(f"Go to {title}", f"Open the {title} screen (key {key})",
                            lambda n=name: app.call_later(app.action_show, n))
    yield SystemCommand("Help: keys", "List every key (?)", app.action_help)
    yield SystemCommand("First aid after a no", "A self-compassion break or a writing sprint, both optional",
                        lambda: app.call_later(app.open_first_aid))
    from resilience_tui.ui.common.export_commands import export_commands
    from resilience_tui.ui.common.safety_commands import safety_commands
    from resilience_tui.ui.unlock.palette import encryption_commands

    yield from export_commands(app)
    yield from safety_commands(app)
    yield from encryption_commands(app)
    if hasattr(screen, "palette_commands"):
        yield from screen.palette_commands()
