"""After a check-in about a rejection, or made in the four days after one, first aid is offered: one quiet line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.screen import Screen

from resilience_tui.domain.first_aid import rejection_for_checkin

if TYPE_CHECKING:
    from resilience_tui.domain.checkin import CheckIn
    from resilience_tui.store.store import Store

OFFER = "If it would help, h opens first aid: a short self-compassion break or a writing sprint. Both are optional."


def first_aid_offer(store: Store, checkin: CheckIn | None, text: Content | None) -> tuple[str | None, Content | None]:
    """(the rejection first aid is offered for, or None; `text` with the offer's line added when there is one)."""
    if checkin is None:
        return None, text
    rejection = rejection_for_checkin(checkin.at, checkin.application_id, store.applications.all())
    if rejection is None:
        return None, text
    if text is not None:
        text = Content.assemble(text, "\n", (OFFER, "dim"))
    return rejection.id, text


class FirstAidOffer(Screen):
    """The Check-in screen's part in first aid: after a save near a rejection, `h` opens it (and shows
    in the footer only then)."""

    first_aid_for: str | None = None  # the rejection first aid is offered for, after a save

    def _offer_first_aid(self, checkin: CheckIn | None, text: Content | None = None) -> Content | None:
        """Offer first aid after `checkin` if it is about a rejection or near one; None takes the offer away."""
        self.first_aid_for, text = first_aid_offer(self.app.store, checkin, text)  # type: ignore[attr-defined]
        self.refresh_bindings()
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "first_aid":
            return self.first_aid_for is not None
        return super().check_action(action, parameters)

    def action_first_aid(self) -> None:
        if self.first_aid_for is not None:
            self.app.open_first_aid(self.first_aid_for)  # type: ignore[attr-defined]
