"""What keeps caching in its three places (docs/architecture.md, "Caches"): nothing is
stuck on the request, no private attribute of a Wagtail or Django object is read or
written, and models and template tags know nothing of the cache layer except the one
fragment tag. Read from the source (an AST walk, nothing is imported); each rule is
shown to catch a planted fault."""

import ast

from tests.architecture.imports import Import, module_files, project_imports, room

#: Attributes Django documents as set on a request by application code: the
#: `sensitive_post_parameters` decorator's marker, and a query string replaced whole.
REQUEST_ATTRIBUTES_ALLOWED = {"sensitive_post_parameters", "GET"}
#: Underscored names Django documents as public API (Model._meta, the managers, _state).
DOCUMENTED_PRIVATE = {"_meta", "_default_manager", "_base_manager", "_state"}
#: The one module of template tags that may use the cache layer.
FRAGMENT_TAG_MODULE = "pages.templatetags.fragment_tags"
CACHE_ROOM = "idp_site.caching"


def _is_request(node):
    return isinstance(node, ast.Name) and node.id == "request"


def _private(name):
    return name.startswith("_") and not name.startswith("__") and name not in DOCUMENTED_PRIVATE


def request_attributes(source):
    """Line numbers of `request.x = ...` and `setattr(request, ...)` in `source`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and _is_request(target.value)
                and target.attr not in REQUEST_ATTRIBUTES_ALLOWED
            ):
                found.append(node.lineno)
        if _calls(node, "setattr") and node.args and _is_request(node.args[0]):
            found.append(node.lineno)
    return found


def _calls(node, name):
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def _own(owner):
    """`self`, `cls` and `super()`: the class's own attributes, inherited ones too."""
    if isinstance(owner, ast.Name):
        return owner.id in ("self", "cls")
    return _calls(owner, "super")


def private_accesses(source):
    """Line numbers where `source` reads or writes `obj._name` of an object not its own
    (`self._x`, `cls._x` and `super()._x` are the class's own; dunders and the underscored names
    Django documents are public), or names one through getattr/setattr/hasattr."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            if not _own(node.value):
                found.append(node.lineno)
        elif any(_calls(node, name) for name in ("getattr", "setattr", "hasattr")):
            owner, name = (node.args + [None, None])[:2]
            literal = isinstance(name, ast.Constant) and isinstance(name.value, str)
            if literal and _private(name.value) and not _own(owner):
                found.append(node.lineno)
    return found


def _content_code(module):
    """Models and template tags of the content rooms (pages, campaigns and the rooms
    inside them)."""
    parts = module.split(".")
    return parts[0] in ("pages", "campaigns") and ("models" in parts or "templatetags" in parts)


def caching_imports(imports):
    """Imports of the cache layer from models or template tags, but the fragment tag."""
    return [
        i
        for i in imports
        if (i.target == CACHE_ROOM or i.target.startswith(CACHE_ROOM + "."))
        and _content_code(i.source)
        and i.source != FRAGMENT_TAG_MODULE
    ]


def _app_code():
    for module, path in module_files():
        if room(module) != "devtools":
            yield module, path.read_text()


def test_nothing_is_stuck_on_the_request():
    found = [f"{m}:{line}" for m, text in _app_code() for line in request_attributes(text)]
    assert found == []


def test_no_private_attribute_of_another_object():
    found = [f"{m}:{line}" for m, text in _app_code() for line in private_accesses(text)]
    assert found == []


def test_models_and_tags_know_nothing_of_the_cache():
    found = [f"{i.source}:{i.line} -> {i.target}" for i in caching_imports(project_imports())]
    assert found == []


def test_each_rule_catches_a_planted_fault():
    planted = "def view(request):\n    request._idp_menu = 1\n    setattr(request, 'x', 2)\n"
    assert request_attributes(planted) == [2, 3]
    allowed = "def view(request):\n    request.sensitive_post_parameters = '__ALL__'\n"
    assert request_attributes(allowed) == []

    planted = (
        "def route(self, page, request):\n"
        "    page._cached_parent_obj = self\n"  # a write
        "    site = request._wagtail_site\n"  # a read
        "    getattr(request, '_csp_nonce', None)\n"  # through getattr
        "    self._mine = page._meta.label\n"  # our own, and documented: fine
        "    getattr(self, '_mine', None)\n"
        "    return page.__class__\n"
    )
    assert private_accesses(planted) == [2, 3, 4]

    imports = [
        Import("pages.models.reports", "idp_site.caching.derived", 1, True),
        Import("campaigns.templatetags.campaign_tags", "idp_site.caching", 2, True),
        Import("pages.resources.models", "idp_site.caching.version", 3, True),
        Import(FRAGMENT_TAG_MODULE, "idp_site.caching.version", 4, True),
        Import("pages.navigation", "idp_site.caching.derived", 5, True),
    ]
    assert [i.line for i in caching_imports(imports)] == [1, 2, 3]
