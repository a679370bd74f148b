"""Encrypted files: the data files' format, the inbox's sealed records, and the key wrapping.

Imported only when the data folder is encrypted (`cryptography` costs ~40 ms to import).
The README ("Encryption at rest") describes every byte, for anyone who must recover by hand.

A data file:      MAGIC "RSLC" | version 0x01 | home length (2 bytes, big-endian) | home (UTF-8)
                  | nonce (12 bytes) | AES-256-GCM(data key, nonce, contents, aad = everything before the nonce)
A sealed record:  "RSLS" | version 0x01 | ephemeral X25519 public key (32) | nonce (12)
                  | AES-256-GCM(k, nonce, JSON, aad = everything before the nonce), where
                  k = HKDF-SHA256(X25519(ephemeral, inbox key), salt = none,
                                  info = "resilience inbox v1" | ephemeral public | inbox public)
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from resilience_tui.store.codec import MAGIC
from resilience_tui.store.tables import ShapeError

VERSION = 1
SEALED_MAGIC = b"RSLS"
NONCE = 12


class EncryptedCodec:
    """Seals every file with the data key; opens a file only if its header names the home asked for.

    `accept_plain`: while a conversion is under way, a file not converted yet is read as it is."""

    encrypted = True

    def __init__(self, data_key: bytes, *, accept_plain: bool = False) -> None:
        self._aead = AESGCM(data_key)
        self.accept_plain = accept_plain

    def encode(self, data: bytes, home: str) -> bytes:
        header = file_header(home)
        nonce = os.urandom(NONCE)
        return header + nonce + self._aead.encrypt(nonce, data, header)

    def decode(self, data: bytes, home: str) -> bytes:
        if not data.startswith(MAGIC):
            if self.accept_plain:
                return data
            raise ShapeError("it is damaged (it is not encrypted, but your data is)")
        found, body = split_header(data)
        if found != home:
            raise ShapeError(f"it is damaged (it holds {found}, not {home})")
        header = data[: len(data) - len(body)]
        try:
            return self._aead.decrypt(body[:NONCE], body[NONCE:], header)
        except (InvalidTag, ValueError):
            raise ShapeError("it is damaged (it does not open with your key)") from None


def file_header(home: str) -> bytes:
    name = home.encode("utf-8")
    return MAGIC + bytes([VERSION]) + len(name).to_bytes(2, "big") + name


def split_header(data: bytes) -> tuple[str, bytes]:
    """(the home a data file names, the bytes after its header); ShapeError if the header is broken."""
    if len(data) < 7 or data[4] != VERSION:
        raise ShapeError("it is damaged (its header is not one this version reads)")
    size = int.from_bytes(data[5:7], "big")
    if len(data) < 7 + size + NONCE + 16:
        raise ShapeError("it is damaged (it is cut short)")
    try:
        home = data[7:7 + size].decode("utf-8")
    except UnicodeDecodeError:
        raise ShapeError("it is damaged (its header is not readable)") from None
    return home, data[7 + size:]


# -- keys ------------------------------------------------------------------
def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_key() -> bytes:
    return os.urandom(32)


def passphrase_key(passphrase: str, salt: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # not needed to seal a shell check-in

    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib).derive(
        passphrase.encode("utf-8"))


def recovery_key_bytes(recovery: bytes) -> bytes:
    """The wrapping key from the recovery key's 20 random bytes (already strong: no slow KDF needed)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"resilience recovery v1").derive(recovery)


def wrap(key: bytes, secret: bytes, label: bytes) -> dict[str, str]:
    nonce = os.urandom(NONCE)
    return {"nonce": b64(nonce), "sealed": b64(AESGCM(key).encrypt(nonce, secret, label))}


def unwrap(key: bytes, wrapped: dict[str, str], label: bytes) -> bytes | None:
    """The secret, or None when `key` is not the one it was wrapped with."""
    try:
        return AESGCM(key).decrypt(unb64(wrapped["nonce"]), unb64(wrapped["sealed"]), label)
    except InvalidTag:
        return None


_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 characters, none that reads like another (no I, O, 0, 1)


def new_recovery_key() -> tuple[bytes, str]:
    """20 random bytes, and how they are shown: 8 groups of 4 characters."""
    raw = os.urandom(20)
    return raw, show_recovery(raw)


def show_recovery(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(chars[i:i + 4] for i in range(0, 32, 4))


def read_recovery(text: str) -> bytes | None:
    """The 20 bytes of a typed recovery key (case, spaces and dashes do not matter), or None."""
    chars = [c for c in text.upper() if c not in " -\t\r\n"]
    if len(chars) != 32 or any(c not in _ALPHABET for c in chars):
        return None
    number = 0
    for c in chars:
        number = (number << 5) | _ALPHABET.index(c)
    return number.to_bytes(20, "big")


# -- the inbox -------------------------------------------------------------
def new_inbox_keys() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def _inbox_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"resilience inbox v1" + ephemeral + public).derive(shared)


def seal(public: bytes, data: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _inbox_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), ephemeral_public, public)
    header = SEALED_MAGIC + bytes([VERSION]) + ephemeral_public
    nonce = os.urandom(NONCE)
    return header + nonce + AESGCM(key).encrypt(nonce, data, header)


def open_sealed(private: bytes, data: bytes) -> bytes:
    """The sealed contents; ValueError if the file is damaged or not sealed to this key."""
    if len(data) < 37 + NONCE + 16 or not data.startswith(SEALED_MAGIC) or data[4] != VERSION:
        raise ValueError("not a sealed record")
    header, nonce, body = data[:37], data[37:37 + NONCE], data[37 + NONCE:]
    key_private = X25519PrivateKey.from_private_bytes(private)
    public = key_private.public_key().public_bytes_raw()
    key = _inbox_key(key_private.exchange(X25519PublicKey.from_public_bytes(header[5:])), header[5:], public)
    try:
        return AESGCM(key).decrypt(nonce, body, header)
    except InvalidTag:
        raise ValueError("a damaged sealed record") from None


# -- passphrase-protected exports -----------------------------------------
EXPORT_MAGIC = b"RSLE"


def seal_export(passphrase: str, data: bytes, kdf: dict[str, int]) -> bytes:
    """An export protected by `passphrase`: the data files' container, its header holding the Argon2id figures.

    "RSLE" | version | length (2 bytes) | JSON {"salt", "memory_kib", "iterations", "lanes"} | nonce
    | AES-256-GCM(Argon2id(passphrase), nonce, export, aad = everything before the nonce)"""
    salt = os.urandom(16)
    text = json.dumps({"salt": b64(salt), **kdf}, sort_keys=True).encode("ascii")
    header = EXPORT_MAGIC + bytes([VERSION]) + len(text).to_bytes(2, "big") + text
    key = passphrase_key(passphrase, salt, kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
    nonce = os.urandom(NONCE)
    return header + nonce + AESGCM(key).encrypt(nonce, data, header)


def open_export(passphrase: str, data: bytes) -> bytes | None:
    """The export's contents, or None when the passphrase does not open it; ValueError if it is damaged."""
    if len(data) < 7 or not data.startswith(EXPORT_MAGIC) or data[4] != VERSION:
        raise ValueError("not a protected export")
    size = int.from_bytes(data[5:7], "big")
    header, rest = data[:7 + size], data[7 + size:]
    params = json.loads(header[7:])
    if (not isinstance(params, dict) or params.get("memory_kib", 0) > 1 << 20 or params.get("iterations", 0) > 64
            or params.get("lanes", 0) > 64):
        raise ValueError("its key figures are out of range")
    key = passphrase_key(passphrase, unb64(params["salt"]), int(params["memory_kib"]), int(params["iterations"]),
                         int(params["lanes"]))
    try:
        return AESGCM(key).decrypt(rest[:NONCE], rest[NONCE:], header)
    except InvalidTag:
        return None
