"""After a check-in about a rejection, or made in the four days after one, first aid is offered: one quiet line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

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
