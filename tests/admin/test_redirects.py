"""Communications manages Wagtail's redirects (moved pages, old addresses) without a
superuser, and readers following an old address land on the new one."""

import pytest
from wagtail.contrib.redirects.models import Redirect

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
