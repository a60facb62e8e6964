"""Which pages are private (under a view restriction): derived data kept with the
content version, since adding, changing or removing a restriction replaces it. Listings
and Wagtail's view check then cost no query for restrictions, which most sites never set.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from idp_site.caching.derived import cached_derived


def restricted_pages():
    """(path, depth) of every page with a view restriction, usually none."""

    def build():
        restricted = PageViewRestriction.objects.values_list("page__path", "page__depth")
        return sorted(set(restricted))

    return cached_derived("view-restrictions", build)


def private_q():
    """`PageQuerySet.private_q()` from `restricted_pages()`."""
    private = Q(pk__in=[])
    for path, depth in restricted_pages():
        private |= Q(path__startswith=path, depth__gte=depth)
    return private


def public_only(queryset, request=None):
    """`queryset.public()` from `restricted_pages()`. `request` is accepted for the
    callers written when it was read once per request."""
    return queryset.exclude(private_q())
