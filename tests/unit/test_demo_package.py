"""The demo package: its modules import each other in one direction only, and none is too long."""

from __future__ import annotations

import ast
from pathlib import Path

import resilience_tui.demo

PACKAGE = "resilience_tui.demo"
FOLDER = Path(resilience_tui.demo.__file__).parent


def _module_name(path: Path) -> str:
    return PACKAGE if path.stem == "__init__" else f"{PACKAGE}.{path.stem}"


def demo_imports() -> dict[str, set[str]]:
    """Each demo module and the demo modules it imports (at any depth in the file)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(FOLDER.glob("*.py")):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found |= {name for name in names if name == PACKAGE or name.startswith(PACKAGE + ".")}
        graph[_module_name(path)] = {name for name in found if name in _all_modules()} - {_module_name(path)}
    return graph


def _all_modules() -> set[str]:
    return {_module_name(path) for path in FOLDER.glob("*.py")}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> list[str] | None:
        if name in visiting:
            return visiting[visiting.index(name):] + [name]
        if name in done:
            return None
        visiting.append(name)
        for target in sorted(graph.get(name, ())):
            found = visit(target)
            if found:
                return found
        visiting.pop()
        done.add(name)
        return None

    for name in sorted(graph):
        found = visit(name)
        if found:
            return found
    return None


def test_the_graph_sees_the_package_and_its_parts():
    graph = demo_imports()
    assert {f"{PACKAGE}.common", f"{PACKAGE}.writer", f"{PACKAGE}.checkins"} <= set(graph)
    assert f"{PACKAGE}.writer" in graph[PACKAGE]
    assert f"{PACKAGE}.common" in graph[f"{PACKAGE}.journal"]


def test_no_import_cycle_inside_the_demo():
    assert _cycle(demo_imports()) is None


def test_the_cycle_check_finds_a_cycle():
    graph = demo_imports()
    graph[f"{PACKAGE}.common"] = {PACKAGE}  # as if common imported something from the package itself
    assert _cycle(graph) is not None


def test_parts_import_the_shared_modules_not_the_package():
    for name, targets in demo_imports().items():
        if name != PACKAGE:
            assert PACKAGE not in targets, f"{name} imports from {PACKAGE} itself"


def test_no_demo_file_is_over_400_lines():
    for path in FOLDER.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name
