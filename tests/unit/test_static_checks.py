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
MYPY_OVERRIDES = re.compile(r"^\[\[tool\.mypy\.overrides\]\]\s*\nmodule\s*=\s*\[([^\]]*)\]", re.MULTILINE)


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


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-fix", "--output-format", "concise", "resilience_tui", "tests", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing(mypy_output: subprocess.CompletedProcess[str]) -> None:
    assert mypy_output.returncode == 0, mypy_output.stdout + mypy_output.stderr


def test_mypy_ran_over_the_package(mypy_output: subprocess.CompletedProcess[str]) -> None:
    """mypy found the configuration and checked the package (a typo in it would check nothing)."""
    summary = mypy_output.stdout.strip().splitlines()[-1] if mypy_output.stdout.strip() else mypy_output.stderr
    # "Found 3 errors in 2 files (checked 168 source files)" or "Success: no issues found in 168 source files"
    match = re.search(r"(?:checked|found in) (\d+) source files", summary)
    assert match, mypy_output.stdout + mypy_output.stderr
    assert int(match.group(1)) >= 100


def test_only_the_ui_is_checked_less_strictly() -> None:
    """Every module outside ui/ is held to mypy strict: the only overrides name ui modules."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    overrides = MYPY_OVERRIDES.findall(text)
    # each block must start `module = [...]` for this test to read it
    assert overrides and len(overrides) == text.count("[[tool.mypy.overrides]]"), "mypy overrides changed shape"
    modules = [name.strip().strip("\"'") for block in overrides for name in block.split(",") if name.strip()]
    assert modules
    loosened = [m for m in modules if m != "resilience_tui.ui" and not m.startswith("resilience_tui.ui.")]
    assert not loosened, f"mypy strict is relaxed outside ui/ for: {loosened}"
