"""`resilience export --format json --encrypt` and importing it back; plain exports of an encrypted folder say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from resilience_tui.cli import main
from tests.cli.test_encrypt_cli import MARKER, _encrypted, _secret
from tests.store.crypt_helpers import tiny_kdf  # noqa: F401


def test_a_protected_export_round_trips_and_holds_no_plain_text(data_dir: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    secret, _ = _encrypted(data_dir, tmp_path, capsys)
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "--encrypt", "--out", str(out), "--passphrase-file", str(secret)]) == 0
    assert "protected by a passphrase" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"RSLE") and MARKER.encode() not in out.read_bytes()
    elsewhere = tmp_path / "elsewhere"
    wrong = _secret(tmp_path, "wrong", "not the right passphrase")
    assert main(["--data-dir", str(elsewhere), "import", str(out), "--passphrase-file", str(wrong)]) == 1
    assert "does not open" in capsys.readouterr().err
    assert main(["--data-dir", str(elsewhere), "import", str(out), "--passphrase-file", str(secret)]) == 0
    assert main(["--data-dir", str(elsewhere), "goal", "list"]) == 0
    assert f"{MARKER} plain goal" in capsys.readouterr().out


def test_an_export_passphrase_of_its_own(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goal", "add", f"{MARKER} goal"]) == 0  # a plain folder may protect its export too
    own = _secret(tmp_path, "own", "the export's own passphrase")
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "--encrypt", "--out", str(out), "--export-passphrase-file", str(own)]) == 0
    assert MARKER.encode() not in out.read_bytes()
    assert main(["--data-dir", str(tmp_path / "other"), "import", str(out), "--export-passphrase-file", str(own)]) == 0
    assert main(["--data-dir", str(tmp_path / "other"), "import", str(out)]) == 1  # no terminal, no file
    assert "the export is protected" in capsys.readouterr().err


def test_a_readable_export_of_an_encrypted_folder_says_it_is_plain(data_dir: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    secret, _ = _encrypted(data_dir, tmp_path, capsys)
    out = tmp_path / "readable"
    assert main(["export", "--format", "markdown", "--out", str(out), "--passphrase-file", str(secret)]) == 0
    err = capsys.readouterr().err
    assert "your data folder is encrypted, but this markdown export will be plain" in err
    assert err.count("\n") == 1
    assert main(["export", "--format", "html", "--encrypt", "--passphrase-file", str(secret)]) == 2
