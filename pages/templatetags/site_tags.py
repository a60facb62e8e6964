"""Template tags for the page shell: navigation and small helpers."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Prefetch
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Page

from idp_site.caching.derived import cached_derived
from idp_site.caching.sites import find_site
from pages import phone_numbers
from pages.locales import active_locale, localized
from pages.models import HomePage, SiteSettings, live_help_line
from pages.models.help_line import tel_target
from pages.models.navigation import NavigationMenu, NavigationMenuItem
from pages.models.settings import HELP_AND_FOOTER_PAGES

register = template.Library()

MAIN_MENU = "main"
#: Rooms put a notice at the top of every public page (the alerts room's banner): each
#: function takes the template context and returns HTML, or "" for none. Rendered on
#: every request (never in a fragment): the page cache keeps a page 60 s at most.
SITE_NOTICES_HOOK = "site_notices"
FOOTER_MENU = "footer"


@dataclass(frozen=True)
class NavItem:
    """A menu entry: what the header needs of a page, small enough to cache."""

    pk: int
    title: str
    url: str


def _menus(locale, request):
    """{slot: NavItems} of the published staff-edited menus (main and footer, read in
    one query) for `locale`, else the default language's. A slot where staff made no
    menu is left out. A translation still being worked on is a draft, so it is not read
    here: the reader gets the default menu drawn in their language until it is published."""
    menus = {}
    links = Prefetch("items", queryset=NavigationMenuItem.objects.select_related("page"))
    rows = (
        NavigationMenu.objects.filter(slot__in=(MAIN_MENU, FOOTER_MENU), live=True)
        .select_related("locale")
        .prefetch_related(links)
    )
    for menu in rows:
        menus.setdefault(menu.slot, {})[menu.locale.language_code] = menu
    found = {}
    for slot, by_language in menus.items():
        menu = by_language.get(locale.language_code) or by_language.get(settings.LANGUAGE_CODE)
        if menu is not None:
            found[slot] = _menu_items(menu, locale, request)
    return found


def _menu_items(menu, locale, request):
    """The links of `menu` for a reader of `locale`: every page in the reader's language
    (its live translation), never a page of another language. A page with no live
    translation is left out rather than linked to the reader's home: a link whose label
    names a page should open that page. A menu of another language (no published menu
    of the reader's own yet) shows each page under its own translated title, and leaves
    out its addresses, whose labels are in that other language."""
    own_language = menu.locale_id == locale.pk
    links = sorted(menu.items.all(), key=lambda item: item.sort_order)
    # The pages of another language, swapped for their translations in one query.
    keys = [i.page.translation_key for i in links if i.page and i.page.locale_id != locale.pk]
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(translation_key__in=keys, locale=locale)
    }
    items = []
    for item in links:
        if item.url:
            if own_language:
                items.append(NavItem(0, item.label, item.url))
            continue
        page = item.page
        if page.locale_id != locale.pk:
            page = translations.get(page.translation_key)
        if page is None or not page.live:
            continue
        label = item.label if own_language and item.label else page.title
        items.append(NavItem(page.pk, label, page.get_url(request)))
    return items


def _navigation(request):
    """This language's home URL, its footer line and its live "show in menus" children,
    built once per site and language and kept in the cache until a page or setting
    changes (so the header and footer cost no query on most requests)."""
    if not hasattr(request, "_idp_navigation"):
        site = find_site(request)

        def build():
            if site is None:
                return {"home_url": "/", "items": [], "footer": [], "footer_text": ""}
            root = site.root_page
            locale = active_locale(request)
            home = root
            if root.locale_id != locale.pk:
                home = root.get_translation_or_none(locale) or root
            menus = _menus(locale, request)
            items = menus.get(MAIN_MENU)
            if items is None:
                children = home.get_children().live().in_menu()
                items = [NavItem(p.pk, p.title, p.get_url(request)) for p in children]
            footer = HomePage.objects.filter(pk=home.pk).values_list("footer_text", flat=True)
            return {
                "home_url": home.get_url(request) or "/",
                "items": items,
                "footer": menus.get(FOOTER_MENU) or [],
                "footer_text": next(iter(footer), "") or "",
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
def footer_links(context):
    """The footer links staff put in this language's footer menu."""
    request = context.get("request")
    return _navigation(request).get("footer", []) if request is not None else []


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The footer line of this language's home page, kept with the menu."""
    request = context.get("request")
    return _navigation(request)["footer_text"] if request is not None else ""


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    return _navigation(request)["home_url"] if request is not None else "/"


@register.simple_tag(takes_context=True)
def help_links(context):
    """The help bar's "Get legal help" and "For attorneys" addresses in the reader's
    language (each page's live translation, else the page itself), worked out once per
    site and language and kept with the menu until a page or setting changes."""
    request = context.get("request")
    if request is None:
        return {}
    if not hasattr(request, "_idp_help_links"):
        site = find_site(request)
        site_settings = SiteSettings.for_request(request) if site is not None else None

        def build():
            links = {}
            for name in HELP_AND_FOOTER_PAGES:
                page = localized(getattr(site_settings, name, None), request)
                links[name] = (page.get_url(request) or "") if page else ""
            return links

        name = f"help_links:{site.pk if site else 0}:{get_language()}"
        request._idp_help_links = cached_derived(name, build)
    return request._idp_help_links


@register.filter
def tel(number):
    """A phone number as a `tel:` target without spaces: "(212) 725-6422" becomes
    "+12127256422" (US numbers get their country code)."""
    return tel_target(number)


@register.simple_tag
def help_line():
    """The approved hotline (`number`, `tel`, and `hours` in the reader's language), the
    one source of the number on every page: `{% help_line as line %}`."""
    return live_help_line()


@register.simple_tag(takes_context=True)
def site_notices(context):
    """The notices of every room (`SITE_NOTICES_HOOK`), in the order they registered."""
    return mark_safe("".join(str(fn(context)) for fn in hooks.get_hooks(SITE_NOTICES_HOOK)))  # noqa: S308 (each hook returns rendered templates)


@register.filter(needs_autoescape=True)
def link_phone_numbers(text, autoescape=True):
    """Text or rich text HTML with every phone number made a `tel:` link (for phones)."""
    html = conditional_escape(text) if autoescape else text
    return mark_safe(phone_numbers.link_phone_numbers(html))  # noqa: S308 (escaped above)


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
