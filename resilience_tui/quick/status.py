"""`resilience status --prompt` the quick way: the line kept in `cache/` while nothing it came from
has changed (store/prompt_cache.py). Making the line reads the data: commands/status.py does that."""

from __future__ import annotations

import os
import time

from resilience_tui.paths import data_dir_text
from resilience_tui.quick.form import Form
from resilience_tui.quick.names import KEYS_FILE
from resilience_tui.quick.outcome import NotQuick
from resilience_tui.store.prompt_cache import cached_line


def run(form: Form) -> int:
    if form.words or form.options.get("--prompt") is not True:
        raise NotQuick  # the paragraph reads the data
    folder = data_dir_text(form.folder)
    if os.path.lexists(os.path.join(folder, KEYS_FILE)):
        raise NotQuick  # the full command forgets the line an encrypted folder must not keep
    line = cached_line(folder, time.strftime("%Y-%m-%d"))
    if line is None:
        raise NotQuick
    if line:
        print(line)
    return 0
