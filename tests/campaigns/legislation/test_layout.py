"""The legislation app knows nothing of pages or campaigns (campaigns imports it, never
the reverse), and imports at module level only."""

import ast
from pathlib import Path

import campaigns.legislation

ROOT = Path(campaigns.legislation.__file__).parent


def _imports(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield node, [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node, [node.module or ""]


def _function_nodes(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield from ast.walk(node)


def test_legislation_imports_neither_pages_nor_campaigns():
    wrong = []
    for path in ROOT.rglob("*.py"):
        for _node, names in _imports(ast.parse(path.read_text())):
            for name in names:
                top = name.split(".")[0]
                inside = name == "campaigns.legislation" or name.startswith(
                    "campaigns.legislation."
                )
                if top == "pages" or (top == "campaigns" and not inside):
                    wrong.append(f"{path.relative_to(ROOT)}: {name}")
    assert wrong == []


def test_legislation_has_no_function_level_imports():
    wrong = []
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        inner = set(_function_nodes(ast.parse(path.read_text())))
        wrong += [
            f"{path.relative_to(ROOT)}:{node.lineno}"
            for node in inner
            if isinstance(node, (ast.Import, ast.ImportFrom))
        ]
    assert wrong == []
