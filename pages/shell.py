"""What the shell of every page shows (menus, footer line, help links, the hotline),
derived from published content and kept with the content version
(idp_site/caching/derived.py): built by the first reader after a change, then read in
one cache call. The help bar and the footer are also kept rendered (the fragment tag,
pages/templatetags/fragment_tags.py); the header's menu is read from here on every render.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from idp_site.caching.derived import cached_derived
from pages.models import HomePage, ReportPage, SiteSettings, live_help_line
from pages.models.base import public_only
from pages.models.navigation import NavigationMenu, NavigationMenuItem
from pages.models.settings import HELP_AND_FOOTER_PAGES

MAIN_MENU = "main"
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


def navigation(request):
    """This language's home URL, its footer line, its main menu (the staff-edited menu,
    else the live "show in menus" children of the home page) and its footer menu."""
    site = Site.find_for_request(request)
    language = get_language()

    def build():
        if site is None:
            return {"home_url": "/", "items": [], "footer": [], "footer_text": ""}
        locale = Locale.get_active()
        root = site.root_page
        home = _live_translations([root], locale).get(root.translation_key, root)
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

    return cached_derived(f"navigation:{site.pk if site else 0}:{language}", build)


def _live_translations(pages, locale):
    """{translation_key: live page in `locale`} for `pages`, in one query (what Wagtail's
    `Page.localized` gives page by page, at two queries each)."""
    keys = [page.translation_key for page in pages if page.locale_id != locale.pk]
    found = {page.translation_key: page for page in pages if page.locale_id == locale.pk}
    if keys:
        others = Page.objects.live().filter(translation_key__in=keys, locale=locale)
        found.update((page.translation_key, page) for page in others)
    return found


def help_links(request):
    """The help bar's and footer's links to pages ("Get legal help", "For attorneys",
    contact...) in the reader's language: each page's live translation, else the page."""
    site = Site.find_for_request(request)

    def build():
        site_settings = SiteSettings.for_request(request) if site is not None else None
        pages = {name: getattr(site_settings, name, None) for name in HELP_AND_FOOTER_PAGES}
        present = [p for p in pages.values() if p is not None]
        translated = _live_translations(present, Locale.get_active())
        links = {}
        for name, page in pages.items():
            page = translated.get(page.translation_key, page) if page is not None else None
            links[name] = (page.get_url(request) or "") if page else ""
        return links

    return cached_derived(f"help_links:{site.pk if site else 0}:{get_language()}", build)


def help_line():
    """The live help line (number, hours), kept with the content version."""
    return cached_derived("help_line", live_help_line)


def feeds_with_entries():
    """Which of the site's feeds have entries in the reader's language ({"reports":
    bool, "updates": bool}): a feed is linked only where it has something to show."""

    def build():
        locale = Locale.get_active()
        reports = public_only(ReportPage.objects.live()).filter(locale=locale)
        updates = public_only(Page.objects.live()).filter(locale=locale, depth__gt=2)
        return {"reports": reports.exists(), "updates": updates.exists()}

    return cached_derived(f"feeds-with-entries:{get_language()}", build)
