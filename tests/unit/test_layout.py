"""The package's shape: no import cycle anywhere, layers import downwards, no file over 400 lines."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "resilience_tui"
MAX_LINES = 400

# Who may import whom: a layer imports only the layers listed for it (and itself).
ALLOWED = {
    "domain": {"domain"},
    "store": {"store", "domain"},
    # export/ and handover/ sit beside services/: the three may use each other (the cycle test keeps them honest).
    "services": {"services", "export", "handover", "store", "domain"},
    "export": {"export", "services", "handover", "store", "domain"},
    "handover": {"handover", "services", "export", "store", "domain"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _in_type_checking(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The package modules `path` imports at run time (at the top or inside a function; not for type checking)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    here = module_name(path)
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)) or _in_type_checking(node, parents):
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = here.split(".") if path.name == "__init__.py" else here.split(".")[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != here:
                found.add(name)
    return found


@functools.cache
def _graph() -> dict[str, frozenset[str]]:
    files = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    known = set(files)
    return {name: frozenset(imports_of(path, known)) for name, path in files.items()}


def graph() -> dict[str, set[str]]:
    return {name: set(targets) for name, targets in _graph().items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()
    for start in sorted(edges):
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen_here: set[str] = set()
        while stack:
            node, trail = stack.pop()
            for nxt in sorted(edges.get(node, ())):
                if nxt == start:
                    return [*trail, start]
                if nxt not in seen_here and nxt not in done:
                    seen_here.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
        done.add(start)
    return None


def test_the_check_finds_a_planted_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle_in_the_package():
    edges = graph()
    assert len(edges) > 100
    # A package's __init__ importing its own parts is how a package speaks, not a cycle.
    for name in edges:
        edges[name] = {other for other in edges[name] if not name.startswith(other + ".")}
    cycle = find_cycle(edges)
    assert cycle is None, " -> ".join(cycle or [])


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downwards(layer: str):
    wrong = []
    for name, targets in graph().items():
        if name.split(".")[1:2] != [layer]:
            continue
        for target in targets:
            parts = target.split(".")
            if len(parts) > 1 and parts[1] not in ALLOWED[layer] and target != "resilience_tui":
                wrong.append(f"{name} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_no_file_over_400_lines():
    long = {str(path.relative_to(PACKAGE)): n for path in PACKAGE.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long
