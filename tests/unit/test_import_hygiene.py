"""The domain and store layers load without textual, and the command line stays light."""

from __future__ import annotations

import subprocess
import sys


def modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_domain_and_store_do_not_load_textual():
    loaded = modules_after(
        "import resilience_tui.domain.checkin, resilience_tui.domain.insights, resilience_tui.domain.date_phrases\n"
        "import resilience_tui.store.store"
    )
    assert "resilience_tui.store.store" in loaded
    assert not any(name == "textual" or name.startswith("textual.") for name in loaded)
    assert "rich" not in loaded


def test_domain_does_not_load_tinydb():
    loaded = modules_after("import resilience_tui.domain.checkin, resilience_tui.domain.insights")
    assert "resilience_tui.domain.checkin" in loaded
    assert "tinydb" not in loaded


def test_the_command_line_imports_textual_only_to_open_the_app():
    loaded = modules_after("import resilience_tui.cli")
    assert "resilience_tui.cli" in loaded
    assert "textual" not in loaded and "tinydb" not in loaded and "platformdirs" not in loaded
