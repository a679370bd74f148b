"""`keys.json`: the folder's data key, wrapped by the passphrase and by the recovery key.

Imported only when the data folder is encrypted. The file holds no secret in the clear:

    {"format": 1, "state": "on" | "encrypting" | "decrypting",
     "kdf": {"name": "argon2id", "salt": b64, "memory_kib": 65536, "iterations": 3, "lanes": 2},
     "passphrase": {"nonce": b64, "sealed": b64},   data key, AES-256-GCM under Argon2id(passphrase)
     "recovery": {"nonce": b64, "sealed": b64},     data key, AES-256-GCM under HKDF(recovery key)
     "inbox_public": b64,                           X25519 public key the shell commands seal to
     "inbox_private": {"nonce": b64, "sealed": b64}} its private key, AES-256-GCM under the data key
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from resilience_tui.store import sealed_file as sf
from resilience_tui.store.atomic import write_bytes_atomic
from resilience_tui.store.codec import KEYS_FILE
from resilience_tui.store.errors import StoreError

FORMAT = 1
# Argon2id: 64 MiB keeps the app under its memory budget; 3 passes take ~0.25 s on 2 cores here
# (tests/benchmarks/kdf_speed.py). Tests set smaller figures here so the suite stays quick.
KDF = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 2}
_PASS, _RECOVERY, _INBOX = b"resilience keys v1 passphrase", b"resilience keys v1 recovery", b"resilience keys v1 inbox"


class WrongPassphrase(StoreError):
    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"That {what} does not open your data. Nothing was changed; try again.")


class KeysDamaged(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} cannot be read, so your encrypted data cannot be opened. If you have a copy of "
                         "it (in a backup of this folder), put it back; the README explains the format.")


@dataclass(frozen=True)
class KeyFile:
    doc: dict[str, Any]

    @property
    def state(self) -> str:
        return str(self.doc.get("state", "on"))

    @property
    def inbox_public(self) -> bytes:
        return sf.unb64(self.doc["inbox_public"])

    def with_state(self, state: str) -> KeyFile:
        return KeyFile({**self.doc, "state": state})


@dataclass(frozen=True)
class Unlocked:
    """What a passphrase (or the recovery key) opens: the data key and the inbox's private key."""

    keyfile: KeyFile
    data_key: bytes
    inbox_private: bytes

    def codec(self) -> sf.EncryptedCodec:
        return sf.EncryptedCodec(self.data_key, accept_plain=self.keyfile.state != "on")


def keys_path(root: Path) -> Path:
    return Path(root) / KEYS_FILE


def read_keys(root: Path) -> KeyFile:
    path = keys_path(root)
    try:
        doc = json.loads(path.read_bytes())
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError
        for field in ("kdf", "passphrase", "recovery", "inbox_public", "inbox_private"):
            if field not in doc:
                raise ValueError
    except (OSError, ValueError):
        raise KeysDamaged(path) from None
    return KeyFile(doc)


def write_keys(root: Path, keyfile: KeyFile) -> None:
    write_bytes_atomic(keys_path(root), (json.dumps(keyfile.doc, indent=1) + "\n").encode("ascii"))


def _kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    return sf.passphrase_key(passphrase, sf.unb64(kdf["salt"]), int(kdf["memory_kib"]), int(kdf["iterations"]),
                             int(kdf["lanes"]))


def _new_kdf() -> dict[str, Any]:
    return {"name": "argon2id", "salt": sf.b64(os.urandom(16)), **KDF}


def new_keys(passphrase: str) -> tuple[Unlocked, str]:
    """Fresh keys for a folder being encrypted, and the recovery key as shown to the person."""
    data_key = sf.new_key()
    recovery_raw, recovery_text = sf.new_recovery_key()
    private, public = sf.new_inbox_keys()
    kdf = _new_kdf()
    doc = {
        "format": FORMAT, "state": "encrypting", "kdf": kdf,
        "passphrase": sf.wrap(_kek(passphrase, kdf), data_key, _PASS),
        "recovery": sf.wrap(sf.recovery_key_bytes(recovery_raw), data_key, _RECOVERY),
        "inbox_public": sf.b64(public),
        "inbox_private": sf.wrap(data_key, private, _INBOX),
    }
    return Unlocked(KeyFile(doc), data_key, private), recovery_text


def _opened(keyfile: KeyFile, data_key: bytes | None, what: str) -> Unlocked:
    if data_key is None:
        raise WrongPassphrase(what)
    private = sf.unwrap(data_key, keyfile.doc["inbox_private"], _INBOX)
    if private is None:
        raise KeysDamaged(Path(KEYS_FILE))
    return Unlocked(keyfile, data_key, private)


def unlock(keyfile: KeyFile, passphrase: str) -> Unlocked:
    """The keys, or WrongPassphrase."""
    return _opened(keyfile, sf.unwrap(_kek(passphrase, keyfile.doc["kdf"]), keyfile.doc["passphrase"], _PASS),
                   "passphrase")


def unlock_with_recovery(keyfile: KeyFile, recovery_text: str) -> Unlocked:
    raw = sf.read_recovery(recovery_text)
    data_key = None if raw is None else sf.unwrap(sf.recovery_key_bytes(raw), keyfile.doc["recovery"], _RECOVERY)
    return _opened(keyfile, data_key, "recovery key")


def with_passphrase(unlocked: Unlocked, passphrase: str) -> KeyFile:
    """The key file with the data key wrapped by a new passphrase (new salt); nothing else changes."""
    kdf = _new_kdf()
    return KeyFile({**unlocked.keyfile.doc, "kdf": kdf,
                    "passphrase": sf.wrap(_kek(passphrase, kdf), unlocked.data_key, _PASS)})


def unlocked_as(unlocked: Unlocked, keyfile: KeyFile) -> Unlocked:
    return replace(unlocked, keyfile=keyfile)


def unlock_with_key(keyfile: KeyFile, data_key: bytes) -> Unlocked:
    """The keys from a data key already known (after a conversion changed the key file's state)."""
    return _opened(keyfile, data_key, "key")
