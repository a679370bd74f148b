"""The live checks beside a draft, as plain sentences with a mark each."""

from __future__ import annotations

from textual.content import Content

from resilience_tui.domain.email_checks import FIX, GOOD, Check

_STYLE = {GOOD: "$text-success", FIX: "$text-warning"}


def checks_content(checks: list[Check]) -> Content:
    lines = [Content.assemble(("Checks", "bold"), ("   advice, never rules", "dim"))]
    for check in checks:
        lines.append(Content.assemble((f"{check.glyph} ", _STYLE.get(check.state, "dim")), check.words))
    return Content("\n").join(lines)
