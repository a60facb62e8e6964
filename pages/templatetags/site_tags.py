"""Template tags for the page shell: navigation and small helpers."""

from dataclasses import dataclass

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from pages.cache import cached_derived
from pages.lookups import localized_root

register = template.Library()


@dataclass(frozen=True)
class NavItem:
    """A menu entry: what the header needs of a page, small enough to cache."""

    pk: int
    title: str
    url: str


def _navigation(request):
    """This language's home URL and its live "show in menus" children, built once per
    site and language and kept in the page cache until a page or setting changes (so
    the header costs no query on most requests)."""
    if not hasattr(request, "_idp_navigation"):
        site = Site.find_for_request(request)

        def build():
            if site is None:
                return {"home_url": "/", "items": []}
            root = site.root_page
            home = root.get_translation_or_none(Locale.get_active()) or root
            children = home.get_children().live().in_menu()
            return {
                "home_url": home.get_url(request) or "/",
                "items": [NavItem(p.pk, p.title, p.get_url(request)) for p in children],
            }

        name = f"navigation:{site.pk if site else 0}:{get_language()}"
        request._idp_navigation = cached_derived(name, build)
    return request._idp_navigation


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """The live children of this language's home page that are marked "show in menus"."""
    request = context.get("request")
    return _navigation(request)["items"] if request is not None else []


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer line of this language's home page, kept with the menu until a page or
    setting changes."""
    request = context.get("request")
    if request is None:
        return ""
    site = Site.find_for_request(request)
    if site is None:
        return ""

    def build():
        from pages.models import HomePage

        home = HomePage.objects.filter(pk=localized_root(site).pk)
        return home.values_list("footer_text", flat=True).first()

    return cached_derived(f"footer-text:{site.pk}:{get_language()}", build) or ""


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    return _navigation(request)["home_url"] if request is not None else "/"


HELP_AND_FOOTER_PAGES = (
    "legal_help_page",
    "attorney_page",
    "contact_page",
    "press_page",
    "privacy_page",
    "donate_page",
)


@register.simple_tag(takes_context=True)
def help_links(context):
    """The help bar's "Get legal help" and "For attorneys" addresses in the reader's
    language (each page's live translation, else the page itself), worked out once per
    site and language and kept with the menu until a page or setting changes."""
    request = context.get("request")
    if request is None:
        return {}
    if not hasattr(request, "_idp_help_links"):
        from pages.models import SiteSettings

        site = Site.find_for_request(request)
        site_settings = SiteSettings.for_request(request) if site is not None else None

        def build():
            links = {}
            for name in HELP_AND_FOOTER_PAGES:
                page = getattr(site_settings, name, None)
                links[name] = (page.localized.get_url(request) or "") if page else ""
            return links

        name = f"help_links:{site.pk if site else 0}:{get_language()}"
        request._idp_help_links = cached_derived(name, build)
    return request._idp_help_links


@register.filter
def tel(number):
    """A phone number as a `tel:` target without spaces: "(212) 725-6422" becomes
    "+12127256422" (US numbers get their country code)."""
    digits = "".join(ch for ch in str(number or "") if ch.isdigit())
    if len(digits) == 10:
        digits = "1" + digits
    return f"+{digits}" if digits else ""


@register.filter
def page_kind(item):
    """The kind of a listed item for its card's drawing: a `Card`'s `kind`, else the
    page's class name in lower case (e.g. "reportpage")."""
    return getattr(item, "kind", "") or type(item).__name__.lower()


@register.filter
def blocks_of_type(stream, block_type):
    """The blocks of a StreamField value of one type ("key_figure"), or of every other
    type ("-key_figure"), in order: lets a template set a run of figures as a band."""
    if block_type.startswith("-"):
        return [block for block in stream if block.block_type != block_type[1:]]
    return [block for block in stream if block.block_type == block_type]
