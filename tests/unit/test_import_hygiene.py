"""Import hygiene: every module outside ui/ loads without textual, the domain without tinydb,
and the command line without either (heavy imports wait for the command that needs them).

The modules are discovered, not listed, so a new module is covered the day it is added.
"""

from __future__ import annotations

import functools
import pkgutil
import subprocess
import sys

import pytest

import resilience_tui

# Packages whose modules may load textual: the UI and nothing else.
UI_PACKAGES = ("ui",)


def modules_after(code: str) -> set[str]:
    """The names in sys.modules after running `code` in a fresh interpreter."""
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def non_ui_modules() -> list[str]:
    """Every module of resilience_tui outside ui/, found with pkgutil (no hand-kept list), `__main__` left out."""
    found = ["resilience_tui"]
    for top in pkgutil.iter_modules(resilience_tui.__path__, "resilience_tui."):
        short = top.name.rsplit(".", 1)[1]
        if short in UI_PACKAGES or short == "__main__":
            continue
        found.append(top.name)
        if top.ispkg:
            package = __import__(top.name, fromlist=["__path__"])
            found += [info.name for info in pkgutil.walk_packages(package.__path__, top.name + ".")
                      if info.name.rsplit(".", 1)[1] != "__main__"]
    return sorted(found)


MODULES = non_ui_modules()


def _is_textual(name: str) -> bool:
    return name == "textual" or name.startswith("textual.")


def _forbidden(module: str) -> tuple[str, ...]:
    """What `module` must not load: textual always; tinydb for the domain; more for the command line."""
    if module in ("resilience_tui.cli", "resilience_tui.command_line") or module.startswith(("resilience_tui.commands", "resilience_tui.quick")):
        return ("textual", "tinydb", "platformdirs")
    if module == "resilience_tui.domain" or module.startswith("resilience_tui.domain."):
        return ("textual", "tinydb")
    return ("textual",)


def test_discovery_finds_every_layer_and_skips_the_ui():
    for expected in ("resilience_tui.cli", "resilience_tui.paths", "resilience_tui.domain.checkin",
                     "resilience_tui.store.store", "resilience_tui.services.goals", "resilience_tui.export.writer",
                     "resilience_tui.demo.writer", "resilience_tui.commands.context"):
        assert expected in MODULES
    assert not any(name == "resilience_tui.ui" or name.startswith("resilience_tui.ui.") for name in MODULES)
    assert not any(name.endswith("__main__") for name in MODULES)
    assert len(MODULES) == len(set(MODULES)) > 40


@functools.cache
def _loaded_by_each(forbidden: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """For every module with this forbidden set: the modules its own import added to sys.modules.

    One fresh interpreter per forbidden set imports them one after another. A module that
    reaches something forbidden is caught by its own import, since nothing forbidden can be
    loaded before it without an earlier module having been caught first.
    """
    group = [module for module in MODULES if _forbidden(module) == forbidden]
    script = (
        "import importlib, sys\n"
        f"for name in {group!r}:\n"
        "    before = set(sys.modules)\n"
        "    importlib.import_module(name)\n"
        "    print(name + '\\t' + ' '.join(sorted(set(sys.modules) - before)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    rows = (line.split("\t") for line in out.splitlines())
    return {name: frozenset(added.split()) for name, added in rows}


@pytest.mark.parametrize("module", MODULES)
def test_module_loads_without_what_its_layer_must_not_load(module: str):
    forbidden = _forbidden(module)
    added = _loaded_by_each(forbidden)[module]
    if "textual" in forbidden:
        assert not any(_is_textual(name) for name in added), f"{module} loads textual"
    for heavy in forbidden:
        if heavy != "textual":
            assert heavy not in added, f"{module} loads {heavy}"


def test_the_check_would_see_textual():
    # Proof that the subprocess check can fail: the UI does load textual.
    assert any(_is_textual(name) for name in modules_after("import resilience_tui.ui.app"))


def test_domain_and_store_do_not_load_rich():
    loaded = modules_after("import resilience_tui.domain.checkin, resilience_tui.domain.insights, "
                           "resilience_tui.store.store")
    assert "resilience_tui.store.store" in loaded
    assert "rich" not in loaded
