"""Enrolling an authenticator app takes the account password again, and the app's key
is shown only to a session that signed in (or confirmed its password) in the last
`IDP_PASSWORD_CONFIRMATION_SECONDS`; a wrong password is refused in plain words (in
Spanish too) and counted by the same throttle as the sign-in page."""

import time

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from idp_site.accounts.password_confirmation import CONFIRMED_AT_SESSION_KEY
from tests.conftest import totp_now

pytestmark = pytest.mark.django_db

PASSWORD = "pass-1234-word"  # make_user's
SETUP = "/admin/mfa/setup/"


@pytest.fixture
def newcomer(home, make_user):
    return make_user("newcomer", superuser=True)


def signed_in_with_password(user, seconds_ago=0):
    client = Client()
    client.force_login(user)
    if seconds_ago:
        session = client.session
        session[CONFIRMED_AT_SESSION_KEY] = int(time.time()) - seconds_ago
        session.save()
    return client


def enrolled(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def shows_key(response):
    return 'class="mfa-secret"' in response.content.decode()


def test_enrolment_without_the_password_is_refused(newcomer):
    client = signed_in_with_password(newcomer)
    page = client.get(SETUP)
    assert shows_key(page) and 'autocomplete="current-password"' in page.content.decode()
    device = TOTPDevice.objects.get(user=newcomer)

    no_password = client.post(SETUP, {"token": totp_now(device)})
    assert no_password.status_code == 200
    assert "This field is required." in no_password.content.decode()
    wrong = client.post(SETUP, {"password": "not-it", "token": totp_now(device)})
    assert "That password is not right." in wrong.content.decode()
    assert not enrolled(newcomer)
    assert client.get("/admin/pages/").status_code == 302

    right = client.post(SETUP, {"password": PASSWORD, "token": totp_now(device)})
    assert right.status_code == 302
    assert enrolled(newcomer)
    assert client.get("/admin/pages/").status_code == 200


def test_a_stale_session_must_type_the_password_before_seeing_the_key(newcomer, settings):
    stale = settings.IDP_PASSWORD_CONFIRMATION_SECONDS + 1
    client = signed_in_with_password(newcomer, seconds_ago=stale)
    page = client.get(SETUP)
    assert "Confirm your password" in page.content.decode()
    assert not shows_key(page) and "<svg" not in page.content.decode()
    assert not TOTPDevice.objects.filter(user=newcomer).exists()

    # A code sent anyway (say, for a key seen earlier) does not enroll without it.
    TOTPDevice.objects.create(user=newcomer, name="Authenticator app", confirmed=False)
    device = TOTPDevice.objects.get(user=newcomer)
    refused = client.post(SETUP, {"token": totp_now(device)})
    assert "Confirm your password" in refused.content.decode()
    assert "This field is required." in refused.content.decode()
    assert not shows_key(refused) and 'name="token"' not in refused.content.decode()
    assert not enrolled(newcomer)

    confirmed = client.post(SETUP, {"password": PASSWORD, "next": "/admin/pages/"})
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/admin/mfa/setup/?next=%2Fadmin%2Fpages%2F"
    assert shows_key(client.get(SETUP))
    done = client.post(SETUP, {"password": PASSWORD, "token": totp_now(device)})
    assert done.status_code == 302 and enrolled(newcomer)


def test_a_fresh_session_still_fresh_just_under_the_limit(newcomer, settings):
    fresh = settings.IDP_PASSWORD_CONFIRMATION_SECONDS - 10
    assert shows_key(signed_in_with_password(newcomer, seconds_ago=fresh).get(SETUP))


def test_wrong_password_is_refused_in_spanish(newcomer):
    client = signed_in_with_password(newcomer)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=newcomer)
    response = client.post(
        SETUP, {"password": "no", "token": totp_now(device)}, HTTP_ACCEPT_LANGUAGE="es"
    )
    html = response.content.decode()
    assert "Esa contraseña no es correcta." in html
    assert "Configure el inicio de sesión en dos pasos" in html


def test_wrong_passwords_at_enrolment_are_throttled_like_the_sign_in(newcomer, settings):
    client = signed_in_with_password(newcomer)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=newcomer)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(SETUP, {"password": "guess", "token": totp_now(device)})
        assert response.status_code == 200
    assert client.post(SETUP, {"password": "guess"}).status_code == 429
    # Locked: the right password is refused here and on the sign-in page alike.
    locked = client.post(SETUP, {"password": PASSWORD, "token": totp_now(device)})
    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()
    assert not enrolled(newcomer)
    sign_in = Client().post("/admin/login/", {"username": "newcomer", "password": PASSWORD})
    assert sign_in.status_code == 429
