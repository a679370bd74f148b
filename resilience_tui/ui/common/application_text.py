"""How applications, their outcomes and recovery paths read on screen. Their text is never markup."""

from __future__ import annotations

from datetime import date

from textual.content import Content

from resilience_tui.domain.application import Application
from resilience_tui.domain.bounce_back import BACK, BounceBack
from resilience_tui.domain.day_words import friendly_day
from resilience_tui.domain.recovery import RecoveryPath
from resilience_tui.domain.visible import visible

# Every outcome has a glyph and a word as well as a colour.
OUTCOME_STYLE = {
    "in_progress": ("○", "$text-primary"),
    "rejected": ("✕", "$text-warning"),
    "withdrawn": ("↩", "$text-muted"),
    "offer": ("★", "$text-success"),
}
SHORT_STEP = {"acknowledge": "acknowledge", "ask": "ask", "reflect": "reflect", "positive": "be kind",
              "persist": "keep going", "grow": "grow"}


def clip(text: str, width: int) -> str:
    """One line of at most `width` characters."""
    line = visible(" ".join(text.split()))
    return line if len(line) <= width else line[: max(1, width - 1)] + "…"


def outcome_content(application: Application) -> Content:
    glyph, style = OUTCOME_STYLE[application.outcome]
    return Content.assemble((f"{glyph} {application.outcome_words}", style))


def step_mark(done: bool) -> tuple[str, str]:
    return ("✓", "$text-success") if done else ("○", "$text-muted")


def recovery_content(path: RecoveryPath, *, with_keys: bool = True) -> Content:
    """The six steps, two lines each: a mark, the title and its key; then what was done or what would help."""
    lines = [Content.assemble(("Your recovery path", "bold"), ("   " + path.summary, "dim"))]
    for step in path.steps:
        mark, style = step_mark(step.done)
        parts = [(f" {step.number} ", "bold"), (f"{mark} ", style), (step.title, "bold")]
        if step.done:
            parts.append((" · done", "dim"))
        elif with_keys:
            parts.append((f" · press {step.number}: {step.action}", "italic $text-accent"))
        else:
            parts.append((" · not yet", "dim"))
        lines.append(Content.assemble(*parts))
        lines.append(Content.assemble((f"     {step.words}", "dim")))
        if step.number == 1:
            lines += first_aid_lines(path, with_keys)
    return Content("\n").join(lines)


def bounce_back_words(found: BounceBack | None) -> str:
    """'Back to your usual in 6 days.' once the check-ins show it; "" until then."""
    if found is None or found.status != BACK:
        return ""
    return found.words[:1].upper() + found.words[1:] + "."


FIRST_AID_KEY = "h"  # on Applications: open first aid for the rejection shown


def first_aid_lines(path: RecoveryPath, with_keys: bool) -> list[Content]:
    """First aid's optional line under step 1: while its four days last, and afterwards once it was taken."""
    aid = path.first_aid
    if aid is None or not (aid.done or aid.sprint_offered):
        return []
    mark, style = step_mark(aid.done)
    parts = [("   ", ""), (f"{mark} ", style), ("First aid", "bold"), (" (optional)", "dim")]
    if aid.done:
        parts.append((" · done", "dim"))
    elif with_keys:
        parts.append((f" · press {FIRST_AID_KEY}: a short break or a writing sprint", "italic $text-accent"))
    return [Content.assemble(*parts), Content.assemble((f"     {aid.words}", "dim"))]


def recovery_line(path: RecoveryPath) -> Content:
    """'✓ acknowledge  ✓ ask  ○ reflect  ...' on one line."""
    parts: list = []
    for step in path.steps:
        mark, style = step_mark(step.done)
        parts += [(mark, style), (f" {SHORT_STEP[step.key]}  ", "" if step.done else "dim")]
    return Content.assemble(*parts)


def heard_words(application: Application, today: date) -> str:
    if application.rejected_on is None:
        return "no date given"
    return f"heard back {friendly_day(application.rejected_on, today)}"


def application_label(application: Application, today: date) -> Content:
    """'Acme Health, Designer   rejected Tue 17 Nov' with the person's text left as typed."""
    if application.is_rejection and application.rejected_on:
        when = f"rejected {friendly_day(application.rejected_on, today)}"
    else:
        when = application.outcome_words
    return Content.assemble(clip(application.title, 48), (f"   {when}", "dim"))
