"""The demo's header and footer are menu snippets, as staff build them in the menu
editor, translated into Spanish with wagtail-localize; a second load changes nothing."""

import re

import pytest
from django.core.management import call_command
from wagtail.models import Revision, Site

from pages.models import NavigationMenu, NavigationMenuItem

pytestmark = pytest.mark.django_db


def links(html, marker):
    start = html.index(marker)
    block = html[start : html.index("</ul>", start)]
    return re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', block)


def test_demo_header_and_footer_are_menus_in_both_languages(client, demo_content):
    menus = NavigationMenu.objects.order_by("slot", "locale__language_code")
    assert [(m.slot, m.locale.language_code, m.live) for m in menus] == [
        ("footer", "en", True),
        ("footer", "es", True),
        ("main", "en", True),
        ("main", "es", True),
    ]
    host = Site.objects.get(is_default_site=True).hostname
    english = client.get("/en/", HTTP_HOST=host).content.decode()
    assert links(english, 'class="primary-nav"') == [
        ("/en/get-legal-help/", "Get legal help"),
        ("/en/our-work/", "Our work"),
        ("/en/campaigns/", "Campaigns"),
        ("/en/reports/", "Publications"),
        ("/en/library/for-defenders/", "For defenders"),
        ("/en/library/for-our-community/", "For our community"),
        ("/en/library/for-advocates/", "For advocates"),
        ("/en/stories/", "Stories"),
        ("/en/about/", "About us"),
    ]
    assert links(english, "More from us") == [
        ("/en/attorneys/", "For defense attorneys"),
        ("/en/strategic-research-initiatives/", "Strategic Research Initiatives"),
    ]
    spanish = client.get("/es/", HTTP_HOST=host).content.decode()
    header = links(spanish, 'class="primary-nav"')
    assert [text for _href, text in header] == [
        "Pedir ayuda legal",
        "Nuestro trabajo",
        "Campañas",
        "Publicaciones",
        "Para defensores",
        "Para nuestra comunidad",
        "Para activistas",
        "Historias",
        "Quiénes somos",
    ]
    assert all(href.startswith("/es/") for href, _text in header)
    footer = links(spanish, "Más de nosotros")
    assert footer[0] == ("/es/abogados/", "Para abogados defensores")
    assert all(href.startswith("/es/") for href, _text in footer)


def test_loading_the_demo_again_keeps_its_menus(demo_content):
    items, revisions = NavigationMenuItem.objects.count(), Revision.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert NavigationMenu.objects.count() == 4
    assert NavigationMenuItem.objects.count() == items == 22
    assert Revision.objects.count() == revisions
