"""The hand-over keys of the Feedback screen: copy, save as .eml, open in the mail program.

Each runs only on its key, and none of them sends anything: the person's own mail
program does that, when they choose to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from resilience_tui.services.feedback import profile
from resilience_tui.store.settings_keys import EML_FOLDER

if TYPE_CHECKING:
    from resilience_tui.ui.common.base import ResilienceScreen


def copy_text(screen: ResilienceScreen, text: str, what: str) -> None:
    """Copy through the terminal (OSC 52) and, off the UI thread, with a native tool if one is installed."""
    app = screen.app
    app.copy_to_clipboard(text)

    def native() -> None:
        from resilience_tui.handover.clipboard import copy_native

        tool = copy_native(text)
        app.call_from_thread(_copied, app, what, tool)

    screen.run_worker(native, thread=True, group="clipboard", name="copy")


def _copied(app, what: str, tool: str | None) -> None:
    if tool:
        app.notify(f"Copied {what}. Paste it into your email.", title="Copied", markup=False)
    else:
        app.notify(f"Copied {what} through the terminal. If pasting shows nothing, your terminal may not allow it: "
                   "saving an .eml file (e) works everywhere.", title="Copied", markup=False)


def eml_folder(store) -> Path:
    from resilience_tui.handover.files import default_folder

    saved = store.settings.get(EML_FOLDER)
    return Path(saved) if saved.strip() else default_folder()


def save_eml(screen: ResilienceScreen, *, to: str, subject: str, body: str, company: str, folder: Path) -> Path | None:
    """Write the .eml file; tell the person where it is, or what went wrong. Returns the path or None."""
    from resilience_tui.handover.eml import build_eml
    from resilience_tui.handover.files import file_name, save_new_file

    app = screen.app
    me = profile(app.store)
    try:
        data = build_eml(to=to, subject=subject, body=body, from_name=me.my_name, from_address=me.my_email,
                         date=app.now())
    except ValueError as problem:
        app.notify(f"{problem} Change the recipient and try again.", title="Not saved", severity="warning",
                   timeout=10, markup=False)
        return None
    try:
        path = save_new_file(folder, file_name(company, app.now().date()), data)
    except OSError as error:
        reason = error.strerror or str(error)
        app.notify(f"It could not be saved in {folder} ({reason}). Press e to choose another folder.",
                   title="Not saved", severity="error", timeout=12, markup=False)
        return None
    app.guard(lambda: app.store.settings.set(EML_FOLDER, str(folder)))
    plain = " Like any email, this file is plain text, even though your data is encrypted." \
        if app.store.codec.encrypted else ""
    app.notify(f"Saved {path}. Open it in your mail program: it opens as a draft, ready to check and send.{plain}",
               title="Saved", timeout=10, markup=False)
    return path


def open_mail(screen: ResilienceScreen, *, to: str, subject: str, body: str) -> bool:
    from resilience_tui.handover.mail_client import open_link
    from resilience_tui.handover.mailto import build_mailto

    app = screen.app
    try:
        url = build_mailto(to=to, subject=subject, body=body)
    except ValueError as problem:
        app.notify(f"{problem} Change the recipient and try again.", severity="warning", markup=False)
        return False
    if open_link(url):
        app.notify("Opened a new email in your mail program. Nothing is sent until you send it there.",
                   title="Mail program", markup=False)
        return True
    app.notify("No mail program could be opened from here. Copy the text (y) or save an .eml file (e) instead.",
               title="No mail program", severity="warning", timeout=10, markup=False)
    return False
