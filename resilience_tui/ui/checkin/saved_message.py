"""What the Check-in screen says once a check-in is saved: thanks, a next step, and on a very low
check-in on a hard stretch of days, a pointer to Today's card for the hard days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from resilience_tui.domain.acknowledge import acknowledge

if TYPE_CHECKING:
    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.ui.app import ResilienceApp


def saved_message(app: ResilienceApp, checkin: CheckIn, was_editing: bool) -> Content:
    ack = acknowledge(checkin.mood, checkin.emotions, seed=checkin.at.isoformat(),
                      hard_days=checkin.mood == 1 and hard_days_card(app))
    text = Content.assemble(("Updated. " if was_editing else "Saved. ", "bold"), ack.message)
    if ack.next_step and not was_editing:
        text = Content.assemble(text, "\n", (ack.next_step, "italic"))
    return text


def hard_days_card(app: ResilienceApp) -> bool:
    """Whether Today shows the hard-days card now (domain/safety_net.py)."""
    from resilience_tui.services.safety_net import showing

    found: list[bool] = []
    app.guard(lambda: found.append(showing(app.store, app.now())), notify=False)
    return bool(found and found[0])
