"""Finding the page for a URL in two queries, whatever its depth.

Wagtail's `Page.route()` walks the tree from the home page one query per URL segment
(`get_children().get(slug=...)`), plus one `.specific` query per page on the way.
`route_for_request` here reads every page the walk can reach in ONE query (the home
page, and at each depth below it the pages with that segment's slug), walks them in
memory exactly as `Page.route()` would (child of this page, with this slug), and loads
the page it lands on with `.specific` (one more query). The first query also brings the
live language versions of those pages, for the language switcher and hreflang links.
Its rows are kept in each process until the next change to the site (the page cache's
generation), so a URL read before costs only the `.specific` query.

Behaviour stays Wagtail's: the walk follows the same rules (a page that is not live is
a 404, but its live children are not), `RoutablePageMixin` pages answer their own
sub-routes first (`bills/...` under the campaign index), and any page type with another
`route()` of its own gets the rest of the path handed to it. Where Wagtail would fail
(two children with one slug), its own routing runs instead, so the result never
differs from it.
"""

import functools

from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from pages.cache import process_lru
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
    # The home page and, at each depth below it, the pages with that segment's slug:
    # every page the walk can reach, plus the odd namesake in another branch.
    match = Q(pk=root.pk)
    for depth, slug in enumerate(components, start=root.depth + 1):
        match |= Q(depth=depth, slug=slug)
    found = _reachable(root, components, match)
    _remember_versions(
        request,
        found,
        match_keys={row.translation_key for row in found if _matches(row, root, components)},
    )
    # (Pages of other trees are left out here rather than in SQL, where a condition on
    # the path would lead the planner away from the slug and primary key indexes.)
    rows = [
        row for row in found if _matches(row, root, components) and row.path.startswith(root.path)
    ]
    node = next((row for row in rows if row.pk == root.pk), None)
    if node is None:
        raise _Fallback
    for index in range(len(components) + 1):
        remaining = components[index:]
        cls = node.specific_class
        if cls is None:
            raise _Fallback
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
        # As Page.route: the child of this page with the next slug, or a 404.
        children = [
            row
            for row in rows
            if row.depth == node.depth + 1
            and row.slug == remaining[0]
            and row.path.startswith(node.path)
        ]
        if not children:
            raise Http404
        if len(children) > 1:
            raise _Fallback
        child = children[0]
        child._cached_parent_obj = node  # as Page.route: get_parent() costs no query
        node = child
    raise _Fallback  # not reached: the loop returns on the last component


def _reachable(root, components, match):
    """The pages `match` finds and their live language versions, as fresh `Page`
    objects. The rows are read once per process and URL until the next change to the
    site (`process_lru`: any publish, unpublish, move or deletion drops them)."""
    names = _page_columns()

    def read():
        # The same query brings the live language versions of each of those pages,
        # which the language switcher and hreflang links show (see `versions_for`). A
        # UNION rather than an OR, which would cost PostgreSQL a scan of the page table.
        versions = Page.objects.filter(
            translation_key__in=Page.objects.filter(match).values("translation_key"),
            live=True,
            alias_of__isnull=True,
        ).order_by()  # SQLite allows no ORDER BY inside a UNION
        pages = Page.objects.filter(match).order_by().union(versions, all=True)
        pk = names.index("id")
        rows = {values[pk]: values for values in pages.values_list(*names)}
        return tuple(rows.values())

    rows = process_lru(("route", root.pk, tuple(components)), read)
    return [Page.from_db("default", names, values) for values in rows]


@functools.cache
def _page_columns():
    """The columns of a `Page` row, in the order `Page.from_db` takes them."""
    return [field.attname for field in Page._meta.concrete_fields]


def _matches(row, root, components):
    """Whether `row` met the routing half of the query (not only the versions half)."""
    if row.pk == root.pk:
        return True
    index = row.depth - root.depth - 1
    return 0 <= index < len(components) and row.slug == components[index]


def _remember_versions(request, rows, match_keys):
    """Keep the live, non-alias versions of the pages routing read, by translation key,
    for `versions_for` (complete for every key in `match_keys`)."""
    by_key = {key: {} for key in match_keys}
    for row in rows:
        if row.translation_key in by_key and row.live and row.alias_of_id is None:
            locale = locale_by_id(row.locale_id)
            if locale is not None:
                by_key[row.translation_key][locale.language_code] = row
    request._idp_route_versions = by_key


def versions_for(request, page):
    """The live language versions of `page` (by language code) if routing read them,
    else None."""
    by_key = getattr(request, "_idp_route_versions", None)
    if by_key is None:
        return None
    return by_key.get(page.translation_key)


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
