"""Communications manages Wagtail's redirects (moved pages, old addresses) without a
superuser, and readers following an old address land on the new one."""

import pytest
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from pages.addresses import ADDRESS_ERROR
from pages.models import StandardPage
from pages.roles import COMMUNICATIONS, MODERATORS
from tests.conftest import add_page, login_with_mfa

pytestmark = pytest.mark.django_db


def test_communications_adds_a_redirect_readers_follow(client, home, make_user):
    about = add_page(home, StandardPage(title="About", slug="about", search_description="x"))
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    assert client.get("/admin/redirects/").status_code == 200
    response = client.post(
        "/admin/redirects/add/",
        {
            "old_path": "/who-we-are",
            "site": "",
            "is_permanent": "on",
            "redirect_page": about.pk,
            "redirect_page_route_path": "",
            "redirect_link": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Redirect.objects.get(old_path="/who-we-are").redirect_page_id == about.pk

    client.logout()
    response = client.get("/who-we-are")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/about/")


def test_redirects_stay_closed_to_groups_without_the_permission(client, home, make_user):
    login_with_mfa(client, make_user("mod", groups=[MODERATORS]))
    response = client.get("/admin/redirects/")
    assert response.status_code in (302, 403)


def test_redirect_to_an_address_on_this_site(client, home, make_user):
    login_with_mfa(client, make_user("comms", groups=[COMMUNICATIONS]))
    form = {
        "old_path": "/reach-us",
        "site": "",
        "is_permanent": "on",
        "redirect_page": "",
        "redirect_page_route_path": "",
        "redirect_link": "/en/contact/",
    }
    add = client.get("/admin/redirects/add/").content.decode()
    assert "starting with / (such as /en/contact/)" in add
    assert 'name="redirect_page"' in add  # the page chooser is still offered
    response = client.post("/admin/redirects/add/", form)
    assert response.status_code == 302, response.content.decode()[:3000]
    redirect = Redirect.objects.get(old_path="/reach-us")
    assert redirect.redirect_link == "/en/contact/"
    followed = client.get("/reach-us")
    assert followed.status_code == 301 and followed["Location"] == "/en/contact/"

    # A bad address is refused with a message saying what is meant, in Spanish too.
    bad = client.post(f"/admin/redirects/{redirect.pk}/", {**form, "redirect_link": "contact"})
    assert bad.status_code == 200
    assert "Enter a full address starting with https:// or an address on this site" in (
        bad.content.decode()
    )
    assert "Enter a valid URL" not in bad.content.decode()
    with translation.override("es"):
        assert str(ADDRESS_ERROR).startswith("Escriba una dirección completa")
