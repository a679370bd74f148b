"""The applications and feedback rules, and the hand-over helpers, load without textual or tinydb."""

from __future__ import annotations

from tests.unit.test_import_hygiene import modules_after

MODULES = (
    "resilience_tui.domain.application", "resilience_tui.domain.base_rates", "resilience_tui.domain.recovery",
    "resilience_tui.domain.feedback", "resilience_tui.domain.email_templates", "resilience_tui.domain.email_checks",
    "resilience_tui.domain.business_days", "resilience_tui.domain.date_phrases", "resilience_tui.domain.day_words",
)


def test_domain_rules_load_alone():
    loaded = modules_after("import " + ", ".join(MODULES))
    assert set(MODULES) <= loaded
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)
    assert "tinydb" not in loaded


def test_handover_loads_without_textual():
    loaded = modules_after("import resilience_tui.handover.eml, resilience_tui.handover.mailto, "
                           "resilience_tui.handover.clipboard, resilience_tui.handover.mail_client")
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)
