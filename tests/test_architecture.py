"""The shape of the code: imports flow one way (commands -> features -> engine), with no cycle.

Each module's imports of other backprop modules are read from its syntax tree, those inside
functions included (an import moved into a function to hide a cycle is still a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "backprop"
#: Lower layers never import higher ones. A module not listed is its package's layer.
LAYERS = {
    "engine": ["errors", "limits", "user_cache", "kept_methods", "patterns", "getters", "files", "expression", "registry",
               "activations", "losses", "layers", "network", "trace"],
    "features": ["problem", "problem_checks", "bundled", "rendering", "symbolic", "grading", "training", "steps", "fused",
                 "optimiser", "progress", "report", "io", "container", "notebook",
                 "checkpoint", "data", "sklearn"],
    "commands": ["commands", "cli", "api", "__main__"],
}


def module_name(path: Path) -> str:
    """backprop.commands.train for src/backprop/commands/train.py (the package for __init__.py)."""
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The backprop modules ``path`` imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("backprop")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("backprop"):
                # "from . import params" imports the module backprop.sklearn.params, not the package
                submodules = {f"{target}.{alias.name}" for alias in node.names}
                found |= submodules & MODULES if submodules & MODULES else {target}
    return found


MODULES = {module_name(path) for path in SOURCE.rglob("*.py")}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return {module_name(path): {target for target in imports(path) if target in MODULES and target != module_name(path)}
            for path in SOURCE.rglob("*.py")}


def test_the_import_graph_has_no_cycle(graph):
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycle = trail[trail.index(target):] + [target] if target in trail else [name, target]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if target not in state:
                visit(target, trail + [target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def layer(name: str) -> int:
    first = name.split(".")[1] if "." in name else ""
    for rank, members in enumerate(LAYERS.values()):
        if first in members:
            return rank
    return -1


def test_imports_flow_from_commands_to_features_to_the_engine(graph):
    upward = [f"{name} -> {target}" for name, targets in graph.items() for target in targets
              if layer(name) >= 0 and layer(target) > layer(name)]
    assert upward == []


def test_every_module_has_a_layer(graph):
    assert [name for name in graph if name != "backprop" and layer(name) < 0] == []
