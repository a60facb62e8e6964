"""Finding the page for a URL in two queries, whatever its depth.

Wagtail's `Page.route()` walks the tree from the home page one query per URL segment
(`get_children().get(slug=...)`), plus one `.specific` query per page on the way. Each
page stores its `url_path` (the slugs from the tree root), so `route_for_request` here
reads every page on the way in ONE query (the home page's `url_path` plus each prefix of
the requested path), walks them as `Page.route()` would, and loads the page it lands on
with `.specific` (one more query).

Behaviour stays Wagtail's: the walk follows the same rules (a page that is not live is
a 404, but its live children are not), `RoutablePageMixin` pages answer their own
sub-routes first (`bills/...` under the campaign index), and any page type with another
`route()` of its own gets the rest of the path handed to it. Whenever the rows read do
not form one clean branch (a missing or repeated `url_path`), Wagtail's own routing
runs instead, so the result never differs from it.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from pages.lookups import locale_by_id, localized_root


class _Fallback(Exception):  # noqa: N818
    """The fast walk cannot vouch for the answer: let Wagtail route."""


def route_for_request(request, path):
    """`Page.route_for_request`, in two queries; cached on the request the same way."""
    if not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = _route(request, path)
        except _Fallback:
            return Page.route_for_request(request, path)
        except Http404:
            request._wagtail_route_for_request = None
    return request._wagtail_route_for_request


def _route(request, path):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    root = localized_root(site)
    components = [c for c in path.split("/") if c]
    prefixes = [root.url_path]
    for component in components:
        prefixes.append(prefixes[-1] + component + "/")
    # The slug narrows the search through its index (url_path has none).
    slugs = {prefix.rstrip("/").rsplit("/", 1)[-1] for prefix in prefixes}
    rows = list(Page.objects.filter(slug__in=slugs, url_path__in=prefixes).order_by("depth"))
    by_url = {}
    for row in rows:
        if row.url_path in by_url:
            raise _Fallback  # two pages share a url_path: let Wagtail decide
        by_url[row.url_path] = row
    node = by_url.get(root.url_path)
    if node is None or node.pk != root.pk:
        raise _Fallback
    parent = None
    for index in range(len(components) + 1):
        remaining = components[index:]
        cls = node.specific_class
        if cls is None:
            raise _Fallback
        if parent is not None:
            # What Page.route sets, so `get_parent()` costs no query.
            node._cached_parent_obj = parent
        route = cls.route
        if route is RoutablePageMixin.route:
            if node.live and _resolves(cls, remaining):
                return _specific(node).route(request, remaining)
        elif route is not Page.route:
            return _specific(node).route(request, remaining)
        if not remaining:
            if not node.live:
                raise Http404
            return RouteResult(_specific(node))
        child = by_url.get(prefixes[index + 1])
        if child is None:
            raise Http404
        if child.depth != node.depth + 1 or not child.path.startswith(node.path):
            raise _Fallback
        parent, node = node, child
    raise _Fallback  # not reached: the loop returns on the last component


def _resolves(cls, components):
    """Whether a routable page of class `cls` has a sub-route for these components (as
    `RoutablePageMixin.route` tries first), without loading the page."""
    path = "/" + "".join(c + "/" for c in components)
    try:
        cls.get_resolver().resolve(path)
    except Http404:
        return False
    return True


def _specific(node):
    """The page as its own class, with the relations its type names in
    `serve_select_related` (images, files, linked pages) read in the same query."""
    cls = node.specific_class
    related = getattr(cls, "serve_select_related", ())
    if related and not isinstance(node, cls):
        page = cls._default_manager.select_related(*related).get(pk=node.pk)
        for key, value in node.__dict__.items():  # as Page.get_specific() copies them
            page.__dict__.setdefault(key, value)
    else:
        page = node.specific
    locale = locale_by_id(page.locale_id)
    if locale is not None:
        page.locale = locale  # templates read page.locale: no query for it
    return page
