"""Ruff and mypy, as configured in pyproject.toml, find nothing.

Both run as subprocesses from the project root, so they read the same settings as
`python -m ruff check` and `python -m mypy` typed by hand.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PENDING = (
    "the remaining findings (mostly ui/, store/, commands/ and the demo data) are fixed in a later change; "
    "until then this reports them without failing the suite"
)
# Modules already held to mypy strict: a finding in one of them fails the suite now.
STRICT_NOW = re.compile(
    r"^resilience_tui/("
    r"domain/(?!when\.py|dates\.py|due\.py)[a-z_]+\.py"
    r"|services/[a-z_]+\.py"
    r"|handover/[a-z_]+\.py"
    r"|export/(?!areas\.py|importer\.py)[a-z_]+\.py"
    r"|paths\.py"
    r"):\d+: error:"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    tool = args[0]
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]' installs it)")
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.fixture(scope="module")
def mypy_output() -> subprocess.CompletedProcess[str]:
    # No paths given: pyproject.toml's `files` says what to check.
    return _run("mypy")


@pytest.mark.xfail(strict=False, reason=PENDING)
def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-fix", "--output-format", "concise", "resilience_tui", "tests", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.xfail(strict=False, reason=PENDING)
def test_mypy_finds_nothing(mypy_output: subprocess.CompletedProcess[str]) -> None:
    assert mypy_output.returncode == 0, mypy_output.stdout + mypy_output.stderr


def test_mypy_ran_over_the_package(mypy_output: subprocess.CompletedProcess[str]) -> None:
    """mypy found the configuration and checked the package (a typo in it would check nothing)."""
    summary = mypy_output.stdout.strip().splitlines()[-1] if mypy_output.stdout.strip() else mypy_output.stderr
    match = re.search(r"checked (\d+) source files", summary)
    assert match, mypy_output.stdout + mypy_output.stderr
    assert int(match.group(1)) >= 100


def test_modules_already_typed_stay_strict_clean(mypy_output: subprocess.CompletedProcess[str]) -> None:
    findings = [line for line in mypy_output.stdout.splitlines() if STRICT_NOW.match(line)]
    assert not findings, "\n".join(findings)
