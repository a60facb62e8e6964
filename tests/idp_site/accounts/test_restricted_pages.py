"""Pages restricted to signed-in users or to groups open only after both factors:
Wagtail's front-end login (`/<lang>/_util/login/`) and the sign-in page with the
password alone lead to the code page, never to the page."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from pages.models import StandardPage
from tests.conftest import add_page, totp_now

pytestmark = pytest.mark.django_db

PASSWORD = "pass-1234-word"  # make_user's
SECRET_TEXT = "Notes for the partner lawyers only."


def shows_secret(response):
    return SECRET_TEXT in response.content.decode()


@pytest.fixture
def partners():
    return Group.objects.create(name="Partner lawyers")


def restricted_page(home, slug, restriction_type, groups=()):
    page = add_page(home, StandardPage(title=slug, slug=slug, intro=SECRET_TEXT))
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type)
    restriction.groups.set(groups)
    return page


@pytest.fixture
def members_page(home):
    return restricted_page(home, "members", PageViewRestriction.LOGIN)


@pytest.fixture
def partners_page(home, partners):
    return restricted_page(home, "partners", PageViewRestriction.GROUPS, [partners])


@pytest.fixture
def reader(make_user, partners):
    user = make_user("reader", groups=["Partner lawyers"])
    TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    return user


def password_only(page_url):
    """A browser that signed in with the password alone, as a reader sent to the sign-in
    by the page would: returns the client and the answer to its request for the page."""
    client = Client()
    login = client.get(f"/en/_util/login/?next={page_url}")
    assert login.status_code == 302
    assert login["Location"] == f"/admin/login/?next={page_url}"
    signed = client.post(login["Location"], {"username": "reader", "password": PASSWORD})
    assert signed.status_code == 302 and signed["Location"] == page_url
    return client, client.get(page_url)


@pytest.mark.parametrize("page_fixture", ["members_page", "partners_page"])
def test_password_alone_never_opens_a_restricted_page(request, reader, page_fixture):
    url = request.getfixturevalue(page_fixture).url
    anonymous = Client().get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"] == f"/admin/login/?next={url}"

    client, response = password_only(url)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/mfa/verify/?next={url.replace('/', '%2F')}"
    assert not shows_secret(response)

    # Both factors: the code page sends the reader back, and the page opens.
    device = TOTPDevice.objects.get(user=reader)
    verified = client.post("/admin/mfa/verify/", {"token": totp_now(device), "next": url})
    assert verified["Location"] == url
    page = client.get(url)
    assert page.status_code == 200
    assert shows_secret(page)


def test_wagtails_password_only_login_signs_nobody_in(members_page, reader):
    client = Client()
    response = client.post(
        "/en/_util/login/", {"username": "reader", "password": PASSWORD, "next": "/en/members/"}
    )
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session
    assert not shows_secret(client.get(members_page.url))


def test_a_reader_without_an_app_sets_one_up_first(members_page, make_user):
    make_user("newreader")
    client = Client()
    client.post("/admin/login/", {"username": "newreader", "password": PASSWORD})
    response = client.get(members_page.url)
    assert response["Location"] == "/admin/mfa/setup/?next=%2Fen%2Fmembers%2F"


def test_both_factors_outside_the_group_still_do_not_open_it(partners_page, make_user):
    outsider = make_user("outsider")
    device = TOTPDevice.objects.create(user=outsider, name="Phone", confirmed=True)
    client = Client()
    client.post("/admin/login/", {"username": "outsider", "password": PASSWORD})
    client.post("/admin/mfa/verify/", {"token": totp_now(device)})
    response = client.get(partners_page.url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert not shows_secret(response)


def test_the_next_address_stays_on_the_site(members_page, reader):
    client = Client()
    login = client.get("/en/_util/login/?next=https://evil.example/")
    signed = client.post(login["Location"], {"username": "reader", "password": PASSWORD})
    assert signed["Location"] == "/admin/"


def test_public_pages_need_no_code(home, members_page, reader):
    client, _response = password_only(members_page.url)
    assert client.get(home.url).status_code == 200
