"""Choose the folder an `.eml` file is saved in; the choice is remembered."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from resilience_tui.ui.common.fields import Field


class EmlFolderModal(ModalScreen[Path | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, folder: Path, file_name: str) -> None:
        super().__init__()
        self.folder = folder
        self.file_name = file_name

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog", id="eml-form"):
            yield Static(Content.assemble(("Save as an email file", "bold"), ("   enter saves · escape closes", "dim")))
            yield Static(Content(f"It is saved as {self.file_name}, readable by you alone. Opening it in your mail "
                                 "program shows it as a draft, ready to check and send."), classes="hint")
            yield Label("Folder", classes="field-label")
            yield Field(str(self.folder), id="eml-folder")
            yield Static(id="eml-error", classes="error")

    def on_mount(self) -> None:
        self.query_one("#eml-folder", Input).focus()

    @on(Input.Submitted, "#eml-folder")
    def _confirm(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            box = self.query_one("#eml-error", Static)
            box.update(Content("Type a folder, for example ~/Documents."))
            box.display = True
            return
        folder = Path(text).expanduser()
        if folder.exists() and not folder.is_dir():
            box = self.query_one("#eml-error", Static)
            box.update(Content(f"{folder} is a file, not a folder. Choose a folder."))
            box.display = True
            return
        self.dismiss(folder)
