"""Read the project's import graph from its source (an AST walk, nothing is imported).

Each module of the app packages belongs to a *room* (docs/architecture.md); `ALLOWED`
says which rooms a room may import. Tests import anything, so they are not walked;
migrations are history, so they are not walked either.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("idp_site", "pages", "campaigns")

# Longest prefix wins.
ROOMS = {
    "idp_site.devtools": "devtools",
    "idp_site.accounts": "accounts",
    "idp_site.submissions": "submissions",
    "idp_site.urls": "composition",
    "idp_site.health": "composition",  # /health/ reads every part of the site
    "idp_site.wsgi": "composition",
    "idp_site": "idp_site",
    "pages.intake": "intake",
    "pages.resources": "resources",
    "pages.events": "events",
    "pages.alerts": "alerts",
    "pages": "pages",
    "campaigns.legislation": "legislation",
    "campaigns": "campaigns",
}

# The arrows: campaigns -> pages -> idp_site; intake -> submissions; campaigns ->
# submissions; legislation knows nothing of pages or campaigns; nobody but devtools
# imports devtools. The URL map ("composition") wires the apps together.
ALLOWED = {
    "idp_site": {"idp_site"},
    "accounts": {"accounts", "idp_site"},
    "submissions": {"submissions", "accounts", "idp_site"},
    "pages": {"pages", "submissions", "accounts", "idp_site"},
    "intake": {"intake", "pages", "submissions", "accounts", "idp_site"},
    "resources": {"resources", "pages", "submissions", "accounts", "idp_site"},
    "events": {"events", "pages", "submissions", "accounts", "idp_site"},
    "alerts": {"alerts", "pages", "submissions", "accounts", "idp_site"},
    "legislation": {"legislation", "idp_site"},
    "campaigns": {"campaigns", "legislation", "pages", "submissions", "accounts", "idp_site"},
    "composition": {
        "composition",
        "idp_site",
        "accounts",
        "submissions",
        "pages",
        "intake",
        "resources",
        "events",
        "alerts",
        "legislation",
        "campaigns",
    },
    "devtools": set(ROOMS.values()),
}


@dataclass(frozen=True)
class Import:
    source: str  # importing module
    target: str  # imported project module
    line: int
    top_level: bool  # False: inside a function or method


def room(module):
    best = max((p for p in ROOMS if module == p or module.startswith(p + ".")), key=len)
    return ROOMS[best]


def module_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT)
            if "migrations" in rel.parts:
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path


def _known(modules):
    return set(modules)


def _resolve(name, known):
    """The project module a dotted name refers to (a module, or a name in one)."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _absolute(node, module, is_package):
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join(base + ([node.module] if node.module else []))


class _Visitor(ast.NodeVisitor):
    def __init__(self, module, is_package, known):
        self.module, self.is_package, self.known = module, is_package, known
        self.depth = 0
        self.found = []

    def _function(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def _add(self, name, node):
        target = _resolve(name, self.known)
        if target is not None and target != self.module:
            self.found.append(Import(self.module, target, node.lineno, self.depth == 0))

    def visit_Import(self, node):
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node):
        base = _absolute(node, self.module, self.is_package)
        for alias in node.names:
            candidate = f"{base}.{alias.name}"
            self._add(candidate if _resolve(candidate, self.known) == candidate else base, node)


def project_imports():
    files = dict(module_files())
    known = _known(files)
    imports = []
    for module, path in files.items():
        visitor = _Visitor(module, path.name == "__init__.py", known)
        visitor.visit(ast.parse(path.read_text(), filename=str(path)))
        imports.extend(visitor.found)
    return imports


def forbidden(imports):
    return [i for i in imports if room(i.target) not in ALLOWED[room(i.source)]]


def _reachable(graph, start):
    seen, todo = set(), list(graph.get(start, ()))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return seen


def cycles(imports):
    """Groups of modules (more than one) that import each other at module level."""
    graph = {}
    for i in imports:
        if i.top_level:
            graph.setdefault(i.source, set()).add(i.target)
    reach = {node: _reachable(graph, node) for node in graph}
    groups = {
        frozenset({node} | {other for other in reach[node] if node in reach.get(other, ())})
        for node in graph
        if node in reach[node]
    }
    return sorted(sorted(group) for group in groups if len(group) > 1)
