"""Helpers for the encryption tests: quick keys (tiny Argon2id figures), an encrypted folder, a byte scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from resilience_tui.store import keys
from resilience_tui.store.conversion import encrypt_folder
from resilience_tui.store.keys import Unlocked, new_keys, read_keys, unlock
from resilience_tui.store.store import Store

PASSPHRASE = "kettle orbit mango window"
TINY_KDF = {"memory_kib": 64, "iterations": 1, "lanes": 1}


@pytest.fixture(autouse=True)
def tiny_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """New keys use tiny Argon2id figures (stored in keys.json, so unlocking uses them too)."""
    monkeypatch.setattr(keys, "KDF", TINY_KDF)


def encrypt(root: Path, passphrase: str = PASSPHRASE) -> tuple[Unlocked, str]:
    """Encrypt the folder `root` as `resilience encrypt` does; (keys, recovery key)."""
    Store(root)  # a plain store first: the folder is claimed, as the command does
    unlocked, recovery = new_keys(passphrase)
    encrypt_folder(root, unlocked)
    return unlock(read_keys(root), passphrase), recovery


def open_encrypted(root: Path, passphrase: str = PASSPHRASE, **kwargs) -> Store:
    return Store(root, codec=unlock(read_keys(root), passphrase).codec(), **kwargs)


def files_holding(root: Path, marker: bytes) -> list[Path]:
    """Every file under `root` whose bytes hold `marker` (in UTF-8 or as JSON's \\u escapes would write it)."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and marker in p.read_bytes())
