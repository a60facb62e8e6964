"""Communications translates the main menu with wagtail-localize, through its real
submit and edit views: the labels are offered as strings, and the Spanish header links
only to Spanish pages, while the translation is a draft and once it is published."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from pages.models import NavigationMenu, NavigationMenuItem, StandardPage
from pages.roles import COMMUNICATIONS
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db

SPANISH = {"About us": "Sobre nosotros", "What we do": "Lo que hacemos", "Donate": "Donar"}


def nav_links(html):
    """(href, text) of the header's wide main menu."""
    start = html.index('class="primary-nav"')
    nav = html[start : html.index("</nav>", start)]
    return re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', nav)


def editor_strings(html):
    raw = re.search(r'data-props="([^"]+)"', html).group(1)
    props = json.loads(raw.replace("&quot;", '"').replace("&amp;", "&").replace("&#x27;", "'"))
    return {segment["source"] for segment in props["segments"] if segment["type"] == "string"}


@pytest.fixture
def english_menu(home, spanish):
    home.copy_for_translation(spanish).save_revision().publish()
    about = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    work = add_page(home, StandardPage(title="Our work", slug="work", search_description="x"))
    es_about = about.copy_for_translation(spanish)
    es_about.title, es_about.slug = "Quiénes somos", "quienes-somos"
    es_about.save_revision().publish()
    menu = NavigationMenu.objects.create(slot="main", locale=Locale.get_default())
    NavigationMenuItem.objects.create(menu=menu, page=about, label="About us", sort_order=0)
    NavigationMenuItem.objects.create(menu=menu, page=work, label="What we do", sort_order=1)
    NavigationMenuItem.objects.create(
        menu=menu, url="https://www.example.org/donate", label="Donate", sort_order=2
    )
    return menu


def test_translating_the_main_menu_offers_its_labels_and_links_spanish_pages(
    client, english_menu, spanish, make_user
):
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["pages", "navigationmenu", english_menu.pk],
    )
    assert client.get(submit_url).status_code == 200
    assert client.post(submit_url, {"locales": [spanish.pk]}).status_code == 302
    es_menu = english_menu.get_translation(spanish)
    assert not es_menu.live  # a draft until published

    edit_url = reverse("wagtailsnippets_pages_navigationmenu:edit", args=[es_menu.pk])
    editor = client.get(edit_url)
    assert editor.status_code == 200
    assert editor_strings(editor.content.decode()) == set(SPANISH)

    # While the translation is a draft: the Spanish pages of the menu, under their
    # Spanish titles; "Our work" has no Spanish page and is left out.
    links = nav_links(client.get("/es/").content.decode())
    assert links == [("/es/quienes-somos/", "Quiénes somos")]

    translation = Translation.objects.get(
        source__object_id=english_menu.translation_key, target_locale=spanish
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = SPANISH[segment.string.data]
        response = client.put(
            url, f"value={value}", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), segment.string.data
    assert client.post(edit_url, {"action": "publish"}).status_code == 302

    es_menu.refresh_from_db()
    assert es_menu.live
    links = nav_links(client.get("/es/").content.decode())
    assert links == [
        ("/es/quienes-somos/", "Sobre nosotros"),
        ("https://www.example.org/donate", "Donar"),
    ]
    assert not any(href.startswith("/en/") for href, _text in links)
    # The English header is untouched.
    assert nav_links(client.get("/en/").content.decode()) == [
        ("/en/about/", "About us"),
        ("/en/work/", "What we do"),
        ("https://www.example.org/donate", "Donate"),
    ]
