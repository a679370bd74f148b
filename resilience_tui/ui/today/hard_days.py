"""Today, when the last days have been hard (domain/safety_net.py): a calm card with people to reach.

Hidden unless the rule says so and the person has neither hidden it this week nor
turned it off. The people's names and notes are shown as typed, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.safety_net_words import KEYS, TITLE, card_paragraphs
from resilience_tui.domain.visible import visible
from resilience_tui.ui.today.unchanged import update

if TYPE_CHECKING:
    from resilience_tui.domain.person import Person


def card_content(people: Sequence[Person]) -> Content:
    lines = [Content.assemble((TITLE, "bold"))]
    lines += [Content(visible(line)) for line in card_paragraphs(people)]
    lines.append(Content.assemble((KEYS, "dim")))
    return Content("\n").join(lines)


class HardDaysCard(Static):
    def on_mount(self) -> None:
        self.display = False

    def show(self, people: Sequence[Person]) -> None:
        update(self, card_content(people))
        self.display = True

    def hide(self) -> None:
        self.display = False
