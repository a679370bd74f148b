"""The quick commands import only what they need: each runs in a fresh process, and the modules it
imported (listed by `python -X importtime`) hold nothing heavy.

The process runs without `site` (-S), so nothing a `.pth` file imports hides a module the
command imports itself; the package and site-packages come from PYTHONPATH instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Packages and modules none of these commands needs: the app (textual, rich), the readable
# exports (markdown-it and our export package), the demo dataset, the handover of emails,
# and stdlib modules only the demo, the app or an export uses.
HEAVY = (
    "textual", "rich", "markdown_it", "pygments", "platformdirs",
    "resilience_tui.ui", "resilience_tui.export", "resilience_tui.demo", "resilience_tui.handover",
    "tempfile", "shutil", "zipfile", "subprocess", "asyncio", "email", "http", "urllib.request", "logging",
    "sqlite3", "unittest", "concurrent", "multiprocessing", "ssl", "socket",
)

COMMANDS = {
    "checkin": ["checkin", "3", "--note", "a calm day", "--tag", "walk"],
    "goal add": ["goal", "add", "Finish one module of the SQL course", "--due", "friday"],
    "goal list": ["goal", "list", "--column", "all"],
    "remind ics": ["remind", "ics", "-", "--checkin", "21:00"],
    "completion bash": ["completion", "bash"],
    "write": ["write", "yesterday:", "Rough day. Acme said no. #acme", "--star"],
    "win": ["win", "Finished the SQL module!"],
    "journal": ["journal", "acme", "--format", "json"],
    "journal markdown": ["journal", "--wins", "-n", "3", "--format", "markdown"],
    "app add": ["app", "add", "Acme Health", "Product Designer", "--contact", "Sam Lee <sam@acme.example>"],
    "app list": ["app", "list"],
    "app reject": ["app", "reject", "acme", "--reason", "more SQL experience"],
    "status": ["status"],
    "status --prompt": ["status", "--prompt"],
    "people add": ["people", "add", "Sam", "--note", "text or call, evenings"],
    "people list": ["people", "list"],
    "stats": ["stats", "--range", "all"],
    "stats json": ["stats", "--format", "json"],
    "app predict": ["app", "predict", "acme", "--chance", "30", "--feel", "2", "--days", "14"],
    "worry": ["worry", "I'll never get an interview again", "--check-in", "14d"],
}
# Every module of ours `status --prompt` imports: it runs at every shell prompt, so each one is a choice.
STATUS_PROMPT_MODULES = {
    "resilience_tui", "resilience_tui.cli", "resilience_tui.command_line", "resilience_tui.paths", "resilience_tui.commands",
    *(f"resilience_tui.quick{name}" for name in ("", ".form", ".names", ".outcome", ".status")),  # the quick way looked first
    *(f"resilience_tui.commands.{name}" for name in ("columns", "context", "status")),  # that command alone
    "resilience_tui.store.prompt_cache", "resilience_tui.store.stamps",
    "resilience_tui.services", "resilience_tui.domain", "resilience_tui.store",
    *(f"resilience_tui.services.{name}" for name in ("applications", "due_today", "feedback", "first_aid")),
    *(f"resilience_tui.domain.{name}" for name in (
        "application", "business_days", "checkin", "day_words", "feedback", "first_aid", "goal", "goal_rules", "goal_words",
        "journal", "journal_title",
        "prediction", "records", "recovery", "reflection", "reflection_category", "stored", "strategies", "tag_form", "tags",
        "thinking_traps",
        "visible")),
    *(f"resilience_tui.store.{name}" for name in (
        "areas", "atomic", "backup", "backup_days", "checkins", "codec", "conflicts", "datafile", "docs", "errors", "history", "journal",
        "keyed", "lock", "migrations", "owned", "reading", "records", "revisions", "schema", "settings",
        "settings_keys", "store", "sync_conflicts", "tables", "tiny", "tombstones", "upgrades", "yearly")),
}
# The modules a prompt drawn again imports while nothing changed: the line comes from cache/, not the data.
STATUS_PROMPT_KEPT_MODULES = {
    "resilience_tui", "resilience_tui.cli", "resilience_tui.paths",
    *(f"resilience_tui.quick{name}" for name in ("", ".form", ".names", ".outcome", ".status")),
    "resilience_tui.store", "resilience_tui.store.prompt_cache", "resilience_tui.store.stamps",
}
# A module each command surely imports, so the listing is seen to work (completion opens no store).
SURELY = {"completion bash": "resilience_tui.completion.spec"}


def imported_modules(args: list[str], data: Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """Every module a fresh `python -m resilience_tui --data-dir DATA ARGS...` imports, and how it ended."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"]])}
    env.pop("RESILIENCE_TUI_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-S", "-X", "importtime", "-m", "resilience_tui", "--data-dir", str(data),
                           *args], capture_output=True, text=True, env=env, timeout=60)
    modules = {line.rpartition("|")[2].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    return modules - {"imported package"}, done


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY))


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_quick_command_imports_nothing_heavy(name: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported_modules(COMMANDS["goal add"], data)  # a goal to list, and a folder that exists
    imported_modules(COMMANDS["app add"], data)  # an application to list and reject
    modules, done = imported_modules(COMMANDS[name], data)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "resilience_tui.cli" in modules and SURELY.get(name, "resilience_tui.store.store") in modules  # the listing works
    assert heavy_in(modules) == []


@pytest.mark.parametrize("name", ["goal add", "goal list", "write", "app add"])
def test_a_command_opens_only_the_areas_it_uses(name: str, tmp_path: Path) -> None:
    """The app opens check-ins and settings with the store, for its first screen; a command that
    does not use check-ins loads nothing of them."""
    data = tmp_path / "data"
    imported_modules(COMMANDS["checkin"], data)  # there are check-ins to leave alone
    modules, done = imported_modules(COMMANDS[name], data)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "resilience_tui.store.store" in modules
    assert sorted(modules & {"resilience_tui.domain.checkin", "resilience_tui.store.checkins",
                             "resilience_tui.store.settings"}) == []
    assert "resilience_tui.domain.goal_starters" not in modules  # the board's ideas, not a command's


@pytest.mark.parametrize("name", ["win", "app add", "goal list"])
def test_a_command_given_no_date_reads_no_date_phrase(name: str, tmp_path: Path) -> None:
    """Date phrases ("yesterday", "friday", "3 days ago") load only for a command given one."""
    modules, done = imported_modules(COMMANDS[name], tmp_path / "data")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "resilience_tui.store.store" in modules and "resilience_tui.domain.date_phrases" not in modules
    dated, done = imported_modules(COMMANDS["write"], tmp_path / "data")  # "yesterday: ..."
    assert done.returncode == 0 and "resilience_tui.domain.date_phrases" in dated


# The imports from a spreadsheet or Daylio need the export package's readers, and nothing of the
# exports, of our json or jrnl imports, or of the app.
SHEET_HEAVY = tuple(name for name in HEAVY if name != "resilience_tui.export") + tuple(
    f"resilience_tui.export.{name}" for name in ("html", "html_areas", "markdown", "markdown_lite", "readable",
                                                 "writer", "files", "json", "importer", "jrnl", "import_checks"))
SHEETS = {
    "import --from csv": ("jobs.csv", "company,role,status\nAcme,Designer,Phone screen\n"),
    "import --from daylio": ("daylio.csv", "full_date,date,weekday,time,mood,activities,note_title,note\n"
                                           "2026-03-05,March 5,Thursday,21:10,good,walk,,\n"),
}


@pytest.mark.parametrize("name", list(SHEETS))
def test_the_sheet_imports_load_only_their_readers(name: str, tmp_path: Path) -> None:
    file_name, text = SHEETS[name]
    (tmp_path / file_name).write_text(text, encoding="utf-8")
    modules, done = imported_modules([*name.split(), str(tmp_path / file_name)], tmp_path / "data")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "resilience_tui.export.csv_source" in modules and "resilience_tui.store.store" in modules
    assert sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in SHEET_HEAVY)) == []
    other = "resilience_tui.export.daylio" if "csv" in name else "resilience_tui.export.csv_applications"
    assert other not in modules
def test_status_prompt_imports_only_the_modules_it_needs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported_modules(["demo", str(data), "--years", "1"], tmp_path / "unused")  # every area has records
    imported_modules(["app", "add", "Zed Co", "Tester", "--applied", "3 days ago"], data)
    imported_modules(["app", "reject", "zed co", "--on", "yesterday"], data)  # a recovery path to read, whatever the date
    # Every module loaded by the end, from sys.modules (-X importtime leaves out some loaded by importlib).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"]])}
    env.pop("RESILIENCE_TUI_DATA_DIR", None)
    script = ("import sys; from resilience_tui.cli import main; code = main(sys.argv[1:]); "
              "print(*sorted(sys.modules), file=sys.stderr); raise SystemExit(code)")
    lines = []
    for expected in (STATUS_PROMPT_MODULES, STATUS_PROMPT_KEPT_MODULES):  # the line made, then the line kept
        done = subprocess.run([sys.executable, "-S", "-c", script, "--data-dir", str(data),
                               *COMMANDS["status --prompt"]], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0 and done.stdout.count("\n") <= 1 and done.stdout.isascii(), done.stderr[-2000:]
        modules = set(done.stderr.split())
        ours = {name for name in modules if name == "resilience_tui" or name.startswith("resilience_tui.")}
        assert ours == expected, (sorted(ours - expected), sorted(expected - ours))
        assert heavy_in(modules) == []
        lines.append(done.stdout)
    assert lines[0].startswith("Resilience: ") and lines[1] == lines[0]


def test_the_listing_sees_a_heavy_import(tmp_path: Path) -> None:
    modules, done = imported_modules(["export", "--format", "html", "--out", str(tmp_path / "out")], tmp_path / "data")
    assert done.returncode == 0, done.stderr[-2000:]
    assert {"resilience_tui.export", "resilience_tui.export.html_areas"} <= set(heavy_in(modules))


def test_help_is_as_wide_as_the_terminal(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "50"}
    done = subprocess.run([sys.executable, "-m", "resilience_tui", "goal", "add", "--help"], capture_output=True,
                          text=True, env=env, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: resilience goal add [-h]")
    assert max(len(line) for line in done.stdout.splitlines()) <= 48
    wide = subprocess.run([sys.executable, "-m", "resilience_tui", "goal", "add", "--help"], capture_output=True,
                          text=True, env={**env, "COLUMNS": "200"}, timeout=60)
    assert "usage: resilience goal add [-h] [--category C] [--due WHEN] [--weekly] TITLE" in wide.stdout
