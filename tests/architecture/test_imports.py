"""The house's arrows (docs/architecture.md), read from the source: a test fails on any
import against them, on any import cycle, and on imports hidden in functions."""

from tests.architecture.imports import (
    ALLOWED,
    Import,
    cycles,
    forbidden,
    project_imports,
    room,
)


def _lines(imports):
    return sorted({f"{i.source}:{i.line} -> {i.target}" for i in imports})


def test_every_import_follows_the_arrows():
    assert _lines(forbidden(project_imports())) == []


def test_no_import_cycles():
    assert cycles(project_imports()) == []


def test_no_project_imports_inside_functions():
    # The one idiom kept: an AppConfig.ready() registering checks or signals.
    hidden = [
        i
        for i in project_imports()
        if not i.top_level and not i.source.endswith(".apps") and room(i.source) != "devtools"
    ]
    assert _lines(hidden) == []


def test_the_walk_sees_a_forbidden_import_and_a_cycle():
    """The checks above are only as good as the graph: feed them known faults."""
    wrong = [
        Import("campaigns.legislation.models", "pages.models", 1, True),
        Import("pages.views", "idp_site.devtools.demo.pages", 2, True),
        Import("pages.models.base", "campaigns.models", 3, True),
    ]
    assert len(forbidden(wrong)) == 3
    loop = [Import("pages.a", "pages.b", 1, True), Import("pages.b", "pages.a", 1, True)]
    assert cycles(loop) == [["pages.a", "pages.b"]]
    assert "pages" not in ALLOWED["legislation"]


def test_the_walk_reads_the_real_tree():
    imports = project_imports()
    # A sample of edges that exist today: if these vanish the walk is broken, not clean.
    edges = {(i.source, i.target) for i in imports}
    assert ("pages.intake.forms", "pages.intake.models.records") in edges
    assert len(imports) > 200
