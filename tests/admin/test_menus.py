"""Staff edit the main menu and the footer links without code: which pages or
addresses, in what order, with what labels, per language."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from pages.models import NavigationMenu, NavigationMenuItem, StandardPage
from pages.roles import COMMUNICATIONS
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db


def nav(html):
    start = html.index('class="primary-nav"')
    return html[start : html.index("</nav>", start)]


@pytest.fixture
def pages(home):
    about = add_page(
        home, StandardPage(title="About", slug="about", search_description="x", show_in_menus=True)
    )
    work = add_page(
        home,
        StandardPage(title="Our work", slug="work", search_description="x", show_in_menus=True),
    )
    return about, work


def menu_form(slot, items):
    data = {
        "slot": slot,
        "action-publish": "action-publish",
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    for i, (page, url, label) in enumerate(items):
        data.update(
            {
                f"items-{i}-page": page.pk if page else "",
                f"items-{i}-url": url,
                f"items-{i}-label": label,
                f"items-{i}-ORDER": str(i + 1),
                f"items-{i}-id": "",
                f"items-{i}-DELETE": "",
            }
        )
    return data


def test_without_a_menu_the_header_lists_pages_shown_in_menus(client, pages):
    html = nav(client.get("/en/").content.decode())
    assert html.index("About") < html.index("Our work")


def test_communications_orders_and_labels_the_menu_and_footer(client, home, pages, make_user):
    about, work = pages
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    add_url = reverse("wagtailsnippets_pages_navigationmenu:add")
    main = menu_form("main", [(work, "", "What we do"), (about, "", "")])
    response = client.post(add_url, main)
    assert response.status_code == 302, response.content.decode()[:3000]
    footer = menu_form("footer", [(None, "https://www.example.org/annual-report", "Annual report")])
    assert client.post(add_url, footer).status_code == 302

    client.logout()
    html = client.get("/en/").content.decode()
    menu = nav(html)
    assert menu.index("What we do") < menu.index("About")  # their order, their label
    assert "Our work" not in menu
    footer_html = html[html.index('class="site-footer"') :]
    assert 'href="https://www.example.org/annual-report">Annual report<' in footer_html

    # Unpublishing a page takes it out of the menu.
    work.unpublish()
    assert "What we do" not in nav(client.get("/en/").content.decode())


def test_a_language_without_its_own_menu_uses_the_translated_pages(client, home, pages, spanish):
    about, _work = pages
    es_home = home.copy_for_translation(spanish)
    es_home.save_revision().publish()
    es_about = about.copy_for_translation(spanish)
    es_about.title = "Quiénes somos"
    es_about.save_revision().publish()
    menu = NavigationMenu.objects.create(slot="main", locale=Locale.get_default())
    NavigationMenuItem.objects.create(menu=menu, page=about, sort_order=0)
    html = nav(client.get("/es/").content.decode())
    assert "Quiénes somos" in html and es_about.url in html
    # A Spanish menu of its own wins.
    es_menu = NavigationMenu.objects.create(slot="main", locale=spanish)
    NavigationMenuItem.objects.create(
        menu=es_menu, url="https://www.example.org/es/", label="Inicio externo", sort_order=0
    )
    html = nav(client.get("/es/").content.decode())
    assert "Inicio externo" in html and "Quiénes somos" not in html


def test_an_item_needs_a_page_or_an_address(client, home, pages, make_user):
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    response = client.post(
        reverse("wagtailsnippets_pages_navigationmenu:add"),
        menu_form("main", [(None, "", "Nothing")]),
    )
    assert response.status_code == 200
    assert "Choose a page or type an address" in response.content.decode()
    assert not NavigationMenu.objects.exists()


def test_a_link_may_be_an_address_on_this_site(client, home, pages, make_user):
    login_with_mfa(client, make_user("casey", groups=[COMMUNICATIONS]))
    add_url = reverse("wagtailsnippets_pages_navigationmenu:add")
    bad = client.post(add_url, menu_form("main", [(None, "contact", "Contact")]))
    assert bad.status_code == 200
    html = bad.content.decode()
    assert "Enter a full address starting with https:// or an address on this site" in html
    assert "Enter a valid URL" not in html
    response = client.post(add_url, menu_form("main", [(None, "/en/contact/", "Contact")]))
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    assert 'href="/en/contact/">Contact<' in nav(client.get("/en/").content.decode())
