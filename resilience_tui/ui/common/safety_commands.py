"""Palette commands for the hard days: "My people", and turning the hard-days card off or on.

Turning it off or on asks nothing and takes effect at once; Today redraws with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.app import SystemCommand

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp


def safety_commands(app: ResilienceApp) -> Iterator[SystemCommand]:
    from resilience_tui.store.settings_keys import HARD_DAYS_CARD_OFF

    yield SystemCommand("My people", "The people you would like to reach on a hard day (p on Today)",
                        lambda: open_people(app))
    if app.store.settings.get(HARD_DAYS_CARD_OFF):
        yield SystemCommand("Turn the hard-days card on", "Today shows a calm card when the last days have been hard",
                            lambda: set_card(app, on=True))
    else:
        yield SystemCommand("Turn the hard-days card off", "Today will not show the card about hard days",
                            lambda: set_card(app, on=False))


def open_people(app: ResilienceApp) -> None:
    from resilience_tui.ui.people.modal import PeopleModal

    if not isinstance(app.screen, PeopleModal):
        app.push_screen(PeopleModal())


def set_card(app: ResilienceApp, *, on: bool) -> None:
    from resilience_tui.services.safety_net import turn_off, turn_on

    if not app.guard(lambda: turn_on(app.store) if on else turn_off(app.store)):
        return
    today = app.get_screen("today")
    if today.is_mounted and hasattr(today, "show_data"):
        today.show_data()
    if on:
        app.notify("The hard-days card is on again.", title="Hard-days card", markup=False)
    else:
        app.notify("The hard-days card is off. The palette turns it on again whenever you like.",
                   title="Hard-days card", markup=False)
