"""`resilience encrypt`, `decrypt`, `passphrase`, `unlock --recovery-key`, and the commands on an encrypted folder."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from resilience_tui.cli import main
from resilience_tui.store.codec import MAGIC
from tests.cli.test_command_imports import imported_modules
from tests.store.crypt_helpers import files_holding, tiny_kdf  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
MARKER = "CLI-MARKER-91c"
RECOVERY = re.compile(r"^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$")


def _secret(folder: Path, name: str, text: str, mode: int = 0o600) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def _encrypted(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    assert main(["checkin", "3", "--note", f"{MARKER} plain check-in"]) == 0
    assert main(["goal", "add", f"{MARKER} plain goal"]) == 0
    secret = _secret(tmp_path, "pass", "kettle orbit mango window")
    capsys.readouterr()
    assert main(["encrypt", "--passphrase-file", str(secret)]) == 0
    out, err = capsys.readouterr()
    recovery = out.strip()
    assert RECOVERY.match(recovery), out  # printed once, on stdout, for the script
    assert "not protect against harmful software running as you" in err
    return secret, recovery


def test_encrypt_seals_every_file_and_the_commands_need_the_passphrase(data_dir: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    secret, _ = _encrypted(data_dir, tmp_path, capsys)
    assert (data_dir / "goals.json").read_bytes().startswith(MAGIC)
    assert files_holding(data_dir, MARKER.encode()) == []
    assert main(["goal", "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--passphrase-file PATH" in err and "no terminal" in err
    # Adding needs no passphrase: the record is sealed into the inbox.
    assert main(["checkin", "4", "--note", f"{MARKER} sealed check-in"]) == 0
    assert main(["goal", "add", f"{MARKER} sealed goal"]) == 0
    assert "sealed in your encrypted folder's inbox" in capsys.readouterr().out
    assert len(list((data_dir / "inbox").iterdir())) == 2
    assert files_holding(data_dir, MARKER.encode()) == []
    assert main(["checkin", "4", "--application", "acme"]) == 1  # resolving it reads: asks to unlock
    assert "no terminal" in capsys.readouterr().err
    assert main(["goal", "list", "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert f"{MARKER} plain goal" in out and f"{MARKER} sealed goal" in out
    assert list((data_dir / "inbox").iterdir()) == []  # merged once, then removed
    assert main(["--passphrase-file", str(secret), "goal", "list"]) == 0  # as a global option too
    assert capsys.readouterr().out.count(f"{MARKER} sealed goal") == 1
    assert main(["encrypt", "--passphrase-file", str(secret)]) == 0
    assert "already encrypted" in capsys.readouterr().out


def test_a_passphrase_file_others_can_read_is_refused(data_dir: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goal", "add", "a goal"]) == 0
    loose = _secret(tmp_path, "loose", "kettle orbit mango window", 0o644)
    capsys.readouterr()
    assert main(["encrypt", "--passphrase-file", str(loose)]) == 1
    err = capsys.readouterr().err
    assert "readable by others" in err and f"chmod 600 {loose}" in err
    assert not (data_dir / "keys.json").exists()
    assert json.loads((data_dir / "goals.json").read_bytes())  # still plain


def test_passphrase_change_and_the_recovery_key(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    secret, recovery = _encrypted(data_dir, tmp_path, capsys)
    before = {p: p.read_bytes() for p in data_dir.rglob("*.json") if p.name != "keys.json"}
    new = _secret(tmp_path, "new", "a second long passphrase")
    assert main(["passphrase", "--passphrase-file", str(secret), "--new-passphrase-file", str(new)]) == 0
    assert {p: p.read_bytes() for p in before} == before  # only keys.json changed
    assert main(["goal", "list", "--passphrase-file", str(secret)]) == 1
    assert "does not open your data" in capsys.readouterr().err
    assert main(["goal", "list", "--passphrase-file", str(new)]) == 0
    # Forgotten: the recovery key (from stdin, never argv) sets a third one.
    third = _secret(tmp_path, "third", "chosen with the recovery key")
    monkeypatch.setattr(sys, "stdin", io.StringIO(recovery.lower() + "\n"))
    assert main(["unlock", "--recovery-key", "--new-passphrase-file", str(third)]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n"))
    assert main(["unlock", "--recovery-key", "--new-passphrase-file", str(new)]) == 1
    capsys.readouterr()
    assert main(["goal", "list", "--passphrase-file", str(third)]) == 0
    assert f"{MARKER} plain goal" in capsys.readouterr().out


def test_decrypt_asks_to_confirm_then_writes_everything_plain(data_dir: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    secret, _ = _encrypted(data_dir, tmp_path, capsys)
    assert main(["checkin", "5", "--note", "sealed before decrypt"]) == 0
    assert main(["decrypt", "--passphrase-file", str(secret)]) == 1
    assert "add --yes" in capsys.readouterr().err and (data_dir / "keys.json").exists()
    assert main(["decrypt", "--yes", "--passphrase-file", str(secret)]) == 0
    assert not (data_dir / "keys.json").exists() and not (data_dir / "inbox").exists()
    assert main(["goal", "list"]) == 0  # no passphrase any more
    assert f"{MARKER} plain goal" in capsys.readouterr().out
    year = next((data_dir / "checkins").glob("*.json"))
    notes = sorted(doc["note"] for doc in json.loads(year.read_bytes())["_default"].values())
    assert notes == sorted([f"{MARKER} plain check-in", "sealed before decrypt"])


@pytest.mark.parametrize("args", [["checkin", "3", "--note", "plain"], ["goal", "list", "--column", "all"]])
def test_a_plain_folder_never_imports_cryptography(args: list[str], tmp_path: Path) -> None:
    imported_modules(["goal", "add", "a goal"], tmp_path / "data")
    modules, done = imported_modules(args, tmp_path / "data")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "resilience_tui.store.store" in modules  # the listing works
    assert not [m for m in modules if m == "cryptography" or m.startswith("cryptography.")]
    assert "resilience_tui.store.sealed_file" not in modules


def test_the_app_on_a_plain_folder_never_imports_cryptography(tmp_path: Path) -> None:
    code = ("import sys; from pathlib import Path; from resilience_tui.ui.app import make_app; "
            f"app = make_app(Path({str(tmp_path / 'data')!r})); app.store.goals.all(); "
            "print(sorted(m for m in sys.modules if m.startswith('cryptography')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
    probe = subprocess.run([sys.executable, "-c", "import cryptography, sys; print('cryptography' in sys.modules)"],
                           capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "True"  # the check would see it


def test_every_add_only_command_seals_without_the_passphrase(data_dir: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    secret, _ = _encrypted(data_dir, tmp_path, capsys)
    adds = [["write", f"{MARKER} a sealed entry. With a body."], ["win", f"{MARKER} a sealed win"],
            ["app", "add", f"{MARKER} Co", "Analyst"], ["people", "add", f"{MARKER} Sam", "--note", "evenings"],
            ["worry", f"{MARKER} a sealed worry", "--check-in", "14d"]]
    for command in adds:
        assert main(command) == 0, command
        assert "sealed in your encrypted folder's inbox" in capsys.readouterr().out
    assert len(list((data_dir / "inbox").iterdir())) == len(adds)
    assert files_holding(data_dir, MARKER.encode()) == []
    # The prompt line never asks for the passphrase and says nothing while the folder is locked.
    assert main(["status", "--prompt"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    # Unlocking merges them once: each is there, and the inbox is empty.
    assert main(["--passphrase-file", str(secret), "journal", "--format", "json"]) == 0
    entries = json.loads(capsys.readouterr().out)["entries"]
    assert sorted(e["title"] for e in entries if MARKER in e["title"]) == [f"{MARKER} a sealed entry.", f"{MARKER} a sealed win"]
    assert main(["--passphrase-file", str(secret), "app", "list"]) == 0
    assert f"{MARKER} Co" in capsys.readouterr().out
    assert main(["--passphrase-file", str(secret), "people", "list"]) == 0
    assert f"{MARKER} Sam" in capsys.readouterr().out
    assert list((data_dir / "inbox").iterdir()) == []
