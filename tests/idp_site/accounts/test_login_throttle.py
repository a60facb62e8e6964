"""Staff login throttling (django-axes): per username and client together."""

import pytest
from django.test import Client

from idp_site.accounts.client_address import client_ip

pytestmark = pytest.mark.django_db

PASSWORD = "right-horse-battery"


@pytest.fixture
def editor(make_user):
    return make_user("editor", superuser=True, password=PASSWORD)


def attempt(client, username, password, ip):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def test_lockout_hits_that_user_from_that_client_only(editor, settings):
    attacker = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(attacker, "editor", "wrong", "203.0.113.9")
        assert response.status_code == 200  # the login form again, with an error
        assert "editor" in response.content.decode()
    # The failure that reaches the limit answers with the lockout page.
    assert attempt(attacker, "editor", "wrong", "203.0.113.9").status_code == 429

    # From the attacking client, even the right password is refused now.
    locked = attempt(attacker, "editor", PASSWORD, "203.0.113.9")
    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()

    # The same user signs in from their own client.
    response = attempt(Client(), "editor", PASSWORD, "198.51.100.7")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/")


def test_other_users_on_the_locked_client_are_not_locked(editor, make_user, settings):
    make_user("colleague", superuser=True, password=PASSWORD)
    shared = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(shared, "editor", "wrong", "192.0.2.1")
    assert attempt(shared, "editor", PASSWORD, "192.0.2.1").status_code == 429
    assert attempt(Client(), "colleague", PASSWORD, "192.0.2.1").status_code == 302


def test_failures_below_the_limit_do_not_lock(editor, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "editor", "wrong", "192.0.2.2")
    assert attempt(client, "editor", PASSWORD, "192.0.2.2").status_code == 302


def test_client_ip_trusts_only_the_configured_proxies(rf, settings):
    request = rf.get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.20, 10.0.0.1"
    )
    settings.IDP_TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.IDP_TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "10.0.0.1"
    settings.IDP_TRUSTED_PROXY_COUNT = 2
    assert client_ip(request) == "198.51.100.20"
    # A header shorter than the proxy chain is forged or misrouted: fall back.
    settings.IDP_TRUSTED_PROXY_COUNT = 4
    assert client_ip(request) == "10.0.0.2"
