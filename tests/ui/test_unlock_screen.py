"""The passphrase screen at start, and "Encrypt my data" / "Change passphrase" from the palette."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.widgets import Input, Static

from resilience_tui.domain.goal import Goal
from resilience_tui.store.codec import MAGIC
from resilience_tui.store.keys import read_keys, unlock
from resilience_tui.store.store import Store
from resilience_tui.ui.unlock.palette import PassphraseTwice, RecoveryKey, _change, _chosen_new
from resilience_tui.ui.unlock.passphrase_app import WRONG, PassphraseApp
from tests.store.crypt_helpers import PASSPHRASE, encrypt, files_holding, open_encrypted, tiny_kdf  # noqa: F401
from tests.ui.helpers import app_on


async def _type(pilot, text: str) -> None:
    for char in text:
        await pilot.press("space" if char == " " else char)


async def test_a_wrong_passphrase_is_said_kindly_and_the_right_one_opens(data_dir: Path) -> None:
    Store(data_dir).goals.add(Goal(title="a goal"))
    encrypt(data_dir)
    app = PassphraseApp(data_dir, read_keys(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.query_one("#passphrase", Input)
        assert field.password is True  # typed characters are hidden
        await _type(pilot, "not it at all")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(app.query_one("#status", Static).render()) == WRONG
        assert field.value == "" and not field.disabled and app.is_running
        for _ in range(3):  # no lock-out
            await _type(pilot, "wrong again")
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.tries == 4 and app.is_running
        await _type(pilot, PASSPHRASE)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_value is not None
    assert [g.title for g in Store(data_dir, codec=app.return_value.codec()).goals.all()] == ["a goal"]


async def test_escape_quits_the_passphrase_screen(data_dir: Path) -> None:
    Store(data_dir)
    encrypt(data_dir)
    app = PassphraseApp(data_dir, read_keys(data_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
    assert app.return_value is None


async def test_encrypt_my_data_from_the_palette_converts_the_folder(data_dir: Path) -> None:
    Store(data_dir).goals.add(Goal(title="PALETTE-MARKER goal"))
    app = app_on(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Encrypt my data" in [c.title for c in app.get_system_commands(app.screen)]
        app.push_screen(PassphraseTwice("intro", ask_current=False), partial(_chosen_new, app))
        await pilot.pause()
        await _type(pilot, "short")
        await pilot.press("enter")
        await pilot.press("enter")
        await pilot.pause()
        assert "at least 8" in str(app.screen.query_one("#crypt-status", Static).render())
        await _type(pilot, PASSPHRASE)
        await pilot.press("enter")
        await _type(pilot, PASSPHRASE)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryKey)
        await _type(pilot, app.screen.recovery.rsplit("-", 1)[1].lower())
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.unlocked is not None and read_keys(data_dir).state == "on"
        app.store.goals.add(Goal(title="PALETTE-MARKER saved after"))
        assert "Change passphrase" in [c.title for c in app.get_system_commands(app.screen)]
        _change(app, (PASSPHRASE, "a different passphrase"))
        await app.workers.wait_for_complete()
    assert (data_dir / "goals.json").read_bytes().startswith(MAGIC)
    assert files_holding(data_dir, b"PALETTE-MARKER") == []
    assert unlock(read_keys(data_dir), "a different passphrase")
    store = open_encrypted(data_dir, "a different passphrase")
    assert sorted(g.title for g in store.goals.all()) == ["PALETTE-MARKER goal", "PALETTE-MARKER saved after"]
