"""No function longer than 60 lines outside migrations and demo data. (Complexity is
held by ruff's C90 rule at 10, configured in pyproject.toml and run by CI.)"""

import ast

from tests.architecture.imports import module_files, room

MAX_LINES = 60


def long_functions():
    found = []
    for module, path in module_files():
        if module.startswith("idp_site.devtools.demo"):
            continue  # demo data: long lists of content, not logic
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_LINES:
                    found.append(f"{module}.{node.name} ({length} lines, {room(module)})")
    return sorted(found)


def test_no_function_over_60_lines():
    assert long_functions() == []
