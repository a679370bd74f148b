"""`resilience checkin MOOD [--note TEXT]`, the quick way (commands/checkin.py is the full one)."""

from __future__ import annotations

from resilience_tui.domain.mood_scale import MOOD_ROWS
from resilience_tui.domain.records import iso, new_id, now_local
from resilience_tui.domain.visible import visible
from resilience_tui.quick.data_file import AreaFile, NotQuick, data_folder
from resilience_tui.quick.form import Form

MOODS = ("1", "2", "3", "4", "5")


def run(form: Form) -> int:
    if len(form.words) != 1 or form.words[0] not in MOODS:
        raise NotQuick  # the full command explains what a mood is
    mood = int(form.words[0])
    folder = data_folder(form.folder)
    now = now_local()
    AreaFile(folder, "checkins", f"checkins/{now.year}.json").add({
        "id": new_id(), "mood": mood, "at": iso(now), "energy": None, "emotions": [], "tags": [],
        "note": form.text("--note"), "application_id": None, "created_at": iso(now), "updated_at": iso(now),
        "revision": 0,
    })
    _, word, glyph, _ = MOOD_ROWS[mood - 1]
    print(visible(f"Saved: {glyph} {word} at {now:%a %d %b %H:%M}. Thank you for checking in."))
    return 0
