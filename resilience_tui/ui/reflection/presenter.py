"""What the Reflection screen says about a worksheet: what it is about, its row, the editor's context,
and what its keys offer to do with it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from textual.binding import BindingsMap
from textual.content import Content

from resilience_tui.domain.reflection import Reflection, sections_with_content
from resilience_tui.domain.visible import visible
from resilience_tui.services import reflections as service
from resilience_tui.store.store import Store
from resilience_tui.ui.reflection.worksheet_list import GENERAL, Row

VIEWS = {"list": "rf-home", "editor": "rf-editing", "preview": "rf-reading", "bank": "rf-bank"}
# Which keys work in which view (the footer shows only these).
ACTIONS_IN = {
    "list": {"new", "preview", "export", "complete", "bank", "delete", "undo"},
    "preview": {"edit", "export", "complete", "leave"},
    "bank": {"leave"},
    "editor": {"section", "add_item", "make_goal", "category", "complete_editing", "preview_editing", "save", "leave"},
}


def about_words(store: Store, reflection: Reflection) -> str:
    application = service.application_of(store, reflection)
    if application is not None:
        return visible(application.title)
    return "about an application no longer listed" if reflection.application_id else GENERAL.lower()


def row_for(store: Store, reflection: Reflection) -> Row:
    application = service.application_of(store, reflection)
    received = bool(service.received_feedback(store, reflection)[1])
    return Row(reflection, visible(application.title) if application else "", len(sections_with_content(reflection, received)))


@dataclass(frozen=True)
class EditorContext:
    """What the editor shows beside the person's words: check-ins, feedback received, goals."""

    checkins: list[Content]
    received: Content | None
    columns: dict[str, str]


def editor_context(store: Store, reflection: Reflection, now: datetime) -> EditorContext:
    checkins = [Content(visible(service.checkin_words(c))) for c in service.checkins_around(store, reflection, now)]
    source, points = service.received_feedback(store, reflection)
    received = None
    if points:
        lines = [Content.assemble((source, "bold"), ("  (read only; add your thoughts below)", "dim"))]
        lines += [Content.assemble("• ", point) for point in points]
        received = Content("\n").join(lines)
    elif reflection.application_id:
        received = Content.assemble(("No feedback has come in for this application yet. ", "dim"),
                                    ("When it does, add it on the Feedback screen (f) and it shows here.", "dim"))
    return EditorContext(checkins, received, service.goal_columns(store, reflection))


COMPLETE_ACTIONS = ("complete", "complete_editing")  # the keys that mark a worksheet complete, or back to draft


def offer_keys(bindings: BindingsMap, worksheet: Reflection | None) -> None:
    """m and ctrl+t offer what they will do: complete a draft, or put a complete worksheet back to draft."""
    description = "Back to draft" if worksheet is not None and worksheet.is_complete else "Complete"
    for keyed in bindings.key_to_bindings.values():
        keyed[:] = [replace(b, description=description) if b.action in COMPLETE_ACTIONS else b for b in keyed]


def reading_keys(worksheet: Reflection) -> Content:
    """The preview's line of keys."""
    m = "m puts it back to draft" if worksheet.is_complete else "m marks it complete"
    return Content(f"e edits · x saves it as a .md file · {m} · escape goes back")
