"""The journal's domain and the export package load without textual; the domain without tinydb."""

from __future__ import annotations

from tests.unit.test_import_hygiene import modules_after


def test_journal_domain_loads_neither_textual_nor_tinydb():
    loaded = modules_after("import resilience_tui.domain.journal, resilience_tui.domain.journal_search, "
                           "resilience_tui.domain.tags")
    assert "resilience_tui.domain.journal_search" in loaded
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)
    assert "tinydb" not in loaded


def test_export_and_import_load_without_textual():
    loaded = modules_after("import resilience_tui.export.writer, resilience_tui.export.json, resilience_tui.export.html, "
                           "resilience_tui.export.markdown, resilience_tui.export.importer, resilience_tui.export.jrnl, "
                           "resilience_tui.commands.export, resilience_tui.commands.import_data")
    assert "resilience_tui.export.importer" in loaded
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)
