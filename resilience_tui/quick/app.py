"""`resilience app add COMPANY ROLE [--applied WHEN] [--source S]`, the quick way (commands/app.py is the full one).

The applied day is read by the same function the full command uses (domain/date_phrases.py), with
the same preference for the past. A company or role that is blank, a day that cannot be read or is
still to come, and any other option (--contact) are left to the full command and its messages.
"""

from __future__ import annotations

from resilience_tui.commands.app_text import one_line
from resilience_tui.domain.day_words import friendly_day, local_day
from resilience_tui.domain.records import ValidationError, iso, new_id, now_local
from resilience_tui.quick.data_file import AreaFile, NotQuick, data_folder
from resilience_tui.quick.form import Form

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from datetime import date


def run(form: Form) -> int:
    if form.command != "app add" or len(form.words) != 2:
        raise NotQuick
    company, role = form.words
    if not company.strip() or not role.strip():
        raise NotQuick  # the full command asks for the company or the role
    source = form.text("--source")
    now = now_local()
    today = local_day(now)
    applied_on: date | None = today  # as the form does: applied today unless told otherwise
    if "--applied" in form.options:
        from resilience_tui.domain.date_phrases import read_day  # here: the plain form reads no phrase

        try:
            applied_on = read_day(form.text("--applied"), today, "past")
        except ValidationError:
            raise NotQuick from None  # the full command says which phrases it reads
    if applied_on is not None and applied_on > today:
        raise NotQuick  # a day still to come: the full command decides whether it can be kept
    folder = data_folder(form.folder)
    # The fields of domain/application.py's Application.to_dict() for a new application
    # (tests/quick/test_app.py compares the two).
    AreaFile(folder, "applications", "applications.json").add({
        "id": new_id(), "company": company, "role": role,
        "applied_on": applied_on.isoformat() if applied_on else None, "source": source,
        "stage": "applied", "rounds": 0, "interview_dates": [], "contact_name": "", "contact_email": "",
        "outcome": "in_progress", "rejected_on": None, "reason": "", "notes": "",
        "created_at": iso(now), "updated_at": iso(now), "revision": 0,
    })
    facts = [f"applied {friendly_day(applied_on, today)}" if applied_on else "no applied date"]
    if source.strip():
        facts.append(f"via {one_line(source)}")
    title = f"{company.strip()}, {role.strip()}"
    print(f"Saved: {one_line(title)} ({', '.join(facts)}). Good luck with it.")
    return 0
