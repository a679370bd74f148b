"""$EDITOR on an encrypted folder: warned first, then the round trip works and no plain text stays behind."""

from __future__ import annotations

from pathlib import Path

from resilience_tui.store.keys import read_keys, unlock
from resilience_tui.store.store import Store
from resilience_tui.ui.app import make_app
from tests.store.crypt_helpers import PASSPHRASE, encrypt, files_holding, open_encrypted, tiny_kdf  # noqa: F401
from tests.ui.helpers import fixed_clock, journal_entry, notices
from tests.ui.test_journal_external import fake_editor  # noqa: F401


async def test_the_editor_is_warned_about_then_runs_and_leaves_nothing_plain(data_dir: Path, fake_editor,  # noqa: F811
                                                                              tmp_path: Path) -> None:
    entry = Store(data_dir).journal.add(journal_entry(1, "# Draft\n\nEDITOR-MARKER words"))
    encrypt(data_dir)
    app = make_app(data_dir, clock=fixed_clock, unlocked=unlock(read_keys(data_dir), PASSPHRASE))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j", "ctrl+e")
        await pilot.pause()
        assert any("plain temporary file in a private folder outside your data folder" in n for n in notices(app))
        assert app.screen.query_one("#editor-body").text == "# Draft\n\nEDITOR-MARKER words"  # not edited yet
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.screen.query_one("#editor-body").text.endswith("Added in my editor [bold]🙂")
        await pilot.press("escape")
        await pilot.pause()
    assert open_encrypted(data_dir).journal.get(entry.id).body.endswith("Added in my editor [bold]🙂")
    assert files_holding(data_dir, b"EDITOR-MARKER") == []
    import os

    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert files_holding(runtime, b"EDITOR-MARKER") == []  # the editor's file is gone
