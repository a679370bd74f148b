"""One application in full: its facts, its recovery path, the base rates, its check-ins and requests."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from resilience_tui.domain.application import Application
from resilience_tui.domain.base_rates import BaseRates, in_proportion
from resilience_tui.domain.bounce_back import BounceBack
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.funnel import SOURCE_KIND_LABELS, source_kind_of
from resilience_tui.domain.predictions import Comparison
from resilience_tui.domain.recovery import RecoveryPath
from resilience_tui.domain.visible import visible
from resilience_tui.ui.common.application_text import bounce_back_words, outcome_content, recovery_content
from resilience_tui.ui.common.text import checkin_line
from resilience_tui.ui.predictions.comparison import prediction_content

EMPTY = ("No applications logged yet. Press n to add one: a company and a role are enough to start.\n\n"
         "Each one you log adds to a picture of your search, so a single no can be seen in proportion.")


class ApplicationDetail(VerticalScroll):
    def compose(self) -> ComposeResult:
        yield Static(id="detail-title")
        yield Static(id="detail-recovery", classes="card")
        yield Static(id="detail-prediction")
        yield Static(id="detail-facts")
        yield Static(id="detail-rates")
        yield Static(id="detail-checkins")
        yield Static(id="detail-requests")

    def _set(self, name: str, content: Content | str | None) -> None:
        widget = self.query_one(f"#detail-{name}", Static)
        widget.display = bool(content)
        if content:
            widget.update(content)

    def show_empty(self, filtered: bool) -> None:
        self._set("title", Content.assemble(("Nothing matches.", "bold")) if filtered else Content(EMPTY))
        for name in ("facts", "prediction", "recovery", "rates", "checkins", "requests"):
            self._set(name, None)

    def show(self, application: Application, *, now: datetime, path: RecoveryPath | None, rates: BaseRates,
             checkins: list, requests: list, bounce: BounceBack | None = None,
             comparison: Comparison | None = None) -> None:
        today = now.date()
        self._set("prediction", prediction_content(application, comparison))
        self._set("title", Content.assemble((visible(application.title), "bold"), "   ", outcome_content(application)))
        self._set("facts", self._facts(application, today))
        recovery = recovery_content(path) if path else None
        back = bounce_back_words(bounce)
        if recovery is not None and back:
            recovery = Content("\n").join([recovery, Content.assemble(("   " + back, "bold $text-success"))])
        self._set("recovery", recovery)
        rate_lines = [Content.assemble(("In proportion", "bold")), Content(in_proportion(application, rates))]
        if rates.total >= 3:
            rate_lines += [Content.assemble(("  " + stage.words, "dim")) for stage in rates.stages]
        self._set("rates", Content("\n").join(rate_lines))
        if checkins:
            lines = [Content.assemble(("Check-ins about it", "bold"))]
            lines += [Content.assemble("  ", checkin_line(c, with_day=True)) for c in checkins[:20]]
            if len(checkins) > 20:
                lines.append(Content(f"  and {len(checkins) - 20} earlier"))
        else:
            lines = [Content.assemble(("Check-ins about it", "bold")),
                     Content.assemble(("  None yet. On the Check-in screen you can choose this application.", "dim"))]
        self._set("checkins", Content("\n").join(lines))
        if requests:
            lines = [Content.assemble(("Feedback requests", "bold"), ("   f opens the Feedback screen", "dim"))]
            for request in requests:
                when = request.replied_on or request.closed_on or request.sent_on
                day = f" {friendly_day(when, today)}" if when else ""
                lines.append(Content(visible(f"  {request.status_words}{day}: {request.subject.strip() or '(no subject)'}")))
                for point in request.points:
                    lines.append(Content(visible(f"    · {point.text}")))
            self._set("requests", Content("\n").join(lines))
        else:
            self._set("requests", None)
        self.scroll_home(animate=False)

    @staticmethod
    def _facts(application: Application, today) -> Content:
        lines: list[Content] = []
        applied = f"Applied {friendly_day(application.applied_on, today)}" if application.applied_on else "Applied (no date)"
        if application.source.strip() or application.source_kind:
            kind = SOURCE_KIND_LABELS[source_kind_of(application)]
            chosen = "" if application.source_kind else ", read from the words"
            applied += f" · found via {application.source.strip() or 'a source'} ({kind}{chosen})"
        lines.append(Content(visible(applied)))
        got = f"Got to: {application.stage_words}"
        if application.interview_dates:
            days = ", ".join(friendly_day(d, today) for d in application.interview_dates)
            got += f" · interviews {days}"
        lines.append(Content(got))
        contact = " ".join(part for part in (application.contact_name.strip(), f"<{application.contact_email}>"
                                             if application.contact_email else "") if part)
        if contact:
            lines.append(Content(visible(f"Contact: {contact}")))
        if application.is_rejection:
            heard = friendly_day(application.rejected_on, today) if application.rejected_on else "no date given"
            lines.append(Content(f"Heard back: {heard}"))
        if application.reason.strip():
            lines.append(Content(visible(f"Their reason: {application.reason.strip()}")))
        if application.notes.strip():
            lines.append(Content.assemble(("Notes: ", "dim"), visible(application.notes.strip())))
        return Content("\n").join(lines)
