"""Today's section for applications: each rejection of the last 30 days with its recovery path,
and the feedback requests whose follow-up is due. Hidden when there is nothing to show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.visible import visible
from resilience_tui.ui.today.unchanged import update

SHOW_REJECTIONS = 4


class TodayApplications(Static):
    """One widget for both parts: Today paints quicker with fewer widgets."""

    DEFAULT_CSS = "TodayApplications { height: auto; margin-top: 1; }"

    def on_mount(self) -> None:
        self.display = False  # until there is something to show

    def show(self, store, now: datetime, can_reflect: bool = False, then: Callable[[], None] | None = None) -> None:
        """Fill the section. Today calls this just after its first paint, with the goals: reading every
        application, request and goal costs ~20 ms on ten years of data, which the greeting and check-ins
        need not wait for; both sections in one go change the layout once. `then` is called once it is filled."""
        # Imported here, after the first paint: these modules cost ~10 ms at start-up.
        from resilience_tui.domain.day_words import friendly_day
        from resilience_tui.services.applications import bounce_back_of, recovery_for, rejections_since
        from resilience_tui.services.feedback import follow_ups_due
        from resilience_tui.ui.common.application_text import bounce_back_words, clip, heard_words, recovery_line

        today = now.date()
        applications = store.applications.all()
        recent = rejections_since(applications, today)
        lines: list[Content] = []
        for application in recent[:SHOW_REJECTIONS]:
            path = recovery_for(store, application, now, can_reflect=can_reflect, applications=applications)
            lines.append(Content.assemble((clip(application.title, 44), "bold"),
                                          (f"  {heard_words(application, today)} · {path.done_count} of 6", "dim")))
            lines.append(Content.assemble("  ", recovery_line(path)))
            back = bounce_back_words(bounce_back_of(store, application, now))
            if back:
                lines.append(Content.assemble(("  " + back, "$text-success")))
        if recent:
            more = len(recent) - SHOW_REJECTIONS
            tail = f"  and {more} more. " if more > 0 else "  "
            lines.append(Content(tail + "Press a, choose one, then its step's number.").stylize("dim"))
        parts: list[Content] = []
        if lines:
            parts += [Content("After a no: your recovery paths").stylize("bold"), *lines]
        due = follow_ups_due(store, today)
        by_id = {a.id: a for a in applications}
        follow = []
        for request, day in due[:3]:
            if request.sent_on is None:  # never: a follow-up is due only on a request that was sent
                continue
            linked = by_id.get(request.application_id or "")
            name = visible(linked.title if linked else (request.recipient or "a request"))
            follow.append(Content.assemble("➜ ", clip(name, 44),
                                           (f"  sent {friendly_day(request.sent_on, today)}, "
                                            f"due {friendly_day(day, today)}", "dim")))
        if follow:
            follow.append(Content("  Press f, then w on it to write a gentle follow-up. No reply is common.").stylize("dim"))
        if follow:
            parts += [Content("\nFollow-ups due" if lines else "Follow-ups due").stylize("bold"), *follow]
        update(self, Content("\n").join(parts))
        self.display = bool(parts)
        if then is not None:
            then()
