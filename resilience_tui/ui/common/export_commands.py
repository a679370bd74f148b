"""Export from the command palette: every area, into a folder in the home folder."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from textual.app import SystemCommand

if TYPE_CHECKING:
    from resilience_tui.ui.app import ResilienceApp

CHOICES = (
    ("markdown", "Markdown", "readable documents, one per area"),
    ("html", "HTML", "web pages to read in a browser, one per area"),
    ("json", "JSON", "everything, complete; resilience import brings it back"),
)


def export_folder() -> Path:
    return Path.home() / "resilience-exports"


def export_commands(app: ResilienceApp) -> Iterable[SystemCommand]:
    for fmt, label, what in CHOICES:
        yield SystemCommand(f"Export everything: {label}", f"{what.capitalize()}, into {export_folder()}",
                            partial(run_export, app, fmt))


def run_export(app: ResilienceApp, fmt: str) -> list[Path]:
    from resilience_tui.export import ExportFailed
    from resilience_tui.export.writer import export
    from resilience_tui.store.errors import StoreError

    app.save_drafts()  # the words typed a moment ago belong in the export too
    try:
        written = export(app.store, fmt, areas=None, out=None, folder=export_folder(), now=app.now())
    except (ExportFailed, StoreError) as error:
        app.notify(error.message, title="Not exported", severity="error", timeout=12, markup=False)
        return []
    where = written[0] if len(written) == 1 else written[0].parent
    app.notify(f"Exported to {where}. Only you can read it.", title="Exported", timeout=10, markup=False)
    return written
