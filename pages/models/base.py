"""The abstract page every public page type of the site inherits from."""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, PageViewRestriction

from pages import untranslated
from pages.models.help_line import live_help_line
from pages.phone_numbers import typed_hotline
from pages.restrictions import private_q, public_only, restricted_pages  # noqa: F401 (public names)


def page_of(queryset, per_page, number):
    """`Paginator(queryset, per_page).get_page(number)`."""
    return Paginator(queryset, per_page).get_page(number)


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
    #: types with a form or personal data set it to False (`serve` marks them private).
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
        translation yet, see pages/untranslated.py) marked `lang="en"`, and marked
        `Cache-Control: private` for a page type that must not be shared."""
        response = super().serve(request, *args, **kwargs)
        if not self.cache_public and not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True)
        mark = untranslated.marker(self)
        if mark is not None and hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(mark)
        return response

    def route(self, request, path_components):
        """`Page.route` with Wagtail's rules (drafts 404, a routable page answers the
        rest of the path), reading every page on the rest of the path in one query
        instead of two per level, and the page served with its `serve_select_related`."""
        if not path_components:
            return super().route(request, path_components)
        match = Q()
        for depth, slug in enumerate(path_components, start=self.depth + 1):
            match |= Q(depth=depth, slug=slug)
        # Pages of other branches with the same slugs are dropped here, not in SQL, so
        # the planner keeps to the slug index.
        rows = [row for row in Page.objects.filter(match) if row.path.startswith(self.path)]
        node = self
        for index, slug in enumerate(path_components):
            child = next((r for r in rows if _is_child(r, node, slug)), None)
            cls = child.specific_class if child is not None else None
            if cls is None:
                raise Http404
            if cls.route not in (BasePage.route, Page.route):
                return for_serving(child).route(request, path_components[index + 1 :])
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
    return cls._default_manager.select_related(*related).get(pk=node.pk)
