"""The demo's header and footer menus, as staff build them in the menu editor (a menu
snippet of links to pages), and their Spanish translation through wagtail-localize.

Idempotent: a menu is written (a new revision, published) only when its links differ
from the ones below, and translated again only when its source changed.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from idp_site.devtools.demo.translate import translate_strings
from idp_site.devtools.demo.translations_es import SPANISH
from pages.models import HomePage, NavigationMenu, NavigationMenuItem

#: slot -> [(url_path of the page below the English home, label or "" for its title)]
MENUS = {
    "main": [
        ("get-legal-help", "Get legal help"),
        ("our-work", ""),
        ("campaigns", ""),
        ("reports", ""),
        ("library/for-defenders", ""),
        ("library/for-our-community", ""),
        ("library/for-advocates", ""),
        ("stories", ""),
        ("about", "About us"),
    ],
    "footer": [
        ("attorneys", "For defense attorneys"),
        ("strategic-research-initiatives", ""),
    ],
}


def _wanted_links(home, links):
    """[(page, label)] of the pages that exist, in order."""
    wanted = []
    for slug, label in links:
        page = Page.objects.filter(url_path=f"{home.url_path}{slug}/").first()
        if page is not None:
            wanted.append((page, label))
    return wanted


def upsert_menu(slot, home, links):
    """The English menu of `slot` with `links`; returns (menu, changed)."""
    locale = Locale.get_default()
    wanted = _wanted_links(home, links)
    menu = NavigationMenu.objects.filter(slot=slot, locale=locale).first()
    if menu is not None:
        have = [(item.page_id, item.label) for item in menu.items.order_by("sort_order")]
        if have == [(page.pk, label) for page, label in wanted] and menu.live:
            return menu, False
    else:
        menu = NavigationMenu(slot=slot, locale=locale)
    menu.items = [
        NavigationMenuItem(page=page, label=label, sort_order=order, locale=locale)
        for order, (page, label) in enumerate(wanted)
    ]
    menu.save()
    menu.save_revision().publish()
    # As read back later (publishing set its revision fields on another copy), so the
    # translation source made from it matches the next run's.
    return NavigationMenu.objects.get(pk=menu.pk), True


def translate_menu(menu, language_code, strings):
    """Translate `menu` as an editor does in wagtail-localize, publishing it; only when
    it is new or its source changed since the last translation."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(menu)
    _translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
    changed, missing = translate_strings(source, locale, strings)
    if missing:
        return None
    existing = menu.get_translation_or_none(locale)
    last = TranslationLog.objects.filter(source=source, locale=locale).order_by("-pk").first()
    stale = last is None or last.created_at < source.last_updated_at
    if not (created or changed or stale or existing is None or not existing.live):
        return existing
    target, _new = source.create_or_update_translation(locale, publish=True)
    return target


def load(command):
    """Header and footer menus in English, then in Spanish."""
    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        return
    for slot, links in MENUS.items():
        menu, changed = upsert_menu(slot, home, links)
        translate_menu(menu, "es", SPANISH)
        command.stdout.write(f"menus: {slot} {'written' if changed else 'unchanged'}")
