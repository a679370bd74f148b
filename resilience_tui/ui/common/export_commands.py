"""Export and import from the command palette, in the background with a progress window.

Export: every area, into a folder in the home folder. Import: a json export of
ours or a jrnl journal (`jrnl --format json`), told apart by their content.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from resilience_tui.export import CancelCheck, Progress
from resilience_tui.ui.common.background import Job, run_in_background
from resilience_tui.ui.common.fields import Field

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
    yield SystemCommand("Import a file", "A json export of Resilience, or a jrnl journal (jrnl --format json)",
                        partial(ask_import, app))


def run_export(app: ResilienceApp, fmt: str) -> Job:
    """Start the export in the background; the result arrives as a notification."""
    from resilience_tui.export.writer import export

    app.save_drafts()  # the words typed a moment ago belong in the export too
    store, folder, now = app.store, export_folder(), app.now()
    if store.codec.encrypted:
        app.notify("Your data is encrypted, but this export is plain: anyone who can read its files can read them "
                   "(resilience export --format json --encrypt makes a protected one).", title="A plain export",
                   severity="warning", timeout=15, markup=False)
    label = {f: name for f, name, _ in CHOICES}[fmt]

    def work(progress: Progress, cancelled: CancelCheck) -> list[Path]:
        return export(store, fmt, areas=None, out=None, folder=folder, now=now, progress=progress, cancelled=cancelled)

    return run_in_background(app, f"Exporting everything as {label}", work, partial(_exported, app))


def _exported(app: ResilienceApp, outcome: object) -> None:
    from resilience_tui.export import Cancelled, ExportFailed
    from resilience_tui.store.errors import StoreError

    if isinstance(outcome, Cancelled):
        app.notify("Export cancelled. Nothing was written.", title="Not exported", markup=False)
    elif isinstance(outcome, (ExportFailed, StoreError)):
        app.notify(outcome.message, title="Not exported", severity="error", timeout=12, markup=False)
    elif isinstance(outcome, BaseException):
        raise outcome
    else:
        written: list[Path] = outcome  # type: ignore[assignment]
        where = written[0] if len(written) == 1 else written[0].parent
        app.notify(f"Exported to {where}. Only you can read it.", title="Exported", timeout=10, markup=False)


# -- import ---------------------------------------------------------------------
def ask_import(app: ResilienceApp) -> None:
    def chosen(path: Path | None) -> None:
        if path is not None:
            run_import(app, path)

    app.push_screen(ImportPathModal(export_folder()), chosen)


def run_import(app: ResilienceApp, path: Path) -> Job:
    """Import `path` in the background; what landed arrives as a notification."""
    app.save_drafts()  # a draft saved now is merged like any other record
    store = app.store

    def work(progress: Progress, cancelled: CancelCheck) -> object:
        from resilience_tui.export.import_source import read_import_file, size_words
        from resilience_tui.export.importer import import_parsed, looks_like_jrnl
        from resilience_tui.export.jrnl import import_jrnl_parsed

        # Read once (a refused file is never opened further), then told apart by its content.
        data = read_import_file(path, lambda size: progress(f"Reading {path.name} ({size_words(size)})", 0, 0))
        if looks_like_jrnl(data):
            return import_jrnl_parsed(store, data, str(path), progress, cancelled)
        return import_parsed(store, data, str(path), progress, cancelled)

    return run_in_background(app, f"Importing {path.name}", work, partial(_imported, app, path))


def _imported(app: ResilienceApp, path: Path, outcome: object) -> None:
    from resilience_tui.domain.visible import visible
    from resilience_tui.export import Cancelled, ImportRefused, ImportStopped
    from resilience_tui.export.importer import ImportResult
    from resilience_tui.store.errors import StoreError

    if isinstance(outcome, Cancelled):
        app.notify("Import cancelled. Nothing was changed.", title="Not imported", markup=False)
    elif isinstance(outcome, ImportStopped):
        app.notify(visible(outcome.message), title="Not imported in full", severity="error", timeout=20, markup=False)
    elif isinstance(outcome, (ImportRefused, StoreError)):
        app.notify(visible(outcome.message), title="Not imported", severity="error", timeout=12, markup=False)
    elif isinstance(outcome, ImportResult) and outcome.cancelled:
        app.notify(outcome.cancelled_summary(), title="Import cancelled", severity="warning", timeout=15, markup=False)
    elif isinstance(outcome, ImportResult):
        app.notify(visible(f"Imported {path.name}: {outcome.summary()}"), title="Imported", timeout=10, markup=False)
    elif isinstance(outcome, BaseException):
        raise outcome


class ImportPathModal(ModalScreen[Path | None]):
    DEFAULT_CSS = """
    ImportPathModal { align: center middle; }
    #import-form { width: 80; max-width: 100%; height: auto; border: round $primary; padding: 0 1; background: $surface; }
    """
    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(id="import-form"):
            yield Static(Content.assemble(("Import a file", "bold"), ("   enter imports · escape closes", "dim")))
            yield Static(Content("A json export of Resilience, or a journal from jrnl --format json. Records already "
                                 "here are not doubled."), classes="hint")
            yield Label("File", classes="field-label")
            yield Field(f"{self.folder}/", id="import-path")
            yield Static(id="import-error", classes="error")

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted, "#import-path")
    def _confirm(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        path = Path(text).expanduser() if text else None
        if path is None or not path.exists() or path.is_dir():  # anything else that is not a file: the import says why
            box = self.query_one("#import-error", Static)
            box.update(Content("Type the path of a file, for example ~/resilience-exports/resilience-export.json."
                               if path is None or path.is_dir() else f"There is no file at {path}."))
            box.display = True
            return
        self.dismiss(path)
