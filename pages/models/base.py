"""The abstract page every public page type of the site inherits from."""

import json
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, PageViewRestriction

from idp_site.caching.derived import cached_derived
from pages import untranslated
from pages.models.help_line import live_help_line
from pages.phone_numbers import typed_hotline


def public_only(queryset, request=None):
    """`queryset.public()`, from the view restrictions kept in the cache until the next
    change to the site (adding or removing one is a change), so listings cost no query
    for them. `request` is accepted for the callers written when it was read once per
    request."""
    return queryset.exclude(private_q())


def private_q():
    """`PageQuerySet.private_q()` from the remembered view restrictions (no query)."""
    private = Q(pk__in=[])
    for path, depth in restricted_pages():
        private |= Q(path__startswith=path, depth__gte=depth)
    return private


def restricted_pages():
    """(path, depth) of every page with a view restriction, usually none; kept until the
    next change to the site (adding or removing a restriction is one)."""

    def build():
        restricted = PageViewRestriction.objects.values_list("page__path", "page__depth")
        return sorted(set(restricted))

    return cached_derived("view-restrictions", build)


@dataclass(frozen=True)
class Card:
    """What a listing card shows of a page (includes/card.html): small enough to keep
    in the cache, so a listing that rarely changes costs no query."""

    pk: int
    title: str
    card_url: str
    listing_summary: str
    #: The page type, for the card's illustration (e.g. "reportpage").
    kind: str = ""
    #: A short status shown as a badge (a campaign's "Won"), and its key for styling.
    badge: str = ""
    badge_key: str = ""

    @classmethod
    def of(cls, page, request, badge=True):
        """The card of `page`; without `badge` for lists that show none (search
        results): a badge reads a field of the page's own type, one query for each page
        loaded with only the common fields (see `for_listing`)."""
        return cls(
            page.pk,
            page.title,
            page.get_url(request) or "",
            page.listing_summary or "",
            kind=type(page).__name__.lower(),
            badge=str(getattr(page, "card_badge", "") or "") if badge else "",
            badge_key=str(getattr(page, "card_badge_key", "") or "") if badge else "",
        )

    @classmethod
    def section(cls, section, request):
        """A listing section (`heading`, `items` pages, `more_url`...) with cards for
        items and plain strings for the rest."""
        plain = {k: "" if v is None else str(v) for k, v in section.items() if k != "items"}
        return {**plain, "items": [cls.of(page, request) for page in section["items"]]}


def lazy_page_of(queryset, per_page, number, request=None):
    """`Paginator(queryset, per_page).get_page(number)`, counted and read only when a
    template first uses it: a listing served from a cached fragment costs no query.
    With `request`, the page's items are `Card`s (see `cards`)."""

    def get_page():
        page_obj = Paginator(queryset, per_page).get_page(number)
        if request is not None:
            page_obj.object_list = cards(page_obj.object_list, request)
        return page_obj

    page_obj = SimpleLazyObject(get_page)
    return page_obj, SimpleLazyObject(lambda: list(page_obj.object_list))


def cards(pages, request):
    """`Card`s of `pages`, for includes/card.html. Handing it the pages themselves costs
    more per card than it seems: each field a card may show and a page type lacks makes
    the template engine list every attribute of the page (`dir()`) to tell a missing
    attribute from a failing property, about 0.2 ms a card."""
    return [Card.of(page, request) for page in pages]


def cached_listing(request, name, build):
    """`build()` (lists of `Card`s and plain values) kept under the content version
    for this language and host, like the menu: any publish drops it. Built
    afresh, never kept, for previews (an editor sees the draft's own choices) and when
    PAGE_FRAGMENT_CACHE is off (query budgets count full renders)."""
    if getattr(request, "is_preview", False) or not getattr(settings, "PAGE_FRAGMENT_CACHE", True):
        return build()
    return cached_derived(f"listing:{name}:{get_language()}:{request.get_host()}", build)


def for_listing(pages):
    """`pages` (plain `Page` rows) as their own classes, for listings that show a
    title, a link and `listing_summary`. A page with a search description needs no
    query for that: it becomes its class with only the common fields loaded. The others
    are loaded in one query per page type. (`.specific()` costs one query per type among
    all the pages, so a listing of mixed types grows with the number of types.)"""
    pages = list(pages)
    missing = [p for p in pages if not p.search_description]
    loaded = {}
    if missing:
        qs = Page.objects.filter(pk__in=[p.pk for p in missing]).specific()
        loaded = {p.pk: p for p in qs}
    return [loaded[p.pk] if p.pk in loaded else p.get_specific(deferred=True) for p in pages]


TYPED_HOTLINE = _(
    "This text types the hotline number (%(typed)s). Insert the hotline element instead "
    "(the phone button of the text toolbar) or add a Hotline block: they always show the "
    "number the Help line has, so it changes on every page at once. In a plain text box, "
    'write "our hotline" without the number.'
)


def searchable_text(value):
    """A form value as text to search for phone numbers: text as it is, a StreamField's
    value as its stored JSON (every block's text in one string)."""
    if isinstance(value, str):
        return value
    if hasattr(value, "get_prep_value"):  # a StreamValue
        return json.dumps(value.get_prep_value(), ensure_ascii=False, default=str)
    return ""


class BasePageForm(WagtailAdminPageForm):
    """Asks for a meta description before a page in the default language is published,
    and refuses the hotline typed into page text (it would stay behind when the number
    changes).

    Page types with more publishing rules (stories need recorded consent) extend this
    form and use `is_publishing`.
    """

    DESCRIPTION_MISSING = _("Write a short description for search engines and link previews first.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("search_description")
        if field is not None and self._in_default_locale(getattr(self.instance, "locale", None)):
            # Marked required so the editor shows the asterisk; Wagtail defers required
            # fields when a draft is saved, so only publishing and submitting need it.
            field.required = True
            field.error_messages["required"] = self.DESCRIPTION_MISSING

    @staticmethod
    def _in_default_locale(locale):
        return locale is None or locale.language_code == settings.LANGUAGE_CODE

    @property
    def is_publishing(self):
        """Whether the editor asked to publish now, schedule, or submit for approval."""
        return "action-publish" in self.data or "action-submit" in self.data

    def clean(self):
        cleaned = super().clean()
        locale = cleaned.get("locale") or getattr(self.instance, "locale", None)
        if (
            self.is_publishing
            and self._in_default_locale(locale)
            and "search_description" in self.fields
            and "search_description" not in self.errors
            and not (cleaned.get("search_description") or "").strip()
        ):
            self.add_error("search_description", self.DESCRIPTION_MISSING)
        self._refuse_typed_hotline(cleaned)
        return cleaned

    def _refuse_typed_hotline(self, cleaned):
        number = live_help_line().number
        for name, value in list(cleaned.items()):  # add_error removes from cleaned
            typed = typed_hotline(searchable_text(value), number)
            if typed and name not in self.errors:
                error = ValidationError(TYPED_HOTLINE, params={"typed": typed[0]})
                self.add_error(name, error)


class BasePage(Page):
    """Common behaviour of public pages: the description check above, a
    `listing_summary` used by cards, search results and feeds, and what link previews and
    search engines get (`share_image`, `structured_data`)."""

    base_form_class = BasePageForm

    #: Schema.org type used in Open Graph ("website" or "article").
    og_type = "website"

    #: Relations the page's template shows (cover image, file, linked page), read with
    #: the page itself when it is served (`route`) instead of one query each.
    serve_select_related = ()

    #: Whether anonymous readers may get this page from the page cache and CDNs. Page
    #: types with a form or personal data set it to False (see idp_site/caching/middleware.py).
    cache_public = True

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        return self.search_description

    @property
    def share_image(self):
        """The image link previews show; None means the site's default share image."""
        return None

    def get_view_restrictions(self):
        """Wagtail's answer, without its two queries when the site has no view
        restriction at all (the usual case)."""
        if not restricted_pages():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        """Wagtail's view, with the English a translation still holds (strings with no
        translation yet, see pages/untranslated.py) marked `lang="en"`."""
        response = super().serve(request, *args, **kwargs)
        mark = untranslated.marker(self)
        if mark is not None and hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(mark)
        return response

    def route(self, request, path_components):
        """`Page.route`, reading every page on the rest of the path in one query instead
        of two per level. A page type with a `route()` of its own (a routable page) gets
        the rest of the path handed to it, as Wagtail does."""
        if not path_components:
            return super().route(request, path_components)
        match = Q()
        for depth, slug in enumerate(path_components, start=self.depth + 1):
            match |= Q(depth=depth, slug=slug)
        # Pages of other branches with the same slugs are dropped here, not in SQL, so
        # the planner keeps to the slug index.
        rows = getattr(self, "_idp_route_rows", None)
        if rows is None:
            rows = [row for row in Page.objects.filter(match) if row.path.startswith(self.path)]
        node = self
        for index, slug in enumerate(path_components):
            child = next((r for r in rows if _is_child(r, node, slug)), None)
            cls = child.specific_class if child is not None else None
            if cls is None:
                raise Http404
            child._cached_parent_obj = node  # as Page.route: get_parent() costs no query
            if cls.route not in (BasePage.route, Page.route):
                routable = for_serving(child)
                # The rows below it are read already: its own route() falls back to this
                # one for the rest of the path without reading them again.
                routable._idp_route_rows = rows
                return routable.route(request, path_components[index + 1 :])
            node = child
        return for_serving(node).route(request, [])

    def structured_data(self, url, image_url=None, organization=None):
        """A JSON-LD dict describing this page for search engines, or None.

        `url` is the page's canonical address, `image_url` its share image's absolute
        address, `organization` the site's schema.org Organization (as a dict)."""
        return None


def _is_child(row, parent, slug):
    return row.depth == parent.depth + 1 and row.slug == slug and row.path.startswith(parent.path)


def for_serving(node):
    """The page as its own class, with the relations its type names in
    `serve_select_related` read in the same query."""
    cls = node.specific_class
    related = getattr(cls, "serve_select_related", ())
    if not related or cls is None:
        return node.specific
    page = cls._default_manager.select_related(*related).get(pk=node.pk)
    if hasattr(node, "_cached_parent_obj"):
        page._cached_parent_obj = node._cached_parent_obj
    return page
